#include "writinglint.h"

#include "selectionlayers.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace GravDesk {
namespace {

const QString kLayer = QStringLiteral("lint");
const QColor kWarning(0xd9, 0x7a, 0x00);
const QColor kError(0xc6, 0x28, 0x28);

} // namespace

WritingLint::WritingLint(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("writingLintMargin"));
    setFixedWidth(14);
    setMouseTracking(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPauseMs);
    connect(m_timer, &QTimer::timeout, this, &WritingLint::lintNow);
    connect(editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_hasContext)
            m_timer->start();
    });
    // The marks follow the text as it scrolls and reflows.
    connect(editor, &QPlainTextEdit::updateRequest, this, [this] { update(); });
}

void WritingLint::setContext(const BodyLintContext &context)
{
    m_context = context;
    m_hasContext = true;
    lintNow();
}

void WritingLint::clear()
{
    m_timer->stop();
    m_hasContext = false;
    m_context = BodyLintContext();
    m_findings.clear();
    setSelectionLayer(m_editor, kLayer, {});
    update();
    Q_EMIT findingsChanged();
}

void WritingLint::lintNow()
{
    m_timer->stop();
    if (!m_hasContext)
        return;
    QVector<BodyFinding> found = lintBody(m_editor->toPlainText(), m_context);
    QList<QTextEdit::ExtraSelection> marks;
    QTextDocument *doc = m_editor->document();
    for (const BodyFinding &f : std::as_const(found)) {
        const QTextBlock block = doc->findBlockByNumber(f.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        const int start = std::min(std::max(0, f.column - 1), block.length() - 1);
        mark.cursor.setPosition(block.position() + start);
        mark.cursor.setPosition(
            block.position() + std::min(block.length() - 1, start + std::max(1, f.length)), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(f.severity == Severity::Error ? kError : kWarning);
        mark.format.setToolTip(f.message.toString());
        marks.append(mark);
    }
    setSelectionLayer(m_editor, kLayer, marks);
    const bool changed = found.size() != m_findings.size()
        || !std::equal(found.cbegin(), found.cend(), m_findings.cbegin(), [](const BodyFinding &a, const BodyFinding &b) {
               return a.line == b.line && a.column == b.column && a.kind == b.kind
                   && a.message.toString() == b.message.toString();
           });
    m_findings = std::move(found);
    update();
    if (changed)
        Q_EMIT findingsChanged();
}

void WritingLint::goTo(const BodyFinding &finding)
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(finding.line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::min(std::max(0, finding.column - 1), block.length() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

int WritingLint::lineTop(int line) const
{
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid() || !block.isVisible())
        return -1;
    // The editor's viewport and this margin share their top edge (side by side in one layout).
    const QRect r = m_editor->cursorRect(QTextCursor(block));
    // Not an ancestor of this margin: through screen coordinates (mapFrom() needs a parent).
    return mapFromGlobal(m_editor->viewport()->mapToGlobal(QPoint(0, r.top()))).y();
}

QVector<BodyFinding> WritingLint::findingsAt(int y) const
{
    QVector<BodyFinding> out;
    const int h = fontMetrics().height();
    for (const BodyFinding &f : m_findings) {
        const int top = lineTop(f.line);
        if (top >= 0 && y >= top && y < top + h)
            out.append(f);
    }
    return out;
}

void WritingLint::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int h = fontMetrics().height();
    for (const BodyFinding &f : std::as_const(m_findings)) {
        const int top = lineTop(f.line);
        if (top < -h || top > height())
            continue;
        // A small triangle, the way editors mark a warning in the gutter.
        const int size = std::min(10, h - 2);
        const QPointF a(width() / 2.0, top + (h - size) / 2.0);
        QPainterPath path;
        path.moveTo(a);
        path.lineTo(a.x() + size / 2.0, a.y() + size);
        path.lineTo(a.x() - size / 2.0, a.y() + size);
        path.closeSubpath();
        p.fillPath(path, f.severity == Severity::Error ? kError : kWarning);
    }
}

bool WritingLint::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QStringList lines;
        for (const BodyFinding &f : findingsAt(help->pos().y()))
            lines << f.message.toString();
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

void WritingLint::mousePressEvent(QMouseEvent *event)
{
    const QVector<BodyFinding> here = findingsAt(event->position().toPoint().y());
    if (!here.isEmpty())
        goTo(here.first());
}

} // namespace GravDesk
