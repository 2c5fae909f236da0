// The external_links plugin (ExternalLinks.php) applied to each one-line link.
//
// A hand-written scanner reproduces what the plugin's expression `<a(?:\s[^>]*)?>.*?</a>` matches on
// the byte string (case-insensitive, `.` not crossing a newline, `\s` being space, \t, \n, \v, \f,
// \r); a small parser and writer then stand in for its DOMDocument. A page without `<a` costs one
// memchr scan and is returned as is.
#include "markdown/externallinks.h"

#include "markdown/bytescan.h"
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"

#include <QVarLengthArray>

namespace GravDesk::Markdown {

namespace {

// PCRE's \s.
bool isRegexSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

// Whitespace between attributes (the DOM parser's; no \v).
bool isAttrSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// The next position of a byte at or after a growing position: every search resumes where the last one
// stopped, so repeated candidates on one line (`<a <a <a …`) cost one scan, not one each.
class NextByte
{
public:
    NextByte(QStringView s, char16_t c)
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
    QStringView m_s;
    char16_t m_c;
    qsizetype m_at = -2; // not searched yet (below any position)
};

// `</a>` in either case at @p p.
bool closeTagAt(QStringView s, qsizetype p)
{
    return p + 3 < s.size() && s.at(p + 1) == u'/' && (s.at(p + 2).unicode() | 0x20) == u'a' && s.at(p + 3) == u'>';
}

// Case folding (and lower-casing, the same for ASCII) with a shortcut for ASCII.
QChar folded(QChar c)
{
    if (c.unicode() < 0x80)
        return c >= u'A' && c <= u'Z' ? QChar(c.unicode() | 0x20) : c;
    return c.toCaseFolded();
}

QChar lowered(QChar c)
{
    return c.unicode() < 0x80 ? folded(c) : c.toLower();
}

// QStringView::contains(needle, Qt::CaseInsensitive) without the library's setup cost per call (it
// dominated the pass): code units compared by simple case folding, as the library does for them.
bool containsFolded(QStringView hay, QStringView needle)
{
    if (needle.isEmpty())
        return true;
    const QChar first = folded(needle.at(0));
    for (qsizetype i = 0; i + needle.size() <= hay.size(); ++i) {
        if (folded(hay.at(i)) != first)
            continue;
        qsizetype k = 1;
        while (k < needle.size() && folded(hay.at(i + k)) == folded(needle.at(k)))
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

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
    explicit LinkScanner(QStringView html)
        : m_html(html)
        , m_gt(html, u'>')
        , m_nl(html, u'\n')
    { }

    bool next(qsizetype from, Link &link)
    {
        const qsizetype n = m_html.size();
        for (qsizetype i = findByte(m_html, from, u'<'); i >= 0 && i + 2 < n; i = findByte(m_html, i + 1, u'<')) {
            if ((m_html.at(i + 1).unicode() | 0x20) != u'a')
                continue;
            qsizetype gt = i + 2;
            if (m_html.at(gt) != u'>') {
                if (!isRegexSpace(m_html.at(gt)))
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
            for (qsizetype q = findByte(m_html, p, u'<'); q >= 0; q = findByte(m_html, q + 1, u'<')) {
                if (closeTagAt(m_html, q)) {
                    m_close = q;
                    break;
                }
            }
        }
        return m_close;
    }

    QStringView m_html;
    NextByte m_gt;
    NextByte m_nl;
    qsizetype m_close = -2;
};

struct Attr
{
    QStringView name; // as written
    QStringView raw; // the attribute as written (kept when unchanged)
    QStringView value; // as written, entities not decoded
    QStringView setName; // lower-case name when changed (target, rel or class)
    QString changed; // the new (decoded) value
};

// Names compare as the plugin's DOM does, lower-cased.
bool sameName(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a.at(i) != b.at(i) && lowered(a.at(i)) != lowered(b.at(i)))
            return false;
    return true;
}

using Attrs = QVarLengthArray<Attr, 8>;

// Attributes of a start tag's inside (`href="x" class=y`), first occurrence of a name wins (as in a DOM).
Attrs parseAttributes(QStringView s)
{
    Attrs out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        while (i < n && (isAttrSpace(s.at(i)) || s.at(i) == u'/'))
            ++i;
        const qsizetype start = i;
        while (i < n && !isAttrSpace(s.at(i)) && s.at(i) != u'=' && s.at(i) != u'>')
            ++i;
        if (i == start) {
            ++i;
            continue;
        }
        Attr a;
        a.name = s.mid(start, i - start);
        qsizetype j = i;
        while (j < n && isAttrSpace(s.at(j)))
            ++j;
        if (j < n && s.at(j) == u'=') {
            ++j;
            while (j < n && isAttrSpace(s.at(j)))
                ++j;
            if (j < n && (s.at(j) == u'"' || s.at(j) == u'\'')) {
                const qsizetype close = findByte(s, j + 1, s.at(j).unicode());
                const qsizetype end = close < 0 ? n : close;
                a.value = s.mid(j + 1, end - j - 1);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype vs = j;
                while (j < n && !isAttrSpace(s.at(j)) && s.at(j) != u'>')
                    ++j;
                a.value = s.mid(vs, j - vs);
                i = j;
            }
        }
        a.raw = s.mid(start, i - start);
        bool dup = false;
        for (const Attr &o : std::as_const(out))
            dup = dup || sameName(o.name, a.name);
        if (!dup)
            out.append(a);
    }
    return out;
}

// @p name: lower-case
Attr *find(Attrs &attrs, QStringView name)
{
    for (Attr &a : attrs)
        if (sameName(a.name, name))
            return &a;
    return nullptr;
}

// An attribute's value with the entities decoded (@p storage holds it when they had to be).
QStringView decoded(QStringView value, QString &storage)
{
    if (findByte(value, 0, u'&') < 0)
        return value;
    storage = specialCharsDecode(value.toString());
    return storage;
}

// @p name: a lower-case literal
void set(Attrs &attrs, QStringView name, const QString &value)
{
    Attr *a = find(attrs, name);
    if (!a) {
        attrs.append(Attr());
        a = &attrs.last();
        a->name = name;
    }
    a->setName = name;
    a->changed = value;
}

using Tokens = QVarLengthArray<QStringView, 8>;

// Space-separated tokens (the plugin splits on " " only).
Tokens tokens(QStringView s)
{
    Tokens out;
    qsizetype start = 0;
    while (start < s.size()) {
        qsizetype sp = findByte(s, start, u' ');
        if (sp < 0)
            sp = s.size();
        if (sp > start)
            out.append(s.mid(start, sp - start));
        start = sp + 1;
    }
    return out;
}

bool containsToken(const Tokens &list, QStringView token)
{
    for (QStringView t : list)
        if (t == token)
            return true;
    return false;
}

QString joined(const Tokens &list)
{
    QString s;
    for (QStringView t : list) {
        if (!s.isEmpty())
            s += QChar(u' ');
        s += t;
    }
    return s;
}

// `width:\s*(\d+)([a-z]+)` (case-insensitive) in a style: the first such length, in px; -1 when none.
double cssLength(QStringView style, QLatin1String property)
{
    for (qsizetype p = 0; p + property.size() <= style.size(); ++p) {
        if (!hasAsciiWordAt(style, p, property))
            continue;
        qsizetype i = p + property.size();
        while (i < style.size() && isRegexSpace(style.at(i)))
            ++i;
        const qsizetype digits = i;
        while (i < style.size() && style.at(i) >= u'0' && style.at(i) <= u'9')
            ++i;
        const qsizetype letters = i;
        while (i < style.size() && ((style.at(i).unicode() | 0x20) >= u'a' && (style.at(i).unicode() | 0x20) <= u'z'))
            ++i;
        if (letters == digits || i == letters)
            continue;
        const QStringView unit = style.mid(letters, i - letters); // the plugin's table is case-sensitive
        double factor = 1.0;
        if (unit == QLatin1String("pt"))
            factor = 16.0 / 12;
        else if (unit == QLatin1String("pc"))
            factor = 16.0;
        else if (unit == QLatin1String("in"))
            factor = 96.0;
        else if (unit == QLatin1String("mm"))
            factor = 96 / 25.4;
        else if (unit == QLatin1String("cm"))
            factor = 96 / 2.54;
        else if (unit == QLatin1String("m"))
            factor = 96 / 0.0254;
        else if (unit == QLatin1String("ex"))
            factor = 7.0;
        else if (unit == QLatin1String("em") || unit == QLatin1String("rem"))
            factor = 16.0;
        return style.mid(digits, letters - digits).toDouble() * factor;
    }
    return -1;
}

double imageSize(QStringView imgAttributes)
{
    Attrs attrs = parseAttributes(imgAttributes);
    double w = 0, h = 0;
    QString storage;
    if (const Attr *a = find(attrs, u"width"))
        w = decoded(a->value, storage).toDouble();
    if (const Attr *a = find(attrs, u"height"))
        h = decoded(a->value, storage).toDouble();
    if (const Attr *a = find(attrs, u"style")) {
        const QStringView style = decoded(a->value, storage);
        const double sw = cssLength(style, QLatin1String("width:"));
        if (sw >= 0)
            w = sw;
        const double sh = cssLength(style, QLatin1String("height:"));
        if (sh >= 0)
            h = sh;
    }
    return std::max(w, h);
}

// A value as an attribute value (htmlspecialchars with quotes); most need no escaping.
void appendEscaped(QString &out, const QString &value)
{
    for (QChar c : value) {
        if (c == u'&' || c == u'<' || c == u'>' || c == u'"' || c == u'\'') {
            out += escapeHtml(value, true);
            return;
        }
    }
    out += value;
}

// libxml's HTML parser: names of the elements it knows as empty (the 2.9 table; no wbr, source, embed).
bool isVoidElement(QStringView name)
{
    static const char16_t *const names[] = {
        u"area", u"base", u"basefont", u"br", u"col", u"frame", u"hr", u"img", u"input", u"isindex", u"link", u"meta", u"param"};
    for (const char16_t *n : names)
        if (sameName(name, QStringView(n)))
            return true;
    return false;
}

// The elements whose `></x>` the plugin's output expression turns into ` />`.
bool isSelfClosedOnOutput(QStringView name)
{
    static const char16_t *const names[] = {u"area", u"base", u"basefont", u"br", u"col", u"command", u"embed", u"frame", u"hr",
        u"img", u"input", u"keygen", u"link", u"meta", u"param", u"source", u"track", u"wbr"};
    for (const char16_t *n : names)
        if (sameName(name, QStringView(n)))
            return true;
    return false;
}

// libxml writes names lower-cased.
void appendLowered(QString &out, QStringView name)
{
    for (QChar c : name)
        out += lowered(c);
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= u'a' && u <= u'z';
}

// A character of an HTML name as libxml reads it.
bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiLetter(c) || (u >= u'0' && u <= u'9') || u == u':' || u == u'-' || u == u'_' || u == u'.';
}

// A code point as UTF-8 bytes of text escaped as libxml writes text (&, <, > and CR escaped); dropped when invalid.
void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return;
    if (cp == U'&')
        out += QStringLiteral("&amp;");
    else if (cp == U'<')
        out += QStringLiteral("&lt;");
    else if (cp == U'>')
        out += QStringLiteral("&gt;");
    else if (cp == U'\r')
        out += QStringLiteral("&#13;");
    else if (cp < 0x80)
        out += QChar(char16_t(cp));
    else
        out += bytesOf(QString::fromUcs4(&cp, 1));
}

/*
 * Text as DOMDocument reads and saveXML writes it: character references and &quot;/&apos; become the
 * characters, a bare `&`, `<`, `>` and CR are escaped. Other named entities are kept as written (libxml
 * decodes those it knows, which are then the same text in HTML; an unknown one stays text either way).
 */
void appendText(QString &out, QStringView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        if (c == u'<') {
            out += QStringLiteral("&lt;");
        } else if (c == u'>') {
            out += QStringLiteral("&gt;");
        } else if (c == u'\r') {
            out += QStringLiteral("&#13;");
        } else if (c != u'&') {
            out += c;
        } else if (i + 1 < n && s.at(i + 1) == u'#') {
            // libxml accepts a character reference without its `;`, and drops one without digits
            const bool hex = i + 2 < n && (s.at(i + 2).unicode() | 0x20) == u'x';
            qsizetype j = i + (hex ? 3 : 2);
            char32_t cp = 0;
            for (; j < n; ++j) {
                const char16_t u = s.at(j).unicode();
                int d = -1;
                if (u >= u'0' && u <= u'9')
                    d = u - u'0';
                else if (hex && (u | 0x20) >= u'a' && (u | 0x20) <= u'f')
                    d = (u | 0x20) - u'a' + 10;
                if (d < 0)
                    break;
                cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + char32_t(d);
            }
            appendCodePoint(out, cp); // nothing when there are no digits (libxml drops `&#` then)
            i = j < n && s.at(j) == u';' ? j : j - 1;
        } else {
            qsizetype j = i + 1;
            while (j < n && isNameChar(s.at(j)))
                ++j;
            const QStringView name = s.mid(i + 1, j - i - 1);
            if (j < n && s.at(j) == u';' && (name == u"quot" || name == u"apos")) {
                out += name == u"quot" ? QChar(u'"') : QChar(u'\'');
                i = j;
            } else if (j < n && s.at(j) == u';' && !name.isEmpty()) {
                out += s.mid(i, j + 1 - i);
                i = j;
            } else {
                out += QStringLiteral("&amp;");
            }
        }
        ++i;
    }
}

// Text without markup, entities or what saveXML escapes.
bool isPlainText(QStringView s)
{
    for (QChar c : s)
        if (c == u'<' || c == u'&' || c == u'>' || c == u'\r')
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
        QStringView name; // element, as written
        QStringView raw; // element: the start tag's attributes; comment: all of it
        qsizetype textStart = 0, textEnd = 0; // text: in m_text
        int firstChild = -1, lastChild = -1, next = -1;
    };

    // Parses @p s, the text after the link's start tag through its `</a>`; node 1 is the link.
    void parse(QStringView s, bool linkIsEmpty)
    {
        m_nodes.clear();
        m_text.clear();
        m_nodes.append(Node()); // the body
        QVarLengthArray<int, 16> stack {0, add(0, Element)}; // open elements
        m_nodes[1].name = u"a";
        if (linkIsEmpty)
            stack.removeLast();
        const qsizetype n = s.size();
        qsizetype i = 0;
        while (i < n) {
            const int top = stack.last();
            if (s.at(i) != u'<' || i + 1 == n) {
                qsizetype lt = findByte(s, i + 1, u'<');
                if (lt < 0)
                    lt = n;
                addText(top, s.mid(i, lt - i));
                i = lt;
                continue;
            }
            const QChar next = s.at(i + 1);
            if (isAsciiLetter(next)) {
                qsizetype j = i + 2;
                while (j < n && isNameChar(s.at(j)))
                    ++j;
                const QStringView name = s.mid(i + 1, j - i - 1);
                const qsizetype gt = tagEnd(s, j);
                if (gt < 0) { // no end: libxml gives up on the tag
                    addText(top, s.mid(i));
                    break;
                }
                QStringView attributes = s.mid(j, gt - j).trimmed();
                const bool selfClosing = attributes.endsWith(u'/');
                if (selfClosing)
                    attributes.chop(1);
                int parent = top;
                if (top != 0 && sameName(name, u"a") && sameName(m_nodes.at(top).name, u"a")) {
                    stack.removeLast();
                    parent = stack.last();
                }
                const int e = add(parent, Element);
                m_nodes[e].name = name;
                m_nodes[e].raw = attributes.trimmed();
                if (!selfClosing && !isVoidElement(name))
                    stack.append(e);
                i = gt + 1;
            } else if (next == u'/') {
                qsizetype j = i + 2;
                while (j < n && isNameChar(s.at(j)))
                    ++j;
                if (j == i + 2) { // `</` without a name is dropped
                    i = j;
                    continue;
                }
                const QStringView name = s.mid(i + 2, j - i - 2);
                qsizetype k = stack.size() - 1;
                while (k > 0 && !sameName(m_nodes.at(stack.at(k)).name, name))
                    --k;
                if (k > 0)
                    stack.resize(k);
                const qsizetype gt = findByte(s, j, u'>');
                i = gt < 0 ? n : gt + 1;
            } else if (s.mid(i).startsWith(u"<!--")) {
                const qsizetype close = s.indexOf(u"-->", i + 4);
                const qsizetype end = close < 0 ? n : close + 3;
                const int c = add(top, Comment);
                m_nodes[c].raw = s.mid(i, end - i);
                i = end;
            } else {
                addText(top, s.mid(i, 1));
                ++i;
            }
        }
    }

    const Node &node(int i) const { return m_nodes.at(i); }

    // Elements named @p name (lower-case) in the link, in document order: how many, and the first.
    int count(QStringView name, int *first) const { return countIn(1, name, first); }

    // saveXML of node @p i at nesting @p level; @p start is the link's start tag.
    void write(QString &out, int i, int level, bool format, QStringView start) const
    {
        const Node &e = m_nodes.at(i);
        if (e.kind == Text) {
            out += QStringView(m_text).mid(e.textStart, e.textEnd - e.textStart);
            return;
        }
        if (e.kind == Comment) {
            out += e.raw;
            return;
        }
        if (i == 1) {
            out += start;
        } else {
            out += QChar(u'<');
            appendLowered(out, e.name);
            if (!e.raw.isEmpty()) {
                out += QChar(u' ');
                out += e.raw;
            }
        }
        if (e.firstChild < 0) {
            if (isSelfClosedOnOutput(e.name))
                out += QLatin1String(" />");
            else
                appendEndTag(out, e.name, QLatin1String("></"));
            return;
        }
        format = format && !e.hasText;
        out += QChar(u'>');
        if (format)
            out += QChar(u'\n');
        for (int c = e.firstChild; c >= 0; c = m_nodes.at(c).next) {
            if (format)
                indent(out, level + 1);
            write(out, c, level + 1, format, start);
            if (format)
                out += QChar(u'\n');
        }
        if (format)
            indent(out, level);
        // The plugin's `></img>` to ` />` matches after children too, unless that `>` ended an earlier match.
        if (isSelfClosedOnOutput(e.name) && out.endsWith(u'>') && !out.endsWith(QLatin1String(" />"))) {
            out.chop(1);
            out += QLatin1String(" />");
        } else
            appendEndTag(out, e.name, QLatin1String("</"));
    }

    // The body's children, as the plugin concatenates them.
    void writeAll(QString &out, QStringView start) const
    {
        for (int c = m_nodes.at(0).firstChild; c >= 0; c = m_nodes.at(c).next)
            write(out, c, 0, true, start);
    }

private:
    static void appendEndTag(QString &out, QStringView name, QLatin1String open)
    {
        out += open;
        appendLowered(out, name);
        out += QChar(u'>');
    }

    static void indent(QString &out, int level)
    {
        out.resize(out.size() + 2 * std::min(level, 30), QChar(u' ')); // libxml's indentation stops at 60 columns
    }

    // The `>` ending a start tag whose attributes begin at @p p (quoted values may hold one), or -1.
    static qsizetype tagEnd(QStringView s, qsizetype p)
    {
        QChar quote;
        bool afterEquals = false;
        for (; p < s.size(); ++p) {
            const QChar c = s.at(p);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'>') {
                return p;
            } else if (afterEquals && (c == u'"' || c == u'\'')) {
                quote = c;
            } else if (c == u'=') {
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
    void addText(int parent, QStringView s)
    {
        const int last = m_nodes.at(parent).lastChild;
        int t = last;
        if (last < 0 || m_nodes.at(last).kind != Text) {
            t = add(parent, Text);
            m_nodes[t].textStart = m_text.size();
            m_nodes[parent].hasText = true;
        }
        appendText(m_text, s);
        m_nodes[t].textEnd = m_text.size();
    }

    int countIn(int i, QStringView name, int *first) const
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
    QString m_text;
};

} // namespace

QString externalLinksPass(const QString &html, const ExternalLinksOptions &o)
{
    LinkScanner links(html);
    Link link;
    if (!links.next(0, link))
        return html;
    QString out;
    out.reserve(html.size() + html.size() / 4 + 256);
    const QStringView all(html);
    qsizetype last = 0;
    Fragment fragment;
    QString start;
    do {
        out += all.mid(last, link.start - last);
        last = link.end();
        const QStringView whole = all.mid(link.start, link.end() - link.start);
        Attrs attrs = parseAttributes(all.mid(link.start + 2, link.tagEnd - link.start - 2));
        QString hrefStorage, classStorage, relStorage;
        const Attr *hrefAttr = find(attrs, u"href");
        const QStringView url = hrefAttr ? decoded(hrefAttr->value, hrefStorage) : QStringView();
        if (url.isEmpty()) {
            out += whole;
            continue;
        }
        const Attr *classAttr = find(attrs, u"class");
        Tokens classes = classAttr ? tokens(decoded(classAttr->value, classStorage)) : Tokens();
        bool excluded = false;
        for (const QString &c : o.excludeClasses)
            excluded = excluded || containsToken(classes, c);
        if (excluded) {
            out += whole;
            continue;
        }
        bool external = false;
        if (url.startsWith(QLatin1String("mailto:"))) {
            classes.append(u"mailto");
        } else {
            bool internal = !o.siteUrl.isEmpty() && containsFolded(url, o.siteUrl);
            for (const QString &d : o.excludeDomains)
                internal = internal || (!d.isEmpty() && containsFolded(url, d));
            const qsizetype colon = findByte(url, 0, u':');
            if (!internal && colon > 0) {
                const QStringView scheme = url.left(colon);
                for (const QString &s : o.schemes)
                    external = external || sameName(scheme, s);
            }
        }
        // `<a href="x"/>` is an empty link; in `<a href=x/>` the slash ends the value
        const bool emptyLink = all.at(link.tagEnd - 1) == u'/' && (attrs.isEmpty() || !attrs.last().raw.endsWith(u'/'));
        // Most links hold plain text, which the round trip leaves as it is.
        const QStringView text = all.mid(link.tagEnd + 1, link.close - link.tagEnd - 1);
        const bool plain = !emptyLink && isPlainText(text);
        if (!plain)
            fragment.parse(all.mid(link.tagEnd + 1, link.end() - link.tagEnd - 1), emptyLink);
        if (external) {
            classes.append(u"external-link");
            if (!o.target.isEmpty())
                set(attrs, u"target", o.target);
            const Attr *relAttr = find(attrs, u"rel");
            const Tokens written = relAttr ? tokens(decoded(relAttr->value, relStorage)) : Tokens();
            Tokens rel;
            for (QStringView t : written)
                if (!containsToken(rel, t))
                    rel.append(t);
            if (o.noFollow && !containsToken(rel, u"nofollow"))
                rel.append(u"nofollow");
            for (QStringView t : {QStringView(u"noopener"), QStringView(u"noreferrer")})
                if (!containsToken(rel, t))
                    rel.append(t);
            set(attrs, u"rel", joined(rel));
            int first = -1;
            const int images = plain ? 0 : fragment.count(u"img", &first);
            const double size = images == 1 ? imageSize(fragment.node(first).raw) : 0;
            classes.append(images > 1 ? u"images" : images == 0 ? u"no-image" : size > 0 && size <= 32 ? u"icon" : u"image");
        }
        if (!classes.isEmpty() && o.active)
            set(attrs, u"class", joined(classes));
        start.clear();
        start += QLatin1String("<a");
        for (const Attr &a : std::as_const(attrs)) {
            start += QChar(u' ');
            if (a.setName.isNull()) {
                start += a.raw;
                continue;
            }
            start += a.setName + QStringLiteral("=\"");
            appendEscaped(start, a.changed);
            start += QChar(u'"');
        }
        if (plain) {
            out += start;
            out += QChar(u'>');
            out += text;
            out += QLatin1String("</a>");
        } else {
            fragment.writeAll(out, start);
        }
    } while (links.next(last, link));
    out += all.mid(last);
    return out;
}

} // namespace GravDesk::Markdown
