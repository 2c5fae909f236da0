#include "site/pagewalk.h"

#include "io/pathwithin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPair>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <map>

namespace GravDesk {
namespace detail {
namespace {

QString parentRel(const QString &rel)
{
    const qsizetype slash = rel.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rel.left(slash);
}

// The numeric prefix of a folder name (`02.news` → 2, the length of "02."), as Grav's `^[0-9]+\.`; -1 if none.
int orderPrefix(const QString &name, qsizetype *length)
{
    qsizetype digits = 0;
    while (digits < name.size() && name.at(digits) >= QLatin1Char('0') && name.at(digits) <= QLatin1Char('9'))
        ++digits;
    if (digits == 0 || digits >= name.size() || name.at(digits) != QLatin1Char('.'))
        return -1;
    *length = digits + 1;
    return QStringView(name).left(digits).toInt();
}

struct PendingFile
{
    int node;
    int variant;
};

using FolderId = QPair<quint64, quint64>; // device, inode

class Scanner
{
public:
    Scanner(PageIndex &index, const std::atomic_bool *cancel, WalkReuse *reuse)
        : m_index(index)
        , m_cancel(cancel)
        , m_reuse(reuse)
        , m_languages(index.config.languages())
        , m_ignoreFiles(index.config.stringList(QStringLiteral("system.pages.ignore_files")))
        , m_ignoreFolders(index.config.stringList(QStringLiteral("system.pages.ignore_folders")))
        , m_ignoreHidden(index.config.flag(QStringLiteral("system.pages.ignore_hidden"), true))
        , m_paramSep(index.config.paramSeparator())
        , m_lowercase(index.config.forceLowercaseUrls())
    { }

    bool cancelled() const { return (m_cancel && m_cancel->load()) || (m_reuse && m_reuse->sawFolderLink); }

    void run()
    {
        const SiteLayout &layout = m_index.layout;
        m_siteRoot = QFileInfo(layout.root).canonicalFilePath();
        if (m_siteRoot.isEmpty())
            m_siteRoot = QDir::cleanPath(layout.root);
        PageNode root;
        // The whole pages folder may be a link that leaves the site: show it, never write into it.
        const QString realPages = QFileInfo(layout.pagesDir).canonicalFilePath();
        if (!realPages.isEmpty() && !isPathWithin(realPages, m_siteRoot)) {
            root.readOnlyReason = QCoreApplication::translate(
                "GravDesk::PageIndex", "The pages folder leads outside the site, to %1; GravDesk opens its pages read-only.")
                                      .arg(QDir::toNativeSeparators(realPages));
        }
        m_index.nodes.append(root);
        if (m_reuse) {
            m_index.nodes.reserve(m_reuse->old->size() + 64); // most nodes are kept
            // Rare layouts an incremental walk does not try to follow: the caller scans the whole site.
            if (!root.readOnlyReason.isEmpty() || !m_reuse->old->nodes.value(0).readOnlyReason.isEmpty()) {
                m_reuse->sawFolderLink = true;
                return;
            }
        } else if (!root.readOnlyReason.isEmpty()) {
            addProblem(Severity::Info, ProblemKind::OutsideSite, QString(),
                {ProblemMessage::PagesFolderOutside, {QDir::toNativeSeparators(realPages)}});
        }
        visit(0, layout.pagesDir);
    }

    QVector<PendingFile> m_pending;

private:
    // Incremental walks decide per folder what to reuse; a full scan lists every folder.
    void visit(int nodeIndex, const QString &absPath)
    {
        if (cancelled())
            return;
        if (!m_reuse) {
            list(nodeIndex, absPath, nullptr);
            return;
        }
        const QString rel = m_index.nodes[nodeIndex].relPath;
        const int oldIndex = m_reuse->oldByPath.value(rel, -1);
        const PageNode *old = oldIndex >= 0 ? &m_reuse->old->nodes[oldIndex] : nullptr;
        if (!old || m_reuse->rescan.contains(rel))
            list(nodeIndex, absPath, nullptr);
        else if (m_reuse->relist.contains(rel))
            list(nodeIndex, absPath, old);
        else
            keep(nodeIndex, absPath, *old);
    }

    // A folder of the old index that did not change: its own data and problems as they were.
    void keep(int nodeIndex, const QString &absPath, const PageNode &old)
    {
        PageNode &node = m_index.nodes[nodeIndex];
        node.stem = old.stem;
        node.variants = old.variants;
        node.readOnlyReason = old.readOnlyReason;
        const auto problems = m_reuse->oldProblems.constFind(node.relPath);
        if (problems != m_reuse->oldProblems.cend())
            m_index.problems.append(*problems);
        for (int c : old.children) {
            const PageNode &oldChild = m_reuse->old->nodes[c];
            const int child = addChild(nodeIndex, oldChild.folderName, oldChild.isSymLink);
            visit(child, absPath + QLatin1Char('/') + oldChild.folderName);
        }
    }

    // Lists a folder; with @p old, its page files that did not change keep their data instead of being read.
    void list(int nodeIndex, const QString &absPath, const PageNode *old)
    {
        FolderId self;
        const QVector<FolderEntry> entries = listFolder(absPath, &self.first, &self.second);
        m_chain.append(self);
        m_chainNodes.append(nodeIndex);
        if (m_reuse)
            m_reuse->listed.append(nodeIndex);
        QVector<const FolderEntry *> subfolders;
        struct Found
        {
            PageVariant variant;
            bool read = true;
        };
        QVector<Found> found;
        for (const FolderEntry &e : entries) {
            const QString &name = e.name;
            if (m_ignoreHidden && name.startsWith(QLatin1Char('.')))
                continue;
            if (e.isDir) {
                if (m_ignoreFolders.contains(name))
                    continue;
                if (name.contains(m_paramSep)) {
                    addProblem(Severity::Warning, ProblemKind::SkippedFolder, childRel(nodeIndex, name),
                        {ProblemMessage::SkippedFolder, {m_paramSep}});
                    continue;
                }
                if (e.isSymLink && !followLink(nodeIndex, absPath, e))
                    continue;
                subfolders.append(&e);
                continue;
            }
            if (m_ignoreFiles.contains(name))
                continue;
            const FileName f = classifyFile(name, m_languages);
            switch (f.kind) {
            case FileName::Page: {
                const QString rel = childRel(nodeIndex, name);
                if (!e.isFile) {
                    // Opening a FIFO blocks and reading a device never ends: such a name is reported, never opened.
                    addProblem(Severity::Error, ProblemKind::NotRegularFile, rel,
                        {ProblemMessage::NotRegularFile, {name, QString::number(e.type)}});
                    break;
                }
                Found item;
                if (old && !m_reuse->changedFiles.contains(rel)) {
                    for (const PageVariant &v : old->variants) {
                        if (v.fileName == name) {
                            item.variant = v;
                            item.read = false;
                            break;
                        }
                    }
                }
                PageVariant &v = item.variant;
                v.language = f.language;
                v.fileName = name;
                v.stem = f.stem;
                v.readOnlyReason = m_index.nodes[nodeIndex].readOnlyReason;
                if (e.isSymLink && v.readOnlyReason.isEmpty()) {
                    // A page file linked from outside the site is shown, never written (the write path refuses it too).
                    const QString real = QFileInfo(absPath + QLatin1Char('/') + name).canonicalFilePath();
                    if (!real.isEmpty() && !isPathWithin(real, m_siteRoot)) {
                        v.readOnlyReason = QCoreApplication::translate(
                            "GravDesk::PageIndex", "“%1” is a link to %2, outside the site; GravDesk opens it read-only.")
                                               .arg(name, QDir::toNativeSeparators(real));
                        addProblem(Severity::Info, ProblemKind::OutsideSite, rel,
                            {ProblemMessage::FileLinkOutside, {name, QDir::toNativeSeparators(real)}});
                    }
                }
                found.append(std::move(item));
                break;
            }
            case FileName::Dotted:
                addProblem(Severity::Warning, ProblemKind::DottedStem, childRel(nodeIndex, name),
                    {ProblemMessage::DottedStem,
                        {name, QString(f.stem).replace(QLatin1Char('.'), QLatin1Char('-')) + QStringLiteral(".md")}});
                break;
            case FileName::OtherLanguage:
                addProblem(Severity::Warning, ProblemKind::UnsupportedLanguage, childRel(nodeIndex, name),
                    {ProblemMessage::UnsupportedLanguage, {name, f.language, m_languages.join(QStringLiteral(", "))}});
                break;
            case FileName::NotPage: break;
            }
        }
        // Languages in site order, then the language-less file.
        std::sort(found.begin(), found.end(), [this](const Found &fa, const Found &fb) {
            const PageVariant &a = fa.variant;
            const PageVariant &b = fb.variant;
            const auto rank = [this](const QString &l) { return l.isEmpty() ? 1000 : static_cast<int>(m_languages.indexOf(l)); };
            if (rank(a.language) != rank(b.language))
                return rank(a.language) < rank(b.language);
            return a.stem < b.stem;
        });
        PageNode &node = m_index.nodes[nodeIndex];
        node.variants.clear();
        node.variants.reserve(found.size());
        for (int i = 0; i < found.size(); ++i) {
            node.variants.append(std::move(found[i].variant));
            if (found[i].read)
                m_pending.append({nodeIndex, i});
        }
        QStringList stems;
        for (const PageVariant &v : std::as_const(node.variants))
            if (!stems.contains(v.stem))
                stems.append(v.stem);
        node.stem.clear();
        if (!stems.isEmpty()) {
            node.stem = stems.first();
            // The main stem: the one with the most language files, as Grav's admin writes one stem for all.
            int best = 0;
            for (const QString &s : std::as_const(stems)) {
                const auto n = std::count_if(
                    node.variants.cbegin(), node.variants.cend(), [&](const PageVariant &v) { return v.stem == s; });
                if (n > best) {
                    best = static_cast<int>(n);
                    node.stem = s;
                }
            }
        }
        if (stems.size() > 1 && nodeIndex > 0) {
            addProblem(Severity::Warning, ProblemKind::MultipleStems, node.relPath,
                {ProblemMessage::MultipleStems, {stems.join(QStringLiteral(", "))}});
        }
        for (const FolderEntry *e : std::as_const(subfolders)) {
            const int child = addChild(nodeIndex, e->name, e->isSymLink);
            visit(child, absPath + QLatin1Char('/') + e->name);
        }
        m_chain.removeLast();
        m_chainNodes.removeLast();
    }

    // A folder link is followed once: not back into a folder it is in, not out of the site, not to a folder
    // another link already led to (links fanning out could otherwise list a tree exponentially often).
    bool followLink(int nodeIndex, const QString &absPath, const FolderEntry &e)
    {
        if (m_reuse) {
            m_reuse->sawFolderLink = true; // the caller scans the whole site, where every link is checked in order
            return false;
        }
        const QString rel = childRel(nodeIndex, e.name);
        const FolderId target(e.device, e.inode);
        const qsizetype ancestor = m_chain.indexOf(target);
        if (ancestor >= 0) {
            const QString &where = m_index.nodes[m_chainNodes.at(ancestor)].relPath;
            addProblem(Severity::Warning, ProblemKind::FolderLoop, rel, {ProblemMessage::FolderLoop, {e.name, where}});
            return false;
        }
        const QString real = QFileInfo(absPath + QLatin1Char('/') + e.name).canonicalFilePath();
        if (real.isEmpty() || !isPathWithin(real, m_siteRoot)) {
            addProblem(Severity::Warning, ProblemKind::LinkOutsideSite, rel,
                {ProblemMessage::FolderLinkOutside, {e.name, QDir::toNativeSeparators(real.isEmpty() ? e.name : real)}});
            return false;
        }
        if (m_linkTargets.contains(target)) {
            addProblem(Severity::Warning, ProblemKind::FolderLoop, rel, {ProblemMessage::FolderLinkRepeated, {e.name}});
            return false;
        }
        m_linkTargets.insert(target);
        return true;
    }

    int addChild(int nodeIndex, const QString &name, bool isSymLink)
    {
        PageNode child;
        child.parent = nodeIndex;
        child.folderName = name;
        child.isSymLink = isSymLink;
        child.relPath = childRel(nodeIndex, name);
        child.readOnlyReason = m_index.nodes[nodeIndex].readOnlyReason;
        QString slugPart = name;
        qsizetype prefixLength = 0;
        child.order = orderPrefix(name, &prefixLength);
        if (child.order >= 0)
            slugPart = name.mid(prefixLength);
        if (slugPart.startsWith(QLatin1Char('_')))
            child.modular = true;
        child.folderSlug = m_lowercase ? slugPart.toLower() : slugPart;
        const int childIndex = static_cast<int>(m_index.nodes.size());
        m_index.nodes.append(std::move(child));
        m_index.nodes[nodeIndex].children.append(childIndex);
        return childIndex;
    }

    QString childRel(int nodeIndex, const QString &name) const
    {
        const QString &parent = m_index.nodes[nodeIndex].relPath;
        return parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
    }

    void addProblem(
        Severity s, ProblemKind k, const QString &path, const ProblemText &message, int line = 0, const QStringList &related = {})
    {
        SiteProblem p;
        p.severity = s;
        p.kind = k;
        p.path = path;
        p.message = message;
        p.line = line;
        p.related = related;
        m_index.problems.append(p);
    }

    PageIndex &m_index;
    const std::atomic_bool *m_cancel;
    WalkReuse *m_reuse;
    QStringList m_languages;
    QStringList m_ignoreFiles;
    QStringList m_ignoreFolders;
    bool m_ignoreHidden;
    QString m_paramSep;
    bool m_lowercase;
    QString m_siteRoot; ///< canonical
    QVector<FolderId> m_chain; ///< the folders being listed, from the pages folder down
    QVector<int> m_chainNodes;
    QSet<FolderId> m_linkTargets;
};

void findDuplicateSlugs(PageIndex &index)
{
    QStringList langs = index.config.languages();
    if (langs.isEmpty())
        langs << QString();
    // One problem per group of folders, however many languages share it.
    std::map<QStringList, QStringList> groups; // sorted folder paths → languages
    std::map<QStringList, QString> groupSlug;
    const bool lowercase = index.config.forceLowercaseUrls();
    QList<QStringList> fallbacks; // per language, computed once
    for (const QString &lang : std::as_const(langs))
        fallbacks.append(index.config.fallbackLanguages(lang));
    for (int n = 0; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        if (node.children.size() < 2)
            continue;
        for (int l = 0; l < langs.size(); ++l) {
            const QString &lang = langs.at(l);
            QHash<QString, QStringList> bySlug;
            for (int c : node.children)
                bySlug[nodeSlug(index.nodes[c], fallbacks.at(l), lowercase)].append(index.nodes[c].relPath);
            for (auto it = bySlug.cbegin(); it != bySlug.cend(); ++it) {
                if (it->size() < 2)
                    continue;
                QStringList folders = *it;
                folders.sort();
                groups[folders].append(lang);
                groupSlug[folders] = it.key();
            }
        }
    }
    for (const auto &[folders, languages] : groups) {
        for (const QString &folder : folders) {
            SiteProblem p;
            p.severity = Severity::Error;
            p.kind = ProblemKind::DuplicateSlug;
            p.path = folder;
            QStringList others = folders;
            others.removeAll(folder);
            p.related = others;
            const bool everyLanguage = languages.size() == langs.size() || langs == QStringList {QString()};
            p.message = everyLanguage
                ? ProblemText {ProblemMessage::DuplicateSlug, {groupSlug.at(folders), others.join(QStringLiteral(", "))}}
                : ProblemText {ProblemMessage::DuplicateSlugInLanguages,
                    {groupSlug.at(folders), others.join(QStringLiteral(", ")), languages.join(QStringLiteral(", "))}};
            index.problems.append(p);
        }
    }
}

void collectFileProblems(PageIndex &index)
{
    for (PageNode &node : index.nodes) {
        for (const PageVariant &v : std::as_const(node.variants)) {
            const QString rel = node.relPath.isEmpty() ? v.fileName : node.relPath + QLatin1Char('/') + v.fileName;
            SiteProblem p;
            p.path = rel;
            p.line = v.errorLine;
            if (v.readError != FileRead::Error::None) {
                // Not read (too large, gone, or no longer a regular file): its header says nothing.
                p.severity = Severity::Error;
                p.kind = v.readError == FileRead::Error::TooLarge ? ProblemKind::FileTooLarge : ProblemKind::UnreadableFile;
                p.message = {ProblemMessage::Plain, {v.headerError}};
                p.line = 0;
                index.problems.append(p);
                continue;
            }
            if (!v.headerAccepted) {
                p.severity = Severity::Error;
                p.kind = v.invalidUtf8 ? ProblemKind::InvalidUtf8 : ProblemKind::InvalidHeader;
                p.message = v.invalidUtf8 ? ProblemText {ProblemMessage::InvalidUtf8, {}}
                                          : ProblemText {ProblemMessage::InvalidHeader, {v.headerError}};
                index.problems.append(p);
            } else if (v.legacyHeader) {
                p.severity = Severity::Warning;
                p.kind = ProblemKind::LegacyHeader;
                p.message = {ProblemMessage::LegacyHeader, {v.headerError}};
                index.problems.append(p);
            }
            if (!v.dateText.isEmpty() && v.dateFromFile) {
                SiteProblem d;
                d.severity = Severity::Warning;
                d.kind = ProblemKind::BadDate;
                d.path = rel;
                d.message = {ProblemMessage::BadDate, {v.dateText}};
                index.problems.append(d);
            }
        }
    }
}

} // namespace

bool walkProblemFolder(const SiteProblem &problem, QString *folder)
{
    switch (problem.kind) {
    case ProblemKind::MultipleStems: *folder = problem.path; return true;
    case ProblemKind::SkippedFolder:
    case ProblemKind::DottedStem:
    case ProblemKind::UnsupportedLanguage:
    case ProblemKind::NotRegularFile:
    case ProblemKind::FolderLoop:
    case ProblemKind::LinkOutsideSite:
    case ProblemKind::OutsideSite: *folder = parentRel(problem.path); return true;
    default: return false;
    }
}

void listFolders(PageIndex &index)
{
    Scanner scanner(index, nullptr, nullptr);
    scanner.run();
}

void buildIndex(PageIndex &index, const ScanSink &sink, const std::atomic_bool *cancel, WalkReuse *reuse)
{
    for (const ProblemText &w : index.config.warningMessages()) {
        SiteProblem p;
        p.severity = Severity::Warning;
        p.kind = ProblemKind::Config;
        p.path = QStringLiteral("../config");
        p.message = w;
        index.problems.append(p);
    }
    Scanner scanner(index, cancel, reuse);
    scanner.run();
    if (reuse && reuse->sawFolderLink)
        return;

    // Parse the page files in parallel, in chunks of nodes so the consumer can show them early.
    const QVector<PendingFile> &pending = scanner.m_pending;
    const int total = static_cast<int>(pending.size());
    if (reuse)
        reuse->filesRead = total;
    constexpr int kChunk = 512;
    const ReadSettings settings(index.config);
    // A pool of this call's own: a scan runs on a thread of the global pool itself (SiteScanner, LiveIndex), and
    // two of them waiting on work queued to that same full pool (2 threads on a 2-core machine) never finish.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    int emittedNodes = 0;
    for (int start = 0; start < total || emittedNodes < index.size();) {
        if (scanner.cancelled())
            break;
        const int end = std::min(total, start + kChunk);
        QVector<PendingFile> chunk = pending.mid(start, end - start);
        QtConcurrent::blockingMap(&pool, chunk, [&index, &settings](const PendingFile &pf) {
            PageVariant &v = index.nodes[pf.node].variants[pf.variant];
            readVariantWith(index.filePath(pf.node, v.fileName), settings, v, nullptr);
        });
        // All nodes up to the last one whose files are parsed are complete.
        const int lastNode = end < total ? pending[end].node : index.size();
        if (sink.nodes && lastNode > emittedNodes)
            sink.nodes(emittedNodes, index.nodes.mid(emittedNodes, lastNode - emittedNodes));
        emittedNodes = std::max(emittedNodes, lastNode);
        if (sink.progress)
            sink.progress(end, total);
        start = end;
        if (start >= total && emittedNodes >= index.size())
            break;
    }

    collectFileProblems(index);
    findDuplicateSlugs(index);
    // Flag nodes (kept nodes come with their old flags).
    QHash<QString, int> byPath;
    byPath.reserve(index.size());
    for (int i = 0; i < index.size(); ++i) {
        index.nodes[i].hasError = false;
        index.nodes[i].hasWarning = false;
        byPath.insert(index.nodes[i].relPath, i);
    }
    for (const SiteProblem &p : std::as_const(index.problems)) {
        int n = byPath.value(p.path, -1);
        if (n < 0)
            n = byPath.value(p.path.left(std::max<qsizetype>(0, p.path.lastIndexOf(QLatin1Char('/')))), -1);
        if (n < 0)
            continue;
        if (p.severity == Severity::Error)
            index.nodes[n].hasError = true;
        else if (p.severity == Severity::Warning)
            index.nodes[n].hasWarning = true;
    }
    std::stable_sort(index.problems.begin(), index.problems.end(), [](const SiteProblem &a, const SiteProblem &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.path < b.path;
    });
}

} // namespace detail

PageIndex listSite(const SiteLayout &layout, const SiteConfig &config)
{
    PageIndex index;
    index.layout = layout;
    index.config = config;
    detail::listFolders(index);
    return index;
}

PageIndex scanSite(const SiteLayout &layout, const SiteConfig &config, const ScanSink &sink, const std::atomic_bool *cancel)
{
    PageIndex index;
    index.layout = layout;
    index.config = config;
    detail::buildIndex(index, sink, cancel, nullptr);
    return index;
}

} // namespace GravDesk
