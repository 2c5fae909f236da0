#include "editor/markdownformat.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

#include <functional>

namespace GravDesk::MarkdownFormat {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GravDesk::MarkdownFormat", text);
}

/// The blocks the selection touches (a selection ending at the start of a line leaves that line out).
std::pair<QTextBlock, QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    QTextDocument *doc = cursor.document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();
    return {first, last};
}

/// Rewrites each selected line with @p change as one edit, and selects the lines afterwards.
void rewriteLines(QPlainTextEdit *editor, const std::function<QStringList(const QStringList &)> &change)
{
    const QTextCursor cursor = editor->textCursor();
    const bool hadSelection = cursor.hasSelection(); // the cursor follows the edit below
    const auto [first, last] = selectedBlocks(cursor);
    QStringList lines;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        lines << b.text();
        if (b == last)
            break;
    }
    const QStringList changed = change(lines);
    if (changed == lines)
        return;
    const int from = first.position(); // the blocks are gone after the edit
    QTextCursor edit(editor->document());
    edit.setPosition(from);
    edit.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    edit.beginEditBlock();
    const QString text = changed.join(QLatin1Char('\n'));
    edit.insertText(text);
    edit.endEditBlock();
    if (hadSelection) {
        // The lines stay selected: the same command again takes the change back.
        edit.setPosition(from);
        edit.setPosition(from + int(text.size()), QTextCursor::KeepAnchor);
    } else {
        // Typing goes on where it was, after the new prefix (a heading made while writing its text).
        edit.setPosition(from + int(text.size()));
    }
    editor->setTextCursor(edit);
}

const QRegularExpression &headingPrefix()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}#{1,6}(?:[ \\t]+|$)"));
    return re;
}

const QRegularExpression &bulletPrefix()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}[-*+][ \\t]+"));
    return re;
}

const QRegularExpression &numberPrefix()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}\\d{1,9}[.)][ \\t]+"));
    return re;
}

const QRegularExpression &quotePrefix()
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}> ?"));
    return re;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

/// Every non-blank line has the prefix.
bool allHave(const QStringList &lines, const QRegularExpression &re)
{
    bool any = false;
    for (const QString &l : lines) {
        if (isBlank(l))
            continue;
        any = true;
        if (!re.match(l).hasMatch())
            return false;
    }
    return any;
}

QString withoutPrefix(const QString &line, const QRegularExpression &re)
{
    const QRegularExpressionMatch m = re.match(line);
    return m.hasMatch() ? line.mid(m.capturedLength()) : line;
}

/// Wraps or unwraps @p marker around the selection (one line at a time: emphasis never spans paragraphs).
void toggleInline(QPlainTextEdit *editor, const QString &marker)
{
    QTextCursor cursor = editor->textCursor();
    const int m = int(marker.size());
    if (!cursor.hasSelection()) {
        QTextCursor word = cursor;
        word.select(QTextCursor::WordUnderCursor);
        if (word.hasSelection() && !word.selectedText().trimmed().isEmpty()) {
            cursor = word;
        } else {
            cursor.beginEditBlock();
            cursor.insertText(marker + marker);
            cursor.endEditBlock();
            cursor.setPosition(cursor.position() - m);
            editor->setTextCursor(cursor);
            return;
        }
    }
    const QTextBlock first = cursor.document()->findBlock(cursor.selectionStart());
    const QTextBlock last = cursor.document()->findBlock(cursor.selectionEnd());
    if (first != last) {
        // Each line of the selection on its own.
        rewriteLines(editor, [&marker, m](const QStringList &lines) {
            bool wrapped = true;
            for (const QString &l : lines)
                if (!isBlank(l)
                    && !(l.trimmed().startsWith(marker) && l.trimmed().endsWith(marker) && l.trimmed().size() >= 2 * m))
                    wrapped = false;
            QStringList out;
            for (const QString &l : lines) {
                if (isBlank(l)) {
                    out << l;
                    continue;
                }
                const int lead = int(l.size() - QString(l).remove(QRegularExpression(QStringLiteral("^\\s+"))).size());
                const QString core = l.trimmed();
                const QString trail = l.mid(lead + core.size());
                out << l.left(lead) + (wrapped ? core.mid(m, core.size() - 2 * m) : marker + core + marker) + trail;
            }
            return out;
        });
        return;
    }
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    const QString blockText = first.text();
    const int bs = first.position();
    // Markup just outside the selection: take it away.
    if (start - bs >= m && end - bs + m <= blockText.size() && blockText.mid(start - bs - m, m) == marker
        && blockText.mid(end - bs, m) == marker) {
        QTextCursor edit(cursor.document());
        edit.beginEditBlock();
        edit.setPosition(end);
        edit.setPosition(end + m, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.setPosition(start - m);
        edit.setPosition(start, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.endEditBlock();
        edit.setPosition(start - m);
        edit.setPosition(end - m, QTextCursor::KeepAnchor);
        editor->setTextCursor(edit);
        return;
    }
    QString selected = blockText.mid(start - bs, end - start);
    // Markup inside the selection: take it away.
    if (selected.size() >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
        QTextCursor edit(cursor.document());
        edit.setPosition(start);
        edit.setPosition(end, QTextCursor::KeepAnchor);
        edit.beginEditBlock();
        const QString inner = selected.mid(m, selected.size() - 2 * m);
        edit.insertText(inner);
        edit.endEditBlock();
        edit.setPosition(start);
        edit.setPosition(start + int(inner.size()), QTextCursor::KeepAnchor);
        editor->setTextCursor(edit);
        return;
    }
    // Spaces stay outside the markup: Parsedown does not close emphasis after a space.
    while (start < end && blockText.at(start - bs).isSpace())
        ++start;
    while (end > start && blockText.at(end - bs - 1).isSpace())
        --end;
    if (start == end)
        return;
    selected = blockText.mid(start - bs, end - start);
    QTextCursor edit(cursor.document());
    edit.setPosition(start);
    edit.setPosition(end, QTextCursor::KeepAnchor);
    edit.beginEditBlock();
    edit.insertText(marker + selected + marker);
    edit.endEditBlock();
    edit.setPosition(start + m);
    edit.setPosition(start + m + int(selected.size()), QTextCursor::KeepAnchor);
    editor->setTextCursor(edit);
}

} // namespace

void toggleBold(QPlainTextEdit *editor)
{
    toggleInline(editor, QStringLiteral("**"));
}

void toggleItalic(QPlainTextEdit *editor)
{
    toggleInline(editor, QStringLiteral("*"));
}

void toggleCode(QPlainTextEdit *editor)
{
    const QTextCursor cursor = editor->textCursor();
    const auto [first, last] = selectedBlocks(cursor);
    if (first == last) {
        toggleInline(editor, QStringLiteral("`"));
        return;
    }
    rewriteLines(editor, [](const QStringList &lines) {
        if (lines.size() >= 2 && lines.first().trimmed().startsWith(QLatin1String("```"))
            && lines.last().trimmed() == QLatin1String("```"))
            return lines.mid(1, lines.size() - 2);
        QStringList out {QStringLiteral("```")};
        out << lines << QStringLiteral("```");
        return out;
    });
}

void insertLink(QPlainTextEdit *editor)
{
    QTextCursor cursor = editor->textCursor();
    // Spaces at the ends of the selection stay outside the link (a double-click selects a trailing one).
    int from = cursor.selectionStart();
    int to = cursor.selectionEnd();
    const QTextDocument *doc = editor->document();
    while (from < to && doc->characterAt(from).isSpace())
        ++from;
    while (to > from && doc->characterAt(to - 1).isSpace())
        --to;
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    const QString selected = cursor.selectedText();
    static const QRegularExpression address(QStringLiteral("^(?:https?://|mailto:|www\\.)\\S+$"));
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    if (address.match(selected).hasMatch()) {
        cursor.insertText(QStringLiteral("[](") + selected + QLatin1Char(')'));
        cursor.endEditBlock();
        cursor.setPosition(start + 1);
        editor->setTextCursor(cursor);
        return;
    }
    const QString text = selected.contains(QChar::ParagraphSeparator) ? QString() : selected;
    const QString url = QStringLiteral("https://");
    cursor.insertText(QLatin1Char('[') + text + QStringLiteral("](") + url + QLatin1Char(')'));
    cursor.endEditBlock();
    const int urlStart = start + int(text.size()) + 3;
    cursor.setPosition(urlStart);
    cursor.setPosition(urlStart + int(url.size()), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
}

void setHeading(QPlainTextEdit *editor, int level)
{
    level = std::clamp(level, 0, 6);
    rewriteLines(editor, [level](const QStringList &lines) {
        const QString prefix = QString(level, QLatin1Char('#')) + QLatin1Char(' ');
        // An empty line on its own: the heading is about to be typed.
        if (lines.size() == 1 && isBlank(lines.first()))
            return QStringList {level == 0 ? QString() : prefix};
        QStringList out;
        for (const QString &l : lines) {
            const QString plain = withoutPrefix(l, headingPrefix());
            out << (isBlank(plain) || level == 0 ? plain : prefix + plain);
        }
        return out;
    });
}

void toggleBulletList(QPlainTextEdit *editor)
{
    rewriteLines(editor, [](const QStringList &lines) {
        const bool all = allHave(lines, bulletPrefix());
        QStringList out;
        for (const QString &l : lines)
            out << (isBlank(l) ? l
                    : all      ? withoutPrefix(l, bulletPrefix())
                               : QStringLiteral("- ") + withoutPrefix(l, numberPrefix()));
        return out;
    });
}

void toggleNumberedList(QPlainTextEdit *editor)
{
    rewriteLines(editor, [](const QStringList &lines) {
        const bool all = allHave(lines, numberPrefix());
        QStringList out;
        int n = 0;
        for (const QString &l : lines)
            out << (isBlank(l) ? l
                    : all      ? withoutPrefix(l, numberPrefix())
                               : QStringLiteral("%1. ").arg(++n) + withoutPrefix(l, bulletPrefix()));
        return out;
    });
}

void toggleQuote(QPlainTextEdit *editor)
{
    rewriteLines(editor, [](const QStringList &lines) {
        const bool all = allHave(lines, quotePrefix());
        QStringList out;
        for (const QString &l : lines)
            out << (all ? withoutPrefix(l, quotePrefix()) : QStringLiteral("> ") + l);
        return out;
    });
}

void insertTable(QPlainTextEdit *editor)
{
    const QTextCursor cursor = editor->textCursor();
    if (!cursor.hasSelection()) {
        const QString header = QStringLiteral("| %1 | %2 |").arg(tr("Column 1"), tr("Column 2"));
        insertBlock(editor, header + QStringLiteral("\n| --- | --- |\n|  |  |\n|  |  |"), tr("Column 1"));
        return;
    }
    rewriteLines(editor, [](const QStringList &lines) {
        QList<QStringList> rows;
        int columns = 0;
        for (const QString &l : lines) {
            if (isBlank(l))
                continue;
            QStringList cells = l.split(l.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(';'));
            for (QString &c : cells)
                c = c.trimmed().replace(QLatin1Char('|'), QStringLiteral("\\|"));
            columns = std::max(columns, int(cells.size()));
            rows << cells;
        }
        if (rows.isEmpty())
            return lines;
        auto row = [columns](QStringList cells) -> QString {
            while (cells.size() < columns)
                cells << QString();
            return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
        };
        QStringList out {row(rows.first())};
        QStringList rule;
        for (int c = 0; c < columns; ++c)
            rule << QStringLiteral("---");
        out << row(rule);
        for (int r = 1; r < rows.size(); ++r)
            out << row(rows[r]);
        return out;
    });
}

void insertBlock(QPlainTextEdit *editor, const QString &block, const QString &marker)
{
    // A paragraph of its own, with a blank line on each side: on the blank line the cursor is on, or
    // after the line it is in.
    const QTextBlock current = editor->textCursor().block();
    const QTextBlock next = current.next();
    QString before;
    QString after;
    int at = 0;
    if (isBlank(current.text())) {
        at = current.position();
        if (current.previous().isValid() && !isBlank(current.previous().text()))
            before = QStringLiteral("\n");
        if (next.isValid() && !isBlank(next.text()))
            after = QStringLiteral("\n");
    } else {
        at = current.position() + current.length() - 1;
        before = QStringLiteral("\n\n");
        if (next.isValid() && !isBlank(next.text()))
            after = QStringLiteral("\n");
    }
    QTextCursor edit(editor->document());
    edit.setPosition(at);
    edit.beginEditBlock();
    edit.insertText(before + block + after);
    edit.endEditBlock();
    const int blockStart = at + int(before.size());
    const int markerAt = marker.isEmpty() ? -1 : int(block.indexOf(marker));
    if (markerAt >= 0) {
        edit.setPosition(blockStart + markerAt);
        edit.setPosition(blockStart + markerAt + int(marker.size()), QTextCursor::KeepAnchor);
    } else {
        edit.setPosition(blockStart + int(block.size()));
    }
    editor->setTextCursor(edit);
}

void insertSummaryBreak(QPlainTextEdit *editor)
{
    insertBlock(editor, QStringLiteral("==="));
}

void insertMediaLink(QPlainTextEdit *editor, const QString &fileName, bool image)
{
    QString target = fileName;
    // Spaces and parentheses would end a Markdown link's address.
    target.replace(QLatin1Char(' '), QStringLiteral("%20")).replace(QLatin1Char('('), QStringLiteral("%28"));
    target.replace(QLatin1Char(')'), QStringLiteral("%29"));
    QString label = fileName.section(QLatin1Char('.'), 0, -2);
    if (label.isEmpty())
        label = fileName;
    label.replace(QLatin1Char('['), QLatin1Char('(')).replace(QLatin1Char(']'), QLatin1Char(')'));
    QTextCursor cursor = editor->textCursor();
    cursor.beginEditBlock();
    cursor.insertText(
        (image ? QStringLiteral("![") : QStringLiteral("[")) + label + QStringLiteral("](") + target + QLatin1Char(')'));
    cursor.endEditBlock();
    editor->setTextCursor(cursor);
}

} // namespace GravDesk::MarkdownFormat
