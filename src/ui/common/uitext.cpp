#include "uitext.h"

#include <QPlainTextEdit>
#include <QTextDocument>

namespace GravDesk {

QString languageName(const QString &code)
{
    // Each language in its own name, so a reader finds theirs whatever the interface language is.
    if (code == QLatin1String("kk"))
        return QStringLiteral("Қазақша (kk)");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский (ru)");
    if (code == QLatin1String("en"))
        return QStringLiteral("English (en)");
    return code;
}

QString editorText(const QPlainTextEdit *editor)
{
    QString text = editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace GravDesk
