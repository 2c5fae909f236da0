#pragma once

#include "site/pageindex.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <functional>
#include <memory>

namespace GravDesk {

/// Where in a page a site search match lies.
enum class SearchField {
    Folder, ///< the page folder's name
    Title, ///< the header's top-level `title:` line
    Slug, ///< the header's top-level `slug:` line
    Body, ///< the text after the header (the whole file when Grav finds no header)
};

/// The stable name of @p field ("folder", "title", "slug", "body"): `gravdesk-cli find --json` prints it.
QString searchFieldName(SearchField field);

/// One match of a site search.
struct SearchMatch
{
    QString folder; ///< the page folder, relative to the pages folder ('/' separators)
    QString language; ///< the file's language ("" for a language-less file and for a folder match)
    QString file; ///< the page file's name ("" for a folder match)
    SearchField field = SearchField::Body;
    int line = 0; ///< 1-based line in the file (0 for a folder match)
    int column = 0; ///< 1-based column in the line, in UTF-16 units (as the editor counts)
    int length = 0; ///< the match's length in UTF-16 units
    QString lineText; ///< the whole line without its line break (the folder's name for a folder match)
    /// Where the match lies in the file's bytes (-1 for a folder match); not compared by ==.
    qsizetype byteStart = -1;
    qsizetype byteLength = 0;

    friend bool operator==(const SearchMatch &a, const SearchMatch &b)
    {
        return a.folder == b.folder && a.language == b.language && a.file == b.file && a.field == b.field && a.line == b.line
            && a.column == b.column && a.length == b.length && a.lineText == b.lineText;
    }
};

/**
 * What a site search looks for: a text or a regular expression, compared as SearchFold says (any case,
 * ё = е, Kazakh letters folded to their own small letters). Plain text is searched in the folded UTF-8
 * bytes themselves (no decoding); a regular expression runs on the decoded text with ё mapped to е,
 * case-insensitively (Unicode properties, `^` and `$` at line ends). Matches do not overlap; empty ones
 * are skipped.
 */
class SearchPattern
{
public:
    /// False (with the reason in @p error) when @p text is empty or not a valid regular expression.
    bool set(const QString &text, bool regex, QString *error = nullptr);
    bool isValid() const { return m_valid; }
    bool isRegex() const { return m_regex; }
    QString text() const { return m_text; }
    /// Plain text only: the folded UTF-8 bytes searched for.
    const QByteArray &needle() const { return m_needle; }
    /// Plain text: the first match in @p folded at or after @p from, -1 when none.
    qsizetype findIn(const char *folded, qsizetype size, qsizetype from) const;
    const QRegularExpression &regex() const { return m_re; }
    /// The folder-name test: [start, length) of each match in @p name (UTF-16 offsets).
    QVector<QPair<int, int>> matchName(const QString &name) const;

private:
    QString m_text;
    bool m_regex = false;
    bool m_valid = false;
    QByteArray m_needle;
    QString m_foldedText;
    std::array<qsizetype, 256> m_shift {};
    QRegularExpression m_re;
};

/// The bytes of one page file, as a search looks at them.
struct SearchText
{
    QString folder;
    QString language;
    QString fileName;
    qint64 size = -1; ///< as the index saw the file when it was read (-1: unknown)
    QByteArray bytes; ///< the file's bytes
    QByteArray folded; ///< SearchFold::foldUtf8() of bytes (plain-text searches run here)
    qsizetype headerEnd = 0; ///< bytes before this are Grav's header (0: no header)
    std::array<quint64, 64> pairs {}; ///< which hashed byte pairs of folded occur: a needle with a pair not here is absent

    /// Fills the fields after bytes from bytes (@p pairs false: not the pair filter, for a one-off search).
    void prepare(bool withPairs = true);
    /// The matches of @p pattern in this file, in order.
    QVector<SearchMatch> search(const SearchPattern &pattern) const;
    /// False when the pair filter proves @p pattern (plain text) cannot occur here.
    bool mayContain(const SearchPattern &pattern) const;
    /// True when @p pattern matches anywhere in the file (stops at the first match).
    bool contains(const SearchPattern &pattern) const;
};

/// What a search read and found (for the CLI's summary line and the benchmarks).
struct SearchStats
{
    int files = 0; ///< page files searched
    qint64 bytes = 0;
    int unreadable = 0; ///< page files that could not be read (the index reports them)
    QStringList errors; ///< why, one sentence per file, naming it
};

/**
 * One search over every page file of @p index (in index order: folders first as the tree shows them,
 * then each folder's languages), reading the files now on the global thread pool. @p index may come
 * from listSite() — nothing of the headers is needed — or scanSite(). Folder names match too.
 */
QVector<SearchMatch> searchSite(const PageIndex &index, const SearchPattern &pattern, SearchStats *stats = nullptr);

/// What searchSiteText() wrote.
struct SearchTextOutput
{
    QByteArray text; ///< every match's line, in searchSite()'s order
    int matches = 0;
    int files = 0; ///< page files and folders (by name) with at least one match
};

/**
 * searchSite() for a printed listing: each match is turned into its line by @p format on the worker thread
 * that found it (so the formatting of 100,000 matches runs in parallel, and no SearchMatch outlives its file),
 * and the lines are joined in searchSite()'s order. @p format must be safe to call from several threads.
 */
SearchTextOutput searchSiteText(const PageIndex &index, const SearchPattern &pattern,
    const std::function<QByteArray(const SearchMatch &)> &format, SearchStats *stats = nullptr);

/**
 * The texts of every page file of a site kept in memory, so that later searches do not touch the disk:
 * a search over a 20,000-post site (60,000 files) is a pass over memory on the global thread pool, with a
 * byte-pair filter that skips files a text cannot be in. Built from a PageIndex; update() follows the
 * index's later versions (LiveIndex::updated() gives both the index and the changed paths) and reads
 * only what changed. Holds each file twice (its bytes and their folded form).
 *
 * Copies are cheap (the texts are shared) and a copy may be searched on another thread while the
 * original is updated.
 */
class SearchIndex
{
public:
    /// Reads every page file of @p index (in parallel). Returns the number of files read.
    int build(const PageIndex &index);
    /**
     * Follows @p index, a newer version of the site: files that are gone are dropped; new files, files
     * named in @p changedPaths (absolute paths of files or folders, as the change stream reports them:
     * everything under a named folder counts) and files whose size in the index differs from the last
     * read are read again; every other text is kept. Returns the number of files read.
     */
    int update(const PageIndex &index, const QStringList &changedPaths);
    /// The matches of @p pattern in index order; at most @p limit (all when < 0), @p more set when there were more.
    /// With a limit the search stops at the batch of files that reaches it (a common word costs no more than a rare one).
    QVector<SearchMatch> search(const SearchPattern &pattern, int limit = -1, bool *more = nullptr) const;

    /**
     * The page files in which @p pattern matches at least once, as "folder/file.md" (relative to the pages
     * folder), each file searched up to its first match only; page folders whose own name matches are
     * added as "folder/". (Filters that ask about every row use fileHits(): flags, no strings.)
     */
    QSet<QString> filesContaining(const SearchPattern &pattern) const;
    /**
     * filesContaining() as flags by position, for filters that ask about every row while the user types (no path
     * strings built): per file (0 … fileCount() - 1), whether @p pattern matches in it. With @p within (flags of
     * the same snapshot), only the files flagged there are searched (the next letter typed: a file holding the
     * longer text held the shorter one).
     */
    QVector<char> fileHits(const SearchPattern &pattern, const QVector<char> *within = nullptr) const;
    /// Per folder (0 … folderCount() - 1): its own name matches @p pattern, or one of its files is flagged in @p fileHits.
    QVector<char> folderHits(const SearchPattern &pattern, const QVector<char> &fileHits) const;
    /// The position of a page file ("folder/file.md") for fileHits(), -1 when none.
    int filePosition(const QString &relPath) const { return m_byPath.value(relPath, -1); }
    /// The position of a page folder (relative to the pages folder) for folderHits(), -1 when none.
    int folderPosition(const QString &relPath) const { return m_folderByPath.value(relPath, -1); }
    int folderCount() const { return static_cast<int>(m_folders.size()); }

    int fileCount() const { return static_cast<int>(m_files.size()); }
    qint64 byteCount() const;
    /// The text kept for a page file ("folder/file.md"), nullptr when none.
    const SearchText *text(const QString &relPath) const;
    QStringList errors() const { return m_errors; }

private:
    struct Folder
    {
        QString relPath;
        QString name;
        QString foldedName;
    };
    /// Per folder: its own name matches @p pattern.
    QVector<char> folderNameHits(const SearchPattern &pattern) const;
    void readTexts(const PageIndex &index, QVector<std::shared_ptr<const SearchText>> &files, const QVector<int> &toRead,
        const QVector<QPair<int, int>> &where);
    QVector<std::shared_ptr<const SearchText>> m_files;
    QVector<qint64> m_sizes; ///< per file: its size in the index when it was read (-1: unknown)
    QHash<QString, int> m_byPath; ///< "folder/file.md" → position in m_files
    QHash<QString, int> m_folderByPath; ///< folder → position in m_folders
    QVector<Folder> m_folders; ///< the page folders (not the pages folder itself), index order
    QVector<int> m_fileFolder; ///< per file: its folder in m_folders (files are grouped by folder, in its order)
    QStringList m_errors;
    QString m_pagesDir;
};

} // namespace GravDesk
