#include "site/pageoperations.h"

#include "io/clock.h"
#include "io/safefile.h"
#include "site/pageindex.h"
#include "site/pagetrash.h"
#include "text/slug.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <unistd.h>

#include <algorithm>

namespace GravDesk {
namespace {

const QRegularExpression &orderPrefix()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(.*)$"));
    return re;
}

// The folder name without its `NN.` prefix.
QString slugPart(const QString &folderName)
{
    const auto m = orderPrefix().match(folderName);
    return m.hasMatch() ? m.captured(2) : folderName;
}

QString prefixPart(const QString &folderName)
{
    const auto m = orderPrefix().match(folderName);
    return m.hasMatch() ? m.captured(1) + QLatin1Char('.') : QString();
}

QString titleOf(const PageIndex &index, int node)
{
    const PageVariant *v = index.variantFor(node, index.config.defaultLanguage());
    if (!v && !index.nodes[node].variants.isEmpty())
        v = &index.nodes[node].variants.first();
    return v ? v->title : QString();
}

// Why @p name cannot be a page folder's name ("" when it can).
QString folderNameProblem(const QString &name, const QString &paramSeparator)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("GravDesk::PageOperations", "The new folder name is empty.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name == QLatin1String("..")
        || name.startsWith(QLatin1Char('.')))
        return QCoreApplication::translate(
            "GravDesk::PageOperations", "\"%1\" cannot be a page folder's name: it must not start with a dot or hold a slash.")
            .arg(name);
    if (!paramSeparator.isEmpty() && name.contains(paramSeparator))
        return QCoreApplication::translate(
            "GravDesk::PageOperations", "\"%1\" cannot be a page folder's name: Grav skips folders whose name holds \"%2\".")
            .arg(name, paramSeparator);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate(
                "GravDesk::PageOperations", "\"%1\" cannot be a page folder's name: it holds a control character.")
                .arg(name.toHtmlEscaped());
    }
    return {};
}

QString relTo(const QString &pagesDir, const QString &path)
{
    if (path.startsWith(pagesDir + QLatin1Char('/')))
        return path.mid(pagesDir.size() + 1);
    return QDir::toNativeSeparators(path);
}

// Sets the value of the header line `slug:` to @p slug, leaving every other byte as it was.
QByteArray withHeaderSlug(const QByteArray &bytes, const QString &slug)
{
    static const QRegularExpression line(
        QStringLiteral("^(slug:[ \\t]*)(['\"]?)[^\\r\\n#]*?\\2([ \\t]*(?:#[^\\r\\n]*)?)$"), QRegularExpression::MultilineOption);
    // Only inside the header: before the closing `---` line.
    const QString text = QString::fromLatin1(bytes);
    const qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("\\n---[ \\t]*\\r?(\\n|$)")), 3);
    const auto m = line.match(text.left(end < 0 ? 0 : end));
    if (!m.hasMatch())
        return bytes;
    QByteArray out = bytes;
    const QByteArray replacement
        = QByteArray((m.captured(1) + m.captured(2)).toLatin1()) + slug.toUtf8() + (m.captured(2) + m.captured(3)).toLatin1();
    out.replace(m.capturedStart(0), m.capturedLength(0), replacement);
    return out;
}

} // namespace

int PageOperationPlan::linkCount() const
{
    int n = 0;
    for (const PageLinkEdit &e : linkEdits)
        n += int(e.changes.size());
    return n;
}

QStringList PageOperationPlan::describe() const
{
    QStringList out;
    const auto rel = [this](const QString &p) { return relTo(pagesDir, p); };
    for (const auto &r : renames) {
        if (QFileInfo(r.first).absolutePath() == QFileInfo(r.second).absolutePath())
            out.append(QCoreApplication::translate("GravDesk::PageOperations", "Rename %1 to %2")
                           .arg(rel(r.first), QFileInfo(r.second).fileName()));
        else
            out.append(QCoreApplication::translate("GravDesk::PageOperations", "Move %1 to %2").arg(rel(r.first), rel(r.second)));
    }
    if (!copyFrom.isEmpty())
        out.append(kind == Kind::Restore
                ? QCoreApplication::translate("GravDesk::PageOperations", "Restore the page from the trash as %1")
                      .arg(rel(copyTo))
                : QCoreApplication::translate("GravDesk::PageOperations", "Copy %1 to %2").arg(rel(copyFrom), rel(copyTo)));
    if (!removeFolder.isEmpty())
        out.append(QCoreApplication::translate("GravDesk::PageOperations", "Move %1 to the trash").arg(rel(removeFolder)));
    for (const auto &a : attachments)
        out.append(QCoreApplication::translate("GravDesk::PageOperations", "Attach %1 as %2")
                       .arg(QDir::toNativeSeparators(a.first), rel(a.second)));
    for (const PageFileEdit &e : edits)
        out.append(QCoreApplication::translate("GravDesk::PageOperations", "Change the slug in %1").arg(rel(e.path)));
    for (const PageLinkEdit &e : linkEdits) {
        if (e.changes.isEmpty())
            continue;
        out.append(QCoreApplication::translate("GravDesk::PageOperations", "Update the links in %1 (%2):")
                       .arg(rel(e.path))
                       .arg(e.changes.size()));
        for (const LinkChange &c : e.changes)
            out.append(QStringLiteral("  ")
                + QCoreApplication::translate("GravDesk::PageOperations", "line %1: %2 → %3").arg(c.line).arg(c.before, c.after));
    }
    return out;
}

PageOperations::PageOperations(const PageIndex &index)
    : m_index(index)
    , m_links(std::make_unique<LinkRewriter>(index))
{ }

PageOperations::~PageOperations() = default;

QString PageOperations::titleSlug(int node) const
{
    const PageNode &page = m_index.nodes[node];
    const QString lang = m_index.config.defaultLanguage();
    const PageVariant *v = m_index.variantFor(node, lang);
    if (!v && !page.variants.isEmpty())
        v = &page.variants.first();
    if (!v || v->title.isEmpty())
        return slugPart(page.folderName);
    return slugify(v->title, v->language.isEmpty() ? lang : v->language);
}

QString PageOperations::freeSlug(int parent, const QString &wanted, int except) const
{
    QSet<QString> taken;
    QStringList langs = m_index.config.languages();
    if (langs.isEmpty())
        langs.append(QString());
    const bool lower = m_index.config.forceLowercaseUrls();
    if (parent >= 0 && parent < m_index.size()) {
        for (int c : m_index.nodes[parent].children) {
            if (c == except)
                continue;
            taken.insert(slugPart(m_index.nodes[c].folderName));
            for (const QString &lang : std::as_const(langs))
                taken.insert(m_index.slug(c, lang));
        }
    }
    const auto isTaken = [&](const QString &s) { return taken.contains(s) || (lower && taken.contains(s.toLower())); };
    if (!isTaken(wanted))
        return wanted;
    QString base = wanted;
    static const QRegularExpression numbered(QStringLiteral("-(\\d+)$"));
    int n = 2;
    if (const auto m = numbered.match(base); m.hasMatch() && m.captured(1).size() < 4) {
        n = m.captured(1).toInt() + 1;
        base.chop(m.capturedLength(0));
    }
    for (;; ++n) {
        const QString candidate = base + QLatin1Char('-') + QString::number(n);
        if (!isTaken(candidate))
            return candidate;
    }
}

void PageOperations::addLinkEdits(PageOperationPlan &plan, const Options &options) const
{
    if (!options.updateLinks || plan.moves.isEmpty())
        return;
    plan.linkEdits = m_links->edits(plan.moves);
    for (const PageLinkEdit &e : std::as_const(plan.linkEdits)) {
        for (const LinkChange &c : e.unchanged)
            plan.warnings.append(QCoreApplication::translate(
                "GravDesk::PageOperations", "The link %1 in %2 (line %3) points to the page but could not be updated.")
                                     .arg(c.before, relTo(plan.pagesDir, e.path))
                                     .arg(c.line));
    }
    plan.linkEdits.erase(
        std::remove_if(plan.linkEdits.begin(), plan.linkEdits.end(), [](const PageLinkEdit &e) { return e.changes.isEmpty(); }),
        plan.linkEdits.end());
}

PageOperationPlan PageOperations::moveTo(
    PageOperationPlan::Kind kind, int node, int parent, const QString &folderName, const Options &options) const
{
    PageOperationPlan plan;
    plan.kind = kind;
    plan.pagesDir = QDir::cleanPath(m_index.layout.pagesDir);
    if (node <= 0 || node >= m_index.size() || parent < 0 || parent >= m_index.size()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "There is no such page.");
        return plan;
    }
    const PageNode &page = m_index.nodes[node];
    if (!page.readOnlyReason.isEmpty()) {
        plan.error = page.readOnlyReason;
        return plan;
    }
    for (int p = parent; p > 0; p = m_index.nodes[p].parent) {
        if (p == node) {
            plan.error = QCoreApplication::translate("GravDesk::PageOperations", "The page %1 cannot be moved into itself.")
                             .arg(page.relPath);
            return plan;
        }
    }
    if (const QString why = folderNameProblem(folderName, m_index.config.paramSeparator()); !why.isEmpty()) {
        plan.error = why;
        return plan;
    }
    const QString from = m_index.absolutePath(node);
    const QString to = m_index.absolutePath(parent) + QLatin1Char('/') + folderName;
    if (from == to) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "The page %1 is already there; nothing changes.")
                         .arg(page.relPath);
        return plan;
    }
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "%1 already exists; choose another name.")
                         .arg(relTo(plan.pagesDir, to));
        return plan;
    }
    // The new route must not be another page's (Grav would show only one of them).
    const QHash<QString, QString> newRoutes = m_links->routesAt(node, parent, folderName);
    for (auto it = newRoutes.cbegin(); it != newRoutes.cend(); ++it) {
        const int c = m_links->pageAt(it.key(), *it);
        if (c > 0 && c != node) {
            plan.error = QCoreApplication::translate(
                "GravDesk::PageOperations", "The address %1 is already used by %2; choose another slug (for example %3).")
                             .arg(*it, m_index.nodes[c].relPath, freeSlug(parent, slugPart(folderName), node));
            return plan;
        }
    }
    plan.renames.append({from, to});
    plan.moves.append({from, to, m_links->routesOf(node), newRoutes});
    plan.resultFolder = to;
    plan.label = kind == PageOperationPlan::Kind::Move
        ? QCoreApplication::translate("GravDesk::PageOperations", "Move %1").arg(page.relPath)
        : QCoreApplication::translate("GravDesk::PageOperations", "Rename %1").arg(page.relPath);
    addLinkEdits(plan, options);
    plan.ok = true;
    return plan;
}

PageOperationPlan PageOperations::renameFolder(int node, const QString &folderName, const Options &options) const
{
    const int parent = node > 0 && node < m_index.size() ? m_index.nodes[node].parent : -1;
    return moveTo(PageOperationPlan::Kind::Rename, node, parent, folderName, options);
}

PageOperationPlan PageOperations::renameSlug(int node, const QString &slug, const Options &options) const
{
    const QString prefix = node > 0 && node < m_index.size() ? prefixPart(m_index.nodes[node].folderName) : QString();
    return renameFolder(node, prefix + slug, options);
}

PageOperationPlan PageOperations::move(int node, int parent, const QString &folderName, const Options &options) const
{
    const QString name = folderName.isEmpty() && node > 0 && node < m_index.size() ? m_index.nodes[node].folderName : folderName;
    return moveTo(PageOperationPlan::Kind::Move, node, parent, name, options);
}

PageOperationPlan PageOperations::reorder(int parent, const QVector<int> &order, const Options &options) const
{
    PageOperationPlan plan;
    plan.kind = PageOperationPlan::Kind::Reorder;
    plan.pagesDir = QDir::cleanPath(m_index.layout.pagesDir);
    if (parent < 0 || parent >= m_index.size()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "There is no such page.");
        return plan;
    }
    const PageNode &section = m_index.nodes[parent];
    QVector<int> sortedOrder = order, children = section.children;
    std::sort(sortedOrder.begin(), sortedOrder.end());
    std::sort(children.begin(), children.end());
    if (sortedOrder != children) {
        plan.error
            = QCoreApplication::translate("GravDesk::PageOperations", "The new order of %1 must name every page in it once.")
                  .arg(section.relPath.isEmpty() ? QStringLiteral("/") : section.relPath);
        return plan;
    }
    // The numbered folders in their new order, with their numbers now.
    struct Item
    {
        int node;
        qint64 number;
        int width;
        QString rest;
    };
    QList<Item> items;
    int width = 0;
    for (int c : order) {
        const auto m = orderPrefix().match(m_index.nodes[c].folderName);
        if (!m.hasMatch())
            continue;
        items.append({c, m.captured(1).toLongLong(), int(m.captured(1).size()), m.captured(2)});
        width = std::max(width, int(m.captured(1).size()));
    }
    // Numbers must grow along the new order. A folder keeps its number when the ones kept around it leave
    // room for the others: with b = number - position, a set of folders can keep theirs exactly when b never
    // falls along it (and b >= 0), so the folders kept are a longest non-decreasing run of b.
    const qsizetype n = items.size();
    QVector<qint64> b(n);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = items.at(i).number - i;
    QVector<qsizetype> tails, tailIndex, previous(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        if (b[i] < 0)
            continue;
        const auto it = std::upper_bound(tails.begin(), tails.end(), b[i]);
        const qsizetype pos = it - tails.begin();
        if (it == tails.end()) {
            tails.append(b[i]);
            tailIndex.append(i);
        } else {
            *it = b[i];
            tailIndex[pos] = i;
        }
        previous[i] = pos > 0 ? tailIndex[pos - 1] : -1;
    }
    QVector<bool> keep(n, false);
    for (qsizetype i = tailIndex.isEmpty() ? -1 : tailIndex.last(); i >= 0; i = previous[i])
        keep[i] = true;
    qint64 last = -1;
    const QString folder = m_index.absolutePath(parent);
    for (qsizetype i = 0; i < n; ++i) {
        const Item &item = items.at(i);
        const qint64 number = keep[i] ? item.number : last + 1;
        last = number;
        if (keep[i])
            continue;
        const QString name = QString::number(number).rightJustified(width, QLatin1Char('0')) + QLatin1Char('.') + item.rest;
        const QString from = folder + QLatin1Char('/') + m_index.nodes[item.node].folderName;
        const QString to = folder + QLatin1Char('/') + name;
        if (!m_index.nodes[item.node].readOnlyReason.isEmpty()) {
            plan.error = m_index.nodes[item.node].readOnlyReason;
            return plan;
        }
        plan.renames.append({from, to});
        const QHash<QString, QString> routes = m_links->routesOf(item.node);
        plan.moves.append({from, to, routes, routes});
    }
    plan.label = QCoreApplication::translate("GravDesk::PageOperations", "Reorder %1")
                     .arg(section.relPath.isEmpty() ? QStringLiteral("/") : section.relPath);
    plan.resultFolder = folder;
    addLinkEdits(plan, options);
    plan.ok = true;
    return plan;
}

PageOperationPlan PageOperations::duplicate(int node) const
{
    PageOperationPlan plan;
    plan.kind = PageOperationPlan::Kind::Duplicate;
    plan.pagesDir = QDir::cleanPath(m_index.layout.pagesDir);
    if (node <= 0 || node >= m_index.size()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "There is no such page.");
        return plan;
    }
    const PageNode &page = m_index.nodes[node];
    const int parent = page.parent;
    const QString slug = freeSlug(parent, slugPart(page.folderName));
    QString prefix;
    if (const auto m = orderPrefix().match(page.folderName); m.hasMatch()) {
        qint64 highest = 0;
        for (int c : m_index.nodes[parent].children)
            highest = std::max<qint64>(highest, m_index.nodes[c].order);
        prefix = QString::number(highest + 1).rightJustified(m.captured(1).size(), QLatin1Char('0')) + QLatin1Char('.');
    }
    plan.copyFrom = m_index.absolutePath(node);
    plan.copyTo = m_index.absolutePath(parent) + QLatin1Char('/') + prefix + slug;
    if (QFileInfo::exists(plan.copyTo)) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "%1 already exists; choose another name.")
                         .arg(relTo(plan.pagesDir, plan.copyTo));
        return plan;
    }
    // Page files that set their own slug would give the copy the page's address: theirs changes too.
    for (const PageVariant &v : page.variants) {
        if (v.slug.isEmpty())
            continue;
        const FileRead read = readRegularFile(m_index.filePath(node, v.fileName));
        if (!read.ok) {
            plan.error = read.error;
            return plan;
        }
        const QByteArray after = withHeaderSlug(read.bytes, freeSlug(parent, v.slug));
        if (after != read.bytes)
            plan.copyEdits.append({plan.copyTo + QLatin1Char('/') + v.fileName, read.bytes, after});
    }
    plan.resultFolder = plan.copyTo;
    plan.label = QCoreApplication::translate("GravDesk::PageOperations", "Duplicate %1").arg(page.relPath);
    plan.ok = true;
    return plan;
}

PageOperationPlan PageOperations::changeTemplate(int node, const QString &templateName) const
{
    PageOperationPlan plan;
    plan.kind = PageOperationPlan::Kind::ChangeTemplate;
    plan.pagesDir = QDir::cleanPath(m_index.layout.pagesDir);
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (node <= 0 || node >= m_index.size()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "There is no such page.");
        return plan;
    }
    const PageNode &page = m_index.nodes[node];
    if (!valid.match(templateName).hasMatch()) {
        plan.error = QCoreApplication::translate(
            "GravDesk::PageOperations", "\"%1\" cannot be a template name: use letters, digits, '-' and '_'.")
                         .arg(templateName);
        return plan;
    }
    if (page.variants.isEmpty()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "%1 has no page file.").arg(page.relPath);
        return plan;
    }
    if (templateName == page.stem) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "%1 already uses the template %2; nothing changes.")
                         .arg(page.relPath, templateName);
        return plan;
    }
    const QString folder = m_index.absolutePath(node);
    for (const PageVariant &v : page.variants) {
        if (v.stem != page.stem)
            continue;
        const QString to = folder + QLatin1Char('/') + templateName
            + (v.language.isEmpty() ? QString() : QLatin1Char('.') + v.language) + QStringLiteral(".md");
        if (QFileInfo::exists(to)) {
            plan.error
                = QCoreApplication::translate("GravDesk::PageOperations", "%1 already exists; GravDesk does not replace it.")
                      .arg(relTo(plan.pagesDir, to));
            return plan;
        }
        plan.renames.append({folder + QLatin1Char('/') + v.fileName, to});
    }
    plan.resultFolder = folder;
    plan.label = QCoreApplication::translate("GravDesk::PageOperations", "Change the template of %1").arg(page.relPath);
    plan.ok = true;
    return plan;
}

PageOperationPlan PageOperations::remove(int node) const
{
    PageOperationPlan plan;
    plan.kind = PageOperationPlan::Kind::Delete;
    plan.pagesDir = QDir::cleanPath(m_index.layout.pagesDir);
    if (node <= 0 || node >= m_index.size()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "There is no such page.");
        return plan;
    }
    const PageNode &page = m_index.nodes[node];
    if (!page.readOnlyReason.isEmpty()) {
        plan.error = page.readOnlyReason;
        return plan;
    }
    plan.removeFolder = m_index.absolutePath(node);
    if (!page.children.isEmpty())
        plan.warnings.append(QCoreApplication::translate(
            "GravDesk::PageOperations", "The %n page(s) inside %1 go to the trash with it.", nullptr, int(page.children.size()))
                                 .arg(page.relPath));
    plan.label = QCoreApplication::translate("GravDesk::PageOperations", "Delete %1").arg(page.relPath);
    plan.pageTitle = titleOf(m_index, node);
    plan.ok = true;
    return plan;
}

PageOperationPlan PageOperations::fixDuplicateSlug(int node, const QString &slug, const Options &options) const
{
    PageOperationPlan plan;
    plan.kind = PageOperationPlan::Kind::Rename;
    plan.pagesDir = QDir::cleanPath(m_index.layout.pagesDir);
    if (node <= 0 || node >= m_index.size()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "There is no such page.");
        return plan;
    }
    const PageNode &page = m_index.nodes[node];
    const bool reported = std::any_of(m_index.problems.cbegin(), m_index.problems.cend(),
        [&](const SiteProblem &p) { return p.kind == ProblemKind::DuplicateSlug && p.path == page.relPath; });
    if (!reported) {
        plan.error = QCoreApplication::translate(
            "GravDesk::PageOperations", "%1 does not share its slug with another page; nothing to fix.")
                         .arg(page.relPath);
        return plan;
    }
    // A dated folder name (`2024-06-14-slug`) keeps its date.
    static const QRegularExpression dated(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}-)"));
    const QString current = slugPart(page.folderName);
    QString wanted = slug.isEmpty() ? titleSlug(node) : slug;
    if (slug.isEmpty()) {
        if (const auto m = dated.match(current); m.hasMatch() && !wanted.startsWith(m.captured(1)))
            wanted = m.captured(1) + wanted;
    }
    const QString free = freeSlug(page.parent, wanted, node);
    if (!slug.isEmpty() && free != slug) {
        plan.error = QCoreApplication::translate(
            "GravDesk::PageOperations", "The slug %1 is used by another page in the same section; for example %2 is free.")
                         .arg(slug, free);
        return plan;
    }
    const bool headerSlugs
        = std::any_of(page.variants.cbegin(), page.variants.cend(), [](const PageVariant &v) { return !v.slug.isEmpty(); });
    if (!headerSlugs)
        return renameFolder(node, prefixPart(page.folderName) + free, options);

    // The route comes from the header's `slug:`: that is what changes, in every language file that sets it.
    const QString folder = m_index.absolutePath(node);
    for (const PageVariant &v : page.variants) {
        if (v.slug.isEmpty())
            continue;
        const FileRead read = readRegularFile(m_index.filePath(node, v.fileName));
        if (!read.ok) {
            plan.error = read.error;
            return plan;
        }
        const QByteArray after = withHeaderSlug(read.bytes, free);
        if (after != read.bytes)
            plan.edits.append({m_index.filePath(node, v.fileName), read.bytes, after});
    }
    const QHash<QString, QString> oldRoutes = m_links->routesOf(node);
    QHash<QString, QString> newRoutes;
    for (auto it = oldRoutes.cbegin(); it != oldRoutes.cend(); ++it)
        newRoutes.insert(it.key(), it->section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + free);
    plan.moves.append({folder, folder, oldRoutes, newRoutes});
    addLinkEdits(plan, options);
    // A page file whose header and links both change is written once, with both.
    for (PageFileEdit &e : plan.edits) {
        for (qsizetype i = 0; i < plan.linkEdits.size(); ++i) {
            if (plan.linkEdits.at(i).path == e.path) {
                e.after = withHeaderSlug(plan.linkEdits.at(i).after, free);
                plan.linkEdits.removeAt(i);
                break;
            }
        }
    }
    plan.resultFolder = folder;
    plan.label = QCoreApplication::translate("GravDesk::PageOperations", "Fix the duplicate slug of %1").arg(page.relPath);
    plan.ok = true;
    return plan;
}

PageOperationPlan PageOperations::attach(int node, const QStringList &files) const
{
    PageOperationPlan plan;
    plan.kind = PageOperationPlan::Kind::Attach;
    plan.pagesDir = QDir::cleanPath(m_index.layout.pagesDir);
    if (node <= 0 || node >= m_index.size()) {
        plan.error = QCoreApplication::translate("GravDesk::PageOperations", "There is no such page.");
        return plan;
    }
    const QString folder = m_index.absolutePath(node);
    QStringList taken;
    for (const QString &file : files) {
        const FileRead check = checkRegularFile(file, std::numeric_limits<qint64>::max());
        if (!check.ok) {
            plan.refused.append(check.error);
            continue;
        }
        const QString shownName = QDir::toNativeSeparators(file);
        if (check.size > kMaxAttachBytes) {
            plan.refused.append(QCoreApplication::translate("GravDesk::PageOperations",
                "%1 is %2; files over 50 MB are not attached to pages (put them on a file server and "
                "link to them).")
                                    .arg(shownName, sizeText(check.size)));
            continue;
        }
        QString why;
        const QString safe = safeUploadName(QFileInfo(file).fileName(), &why);
        if (safe.isEmpty()) {
            plan.refused.append(why);
            continue;
        }
        if (check.size > kWarnAttachBytes)
            plan.warnings.append(QCoreApplication::translate("GravDesk::PageOperations",
                "%1 is %2: readers on mobile data will wait for it. Files over 5 MB are best made smaller.")
                                     .arg(shownName, sizeText(check.size)));
        const QString name = freeFileName(folder, safe, taken);
        taken.append(name);
        plan.attachments.append({file, folder + QLatin1Char('/') + name});
    }
    if (plan.attachments.isEmpty()) {
        plan.error = plan.refused.isEmpty() ? QCoreApplication::translate("GravDesk::PageOperations", "No file to attach.")
                                            : plan.refused.join(QLatin1Char(' '));
        return plan;
    }
    plan.resultFolder = folder;
    plan.label = QCoreApplication::translate("GravDesk::PageOperations", "Attach files to %1").arg(m_index.nodes[node].relPath);
    plan.ok = true;
    return plan;
}

QString safeUploadName(const QString &fileName, QString *why)
{
    // Grav 1.7 Utils::checkFilename() and security.uploads_dangerous_extensions (its defaults).
    static const QStringList dangerous {QStringLiteral("php"), QStringLiteral("php2"), QStringLiteral("php3"),
        QStringLiteral("php4"), QStringLiteral("php5"), QStringLiteral("phar"), QStringLiteral("phtml"), QStringLiteral("html"),
        QStringLiteral("htm"), QStringLiteral("shtml"), QStringLiteral("shtm"), QStringLiteral("js"), QStringLiteral("exe")};
    QString name = fileName;
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    name = name.mid(slash + 1).normalized(QString::NormalizationForm_C);
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('_');
    }
    while (name.contains(QLatin1String("..")))
        name.replace(QLatin1String(".."), QLatin1String("."));
    while (!name.isEmpty() && (name.front() == QLatin1Char('.') || name.front() == QLatin1Char(' ')))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == QLatin1Char('.') || name.back() == QLatin1Char(' ')))
        name.chop(1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 ? name.mid(dot + 1).toLower() : QString();
    const auto refuse = [&](const QString &text) {
        if (why)
            *why = text;
        return QString();
    };
    if (extension.isEmpty())
        return refuse(QCoreApplication::translate(
            "GravDesk::PageOperations", "%1 has no extension (such as .pdf or .docx): Grav does not accept it as a page's file.")
                          .arg(fileName));
    if (dangerous.contains(extension))
        return refuse(
            QCoreApplication::translate("GravDesk::PageOperations", "%1 is a .%2 file, which Grav refuses to take as an upload.")
                .arg(fileName, extension));
    if (extension == QLatin1String("md"))
        return refuse(QCoreApplication::translate(
            "GravDesk::PageOperations", "%1 would become a page file; attach Markdown files as .txt instead.")
                          .arg(fileName));
    return name;
}

QString freeFileName(const QString &folder, const QString &name, const QStringList &taken)
{
    const auto isFree = [&](const QString &n) {
        return !taken.contains(n) && !QFileInfo::exists(folder + QLatin1Char('/') + n)
            && !QFileInfo(folder + QLatin1Char('/') + n).isSymLink();
    };
    if (isFree(name))
        return name;
    // Grav's admin (avoid_overwriting) puts the time in front of a taken name.
    const QString stamped = Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMddHHmmss-")) + name;
    if (isFree(stamped))
        return stamped;
    const qsizetype dot = stamped.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? stamped.left(dot) : stamped, ext = dot > 0 ? stamped.mid(dot) : QString();
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n) + ext;
        if (isFree(candidate))
            return candidate;
    }
}

IoResult applyPageOperation(SiteWorkspace &workspace, const PageOperationPlan &plan)
{
    if (!plan.ok) {
        IoResult r;
        r.kind = IoResult::Error::Failed;
        r.error = plan.error.isEmpty()
            ? QCoreApplication::translate("GravDesk::PageOperations", "The page operation was not planned.")
            : plan.error;
        return r;
    }
    const auto failed = [](const QString &why) {
        IoResult r;
        r.kind = IoResult::Error::Failed;
        r.error = why;
        return r;
    };
    PageTrash trash(workspace.layout());
    auto tx = workspace.begin(plan.label);
    TrashEntry stored;
    if (plan.kind == PageOperationPlan::Kind::Delete) {
        QString error;
        if (!trash.store(plan.removeFolder, relTo(plan.pagesDir, plan.removeFolder), plan.pageTitle, stored, error))
            return failed(
                error + QLatin1Char(' ') + QCoreApplication::translate("GravDesk::PageOperations", "Nothing was deleted."));
        tx->remove(plan.removeFolder);
    }
    if (!plan.copyFrom.isEmpty()) {
        const QString staging = tx->stagingPath(plan.copyTo);
        QString error;
        if (!copyPageFolder(plan.copyFrom, staging, error))
            return failed(error);
        for (const PageFileEdit &e : plan.copyEdits) {
            const QString path = staging + e.path.mid(plan.copyTo.size());
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(e.after) != e.after.size() || !f.flush()
                || ::fsync(f.handle()) != 0)
                return failed(QCoreApplication::translate("GravDesk::PageOperations", "%1 cannot be written.")
                                  .arg(QDir::toNativeSeparators(path)));
        }
    }
    for (const auto &r : plan.renames)
        tx->rename(r.first, r.second);
    for (const PageLinkEdit &e : plan.linkEdits) {
        WriteOptions options;
        options.expectedCurrent = e.before;
        tx->put(e.path, e.after, options);
    }
    for (const PageFileEdit &e : plan.edits) {
        WriteOptions options;
        options.expectedCurrent = e.before;
        tx->put(e.path, e.after, options);
    }
    for (const auto &a : plan.attachments)
        tx->putFile(a.second, a.first);
    const IoResult result = tx->commit();
    if (plan.kind == PageOperationPlan::Kind::Delete && !result.ok && result.changed.isEmpty())
        trash.drop(stored.id);
    if (plan.kind == PageOperationPlan::Kind::Restore && result.ok)
        trash.drop(plan.trashId);
    return result;
}

} // namespace GravDesk
