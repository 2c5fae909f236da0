#pragma once

#include "page/pagedocument.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

class QPlainTextEdit;
class QSplitter;
class QTabBar;
class QTimer;
class QUndoStack;
class QVBoxLayout;

namespace GravDesk {

class Blueprint;
class EditorTypograph;
class FindBar;
class FormatActions;
class PageFormWidget;
class SiteConfig;
class SpellCheckController;
class WritingLint;
struct BodyLintContext;
struct FieldContext;

/**
 * One page being edited, as every window shows it: the header form (from the site's blueprint, with the
 * YAML tab), the page's language files as tabs, and the Markdown body with spelling, the typograph and
 * the long-line guard. The main window and the side by side window both use it; what differs between
 * them (the preview, the media panel, the bar about changes on disk) is put into its slots.
 *
 * The editor is a view of a PageDocument: the document holds the header (the form keeps no copy of its
 * own) and owns the page's undo history (pageHistory()), in which body edits, header edits and folder
 * changes follow each other in the order they were made. Ctrl+Z in the body or the YAML text walks that
 * history. The form follows the document's headerChanged(), so an undo or a change made elsewhere shows
 * there; while the document is shown, its body changes only through this editor (replaceBody() for
 * changes made by commands).
 */
class PageEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageEditor)

public:
    /// Bodies longer than this many characters reach the document when typing pauses, not per keystroke.
    static constexpr int kImmediateBodyLimit = 64 * 1024;

    explicit PageEditor(QWidget *parent = nullptr);
    ~PageEditor() override;

    /// Object names of the body editor and the language tabs (tests and screenshots find them by name).
    void setPartNames(const QString &bodyName, const QString &tabsName);
    /// Puts @p widget beside the form (the media panel).
    void setFormSide(QWidget *widget);
    /// Puts @p widget beside the body (the preview).
    void setBodySide(QWidget *widget);
    /// Puts @p widget between the language tabs and the body (a bar about the page).
    void addAboveBody(QWidget *widget);

    /**
     * Shows @p doc (null: nothing). Recovered text must already be in the document. The body editor is
     * read-only when the document is. Given the document already shown, only the form is built again.
     */
    void showDocument(PageDocument *doc, const Blueprint &blueprint, const FieldContext &context, const SiteConfig &config,
        const QString &route, const QString &language);
    /// Shows no page; @p placeholder says why in the body editor.
    void clear(const QString &placeholder = {});
    PageDocument *document() const { return m_doc; }

    /// One language file of the page, as a tab.
    struct LanguageTab
    {
        QString language;
        QString label;
        QString toolTip;
    };
    /// The page's language files; the document's own tab is marked while it has unsaved changes.
    void setLanguageTabs(const QList<LanguageTab> &tabs);

    /// False when the page cannot be saved now (read-only, an error in the YAML tab, invalid fields).
    bool canSave(QString *why) const;
    /// The document's history (null without a document).
    QUndoStack *history() const;
    /// Gives the document the body editor's newest text now (it is otherwise coalesced for long bodies).
    void flushBody();
    /// Replaces the whole body text as one step of the history (cursor kept where it can be).
    void replaceBody(const QString &body);
    /// Sets the header bytes as one step of the history named after @p field.
    void editHeader(const QByteArray &after, const QString &field);
    /// Typographs the body and the title as one step; returns the number of changes.
    int typographPage();

    PageFormWidget *form() const { return m_form; }
    QPlainTextEdit *bodyEditor() const { return m_body; }
    QTabBar *languageTabs() const { return m_tabs; }
    SpellCheckController *spelling() const { return m_spell; }
    EditorTypograph *typograph() const { return m_typograph; }
    /// The page's Find and Replace bar (below the body; it acts on the body or the YAML text).
    FindBar *findBar() const { return m_findBar; }
    /// Sets one layer of @p editor's extra selections (find matches, a highlighted paragraph …), keeping the others.
    static void setSelectionLayer(
        QPlainTextEdit *editor, const QString &layer, const QList<QTextEdit::ExtraSelection> &selections);
    FormatActions *formatting() const { return m_format; }
    /// Warnings while writing (the margin left of the body, underlines; the window lists them in Problems).
    WritingLint *writingLint() const { return m_lint; }
    /// What the warnings while writing look up for the page shown (its folder and route, the site's links).
    void setLintContext(const BodyLintContext &context);

Q_SIGNALS:
    /// The user clicked the tab of another language file.
    void languageRequested(const QString &language);
    /// The document's body changed from this editor (for long bodies: when typing paused).
    void bodyEdited();
    /// The body editor's text changed (every keystroke; for counters on timers).
    void textEdited();
    /// The document's header changed (form, YAML tab, undo, or an edit made elsewhere).
    void headerChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onBodyTextChanged();
    void updateTabMarks();
    void updateFormatContext();

    QSplitter *m_split;
    QSplitter *m_formSplit;
    QSplitter *m_bodySplit;
    QVBoxLayout *m_bodyLayout;
    PageFormWidget *m_form;
    QTabBar *m_tabs;
    QPlainTextEdit *m_body;
    SpellCheckController *m_spell;
    EditorTypograph *m_typograph;
    FindBar *m_findBar;
    FormatActions *m_format = nullptr;
    WritingLint *m_lint = nullptr;
    QTimer *m_flushTimer; ///< a long body reaches the document this long after typing stops …
    QTimer *m_flushAtMost; ///< … and at least this often while typing goes on
    QPointer<PageDocument> m_doc;
    QString m_language;
    bool m_loading = false;
    QStringList m_mediaExtensions;
    bool m_carousel = false;
    bool m_notices = false;
    bool m_bodyWaiting = false; ///< typed text the listeners (preview, counters) have not been told of
};

/// The undo history of @p doc: owned by the document (it goes with it), made on first use.
QUndoStack *pageHistory(PageDocument *doc);

} // namespace GravDesk
