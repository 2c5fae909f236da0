#include "indexupdate.h"

#include "io/pathwithin.h"
#include "site/pagewalk.h"

#include <QDir>
#include <QFileInfo>

namespace GravDesk {
namespace {

// Strictly below @p root (not @p root itself).
bool isUnder(const QString &path, const QString &root)
{
    return path != root && isPathWithin(path, root);
}

QString parentRel(const QString &rel)
{
    const qsizetype slash = rel.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rel.left(slash);
}

bool sameVariant(const PageVariant &a, const PageVariant &b)
{
    return a.language == b.language && a.fileName == b.fileName && a.stem == b.stem && a.hasHeader == b.hasHeader
        && a.headerAccepted == b.headerAccepted && a.legacyHeader == b.legacyHeader && a.headerError == b.headerError
        && a.invalidUtf8 == b.invalidUtf8 && a.errorLine == b.errorLine && a.title == b.title && a.slug == b.slug
        && a.templateOverride == b.templateOverride && a.dateText == b.dateText && a.date == b.date
        && a.dateFromFile == b.dateFromFile && a.publishState == b.publishState && a.taxonomy == b.taxonomy && a.size == b.size
        && a.modified == b.modified && a.readError == b.readError && a.readOnlyReason == b.readOnlyReason;
}

// A node's own data: not its place (parent, children), which added and removed describe.
bool sameNode(const PageNode &a, const PageNode &b)
{
    if (a.folderName != b.folderName || a.order != b.order || a.folderSlug != b.folderSlug || a.modular != b.modular
        || a.isSymLink != b.isSymLink || a.stem != b.stem || a.hasError != b.hasError || a.hasWarning != b.hasWarning
        || a.readOnlyReason != b.readOnlyReason || a.variants.size() != b.variants.size())
        return false;
    for (qsizetype i = 0; i < a.variants.size(); ++i)
        if (!sameVariant(a.variants[i], b.variants[i]))
            return false;
    return true;
}

bool sameProblems(const QVector<SiteProblem> &a, const QVector<SiteProblem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const SiteProblem &x = a[i];
        const SiteProblem &y = b[i];
        if (x.severity != y.severity || x.kind != y.kind || x.path != y.path || x.line != y.line || x.column != y.column
            || x.message != y.message || x.related != y.related)
            return false;
    }
    return true;
}

// @p listed: the new nodes whose own data may differ; the others can differ only in their flags. Null: any.
IndexChange compare(
    const PageIndex &before, const PageIndex &after, const QHash<QString, int> &beforeByPath, const QVector<int> *listed)
{
    IndexChange change;
    QVector<bool> mayDiffer;
    if (listed) {
        mayDiffer.fill(false, after.size());
        for (int n : *listed)
            mayDiffer[n] = true;
    }
    QVector<bool> kept(before.size(), false);
    for (int n = 0; n < after.size(); ++n) {
        const PageNode &node = after.nodes[n];
        const int old = beforeByPath.value(node.relPath, -1);
        if (old < 0) {
            change.added.append(node.relPath);
            continue;
        }
        kept[old] = true;
        const PageNode &was = before.nodes[old];
        const bool differs
            = listed && !mayDiffer[n] ? was.hasError != node.hasError || was.hasWarning != node.hasWarning : !sameNode(was, node);
        if (differs)
            change.changed.append(node.relPath);
    }
    for (int n = 0; n < before.size(); ++n)
        if (!kept[n])
            change.removed.append(before.nodes[n].relPath);
    change.problemsChanged = !sameProblems(before.problems, after.problems);
    return change;
}

QHash<QString, int> byPath(const PageIndex &index)
{
    QHash<QString, int> map;
    map.reserve(index.size());
    for (int i = 0; i < index.size(); ++i)
        map.insert(index.nodes[i].relPath, i);
    return map;
}

IndexUpdate fullUpdate(const PageIndex &current, bool configChanged, const std::atomic_bool *cancel)
{
    IndexUpdate u;
    u.incremental = false;
    const SiteConfig config = configChanged ? SiteConfig::load(current.layout) : current.config;
    u.index = scanSite(current.layout, config, {}, cancel);
    u.change = compare(current, u.index, byPath(current), nullptr);
    u.change.reset = configChanged;
    for (const PageNode &node : std::as_const(u.index.nodes))
        u.filesRead += static_cast<int>(node.variants.size());
    return u;
}

// Folder links and pages that lead outside the site are checked in the order of a full scan (a link is
// followed once, the first time it is met), which a partial walk cannot reproduce: such sites rescan.
bool hasFolderLinks(const PageIndex &index)
{
    if (!index.nodes.isEmpty() && !index.nodes.first().readOnlyReason.isEmpty())
        return true;
    for (const PageNode &node : index.nodes)
        if (node.isSymLink)
            return true;
    for (const SiteProblem &p : index.problems)
        if (p.kind == ProblemKind::FolderLoop || p.kind == ProblemKind::LinkOutsideSite)
            return true;
    return false;
}

} // namespace

IndexChange compareIndexes(const PageIndex &before, const PageIndex &after)
{
    return compare(before, after, byPath(before), nullptr);
}

IndexUpdate updateIndex(const PageIndex &current, const QStringList &changedPaths, const std::atomic_bool *cancel)
{
    const SiteLayout &layout = current.layout;
    const QString pages = QDir::cleanPath(layout.pagesDir);
    detail::WalkReuse reuse;
    reuse.old = &current;
    reuse.oldByPath = byPath(current);
    // A watcher may report the real path of a site opened through a link: map it back onto the pages folder.
    const QString realPages = QFileInfo(pages).canonicalFilePath();
    bool any = false;
    for (const QString &changed : changedPaths) {
        QString path = QDir::cleanPath(QDir(layout.root).absoluteFilePath(changed));
        if (!realPages.isEmpty() && realPages != pages && (path == realPages || isUnder(path, realPages)))
            path = pages + path.mid(realPages.size());
        if (isUnder(path, QDir::cleanPath(layout.configDir))
            || (!layout.systemConfigDir.isEmpty() && isUnder(path, QDir::cleanPath(layout.systemConfigDir))))
            return fullUpdate(current, true, cancel);
        if (path == pages)
            return fullUpdate(current, false, cancel);
        if (!isUnder(path, pages))
            continue; // themes, plugins, cache, media outside the pages: nothing the index shows
        any = true;
        const QString rel = path.mid(pages.size() + 1);
        // The nearest folder of the index around the path is listed again: it finds new and removed entries.
        QString folder = parentRel(rel);
        while (!folder.isEmpty() && !reuse.oldByPath.contains(folder))
            folder = parentRel(folder);
        reuse.relist.insert(folder);
        // A folder (now, or in the index) is walked as a new one, with its whole subtree.
        if (reuse.oldByPath.contains(rel) || QFileInfo(path).isDir())
            reuse.rescan.insert(rel);
        else
            reuse.changedFiles.insert(rel);
    }
    if (!any) {
        IndexUpdate u;
        u.index = current;
        return u;
    }
    if (hasFolderLinks(current))
        return fullUpdate(current, false, cancel);
    for (const SiteProblem &p : current.problems) {
        QString folder;
        if (detail::walkProblemFolder(p, &folder))
            reuse.oldProblems[folder].append(p);
    }

    IndexUpdate u;
    u.index.layout = current.layout;
    u.index.config = current.config;
    detail::buildIndex(u.index, {}, cancel, &reuse);
    if (reuse.sawFolderLink)
        return fullUpdate(current, false, cancel);
    u.filesRead = reuse.filesRead;
    u.change = compare(current, u.index, reuse.oldByPath, &reuse.listed);
    return u;
}

} // namespace GravDesk
