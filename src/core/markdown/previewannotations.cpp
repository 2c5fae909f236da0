// Preview-only annotations (RenderOptions::sourceLines / previewPlaceholders): source line markers
// and placeholders. Byte strings throughout, like the rest of the engine; never used for Grav's own output.
#include "markdown/bytescan.h"
#include "markdown/parsedown.h"

#include <algorithm>

namespace GravDesk::Markdown {

namespace {

const QString kMarkerOpen = QStringLiteral("<!--gd-line:");
const QString kMarkerClose = QStringLiteral("-->");

bool isTagNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':';
}

bool startsWithAt(const QString &s, qsizetype pos, const QString &what)
{
    return QStringView(s).mid(pos).startsWith(what, Qt::CaseInsensitive);
}

// The next source line marker at or after @p from, found from its `!` (rare in HTML, unlike `<`).
qsizetype findMarker(const QString &html, qsizetype from)
{
    for (qsizetype bang = findByte(html, from + 1, u'!'); bang >= 0; bang = findByte(html, bang + 1, u'!'))
        if (QStringView(html).mid(bang - 1).startsWith(kMarkerOpen))
            return bang - 1;
    return -1;
}

// Where the element opened at @p pos (`<pre`, `<code`, a placeholder) ends; -1 when it is not one of those.
qsizetype skipProtected(const QString &html, qsizetype pos)
{
    static const QString pre = QStringLiteral("<pre"), code = QStringLiteral("<code");
    static const QString spanPh = QStringLiteral("<span class=\"gd-placeholder\""),
                         divPh = QStringLiteral("<div class=\"gd-placeholder\"");
    auto closeOf = [&](const QString &close) {
        const qsizetype e = html.indexOf(close, pos, Qt::CaseInsensitive);
        return e < 0 ? html.size() : e + close.size();
    };
    auto nameEnds = [&](qsizetype n) { return n >= html.size() || !isTagNameChar(html.at(n)); };
    if (startsWithAt(html, pos, pre) && nameEnds(pos + pre.size()))
        return closeOf(QStringLiteral("</pre>"));
    if (startsWithAt(html, pos, code) && nameEnds(pos + code.size()))
        return closeOf(QStringLiteral("</code>"));
    if (QStringView(html).mid(pos).startsWith(spanPh))
        return closeOf(QStringLiteral("</span>"));
    if (QStringView(html).mid(pos).startsWith(divPh))
        return closeOf(QStringLiteral("</div>"));
    return -1;
}

} // namespace

QString sourceLineMarker(int line)
{
    return kMarkerOpen + QString::number(line) + kMarkerClose;
}

QString placeholder(const QString &kind, const QString &text, bool block)
{
    const QString tag = block ? QStringLiteral("div") : QStringLiteral("span");
    return QChar(u'<') + tag + QStringLiteral(" class=\"gd-placeholder\" data-gd-kind=\"") + kind + QStringLiteral("\">")
        + escapeHtml(text, false) + QStringLiteral("</") + tag + QChar(u'>');
}

QString applySourceLineMarkers(const QString &html)
{
    qsizetype at = findMarker(html, 0);
    if (at < 0)
        return html;
    QString out;
    out.reserve(html.size() + 64);
    qsizetype copied = 0;
    for (; at >= 0; at = findMarker(html, at)) {
        out.append(QStringView(html).mid(copied, at - copied));
        qsizetype p = at + kMarkerOpen.size();
        const qsizetype digits = p;
        while (p < html.size() && html.at(p).isDigit())
            ++p;
        const QStringView number = QStringView(html).mid(digits, p - digits);
        if (number.isEmpty() || !startsWithAt(html, p, kMarkerClose)) { // not ours after all
            out += html.at(at);
            copied = at + 1;
            ++at;
            continue;
        }
        p += kMarkerClose.size();
        copied = p;
        at = p;
        // onto the element right after it (the one the shortcode line produced); otherwise dropped
        if (p + 1 < html.size() && html.at(p) == u'<' && html.at(p + 1).isLetter()) {
            qsizetype n = p + 1;
            while (n < html.size() && isTagNameChar(html.at(n)))
                ++n;
            out.append(QStringView(html).mid(p, n - p));
            out += QStringLiteral(" data-gd-line=\"") + number + QChar(u'"');
            copied = n;
            static const QString existing = QStringLiteral(" data-gd-line=\"");
            if (startsWithAt(html, n, existing)) { // a block the shortcode kept: the shortcode's line wins
                const qsizetype q = html.indexOf(QChar(u'"'), n + existing.size());
                if (q > 0)
                    copied = q + 1;
            }
            at = copied;
        }
    }
    out.append(QStringView(html).mid(copied));
    return out;
}

QString twigPlaceholders(const QString &html)
{
    qsizetype nextBrace = findByte(html, 0, u'{');
    if (nextBrace < 0)
        return html;
    QString out;
    out.reserve(html.size() + 128);
    qsizetype copied = 0;
    const qsizetype n = html.size();
    qsizetype nextTag = findByte(html, 0, u'<');
    // only `<` and `{` matter: the scan jumps between them (each next position found once)
    auto next = [&](qsizetype from) {
        if (nextTag >= 0 && nextTag < from)
            nextTag = findByte(html, from, u'<');
        if (nextBrace >= 0 && nextBrace < from)
            nextBrace = findByte(html, from, u'{');
        if (nextTag < 0 && nextBrace < 0)
            return n;
        return nextTag < 0 ? nextBrace : nextBrace < 0 ? nextTag : std::min(nextTag, nextBrace);
    };
    qsizetype i = 0;
    while ((i = next(i)) < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype skip = skipProtected(html, i);
            if (skip >= 0) {
                i = skip;
                continue;
            }
            if (i + 1 < n && (html.at(i + 1).isLetter() || html.at(i + 1) == u'/' || html.at(i + 1) == u'!')) {
                const qsizetype e = html.indexOf(QChar(u'>'), i);
                i = e < 0 ? n : e + 1; // attribute values keep their Twig
                continue;
            }
            ++i;
            continue;
        }
        if (c == u'{' && i + 1 < n && (html.at(i + 1) == u'{' || html.at(i + 1) == u'%' || html.at(i + 1) == u'#')) {
            const QChar open = html.at(i + 1);
            const QString close = open == u'{' ? QStringLiteral("}}") : QString(open) + QChar(u'}');
            qsizetype lineEnd = html.indexOf(QChar(u'\n'), i);
            if (lineEnd < 0)
                lineEnd = n;
            const qsizetype e = html.indexOf(close, i + 2);
            if (e >= 0 && e + close.size() <= lineEnd) {
                out.append(QStringView(html).mid(copied, i - copied));
                out += QStringLiteral("<span class=\"gd-placeholder\" data-gd-kind=\"twig\">")
                    + QStringView(html).mid(i, e + close.size() - i) + QStringLiteral("</span>"); // already HTML text
                i = e + close.size();
                copied = i;
                continue;
            }
        }
        ++i;
    }
    out.append(QStringView(html).mid(copied));
    return out;
}

} // namespace GravDesk::Markdown
