// page.summary: the part of the content before the summary delimiter, or an HTML-aware cut.
#include "markdown/gravrenderer.h"

#include <QRegularExpression>
#include <QVector>

namespace GravDesk {

namespace {
bool isVoid(const QString &tag)
{
    static const QStringList v
        = QStringLiteral("area base br col embed hr img input link meta param source track wbr").split(QChar(u' '));
    return v.contains(tag);
}
} // namespace

QString truncateHtml(const QString &html, int length, const QString &ellipsis)
{
    if (length <= 0)
        return html;
    static const QRegularExpression tagRe(QStringLiteral("^<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>"));
    QString out;
    QVector<QString> open;
    int count = 0;
    int i = 0;
    const int n = static_cast<int>(html.size());
    while (i < n && count < length) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const auto m = tagRe.match(QStringView(html).mid(i));
            if (m.hasMatch()) {
                const QString tag = m.captured(2).toLower();
                if (!m.captured(1).isEmpty()) {
                    if (!open.isEmpty() && open.last() == tag)
                        open.removeLast();
                } else if (m.captured(3).isEmpty() && !isVoid(tag)) {
                    open.append(tag);
                }
                out += m.captured(0);
                i += static_cast<int>(m.capturedLength(0));
                continue;
            }
            const int close = static_cast<int>(html.indexOf(QChar(u'>'), i)); // comments and the like
            const int end = close < 0 ? n : close + 1;
            out += html.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == u'&') {
            const int semi = static_cast<int>(html.indexOf(QChar(u';'), i));
            if (semi > i && semi - i <= 10) {
                out += html.mid(i, semi - i + 1);
                i = semi + 1;
                ++count;
                continue;
            }
        }
        out += c;
        if (c.isHighSurrogate() && i + 1 < n)
            out += html.at(++i);
        ++i;
        ++count;
    }
    if (i >= n)
        return html;
    out += ellipsis;
    while (!open.isEmpty())
        out += QStringLiteral("</") + open.takeLast() + QChar(u'>');
    return out;
}

QString gravSummary(const QString &htmlWithDelimiter, const QString &delimiter, bool enabled, const QString &format, int size)
{
    const QString paragraph = QStringLiteral("<p>") + delimiter + QStringLiteral("</p>");
    QString content = htmlWithDelimiter;
    const int pos = static_cast<int>(content.indexOf(paragraph));
    content.remove(paragraph);
    if (!enabled)
        return content;
    if (format == QStringLiteral("short") && pos >= 0)
        return htmlWithDelimiter.left(pos);
    if (size == 0)
        return content;
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    if (QString(content).remove(tags).size() <= size)
        return content;
    return truncateHtml(content, size);
}

} // namespace GravDesk
