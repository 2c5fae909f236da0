// The tree's search field, filters and sorting: the filter bar above the tree (PageFilterBar, as in the News view),
// the proxy between the tree and the model (PageTreeProxy), and the one way between tree rows and page nodes.
#include "mainwindow/mainwindow.h"
#include "pagetree/pagefilter.h"
#include "pagetree/pagetreemodel.h"
#include "pagetree/pagetreeproxy.h"
#include "search/sitesearchservice.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace GravDesk {

QWidget *MainWindow::buildTreeSearch(QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("pagesTab"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_treeFilter = new PageFilterBar(QStringLiteral("tree"), box);
    m_treeHits = std::make_unique<PageTextHits>();
    m_treeProxy = new PageTreeProxy(m_model, this);
    m_treeEmpty = new QLabel(tr("No pages match the search and filters."), box);
    m_treeEmpty->setObjectName(QStringLiteral("treeEmptyLabel"));
    m_treeEmpty->setAlignment(Qt::AlignCenter);
    m_treeEmpty->setEnabled(false);
    m_treeEmpty->setVisible(false);
    layout->addWidget(m_treeFilter);
    layout->addWidget(m_treeEmpty);

    connect(m_treeFilter, &PageFilterBar::criteriaChanged, this, &MainWindow::applyTreeFilter);
    connect(m_siteSearch, &SiteSearchService::updated, this, [this] {
        // New texts: the words in them are found from now on.
        m_treeHits->invalidate();
        if (!m_treeFilter->criteria().text.trimmed().isEmpty())
            applyTreeFilter();
    });
    connect(m_treeProxy, &PageTreeProxy::reorderRefused, this, [this] {
        statusBar()->showMessage(tr("Pages are reordered by dragging in the folder order without a search or filter: "
                                    "click the sorted column's header until the arrow goes, and clear the search."),
            15000);
    });
    // Enter in the field opens the first page found (or the current one); Down goes into the tree.
    QLineEdit *field = m_treeFilter->searchField();
    connect(field, &QLineEdit::returnPressed, this, [this] {
        m_treeFilter->flush();
        QModelIndex current = m_tree->currentIndex();
        if (!current.isValid())
            current = firstMatchInTree(QModelIndex());
        if (current.isValid()) {
            m_tree->setCurrentIndex(current);
            m_tree->setFocus(Qt::TabFocusReason);
        }
    });

    QAction *find = new QAction(tr("Find &Page"), this);
    find->setObjectName(QStringLiteral("findPageAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this, box, field] {
        if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("leftTabWidget")))
            tabs->setCurrentWidget(box);
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    addAction(find);
    m_findPageAction = find;
    return box;
}

void MainWindow::setUpTreeSorting()
{
    QHeaderView *header = m_tree->header();
    // Folder order (Grav's) by default; a click sorts by a column, a second reverses, a third goes back.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSortIndicatorClearable(true);
    m_tree->setSortingEnabled(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        QAction *folder = menu.addAction(tr("Folder Order"), this, [this] { setTreeSort(-1, Qt::AscendingOrder); });
        folder->setCheckable(true);
        folder->setChecked(m_treeProxy->sortColumn() < 0);
        menu.exec(header->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::setTreeSort(int column, Qt::SortOrder order)
{
    m_tree->header()->setSortIndicator(column, order); // the view sorts the proxy
}

QModelIndex MainWindow::firstMatchInTree(const QModelIndex &parent) const
{
    // Depth first: the first page that matches itself (an ancestor shown only for its children does not count).
    for (int r = 0; r < m_treeProxy->rowCount(parent); ++r) {
        const QModelIndex i = m_treeProxy->index(r, 0, parent);
        if (!m_treeProxy->isFiltering() || m_treeProxy->matches(nodeAtTreeIndex(i)))
            return i;
        if (const QModelIndex inner = firstMatchInTree(i); inner.isValid())
            return inner;
    }
    return {};
}

void MainWindow::applyTreeFilter()
{
    const PageFilterCriteria c = m_treeFilter->criteria();
    const bool wasFiltering = m_treeProxy->isFiltering();
    m_treeHits->update(m_siteSearch, c.text);
    m_treeProxy->setCriteria(c, m_treeHits.get());
    if (m_treeProxy->isFiltering()) {
        m_tree->expandAll(); // the matches with their ancestors
    } else if (wasFiltering) {
        for (int r = 0; r < m_treeProxy->rowCount(); ++r)
            m_tree->expand(m_treeProxy->index(r, 0));
    }
    // The open page's row again, when the filter shows it (a page hidden and shown again is not reopened).
    if (m_docNode > 0 && !m_tree->currentIndex().isValid()) {
        if (const QModelIndex mi = treeIndexForNode(m_docNode); mi.isValid()) {
            m_revertingSelection = true;
            m_tree->setCurrentIndex(mi);
            m_revertingSelection = false;
        }
    }
    const int total = std::max(0, m_model->nodeCount() - 1);
    m_treeFilter->setCountText(m_treeProxy->isFiltering() ? tr("%1 of %2").arg(m_treeProxy->matchCount()).arg(total) : QString());
    m_treeEmpty->setVisible(m_treeProxy->isFiltering() && m_treeProxy->rowCount() == 0);
}

void MainWindow::rebuildTreeFilterChoices()
{
    const auto index = m_model->index();
    m_treeFilter->setLanguages(index ? index->config.languages() : QStringList());
    QStringList values;
    for (auto it = m_taxonomyValues.cbegin(); it != m_taxonomyValues.cend(); ++it)
        for (const QString &v : it.value())
            values << it.key() + QLatin1Char(':') + v;
    values.sort(Qt::CaseInsensitive);
    m_treeFilter->setTaxonomyValues(values);
}

QModelIndex MainWindow::treeIndexForNode(int node, int column) const
{
    return m_treeProxy->mapFromSource(m_model->indexForNode(node, column));
}

int MainWindow::nodeAtTreeIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    return m_model->nodeIndex(index.model() == m_treeProxy ? m_treeProxy->mapToSource(index) : index);
}

bool MainWindow::showTreeNode(int node)
{
    QModelIndex mi = treeIndexForNode(node);
    if (!mi.isValid() && m_model->node(node) && m_treeProxy->isFiltering()) {
        // Asked for from elsewhere (News, Problems, a tab): the filter that hides it goes, and the status bar says so.
        m_treeFilter->clearAll();
        statusBar()->showMessage(tr("The tree's search and filters were cleared to show the page."), 8000);
        mi = treeIndexForNode(node);
    }
    if (!mi.isValid())
        return false;
    m_tree->scrollTo(mi);
    m_tree->setCurrentIndex(mi);
    return true;
}

} // namespace GravDesk
