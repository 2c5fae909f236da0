// Inline pass of the Parsedown 1.7.4 compatible parser (Parsedown::line()) with Grav's
// special-character map and its link/image hooks.
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"
#include "page/envelope.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <memory>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace GravDesk::Markdown {

QRegularExpression cachedRegex(const QString &pattern, QRegularExpression::PatternOptions options)
{
    thread_local QHash<QString, QRegularExpression> cache;
    const QString key = QString::number(options.toInt()) + QChar(u':') + pattern;
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    if (cache.size() > 512) // patterns built from tag names in content: keep the cache bounded
        cache.clear();
    const QRegularExpression re(pattern, options);
    cache.insert(key, re);
    return re;
}

QString Element::attribute(const QString &n) const
{
    for (const auto &a : attributes)
        if (a.first == n)
            return a.second;
    return {};
}

bool Element::hasAttribute(const QString &n) const
{
    for (const auto &a : attributes)
        if (a.first == n && !a.second.isNull())
            return true;
    return false;
}

void Element::setAttribute(const QString &n, const QString &v)
{
    for (auto &a : attributes) {
        if (a.first == n) {
            a.second = v;
            return;
        }
    }
    attributes.append({n, v});
}

void Element::removeAttribute(const QString &n)
{
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes.at(i).first == n) {
            attributes.remove(i);
            return;
        }
    }
}

namespace {

constexpr size_t npos = View::npos;

// Parsedown's inline types, as bits of a non-nestable set.
enum InlineType : unsigned {
    InlineSpecialCharacter = 1u << 0,
    InlineImage = 1u << 1,
    InlineEmphasis = 1u << 2,
    InlineUrl = 1u << 3,
    InlineUrlTag = 1u << 4,
    InlineEmailTag = 1u << 5,
    InlineMarkup = 1u << 6,
    InlineLink = 1u << 7,
    InlineCode = 1u << 8,
    InlineStrikethrough = 1u << 9,
    InlineEscapeSequence = 1u << 10,
    InlineFootnoteMarker = 1u << 11, // ParsedownExtra
};

// Parsedown's $inlineMarkerList as a lookup table (the scan for the next marker is the inner loop).
struct MarkerTable
{
    bool is[256] = {};
    MarkerTable()
    {
        for (char c : {'!', '"', '*', '_', '&', '[', ':', '<', '>', '`', '~', '\\'})
            is[static_cast<unsigned char>(c)] = true;
    }
};

size_t nextMarker(View t, size_t from)
{
    static const MarkerTable table;
    size_t i = from;
#ifdef __SSE2__
    // sixteen bytes a step: most text has no marker at all (a Cyrillic paragraph, a long sentence)
    static const __m128i markers[] = {_mm_set1_epi8('!'), _mm_set1_epi8('"'), _mm_set1_epi8('*'), _mm_set1_epi8('_'),
        _mm_set1_epi8('&'), _mm_set1_epi8('['), _mm_set1_epi8(':'), _mm_set1_epi8('<'), _mm_set1_epi8('>'), _mm_set1_epi8('`'),
        _mm_set1_epi8('~'), _mm_set1_epi8('\\')};
    for (; i + 16 <= t.size(); i += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t.data() + i));
        __m128i hit = _mm_setzero_si128();
        for (const __m128i &m : markers)
            hit = _mm_or_si128(hit, _mm_cmpeq_epi8(chunk, m));
        if (const int mask = _mm_movemask_epi8(hit))
            return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    for (; i < t.size(); ++i)
        if (table.is[static_cast<unsigned char>(t[i])])
            return i;
    return npos;
}

constexpr View kEscapable = "\\`*_{}[]()>#+-.!|";

// The non-empty text a QString byte string needs: an empty one that is not null (a null attribute is not written).
QString attributeValue(View s)
{
    return QString::fromLatin1(s.empty() ? "" : s.data(), static_cast<qsizetype>(s.size()));
}

// ParsedownGravTrait's str_replace($matches[1], '/', $excerpt['text']): the excerpt (the text from @p pos) with the
// Twig target hidden from Parsedown, every occurrence of it. Only the excerpt: the link is read forwards from its
// start, and copying (and scanning) the text before it again for each Twig link made a line of them slower.
std::string withTwigHidden(View t, size_t pos, View twig)
{
    std::string out;
    size_t from = pos;
    for (size_t at = t.find(twig, pos); !twig.empty() && at != npos; at = t.find(twig, from)) {
        out.append(t.substr(from, at - from));
        out += '/';
        from = at + twig.size();
    }
    out.append(t.substr(from));
    return out;
}

// ParsedownGravTrait's twig_link_regex group 1, `(\{([\{%#])\s*(.*?)\s*(?:\2|\})\})\)`, at @p g: the end of
// the group (its ')' follows), or npos. The lazy middle cannot cross a line end; white space can.
size_t twigTargetEnd(View t, size_t g)
{
    const size_t n = t.size();
    if (g + 1 >= n || t[g] != '{' || (t[g + 1] != '{' && t[g + 1] != '%' && t[g + 1] != '#'))
        return npos;
    const char x = t[g + 1];
    size_t c0 = g + 2;
    while (c0 < n && isSpace(t[c0]))
        ++c0;
    const size_t lineEnd = std::min(t.find('\n', c0), n);
    for (size_t e = c0; e <= lineEnd; ++e) {
        size_t w = e;
        while (w < n && isSpace(t[w]))
            ++w;
        if (w + 2 < n && (t[w] == x || t[w] == '}') && t[w + 1] == '}' && t[w + 2] == ')')
            return w + 2;
    }
    return npos;
}

// The length of the valid UTF-8 sequence at @p i (RFC 3629: no overlong forms, no surrogates), or 0.
size_t validSequence(View t, size_t i)
{
    return static_cast<size_t>(utf8SequenceLength(t.data() + i, t.data() + t.size()));
}

// The code point of the UTF-8 sequence at @p i; a byte that starts no valid sequence reads as itself.
char32_t codePointAt(View t, size_t i)
{
    const size_t len = validSequence(t, i);
    const auto b = static_cast<unsigned char>(t[i]);
    if (len <= 1)
        return b;
    char32_t c = b & (0x7F >> len);
    for (size_t k = 1; k < len; ++k)
        c = (c << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
    return c;
}

// Where the UTF-8 sequence that ends at @p i starts.
size_t sequenceStart(View t, size_t i)
{
    size_t k = i - 1;
    while (k > 0 && i - k < 4 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80)
        --k;
    return k;
}

// PCRE's \w and \s with Unicode properties, as PHP's /u turns them on: letters, numbers and '_'; spaces.
bool isUnicodeWord(char32_t c)
{
    return c < 0x80 ? isWord(static_cast<char>(c)) : QChar::isLetterOrNumber(c);
}
bool isUnicodeSpace(char32_t c)
{
    return c < 0x80 ? isSpace(static_cast<char>(c)) : QChar::isSpace(c);
}
bool isUnicodeWordAt(View t, size_t i)
{
    return i < t.size() && isUnicodeWord(codePointAt(t, i));
}
bool isUnicodeWordBefore(View t, size_t i)
{
    return i > 0 && isUnicodeWord(codePointAt(t, sequenceStart(t, i)));
}

// Where a white-space-free run ends.
size_t runEnd(View t, size_t from)
{
    while (from < t.size() && !isSpace(t[from]))
        ++from;
    return from;
}

} // namespace

/*
 * What one line() call keeps about its text: the searches Parsedown repeats from every '[' of a line
 * (its bracket and Twig-link regexes) are answered once, and a code span that found no closer is not
 * looked for again from the rest of its backtick run. This keeps hostile lines linear.
 */
struct Parsedown::Scan
{
    explicit Scan(View t)
        : text(t)
    { }
    View text;

    // brackets: every '[' with its matching ']' (npos: none), and the next matched one from each
    bool bracketsDone = false;
    std::vector<std::pair<size_t, size_t>> opens;
    std::vector<size_t> nextMatched;

    // the Twig-link search: its leftmost match from twigFrom on
    bool twigDone = false;
    size_t twigFrom = 0;
    bool twigFound = false;
    size_t twigStart = 0, twigGroupStart = 0, twigGroupEnd = 0;

    size_t codeFailFrom = npos, codeFailTo = 0;

    // The next position at or after a query where something is found, answered from the last search while
    // the query lies between it and its result: the queries of one line come in text order, so each byte is
    // searched about once (searching again from every '<' or "~~" of a line made hostile lines quadratic).
    struct NextFound
    {
        size_t from = npos, at = npos;
        template<typename Find> size_t operator()(size_t pos, Find find)
        {
            if (from == npos || pos < from || (at != npos && pos > at)) {
                from = pos;
                at = find(pos);
            }
            return at;
        }
    };
    NextFound gt; // '>'
    NextFound strikeCloser; // "~~" after a non-space
    NextFound newline;
    NextFound spaceOrGt; // ' ' or '>'
    NextFound space[2], atSign[2], emailGt[2]; // the e-mail tag's searches, with and without "mailto:"

    /*
     * The excerpt with the Twig target hidden (withTwigHidden()) is built once and serves the later links of
     * the text with the same target: from a position after the occurrences it replaced (none cut in two) it
     * reads as the excerpt of that position would, and the link is read forwards from its start. Building
     * it again for each link made a text of Twig links quadratic. Returns the text and where @p pos is in it.
     */
    struct TwigHidden
    {
        std::string twig;
        size_t from = npos;
        std::string text;
        std::vector<size_t> at; // where the replaced occurrences start in the original text
        std::unique_ptr<Scan> scan;
    };
    std::unique_ptr<TwigHidden> hidden;
    size_t twigHidden(size_t pos, View twig, const std::string *&hiddenText, Scan *&hiddenScan)
    {
        if (hidden && hidden->from != npos && pos >= hidden->from && twig == hidden->twig) {
            const auto k = static_cast<size_t>(std::lower_bound(hidden->at.begin(), hidden->at.end(), pos) - hidden->at.begin());
            if (k == 0 || hidden->at[k - 1] + twig.size() <= pos) {
                hiddenText = &hidden->text;
                hiddenScan = hidden->scan.get();
                return pos - hidden->from - k * (twig.size() - 1);
            }
        }
        if (!hidden)
            hidden = std::make_unique<TwigHidden>();
        hidden->twig = std::string(twig);
        hidden->from = pos;
        hidden->text = withTwigHidden(text, pos, twig);
        hidden->at.clear();
        for (size_t a = twig.empty() ? npos : text.find(twig, pos); a != npos; a = text.find(twig, a + twig.size()))
            hidden->at.push_back(a);
        hidden->scan = std::make_unique<Scan>(hidden->text);
        hiddenText = &hidden->text;
        hiddenScan = hidden->scan.get();
        return 0;
    }

    // The first ' ' or ')' at or after a position, cached: a link's URL looks for it from each of its
    // '(' (`[(][^ )]+[)]`), and in a paragraph of unclosed links every one would search the rest of it.
    size_t stopFrom = npos, stopAt = npos;
    size_t spaceOrParen(size_t pos)
    {
        if (stopFrom == npos || pos < stopFrom || (stopAt != npos && pos > stopAt)) {
            stopFrom = pos;
            stopAt = text.find_first_of(" )", pos);
        }
        return stopAt;
    }

    // where the text's last invalid UTF-8 ends (0: none): a /u pattern fails on a subject holding some
    bool utf8Checked = false;
    size_t invalidEnd = 0;
    bool validUtf8From(size_t pos)
    {
        if (!utf8Checked) {
            utf8Checked = true;
            if (!isValidUtf8(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())))) {
                for (size_t i = 0; i < text.size();) {
                    const size_t len = validSequence(text, i);
                    if (len == 0)
                        invalidEnd = i + 1;
                    i += len == 0 ? 1 : len;
                }
            }
        }
        return invalidEnd <= pos;
    }

    // `\[((?:[^][]++|(?R))*+)\]` searched from @p pos: the leftmost balanced group (possessive, so a
    // '[' either closes at its matching ']' or not at all)
    bool bracket(size_t pos, size_t &open, size_t &close)
    {
        if (!bracketsDone) {
            bracketsDone = true;
            std::vector<size_t> stack;
            for (size_t i = text.find_first_of("[]"); i != npos; i = text.find_first_of("[]", i + 1)) {
                if (text[i] == '[') {
                    stack.push_back(opens.size());
                    opens.push_back({i, npos});
                } else if (!stack.empty()) {
                    opens[stack.back()].second = i;
                    stack.pop_back();
                }
            }
            nextMatched.assign(opens.size() + 1, opens.size());
            for (size_t k = opens.size(); k-- > 0;)
                nextMatched[k] = opens[k].second != npos ? k : nextMatched[k + 1];
        }
        const auto it = std::lower_bound(
            opens.begin(), opens.end(), pos, [](const std::pair<size_t, size_t> &o, size_t p) { return o.first < p; });
        const size_t k = nextMatched[static_cast<size_t>(it - opens.begin())];
        if (k >= opens.size())
            return false;
        open = opens[k].first;
        close = opens[k].second;
        return true;
    }

    // twig_link_regex, `\!*\[(?:.*)\]\((\{...\})\)`, searched from @p pos. The greedy `.*` takes the
    // rightmost "](" of the line of the first '[' (later '[' of that line see fewer), else the next line.
    bool twig(size_t pos, size_t &start, size_t &groupStart, size_t &groupEnd)
    {
        if (!twigDone || pos < twigFrom || (twigFound && pos > twigStart)) {
            twigDone = true;
            twigFrom = pos;
            twigFound = false;
            const size_t n = text.size();
            if (text.find("]({", pos) != npos) {
                for (size_t b = text.find('[', pos); b != npos && !twigFound;) {
                    const size_t lineEnd = std::min(newline(b, [this](size_t from) { return text.find('\n', from); }), n);
                    for (size_t r = lineEnd >= 2 ? text.rfind("](", lineEnd - 2) : npos; r != npos && r > b;
                         r = r > 0 ? text.rfind("](", r - 1) : npos) {
                        const size_t end = twigTargetEnd(text, r + 2);
                        if (end == npos)
                            continue;
                        twigFound = true;
                        twigGroupStart = r + 2;
                        twigGroupEnd = end;
                        twigStart = b;
                        while (twigStart > pos && text[twigStart - 1] == '!')
                            --twigStart;
                        break;
                    }
                    b = lineEnd < n ? text.find('[', lineEnd + 1) : npos;
                }
            }
        }
        start = twigStart;
        groupStart = twigGroupStart;
        groupEnd = twigGroupEnd;
        return twigFound;
    }
};

struct Parsedown::Inline
{
    enum class Kind { Markup, Wrapped, Escaped, AutoLink, Element, Owned };
    size_t extent = 0;
    long position = -1; // from the context start; -1: at the marker
    Kind kind = Kind::Markup;
    View markup; // Markup: written as it is
    const char *tag = nullptr; // Wrapped: its text goes through line(); Escaped: its text is escaped
    View inner; // Wrapped, AutoLink: the text
    std::string owned; // Escaped: the text; AutoLink: the href; Owned: the HTML
    Element element; // Element: a link or image after Grav's hooks
    unsigned ownNonNestables = 0;
};

void Parsedown::unmarkedText(View text, std::string &out) const
{
    if (m_abbreviations) { // ParsedownExtra: the abbreviations apply to Parsedown's result
        std::string plain;
        plainText(text, plain);
        abbreviate(plain, out);
        return;
    }
    plainText(text, out);
}

void Parsedown::plainText(View text, std::string &out) const
{
    // Parsedown's preg_replace('/(?:[ ][ ]+|[ ]*\\\\)\n/', "<br />\n") then str_replace(" \n", "\n")
    // (or '/[ ]*\n/' with breaks enabled), as one scan: this runs on every piece of text between markers.
    size_t i = text.find('\n');
    if (i == npos) {
        out += text;
        return;
    }
    size_t copied = 0; // text before this is in out
    for (; i != npos; i = text.find('\n', i + 1)) {
        size_t k = 0; // spaces right before the newline
        while (i >= copied + k + 1 && text[i - k - 1] == ' ')
            ++k;
        if (m_options.breaksEnabled || k >= 2) {
            out.append(text.substr(copied, i - k - copied));
            out += "<br />\n";
        } else if (k == 0 && i >= copied + 1 && text[i - 1] == '\\') {
            size_t m = 0; // spaces before the backslash
            while (i >= copied + 2 + m && text[i - 2 - m] == ' ')
                ++m;
            out.append(text.substr(copied, i - 1 - m - copied));
            out += "<br />\n";
        } else {
            out.append(text.substr(copied, i - k - copied)); // k is 0 or 1: " \n" loses its space
            out += '\n';
        }
        copied = i + 1;
    }
    out.append(text.substr(copied));
}

void Parsedown::line(View text, unsigned nonNestables, std::string &out)
{
    if (m_depth >= m_options.maxDepth * 2) {
        escapeInto(out, text, false);
        return;
    }
    ++m_depth;
    Scan scan(text);
    const size_t n = text.size();
    size_t start = 0; // Parsedown's $text is text.substr(start)
    size_t from = start;
    while (true) {
        const size_t marker = nextMarker(text, from);
        if (marker == npos)
            break;
        unsigned types[4] = {};
        int count = 0;
        switch (text[marker]) {
        case '"':
        case '&':
        case '>': types[count++] = InlineSpecialCharacter; break;
        case '!': types[count++] = InlineImage; break;
        case '*':
        case '_': types[count++] = InlineEmphasis; break;
        case ':': types[count++] = InlineUrl; break;
        case '<':
            types[count++] = InlineUrlTag;
            types[count++] = InlineEmailTag;
            types[count++] = InlineMarkup;
            types[count++] = InlineSpecialCharacter;
            break;
        case '[':
            if (m_options.extra)
                types[count++] = InlineFootnoteMarker;
            types[count++] = InlineLink;
            break;
        case '`': types[count++] = InlineCode; break;
        case '~': types[count++] = InlineStrikethrough; break;
        case '\\': types[count++] = InlineEscapeSequence; break;
        default: break;
        }
        bool done = false;
        for (int i = 0; i < count && !done; ++i) {
            if (nonNestables & types[i])
                continue;
            Inline in;
            if (!inlineAt(types[i], text, marker, start, scan, in))
                continue;
            if (in.position >= 0 && static_cast<size_t>(in.position) > marker - start)
                continue; // the inline must belong to this marker
            const size_t position = in.position >= 0 ? start + static_cast<size_t>(in.position) : marker;
            unmarkedText(text.substr(start, position - start), out);
            emit(in, nonNestables, out);
            start = std::min(position + in.extent, n);
            from = start;
            done = true;
        }
        if (done) {
            if (start >= n)
                break;
            continue;
        }
        unmarkedText(text.substr(start, marker + 1 - start), out);
        start = marker + 1;
        from = start;
    }
    if (start < n)
        unmarkedText(text.substr(start), out);
    --m_depth;
}

void Parsedown::emit(const Inline &in, unsigned nonNestables, std::string &out)
{
    switch (in.kind) {
    case Inline::Kind::Markup: out += in.markup; return;
    case Inline::Kind::Owned: out += in.owned; return;
    case Inline::Kind::Wrapped:
        out += '<';
        out += in.tag;
        out += '>';
        line(in.inner, nonNestables, out);
        out += "</";
        out += in.tag;
        out += '>';
        return;
    case Inline::Kind::Escaped:
        out += '<';
        out += in.tag;
        out += '>';
        escapeInto(out, in.owned, false);
        out += "</";
        out += in.tag;
        out += '>';
        return;
    case Inline::Kind::AutoLink:
        out += "<a href=\"";
        escapeInto(out, in.owned, true);
        out += "\">";
        escapeInto(out, in.inner, false);
        out += "</a>";
        return;
    case Inline::Kind::Element: element(in.element, in.ownNonNestables | nonNestables, out); return;
    }
}

void Parsedown::element(const Element &e, unsigned nonNestables, std::string &out)
{
    out += '<';
    append(out, e.name);
    for (const auto &a : e.attributes) {
        if (a.second.isNull())
            continue;
        out += ' ';
        append(out, a.first);
        out += "=\"";
        const QByteArray value = a.second.toLatin1();
        escapeInto(out, View(value.constData(), static_cast<size_t>(value.size())), true);
        out += '"';
    }
    if (e.handler == Element::Handler::Child && e.child) {
        out += '>';
        element(*e.child, nonNestables, out);
    } else if (!e.hasText) {
        out += " />";
        return;
    } else {
        out += '>';
        const QByteArray text = e.text.toLatin1();
        const View t(text.constData(), static_cast<size_t>(text.size()));
        if (e.handler == Element::Handler::Line)
            line(t, nonNestables, out);
        else
            escapeInto(out, t, false);
    }
    out += "</";
    append(out, e.name);
    out += '>';
}

size_t Parsedown::emphasisEnd(View t, size_t p0, char m, bool strong)
{
    /*
     * Parsedown's emphasis patterns are lazy loops of alternatives before a closer:
     *   strong  [*]{2}((?:\\\*|[^*]|[*][^*]*[*])+?)[*]{2}(?![*])   (and the same with _)
     *   em      [*]((?:\\\*|[^*]|[*][*][^*]+?[*][*])+?)[*](?![*])
     *   em      _((?:\\_|[^_]|__[^_]*__)+?)_(?!_)\b
     * PCRE explores them depth first: at each position after a token it tries the closer, then each
     * alternative in order, and backtracks only when all fail. Every alternative's end is fixed by its
     * position, so a position that failed once fails again: each is explored once.
     */
    const size_t n = t.size();
    auto closer = [&](size_t p) -> size_t {
        if (p >= n || t[p] != m)
            return npos;
        if (strong)
            return p + 1 < n && t[p + 1] == m && (p + 2 >= n || t[p + 2] != m) ? p + 2 : npos;
        if (m == '*')
            return p + 1 >= n || t[p + 1] != '*' ? p + 1 : npos;
        return !isUnicodeWordAt(t, p + 1) ? p + 1 : npos; // `\b` under /u
    };
    auto alternative = [&](size_t p, int alt) -> size_t {
        if (p >= n)
            return npos;
        switch (alt) {
        case 1: return t[p] == '\\' && p + 1 < n && t[p + 1] == m ? p + 2 : npos;
        case 2: return t[p] != m ? p + 1 : npos;
        default: {
            if (t[p] != m)
                return npos;
            if (strong) {
                const size_t q = t.find(m, p + 1);
                return q == npos ? npos : q + 1;
            }
            if (p + 1 >= n || t[p + 1] != m)
                return npos;
            const size_t q = t.find(m, p + 2);
            if (q == npos || q + 1 >= n || t[q + 1] != m || (m == '*' && q < p + 3))
                return npos;
            return q + 2;
        }
        }
    };
    if (++m_visitGeneration == 0) {
        std::fill(m_visited.begin(), m_visited.end(), 0);
        m_visitGeneration = 1;
    }
    if (m_visited.size() < n + 1)
        m_visited.resize(n + 1, 0);
    m_frames.clear();
    m_frames.push_back({p0, 0}); // before the first token: no closer yet
    while (!m_frames.empty()) {
        auto &[p, alt] = m_frames.back();
        if (alt == 0) {
            alt = 1;
            if (m_frames.size() > 1) {
                const size_t end = closer(p);
                if (end != npos)
                    return end;
            }
        }
        size_t next = npos;
        while (alt <= 3 && next == npos)
            next = alternative(p, alt++);
        if (next == npos) {
            m_frames.pop_back();
            continue;
        }
        // a run of plain characters has one way through it: go to its end at once
        while (next < n && t[next] != m && t[next] != '\\')
            ++next;
        if (next >= n || m_visited[next] == m_visitGeneration)
            continue;
        m_visited[next] = m_visitGeneration;
        m_frames.push_back({next, 0});
    }
    return npos;
}

bool Parsedown::inlineEmphasis(View t, size_t pos, Scan &scan, Inline &out)
{
    if (t.size() - pos < 2)
        return false;
    const char m = t[pos];
    if (m == '_' && !scan.validUtf8From(pos)) // the `_` patterns have /u: PCRE fails on invalid UTF-8
        return false;
    size_t end = npos;
    size_t open = 2;
    if (t[pos + 1] == m)
        end = emphasisEnd(t, pos + 2, m, true);
    if (end == npos) {
        open = 1;
        end = emphasisEnd(t, pos + 1, m, false);
    }
    if (end == npos)
        return false;
    out.kind = Inline::Kind::Wrapped;
    out.tag = open == 2 ? "strong" : "em";
    out.extent = end - pos;
    out.inner = t.substr(pos + open, end - open - (pos + open));
    return true;
}

bool Parsedown::inlineAt(unsigned type, View t, size_t pos, size_t start, Scan &scan, Inline &out)
{
    const size_t n = t.size();
    const size_t rest = n - pos;
    auto at = [&](size_t i) { return pos + i < n ? t[pos + i] : '\0'; };
    switch (type) {
    case InlineSpecialCharacter: {
        if (t[pos] == '&') {
            // `^&#?\w+;`
            size_t i = pos + 1;
            if (i < n && t[i] == '#')
                ++i;
            const size_t w = i;
            while (i < n && isWord(t[i]))
                ++i;
            if (i == w || i >= n || t[i] != ';') {
                out.markup = "&amp;";
                out.extent = 1;
                return true;
            }
        }
        for (const auto &sc : m_vocabulary->entities) {
            if (sc.first == t[pos]) {
                out.markup = sc.second;
                out.extent = 1;
                return true;
            }
        }
        return false;
    }
    case InlineEscapeSequence:
        if (rest > 1 && kEscapable.find(t[pos + 1]) != npos) {
            out.markup = t.substr(pos + 1, 1);
            out.extent = 2;
            return true;
        }
        return false;
    case InlineEmphasis: return inlineEmphasis(t, pos, scan, out);
    case InlineCode: {
        // `(`+)[ ]*(.+?)[ ]*(?<!`)\1(?!`)`, dot-all. The closer is a run of exactly as many backticks (the
        // look-arounds), the first one after the content's first character; failing that, PCRE retries
        // with one leading space as the content (a closer right after the spaces), then with a shorter
        // opening run, whose content then starts with its remaining backticks.
        if (pos > scan.codeFailFrom && pos < scan.codeFailTo)
            return false;
        size_t run = 0;
        while (pos + run < n && t[pos + run] == '`')
            ++run;
        const size_t a = pos + run;
        size_t spaces = 0;
        while (a + spaces < n && t[a + spaces] == ' ')
            ++spaces;
        QVarLengthArray<size_t, 16> firstOfLength(static_cast<qsizetype>(run), npos); // shorter runs, for the shorter openings
        size_t closeAt = npos, length = run, contentStart = a + spaces;
        size_t fallback = npos;
        for (size_t i = t.find('`', a); i != npos;) {
            size_t j = i;
            while (j < n && t[j] == '`')
                ++j;
            const size_t len = j - i;
            if (len == run) {
                if (i >= a + spaces + 1) {
                    closeAt = i;
                    break;
                }
                if (fallback == npos && spaces > 0)
                    fallback = i;
            } else if (len < run && firstOfLength[len] == npos) {
                firstOfLength[len] = i;
            }
            i = j < n ? t.find('`', j) : npos;
        }
        if (closeAt == npos && fallback != npos) {
            closeAt = fallback;
            contentStart = a + spaces - 1;
        }
        for (size_t len = run - 1; closeAt == npos && len >= 1; --len) {
            if (firstOfLength[len] != npos) {
                closeAt = firstOfLength[len];
                length = len;
                contentStart = pos + len;
            }
        }
        if (closeAt == npos) {
            scan.codeFailFrom = pos;
            scan.codeFailTo = a;
            return false;
        }
        size_t e = closeAt; // the trailing spaces are not content, but the content has one character
        while (e > contentStart + 1 && t[e - 1] == ' ')
            --e;
        const View content = t.substr(contentStart, e - contentStart);
        out.owned.reserve(content.size());
        for (size_t i = 0; i < content.size(); ++i) { // `[ ]*\n` → ' '
            if (content[i] == '\n') {
                while (!out.owned.empty() && out.owned.back() == ' ')
                    out.owned.pop_back();
                out.owned += ' ';
            } else {
                out.owned += content[i];
            }
        }
        out.kind = Inline::Kind::Escaped;
        out.tag = "code";
        out.extent = closeAt + length - pos;
        return true;
    }
    case InlineStrikethrough: {
        // `~~(?=\S)(.+?)(?<=\S)~~`: the first "~~" after a non-space, on the same line
        if (rest < 3 || at(1) != '~' || isSpace(at(2)))
            return false;
        const size_t e = scan.strikeCloser(pos + 3, [t, n](size_t from) {
            for (size_t e = t.find("~~", from); e != npos && e + 1 < n; e = t.find("~~", e + 1))
                if (!isSpace(t[e - 1]))
                    return e;
            return npos;
        });
        if (e == npos || scan.newline(pos + 2, [t](size_t from) { return t.find('\n', from); }) < e)
            return false;
        out.kind = Inline::Kind::Wrapped;
        out.tag = "del";
        out.inner = t.substr(pos + 2, e - pos - 2);
        out.extent = e + 2 - pos;
        return true;
    }
    case InlineUrlTag: {
        // `<(\w+:\/{2}[^ >]+)>`
        if (scan.gt(pos, [t](size_t from) { return t.find('>', from); }) == npos)
            return false;
        size_t w = pos + 1;
        while (w < n && isWord(t[w]))
            ++w;
        if (w == pos + 1 || w + 2 >= n || t[w] != ':' || t[w + 1] != '/' || t[w + 2] != '/')
            return false;
        const size_t k = std::min(scan.spaceOrGt(w + 3, [t](size_t from) { return t.find_first_of(" >", from); }), n);
        if (k == w + 3 || k >= n || t[k] != '>')
            return false;
        out.kind = Inline::Kind::AutoLink;
        out.inner = t.substr(pos + 1, k - pos - 1);
        out.owned = std::string(out.inner);
        out.extent = k + 1 - pos;
        return true;
    }
    case InlineEmailTag: {
        // `<((mailto:)?\S+?@\S+?)>`, case-insensitive: within the run of non-space characters, the first
        // '@' after one character, then the first '>' after one more; with "mailto:" first, then without
        if (scan.gt(pos, [t](size_t from) { return t.find('>', from); }) == npos)
            return false;
        const size_t i = pos + 1;
        const bool mailto = n - i >= 7 && equalsNoCase(t.substr(i, 7), "mailto:");
        for (int withMailto = mailto ? 1 : 0; withMailto >= 0; --withMailto) {
            const size_t local = i + (withMailto ? 7 : 0);
            const size_t end = std::min(scan.space[withMailto](local, [t](size_t from) { return runEnd(t, from); }), n);
            const size_t atSign
                = local + 1 < end ? scan.atSign[withMailto](local + 1, [t](size_t from) { return t.find('@', from); }) : npos;
            if (atSign == npos || atSign >= end)
                continue;
            const size_t gt
                = atSign + 2 < end ? scan.emailGt[withMailto](atSign + 2, [t](size_t from) { return t.find('>', from); }) : npos;
            if (gt == npos || gt >= end)
                continue;
            out.kind = Inline::Kind::AutoLink;
            out.inner = t.substr(i, gt - i);
            out.owned = withMailto ? std::string(out.inner) : "mailto:" + std::string(out.inner);
            out.extent = gt + 1 - pos;
            return true;
        }
        return false;
    }
    case InlineMarkup: {
        if (m_options.markupEscaped || scan.gt(pos, [t](size_t from) { return t.find('>', from); }) == npos || rest < 2)
            return false;
        size_t end = npos;
        if (at(1) == '/') {
            // `</\w[\w-]*[ ]*>`
            size_t i = pos + 2;
            if (i < n && isWord(t[i])) {
                while (i < n && (isWord(t[i]) || t[i] == '-'))
                    ++i;
                while (i < n && t[i] == ' ')
                    ++i;
                if (i < n && t[i] == '>')
                    end = i + 1;
            }
        } else if (at(1) == '!') {
            // `<!---?[^>-](?:-?[^-])*-->`: the text up to the first "--" must be followed by '>'
            if (startsWith(t.substr(pos), "<!--")) {
                size_t p = pos + 4;
                if (p < n && t[p] == '-')
                    ++p;
                if (p < n && t[p] != '>' && t[p] != '-') {
                    const size_t d = t.find("--", p + 1);
                    if (d != npos && d + 2 < n && t[d + 2] == '>')
                        end = d + 3;
                }
            }
        } else if (at(1) != ' ') {
            size_t nameEnd = 0;
            end = matchOpeningTag(t, pos, &nameEnd, nullptr);
        }
        if (end == npos)
            return false;
        out.markup = t.substr(pos, end - pos);
        out.extent = end - pos;
        return true;
    }
    case InlineUrl: {
        // `\bhttps?:[\/]{2}[^\s<]+\b\/*` with /ui, searched in the context (the text from start, whose first
        // character has none before it); /u makes \b and \s Unicode-aware and steps by characters
        if (!m_options.urlsLinked || rest < 3 || at(2) != '/' || !scan.validUtf8From(start))
            return false;
        for (size_t q = start; q + 7 <= n; ++q) {
            if (lowerAscii(t[q]) != 'h' || (q > start && isUnicodeWordBefore(t, q)))
                continue;
            if (!equalsNoCase(t.substr(q, 4), "http"))
                continue;
            size_t i = q + 4;
            if (i < n && lowerAscii(t[i]) == 's')
                ++i;
            if (i + 2 >= n || t[i] != ':' || t[i + 1] != '/' || t[i + 2] != '/')
                continue;
            const size_t body = i + 3;
            std::vector<size_t> ends; // character boundaries of the greedy run
            for (size_t c = body; c < n && t[c] != '<';) {
                if (isUnicodeSpace(codePointAt(t, c)))
                    break;
                c += std::max<size_t>(validSequence(t, c), 1);
                ends.push_back(c);
            }
            // the greedy run gives back characters until a word boundary
            size_t e = npos;
            for (size_t k = ends.size(); k-- > 0 && e == npos;)
                if (isUnicodeWordBefore(t, ends[k]) != isUnicodeWordAt(t, ends[k]))
                    e = ends[k];
            if (e == npos)
                continue;
            while (e < n && t[e] == '/')
                ++e;
            out.kind = Inline::Kind::AutoLink;
            out.inner = t.substr(q, e - q);
            out.owned = std::string(out.inner);
            out.extent = e - q;
            out.position = static_cast<long>(q - start);
            return true;
        }
        return false;
    }
    case InlineLink: return inlineLink(t, pos, scan, out, false);
    case InlineFootnoteMarker: out.kind = Inline::Kind::Owned; return footnoteMarker(t, pos, out.owned, out.extent);
    case InlineImage: return inlineImage(t, pos, scan, out);
    default: return false;
    }
}

bool Parsedown::baseLink(View t, size_t pos, Scan &scan, Element &e, size_t &extent)
{
    // Parsedown::inlineLink() without Grav's processing
    const size_t n = t.size();
    e.name = QStringLiteral("a");
    e.handler = Element::Handler::Line;
    e.attributes = {{QStringLiteral("href"), QString()}, {QStringLiteral("title"), QString()}};
    size_t open = 0, close = 0;
    if (!scan.bracket(pos, open, close))
        return false;
    const View label = t.substr(open + 1, close - open - 1);
    extent = close + 1 - open;
    const size_t r = pos + extent; // Parsedown cuts by the match length, wherever it matched
    if (r < n && t[r] == '(') {
        // `^[(]\s*+((?:[^ ()]++|[(][^ )]+[)])++)(?:[ ]+("[^"]*"|'[^']*'))?\s*[)]` (possessive: no giving back)
        size_t i = r + 1;
        while (i < n && isSpace(t[i]))
            ++i;
        const size_t urlStart = i;
        while (i < n) {
            if (t[i] != ' ' && t[i] != '(' && t[i] != ')') {
                while (i < n && t[i] != ' ' && t[i] != '(' && t[i] != ')')
                    ++i;
                continue;
            }
            if (t[i] == '(') {
                const size_t k = std::min(scan.spaceOrParen(i + 1), n);
                if (k > i + 1 && k < n && t[k] == ')') {
                    i = k + 1;
                    continue;
                }
            }
            break;
        }
        if (i > urlStart) {
            const size_t urlEnd = i;
            auto closing = [&](size_t p) {
                while (p < n && isSpace(t[p]))
                    ++p;
                return p < n && t[p] == ')' ? p + 1 : npos;
            };
            size_t q = urlEnd;
            while (q < n && t[q] == ' ')
                ++q;
            size_t end = npos;
            if (q > urlEnd && q < n && (t[q] == '"' || t[q] == '\'')) {
                const size_t quote = t.find(t[q], q + 1);
                if (quote != npos && (end = closing(quote + 1)) != npos)
                    e.setAttribute(QStringLiteral("title"), attributeValue(t.substr(q + 1, quote - q - 1)));
            }
            if (end == npos)
                end = closing(urlEnd);
            if (end != npos) {
                e.setAttribute(QStringLiteral("href"), attributeValue(t.substr(urlStart, urlEnd - urlStart)));
                e.hasText = true;
                e.text = attributeValue(label);
                extent += end - r;
                return true;
            }
        }
    }
    size_t i = r;
    while (i < n && isSpace(t[i]))
        ++i;
    const size_t refClose = i < n && t[i] == '[' ? t.find(']', i + 1) : npos;
    View definition = label;
    if (refClose != npos && t.substr(i + 1, refClose - i - 1).find('\n') == npos) { // `^\s*\[(.*?)\]`
        const View id = t.substr(i + 1, refClose - i - 1);
        if (!id.empty())
            definition = id;
        extent += refClose + 1 - r;
    }
    if (definition.size() > m_longestReference) // cannot be defined (and a hostile label is not copied)
        return false;
    const auto it = m_references.find(lowerAscii(definition));
    if (it == m_references.end())
        return false;
    e.hasText = true;
    e.text = attributeValue(label);
    e.setAttribute(QStringLiteral("href"), attributeValue(it->second.url));
    e.setAttribute(QStringLiteral("title"), it->second.hasTitle ? attributeValue(it->second.title) : QString());
    return true;
}

// ParsedownGravTrait when the twig_link_regex matched (possibly from a later '[' of the line) but Parsedown
// found no link at the marker: it sets the Twig target on the null result, so Parsedown prints an element
// without a name (`< href="{{ x }}" />`) and skips as many bytes as the target has, less one.
bool Parsedown::twigOnNothing(const QString &attribute, View twig, Inline &out)
{
    out = Inline();
    out.kind = Inline::Kind::Element;
    out.element.attributes = {{attribute, attributeValue(twig)}};
    out.extent = twig.size() - 1;
    return true;
}

bool Parsedown::inlineLink(View t, size_t pos, Scan &scan, Inline &out, bool forImage)
{
    out.kind = Inline::Kind::Element;
    out.ownNonNestables = InlineUrl | InlineLink;
    size_t extent = 0;
    size_t start = 0, groupStart = 0, groupEnd = 0;
    if (scan.twig(pos, start, groupStart, groupEnd)) {
        // Grav hides the Twig target from Parsedown, then puts it back unprocessed
        const View twig = t.substr(groupStart, groupEnd - groupStart);
        const std::string *replaced = nullptr;
        Scan *replacedScan = nullptr;
        const size_t at = scan.twigHidden(pos, twig, replaced, replacedScan);
        if (!baseLink(*replaced, at, *replacedScan, out.element, extent))
            return twigOnNothing(QStringLiteral("href"), twig, out);
        if (m_options.extra)
            linkAttributes(*replaced, at, out.element, extent);
        out.element.setAttribute(QStringLiteral("href"), attributeValue(twig));
        out.extent = extent + twig.size() - 1;
        return true;
    }
    if (!baseLink(t, pos, scan, out.element, extent))
        return false;
    if (m_options.extra)
        linkAttributes(t, pos, out.element, extent);
    out.extent = extent;
    if (m_hooks.link && !out.element.attribute(QStringLiteral("href")).isNull())
        m_hooks.link(out.element, forImage);
    return true;
}

bool Parsedown::inlineImage(View t, size_t pos, Scan &scan, Inline &out)
{
    if (pos + 1 >= t.size() || t[pos + 1] != '[')
        return false;
    size_t start = 0, groupStart = 0, groupEnd = 0;
    const bool hasTwig = scan.twig(pos, start, groupStart, groupEnd);
    const View twig = hasTwig ? t.substr(groupStart, groupEnd - groupStart) : View();
    const std::string *replaced = nullptr;
    Scan *replacedScan = nullptr;
    const size_t at = hasTwig ? scan.twigHidden(pos, twig, replaced, replacedScan) : pos;
    Inline link;
    // Grav's image hook runs the URL through its link processing first (type "image")
    if (!inlineLink(hasTwig ? View(*replaced) : t, at + 1, hasTwig ? *replacedScan : scan, link, !hasTwig))
        return hasTwig && twigOnNothing(QStringLiteral("src"), twig, out);
    out.kind = Inline::Kind::Element;
    out.extent = link.extent + 1;
    Element &img = out.element;
    img.name = QStringLiteral("img");
    img.attributes
        = {{QStringLiteral("src"), link.element.attribute(QStringLiteral("href"))}, {QStringLiteral("alt"), link.element.text}};
    for (const auto &a : std::as_const(link.element.attributes))
        if (a.first != QStringLiteral("href") && a.first != QStringLiteral("src") && a.first != QStringLiteral("alt"))
            img.attributes.append(a);
    if (hasTwig) {
        img.setAttribute(QStringLiteral("src"), attributeValue(twig));
        out.extent += twig.size() - 1;
        return true;
    }
    if (m_hooks.image && !img.attribute(QStringLiteral("src")).isNull())
        m_hooks.image(img);
    return true;
}

} // namespace GravDesk::Markdown
