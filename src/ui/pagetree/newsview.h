#pragma once

#include "pagetree/pagefilter.h"
#include "site/pageindex.h"

#include <QSortFilterProxyModel>
#include <QWidget>

#include <memory>

class QTreeView;

namespace GravDesk {

class SiteSearchService;

/// Every news item of the site's blog sections in one flat list: a row per page and language.
class NewsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsModel)

public:
    enum Column { TitleColumn, LanguageColumn, DateColumn, StateColumn, FolderColumn, ColumnCount };

    struct Row
    {
        QString relPath;
        QString language;
        QStringList languages; ///< the row's language, as a list (PageFilterSubject::languages)
        QString filePath; ///< "folder/file.md", relative to the pages folder (PageTextHits::hasFile)
        QString title;
        QString folder;
        QDateTime date;
        qint64 dateMs = 0; ///< date in ms since the epoch (sorting compares these: a local QDateTime is slow to compare)
        PublishState state = PublishState::Published;
        QStringList taxonomy; ///< `type:value` for every taxonomy value
        QStringList languagesPresent; ///< the page's languages
        bool hasProblems = false;
        QString haystack; ///< title, slug and folder folded (SearchFold) for the search field
    };

    explicit NewsModel(QObject *parent = nullptr);
    /// The items of @p index: children of pages using the `blog` template (or the news section).
    void setIndex(const std::shared_ptr<const PageIndex> &index);
    const Row &row(int r) const { return m_rows[r]; }
    const QVector<Row> &rows() const { return m_rows; }
    QStringList taxonomyValues() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
};

/// The News view's filters (PageFilterMatcher): the search text in the title, slug, folder (any case, ё = е, Kazakh
/// letters kept apart) or the page file, language present or missing, state, a date range, a category or tag,
/// pages with problems.
class NewsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsFilter)

public:
    using Settings = PageFilterCriteria;
    explicit NewsFilter(NewsModel *model, QObject *parent = nullptr);
    /// Filters by @p settings; @p hits (kept by the caller, nullptr: none) says which page files hold the text.
    void setSettings(const Settings &settings, const PageTextHits *hits = nullptr);
    const Settings &settings() const { return m_matcher.criteria(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    NewsModel *m_model;
    PageFilterMatcher m_matcher;
    const PageTextHits *m_hits = nullptr;
    bool m_dated = false; ///< a date range is set
    QVector<int> m_filePositions; ///< per row: its file's position in m_hits' snapshot
    const PageTextHits *m_positionsOf = nullptr; ///< whose snapshot m_filePositions is about
    int m_positionsSnapshot = -1;
};

/**
 * The News view: the site's news items newest first with language, state and date columns, a search field and
 * filters above them, several rows selectable. Activating a row asks the window to open that page and language.
 */
class NewsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsView)

public:
    explicit NewsView(QWidget *parent = nullptr);
    void setIndex(const std::shared_ptr<const PageIndex> &index);
    /// The window's site search: the search field also finds words in the page files' text.
    void setSiteSearch(SiteSearchService *search);
    NewsModel *model() const { return m_model; }
    NewsFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    /// The selected rows' pages (folder and language each), in view order.
    QList<QPair<QString, QString>> selectedPages() const;

Q_SIGNALS:
    void openRequested(const QString &relPath, const QString &language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void applyFilters();
    void rebuildChoices();

    NewsModel *m_model;
    NewsFilter *m_filter;
    QTreeView *m_view;
    PageFilterBar *m_bar;
    SiteSearchService *m_search = nullptr;
    PageTextHits m_hits;
    std::shared_ptr<const PageIndex> m_index;
    bool m_stale = false; ///< a newer index came while the view was hidden
    bool m_refilter = false; ///< new texts came while the view was hidden
};

} // namespace GravDesk
