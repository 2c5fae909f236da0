#include "uitext.h"

#include <QPlainTextEdit>
#include <QTextDocument>

namespace GravDesk {

QString nativeLanguageName(const QString &code)
{
    if (code == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString languageName(const QString &code)
{
    const QString name = nativeLanguageName(code);
    return name == code ? code : name + QStringLiteral(" (") + code + QLatin1Char(')');
}

QString editorText(const QPlainTextEdit *editor)
{
    QString text = editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace GravDesk
