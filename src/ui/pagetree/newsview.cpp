#include "newsview.h"

#include "pagetree/pagetreemodel.h"
#include "search/sitesearchservice.h"
#include "text/searchfold.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace GravDesk {

NewsModel::NewsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void NewsModel::setIndex(const std::shared_ptr<const PageIndex> &index)
{
    beginResetModel();
    m_rows.clear();
    if (index) {
        // The blog sections: pages using the `blog` template in any language (Grav's news lists).
        QVector<int> sections;
        for (int n = 1; n < index->size(); ++n) {
            for (const PageVariant &v : index->nodes[n].variants)
                if (index->templateName(n, v.language) == QLatin1String("blog")) {
                    sections.append(n);
                    break;
                }
        }
        for (const int s : std::as_const(sections)) {
            for (const int child : index->nodes[s].children) {
                const PageNode &node = index->nodes[child];
                QStringList present;
                for (const PageVariant &v : node.variants)
                    present << v.language;
                for (const PageVariant &v : node.variants) {
                    Row r;
                    r.relPath = node.relPath;
                    r.language = v.language;
                    r.languages = QStringList {v.language};
                    r.filePath = node.relPath + QLatin1Char('/') + v.fileName;
                    r.title = v.title.isEmpty() ? node.folderSlug : v.title;
                    r.folder = node.folderName;
                    r.date = v.date;
                    r.dateMs = v.date.isValid() ? v.date.toMSecsSinceEpoch() : 0;
                    r.state = v.publishState;
                    for (auto it = v.taxonomy.cbegin(); it != v.taxonomy.cend(); ++it)
                        for (const QString &value : it.value())
                            r.taxonomy << it.key() + QLatin1Char(':') + value;
                    r.languagesPresent = present;
                    r.hasProblems = node.hasError || node.hasWarning;
                    r.haystack = SearchFold::folded(r.title + QLatin1Char('\n') + v.slug + QLatin1Char('\n') + node.folderName);
                    m_rows.append(std::move(r));
                }
            }
        }
    }
    endResetModel();
}

QStringList NewsModel::taxonomyValues() const
{
    QStringList out;
    for (const Row &r : m_rows)
        for (const QString &t : r.taxonomy)
            if (!out.contains(t))
                out << t;
    out.sort(Qt::CaseInsensitive);
    return out;
}

int NewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn: return r.title;
        case LanguageColumn: return r.language;
        case DateColumn: return r.date.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case StateColumn: return PageTreeModel::stateText(r.state);
        case FolderColumn: return r.folder;
        }
    } else if (role == Qt::ToolTipRole) {
        return r.relPath;
    }
    return {};
}

QVariant NewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case LanguageColumn: return tr("Language");
    case DateColumn: return tr("Date");
    case StateColumn: return tr("State");
    case FolderColumn: return tr("Folder");
    }
    return {};
}

NewsFilter::NewsFilter(NewsModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setDynamicSortFilter(false);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_positionsOf = nullptr; });
}

void NewsFilter::setSettings(const Settings &settings, const PageTextHits *hits)
{
    m_matcher.setCriteria(settings);
    m_dated = settings.from.isValid() || settings.to.isValid();
    m_hits = hits;
    // Each row's file position in the texts' snapshot, looked up once per snapshot (not per keystroke).
    if (hits && (hits != m_positionsOf || hits->snapshotId() != m_positionsSnapshot)) {
        m_positionsOf = hits;
        m_positionsSnapshot = hits->snapshotId();
        const QVector<NewsModel::Row> &rows = m_model->rows();
        m_filePositions.resize(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            m_filePositions[i] = hits->filePosition(rows[i].filePath);
    }
    invalidateFilter();
}

bool NewsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const NewsModel::Row &r = m_model->row(sourceRow);
    PageFilterSubject s;
    s.haystack = &r.haystack;
    s.textInFile = m_hits && !m_matcher.foldedText().isEmpty()
        && (m_positionsOf == m_hits && sourceRow < m_filePositions.size() ? m_hits->hasFileAt(m_filePositions[sourceRow])
                                                                          : m_hits->hasFile(r.filePath));
    s.languages = &r.languages;
    s.languagesPresent = &r.languagesPresent;
    if (m_dated) // a copy per row only when a date range asks for it
        s.date = r.date;
    s.state = int(r.state);
    s.taxonomy = &r.taxonomy;
    s.hasProblems = r.hasProblems;
    return m_matcher.matches(s);
}

bool NewsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const NewsModel::Row &a = m_model->row(left.row());
    const NewsModel::Row &b = m_model->row(right.row());
    switch (left.column()) {
    case NewsModel::DateColumn: return a.dateMs < b.dateMs;
    case NewsModel::StateColumn: return int(a.state) < int(b.state);
    case NewsModel::LanguageColumn: return a.language < b.language;
    case NewsModel::FolderColumn: return a.folder < b.folder;
    default: return QString::localeAwareCompare(a.title, b.title) < 0;
    }
}

NewsView::NewsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new NewsModel(this))
    , m_filter(new NewsFilter(m_model, this))
    , m_view(new QTreeView(this))
    , m_bar(new PageFilterBar(QStringLiteral("news"), this))
{
    setObjectName(QStringLiteral("newsView"));
    m_view->setObjectName(QStringLiteral("newsTreeView"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NewsModel::DateColumn, Qt::DescendingOrder); // newest first
    m_view->header()->setSectionResizeMode(NewsModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int c : {int(NewsModel::LanguageColumn), int(NewsModel::DateColumn), int(NewsModel::StateColumn)})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);

    connect(m_bar, &PageFilterBar::criteriaChanged, this, &NewsView::applyFilters);
    // From the search field: Down goes into the list, Enter opens the first (or current) item.
    QLineEdit *search = m_bar->searchField();
    search->installEventFilter(this);
    connect(search, &QLineEdit::returnPressed, this, [this] {
        m_bar->flush();
        QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            current = m_filter->index(0, 0);
        if (current.isValid())
            Q_EMIT m_view->activated(current);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const NewsModel::Row &r = m_model->row(m_filter->mapToSource(index).row());
        Q_EMIT openRequested(r.relPath, r.language);
    });
}

void NewsView::setSiteSearch(SiteSearchService *search)
{
    m_search = search;
    // New texts (a page changed on disk, the first reading done): the words in them are found from now on.
    connect(search, &SiteSearchService::updated, this, [this] {
        m_hits.invalidate();
        if (m_bar->criteria().text.trimmed().isEmpty())
            return;
        if (isVisible())
            applyFilters();
        else
            m_refilter = true;
    });
}

bool NewsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_bar->searchField() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_bar->flush(); // the list as typed so far
        if (m_filter->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_filter->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NewsView::setIndex(const std::shared_ptr<const PageIndex> &index)
{
    m_index = index;
    // Every index update (a save, a pull) would rebuild tens of thousands of rows on the GUI thread; a hidden
    // view waits until it is shown.
    m_stale = !isVisible();
    if (!m_stale)
        rebuild();
}

void NewsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
    else if (m_refilter)
        applyFilters();
}

void NewsView::rebuild()
{
    m_stale = false;
    m_model->setIndex(m_index);
    rebuildChoices();
    applyFilters();
}

void NewsView::rebuildChoices()
{
    m_bar->setLanguages(m_index ? m_index->config.languages() : QStringList());
    m_bar->setTaxonomyValues(m_model->taxonomyValues());
}

void NewsView::applyFilters()
{
    m_refilter = false;
    const NewsFilter::Settings s = m_bar->criteria();
    m_hits.update(m_search, s.text);
    m_filter->setSettings(s, &m_hits);
    m_filter->sort(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    m_bar->setCountText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

QList<QPair<QString, QString>> NewsView::selectedPages() const
{
    QList<QPair<QString, QString>> out;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        const NewsModel::Row &r = m_model->row(m_filter->mapToSource(i).row());
        out.append({r.relPath, r.language});
    }
    return out;
}

} // namespace GravDesk
