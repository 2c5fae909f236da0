// The external_links plugin (ExternalLinks.php) applied to each one-line link.
//
// A hand-written scanner reproduces what the plugin's expression `<a(?:\s[^>]*)?>.*?</a>` matches on
// the UTF-8 bytes (case-insensitive, `.` not crossing a newline, `\s` being space, \t, \n, \v, \f,
// \r); a small parser and writer then stand in for its DOMDocument. A page without `<a` costs one
// memchr scan and is left as is.
#include "markdown/externallinks.h"

#include "markdown/bytescan.h"
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace GravDesk::Markdown {

namespace {

// PCRE's \s.
bool isRegexSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Whitespace between attributes (the DOM parser's; no \v).
bool isAttrSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The next position of a byte at or after a growing position: every search resumes where the last one
// stopped, so repeated candidates on one line (`<a <a <a …`) cost one scan, not one each.
class NextByte
{
public:
    NextByte(View s, char c)
        : m_s(s)
        , m_c(c)
    { }
    qsizetype from(qsizetype p)
    {
        if (m_at != -1 && m_at < p)
            m_at = findByte(m_s, p, m_c);
        return m_at;
    }

private:
    View m_s;
    char m_c;
    qsizetype m_at = -2; // not searched yet (below any position)
};

char at(View s, qsizetype i)
{
    return s[static_cast<size_t>(i)];
}

qsizetype size(View s)
{
    return static_cast<qsizetype>(s.size());
}

// `</a>` in either case at @p p.
bool closeTagAt(View s, qsizetype p)
{
    return p + 3 < size(s) && at(s, p + 1) == '/' && (at(s, p + 2) | 0x20) == 'a' && at(s, p + 3) == '>';
}

// A byte lower-cased as the Latin-1 character it used to be held as (A-Z and À-Þ but ×).
char lowered(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'A' && u <= 'Z') || (u >= 0xC0 && u <= 0xDE && u != 0xD7) ? static_cast<char>(u | 0x20) : c;
}

// Bytes as the characters of a UTF-16 subject for QRegularExpression: ASCII as itself, every other byte a
// private-use character, which has no case and is one character per byte. PCRE without the `u` flag
// (the plugin's expression) matches bytes and folds only ASCII case; this gives the same matches.
QString byteSubject(View bytes)
{
    QString s(static_cast<qsizetype>(bytes.size()), Qt::Uninitialized);
    QChar *d = s.data();
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        *d++ = QChar(u < 0x80 ? char16_t(u) : char16_t(0xE000 + u));
    }
    return s;
}

// PHP's preg_quote($s, '#').
std::string pregQuoted(const std::string &s)
{
    std::string out;
    for (const char c : s) {
        if (c == '\0') {
            out += "\\000";
            continue;
        }
        if (std::string_view(".\\+*?[^]$(){}=!<>|:-#").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

// str_replace() of every @p from by @p to.
void replaceAll(std::string &s, std::string_view from, std::string_view to)
{
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

} // namespace

QString externalLinksInternalPattern(const ExternalLinksOptions &o)
{
    // ExternalLinks.php: the excluded domains and the site's address, each as written (a regular expression!)
    // and quoted, joined with `|`, `\*` and `/*` becoming `.*?`
    std::vector<std::string> domains;
    for (const QString &d : o.excludeDomains)
        domains.push_back(d.toStdString());
    domains.push_back(o.siteUrl.toStdString());
    const size_t given = domains.size();
    for (size_t i = 0; i < given; ++i)
        domains.push_back(pregQuoted(domains[i]));
    std::string joined;
    for (size_t i = 0; i < domains.size(); ++i) {
        if (i > 0)
            joined += '|';
        joined += domains[i];
    }
    replaceAll(joined, "\\*", ".*?");
    replaceAll(joined, "/*", ".*?");
    return QLatin1Char('(') + byteSubject(joined) + QLatin1Char(')');
}

namespace {

// One match of the link expression: [start, end) with the start tag's `>` at tagEnd.
struct Link
{
    qsizetype start = 0;
    qsizetype tagEnd = 0;
    qsizetype close = 0; // the `</a>`
    qsizetype end() const { return close + 4; }
};

// The leftmost match of the link expression at or after a position (positions only grow).
class LinkScanner
{
public:
    explicit LinkScanner(View html)
        : m_html(html)
        , m_gt(html, '>')
        , m_nl(html, '\n')
    { }

    bool next(qsizetype from, Link &link)
    {
        const qsizetype n = size(m_html);
        for (qsizetype i = findByte(m_html, from, '<'); i >= 0 && i + 2 < n; i = findByte(m_html, i + 1, '<')) {
            if ((at(m_html, i + 1) | 0x20) != 'a')
                continue;
            qsizetype gt = i + 2;
            if (at(m_html, gt) != '>') {
                if (!isRegexSpace(at(m_html, gt)))
                    continue;
                gt = m_gt.from(i + 3);
                if (gt < 0)
                    return false; // no start tag can end any more
            }
            const qsizetype close = closeFrom(gt + 1);
            if (close < 0)
                return false;
            const qsizetype nl = m_nl.from(gt + 1);
            if (nl >= 0 && nl < close)
                continue; // the body would cross a line
            link = {i, gt, close};
            return true;
        }
        return false;
    }

private:
    qsizetype closeFrom(qsizetype p)
    {
        if (m_close != -1 && m_close < p) {
            m_close = -1;
            for (qsizetype q = findByte(m_html, p, '<'); q >= 0; q = findByte(m_html, q + 1, '<')) {
                if (closeTagAt(m_html, q)) {
                    m_close = q;
                    break;
                }
            }
        }
        return m_close;
    }

    View m_html;
    NextByte m_gt;
    NextByte m_nl;
    qsizetype m_close = -2;
};

struct Attr
{
    View name; // as written
    View raw; // the attribute as written (kept when unchanged)
    View value; // as written, entities not decoded
    View setName; // lower-case name when changed (target, rel or class); null otherwise
    std::string changed; // the new (decoded) value
};

// Names compare as the plugin's DOM does, lower-cased.
bool sameName(View a, View b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i] && lowered(a[i]) != lowered(b[i]))
            return false;
    return true;
}

using Attrs = QVarLengthArray<Attr, 8>;

// Attributes of a start tag's inside (`href="x" class=y`), first occurrence of a name wins (as in a DOM).
Attrs parseAttributes(View s)
{
    Attrs out;
    qsizetype i = 0;
    const qsizetype n = size(s);
    while (i < n) {
        while (i < n && (isAttrSpace(at(s, i)) || at(s, i) == '/'))
            ++i;
        const qsizetype start = i;
        while (i < n && !isAttrSpace(at(s, i)) && at(s, i) != '=' && at(s, i) != '>')
            ++i;
        if (i == start) {
            ++i;
            continue;
        }
        Attr a;
        a.name = midView(s, start, i - start);
        qsizetype j = i;
        while (j < n && isAttrSpace(at(s, j)))
            ++j;
        if (j < n && at(s, j) == '=') {
            ++j;
            while (j < n && isAttrSpace(at(s, j)))
                ++j;
            if (j < n && (at(s, j) == '"' || at(s, j) == '\'')) {
                const qsizetype close = findByte(s, j + 1, at(s, j));
                const qsizetype end = close < 0 ? n : close;
                a.value = midView(s, j + 1, end - j - 1);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype vs = j;
                while (j < n && !isAttrSpace(at(s, j)) && at(s, j) != '>')
                    ++j;
                a.value = midView(s, vs, j - vs);
                i = j;
            }
        }
        a.raw = midView(s, start, i - start);
        bool dup = false;
        for (const Attr &o : std::as_const(out))
            dup = dup || sameName(o.name, a.name);
        if (!dup)
            out.append(a);
    }
    return out;
}

// @p name: lower-case
Attr *find(Attrs &attrs, View name)
{
    for (Attr &a : attrs)
        if (sameName(a.name, name))
            return &a;
    return nullptr;
}

// An attribute's value with the entities decoded (@p storage holds it when they had to be).
View decoded(View value, std::string &storage)
{
    if (findByte(value, 0, '&') < 0)
        return value;
    storage = specialCharsDecode(toByteString(value)).toLatin1().toStdString();
    return storage;
}

// A number as QString::toDouble() reads it (0 when it is none).
double toDouble(View s)
{
    return toByteString(s).toDouble();
}

// @p name: a lower-case literal
void set(Attrs &attrs, View name, std::string value)
{
    Attr *a = find(attrs, name);
    if (!a) {
        attrs.append(Attr());
        a = &attrs.last();
        a->name = name;
    }
    a->setName = name;
    a->changed = std::move(value);
}

using Tokens = QVarLengthArray<View, 8>;

// Space-separated tokens (the plugin splits on " " only).
Tokens tokens(View s)
{
    Tokens out;
    qsizetype start = 0;
    while (start < size(s)) {
        qsizetype sp = findByte(s, start, ' ');
        if (sp < 0)
            sp = size(s);
        if (sp > start)
            out.append(midView(s, start, sp - start));
        start = sp + 1;
    }
    return out;
}

bool containsToken(const Tokens &list, View token)
{
    for (View t : list)
        if (t == token)
            return true;
    return false;
}

// A token equal to a setting's value (UTF-8).
bool containsSetting(const Tokens &list, const std::string &token)
{
    for (View t : list)
        if (t == token)
            return true;
    return false;
}

std::string joined(const Tokens &list)
{
    std::string s;
    for (View t : list) {
        if (!s.empty())
            s += ' ';
        s += t;
    }
    return s;
}

// `width:\s*(\d+)([a-z]+)` (case-insensitive) in a style: the first such length, in px; -1 when none.
double cssLength(View style, QLatin1String property)
{
    const qsizetype n = size(style);
    for (qsizetype p = 0; p + property.size() <= n; ++p) {
        if (!hasAsciiWordAt(style, p, property))
            continue;
        qsizetype i = p + property.size();
        while (i < n && isRegexSpace(at(style, i)))
            ++i;
        const qsizetype digits = i;
        while (i < n && at(style, i) >= '0' && at(style, i) <= '9')
            ++i;
        const qsizetype letters = i;
        while (i < n && ((at(style, i) | 0x20) >= 'a' && (at(style, i) | 0x20) <= 'z'))
            ++i;
        if (letters == digits || i == letters)
            continue;
        const View unit = midView(style, letters, i - letters); // the plugin's table is case-sensitive
        double factor = 1.0;
        if (unit == "pt")
            factor = 16.0 / 12;
        else if (unit == "pc")
            factor = 16.0;
        else if (unit == "in")
            factor = 96.0;
        else if (unit == "mm")
            factor = 96 / 25.4;
        else if (unit == "cm")
            factor = 96 / 2.54;
        else if (unit == "m")
            factor = 96 / 0.0254;
        else if (unit == "ex")
            factor = 7.0;
        else if (unit == "em" || unit == "rem")
            factor = 16.0;
        return toDouble(midView(style, digits, letters - digits)) * factor;
    }
    return -1;
}

double imageSize(View imgAttributes)
{
    Attrs attrs = parseAttributes(imgAttributes);
    double w = 0, h = 0;
    std::string storage;
    if (const Attr *a = find(attrs, "width"))
        w = toDouble(decoded(a->value, storage));
    if (const Attr *a = find(attrs, "height"))
        h = toDouble(decoded(a->value, storage));
    if (const Attr *a = find(attrs, "style")) {
        const View style = decoded(a->value, storage);
        const double sw = cssLength(style, QLatin1String("width:"));
        if (sw >= 0)
            w = sw;
        const double sh = cssLength(style, QLatin1String("height:"));
        if (sh >= 0)
            h = sh;
    }
    return std::max(w, h);
}

// libxml's HTML parser: names of the elements it knows as empty (the 2.9 table; no wbr, source, embed).
bool isVoidElement(View name)
{
    static const char *const names[]
        = {"area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta", "param"};
    for (const char *n : names)
        if (sameName(name, n))
            return true;
    return false;
}

// The elements whose `></x>` the plugin's output expression turns into ` />`.
bool isSelfClosedOnOutput(View name)
{
    static const char *const names[] = {"area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img",
        "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};
    for (const char *n : names)
        if (sameName(name, n))
            return true;
    return false;
}

// libxml writes names lower-cased.
void appendLowered(std::string &out, View name)
{
    for (char c : name)
        out += lowered(c);
}

bool isAsciiLetter(char c)
{
    const char u = static_cast<char>(c | 0x20);
    return u >= 'a' && u <= 'z';
}

// A character of an HTML name as libxml reads it.
bool isNameChar(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

// A code point as UTF-8 bytes of text escaped as libxml writes text (&, <, > and CR escaped); dropped when invalid.
void appendCodePoint(std::string &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return;
    if (cp == U'&')
        out += "&amp;";
    else if (cp == U'<')
        out += "&lt;";
    else if (cp == U'>')
        out += "&gt;";
    else if (cp == U'\r')
        out += "&#13;";
    else if (cp < 0x80)
        out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/*
 * Text as DOMDocument reads and saveXML writes it: character references and &quot;/&apos; become the
 * characters, a bare `&`, `<`, `>` and CR are escaped. Other named entities are kept as written (libxml
 * decodes those it knows, which are then the same text in HTML; an unknown one stays text either way).
 */
void appendText(std::string &out, View s)
{
    qsizetype i = 0;
    const qsizetype n = size(s);
    while (i < n) {
        const char c = at(s, i);
        if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else if (c == '\r') {
            out += "&#13;";
        } else if (c != '&') {
            out += c;
        } else if (i + 1 < n && at(s, i + 1) == '#') {
            // libxml accepts a character reference without its `;`, and drops one without digits
            const bool hex = i + 2 < n && (at(s, i + 2) | 0x20) == 'x';
            qsizetype j = i + (hex ? 3 : 2);
            char32_t cp = 0;
            for (; j < n; ++j) {
                const char u = at(s, j);
                int d = -1;
                if (u >= '0' && u <= '9')
                    d = u - '0';
                else if (hex && (u | 0x20) >= 'a' && (u | 0x20) <= 'f')
                    d = (u | 0x20) - 'a' + 10;
                if (d < 0)
                    break;
                cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + char32_t(d);
            }
            appendCodePoint(out, cp); // nothing when there are no digits (libxml drops `&#` then)
            i = j < n && at(s, j) == ';' ? j : j - 1;
        } else {
            qsizetype j = i + 1;
            while (j < n && isNameChar(at(s, j)))
                ++j;
            const View name = midView(s, i + 1, j - i - 1);
            if (j < n && at(s, j) == ';' && (name == "quot" || name == "apos")) {
                out += name == "quot" ? '"' : '\'';
                i = j;
            } else if (j < n && at(s, j) == ';' && !name.empty()) {
                out += midView(s, i, j + 1 - i);
                i = j;
            } else {
                out += "&amp;";
            }
        }
        ++i;
    }
}

// Text without markup, entities or what saveXML escapes.
bool isPlainText(View s)
{
    for (char c : s)
        if (c == '<' || c == '&' || c == '>' || c == '\r')
            return false;
    return true;
}

/*
 * A link's text (up to the first `</a>`) as the plugin's DOMDocument sees it: the tree libxml's HTML
 * parser builds, written back as saveXML does with formatOutput. The parser closes an `<a>` when
 * another starts directly in it, drops end tags of elements that are not open and closes what is
 * still open at the end; formatting puts each child of an element that has no text child on its own
 * line, indented by two spaces a level.
 */
class Fragment
{
public:
    enum Kind : quint8 { Element, Text, Comment };
    struct Node
    {
        Kind kind = Element;
        bool hasText = false; // element: has a text child (libxml then writes its children as they are)
        View name; // element, as written
        View raw; // element: the start tag's attributes; comment: all of it
        qsizetype textStart = 0, textEnd = 0; // text: in m_text
        int firstChild = -1, lastChild = -1, next = -1;
    };

    // Parses @p s, the text after the link's start tag through its `</a>`; node 1 is the link.
    void parse(View s, bool linkIsEmpty)
    {
        m_nodes.clear();
        m_text.clear();
        m_nodes.append(Node()); // the body
        QVarLengthArray<int, 16> stack {0, add(0, Element)}; // open elements
        m_nodes[1].name = "a";
        if (linkIsEmpty)
            stack.removeLast();
        const qsizetype n = size(s);
        qsizetype i = 0;
        while (i < n) {
            const int top = stack.last();
            if (at(s, i) != '<' || i + 1 == n) {
                qsizetype lt = findByte(s, i + 1, '<');
                if (lt < 0)
                    lt = n;
                addText(top, midView(s, i, lt - i));
                i = lt;
                continue;
            }
            const char next = at(s, i + 1);
            if (isAsciiLetter(next)) {
                qsizetype j = i + 2;
                while (j < n && isNameChar(at(s, j)))
                    ++j;
                const View name = midView(s, i + 1, j - i - 1);
                const qsizetype gt = tagEnd(s, j);
                if (gt < 0) { // no end: libxml gives up on the tag
                    addText(top, midView(s, i));
                    break;
                }
                View attributes = trimmedView(midView(s, j, gt - j));
                const bool selfClosing = endsWith(attributes, "/");
                if (selfClosing)
                    attributes.remove_suffix(1);
                int parent = top;
                if (top != 0 && sameName(name, "a") && sameName(m_nodes.at(top).name, "a")) {
                    stack.removeLast();
                    parent = stack.last();
                }
                const int e = add(parent, Element);
                m_nodes[e].name = name;
                m_nodes[e].raw = trimmedView(attributes);
                if (!selfClosing && !isVoidElement(name))
                    stack.append(e);
                i = gt + 1;
            } else if (next == '/') {
                qsizetype j = i + 2;
                while (j < n && isNameChar(at(s, j)))
                    ++j;
                if (j == i + 2) { // `</` without a name is dropped
                    i = j;
                    continue;
                }
                const View name = midView(s, i + 2, j - i - 2);
                qsizetype k = stack.size() - 1;
                while (k > 0 && !sameName(m_nodes.at(stack.at(k)).name, name))
                    --k;
                if (k > 0)
                    stack.resize(k);
                const qsizetype gt = findByte(s, j, '>');
                i = gt < 0 ? n : gt + 1;
            } else if (startsWith(midView(s, i), "<!--")) {
                const size_t close = s.find("-->", static_cast<size_t>(i + 4));
                const qsizetype end = close == View::npos ? n : static_cast<qsizetype>(close) + 3;
                const int c = add(top, Comment);
                m_nodes[c].raw = midView(s, i, end - i);
                i = end;
            } else {
                addText(top, midView(s, i, 1));
                ++i;
            }
        }
    }

    const Node &node(int i) const { return m_nodes.at(i); }

    // Elements named @p name (lower-case) in the link, in document order: how many, and the first.
    int count(View name, int *first) const { return countIn(1, name, first); }

    // saveXML of node @p i at nesting @p level; @p start is the link's start tag.
    void write(std::string &out, int i, int level, bool format, View start) const
    {
        const Node &e = m_nodes.at(i);
        if (e.kind == Text) {
            out.append(m_text, static_cast<size_t>(e.textStart), static_cast<size_t>(e.textEnd - e.textStart));
            return;
        }
        if (e.kind == Comment) {
            out += e.raw;
            return;
        }
        if (i == 1) {
            out += start;
        } else {
            out += '<';
            appendLowered(out, e.name);
            if (!e.raw.empty()) {
                out += ' ';
                out += e.raw;
            }
        }
        if (e.firstChild < 0) {
            if (isSelfClosedOnOutput(e.name))
                out += " />";
            else
                appendEndTag(out, e.name, "></");
            return;
        }
        format = format && !e.hasText;
        out += '>';
        if (format)
            out += '\n';
        for (int c = e.firstChild; c >= 0; c = m_nodes.at(c).next) {
            if (format)
                indent(out, level + 1);
            write(out, c, level + 1, format, start);
            if (format)
                out += '\n';
        }
        if (format)
            indent(out, level);
        // The plugin's `></img>` to ` />` matches after children too, unless that `>` ended an earlier match.
        if (isSelfClosedOnOutput(e.name) && endsWith(out, ">") && !endsWith(out, " />")) {
            out.pop_back();
            out += " />";
        } else
            appendEndTag(out, e.name, "</");
    }

    // The body's children, as the plugin concatenates them.
    void writeAll(std::string &out, View start) const
    {
        for (int c = m_nodes.at(0).firstChild; c >= 0; c = m_nodes.at(c).next)
            write(out, c, 0, true, start);
    }

private:
    static void appendEndTag(std::string &out, View name, const char *open)
    {
        out += open;
        appendLowered(out, name);
        out += '>';
    }

    static void indent(std::string &out, int level)
    {
        out.append(static_cast<size_t>(2 * std::min(level, 30)), ' '); // libxml's indentation stops at 60 columns
    }

    // The `>` ending a start tag whose attributes begin at @p p (quoted values may hold one), or -1.
    static qsizetype tagEnd(View s, qsizetype p)
    {
        char quote = 0;
        bool afterEquals = false;
        for (; p < size(s); ++p) {
            const char c = at(s, p);
            if (quote != 0) {
                if (c == quote)
                    quote = 0;
            } else if (c == '>') {
                return p;
            } else if (afterEquals && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == '=') {
                afterEquals = true;
                continue;
            }
            if (!isAttrSpace(c))
                afterEquals = false;
        }
        return -1;
    }

    int add(int parent, Kind kind)
    {
        const int i = int(m_nodes.size());
        m_nodes.append(Node());
        m_nodes[i].kind = kind;
        Node &p = m_nodes[parent];
        if (p.lastChild >= 0)
            m_nodes[p.lastChild].next = i;
        else
            p.firstChild = i;
        p.lastChild = i;
        return i;
    }

    // Adjacent text is one node (a dropped end tag between them leaves no trace).
    void addText(int parent, View s)
    {
        const int last = m_nodes.at(parent).lastChild;
        int t = last;
        if (last < 0 || m_nodes.at(last).kind != Text) {
            t = add(parent, Text);
            m_nodes[t].textStart = size(m_text);
            m_nodes[parent].hasText = true;
        }
        appendText(m_text, s);
        m_nodes[t].textEnd = size(m_text);
    }

    int countIn(int i, View name, int *first) const
    {
        int total = 0;
        for (int c = m_nodes.at(i).firstChild; c >= 0; c = m_nodes.at(c).next) {
            if (m_nodes.at(c).kind != Element)
                continue;
            if (sameName(m_nodes.at(c).name, name)) {
                if (*first < 0)
                    *first = c;
                ++total;
            }
            total += countIn(c, name, first);
        }
        return total;
    }

    QVarLengthArray<Node, 16> m_nodes;
    std::string m_text;
};

} // namespace

bool externalLinksPass(View html, const ExternalLinksOptions &o, std::string &out)
{
    LinkScanner links(html);
    Link link;
    if (!links.next(0, link))
        return false;
    std::string target; // as bytes, once there is an external link
    std::vector<std::string> excludeClasses;
    for (const QString &c : o.excludeClasses)
        excludeClasses.push_back(c.toStdString());
    std::optional<QRegularExpression> internalPattern; // compiled for the first link that needs it
    out.clear();
    out.reserve(html.size() + html.size() / 4 + 256);
    qsizetype last = 0;
    Fragment fragment;
    std::string start;
    do {
        out += midView(html, last, link.start - last);
        last = link.end();
        const View whole = midView(html, link.start, link.end() - link.start);
        Attrs attrs = parseAttributes(midView(html, link.start + 2, link.tagEnd - link.start - 2));
        std::string hrefStorage, classStorage, relStorage;
        const Attr *hrefAttr = find(attrs, "href");
        const View url = hrefAttr ? decoded(hrefAttr->value, hrefStorage) : View();
        if (url.empty()) {
            out += whole;
            continue;
        }
        const Attr *classAttr = find(attrs, "class");
        Tokens classes = classAttr ? tokens(decoded(classAttr->value, classStorage)) : Tokens();
        bool excluded = false;
        for (const std::string &c : excludeClasses)
            excluded = excluded || containsSetting(classes, c);
        if (excluded) {
            out += whole;
            continue;
        }
        bool external = false;
        if (startsWith(url, "mailto:")) {
            classes.append("mailto");
        } else {
            if (!internalPattern)
                internalPattern = cachedRegex(externalLinksInternalPattern(o), QRegularExpression::CaseInsensitiveOption);
            // an expression PCRE refuses makes preg_match() fail: then no link is internal
            const bool internal = internalPattern->isValid() && internalPattern->match(byteSubject(url)).hasMatch();
            const qsizetype colon = findByte(url, 0, ':');
            if (!internal && colon > 0) {
                // strtolower() of the scheme, looked up as a key of the flipped list: the list's case counts
                std::string scheme(midView(url, 0, colon));
                for (char &c : scheme)
                    c = c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c;
                for (const QString &s : o.schemes)
                    external = external || s.toStdString() == scheme;
            }
        }
        // `<a href="x"/>` is an empty link; in `<a href=x/>` the slash ends the value
        const bool emptyLink = at(html, link.tagEnd - 1) == '/' && (attrs.isEmpty() || !endsWith(attrs.last().raw, "/"));
        // Most links hold plain text, which the round trip leaves as it is.
        const View text = midView(html, link.tagEnd + 1, link.close - link.tagEnd - 1);
        const bool plain = !emptyLink && isPlainText(text);
        if (!plain)
            fragment.parse(midView(html, link.tagEnd + 1, link.end() - link.tagEnd - 1), emptyLink);
        if (external) {
            classes.append("external-link");
            if (!o.target.isEmpty()) {
                if (target.empty())
                    target = o.target.toLatin1().toStdString();
                set(attrs, "target", target);
            }
            const Attr *relAttr = find(attrs, "rel");
            const Tokens written = relAttr ? tokens(decoded(relAttr->value, relStorage)) : Tokens();
            Tokens rel;
            for (View t : written)
                if (!containsToken(rel, t))
                    rel.append(t);
            if (o.noFollow && !containsToken(rel, "nofollow"))
                rel.append("nofollow");
            for (View t : {View("noopener"), View("noreferrer")})
                if (!containsToken(rel, t))
                    rel.append(t);
            set(attrs, "rel", joined(rel));
            int first = -1;
            const int images = plain ? 0 : fragment.count("img", &first);
            const double size = images == 1 ? imageSize(fragment.node(first).raw) : 0;
            classes.append(images > 1 ? "images" : images == 0 ? "no-image" : size > 0 && size <= 32 ? "icon" : "image");
        }
        if (!classes.isEmpty() && o.active)
            set(attrs, "class", joined(classes));
        start.clear();
        start += "<a";
        for (const Attr &a : std::as_const(attrs)) {
            start += ' ';
            if (a.setName.data() == nullptr) {
                start += a.raw;
                continue;
            }
            start += a.setName;
            start += "=\"";
            escapeInto(start, a.changed, true);
            start += '"';
        }
        if (plain) {
            out += start;
            out += '>';
            out += text;
            out += "</a>";
        } else {
            fragment.writeAll(out, start);
        }
    } while (links.next(last, link));
    out += midView(html, last);
    return true;
}

} // namespace GravDesk::Markdown
