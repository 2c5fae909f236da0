#pragma once

#include <QString>

class QPlainTextEdit;

namespace GravDesk {

/// A language in its own name ("Қазақша"), so a reader finds theirs whatever the interface language is.
QString nativeLanguageName(const QString &code);
/// A site language as the interface names it: its own name and its code ("Қазақша (kk)").
QString languageName(const QString &code);

/// The editor's text with its no-break spaces kept (QTextDocument::toPlainText() turns them into spaces).
QString editorText(const QPlainTextEdit *editor);

} // namespace GravDesk
