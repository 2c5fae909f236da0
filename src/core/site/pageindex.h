#pragma once

#include "io/safefile.h"
#include "site/problemtext.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace GravDesk {

enum class Severity { Info, Warning, Error };

enum class ProblemKind {
    InvalidHeader, ///< Grav shows "Invalid Frontmatter" instead of the page
    LegacyHeader, ///< accepted only by Grav's legacy YAML parser
    InvalidUtf8, ///< Grav cannot split the file: the whole file becomes the body
    UnreadableFile,
    DuplicateSlug, ///< two folders under one parent share a route
    DottedStem, ///< page file whose stem contains a dot: Grav ignores it
    UnsupportedLanguage, ///< `item.de.md` on a site without `de`: Grav ignores it
    MultipleStems, ///< several page file stems in one folder
    BadDate, ///< a date Grav cannot read (it falls back to the file's mtime)
    SkippedFolder, ///< folder Grav never reads (name contains param_sep)
    Config, ///< a configuration file problem
    UnquotedDate, ///< `date: 2024-05-25` is a number (Unix time) for Grav's YAML parser
    YamlBoolWord, ///< `yes`/`no`/`on`/`off` are text for Grav, not booleans
    BlueprintRule, ///< a value fails its blueprint field's `validate:` rules
    TabIndent, ///< a header line indented with a tab: only Grav's own tab replacement makes it readable
    NotRegularFile, ///< a FIFO, device, socket or broken link named like a page file: never opened
    FileTooLarge, ///< a page file over kMaxPageFileBytes: not parsed
    FolderLoop, ///< a folder link back to a folder already on its path (or already listed through another link)
    LinkOutsideSite, ///< a folder link that leads outside the site: not scanned
    OutsideSite, ///< a page file or folder that resolves outside the site: opened read-only
    NotRendered, ///< content Grav renders that GravDesk does not emulate (page-inject, a plugin's shortcode, Twig, ...)
    BrokenLink, ///< a link or image in the body leads to a file or page that does not exist
    HiddenHeader, ///< a header Grav does not find (closing `---` glued to a line or missing, `key: value` lines without `---`)
    TwigNotProcessed, ///< Twig in a page for which process.twig is off: Grav shows it as text
    SummaryHeading, ///< the summary delimiter right under a paragraph line: Parsedown makes it a setext heading
    UnclosedShortcode, ///< a shortcode that takes a closing tag without one
    DashLine, ///< a body line starting with `---`
};

QString severityName(Severity s);
QString problemKindName(ProblemKind k);

/// Something about the site Grav would do differently from what its author expects.
struct SiteProblem
{
    Severity severity = Severity::Warning;
    ProblemKind kind = ProblemKind::InvalidHeader;
    QString path; ///< file or folder, relative to the pages folder ('/' separators)
    int line = 0; ///< 1-based line in the file, 0 when not applicable
    int column = 0;
    ProblemText message; ///< what it says: a sentence and its arguments, worded when shown
    QStringList related; ///< other paths involved (e.g. the other duplicate)

    /// The message in the interface language (the translators installed now).
    QString text() const { return message.toString(); }
};

/// Publication state as Grav computes it.
enum class PublishState {
    Published,
    Draft, ///< `published: false`
    Scheduled, ///< publish_date in the future
    Expired, ///< unpublish_date in the past
};

/// One language file of a page (`item.ru.md`).
struct PageVariant
{
    QString language; ///< "" for the language-less `item.md`
    QString fileName;
    QString stem;
    bool hasHeader = false;
    bool headerAccepted = true;
    bool legacyHeader = false;
    QString headerError;
    bool invalidUtf8 = false; ///< headerError says the file is not valid UTF-8
    int errorLine = 0; ///< line in the file
    QString title; ///< trimmed header title ("" when absent)
    QString slug; ///< header slug ("" when absent)
    QString templateOverride; ///< header template ("" when absent)
    QString dateText; ///< the date as written ("" when absent)
    QDateTime date; ///< what Grav uses: the header date, else the file's mtime
    bool dateFromFile = false;
    PublishState publishState = PublishState::Published;
    QMap<QString, QStringList> taxonomy; ///< `taxonomy:` values by type, as written
    qint64 size = 0;
    QDateTime modified;
    FileRead::Error readError = FileRead::Error::None; ///< why the file was not read (its header values are then empty)
    QString readOnlyReason; ///< why GravDesk must not write this file ("" when it may): it resolves outside the site

    bool isPublished() const { return publishState == PublishState::Published; }
};

/// One page folder. Node 0 of an index is the pages folder itself.
struct PageNode
{
    int parent = -1;
    QVector<int> children;
    QString folderName;
    QString relPath; ///< relative to the pages folder, '/' separators ("" for node 0)
    int order = -1; ///< numeric prefix (`02.news` → 2), -1 when none
    QString folderSlug; ///< folder name minus the prefix (lower-cased when the site forces it)
    bool modular = false; ///< `_name` folder
    bool isSymLink = false; ///< the folder is a symbolic link (to a folder), as the scan's listing saw it
    QString stem; ///< page file stem (template), "" for a placeholder
    QVector<PageVariant> variants;
    bool hasError = false;
    bool hasWarning = false;
    QString readOnlyReason; ///< why nothing in this folder may be written ("" when it may): it resolves outside the site

    bool isPlaceholder() const { return variants.isEmpty(); }
    /// The file for exactly @p lang ("" = language-less); with several stems, the page's main one.
    const PageVariant *variant(const QString &lang) const;
    /// The first file found along @p fallbackOrder (see SiteConfig::fallbackLanguages); nullptr if none.
    const PageVariant *variantFor(const QStringList &fallbackOrder, bool *isFallback = nullptr) const;
};

/**
 * The site's pages as Grav 1.7 discovers them (Pages::recurse): hidden and
 * ignored entries skipped, folders with `param_sep` in their name skipped,
 * page files recognised by `<stem>[.<lang>].md` with the site's languages,
 * folders without one kept as placeholders.
 */
class PageIndex
{
public:
    SiteLayout layout;
    SiteConfig config;
    QVector<PageNode> nodes;
    QVector<SiteProblem> problems;

    int size() const { return static_cast<int>(nodes.size()); }
    /// The variant Grav serves for @p lang (following the site's fallback); nullptr for placeholders.
    const PageVariant *variantFor(int node, const QString &lang, bool *isFallback = nullptr) const;
    const PageVariant *variantExact(int node, const QString &lang) const;
    QString slug(int node, const QString &lang) const;
    /// slug() with the language's fallback order (SiteConfig::fallbackLanguages) already computed.
    QString slugFor(int node, const QStringList &fallbackOrder) const;
    QString route(int node, const QString &lang) const;
    /// route() of every node (the list's index is the node), in one pass.
    QStringList routes(const QString &lang) const;
    QString templateName(int node, const QString &lang) const;
    QString absolutePath(int node) const;
    QString filePath(int node, const QString &fileName) const;
    int findByRelPath(const QString &relPath) const;
    int errorCount() const;
    int warningCount() const;
};

/// Receives a scan's results as they are produced (called on the scanning thread).
struct ScanSink
{
    /// Nodes [first, first + batch.size()) are complete; parents always precede children.
    std::function<void(int first, const QVector<PageNode> &batch)> nodes;
    std::function<void(int done, int total)> progress;
};

/**
 * Scans a site. Synchronous; runs the page file parsing on the global
 * thread pool. @p cancel stops it early (the result is then partial).
 */
PageIndex scanSite(
    const SiteLayout &layout, const SiteConfig &config, const ScanSink &sink = {}, const std::atomic_bool *cancel = nullptr);

/**
 * The site's page folders and page files as scanSite() finds them (the same rules: hidden and ignored
 * entries, param_sep, languages, folder links), without reading any page file: each variant has only its
 * language, file name and stem, and the index holds only the problems found while listing. For tools that
 * read the files themselves (site search) and must not pay for parsing every header.
 */
PageIndex listSite(const SiteLayout &layout, const SiteConfig &config);

/// One entry of a folder, as listFolder() gives it.
struct FolderEntry
{
    QString name;
    bool isDir = false; ///< a folder, or a symbolic link to one
    bool isFile = false; ///< a regular file, or a symbolic link to one
    bool isSymLink = false;
    bool isHidden = false; ///< QFileInfo::isHidden()
    unsigned int type = 0; ///< the file type bits of st_mode after links (S_IFDIR, S_IFIFO…), 0 for a broken link
    quint64 device = 0; ///< for a symbolic link: the device and inode it leads to (0 when it leads nowhere)
    quint64 inode = 0;
};

/// A folder's entries but `.` and `..` (hidden ones too), sorted by name (QDir::Name); empty if unreadable.
/// On Unix one readdir() pass: only symbolic links cost a stat(). @p device and @p inode, when given,
/// receive the folder's own (after links; both 0 when it cannot be read).
QVector<FolderEntry> listFolder(const QString &path, quint64 *device = nullptr, quint64 *inode = nullptr);

/// Reads one page file into @p variant (header values the index keeps). Returns false if unreadable.
bool readVariant(const QString &path, const SiteConfig &config, PageVariant &variant, QString *error = nullptr);

} // namespace GravDesk

Q_DECLARE_METATYPE(GravDesk::PageNode)
