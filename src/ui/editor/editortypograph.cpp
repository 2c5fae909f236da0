#include "editortypograph.h"

#include "text/typograph.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

#include <limits>

namespace GravDesk {
namespace {

// Above this size a page is corrected only on demand: as-you-type would read it all on each keystroke.
constexpr int kMaxAsYouType = 512 * 1024;

QString documentText(const QPlainTextEdit *editor)
{
    // Raw text keeps no-break spaces (toPlainText() would turn them into spaces); positions match the document's.
    QString text = editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

bool isTrigger(const QString &typed)
{
    static const QString triggers = QStringLiteral(" \r\n,;:!?)»\"");
    return typed.size() == 1 && triggers.contains(typed[0]);
}

} // namespace

EditorTypograph::EditorTypograph(QPlainTextEdit *editor)
    : QObject(editor)
    , m_editor(editor)
{
    editor->installEventFilter(this);
}

bool EditorTypograph::eventFilter(QObject *watched, QEvent *event)
{
    // Typed keys only: pasted text, undo and redo are left as they are.
    if (m_asYouType && watched == m_editor && event->type() == QEvent::KeyPress && !m_editor->isReadOnly()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isTrigger(key->text()) && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            // After the key has been inserted.
            QTimer::singleShot(0, this, [this] { typographParagraphAt(m_editor->textCursor().position()); });
        }
    }
    return QObject::eventFilter(watched, event);
}

void EditorTypograph::typographParagraphAt(int position)
{
    const QString text = documentText(m_editor);
    if (text.size() > kMaxAsYouType)
        return;
    // The paragraph just typed: between blank lines, around the character before the cursor.
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    const int at = std::max(0, position - 1);
    int from = 0;
    int to = static_cast<int>(text.size());
    QRegularExpressionMatchIterator it = blank.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedEnd() <= at)
            from = static_cast<int>(m.capturedEnd());
        else if (m.capturedStart() > at) {
            to = static_cast<int>(m.capturedStart());
            break;
        }
    }
    applyEdits(from, to);
}

int EditorTypograph::typographAll()
{
    return applyEdits(0, std::numeric_limits<int>::max());
}

int EditorTypograph::applyEdits(int from, int to)
{
    const QString text = documentText(m_editor);
    QVector<TypographEdit> edits;
    for (const TypographEdit &e : Typograph::edits(text, m_language)) {
        if (e.position >= from && e.position + e.length <= to)
            edits.append(e);
    }
    if (edits.isEmpty())
        return 0;
    // One edit block = one undo step; from the last edit back so that positions stay valid.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto e = edits.crbegin(); e != edits.crend(); ++e) {
        cursor.setPosition(e->position);
        cursor.setPosition(e->position + e->length, QTextCursor::KeepAnchor);
        cursor.insertText(e->text);
    }
    cursor.endEditBlock();
    return static_cast<int>(edits.size());
}

} // namespace GravDesk
