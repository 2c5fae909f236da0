#include "newsview.h"

#include "common/uitext.h"
#include "pagetree/pagetreemodel.h"
#include "text/searchfold.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace GravDesk {
namespace {

const QDate kAnyDate(2000, 1, 1); ///< the date edits' "any" value (their minimum)

} // namespace

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
                    r.title = v.title.isEmpty() ? node.folderSlug : v.title;
                    r.folder = node.folderName;
                    r.date = v.date;
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
}

void NewsFilter::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_foldedText = SearchFold::folded(settings.text.trimmed());
    invalidateFilter();
}

bool NewsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const NewsModel::Row &r = m_model->row(sourceRow);
    const Settings &s = m_settings;
    if (!m_foldedText.isEmpty() && !r.haystack.contains(m_foldedText))
        return false;
    if (!s.language.isEmpty() && r.language != s.language)
        return false;
    if (!s.missingLanguage.isEmpty() && r.languagesPresent.contains(s.missingLanguage))
        return false;
    if (s.state >= 0 && int(r.state) != s.state)
        return false;
    if (s.from.isValid() && r.date.date() < s.from)
        return false;
    if (s.to.isValid() && r.date.date() > s.to)
        return false;
    if (!s.taxonomy.isEmpty() && !r.taxonomy.contains(s.taxonomy))
        return false;
    if (s.problemsOnly && !r.hasProblems)
        return false;
    return true;
}

bool NewsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const NewsModel::Row &a = m_model->row(left.row());
    const NewsModel::Row &b = m_model->row(right.row());
    switch (left.column()) {
    case NewsModel::DateColumn: return a.date < b.date;
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
    , m_search(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_taxonomy(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_problems(new QCheckBox(tr("With problems"), this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("newsView"));
    m_search->setObjectName(QStringLiteral("newsSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search titles, slugs and folders (any case, ё = е)"));
    m_search->setClearButtonEnabled(true);
    m_language->setObjectName(QStringLiteral("newsLanguageComboBox"));
    m_state->setObjectName(QStringLiteral("newsStateComboBox"));
    m_state->addItem(tr("Any state"), -1);
    m_state->addItem(PageTreeModel::stateText(PublishState::Published), int(PublishState::Published));
    m_state->addItem(PageTreeModel::stateText(PublishState::Draft), int(PublishState::Draft));
    m_state->addItem(PageTreeModel::stateText(PublishState::Scheduled), int(PublishState::Scheduled));
    m_state->addItem(PageTreeModel::stateText(PublishState::Expired), int(PublishState::Expired));
    m_taxonomy->setObjectName(QStringLiteral("newsTaxonomyComboBox"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kAnyDate);
    }
    m_from->setObjectName(QStringLiteral("newsFromDateEdit"));
    m_to->setObjectName(QStringLiteral("newsToDateEdit"));
    m_problems->setObjectName(QStringLiteral("newsProblemsCheckBox"));
    m_count->setObjectName(QStringLiteral("newsCountLabel"));

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
    layout->addWidget(m_search);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_language, 1);
    row1->addWidget(m_state, 1);
    row1->addWidget(m_taxonomy, 1);
    layout->addLayout(row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(new QLabel(tr("From"), this));
    row2->addWidget(m_from);
    row2->addWidget(new QLabel(tr("to"), this));
    row2->addWidget(m_to);
    row2->addWidget(m_problems);
    row2->addStretch(1);
    row2->addWidget(m_count);
    layout->addLayout(row2);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &NewsView::applyFilters);
    for (QComboBox *c : {m_language, m_state, m_taxonomy})
        connect(c, &QComboBox::currentIndexChanged, this, &NewsView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &NewsView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &NewsView::applyFilters);
    connect(m_problems, &QCheckBox::toggled, this, &NewsView::applyFilters);
    // From the search field: Down goes into the list, Enter opens the first (or current) item.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
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

bool NewsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
        && m_filter->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_filter->index(0, 0));
        return true;
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
    const QString language = m_language->currentData().toString();
    const QString taxonomy = m_taxonomy->currentData().toString();
    const QSignalBlocker b1(m_language), b2(m_taxonomy);
    m_language->clear();
    m_language->addItem(tr("Any language"), QString());
    const QStringList languages = m_index ? m_index->config.languages() : QStringList();
    for (const QString &l : languages)
        m_language->addItem(languageName(l), l);
    for (const QString &l : languages)
        m_language->addItem(tr("Without %1").arg(languageName(l)), QString(QStringLiteral("!") + l));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_taxonomy->clear();
    m_taxonomy->addItem(tr("Any category or tag"), QString());
    for (const QString &t : m_model->taxonomyValues())
        m_taxonomy->addItem(t, t);
    m_taxonomy->setCurrentIndex(std::max(0, m_taxonomy->findData(taxonomy)));
}

void NewsView::applyFilters()
{
    NewsFilter::Settings s;
    s.text = m_search->text();
    const QString language = m_language->currentData().toString();
    if (language.startsWith(QLatin1Char('!')))
        s.missingLanguage = language.mid(1);
    else
        s.language = language;
    s.state = m_state->currentData().toInt();
    s.from = m_from->date() == kAnyDate ? QDate() : m_from->date();
    s.to = m_to->date() == kAnyDate ? QDate() : m_to->date();
    s.taxonomy = m_taxonomy->currentData().toString();
    s.problemsOnly = m_problems->isChecked();
    m_filter->setSettings(s);
    m_filter->sort(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
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
