#pragma once

#include "editor/findmatcher.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QTimer;
class QToolButton;

namespace GravDesk {

/**
 * Find and Replace in a page: a bar below the body editor (not a dialog, so the text stays in reach). It
 * acts on the editor of its page that last had the focus (the body, or the header's YAML text), shows
 * every match (the first kMaxHighlighted of them, which keeps a megabyte page responsive) with "3 of 17",
 * and replaces one match or all of them. Replace All is one edit of the editor's document, so it is one
 * step of the page's history.
 *
 * Shortcuts (anywhere in the page's widget): Ctrl+F find, Ctrl+H replace, F3 / Shift+F3 next / previous,
 * Esc closes the bar; Enter and Shift+Enter in the find field go to the next and previous match.
 */
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    /// Matches beyond this many are found by Next and Previous but not highlighted.
    static constexpr int kMaxHighlighted = 1000;
    /// The name of the editors' extra selection layer with the matches (see setSelectionLayer()).
    static QString layerName() { return QStringLiteral("findMatches"); }

    /// A find bar whose shortcuts work in @p host and its children (the page editor).
    explicit FindBar(QWidget *host, QWidget *parent = nullptr);
    ~FindBar() override;

    /// An editor the bar searches when it had the focus last (the first one added is the default; again: nothing).
    void addEditor(QPlainTextEdit *editor);
    /// The editor the bar acts on.
    QPlainTextEdit *target() const;

    /// Shows the bar for finding (the selected text, if on one line, becomes the pattern).
    void openFind();
    /// Shows the bar with its replace row.
    void openReplace();
    /// Hides the bar and its highlights; the editor gets the focus back.
    void closeBar();
    /// Selects the next match after the selection (wrapping round); false when there is none.
    bool findNext();
    /// Selects the match before the selection (wrapping round); false when there is none.
    bool findPrevious();
    /// Replaces the selected match and selects the next one; false when the selection was not a match.
    bool replaceCurrent();
    /// Replaces every match as one undo step; returns how many were replaced.
    int replaceAll();

    /// How many matches are highlighted, and whether there are more than that.
    int highlightedCount() const { return m_matches.size(); }
    bool hasMoreMatches() const { return m_more; }
    /// Searches again now (it otherwise waits for typing to pause after the text changes).
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FindOptions options() const;
    void patternEdited();
    void select(const FindMatch &match);
    void showCount();
    void clearHighlights();
    QString preparedText() const;

    QWidget *m_host;
    QList<QPointer<QPlainTextEdit>> m_editors;
    QPointer<QPlainTextEdit> m_target;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_word;
    QCheckBox *m_regex;
    QCheckBox *m_yo;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QLabel *m_count;
    QLabel *m_error;
    QWidget *m_replaceRow;
    QShortcut *m_escape;
    QTimer *m_refreshTimer;
    FindMatcher m_matcher;
    QVector<FindMatch> m_matches;
    bool m_more = false;
    QString m_status; ///< said instead of the count once (after Replace All)
};

} // namespace GravDesk
