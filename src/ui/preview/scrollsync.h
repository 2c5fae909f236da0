#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QPlainTextEdit;
class QTimer;

namespace GravDesk {

class PreviewView;

/**
 * Keeps the body editor and the preview showing the same part of the page. The editor's cursor (or,
 * when the cursor is scrolled out of sight, its top line) scrolls the preview to the block rendered
 * from that line; scrolling the preview scrolls the editor without moving the cursor. Each side
 * ignores the echo of a scroll the other side caused.
 */
class ScrollSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollSync)

public:
    ScrollSync(QPlainTextEdit *editor, PreviewView *preview, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

private:
    void editorMoved();
    void syncPreview(bool instant);
    void previewScrolled(double fileLine);

    QPointer<QPlainTextEdit> m_editor;
    QPointer<PreviewView> m_preview;
    QTimer *m_debounce = nullptr;
    QElapsedTimer m_sinceEditorScrolledByUs;
    bool m_enabled = true;
    bool m_scrollingEditor = false;
    bool m_editorLeads = false; ///< the last move came from the editor: follow it after each render
};

} // namespace GravDesk
