#include "scrollsync.h"

#include "previewview.h"

#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace GravDesk {
namespace {

// A scroll of the editor this soon after we scrolled it is the echo of our own move.
constexpr int kEchoMs = 150;

} // namespace

ScrollSync::ScrollSync(QPlainTextEdit *editor, PreviewView *preview, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_preview(preview)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("scrollSync"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(40);
    connect(m_debounce, &QTimer::timeout, this, [this] { syncPreview(false); });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &ScrollSync::editorMoved);
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &ScrollSync::editorMoved);
    connect(preview, &PreviewView::previewScrolled, this, &ScrollSync::previewScrolled);
    // A render moves blocks under the reader; keep the editor's place in view while the user types.
    connect(preview, &PreviewView::contentApplied, this, [this] {
        if (m_enabled && m_editorLeads)
            syncPreview(true);
    });
}

void ScrollSync::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_debounce->stop();
    if (m_preview)
        m_preview->setScrollSyncEnabled(enabled);
    if (enabled)
        m_debounce->start();
}

void ScrollSync::editorMoved()
{
    if (!m_enabled || m_scrollingEditor)
        return;
    if (m_sinceEditorScrolledByUs.isValid() && m_sinceEditorScrolledByUs.elapsed() < kEchoMs)
        return;
    m_editorLeads = true;
    m_debounce->start();
}

void ScrollSync::syncPreview(bool instant)
{
    if (!m_enabled || !m_editor || !m_preview || !m_editor->isEnabled())
        return;
    QTextDocument *doc = m_editor->document();
    const QRect viewport = m_editor->viewport()->rect();
    const QRect cursor = m_editor->cursorRect();
    const bool cursorInView = viewport.intersects(cursor);
    // The top of the text with the cursor out of view or in the first line: the top of the page, with the
    // title and date above the body. Otherwise the cursor leads even in a text too short to scroll: the
    // preview is longer than the text, and the paragraph being typed must stay in view.
    if (m_editor->verticalScrollBar()->value() == 0 && (!cursorInView || m_editor->textCursor().blockNumber() == 0)) {
        m_preview->scrollToLine(0, 0, instant);
        return;
    }
    double bodyLine = 0; // 0-based, fractional
    double fraction = 0;
    if (cursorInView) {
        // The cursor's line goes where the cursor is on screen.
        const QTextCursor c = m_editor->textCursor();
        const QTextBlock block = c.block();
        double within = 0;
        if (const QTextLayout *layout = block.layout(); layout && block.lineCount() > 1) {
            const QTextLine line = layout->lineForTextPosition(c.positionInBlock());
            if (line.isValid())
                within = double(line.lineNumber()) / block.lineCount();
        }
        bodyLine = block.blockNumber() + within;
        fraction = std::clamp(double(cursor.top()) / std::max(1, viewport.height()), 0.0, 1.0);
    } else {
        // Scrolled away from the cursor: the top line leads. The scroll bar counts visual lines.
        const int top = m_editor->verticalScrollBar()->value();
        const QTextBlock block = doc->findBlockByLineNumber(top);
        if (!block.isValid())
            return;
        const int first = block.firstLineNumber();
        bodyLine = block.blockNumber() + (first >= 0 ? double(top - first) / std::max(1, block.lineCount()) : 0.0);
    }
    m_preview->scrollToLine(m_preview->bodyFirstLine() + bodyLine, fraction, instant);
}

void ScrollSync::previewScrolled(double fileLine)
{
    if (!m_enabled || !m_editor || !m_editor->isEnabled())
        return;
    m_editorLeads = false;
    m_debounce->stop();
    const double bodyLine = std::max(0.0, fileLine - m_preview->bodyFirstLine());
    QTextDocument *doc = m_editor->document();
    const int blockNumber = std::min(static_cast<int>(std::floor(bodyLine)), doc->blockCount() - 1);
    const QTextBlock block = doc->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    const int first = std::max(0, block.firstLineNumber());
    const int value = first + static_cast<int>((bodyLine - blockNumber) * std::max(1, block.lineCount()));
    // Scrolling the view leaves the cursor where the user put it.
    m_scrollingEditor = true;
    m_editor->verticalScrollBar()->setValue(value);
    m_scrollingEditor = false;
    m_sinceEditorScrolledByUs.start();
}

} // namespace GravDesk
