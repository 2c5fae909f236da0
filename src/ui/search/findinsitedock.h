#pragma once

#include "site/sitesearch.h"

#include <QDockWidget>
#include <QHash>
#include <QMap>
#include <QSet>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace GravDesk {

class SiteSearchService;

/**
 * Edit ▸ Find in Site: a dock at the bottom of the window that searches every page file of the site as you type
 * (over SiteSearchService's texts in memory, never the disk) and lists the matches grouped by page, each in its
 * line with the match highlighted and a checkbox. The window replaces the ticked matches (replaceRequested());
 * a double-click (or Enter) on a match asks the window to open it (openRequested()).
 *
 * The results follow the site: when the service has read new texts, the search runs again, keeping the
 * matches the user unticked unticked.
 */
class FindInSiteDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindInSiteDock)

public:
    /// At most this many matches are listed (the summary says when there are more).
    static constexpr int kResultCap = 2000;

    explicit FindInSiteDock(SiteSearchService *service, QWidget *parent = nullptr);
    ~FindInSiteDock() override;

    /// Shows the dock with the focus in the search field (its text selected).
    void openFind();
    /// Searches now (typing waits for a pause first).
    void runSearch();

    /// The pattern of the results shown (invalid when none).
    const SearchPattern &pattern() const { return m_pattern; }
    QString replacementText() const;
    /// The texts the results shown were found in (the replace checks that the files still hold them).
    const SearchIndex &resultsIndex() const { return m_results; }
    /// The ticked matches by page file ("folder/file.md"), in file order.
    QMap<QString, QVector<SearchMatch>> tickedMatches() const;
    int matchCount() const { return m_matchCount; }
    /// The page file @p relFile was rewritten with @p spans replaced: the unticked matches after them moved.
    void followReplace(const QString &relFile, const QVector<QPair<qsizetype, qsizetype>> &shifts);
    /// Shows @p text under the fields (a result of the window's work, such as a replace).
    void setNote(const QString &text);

Q_SIGNALS:
    void openRequested(const GravDesk::SearchMatch &match);
    void replaceRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void patternEdited();
    void showResults(const QVector<SearchMatch> &matches, bool more);
    void updateSummary();
    void onItemChanged(QTreeWidgetItem *item);
    void activate(QTreeWidgetItem *item);
    bool isUnticked(const SearchMatch &m) const;

    SiteSearchService *m_service;
    QLineEdit *m_find = nullptr;
    QCheckBox *m_regex = nullptr;
    QLineEdit *m_replace = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_note = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTimer *m_debounce = nullptr;
    SearchPattern m_pattern;
    SearchIndex m_results;
    QVector<SearchMatch> m_matches; ///< by the item's index
    /// The matches the user unticked, by page file: their byte offsets (kept across a new search)
    QHash<QString, QSet<qsizetype>> m_unticked;
    QString m_error;
    int m_matchCount = 0;
    int m_pageCount = 0;
    bool m_more = false;
    bool m_filling = false;
};

} // namespace GravDesk
