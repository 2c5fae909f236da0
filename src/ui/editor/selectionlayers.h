#pragma once

#include <QList>
#include <QString>
#include <QTextEdit>

class QPlainTextEdit;

namespace GravDesk {

/**
 * Sets one layer of @p editor's extra selections: the find bar's matches, the side by side window's
 * paragraph … Each owner replaces its own layer only; the editor shows all layers, drawn in the order
 * they were first set (a later layer over an earlier one).
 */
void setSelectionLayer(QPlainTextEdit *editor, const QString &layer, const QList<QTextEdit::ExtraSelection> &selections);

/// The selections of one layer of @p editor (tests).
QList<QTextEdit::ExtraSelection> selectionLayer(QPlainTextEdit *editor, const QString &layer);

} // namespace GravDesk
