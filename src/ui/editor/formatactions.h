#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QEvent;
class QMenu;
class QPlainTextEdit;
class QToolBar;
class QWidget;

namespace GravDesk {

/**
 * The formatting commands of a body editor (MarkdownFormat) as actions with the shortcuts writers know,
 * and a toolbar with them: bold (Ctrl+B), italic (Ctrl+I), link (Ctrl+K), headings (Ctrl+1 … Ctrl+6,
 * Ctrl+0 for a plain paragraph), bullet and numbered list, quote, code, table, an image or file of the
 * page's folder, the summary break, and the shortcodes of the plugins the site has enabled.
 *
 * The shortcuts belong to the editor widget, so they act while the text has the focus (and Qt's shortcut map
 * finds them in a Cyrillic keyboard layout too). handleKey(), called from the editor's event filter, keeps
 * the editor from taking those it would keep for itself (Ctrl+K deletes to the end of the line, which in
 * Markdown is a whole paragraph).
 */
class FormatActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormatActions)

public:
    FormatActions(QPlainTextEdit *editor, QWidget *parent);

    QToolBar *toolBar() const { return m_toolBar; }
    QList<QAction *> actions() const { return m_actions; }

    /// One file of the page's folder for Insert Media.
    struct MediaFile
    {
        QString name;
        bool image = false;
    };
    /// The page's files (as Save will leave the folder) and the shortcodes its site renders.
    void setPageContext(const QList<MediaFile> &media, bool carousel, bool notices);

    /// For a key press or shortcut override that is one of the actions' shortcuts: lets the action have it
    /// (the override is refused, a press that still reaches the editor triggers the action). True when it was one.
    bool handleKey(QEvent *event);

private:
    QAction *add(const QString &name, const QString &text, const QKeySequence &key, void (*run)(QPlainTextEdit *));
    void rebuildMediaMenu();
    void rebuildShortcodeMenu();

    QPointer<QPlainTextEdit> m_editor;
    QToolBar *m_toolBar;
    QList<QAction *> m_actions;
    QMenu *m_mediaMenu;
    QMenu *m_shortcodeMenu;
    QList<MediaFile> m_media;
    bool m_carousel = false;
    bool m_notices = false;
};

} // namespace GravDesk
