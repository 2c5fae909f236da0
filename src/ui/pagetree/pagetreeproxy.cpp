#include "pagetree/pagetreeproxy.h"

#include "pagetree/pagetreemodel.h"
#include "text/searchfold.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace GravDesk {

PageTreeProxy::PageTreeProxy(PageTreeModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("pageTreeProxy"));
    setSourceModel(model);
    // Rows are re-filtered and re-sorted when the model's data changes (a new index, another language).
    setDynamicSortFilter(true);
}

void PageTreeProxy::setCriteria(const PageFilterCriteria &criteria, const PageTextHits *hits)
{
    m_matcher.setCriteria(criteria);
    m_hits = hits;
    m_active = criteria.isActive();
    m_visibleStale = true;
    invalidateFilter();
}

int PageTreeProxy::matchCount() const
{
    if (!m_active)
        return std::max(0, m_model->nodeCount() - 1);
    refreshVisible();
    int n = 0;
    for (qsizetype i = 1; i < m_match.size(); ++i)
        n += m_match[i];
    return n;
}

bool PageTreeProxy::matches(int node) const
{
    if (!m_active)
        return true;
    refreshVisible();
    return node > 0 && node < m_match.size() && m_match[node];
}

void PageTreeProxy::refreshFacts() const
{
    const Key key {m_model->index().get(), m_model->nodeCount(), m_model->language()};
    if (key == m_factsKey)
        return;
    m_factsKey = key;
    const int count = m_model->nodeCount();
    m_haystack = QVector<QString>(count);
    m_languages = QVector<QStringList>(count);
    m_taxonomy = QVector<QStringList>(count);
    m_date = QVector<qint64>(count, LLONG_MIN);
    m_state = QVector<int>(count, -1);
    m_languagesText = QVector<QString>(count);
    m_problems = QVector<char>(count, 0);
    for (int n = 1; n < count; ++n) {
        const PageNode *node = m_model->node(n);
        QString text = node->folderName;
        for (const PageVariant &v : node->variants) {
            text += QLatin1Char('\n') + v.title;
            if (!v.slug.isEmpty())
                text += QLatin1Char('\n') + v.slug;
            m_languages[n].append(v.language);
            for (auto it = v.taxonomy.cbegin(); it != v.taxonomy.cend(); ++it)
                for (const QString &value : it.value()) {
                    const QString t = it.key() + QLatin1Char(':') + value;
                    if (!m_taxonomy[n].contains(t))
                        m_taxonomy[n].append(t);
                }
        }
        m_haystack[n] = SearchFold::folded(text);
        m_languagesText[n] = m_languages[n].join(QLatin1Char(' '));
        if (const PageVariant *v = m_model->variantFor(n, key.language)) {
            if (v->date.isValid())
                m_date[n] = v->date.toMSecsSinceEpoch();
            m_state[n] = int(v->publishState);
        }
        m_problems[n] = (node->hasError || node->hasWarning) ? 1 : 0;
    }
}

void PageTreeProxy::refreshVisible() const
{
    refreshFacts();
    if (!m_visibleStale && m_visibleKey == m_factsKey)
        return;
    m_visibleKey = m_factsKey;
    m_visibleStale = false;
    const int count = m_model->nodeCount();
    m_match = QVector<char>(count, 0);
    m_visible = QVector<char>(count, 0);
    const bool text = !m_matcher.foldedText().isEmpty();
    const bool dated = m_matcher.criteria().from.isValid() || m_matcher.criteria().to.isValid();
    for (int n = 1; n < count; ++n) {
        const PageNode *node = m_model->node(n);
        PageFilterSubject s;
        s.haystack = &m_haystack[n];
        s.textInFile = text && m_hits && m_hits->hasFolder(node->relPath);
        s.languages = &m_languages[n];
        s.languagesPresent = &m_languages[n];
        // a QDateTime costs a time-zone look-up: made only when a date range asks for it
        if (dated && m_date[n] != LLONG_MIN)
            s.date = QDateTime::fromMSecsSinceEpoch(m_date[n]);
        s.state = m_state[n];
        s.taxonomy = &m_taxonomy[n];
        s.hasProblems = m_problems[n];
        m_match[n] = m_matcher.matches(s) ? 1 : 0;
    }
    // Parents come before their children in the model: one pass from the end shows every ancestor of a match.
    for (int n = count - 1; n > 0; --n) {
        if (m_match[n])
            m_visible[n] = 1;
        if (m_visible[n]) {
            const int p = m_model->node(n)->parent;
            if (p > 0 && p < count)
                m_visible[p] = 1;
        }
    }
}

void PageTreeProxy::refreshTitleKeys() const
{
    refreshFacts();
    if (m_titleKey == m_factsKey && m_titleKeys.size() == size_t(m_model->nodeCount()))
        return;
    m_titleKey = m_factsKey;
    QCollator collator {QLocale(m_factsKey.language.isEmpty() ? QLocale().name() : m_factsKey.language)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const int count = m_model->nodeCount();
    m_titleKeys.clear();
    m_titleKeys.reserve(size_t(count));
    for (int n = 0; n < count; ++n) {
        const PageNode *node = m_model->node(n);
        const PageVariant *v = n > 0 ? m_model->variantFor(n, m_factsKey.language) : nullptr;
        const QString title = !v ? node->folderName : v->title.isEmpty() ? node->folderSlug : v->title;
        m_titleKeys.push_back(collator.sortKey(title));
    }
}

bool PageTreeProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_active)
        return true;
    const int n = m_model->nodeIndex(m_model->index(sourceRow, 0, sourceParent));
    refreshVisible();
    return n > 0 && n < m_visible.size() && m_visible[n];
}

bool PageTreeProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int a = m_model->nodeIndex(left);
    const int b = m_model->nodeIndex(right);
    refreshFacts();
    if (a <= 0 || b <= 0 || a >= m_date.size() || b >= m_date.size())
        return a < b;
    switch (left.column()) {
    case PageTreeModel::LanguagesColumn:
        if (m_languagesText[a] != m_languagesText[b])
            return m_languagesText[a] < m_languagesText[b];
        break;
    case PageTreeModel::DateColumn:
        if (m_date[a] != m_date[b])
            return m_date[a] < m_date[b];
        break;
    case PageTreeModel::StateColumn:
        if (m_state[a] != m_state[b])
            return m_state[a] < m_state[b];
        break;
    default: {
        refreshTitleKeys();
        const int c = m_titleKeys[size_t(a)].compare(m_titleKeys[size_t(b)]);
        if (c != 0)
            return c < 0;
        break;
    }
    }
    // Equal: the folder order, whichever way the column sorts (the proxy reverses the comparison for descending).
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

bool PageTreeProxy::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (row >= 0 && (isSorted() || isFiltering())) {
        // Between rows: the rows shown are not the folder's order, so "before this one" has no meaning on disk.
        if (m_model->canDropMimeData(data, action, -1, -1, mapToSource(parent)))
            Q_EMIT reorderRefused();
        return false;
    }
    return QSortFilterProxyModel::dropMimeData(data, action, row, column, parent);
}

} // namespace GravDesk
