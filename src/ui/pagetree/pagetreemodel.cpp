#include "pagetreemodel.h"

#include "vcs/gitbadges.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QPalette>
#include <QStyle>

namespace GravDesk {

PageTreeModel::PageTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    clear();
}

void PageTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_children.clear();
    m_row.clear();
    m_index.reset();
    m_nodes.append(PageNode {});
    m_children.append(QVector<int>());
    m_row.append(0);
    endResetModel();
}

void PageTreeModel::beginSite(const SiteConfig &config)
{
    clear();
    m_config = config;
    m_fallbacks.clear();
    if (m_language.isEmpty() || !config.languages().contains(m_language))
        m_language = config.defaultLanguage();
}

void PageTreeModel::appendNodes(int first, const QVector<PageNode> &nodes)
{
    if (first > m_nodes.size())
        return; // a gap (should not happen): the finished index fills it in
    int i = static_cast<int>(m_nodes.size()) - first; // skip what we already have
    if (first == 0 && i == 1 && !nodes.isEmpty()) {
        m_nodes[0] = nodes[0];
        m_nodes[0].children.clear();
    }
    // Insert runs of siblings with one beginInsertRows each: a news section arrives as one long run.
    while (i < nodes.size()) {
        const int parent = nodes[i].parent >= 0 && nodes[i].parent < m_nodes.size() ? nodes[i].parent : 0;
        int end = i + 1;
        while (end < nodes.size() && nodes[end].parent == parent)
            ++end;
        const int firstRow = static_cast<int>(m_children[parent].size());
        beginInsertRows(parent == 0 ? QModelIndex() : indexForNode(parent), firstRow, firstRow + (end - i) - 1);
        for (int k = i; k < end; ++k) {
            const int idx = first + k;
            PageNode n = nodes[k];
            n.children.clear();
            n.parent = parent;
            m_nodes.append(n);
            m_children.append(QVector<int>());
            m_row.append(static_cast<int>(m_children[parent].size()));
            m_children[parent].append(idx);
            m_nodes[parent].children.append(idx);
        }
        endInsertRows();
        i = end;
    }
}

void PageTreeModel::setIndex(std::shared_ptr<const PageIndex> newIndex)
{
    m_index = std::move(newIndex);
    if (!m_index)
        return;
    m_config = m_index->config;
    m_fallbacks.clear();
    if (m_index->size() != m_nodes.size()) {
        beginResetModel();
        m_nodes = m_index->nodes;
        m_children = QVector<QVector<int>>(m_nodes.size());
        m_row = QVector<int>(m_nodes.size(), 0);
        for (int i = 0; i < m_nodes.size(); ++i) {
            m_children[i] = m_nodes[i].children;
            for (int r = 0; r < m_children[i].size(); ++r)
                m_row[m_children[i][r]] = r;
        }
        endResetModel();
        return;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_nodes[i].hasError = m_index->nodes[i].hasError;
        m_nodes[i].hasWarning = m_index->nodes[i].hasWarning;
        m_nodes[i].variants = m_index->nodes[i].variants;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!m_children[i].isEmpty()) {
            const QModelIndex parent = i == 0 ? QModelIndex() : indexForNode(i);
            Q_EMIT dataChanged(index(0, 0, parent), index(static_cast<int>(m_children[i].size()) - 1, ColumnCount - 1, parent));
        }
    }
}

void PageTreeModel::replaceIndex(std::shared_ptr<const PageIndex> newIndex)
{
    if (!newIndex)
        return;
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QStringList paths;
    paths.reserve(before.size());
    for (const QModelIndex &i : before) {
        const int n = nodeIndex(i);
        paths.append(n > 0 && n < m_nodes.size() ? m_nodes[n].relPath : QString());
    }
    m_index = std::move(newIndex);
    m_config = m_index->config;
    m_fallbacks.clear();
    m_nodes = m_index->nodes;
    m_children = QVector<QVector<int>>(m_nodes.size());
    m_row = QVector<int>(m_nodes.size(), 0);
    QHash<QString, int> byPath;
    byPath.reserve(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_children[i] = m_nodes[i].children;
        for (int r = 0; r < m_children[i].size(); ++r)
            m_row[m_children[i][r]] = r;
        byPath.insert(m_nodes[i].relPath, i);
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int n = paths.at(k).isEmpty() ? -1 : byPath.value(paths.at(k), -1);
        after.append(n > 0 ? indexForNode(n, before.at(k).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

void PageTreeModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!m_children[i].isEmpty()) {
            const QModelIndex parent = i == 0 ? QModelIndex() : indexForNode(i);
            Q_EMIT dataChanged(index(0, 0, parent), index(static_cast<int>(m_children[i].size()) - 1, ColumnCount - 1, parent));
        }
    }
}

const PageNode *PageTreeModel::node(int nodeIndex) const
{
    return nodeIndex >= 0 && nodeIndex < m_nodes.size() ? &m_nodes[nodeIndex] : nullptr;
}

int PageTreeModel::nodeIndex(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : 0;
}

QModelIndex PageTreeModel::indexForNode(int nodeIndex, int column) const
{
    if (nodeIndex <= 0 || nodeIndex >= m_nodes.size())
        return {};
    return createIndex(m_row[nodeIndex], column, static_cast<quintptr>(nodeIndex));
}

const PageVariant *PageTreeModel::variantFor(int nodeIndex, const QString &language, bool *fallback) const
{
    const PageNode *n = node(nodeIndex);
    if (!n)
        return nullptr;
    auto it = m_fallbacks.constFind(language);
    if (it == m_fallbacks.cend())
        it = m_fallbacks.insert(language, m_config.fallbackLanguages(language));
    return n->variantFor(*it, fallback);
}

QModelIndex PageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const int p = nodeIndex(parent);
    if (p < 0 || p >= m_children.size() || row >= m_children[p].size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(m_children[p][row]));
}

QModelIndex PageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int n = nodeIndex(child);
    const int p = m_nodes[n].parent;
    if (p <= 0)
        return {};
    return createIndex(m_row[p], 0, static_cast<quintptr>(p));
}

int PageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = nodeIndex(parent);
    return p >= 0 && p < m_children.size() ? static_cast<int>(m_children[p].size()) : 0;
}

int PageTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString PageTreeModel::stateText(PublishState s)
{
    switch (s) {
    case PublishState::Published: return tr("Published");
    case PublishState::Draft: return tr("Draft");
    case PublishState::Scheduled: return tr("Scheduled");
    case PublishState::Expired: return tr("Expired");
    }
    return {};
}

QString PageTreeModel::tooltip(int n) const
{
    const PageNode &node = m_nodes[n];
    QStringList lines;
    lines << tr("Folder: %1").arg(node.relPath);
    if (node.isPlaceholder())
        lines << tr("No page file: Grav shows this folder as an empty, non-routable placeholder.");
    if (m_index)
        lines << tr("URL: %1").arg(m_index->route(n, m_language));
    if (const auto it = m_gitStates.constFind(node.relPath); it != m_gitStates.cend())
        lines << tr("Publishing: %1").arg(pageGitStateText(*it));
    if (m_queued.contains(node.relPath))
        lines << tr("Publish queued: it is sent when the server can be reached.");
    for (const PageVariant &v : node.variants)
        lines << QStringLiteral("%1 — %2").arg(v.fileName, v.title.isEmpty() ? tr("(no title)") : v.title);
    if (m_index) {
        for (const SiteProblem &p : m_index->problems) {
            if (p.path == node.relPath || p.path.section(QLatin1Char('/'), 0, -2) == node.relPath)
                lines << QStringLiteral("⚠ %1").arg(p.text());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant PageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int n = nodeIndex(index);
    if (n <= 0 || n >= m_nodes.size())
        return {};
    const PageNode &node = m_nodes[n];
    bool fallback = false;
    const PageVariant *v = variantFor(n, m_language, &fallback);
    switch (role) {
    case NodeIndexRole: return n;
    case RelPathRole: return node.relPath;
    case HasErrorRole: return node.hasError;
    case PlaceholderRole: return node.isPlaceholder();
    case GitStateRole: {
        const auto it = m_gitStates.constFind(node.relPath);
        return it == m_gitStates.cend() ? QVariant() : QVariant(int(*it));
    }
    case Qt::ToolTipRole: return tooltip(n);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            if (!v)
                return node.folderName;
            QString title = v->title.isEmpty() ? node.folderSlug : v->title;
            if (fallback)
                title += QStringLiteral("  [%1]").arg(v->language.isEmpty() ? tr("no language") : v->language);
            return title;
        }
        case LanguagesColumn: {
            QStringList langs;
            for (const PageVariant &pv : node.variants)
                langs << (pv.language.isEmpty() ? QStringLiteral("·") : pv.language);
            return langs.join(QLatin1Char(' '));
        }
        case DateColumn:
            if (!v)
                return {};
            return v->date.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case StateColumn: return v ? stateText(v->publishState) : tr("Folder");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            if (m_queued.contains(node.relPath))
                return queuedBadgeIcon();
            const auto it = m_gitStates.constFind(node.relPath);
            return it == m_gitStates.cend() ? QVariant() : QVariant(gitStateIcon(*it));
        }
        if (index.column() != TitleColumn)
            return {};
        if (node.hasError)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (node.hasWarning)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QApplication::style()->standardIcon(
            node.isPlaceholder() || !node.children.isEmpty() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    case Qt::FontRole: {
        QFont f;
        if (node.isPlaceholder() || fallback || (v && v->dateFromFile && index.column() == DateColumn))
            f.setItalic(true);
        return f;
    }
    case Qt::ForegroundRole:
        if (node.isPlaceholder() || (v && !v->isPublished()) || fallback)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    default: break;
    }
    return {};
}

QVariant PageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case LanguagesColumn: return tr("Languages");
    case DateColumn: return tr("Date");
    case StateColumn: return tr("State");
    }
    return {};
}

void PageTreeModel::setQueuedPages(const QSet<QString> &folders)
{
    if (folders == m_queued)
        return;
    m_queued = folders;
    badgesChanged();
}

void PageTreeModel::setGitStates(const QHash<QString, PageGitState> &states)
{
    if (states == m_gitStates)
        return;
    m_gitStates = states;
    badgesChanged();
}

void PageTreeModel::badgesChanged()
{
    // Every row under every parent (the badges may change anywhere in the tree).
    for (int parent = 0; parent < m_children.size(); ++parent) {
        const int rows = int(m_children[parent].size());
        if (rows == 0)
            continue;
        const QModelIndex p = parent == 0 ? QModelIndex() : indexForNode(parent);
        if (parent != 0 && !p.isValid())
            continue;
        Q_EMIT dataChanged(
            index(0, 0, p), index(rows - 1, ColumnCount - 1, p), {Qt::DecorationRole, Qt::ToolTipRole, GitStateRole});
    }
}

Qt::ItemFlags PageTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // the pages folder itself: a page dropped there goes to the top level
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

Qt::DropActions PageTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PageTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QString PageTreeModel::pagesMimeType()
{
    return QStringLiteral("application/x-gravdesk-pages");
}

QStringList PageTreeModel::mimeTypes() const
{
    return {pagesMimeType()};
}

QMimeData *PageTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList paths;
    for (const QModelIndex &i : indexes) {
        const int n = nodeIndex(i);
        if (n > 0 && n < m_nodes.size() && !paths.contains(m_nodes[n].relPath))
            paths.append(m_nodes[n].relPath);
    }
    if (paths.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(pagesMimeType(), paths.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QStringList PageTreeModel::droppedPages(const QMimeData *data) const
{
    if (!data || !data->hasFormat(pagesMimeType()) || !m_index)
        return {};
    QStringList out;
    for (const QString &p : QString::fromUtf8(data->data(pagesMimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (m_index->findByRelPath(p) > 0)
            out.append(p);
    return out;
}

bool PageTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action != Qt::MoveAction)
        return false;
    const QStringList pages = droppedPages(data);
    if (pages.isEmpty())
        return false;
    // Never into itself or a page inside it.
    const int target = nodeIndex(parent);
    const QString targetPath = target > 0 && target < m_nodes.size() ? m_nodes[target].relPath : QString();
    for (const QString &p : pages)
        if (targetPath == p || targetPath.startsWith(p + QLatin1Char('/')))
            return false;
    return true;
}

bool PageTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = nodeIndex(parent);
    const QString targetPath = target > 0 && target < m_nodes.size() ? m_nodes[target].relPath : QString();
    // Reported after the drag is over: the window asks in a dialog of its own.
    const QStringList pages = droppedPages(data);
    QMetaObject::invokeMethod(
        this, [this, pages, targetPath, row] { Q_EMIT pagesDropped(pages, targetPath, row); }, Qt::QueuedConnection);
    // Nothing moved here: the view must not remove the dragged rows.
    return false;
}

} // namespace GravDesk
