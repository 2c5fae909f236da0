#include "search/findinsitedock.h"

#include "search/sitesearchservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

namespace GravDesk {
namespace {

constexpr int kMatchRole = Qt::UserRole + 1; ///< a match item: its position in m_matches
constexpr int kFileRole = Qt::UserRole + 2; ///< a page item: "folder/file.md"
constexpr int kContextChars = 60; ///< characters kept before a match in its line

// A match's line: "12:" in grey, then the line's text around the match with the match highlighted.
class MatchDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    const QVector<SearchMatch> *matches = nullptr;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant which = index.data(kMatchRole);
        if (!which.isValid() || !matches || which.toInt() >= matches->size()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const SearchMatch &m = matches->at(which.toInt());
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);

        const QString &line = m.lineText;
        const int start = std::clamp(m.column - 1, 0, int(line.size()));
        const int length = std::clamp(m.length, 0, int(line.size()) - start);
        int from = 0;
        while (from < start && line[from].isSpace())
            ++from;
        QString before = line.mid(from, start - from);
        if (before.size() > kContextChars)
            before = QStringLiteral("…") + before.right(kContextChars);
        const QString hit = line.mid(start, length);
        const QString after = line.mid(start + length);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.6f);
        painter->save();
        painter->setClipRect(r);
        const QFontMetrics fm(opt.font);
        const int y = r.top() + (r.height() - fm.height()) / 2 + fm.ascent();
        int x = r.left();
        const QString where = m.field == SearchField::Folder ? QString() : QString::number(m.line) + QLatin1Char(':');
        painter->setPen(dim);
        painter->drawText(x, y, where);
        x += fm.horizontalAdvance(where) + fm.horizontalAdvance(QLatin1Char(' '));
        painter->setPen(text);
        painter->drawText(x, y, before);
        x += fm.horizontalAdvance(before);
        QFont bold = opt.font;
        bold.setBold(true);
        const QFontMetrics bm(bold);
        const QRect hitRect(x, r.top() + 1, bm.horizontalAdvance(hit), r.height() - 2);
        painter->fillRect(hitRect, selected ? pal.color(QPalette::Highlight).lighter(140) : QColor(0xff, 0xe0, 0x82));
        painter->setFont(bold);
        painter->setPen(selected ? pal.color(QPalette::Text) : text);
        painter->drawText(x, y, hit);
        x += hitRect.width();
        painter->setFont(opt.font);
        painter->setPen(text);
        painter->drawText(x, y, fm.elidedText(after, Qt::ElideRight, std::max(0, r.right() - x)));
        painter->restore();
    }
};

} // namespace

FindInSiteDock::FindInSiteDock(SiteSearchService *service, QWidget *parent)
    : QDockWidget(tr("Find in Site"), parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("findInSiteDockWidget"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    auto *body = new QWidget(this);
    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(6, 4, 6, 4);

    m_find = new QLineEdit(body);
    m_find->setObjectName(QStringLiteral("findInSiteLineEdit"));
    m_find->setPlaceholderText(tr("Find in every page: title, slug and text"));
    m_find->setClearButtonEnabled(true);
    m_regex = new QCheckBox(tr("Regular e&xpression"), body);
    m_regex->setObjectName(QStringLiteral("findInSiteRegexCheckBox"));
    m_regex->setToolTip(tr("Search with a regular expression (Perl syntax). In the replacement, \\1 … \\9 or $1 … $9 "
                           "stand for the groups and \\0 or $0 for the whole match, as in the page's find bar."));
    m_replace = new QLineEdit(body);
    m_replace->setObjectName(QStringLiteral("replaceInSiteLineEdit"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setClearButtonEnabled(true);
    m_replaceButton = new QPushButton(tr("&Replace Ticked"), body);
    m_replaceButton->setObjectName(QStringLiteral("replaceInSiteButton"));
    m_replaceButton->setToolTip(tr("Replace every ticked match, in one change of the site that Edit ▸ Undo Replace in Site "
                                   "takes back until the next save"));
    m_replaceButton->setEnabled(false);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("findInSiteSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_note = new QLabel(body);
    m_note->setObjectName(QStringLiteral("findInSiteNoteLabel"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_tree = new QTreeWidget(body);
    m_tree->setObjectName(QStringLiteral("findInSiteResultsTreeWidget"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *delegate = new MatchDelegate(m_tree);
    delegate->matches = &m_matches;
    m_tree->setItemDelegate(delegate);

    grid->addWidget(m_find, 0, 0);
    grid->addWidget(m_regex, 0, 1);
    grid->addWidget(m_summary, 0, 2);
    grid->addWidget(m_replace, 1, 0);
    grid->addWidget(m_replaceButton, 1, 1);
    grid->addWidget(m_note, 1, 2);
    grid->addWidget(m_tree, 2, 0, 1, 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    setWidget(body);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &FindInSiteDock::runSearch);
    connect(m_find, &QLineEdit::textChanged, this, &FindInSiteDock::patternEdited);
    connect(m_find, &QLineEdit::returnPressed, this, &FindInSiteDock::runSearch);
    connect(m_regex, &QCheckBox::toggled, this, &FindInSiteDock::runSearch);
    connect(m_replace, &QLineEdit::returnPressed, m_replaceButton, &QPushButton::click);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindInSiteDock::replaceRequested);
    connect(m_tree, &QTreeWidget::itemChanged, this, &FindInSiteDock::onItemChanged);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindInSiteDock::activate);
    // New texts are in (a save, a replace, another program): the results follow.
    connect(m_service, &SiteSearchService::updated, this, [this] {
        if (m_pattern.isValid() && isVisible())
            runSearch();
    });
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    m_tree->installEventFilter(this);
    updateSummary();
}

FindInSiteDock::~FindInSiteDock() = default;

void FindInSiteDock::openFind()
{
    show();
    raise();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

QString FindInSiteDock::replacementText() const
{
    return m_replace->text();
}

void FindInSiteDock::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void FindInSiteDock::patternEdited()
{
    m_debounce->start();
}

bool FindInSiteDock::isUnticked(const SearchMatch &m) const
{
    const auto it = m_unticked.constFind(m.folder + QLatin1Char('/') + m.file);
    return it != m_unticked.cend() && it->contains(m.byteStart);
}

void FindInSiteDock::followReplace(const QString &relFile, const QVector<QPair<qsizetype, qsizetype>> &shifts)
{
    auto it = m_unticked.find(relFile);
    if (it == m_unticked.end())
        return;
    QSet<qsizetype> moved;
    for (const qsizetype at : std::as_const(*it)) {
        qsizetype delta = 0;
        for (const auto &[start, change] : shifts)
            if (start < at)
                delta += change;
        moved.insert(at + delta);
    }
    *it = moved;
}

void FindInSiteDock::runSearch()
{
    m_debounce->stop();
    const QString text = m_find->text();
    m_error.clear();
    SearchPattern pattern;
    if (text.isEmpty() || !pattern.set(text, m_regex->isChecked(), &m_error)) {
        if (text.isEmpty())
            m_error.clear();
        m_pattern = SearchPattern();
        m_results = SearchIndex();
        showResults({}, false);
        return;
    }
    m_pattern = pattern;
    m_results = m_service->snapshot();
    bool more = false;
    const QVector<SearchMatch> matches = m_results.search(m_pattern, kResultCap, &more);
    showResults(matches, more);
}

void FindInSiteDock::showResults(const QVector<SearchMatch> &matches, bool more)
{
    m_filling = true;
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    m_matches = matches;
    m_more = more;
    m_matchCount = 0;
    m_pageCount = 0;
    const auto index = m_service->pageIndex();
    // Built apart from the tree and added at once: an item added to the tree one by one announces every change.
    QList<QTreeWidgetItem *> pages;
    QTreeWidgetItem *page = nullptr;
    QString pageKey;
    for (int i = 0; i < m_matches.size(); ++i) {
        const SearchMatch &m = m_matches[i];
        const QString key = m.folder + QLatin1Char('/') + m.file;
        if (!page || key != pageKey) {
            pageKey = key;
            ++m_pageCount;
            page = new QTreeWidgetItem;
            pages.append(page);
            QString title;
            if (index && !m.file.isEmpty()) {
                const int node = index->findByRelPath(m.folder);
                if (node > 0)
                    for (const PageVariant &v : index->nodes[node].variants)
                        if (v.fileName == m.file)
                            title = v.title;
            }
            if (m.file.isEmpty())
                title = tr("Folder %1").arg(m.folder);
            else if (title.isEmpty())
                title = m.file;
            QStringList where;
            if (!m.language.isEmpty())
                where << m.language;
            where << (m.file.isEmpty() ? m.folder : key);
            page->setText(0, title + QStringLiteral("  —  ") + where.join(QStringLiteral(" · ")));
            page->setToolTip(0, key);
            QFont bold = page->font(0);
            bold.setBold(true);
            page->setFont(0, bold);
            page->setData(0, kFileRole, key);
            if (!m.file.isEmpty()) {
                page->setFlags(page->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
                page->setCheckState(0, Qt::Checked);
            }
        }
        auto *item = new QTreeWidgetItem(page);
        item->setData(0, kMatchRole, i);
        item->setToolTip(0, m.lineText);
        if (m.field == SearchField::Folder) {
            item->setToolTip(0, tr("A folder name: rename the page to change it."));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, isUnticked(m) ? Qt::Unchecked : Qt::Checked);
        }
        ++m_matchCount;
    }
    m_tree->addTopLevelItems(pages);
    m_tree->expandAll();
    m_tree->setUpdatesEnabled(true);
    m_filling = false;
    updateSummary();
}

void FindInSiteDock::updateSummary()
{
    QPalette pal = m_summary->palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    if (!m_error.isEmpty()) {
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
        m_summary->setText(m_error);
    } else if (!m_pattern.isValid()) {
        m_summary->setText(m_service->isReady() ? QString() : tr("Reading the pages…"));
    } else if (m_matchCount == 0) {
        m_summary->setText(tr("No matches"));
    } else {
        const QString matches = tr("%n match(es)", nullptr, m_matchCount);
        const QString pages = tr("%n page(s)", nullptr, m_pageCount);
        m_summary->setText(m_more ? tr("The first %1 in %2; there are more: narrow the search.").arg(matches, pages)
                                  : tr("%1 in %2").arg(matches, pages));
    }
    m_summary->setPalette(pal);
    m_summary->setToolTip(m_summary->text());
    m_replaceButton->setEnabled(!tickedMatches().isEmpty());
}

void FindInSiteDock::onItemChanged(QTreeWidgetItem *item)
{
    if (m_filling)
        return;
    const QVariant which = item->data(0, kMatchRole);
    if (which.isValid() && which.toInt() < m_matches.size()) {
        const SearchMatch &m = m_matches[which.toInt()];
        const QString file = m.folder + QLatin1Char('/') + m.file;
        if (item->checkState(0) == Qt::Checked)
            m_unticked[file].remove(m.byteStart);
        else
            m_unticked[file].insert(m.byteStart);
    }
    m_replaceButton->setEnabled(!tickedMatches().isEmpty());
}

QMap<QString, QVector<SearchMatch>> FindInSiteDock::tickedMatches() const
{
    QMap<QString, QVector<SearchMatch>> out;
    for (int p = 0; p < m_tree->topLevelItemCount(); ++p) {
        const QTreeWidgetItem *page = m_tree->topLevelItem(p);
        for (int c = 0; c < page->childCount(); ++c) {
            const QTreeWidgetItem *item = page->child(c);
            const QVariant which = item->data(0, kMatchRole);
            if (!which.isValid() || which.toInt() >= m_matches.size() || !(item->flags() & Qt::ItemIsUserCheckable)
                || item->checkState(0) != Qt::Checked)
                continue;
            const SearchMatch &m = m_matches[which.toInt()];
            out[m.folder + QLatin1Char('/') + m.file].append(m);
        }
    }
    return out;
}

void FindInSiteDock::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    QVariant which = item->data(0, kMatchRole);
    if (!which.isValid() && item->childCount() > 0)
        which = item->child(0)->data(0, kMatchRole);
    if (which.isValid() && which.toInt() < m_matches.size())
        Q_EMIT openRequested(m_matches[which.toInt()]);
}

bool FindInSiteDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            return true;
        }
        if (watched == m_find && key->key() == Qt::Key_Down && m_tree->topLevelItemCount() > 0) {
            m_tree->setFocus(Qt::TabFocusReason);
            if (!m_tree->currentItem())
                m_tree->setCurrentItem(m_tree->topLevelItem(0));
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace GravDesk
