#pragma once

#include <QString>

class QPlainTextEdit;

namespace GravDesk {

/**
 * Markdown formatting commands on a text editor's selection, as Parsedown reads the result. Each command
 * is one edit block, so it is one step of the editor's undo history (and of the page's). Inline commands
 * toggle: applied to text that already has the markup, they take it away.
 */
namespace MarkdownFormat {

/// `**selection**` (or removes it). Without a selection, the word at the cursor; in an empty spot, `****`
/// with the cursor in the middle.
void toggleBold(QPlainTextEdit *editor);
/// `*selection*` (or removes it), as toggleBold().
void toggleItalic(QPlainTextEdit *editor);
/// `` `selection` `` for a part of one line; a fenced block (```` ``` ````) around several lines.
void toggleCode(QPlainTextEdit *editor);
/**
 * `[selection](https://)` with the address selected, ready to be typed over; when the selection is an
 * address itself, `[](address)` with the cursor in the brackets. Inside an existing link, selects its address.
 */
void insertLink(QPlainTextEdit *editor);
/// Makes the lines of the selection headings of @p level (1–6; 0 makes them plain paragraphs again).
void setHeading(QPlainTextEdit *editor, int level);
/// `- ` before each line of the selection, or takes it away when all have one.
void toggleBulletList(QPlainTextEdit *editor);
/// `1. `, `2. ` … before the lines of the selection, or takes the numbers away when all have them.
void toggleNumberedList(QPlainTextEdit *editor);
/// `> ` before each line of the selection, or takes it away when all have it.
void toggleQuote(QPlainTextEdit *editor);
/**
 * A table: the selected lines (cells separated by tabs, as pasted from a spreadsheet, or by `;`) become
 * its rows, the first one its header; without a selection, a table of two columns and two rows to fill in.
 */
void insertTable(QPlainTextEdit *editor);
/// Grav's summary break: `===` on a line of its own with blank lines around it (Parsedown would read it
/// as a heading underline right under a paragraph).
void insertSummaryBreak(QPlainTextEdit *editor);
/// @p block (e.g. a shortcode) as a paragraph of its own at the cursor, the selection put at @p marker.
void insertBlock(QPlainTextEdit *editor, const QString &block, const QString &marker = {});
/// `![name](file)` for a picture, `[name](file)` for another file of the page's folder, at the cursor.
void insertMediaLink(QPlainTextEdit *editor, const QString &fileName, bool image);

} // namespace MarkdownFormat

} // namespace GravDesk
