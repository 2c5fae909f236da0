// Preview-only annotations (RenderOptions::sourceLines / previewPlaceholders): source line markers
// and placeholders, on the UTF-8 bytes like the rest of the pipeline; never used for Grav's own output.
// Character classes are those of each byte read as a Latin-1 character, as when the passes worked on
// byte strings.
#include "markdown/bytescan.h"
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <algorithm>

namespace GravDesk::Markdown {

namespace {

constexpr View kMarkerOpen = "<!--gd-line:";
constexpr View kMarkerClose = "-->";

QChar latin1(char c)
{
    return QChar::fromLatin1(c);
}

bool isTagNameChar(char c)
{
    return latin1(c).isLetterOrNumber() || c == '-' || c == ':';
}

// Whether @p s has @p what (lower-case ASCII) at @p pos, in either case.
bool startsWithAt(View s, size_t pos, View what)
{
    return pos <= s.size() && equalsNoCase(s.substr(pos, what.size()), what);
}

// The first @p what (lower-case ASCII) in either case at or after @p from, or npos.
size_t findNoCase(View s, View what, size_t from)
{
    for (size_t i = from; i + what.size() <= s.size(); ++i)
        if (lowerAscii(s[i]) == what[0] && startsWithAt(s, i, what))
            return i;
    return View::npos;
}

// The next source line marker at or after @p from, found from its `!` (rare in HTML, unlike `<`).
qsizetype findMarker(View html, qsizetype from)
{
    for (qsizetype bang = findByte(html, from + 1, '!'); bang >= 0; bang = findByte(html, bang + 1, '!'))
        if (startsWith(html.substr(static_cast<size_t>(bang - 1)), kMarkerOpen))
            return bang - 1;
    return -1;
}

// Where the element opened at @p pos (`<pre`, `<code`, a placeholder) ends; npos when it is not one of those.
size_t skipProtected(View html, size_t pos)
{
    constexpr View pre = "<pre", code = "<code";
    constexpr View spanPh = "<span class=\"gd-placeholder\"", divPh = "<div class=\"gd-placeholder\"";
    auto closeOf = [&](View close) {
        const size_t e = findNoCase(html, close, pos);
        return e == View::npos ? html.size() : e + close.size();
    };
    auto nameEnds = [&](size_t n) { return n >= html.size() || !isTagNameChar(html[n]); };
    if (startsWithAt(html, pos, pre) && nameEnds(pos + pre.size()))
        return closeOf("</pre>");
    if (startsWithAt(html, pos, code) && nameEnds(pos + code.size()))
        return closeOf("</code>");
    if (startsWith(html.substr(pos), spanPh))
        return closeOf("</span>");
    if (startsWith(html.substr(pos), divPh))
        return closeOf("</div>");
    return View::npos;
}

} // namespace

QString sourceLineMarker(int line)
{
    return toByteString(kMarkerOpen) + QString::number(line) + toByteString(kMarkerClose);
}

void appendPlaceholder(std::string &out, std::string_view kind, std::string_view text, bool block)
{
    const std::string_view tag = block ? "div" : "span";
    out += '<';
    out += tag;
    out += " class=\"gd-placeholder\" data-gd-kind=\"";
    out += kind;
    out += "\">";
    escapeInto(out, text, false);
    out += "</";
    out += tag;
    out += '>';
}

bool applySourceLineMarkers(View html, std::string &out)
{
    qsizetype at = findMarker(html, 0);
    if (at < 0)
        return false;
    out.clear();
    out.reserve(html.size() + 64);
    const auto n = static_cast<qsizetype>(html.size());
    auto c = [&](qsizetype i) { return html[static_cast<size_t>(i)]; };
    qsizetype copied = 0;
    for (; at >= 0; at = findMarker(html, at)) {
        out += midView(html, copied, at - copied);
        qsizetype p = at + static_cast<qsizetype>(kMarkerOpen.size());
        const qsizetype digits = p;
        while (p < n && isDigit(c(p)))
            ++p;
        const View number = midView(html, digits, p - digits);
        if (number.empty() || !startsWith(midView(html, p), kMarkerClose)) { // not ours after all
            out += c(at);
            copied = at + 1;
            ++at;
            continue;
        }
        p += static_cast<qsizetype>(kMarkerClose.size());
        copied = p;
        at = p;
        // onto the element right after it (the one the shortcode line produced); otherwise dropped
        if (p + 1 < n && c(p) == '<' && latin1(c(p + 1)).isLetter()) {
            qsizetype e = p + 1;
            while (e < n && isTagNameChar(c(e)))
                ++e;
            out += midView(html, p, e - p);
            out += " data-gd-line=\"";
            out += number;
            out += '"';
            copied = e;
            constexpr View existing = " data-gd-line=\"";
            if (startsWithAt(html, static_cast<size_t>(e), existing)) { // a block the shortcode kept: the shortcode's line wins
                const qsizetype q = findByte(html, e + static_cast<qsizetype>(existing.size()), '"');
                if (q > 0)
                    copied = q + 1;
            }
            at = copied;
        }
    }
    out += midView(html, copied);
    return true;
}

bool twigPlaceholders(View html, std::string &out)
{
    qsizetype nextBrace = findByte(html, 0, '{');
    if (nextBrace < 0)
        return false;
    out.clear();
    out.reserve(html.size() + 128);
    qsizetype copied = 0;
    const auto n = static_cast<qsizetype>(html.size());
    auto c = [&](qsizetype i) { return html[static_cast<size_t>(i)]; };
    qsizetype nextTag = findByte(html, 0, '<');
    // only `<` and `{` matter: the scan jumps between them (each next position found once)
    auto next = [&](qsizetype from) {
        if (nextTag >= 0 && nextTag < from)
            nextTag = findByte(html, from, '<');
        if (nextBrace >= 0 && nextBrace < from)
            nextBrace = findByte(html, from, '{');
        if (nextTag < 0 && nextBrace < 0)
            return n;
        return nextTag < 0 ? nextBrace : nextBrace < 0 ? nextTag : std::min(nextTag, nextBrace);
    };
    // the line break and each closer ("}}", "%}", "#}") after a Twig opener, kept from the last search while
    // it still lies ahead: searching the rest of the page from every opener made a page of them quadratic
    qsizetype lineEndAt = -2;
    qsizetype closerAt[3] = {-2, -2, -2};
    qsizetype closerFrom[3] = {0, 0, 0};
    qsizetype i = 0;
    while ((i = next(i)) < n) {
        if (c(i) == '<') {
            const size_t skip = skipProtected(html, static_cast<size_t>(i));
            if (skip != View::npos) {
                i = static_cast<qsizetype>(skip);
                continue;
            }
            if (i + 1 < n && (latin1(c(i + 1)).isLetter() || c(i + 1) == '/' || c(i + 1) == '!')) {
                const qsizetype e = findByte(html, i, '>');
                i = e < 0 ? n : e + 1; // attribute values keep their Twig
                continue;
            }
            ++i;
            continue;
        }
        if (c(i) == '{' && i + 1 < n && (c(i + 1) == '{' || c(i + 1) == '%' || c(i + 1) == '#')) {
            const char open = c(i + 1);
            const char close[] = {open == '{' ? '}' : open, '}'};
            if (lineEndAt != -1 && lineEndAt < i)
                lineEndAt = findByte(html, i, '\n');
            const qsizetype lineEnd = lineEndAt < 0 ? n : lineEndAt;
            const int kind = open == '{' ? 0 : open == '%' ? 1 : 2;
            qsizetype &closer = closerAt[kind];
            if (closer == -2 || i + 2 < closerFrom[kind] || (closer >= 0 && closer < i + 2)) {
                const size_t found = html.find(View(close, 2), static_cast<size_t>(i + 2));
                closer = found == View::npos ? -1 : static_cast<qsizetype>(found);
                closerFrom[kind] = i + 2;
            }
            const size_t e = closer < 0 ? View::npos : static_cast<size_t>(closer);
            if (e != View::npos && static_cast<qsizetype>(e) + 2 <= lineEnd) {
                out += midView(html, copied, i - copied);
                out += "<span class=\"gd-placeholder\" data-gd-kind=\"twig\">"; // already HTML text
                out += midView(html, i, static_cast<qsizetype>(e) + 2 - i);
                out += "</span>";
                i = static_cast<qsizetype>(e) + 2;
                copied = i;
                continue;
            }
        }
        ++i;
    }
    out += midView(html, copied);
    return true;
}

} // namespace GravDesk::Markdown
