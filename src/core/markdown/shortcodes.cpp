// shortcode-core's post-Markdown pass: thunderer/shortcode's RegularParser (token based, with its
// backtracking marks) and Processor, plus the handlers of the shortcodes used on Grav news sites.
#include "markdown/shortcodes.h"

#include "markdown/bytescan.h"
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace GravDesk::Markdown {

View Shortcode::param(View key, View fallback) const
{
    for (const auto &p : params)
        if (p.first == key)
            return p.second;
    return fallback;
}

bool Shortcode::hasParam(View key) const
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

bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isSpecial(char c)
{
    return c == '[' || c == ']' || c == '/' || c == '=' || c == '"';
}

// `^[a-zA-Z0-9-_\*]+$`
bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '*';
}

std::vector<Token> tokenize(View s)
{
    std::vector<Token> out;
    out.reserve(s.size() / 4 + 16);
    size_t i = 0;
    const size_t n = s.size();
    while (i < n) {
        const char c = s[i];
        const size_t start = i;
        int type = String;
        if (c == '\\' && i + 1 < n) {
            i += 2;
            while (i < n && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) // the whole escaped UTF-8 character
                ++i;
        } else if (isWs(c)) {
            type = Ws;
            while (i < n && isWs(s[i]))
                ++i;
        } else if (isSpecial(c)) {
            type = c == '[' ? Open : c == ']' ? Close : c == '/' ? Marker : c == '=' ? Sep : Delim;
            ++i;
        } else {
            while (i < n && !isSpecial(s[i]) && !isWs(s[i]))
                ++i;
        }
        out.push_back({type, static_cast<qsizetype>(start)});
    }
    return out;
}

// Whether a `[` is followed (after white space) by a name character: without one no shortcode can
// be found, and the text need not be tokenised.
bool mayHoldShortcode(View s)
{
    for (qsizetype i = findByte(s, 0, '['); i >= 0; i = findByte(s, i + 1, '[')) {
        size_t j = static_cast<size_t>(i) + 1;
        while (j < s.size() && isWs(s[j]))
            ++j;
        if (j < s.size() && isNameChar(s[j]))
            return findByte(s, static_cast<qsizetype>(j), ']') >= 0;
    }
    return false;
}

class Parser
{
public:
    explicit Parser(View text)
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
            View closing;
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
    using Stack = QVarLengthArray<View, 16>;

    qsizetype offsetOf(int token) const
    {
        return token < m_n ? m_tok[static_cast<size_t>(token)].offset : static_cast<qsizetype>(m_text.size());
    }

    // The text of tokens [from, to): never a null view (a value or content may be empty but present).
    View text(int from, int to) const
    {
        const qsizetype a = offsetOf(from);
        return View(m_text.data() + a, static_cast<size_t>(to > from ? offsetOf(to) - a : 0));
    }

    bool peek(int type) const { return m_pos < m_n && m_tok[static_cast<size_t>(m_pos)].type == type; }

    // The token taken (of @p type, any when 0), a null view when there is none; then one white space token with @p ws.
    View take(int type, bool ws)
    {
        if (m_pos >= m_n)
            return {};
        if (type != 0 && m_tok[static_cast<size_t>(m_pos)].type != type)
            return {};
        const View t = text(m_pos, m_pos + 1);
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

    int popMark() { return m_marks.empty() ? 0 : m_marks.takeLast(); }

    // Nothing (a null view) when no token lies between; thunderer's strings are then empty.
    View since()
    {
        const int from = popMark();
        return m_pos > from ? text(from, m_pos) : View();
    }

    View rewind(bool move)
    {
        const int from = popMark();
        if (move)
            m_pos = from;
        const View s = m_lastMark > from ? text(from, m_lastMark) : View();
        m_lastMark = from;
        return s;
    }

    int shortcode(Stack &stack, QVector<Shortcode> &out, View &closingOut, int depth)
    {
        if (depth > 64) // hostile nesting: treated as text
            return Fail;
        if (take(Open, false).empty())
            return Fail;
        const qsizetype offset = offsetOf(m_pos - 1);
        take(Ws, false);
        const View name = take(String, false);
        if (name.empty() || peek(String))
            return Fail;
        for (char c : name)
            if (!isNameChar(c))
                return Fail;
        take(Ws, false);
        View bb;
        if (!take(Sep, true).empty()) {
            if (!value(bb))
                return Fail;
        }
        QVector<QPair<View, View>> params;
        if (!parameters(params))
            return Fail;
        if (!take(Marker, true).empty()) {
            if (take(Close, false).empty())
                return Fail;
            out = {Shortcode {name, params, bb, View(), since(), offset}};
            return Found;
        }
        if (take(Close, false).empty())
            return Fail;
        mark();
        stack.append(name);

        QVector<Shortcode> inner;
        View closing;
        bool hasClosing = false;
        bool reachedEnd = true;
        while (m_pos < m_n) {
            while (m_pos < m_n && !peek(Open))
                take(0, true);
            mark();
            QVector<Shortcode> sub;
            View subClosing;
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
            View c;
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
            const View text = rewind(false);
            stack.removeLast();
            out = {Shortcode {name, params, bb, View(), text, offset}};
            out += inner;
            return Found;
        }
        const View content = since();
        View c;
        if (!closeTag(stack, c))
            return Fail;
        stack.removeLast();
        out = {Shortcode {name, params, bb, content, since(), offset}};
        return Found;
    }

    bool closeTag(const Stack &stack, View &name)
    {
        if (take(Open, true).empty())
            return false;
        if (take(Marker, true).empty())
            return false;
        name = take(String, true);
        if (name.empty() || name == "0")
            return false;
        if (take(Close, false).empty())
            return false;
        return std::find(stack.cbegin(), stack.cend(), name) != stack.cend();
    }

    bool parameters(QVector<QPair<View, View>> &params)
    {
        while (true) {
            take(Ws, false);
            if (peek(Marker) || peek(Close))
                return true;
            const View pname = take(String, true);
            if (pname.empty() || pname == "0")
                return false;
            if (take(Sep, true).empty()) {
                setParam(params, pname, View());
                continue;
            }
            View v;
            if (!value(v))
                return false;
            take(Ws, false);
            setParam(params, pname, v);
        }
    }

    static void setParam(QVector<QPair<View, View>> &params, View k, View v)
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
    bool value(View &v)
    {
        if (!take(Delim, false).empty()) {
            const int from = m_pos;
            while (m_pos < m_n && !peek(Delim))
                ++m_pos;
            v = text(from, m_pos);
            return !take(Delim, false).empty();
        }
        const int from = m_pos;
        while (peek(String))
            ++m_pos;
        if (m_pos == from)
            return false;
        v = text(from, m_pos);
        return true;
    }

    View m_text;
    std::vector<Token> m_tok;
    int m_n = 0;
    int m_pos = 0;
    QVector<int> m_marks;
    int m_lastMark = 0;
};

const QString kYoutubeId = QStringLiteral(
    "(?:https?:\\/{2}(?:(?:www.youtube(?:-nocookie)?\\.com\\/(?:[^\\/\\n\\s]+\\/\\S+\\/|(?:v|e(?:mbed)?)\\/|\\S*?[?&]v=))|"
    "(?:youtu\\.be\\/)))([a-zA-Z0-9_-]{11})");

// PHP's loose `==` of a setting with a blueprint default (PHP 8 rules for the types YAML gives).
bool phpLooseEqual(const QVariant &a, const QVariant &b)
{
    auto isNull = [](const QVariant &v) { return !v.isValid() || v.isNull(); };
    auto isNumber = [](const QVariant &v) {
        const int t = v.typeId();
        return t == QMetaType::Int || t == QMetaType::LongLong || t == QMetaType::UInt || t == QMetaType::ULongLong
            || t == QMetaType::Double;
    };
    auto truthy = [&](const QVariant &v) {
        if (isNull(v))
            return false;
        if (v.typeId() == QMetaType::Bool)
            return v.toBool();
        if (isNumber(v))
            return v.toDouble() != 0;
        const QString s = v.toString();
        return !s.isEmpty() && s != QLatin1String("0");
    };
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return truthy(a) == truthy(b);
    if (isNull(a) || isNull(b)) {
        const QVariant &other = isNull(a) ? b : a;
        return isNull(other) || (isNumber(other) ? other.toDouble() == 0 : other.toString().isEmpty());
    }
    bool okA = false, okB = false;
    const double x = isNumber(a) ? a.toDouble(&okA) : a.toString().trimmed().toDouble(&okA);
    const double y = isNumber(b) ? b.toDouble(&okB) : b.toString().trimmed().toDouble(&okB);
    if (okA && okB && (isNumber(a) || isNumber(b) || !a.toString().trimmed().isEmpty()))
        return x == y;
    return a.toString() == b.toString();
}

// PHP's urlencode() (RFC 1738: a space is `+`).
void appendUrlEncoded(std::string &out, const QByteArray &bytes)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') {
            out += static_cast<char>(c);
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
}

// A scalar as http_build_query() writes it; false for null and arrays (left out).
bool queryValue(const QVariant &v, QByteArray &out)
{
    if (!v.isValid() || v.isNull() || v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QVariantMap)
        return false;
    if (v.typeId() == QMetaType::Bool)
        out = v.toBool() ? "1" : "0";
    else if (v.typeId() == QMetaType::Double)
        out = QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    else
        out = v.toString().toUtf8();
    return true;
}

// The youtube plugin's blueprint defaults of player_parameters (what embedUrl() leaves out).
const QVector<QPair<QString, QVariant>> &youtubeBlueprintDefaults()
{
    static const QVector<QPair<QString, QVariant>> defaults {{QStringLiteral("autoplay"), 0},
        {QStringLiteral("cc_load_policy"), 0}, {QStringLiteral("color"), QStringLiteral("red")}, {QStringLiteral("controls"), 1},
        {QStringLiteral("disablekb"), 0}, {QStringLiteral("enablejsapi"), 0}, {QStringLiteral("fs"), 1},
        {QStringLiteral("hl"), QString()}, {QStringLiteral("iv_load_policy"), 1}, {QStringLiteral("loop"), 0},
        {QStringLiteral("modestbranding"), 0}, {QStringLiteral("origin"), QString()}, {QStringLiteral("playsinline"), 0},
        {QStringLiteral("rel"), 1}, {QStringLiteral("vq"), QStringLiteral("default")}};
    return defaults;
}

// partials/youtube.html.twig as Twig renders it.
void appendYoutubeHtml(std::string &out, View id, View cssClass, const YoutubeOptions &options)
{
    out += "<div class=\"grav-youtube-wrapper ";
    escapeInto(out, cssClass, true);
    out += "\">\n";
    if (options.lazyLoad) {
        out += "  <div class=\"grav-youtube grav-youtube--lazyloaded\">\n      <img src=\"https://i.ytimg.com/vi/";
        escapeInto(out, id, true);
        out += "/hqdefault.jpg\" loading=\"lazy\"/>\n      <iframe data-src=\"";
        escapeInto(out, youtubeEmbedUrl(id, options, true), true);
        out += "\" frameborder=\"0\" allow=\"autoplay\" allowfullscreen></iframe>\n"
               "      <button>\n"
               "          <svg viewBox=\"0 0 68 48\">\n"
               "              <path d=\"M66.52,7.74c-0.78-2.93-2.49-5.41-5.42-6.19C55.79,.13,34,0,34,0S12.21,.13,6.9,1.55 "
               "C3.97,2.33,2.27,4.81,1.48,7.74C0.06,13.05,0,24,0,24s0.06,10.95,1.48,16.26c0.78,2.93,2.49,5.41,5.42,6.19 "
               "C12.21,47.87,34,48,34,48s21.79-0.13,27.1-1.55c2.93-0.78,4.64-3.26,5.42-6.19C67.94,34.95,68,24,68,24S67.94,13.05,"
               "66.52,7.74z\" fill=\"#212121\" fill-opacity=\"0.8\"></path>\n"
               "              <path d=\"M 45,24 27,14 27,34\" fill=\"#fff\"></path>\n"
               "          </svg>\n"
               "      </button>\n"
               "  </div>\n";
    } else {
        out += "  <div class=\"grav-youtube\">\n      <iframe src=\"";
        escapeInto(out, youtubeEmbedUrl(id, options, false), true);
        out += "\" frameborder=\"0\" allowfullscreen></iframe>\n  </div>\n";
    }
    out += "</div>";
}

} // namespace

QVector<Shortcode> parseShortcodes(View text)
{
    return Parser(text).parse();
}

std::string youtubeEmbedUrl(View id, const YoutubeOptions &options, bool lazy)
{
    std::string url = options.privacyEnhanced ? "https://www.youtube-nocookie.com/embed/" : "https://www.youtube.com/embed/";
    url += id;
    QVector<QPair<QString, QVariant>> params = options.playerParameters;
    if (lazy) { // $params['autoplay'] = true: in its place, or last
        auto it = std::find_if(params.begin(), params.end(), [](const auto &p) { return p.first == QLatin1String("autoplay"); });
        if (it != params.end())
            it->second = true;
        else
            params.append({QStringLiteral("autoplay"), true});
    }
    const auto &defaults = youtubeBlueprintDefaults();
    std::string query;
    auto add = [&query](const QString &key, const QVariant &value) {
        QByteArray v;
        if (!queryValue(value, v))
            return;
        if (!query.empty())
            query += '&';
        appendUrlEncoded(query, key.toUtf8());
        query += '=';
        appendUrlEncoded(query, v);
    };
    for (const auto &[key, value] : std::as_const(params)) {
        const QString &name = key; // a structured binding cannot be captured in C++17 (clang refuses it)
        const auto d = std::find_if(defaults.cbegin(), defaults.cend(), [&name](const auto &p) { return p.first == name; });
        if (d != defaults.cend() && phpLooseEqual(d->second, value))
            continue;
        if (key == QLatin1String("loop") && phpLooseEqual(value, 1))
            add(QStringLiteral("playlist"), QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size())));
        add(key, value);
    }
    if (!query.empty()) {
        url += '?';
        url += query;
    }
    return url;
}

bool youtubeRawPass(View markdown, std::string &out, QVector<int> *lineMap, const YoutubeOptions &options)
{
    if (lineMap) {
        lineMap->clear();
        lineMap->append(0);
    }
    int inLine = 0;
    auto copied = [&](View s) {
        if (!lineMap)
            return;
        for (qsizetype nl = findByte(s, 0, '\n'); nl >= 0; nl = findByte(s, nl + 1, '\n'))
            lineMap->append(++inLine);
    };
    static const QRegularExpression re(
        QStringLiteral("\\[plugin:(?:youtube)\\]\\(") + kYoutubeId + QStringLiteral("(?:\\?size=(\\d+),(\\d+))?\\)"),
        QRegularExpression::CaseInsensitiveOption);
    // the expression starts with `[plugin:youtube](` in any case: it is tried only where that is, found from its colon
    static const QLatin1String prefix("[plugin:youtube](");
    const qsizetype colonAt = 7;
    /*
     * A match holds no line break, and white space only where the expression's two `.` stand (in its first
     * 64 bytes): it ends before the first blank after those. The subject stops there, so that a tag costs
     * its own length and not the rest of its line (a line of tags was quadratic). Both ends are found
     * forwards from cached positions: the tags come in text order.
     */
    const qsizetype size = static_cast<qsizetype>(markdown.size());
    auto isBlank = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v'; };
    qsizetype nl = -2; // the first line break at or after the last tag (-1: none)
    qsizetype blank = -2; // the first blank at or after the last tag's 64th byte (-1: none)
    bool changed = false;
    qsizetype last = 0;
    for (qsizetype c = findByte(markdown, colonAt, ':'); c >= 0; c = findByte(markdown, c + 1, ':')) {
        const qsizetype start = c - colonAt;
        if (start < last || !hasAsciiWordAt(markdown, start, prefix))
            continue;
        if (nl != -1 && nl < start)
            nl = findByte(markdown, start, '\n');
        if (blank != -1 && blank < start + 64) {
            blank = -1;
            for (qsizetype i = start + 64; i < size; ++i) {
                if (isBlank(markdown[static_cast<size_t>(i)])) {
                    blank = i;
                    break;
                }
            }
        }
        qsizetype end = nl < 0 ? size : nl;
        if (blank >= 0 && blank < end)
            end = blank;
        // the expression runs on the tag's line, as the Latin-1 text it was written for
        const QString line = toByteString(midView(markdown, start, end - start));
        const auto m = re.match(line, 0, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            continue;
        if (!changed) {
            out.clear();
            out.reserve(markdown.size() + 1024);
            changed = true;
        }
        out += midView(markdown, last, start - last);
        copied(midView(markdown, last, start - last));
        const size_t embedAt = out.size();
        appendYoutubeHtml(out, m.captured(1).toStdString(), View(), options);
        if (lineMap) { // the embed's lines come from the line of the tag
            for (size_t i = embedAt; i < out.size(); ++i)
                if (out[i] == '\n')
                    lineMap->append(inLine);
            for (QChar ch : m.capturedView(0))
                if (ch == u'\n')
                    ++inLine;
        }
        last = start + m.capturedEnd(0);
    }
    copied(midView(markdown, last));
    if (changed)
        out += midView(markdown, last);
    return changed;
}

ShortcodeProcessor::ShortcodeProcessor(ShortcodeOptions options)
    : m_options(std::move(options))
{ }

bool ShortcodeProcessor::process(View html, std::string &out)
{
    if (!mayHoldShortcode(html))
        return false;
    const QVector<Shortcode> list = parseShortcodes(html);
    if (list.isEmpty())
        return false;
    out.clear();
    out.reserve(html.size() + html.size() / 8 + 256);
    replace(html, list, 0, out);
    return true;
}

void ShortcodeProcessor::iteration(View text, const Shortcode *parent, int depth, std::string &out)
{
    if (depth > 32 || (parent && parent->name == "raw")) {
        out += text;
        return;
    }
    replace(text, mayHoldShortcode(text) ? parseShortcodes(text) : QVector<Shortcode>(), depth, out);
}

void ShortcodeProcessor::replace(View text, const QVector<Shortcode> &list, int depth, std::string &out)
{
    // the parser's shortcodes are in text order and do not overlap
    qsizetype last = 0;
    for (const Shortcode &sc : list) {
        out += midView(text, last, sc.offset - last);
        handle(sc, depth, text, out);
        last = sc.offset + static_cast<qsizetype>(sc.text.size());
    }
    out += midView(text, last);
}

namespace {

// A tag alone on its line (a sourceLineMarker() before it still counts as the line's start).
bool wholeLine(View text, size_t start, size_t length)
{
    size_t s = start;
    if (s >= 3 && text.substr(s - 3, 3) == "-->") {
        const size_t open = text.rfind("<!--gd-line:", s - 1);
        if (open != View::npos && text.substr(open, s - open).find('\n') == View::npos)
            s = open;
    }
    const size_t e = start + length;
    return (s == 0 || text[s - 1] == '\n') && (e >= text.size() || text[e] == '\n');
}

} // namespace

void ShortcodeProcessor::handle(const Shortcode &sc, int depth, View text, std::string &out)
{
    std::string content; // processed
    if (sc.content.data() != nullptr)
        iteration(sc.content, &sc, depth + 1, content);
    if (render(sc, content, out))
        return;
    const bool registered
        = m_options.registeredNames.contains(QLatin1String(sc.name.data(), static_cast<qsizetype>(sc.name.size())));
    if (registered)
        m_warnings.append(QCoreApplication::translate(
            "GravDesk::GravRenderer", "shortcode [%1] is registered on the site but not emulated; left as text")
                              .arg(QString::fromUtf8(sc.name.data(), static_cast<qsizetype>(sc.name.size()))));
    // unknown shortcode: its text stays, with the processed content put back
    const View orig = sc.content;
    size_t pos = orig.empty() ? sc.text.size() : sc.text.rfind(orig);
    if (pos == View::npos)
        pos = 0;
    const View opening = sc.text.substr(0, pos);
    const View closing = sc.text.substr(pos + orig.size());
    const bool raw = m_options.rawNames.contains(QLatin1String(sc.name.data(), static_cast<qsizetype>(sc.name.size())));
    if (m_options.previewPlaceholders && (registered || raw)) {
        // the tags are HTML text already (they come from Parsedown's output): wrapped, not escaped again
        auto wrap = [&](View tag, size_t at) {
            if (tag.empty())
                return;
            const char *el = wholeLine(text, at, tag.size()) ? "div" : "span";
            out += '<';
            out += el;
            out += " class=\"gd-placeholder\" data-gd-kind=\"shortcode\">";
            out += tag;
            out += "</";
            out += el;
            out += '>';
        };
        wrap(opening, static_cast<size_t>(sc.offset));
        out += content;
        wrap(closing, static_cast<size_t>(sc.offset) + pos + orig.size());
        return;
    }
    out += opening;
    out += content;
    out += closing;
}

// Appends the handler's HTML for a shortcode with processed @p content; false when there is no handler.
bool ShortcodeProcessor::render(const Shortcode &sc, View content, std::string &out)
{
    const View n = sc.name;
    auto p = [&](const char *key, View fallback = {}) { return sc.param(key, fallback); };
    auto truthy = [](View v) { return !v.empty() && v != "0"; };
    // `<open>content</close>` with a handler's tags
    auto wrapped = [&](std::initializer_list<View> open, std::initializer_list<View> close) {
        for (View o : open)
            out += o;
        out += content;
        for (View c : close)
            out += c;
    };
    if (n == "owl-carousel") {
        std::string id = "owl-";
        if (m_options.owlIdsFromMd5)
            id += QCryptographicHash::hash(
                QByteArray::fromRawData(sc.text.data(), static_cast<qsizetype>(sc.text.size())), QCryptographicHash::Md5)
                      .toHex()
                      .right(10)
                      .toStdString();
        else
            id += std::to_string(++m_owlCounter);
        View items = content;
        // the template's regex_replace('(^\n?<p>|</p>$)', ''): `$` also matches before a final newline
        if (startsWith(items, "<p>"))
            items = items.substr(3);
        else if (startsWith(items, "\n<p>"))
            items = items.substr(4);
        else if (startsWith(items, "\n<p data-gd-line=\"") || startsWith(items, "<p data-gd-line=\"")) {
            // preview (sourceLines): the paragraph Grav strips carries a line number; the carousel div gets its own
            const size_t q = items.find("\">");
            items = items.substr(q == View::npos ? 1 : q + 2);
        }
        bool finalNewline = false;
        if (endsWith(items, "</p>")) {
            items.remove_suffix(4);
        } else if (endsWith(items, "</p>\n")) {
            items.remove_suffix(5);
            finalNewline = true;
        }
        out += "<div class=\"owl-carousel owl-theme\" id=\"";
        escapeInto(out, id, true);
        out += "\">\n    ";
        out += items;
        out += finalNewline ? "\n\n</div>\n\n" : "\n</div>\n\n";
        return true;
    }
    if (n == "youtube") {
        static const QRegularExpression id(kYoutubeId);
        const auto m = id.match(toByteString(content));
        if (content.empty() || !m.hasMatch())
            return true;
        // the shortcode's parameters go over player_parameters (array_merge); two of them are options
        YoutubeOptions o = m_options.youtube;
        auto textOf = [](View v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); };
        auto phpTrue = [](View v) { return !v.empty() && v != "0"; };
        for (const auto &[key, value] : sc.params) {
            const QString k = textOf(key);
            const QVariant v = value.data() == nullptr ? QVariant() : QVariant(textOf(value));
            auto it = std::find_if(
                o.playerParameters.begin(), o.playerParameters.end(), [&k](const auto &p) { return p.first == k; });
            if (it != o.playerParameters.end())
                it->second = v;
            else
                o.playerParameters.append({k, v});
            if (k == QLatin1String("privacy_enhanced_mode"))
                o.privacyEnhanced = phpTrue(value);
            else if (k == QLatin1String("lazy_load"))
                o.lazyLoad = phpTrue(value); // `== true`: any text but "" and "0"
            else if (k == QLatin1String("thumbnail") && value.data() != nullptr)
                m_warnings.append(
                    QCoreApplication::translate("GravDesk::GravRenderer", "youtube shortcode thumbnail= not emulated"));
        }
        appendYoutubeHtml(out, m.captured(1).toStdString(), p("class"), o);
        return true;
    }
    if (n == "raw") {
        out += trimmedView(content);
        return true;
    }
    if (n == "u") {
        wrapped({"<span style=\"text-decoration: underline;\">"}, {"</span>"});
        return true;
    }
    if (n == "color") {
        wrapped({"<span style=\"color: ", sc.param("color", sc.bbCode), ";\">"}, {"</span>"});
        return true;
    }
    if (n == "size") {
        std::string size(p("size", sc.bbCode));
        bool numeric = false;
        toByteString(size).toDouble(&numeric);
        if (numeric)
            size += "px";
        wrapped({"<span style=\"font-size: ", size, ";\">"}, {"</span>"});
        return true;
    }
    // ` name="value"` of a handler's tag, written only for a truthy value
    auto attribute = [&](const char *before, View value, const char *after) {
        if (!truthy(value))
            return;
        out += before;
        out += value;
        out += after;
    };
    if (n == "div" || n == "span") {
        const View id = p("id"), cls = p("class"), style = p("style");
        if (n == "div") {
            out += "<div ";
            attribute(" id=\"", id, "\" ");
            attribute(" class=\"", cls, "\"");
            attribute(" style=\"", style, "\"");
            out += '>';
            out += content;
            out += "</div>";
        } else {
            out += "<span ";
            attribute("id=\"", id, "\" ");
            out += ' ';
            attribute("class=\"", cls, "\"");
            out += ' ';
            attribute("style=\"", style, "\"");
            out += '>';
            out += content;
            out += "</span>";
        }
        return true;
    }
    if (n == "mark") {
        const View style = sc.param("style", sc.bbCode);
        const View cls = sc.hasParam("class") ? p("class") : View("default");
        View text = content;
        View css;
        if (style == "block") {
            css = "style=\"display:block;\"";
            while (startsWith(text, "\n"))
                text.remove_prefix(1);
            while (endsWith(text, "\n"))
                text.remove_suffix(1);
        }
        out += "<mark class=\"mark-class-";
        out += cls;
        out += "\" ";
        out += css;
        out += '>';
        out += text;
        out += "</mark>";
        return true;
    }
    if (n == "columns") {
        const std::string count = std::to_string(toByteString(sc.param("count", "2")).toInt());
        const View width = p("width", "auto");
        const View gap = p("gap", "normal");
        const View rule = p("rule");
        std::string css = "columns:" + count + ' ';
        css += width;
        css += ";-moz-columns:" + count + ' ';
        css += width;
        css += ";column-gap:";
        css += gap;
        css += ";-moz-column-gap:";
        css += gap;
        css += ';';
        if (truthy(rule)) {
            css += "column-rule:";
            css += rule;
            css += ";-moz-column-rule:";
            css += rule;
            css += ';';
        }
        wrapped({"<div class=\"sc-columns\" style=\"", css, "\">"}, {"</div>"});
        return true;
    }
    for (const char *align : {"center", "left", "right", "justify"}) {
        if (n == align) {
            wrapped({"<div style=\"text-align: ", align, ";\">"}, {"</div>"});
            return true;
        }
    }
    if (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6') {
        out += '<';
        out += n;
        attribute(" id=\"", p("id"), "\" ");
        attribute(" class=\"", p("class"), "\"");
        out += '>';
        out += content;
        out += "</";
        out += n;
        out += '>';
        return true;
    }
    return false;
}

} // namespace GravDesk::Markdown
