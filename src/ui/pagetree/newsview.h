#pragma once

#include "site/pageindex.h"

#include <QSortFilterProxyModel>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeView;

namespace GravDesk {

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
        QString title;
        QString folder;
        QDateTime date;
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

/// The News view's filters: the search text (any case, ё = е, Kazakh letters kept apart), language present or
/// missing, state, a date range, a category or tag, pages with problems.
class NewsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsFilter)

public:
    struct Settings
    {
        QString text;
        QString language; ///< rows in this language ("" any)
        QString missingLanguage; ///< pages without this language ("" any)
        int state = -1; ///< a PublishState, -1 any
        QDate from, to; ///< invalid: open
        QString taxonomy; ///< `type:value`, "" any
        bool problemsOnly = false;
    };
    explicit NewsFilter(NewsModel *model, QObject *parent = nullptr);
    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    NewsModel *m_model;
    Settings m_settings;
    QString m_foldedText;
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
    QLineEdit *m_search;
    QComboBox *m_language;
    QComboBox *m_state;
    QComboBox *m_taxonomy;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_problems;
    QLabel *m_count;
    std::shared_ptr<const PageIndex> m_index;
    bool m_stale = false; ///< a newer index came while the view was hidden
};

} // namespace GravDesk
