// page.summary: the part of the content before the summary delimiter, or an HTML-aware cut.
#include "markdown/bytescan.h"
#include "markdown/gravrenderer.h"

#include <QVarLengthArray>

namespace GravDesk {

using Markdown::findByte;

namespace {
bool isVoid(QStringView tag)
{
    static const QStringList v
        = QStringLiteral("area base br col embed hr img input link meta param source track wbr").split(QChar(u' '));
    return v.contains(tag, Qt::CaseInsensitive);
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A tag `<(/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(/?)>` at @p i: its length (0 when there is none), name and kind.
qsizetype tagAt(QStringView html, qsizetype i, QStringView *name, bool *closing, bool *selfClosing)
{
    qsizetype p = i + 1;
    *closing = p < html.size() && html.at(p) == u'/';
    if (*closing)
        ++p;
    if (p >= html.size() || !isAsciiAlpha(html.at(p)))
        return 0;
    const qsizetype nameStart = p;
    while (p < html.size() && (isAsciiAlpha(html.at(p)) || (html.at(p) >= u'0' && html.at(p) <= u'9') || html.at(p) == u'-'))
        ++p;
    const qsizetype gt = findByte(html, p, u'>');
    if (gt < 0)
        return 0;
    *name = html.mid(nameStart, p - nameStart);
    *selfClosing = gt > p && html.at(gt - 1) == u'/';
    return gt + 1 - i;
}
} // namespace

QString truncateHtml(const QString &html, int length, const QString &ellipsis)
{
    if (length <= 0)
        return html;
    // everything before the cut is kept as it is: only the cut's position and the open tags are needed
    QVarLengthArray<QStringView, 32> open; // tag names (ASCII, compared and written lower-cased)
    int count = 0;
    int i = 0;
    const int n = static_cast<int>(html.size());
    while (i < n && count < length) {
        const QChar c = html.at(i);
        if (c == u'<') {
            QStringView name;
            bool closing = false, selfClosing = false;
            if (const qsizetype tagLength = tagAt(html, i, &name, &closing, &selfClosing)) {
                if (closing) {
                    if (!open.isEmpty() && open.last().compare(name, Qt::CaseInsensitive) == 0)
                        open.removeLast();
                } else if (!selfClosing && !isVoid(name)) {
                    open.append(name);
                }
                i += static_cast<int>(tagLength);
                continue;
            }
            const int close = static_cast<int>(html.indexOf(QChar(u'>'), i)); // comments and the like
            i = close < 0 ? n : close + 1;
            continue;
        }
        if (c == u'&') {
            const int semi = static_cast<int>(html.indexOf(QChar(u';'), i));
            if (semi > i && semi - i <= 10) {
                i = semi + 1;
                ++count;
                continue;
            }
        }
        if (c.isHighSurrogate() && i + 1 < n)
            ++i;
        ++i;
        ++count;
    }
    if (i >= n)
        return html;
    QString out = QStringView(html).left(i) + ellipsis;
    while (!open.isEmpty()) {
        out += QStringLiteral("</") + open.last().toString().toLower() + QChar(u'>');
        open.removeLast();
    }
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
    // the length of the text without its tags (`<[^>]*>`)
    qsizetype textLength = content.size();
    for (qsizetype lt = findByte(content, 0, u'<'); lt >= 0; lt = findByte(content, lt + 1, u'<')) {
        const qsizetype gt = findByte(content, lt + 1, u'>');
        if (gt < 0)
            break;
        textLength -= gt + 1 - lt;
        lt = gt;
    }
    if (textLength <= size)
        return content;
    return truncateHtml(content, size);
}

} // namespace GravDesk
