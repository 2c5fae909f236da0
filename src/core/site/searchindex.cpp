// Site search over the files on disk (searchSite) and over the texts kept in memory (SearchIndex).
#include "io/safefile.h"
#include "site/sitesearch.h"
#include "text/searchfold.h"

#include <QDir>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>

namespace GravDesk {
namespace {

// Every page file of @p index in index order: (node, variant).
QVector<QPair<int, int>> pageFiles(const PageIndex &index)
{
    QVector<QPair<int, int>> out;
    for (int n = 1; n < index.size(); ++n)
        for (int v = 0; v < index.nodes[n].variants.size(); ++v)
            out.append({n, v});
    return out;
}

// Reads one page file into @p t (folder, language and name set); false with the reason in @p error.
bool readText(const PageIndex &index, int node, int variant, SearchText &t, bool withPairs, FileCheck check, QString *error)
{
    const PageNode &n = index.nodes[node];
    const PageVariant &v = n.variants[variant];
    t.folder = n.relPath;
    t.language = v.language;
    t.fileName = v.fileName;
    t.size = v.size > 0 || v.modified.isValid() ? v.size : -1;
    FileRead r = readRegularFile(index.filePath(node, v.fileName), kMaxPageFileBytes, FileTime::Skip, check);
    if (!r.ok) {
        *error = r.error;
        t.bytes.clear();
        t.folded.clear();
        t.headerEnd = 0;
        return false;
    }
    t.bytes = std::move(r.bytes);
    t.prepare(withPairs);
    return true;
}

// The searches' own threads: a search may be asked for from a thread of the global pool, or while that pool is
// busy with scans; work queued behind them there would wait for them (or, nested, never run).
Q_GLOBAL_STATIC(QThreadPool, searchPool)

// Runs @p work(i) for i in [0, count) on the search threads, in chunks: one task per file would cost more
// in hand-overs between threads than reading a small page file does.
template<typename Work> void forEachChunked(qsizetype count, const Work &work)
{
    constexpr qsizetype kChunk = 256;
    QVector<QPair<qsizetype, qsizetype>> chunks;
    for (qsizetype from = 0; from < count; from += kChunk)
        chunks.append({from, std::min(count, from + kChunk)});
    QtConcurrent::blockingMap(searchPool(), chunks, [&work](const QPair<qsizetype, qsizetype> &c) {
        for (qsizetype i = c.first; i < c.second; ++i)
            work(static_cast<int>(i));
    });
}

// Folder matches of @p pattern for node @p n.
void folderMatches(const SearchPattern &pattern, const QString &relPath, const QString &name, QVector<SearchMatch> &out)
{
    for (const auto &[start, length] : pattern.matchName(name)) {
        SearchMatch m;
        m.folder = relPath;
        m.field = SearchField::Folder;
        m.column = start + 1;
        m.length = length;
        m.lineText = name;
        out.append(std::move(m));
    }
}

} // namespace

QVector<SearchMatch> searchSite(const PageIndex &index, const SearchPattern &pattern, SearchStats *stats)
{
    QVector<SearchMatch> out;
    if (!pattern.isValid())
        return out;
    const QVector<QPair<int, int>> files = pageFiles(index);
    QVector<QVector<SearchMatch>> found(files.size());
    QVector<QString> errors(files.size());
    std::atomic<qint64> bytes {0};
    forEachChunked(files.size(), [&](int i) {
        SearchText t;
        QString error;
        // the index was listed just before (listSite/scanSite): its page files were regular files then
        if (!readText(index, files[i].first, files[i].second, t, false, FileCheck::Listed, &error)) {
            errors[i] = error;
            return;
        }
        bytes += t.bytes.size();
        found[i] = t.search(pattern);
    });
    int f = 0;
    for (int n = 1; n < index.size(); ++n) {
        folderMatches(pattern, index.nodes[n].relPath, index.nodes[n].folderName, out);
        for (; f < files.size() && files[f].first == n; ++f)
            out += std::move(found[f]);
    }
    if (stats) {
        stats->files = static_cast<int>(files.size());
        stats->bytes = bytes;
        for (const QString &e : std::as_const(errors)) {
            if (!e.isEmpty()) {
                ++stats->unreadable;
                stats->errors.append(e);
            }
        }
    }
    return out;
}

SearchTextOutput searchSiteText(const PageIndex &index, const SearchPattern &pattern,
    const std::function<QByteArray(const SearchMatch &)> &format, SearchStats *stats)
{
    SearchTextOutput out;
    if (!pattern.isValid())
        return out;
    const QVector<QPair<int, int>> files = pageFiles(index);
    QVector<QByteArray> found(files.size());
    QVector<int> counts(files.size(), 0);
    QVector<QString> errors(files.size());
    std::atomic<qint64> bytes {0};
    forEachChunked(files.size(), [&](int i) {
        SearchText t;
        QString error;
        // the index was listed just before (listSite/scanSite): its page files were regular files then
        if (!readText(index, files[i].first, files[i].second, t, false, FileCheck::Listed, &error)) {
            errors[i] = error;
            return;
        }
        bytes += t.bytes.size();
        const QVector<SearchMatch> matches = t.search(pattern);
        counts[i] = static_cast<int>(matches.size());
        for (const SearchMatch &m : matches)
            found[i] += format(m);
    });
    int f = 0;
    QVector<SearchMatch> named;
    for (int n = 1; n < index.size(); ++n) {
        named.clear();
        folderMatches(pattern, index.nodes[n].relPath, index.nodes[n].folderName, named);
        for (const SearchMatch &m : std::as_const(named))
            out.text += format(m);
        out.matches += static_cast<int>(named.size());
        if (!named.isEmpty())
            ++out.files;
        for (; f < files.size() && files[f].first == n; ++f) {
            out.text += found[f];
            found[f] = QByteArray();
            out.matches += counts[f];
            if (counts[f] > 0)
                ++out.files;
        }
    }
    if (stats) {
        stats->files = static_cast<int>(files.size());
        stats->bytes = bytes;
        for (const QString &e : std::as_const(errors)) {
            if (!e.isEmpty()) {
                ++stats->unreadable;
                stats->errors.append(e);
            }
        }
    }
    return out;
}

void SearchIndex::readTexts(const PageIndex &index, QVector<std::shared_ptr<const SearchText>> &files, const QVector<int> &toRead,
    const QVector<QPair<int, int>> &where)
{
    QVector<QString> errors(toRead.size());
    forEachChunked(toRead.size(), [&](int k) {
        const int i = toRead[k];
        auto t = std::make_shared<SearchText>();
        QString error;
        // an index followed for a long time may be older than the disk: the path is checked before it is opened
        if (!readText(index, where[i].first, where[i].second, *t, true, FileCheck::Stat, &error))
            errors[k] = error;
        files[i] = std::move(t);
    });
    for (const QString &e : std::as_const(errors))
        if (!e.isEmpty())
            m_errors.append(e);
}

int SearchIndex::build(const PageIndex &index)
{
    m_files.clear();
    m_sizes.clear();
    m_byPath.clear();
    m_folders.clear();
    m_errors.clear();
    return update(index, {index.layout.pagesDir});
}

int SearchIndex::update(const PageIndex &index, const QStringList &changedPaths)
{
    const QString pagesDir = QDir::cleanPath(index.layout.pagesDir);
    // Changed paths relative to the pages folder; "" is the pages folder itself (everything changed).
    QStringList changed;
    bool all = pagesDir != m_pagesDir;
    for (const QString &p : changedPaths) {
        const QString clean = QDir::cleanPath(p);
        if (clean == pagesDir)
            all = true;
        else if (clean.startsWith(pagesDir + QLatin1Char('/')))
            changed.append(clean.mid(pagesDir.size() + 1));
    }
    QSet<QString> changedSet; // many paths (a pull): looked up by ancestor instead of compared one by one
    if (changed.size() > 16)
        changedSet = QSet<QString>(changed.cbegin(), changed.cend());
    // Whether the file folder/name lies at or under a changed path, without building its path.
    const auto isChanged = [&](const QString &folder, const QString &name) {
        if (all)
            return true;
        if (changed.isEmpty())
            return false;
        if (!changedSet.isEmpty()) {
            const QString rel = folder + QLatin1Char('/') + name;
            for (qsizetype slash = rel.size(); slash > 0; slash = rel.lastIndexOf(QLatin1Char('/'), slash - 1))
                if (changedSet.contains(rel.left(slash)))
                    return true;
            return false;
        }
        for (const QString &c : std::as_const(changed)) {
            const qsizetype n = folder.size();
            if (c.size() == n + 1 + name.size() && c.startsWith(folder) && c.at(n) == QLatin1Char('/') && c.endsWith(name))
                return true; // the file itself
            if (folder.startsWith(c) && (folder.size() == c.size() || folder.at(c.size()) == QLatin1Char('/')))
                return true; // its folder or one above it
        }
        return false;
    };
    const QVector<QPair<int, int>> where = pageFiles(index);
    QVector<std::shared_ptr<const SearchText>> files(where.size());
    QVector<qint64> sizes(where.size());
    QVector<int> toRead;
    QVector<Folder> folders;
    folders.reserve(index.size());
    QVector<int> fileFolder(where.size());
    QHash<QString, QString> oldFolded; // folder names folded before, when the folders moved
    bool samePlaces = where.size() == m_files.size() && index.size() - 1 == m_folders.size();
    for (int n = 1, f = 0; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        const int d = n - 1;
        QString foldedName;
        if (d < m_folders.size() && m_folders[d].name == node.folderName) {
            foldedName = m_folders[d].foldedName; // the usual update: the folders are where they were
        } else {
            if (oldFolded.isEmpty())
                for (const Folder &old : std::as_const(m_folders))
                    oldFolded.insert(old.name, old.foldedName);
            const auto known = oldFolded.constFind(node.folderName);
            foldedName = known != oldFolded.cend() ? *known : SearchFold::folded(node.folderName);
        }
        folders.append({node.relPath, node.folderName, foldedName});
        for (; f < where.size() && where[f].first == n; ++f) {
            const PageVariant &v = node.variants[where[f].second];
            fileFolder[f] = d;
            // the file at the same place as last time (an update that added or removed nothing), else by its path
            int old = -1;
            if (f < m_files.size() && m_files[f]->fileName == v.fileName && m_files[f]->folder == node.relPath) {
                old = f;
            } else {
                samePlaces = false;
                old = m_byPath.value(node.relPath + QLatin1Char('/') + v.fileName, -1);
            }
            // the size as a backstop for a change the stream did not name (times would cost a time-zone lookup each)
            const bool sameFile = old >= 0 && (v.size < 0 || m_sizes[old] < 0 || m_sizes[old] == v.size);
            if (sameFile && !isChanged(node.relPath, v.fileName)) {
                files[f] = m_files[old];
                sizes[f] = m_sizes[old];
            } else {
                toRead.append(f);
                sizes[f] = v.size;
            }
        }
    }
    if (all)
        m_errors.clear();
    readTexts(index, files, toRead, where);
    if (!samePlaces) {
        QHash<QString, int> byPath;
        byPath.reserve(where.size());
        for (int f = 0; f < files.size(); ++f)
            byPath.insert(files[f]->folder + QLatin1Char('/') + files[f]->fileName, f);
        m_byPath = std::move(byPath);
    }
    m_files = std::move(files);
    m_sizes = std::move(sizes);
    m_folders = std::move(folders);
    m_folderByPath.clear();
    m_folderByPath.reserve(m_folders.size());
    for (int d = 0; d < m_folders.size(); ++d)
        m_folderByPath.insert(m_folders[d].relPath, d);
    m_fileFolder = std::move(fileFolder);
    m_pagesDir = pagesDir;
    return static_cast<int>(toRead.size());
}

QVector<SearchMatch> SearchIndex::search(const SearchPattern &pattern, int limit, bool *more) const
{
    QVector<SearchMatch> out;
    if (more)
        *more = false;
    if (!pattern.isValid())
        return out;
    const bool foldedNames = !pattern.isRegex();
    const QString needle = foldedNames ? SearchFold::folded(pattern.text()) : QString();
    // Folders in turn, their files searched in parallel a batch at a time: with a limit, the search stops at
    // the batch that reaches it instead of building every match of a common word. With a limit the batches
    // start small and double: a single letter fills a results list from the first few dozen files.
    constexpr int kBatch = 2048;
    int batch = limit >= 0 ? 64 : kBatch;
    QVector<QVector<SearchMatch>> found;
    int f = 0; // next file to output
    int searched = 0; // files searched so far
    for (int d = 0; d < m_folders.size(); ++d) {
        const Folder &folder = m_folders[d];
        if (foldedNames) {
            for (qsizetype at = 0; (at = folder.foldedName.indexOf(needle, at)) >= 0; at += needle.size()) {
                SearchMatch m;
                m.folder = folder.relPath;
                m.field = SearchField::Folder;
                m.column = static_cast<int>(at) + 1;
                m.length = static_cast<int>(needle.size());
                m.lineText = folder.name;
                out.append(std::move(m));
            }
        } else {
            folderMatches(pattern, folder.relPath, folder.name, out);
        }
        for (; f < m_files.size() && m_fileFolder[f] == d; ++f) {
            if (f >= searched) {
                const int count = static_cast<int>(std::min<qsizetype>(batch, m_files.size() - f));
                batch = std::min(batch * 2, kBatch);
                found = QVector<QVector<SearchMatch>>(count);
                forEachChunked(count, [&](int i) {
                    const SearchText &t = *m_files[f + i];
                    if (t.mayContain(pattern))
                        found[i] = t.search(pattern);
                });
                searched = f + count;
            }
            out += std::move(found[f - (searched - static_cast<int>(found.size()))]);
        }
        if (limit >= 0 && out.size() > limit)
            break;
    }
    if (limit >= 0 && out.size() > limit) {
        out.resize(limit);
        if (more)
            *more = true;
    }
    return out;
}

QSet<QString> SearchIndex::filesContaining(const SearchPattern &pattern) const
{
    QSet<QString> out;
    if (!pattern.isValid())
        return out;
    const QVector<char> named = folderNameHits(pattern);
    for (int d = 0; d < m_folders.size(); ++d) {
        if (named[d])
            out.insert(m_folders[d].relPath + QLatin1Char('/'));
    }
    const QVector<char> hit = fileHits(pattern);
    for (int i = 0; i < m_files.size(); ++i) {
        if (hit[i]) {
            const SearchText &t = *m_files[i];
            out.insert(t.folder + QLatin1Char('/') + t.fileName);
        }
    }
    return out;
}

QVector<char> SearchIndex::fileHits(const SearchPattern &pattern, const QVector<char> *within) const
{
    QVector<char> hit(m_files.size(), 0);
    if (!pattern.isValid())
        return hit;
    const bool narrow = within && within->size() == m_files.size();
    forEachChunked(m_files.size(), [&](int i) {
        if (!narrow || (*within)[i])
            hit[i] = m_files[i]->contains(pattern) ? 1 : 0;
    });
    return hit;
}

QVector<char> SearchIndex::folderNameHits(const SearchPattern &pattern) const
{
    QVector<char> hit(m_folders.size(), 0);
    if (!pattern.isValid())
        return hit;
    const QString needle = pattern.isRegex() ? QString() : SearchFold::folded(pattern.text());
    for (int d = 0; d < m_folders.size(); ++d) {
        const Folder &folder = m_folders[d];
        hit[d] = (pattern.isRegex() ? !pattern.matchName(folder.name).isEmpty() : folder.foldedName.contains(needle)) ? 1 : 0;
    }
    return hit;
}

QVector<char> SearchIndex::folderHits(const SearchPattern &pattern, const QVector<char> &fileHits) const
{
    QVector<char> hit = folderNameHits(pattern);
    for (int f = 0; f < fileHits.size() && f < m_fileFolder.size(); ++f) {
        if (fileHits[f])
            hit[m_fileFolder[f]] = 1;
    }
    return hit;
}

qint64 SearchIndex::byteCount() const
{
    qint64 n = 0;
    for (const auto &t : m_files)
        n += t->bytes.size();
    return n;
}

const SearchText *SearchIndex::text(const QString &relPath) const
{
    const int i = m_byPath.value(relPath, -1);
    return i >= 0 ? m_files[i].get() : nullptr;
}

} // namespace GravDesk
