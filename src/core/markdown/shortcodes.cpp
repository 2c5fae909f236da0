// shortcode-core's post-Markdown pass: thunderer/shortcode's RegularParser (token based, with its
// backtracking marks) and Processor, plus the handlers of the shortcodes used on Grav news sites.
#include "markdown/shortcodes.h"

#include "markdown/bytescan.h"
#include "markdown/parsedown.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace GravDesk::Markdown {

QStringView Shortcode::param(QStringView key, QStringView fallback) const
{
    for (const auto &p : params)
        if (p.first == key)
            return p.second;
    return fallback;
}

bool Shortcode::hasParam(QStringView key) const
{
    for (const auto &p : params)
        if (p.first == key)
            return true;
    return false;
}

namespace {

enum Tok { Open = 1, Close, Marker, Sep, Delim, String, Ws };

// A token runs from its offset to the next token's (tokens cover the text without gaps).
struct Token
{
    int type;
    qsizetype offset;
};

bool isWs(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isSpecial(QChar c)
{
    return c == u'[' || c == u']' || c == u'/' || c == u'=' || c == u'"';
}

// `^[a-zA-Z0-9-_\*]+$`
bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_'
        || u == u'*';
}

std::vector<Token> tokenize(QStringView s)
{
    std::vector<Token> out;
    out.reserve(static_cast<size_t>(s.size() / 4 + 16));
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        const qsizetype start = i;
        int type = String;
        if (c == u'\\' && i + 1 < n) {
            i += 2;
            while (i < n && (s.at(i).unicode() & 0xC0) == 0x80) // the whole escaped UTF-8 character
                ++i;
        } else if (isWs(c)) {
            type = Ws;
            while (i < n && isWs(s.at(i)))
                ++i;
        } else if (isSpecial(c)) {
            type = c == u'[' ? Open : c == u']' ? Close : c == u'/' ? Marker : c == u'=' ? Sep : Delim;
            ++i;
        } else {
            while (i < n && !isSpecial(s.at(i)) && !isWs(s.at(i)))
                ++i;
        }
        out.push_back({type, start});
    }
    return out;
}

// Whether a `[` is followed (after white space) by a name character: without one no shortcode can
// be found, and the text need not be tokenised.
bool mayHoldShortcode(QStringView s)
{
    for (qsizetype i = findByte(s, 0, u'['); i >= 0; i = findByte(s, i + 1, u'[')) {
        qsizetype j = i + 1;
        while (j < s.size() && isWs(s.at(j)))
            ++j;
        if (j < s.size() && isNameChar(s.at(j)))
            return findByte(s, j, u']') >= 0;
    }
    return false;
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_text(text)
        , m_tok(tokenize(text))
        , m_n(static_cast<int>(m_tok.size()))
    { }

    QVector<Shortcode> parse()
    {
        QVector<Shortcode> found;
        while (m_pos < m_n) {
            while (m_pos < m_n && !peek(Open))
                ++m_pos;
            Stack stack;
            mark();
            QVector<Shortcode> list;
            QStringView closing;
            const int r = shortcode(stack, list, closing, 0);
            if (r == Fail) {
                rewind(true);
                take(0, true);
                continue;
            }
            if (r == Found)
                found += list;
        }
        return found;
    }

private:
    enum Result { Fail, Found, Closing };
    using Stack = QVarLengthArray<QStringView, 16>;

    qsizetype offsetOf(int token) const { return token < m_n ? m_tok[static_cast<size_t>(token)].offset : m_text.size(); }

    // The text of tokens [from, to): never a null view (a value or content may be empty but present).
    QStringView text(int from, int to) const
    {
        const qsizetype a = offsetOf(from);
        return QStringView(m_text.data() + a, to > from ? offsetOf(to) - a : 0);
    }

    bool peek(int type) const { return m_pos < m_n && m_tok[static_cast<size_t>(m_pos)].type == type; }

    // The token taken (of @p type, any when 0), a null view when there is none; then one white space token with @p ws.
    QStringView take(int type, bool ws)
    {
        if (m_pos >= m_n)
            return {};
        if (type != 0 && m_tok[static_cast<size_t>(m_pos)].type != type)
            return {};
        const QStringView t = text(m_pos, m_pos + 1);
        ++m_pos;
        if (ws && peek(Ws))
            ++m_pos;
        return t;
    }

    void mark()
    {
        m_marks.append(m_pos);
        m_lastMark = m_pos;
    }

    int popMark() { return m_marks.isEmpty() ? 0 : m_marks.takeLast(); }

    // Nothing (a null view) when no token lies between; thunderer's strings are then empty.
    QStringView since()
    {
        const int from = popMark();
        return m_pos > from ? text(from, m_pos) : QStringView();
    }

    QStringView rewind(bool move)
    {
        const int from = popMark();
        if (move)
            m_pos = from;
        const QStringView s = m_lastMark > from ? text(from, m_lastMark) : QStringView();
        m_lastMark = from;
        return s;
    }

    int shortcode(Stack &stack, QVector<Shortcode> &out, QStringView &closingOut, int depth)
    {
        if (depth > 64) // hostile nesting: treated as text
            return Fail;
        if (take(Open, false).isEmpty())
            return Fail;
        const qsizetype offset = offsetOf(m_pos - 1);
        take(Ws, false);
        const QStringView name = take(String, false);
        if (name.isEmpty() || peek(String))
            return Fail;
        for (QChar c : name)
            if (!isNameChar(c))
                return Fail;
        take(Ws, false);
        QStringView bb;
        if (!take(Sep, true).isEmpty()) {
            if (!value(bb))
                return Fail;
        }
        QVector<QPair<QStringView, QStringView>> params;
        if (!parameters(params))
            return Fail;
        if (!take(Marker, true).isEmpty()) {
            if (take(Close, false).isEmpty())
                return Fail;
            out = {Shortcode {name, params, bb, QStringView(), since(), offset}};
            return Found;
        }
        if (take(Close, false).isEmpty())
            return Fail;
        mark();
        stack.append(name);

        QVector<Shortcode> inner;
        QStringView closing;
        bool hasClosing = false;
        bool reachedEnd = true;
        while (m_pos < m_n) {
            while (m_pos < m_n && !peek(Open))
                take(0, true);
            mark();
            QVector<Shortcode> sub;
            QStringView subClosing;
            const int r = shortcode(stack, sub, subClosing, depth + 1);
            if (r == Closing) {
                closing = subClosing;
                hasClosing = true;
                reachedEnd = false;
                break;
            }
            if (r == Found) {
                inner += sub;
                continue;
            }
            rewind(true);
            mark();
            QStringView c;
            if (closeTag(stack, c)) {
                rewind(true);
                closing = c;
                hasClosing = true;
                inner.clear();
                reachedEnd = false;
                break;
            }
            hasClosing = false;
            rewind(true);
            take(0, false);
        }
        bool hasContent = m_pos < m_n;
        if (reachedEnd)
            hasContent = false;

        if (hasClosing && closing != name) {
            stack.removeLast();
            popMark();
            popMark();
            closingOut = closing;
            return Closing;
        }
        if (!hasContent || !hasClosing || closing != name) {
            rewind(false);
            const QStringView text = rewind(false);
            stack.removeLast();
            out = {Shortcode {name, params, bb, QStringView(), text, offset}};
            out += inner;
            return Found;
        }
        const QStringView content = since();
        QStringView c;
        if (!closeTag(stack, c))
            return Fail;
        stack.removeLast();
        out = {Shortcode {name, params, bb, content, since(), offset}};
        return Found;
    }

    bool closeTag(const Stack &stack, QStringView &name)
    {
        if (take(Open, true).isEmpty())
            return false;
        if (take(Marker, true).isEmpty())
            return false;
        name = take(String, true);
        if (name.isEmpty() || name == u"0")
            return false;
        if (take(Close, false).isEmpty())
            return false;
        return std::find(stack.cbegin(), stack.cend(), name) != stack.cend();
    }

    bool parameters(QVector<QPair<QStringView, QStringView>> &params)
    {
        while (true) {
            take(Ws, false);
            if (peek(Marker) || peek(Close))
                return true;
            const QStringView pname = take(String, true);
            if (pname.isEmpty() || pname == u"0")
                return false;
            if (take(Sep, true).isEmpty()) {
                setParam(params, pname, QStringView());
                continue;
            }
            QStringView v;
            if (!value(v))
                return false;
            take(Ws, false);
            setParam(params, pname, v);
        }
    }

    static void setParam(QVector<QPair<QStringView, QStringView>> &params, QStringView k, QStringView v)
    {
        for (auto &p : params) {
            if (p.first == k) {
                p.second = v;
                return;
            }
        }
        params.append({k, v});
    }

    // A value (present, so never null): `"…"` or a run of string tokens.
    bool value(QStringView &v)
    {
        if (!take(Delim, false).isEmpty()) {
            const int from = m_pos;
            while (m_pos < m_n && !peek(Delim))
                ++m_pos;
            v = text(from, m_pos);
            return !take(Delim, false).isEmpty();
        }
        const int from = m_pos;
        while (peek(String))
            ++m_pos;
        if (m_pos == from)
            return false;
        v = text(from, m_pos);
        return true;
    }

    QStringView m_text;
    std::vector<Token> m_tok;
    int m_n = 0;
    int m_pos = 0;
    QVector<int> m_marks;
    int m_lastMark = 0;
};

const QString kYoutubeId = QStringLiteral(
    "(?:https?:\\/{2}(?:(?:www.youtube(?:-nocookie)?\\.com\\/(?:[^\\/\\n\\s]+\\/\\S+\\/|(?:v|e(?:mbed)?)\\/|\\S*?[?&]v=))|"
    "(?:youtu\\.be\\/)))([a-zA-Z0-9_-]{11})");

QString youtubeHtml(const QString &id, const QString &cssClass)
{
    // youtube plugin defaults: no lazy loading, no privacy mode, default player parameters
    return QStringLiteral("<div class=\"grav-youtube-wrapper ") + escapeHtml(cssClass, true)
        + QStringLiteral("\">\n  <div class=\"grav-youtube\">\n      <iframe src=\"")
        + escapeHtml(QStringLiteral("https://www.youtube.com/embed/") + id, true)
        + QStringLiteral("\" frameborder=\"0\" allowfullscreen></iframe>\n  </div>\n</div>");
}

} // namespace

QVector<Shortcode> parseShortcodes(QStringView text)
{
    return Parser(text).parse();
}

QString youtubeRawPass(const QString &markdown, QVector<int> *lineMap)
{
    if (lineMap) {
        lineMap->clear();
        lineMap->append(0);
    }
    int inLine = 0;
    auto copied = [&](QStringView s) {
        if (!lineMap)
            return;
        for (qsizetype nl = findByte(s, 0, u'\n'); nl >= 0; nl = findByte(s, nl + 1, u'\n'))
            lineMap->append(++inLine);
    };
    static const QRegularExpression re(
        QStringLiteral("\\[plugin:(?:youtube)\\]\\(") + kYoutubeId + QStringLiteral("(?:\\?size=(\\d+),(\\d+))?\\)"),
        QRegularExpression::CaseInsensitiveOption);
    // the expression starts with `[plugin:youtube](` in any case: it is tried only where that is, found from its colon
    static const QLatin1String prefix("[plugin:youtube](");
    const qsizetype colonAt = 7;
    const QStringView text(markdown);
    QString out;
    qsizetype last = 0;
    for (qsizetype c = findByte(text, colonAt, u':'); c >= 0; c = findByte(text, c + 1, u':')) {
        const qsizetype start = c - colonAt;
        if (start < last || !hasAsciiWordAt(text, start, prefix))
            continue;
        const auto m = re.match(markdown, start, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            continue;
        if (out.isNull())
            out.reserve(markdown.size() + 1024);
        out += text.mid(last, start - last);
        copied(text.mid(last, start - last));
        const QString embed = youtubeHtml(m.captured(1), QString());
        out += embed;
        if (lineMap) { // the embed's lines come from the line of the tag
            for (QChar ch : embed)
                if (ch == u'\n')
                    lineMap->append(inLine);
            for (QChar ch : m.capturedView(0))
                if (ch == u'\n')
                    ++inLine;
        }
        last = m.capturedEnd(0);
    }
    copied(text.mid(last));
    if (out.isNull())
        return markdown;
    out += text.mid(last);
    return out;
}

ShortcodeProcessor::ShortcodeProcessor(ShortcodeOptions options)
    : m_options(std::move(options))
{ }

QString ShortcodeProcessor::process(const QString &html)
{
    if (!mayHoldShortcode(html))
        return html;
    const QVector<Shortcode> list = parseShortcodes(html);
    if (list.isEmpty())
        return html;
    QString out;
    out.reserve(html.size() + html.size() / 8 + 256);
    replace(html, list, 0, out);
    return out;
}

void ShortcodeProcessor::iteration(QStringView text, const Shortcode *parent, int depth, QString &out)
{
    if (depth > 32 || (parent && parent->name == u"raw")) {
        out += text;
        return;
    }
    replace(text, mayHoldShortcode(text) ? parseShortcodes(text) : QVector<Shortcode>(), depth, out);
}

void ShortcodeProcessor::replace(QStringView text, const QVector<Shortcode> &list, int depth, QString &out)
{
    // the parser's shortcodes are in text order and do not overlap
    qsizetype last = 0;
    for (const Shortcode &sc : list) {
        out += text.mid(last, sc.offset - last);
        handle(sc, depth, text, out);
        last = sc.offset + sc.text.size();
    }
    out += text.mid(last);
}

namespace {

// A tag alone on its line (a sourceLineMarker() before it still counts as the line's start).
bool wholeLine(QStringView text, qsizetype start, qsizetype length)
{
    qsizetype s = start;
    if (s >= 3 && text.mid(s - 3, 3) == u"-->") {
        const qsizetype open = text.lastIndexOf(u"<!--gd-line:", s - 1);
        if (open >= 0 && findByte(text.mid(open, s - open), 0, u'\n') < 0)
            s = open;
    }
    const qsizetype e = start + length;
    return (s == 0 || text.at(s - 1) == u'\n') && (e >= text.size() || text.at(e) == u'\n');
}

} // namespace

void ShortcodeProcessor::handle(const Shortcode &sc, int depth, QStringView text, QString &out)
{
    QString content; // processed
    if (!sc.content.isNull())
        iteration(sc.content, &sc, depth + 1, content);
    if (render(sc, content, out))
        return;
    const bool registered = m_options.registeredNames.contains(sc.name);
    if (registered)
        m_warnings.append(QStringLiteral("shortcode [%1] is registered on the site but not emulated; left as text")
                              .arg(textOf(sc.name.toString())));
    // unknown shortcode: its text stays, with the processed content put back
    const QStringView orig = sc.content;
    qsizetype pos = orig.isEmpty() ? sc.text.size() : sc.text.lastIndexOf(orig);
    if (pos < 0)
        pos = 0;
    const QStringView opening = sc.text.left(pos);
    const QStringView closing = sc.text.mid(pos + orig.size());
    if (m_options.previewPlaceholders && registered) {
        // the tags are HTML text already (they come from Parsedown's output): wrapped, not escaped again
        auto wrap = [&](QStringView tag, qsizetype at) {
            if (tag.isEmpty())
                return;
            const QLatin1String el = wholeLine(text, at, tag.size()) ? QLatin1String("div") : QLatin1String("span");
            out += QChar(u'<') + el + QStringLiteral(" class=\"gd-placeholder\" data-gd-kind=\"shortcode\">") + tag
                + QStringLiteral("</") + el + QChar(u'>');
        };
        wrap(opening, sc.offset);
        out += content;
        wrap(closing, sc.offset + pos + orig.size());
        return;
    }
    out += opening + content + closing;
}

// Appends the handler's HTML for a shortcode with processed @p content; false when there is no handler.
bool ShortcodeProcessor::render(const Shortcode &sc, const QString &content, QString &out)
{
    const QStringView n = sc.name;
    auto p = [&](const char16_t *key, QStringView fallback = {}) { return sc.param(key, fallback).toString(); };
    auto truthy = [](const QString &v) { return !v.isEmpty() && v != QStringLiteral("0"); };
    if (n == u"owl-carousel") {
        QString id;
        if (m_options.owlIdsFromMd5)
            id = QStringLiteral("owl-")
                + QString::fromLatin1(
                    QCryptographicHash::hash(toBytes(sc.text.toString()), QCryptographicHash::Md5).toHex().right(10));
        else
            id = QStringLiteral("owl-") + QString::number(++m_owlCounter);
        QStringView items = content;
        // the template's regex_replace('(^\n?<p>|</p>$)', ''): `$` also matches before a final newline
        if (items.startsWith(QLatin1String("<p>")))
            items = items.mid(3);
        else if (items.startsWith(QLatin1String("\n<p>")))
            items = items.mid(4);
        else if (items.startsWith(QLatin1String("\n<p data-gd-line=\""))
            || items.startsWith(QLatin1String("<p data-gd-line=\""))) {
            // preview (sourceLines): the paragraph Grav strips carries a line number; the carousel div gets its own
            items = items.mid(items.indexOf(QLatin1String("\">")) + 2);
        }
        bool finalNewline = false;
        if (items.endsWith(QLatin1String("</p>"))) {
            items.chop(4);
        } else if (items.endsWith(QLatin1String("</p>\n"))) {
            items.chop(5);
            finalNewline = true;
        }
        out += QStringLiteral("<div class=\"owl-carousel owl-theme\" id=\"") + escapeHtml(id, true) + QStringLiteral("\">\n    ")
            + items + (finalNewline ? QLatin1String("\n\n</div>\n\n") : QLatin1String("\n</div>\n\n"));
        return true;
    }
    if (n == u"youtube") {
        static const QRegularExpression id(kYoutubeId);
        const auto m = id.match(content);
        if (!content.isEmpty() && m.hasMatch())
            out += youtubeHtml(m.captured(1), p(u"class"));
        return true;
    }
    if (n == u"raw") {
        out += QStringView(content).trimmed();
        return true;
    }
    if (n == u"u") {
        out += QStringLiteral("<span style=\"text-decoration: underline;\">") + content + QStringLiteral("</span>");
        return true;
    }
    if (n == u"color") {
        out += QStringLiteral("<span style=\"color: ") + sc.param(u"color", sc.bbCode) + QStringLiteral(";\">") + content
            + QStringLiteral("</span>");
        return true;
    }
    if (n == u"size") {
        QString size = p(u"size", sc.bbCode);
        bool numeric = false;
        size.toDouble(&numeric);
        if (numeric)
            size += QStringLiteral("px");
        out += QStringLiteral("<span style=\"font-size: ") + size + QStringLiteral(";\">") + content + QStringLiteral("</span>");
        return true;
    }
    if (n == u"div" || n == u"span") {
        const QString id = p(u"id"), cls = p(u"class"), style = p(u"style");
        if (n == u"div")
            out += QStringLiteral("<div ") + (truthy(id) ? QStringLiteral(" id=\"") + id + QStringLiteral("\" ") : QString())
                + (truthy(cls) ? QStringLiteral(" class=\"") + cls + QChar(u'"') : QString())
                + (truthy(style) ? QStringLiteral(" style=\"") + style + QChar(u'"') : QString()) + QChar(u'>') + content
                + QStringLiteral("</div>");
        else
            out += QStringLiteral("<span ") + (truthy(id) ? QStringLiteral("id=\"") + id + QStringLiteral("\" ") : QString())
                + QChar(u' ') + (truthy(cls) ? QStringLiteral("class=\"") + cls + QChar(u'"') : QString()) + QChar(u' ')
                + (truthy(style) ? QStringLiteral("style=\"") + style + QChar(u'"') : QString()) + QChar(u'>') + content
                + QStringLiteral("</span>");
        return true;
    }
    if (n == u"mark") {
        const QStringView style = sc.param(u"style", sc.bbCode);
        const QString cls = sc.hasParam(u"class") ? p(u"class") : QStringLiteral("default");
        QStringView text = content;
        QLatin1String css;
        if (style == u"block") {
            css = QLatin1String("style=\"display:block;\"");
            while (text.startsWith(QChar(u'\n')))
                text = text.mid(1);
            while (text.endsWith(QChar(u'\n')))
                text.chop(1);
        }
        out += QStringLiteral("<mark class=\"mark-class-") + cls + QStringLiteral("\" ") + css + QChar(u'>') + text
            + QStringLiteral("</mark>");
        return true;
    }
    if (n == u"columns") {
        const QString count = QString::number(sc.param(u"count", u"2").toInt());
        const QString width = p(u"width", u"auto");
        const QString gap = p(u"gap", u"normal");
        const QString rule = p(u"rule");
        QString css = QStringLiteral("columns:") + count + QChar(u' ') + width + QStringLiteral(";-moz-columns:") + count
            + QChar(u' ') + width + QStringLiteral(";column-gap:") + gap + QStringLiteral(";-moz-column-gap:") + gap
            + QChar(u';');
        if (truthy(rule))
            css += QStringLiteral("column-rule:") + rule + QStringLiteral(";-moz-column-rule:") + rule + QChar(u';');
        out += QStringLiteral("<div class=\"sc-columns\" style=\"") + css + QStringLiteral("\">") + content
            + QStringLiteral("</div>");
        return true;
    }
    for (const char *align : {"center", "left", "right", "justify"}) {
        if (n == QLatin1String(align)) {
            out += QStringLiteral("<div style=\"text-align: ") + QLatin1String(align) + QStringLiteral(";\">") + content
                + QStringLiteral("</div>");
            return true;
        }
    }
    if (n.size() == 2 && n.at(0) == u'h' && n.at(1) >= u'1' && n.at(1) <= u'6') {
        const QStringView tag = n;
        const QString id = p(u"id"), cls = p(u"class");
        out += QChar(u'<') + tag + (truthy(id) ? QStringLiteral(" id=\"") + id + QStringLiteral("\" ") : QString())
            + (truthy(cls) ? QStringLiteral(" class=\"") + cls + QChar(u'"') : QString()) + QChar(u'>') + content
            + QStringLiteral("</") + tag + QChar(u'>');
        return true;
    }
    return false;
}

} // namespace GravDesk::Markdown
