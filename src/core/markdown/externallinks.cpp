// The external_links plugin (ExternalLinks.php) applied to the start tag of each one-line link.
//
// Hand-written scanners reproduce what the plugin's expressions match on the byte string:
// links `<a(?:\s[^>]*)?>.*?</a>` and images `<img(\s[^>]*)?>` (both case-insensitive, `.` not
// crossing a newline, `\s` being space, \t, \n, \v, \f, \r). A page without `<a` costs one memchr
// scan and is returned as is.
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

// One `<img(\s[^>]*)?>` at @p p: its end (after `>`) and the attribute text, or -1.
qsizetype imageAt(QStringView s, qsizetype p, QStringView *attributes)
{
    if (!hasAsciiWordAt(s, p, QLatin1String("<img")) || p + 4 >= s.size())
        return -1;
    const qsizetype a = p + 4;
    qsizetype gt = a;
    if (s.at(a) != u'>') {
        if (!isRegexSpace(s.at(a)))
            return -1;
        gt = findByte(s, a + 1, u'>');
        if (gt < 0)
            return -1;
    }
    if (attributes)
        *attributes = s.mid(a, gt - a);
    return gt + 1;
}

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

// The class the plugin adds for the images of a link's body: images, icon, image or no-image.
QStringView imageClass(QStringView inner)
{
    int count = 0;
    QStringView first;
    for (qsizetype p = findByte(inner, 0, u'<'); p >= 0;) {
        QStringView attributes;
        const qsizetype end = imageAt(inner, p, &attributes);
        if (end >= 0 && count++ == 0)
            first = attributes;
        p = findByte(inner, end >= 0 ? end : p + 1, u'<');
    }
    if (count > 1)
        return u"images";
    if (count == 0)
        return u"no-image";
    const double size = imageSize(first);
    return size > 0 && size <= 32 ? u"icon" : u"image";
}

// libxml's formatted output (the plugin sets formatOutput): a link whose children are only images
// (`^\s*(?:<img(?:\s[^>]*)?>\s*)+$`) gets each on its own line, indented by two spaces.
bool appendImagesOnly(QString &out, QStringView inner)
{
    auto skipSpace = [&](qsizetype p) {
        while (p < inner.size() && isRegexSpace(inner.at(p)))
            ++p;
        return p;
    };
    qsizetype p = skipSpace(0);
    if (p == inner.size())
        return false;
    for (qsizetype q = p; q < inner.size();) {
        const qsizetype end = imageAt(inner, q, nullptr);
        if (end < 0)
            return false;
        q = skipSpace(end);
    }
    while (p < inner.size()) {
        const qsizetype end = imageAt(inner, p, nullptr);
        out += QStringLiteral("\n  ") + inner.mid(p, end - p);
        p = skipSpace(end);
    }
    out += QChar(u'\n');
    return true;
}

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
        const QStringView inner = all.mid(link.tagEnd + 1, link.close - link.tagEnd - 1);
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
            classes.append(imageClass(inner));
        }
        if (!classes.isEmpty() && o.active)
            set(attrs, u"class", joined(classes));
        out += QStringLiteral("<a");
        for (const Attr &a : std::as_const(attrs)) {
            out += QChar(u' ');
            if (a.setName.isNull()) {
                out += a.raw;
                continue;
            }
            out += a.setName + QStringLiteral("=\"");
            appendEscaped(out, a.changed);
            out += QChar(u'"');
        }
        out += QChar(u'>');
        if (!appendImagesOnly(out, inner))
            out += inner;
        out += QStringLiteral("</a>");
    } while (links.next(last, link));
    out += all.mid(last);
    return out;
}

} // namespace GravDesk::Markdown
