#pragma once

#include "pagetree/pagefilter.h"

#include <QCollatorSortKey>
#include <QSortFilterProxyModel>

#include <vector>

namespace GravDesk {

class PageTreeModel;

/**
 * The tree as shown: the pages matching the search field and the filters (PageFilterMatcher) with their
 * ancestors, siblings sorted by a column within their parent or in folder order (Grav's, the default:
 * sortColumn() -1). The title sorts by the collation of the tree's language (QCollator: Russian and Kazakh
 * alphabets), the date by Grav's date of the shown language.
 *
 * What the filter and the sort read of each page is gathered once per index and language, so a keystroke
 * costs one pass over the pages. A drop between rows (a reorder) is refused while the tree is sorted or
 * filtered (the rows shown are not the folder's order): reorderRefused() says so; a drop onto a page goes through.
 */
class PageTreeProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageTreeProxy)

public:
    explicit PageTreeProxy(PageTreeModel *model, QObject *parent = nullptr);
    PageTreeModel *pageModel() const { return m_model; }

    /// Filters by @p criteria; @p hits (kept by the caller, nullptr: none) says which page folders hold the text.
    void setCriteria(const PageFilterCriteria &criteria, const PageTextHits *hits = nullptr);
    const PageFilterCriteria &criteria() const { return m_matcher.criteria(); }
    bool isFiltering() const { return m_active; }
    bool isSorted() const { return sortColumn() >= 0; }
    /// The pages that match the filter themselves (ancestors shown for them not counted); all pages when none.
    int matchCount() const;
    /// True when the page @p node matches the filter itself (every page when there is none).
    bool matches(int node) const;

    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    /// A drop between rows was refused: the tree is sorted or filtered.
    void reorderRefused();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Gathers what the filter and the sort read when the model shows another index, more nodes or language.
    void refreshFacts() const;
    void refreshVisible() const;
    void refreshTitleKeys() const;

    PageTreeModel *m_model;
    PageFilterMatcher m_matcher;
    const PageTextHits *m_hits = nullptr;
    bool m_active = false;

    // Per model node, made by refreshFacts() (mutable: asked for from the const filter and sort).
    struct Key
    {
        const void *index = nullptr;
        qsizetype nodes = -1;
        QString language;
        bool operator==(const Key &o) const { return index == o.index && nodes == o.nodes && language == o.language; }
    };
    mutable Key m_factsKey;
    mutable QVector<QString> m_haystack;
    mutable QVector<QStringList> m_languages;
    mutable QVector<QStringList> m_taxonomy;
    mutable QVector<qint64> m_date; ///< ms since the epoch of the shown language's date, LLONG_MIN: none
    mutable QVector<int> m_state; ///< -1: none
    mutable QVector<QString> m_languagesText;
    mutable QVector<char> m_problems;
    mutable Key m_visibleKey;
    mutable bool m_visibleStale = true;
    mutable QVector<char> m_match; ///< 1: matches itself
    mutable QVector<char> m_visible; ///< 1: matches or holds a match
    mutable Key m_titleKey;
    mutable std::vector<QCollatorSortKey> m_titleKeys;
};

} // namespace GravDesk
