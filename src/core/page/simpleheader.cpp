// A strict subset of Symfony YAML for page headers: whatever is not certainly in it is left to the full parser.
#include "page/simpleheader.h"

#include "page/envelope.h"

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>
#include <QVariantList>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace GravDesk {

namespace {

struct Line
{
    int indent = 0;
    QByteArrayView text; // without the indentation and trailing spaces (a view into the header text)
};

bool equalsLower(QByteArrayView s, const char *lower)
{
    qsizetype i = 0;
    for (; lower[i]; ++i) {
        if (i >= s.size())
            return false;
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return i == s.size();
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Kinds of header bytes: what the fast path leaves to the full parser anywhere in the text (comments,
// anchors, flow, double quotes, directives, block scalars, tabs, CR), and the first bytes of the sequences
// YAML treats as line breaks or a BOM inside a line (NEL, LS, PS, ZWNBSP).
enum ByteKind : unsigned char { Ordinary, Refused, SpecialLead };

struct ByteTable
{
    ByteKind kind[256] = {};
    ByteTable()
    {
        for (char c : {'\t', '\r', '#', '&', '*', '{', '[', '"', '%', '@', '`', '|', '>', '\\'})
            kind[static_cast<unsigned char>(c)] = Refused;
        for (unsigned char c : {0xC2, 0xE2, 0xEF})
            kind[c] = SpecialLead;
    }
};

#ifdef __SSE2__
// Whether any of the 16 bytes at @p p is one of @p set (the kinds above that are not Ordinary).
template<size_t N> bool anyOf16(const unsigned char *p, const char (&set)[N])
{
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    __m128i hit = _mm_setzero_si128();
    for (size_t k = 0; k + 1 < N; ++k) // without the terminating 0
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(set[k])));
    return _mm_movemask_epi8(hit) != 0;
}
#endif

// False when @p s holds a byte or sequence the fast path does not handle.
bool plainBytes(const QByteArray &s)
{
    static const ByteTable table;
    const auto *p = reinterpret_cast<const unsigned char *>(s.constData());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
#ifdef __SSE2__
        // sixteen bytes at a time while none is special (the usual header has none at all)
        static constexpr char special[] = "\t\r#&*{[\"%@`|>\\\xC2\xE2\xEF";
        while (n - i >= 16 && i % 16 == 0 && !anyOf16(p + i, special))
            i += 16;
        if (i >= n)
            break;
#endif
        const ByteKind k = table.kind[p[i]];
        if (k == Ordinary)
            continue;
        if (k == Refused)
            return false;
        const unsigned char c = p[i];
        const unsigned char d = i + 1 < n ? p[i + 1] : 0;
        const unsigned char e = i + 2 < n ? p[i + 2] : 0;
        if ((c == 0xC2 && d == 0x85) || (c == 0xE2 && d == 0x80 && (e == 0xA8 || e == 0xA9))
            || (c == 0xEF && d == 0xBB && e == 0xBF))
            return false;
    }
    return true;
}

// The usual top-level keys, shared instead of allocated for every header.
QString keyString(QByteArrayView k)
{
    static const QStringList common = QStringLiteral(
        "title date published publish_date unpublish_date taxonomy category tag slug template menu visible routable "
        "hide_page_title show_sidebar hide_git_sync_repo_link summary process markdown twig enabled media_order "
        "metadata description keywords author language")
                                          .split(QChar(u' '));
    for (const QString &c : common)
        if (c.size() == k.size() && QLatin1StringView(k.data(), k.size()) == c)
            return c;
    return QString::fromLatin1(k); // ASCII, checked by simpleKey()
}

// A key: a letter or `_`, then letters, digits, `_` and `-` (no YAML-special spelling).
bool simpleKey(QByteArrayView k)
{
    if (k.isEmpty() || !(isAsciiLetter(k[0]) || k[0] == '_'))
        return false;
    for (char c : k)
        if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    return !equalsLower(k, "true") && !equalsLower(k, "false") && !equalsLower(k, "null") && !equalsLower(k, "y")
        && !equalsLower(k, "n");
}

// A value: 'single quoted' on one line, or a plain run of words; false when not certainly that.
bool simpleScalar(QByteArrayView v, QVariant &out, bool build)
{
    if (v.isEmpty())
        return false;
    if (v[0] == '\'') {
        if (v.size() >= 2 && v.back() == '\'') { // the usual case: no doubled quote inside
            const QByteArrayView inner = v.sliced(1, v.size() - 2);
            bool plainInside = true;
            qsizetype from = 0;
#ifdef __SSE2__
            // sixteen bytes at a time while there is no quote and no control character
            const __m128i quote = _mm_set1_epi8('\''), del = _mm_set1_epi8(0x7F), below = _mm_set1_epi8(0x1F);
            for (; from + 16 <= inner.size(); from += 16) {
                const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(inner.data() + from));
                const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(b, below), b); // b <= 0x1F
                if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, quote), _mm_cmpeq_epi8(b, del)), control)))
                    break;
            }
#endif
            for (char c : inner.sliced(from)) {
                if (c == '\'' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    plainInside = false;
                    break;
                }
            }
            if (plainInside) {
                if (build)
                    out = QString::fromUtf8(inner);
                return true;
            }
        }
        QByteArray s;
        s.reserve(v.size());
        qsizetype i = 1;
        for (; i < v.size(); ++i) {
            const char c = v[i];
            if (c == '\'') {
                if (i + 1 < v.size() && v[i + 1] == '\'') {
                    s += '\'';
                    ++i;
                    continue;
                }
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                return false;
            s += c;
        }
        if (i != v.size() - 1) // unterminated (multi-line) or text after the closing quote
            return false;
        if (build)
            out = QString::fromUtf8(s);
        return true;
    }
    // plain: first a letter or a non-ASCII byte; then words, digits and harmless punctuation
    const auto first = static_cast<unsigned char>(v[0]);
    if (!(isAsciiLetter(v[0]) || first >= 0x80))
        return false;
    struct PlainTable
    {
        bool allowed[256] = {};
        PlainTable()
        {
            for (int c = 0; c < 256; ++c)
                allowed[c] = c >= 0x80 || isAsciiLetter(static_cast<char>(c)) || (c >= '0' && c <= '9');
            for (char c : {' ', '.', ',', '-', '_', '(', ')', '!', '?'})
                allowed[static_cast<unsigned char>(c)] = true;
        }
    };
    static const PlainTable table; // one look-up a byte: titles are long runs of letters and spaces
    for (char ch : v)
        if (!table.allowed[static_cast<unsigned char>(ch)])
            return false;
    if (!build)
        return true;
    if (equalsLower(v, "true"))
        out = true;
    else if (equalsLower(v, "false"))
        out = false;
    else if (equalsLower(v, "null"))
        out = QVariant();
    else
        out = QString::fromUtf8(v);
    return true;
}

using Lines = QVarLengthArray<Line, 64>;

// `- ` starts a sequence item
bool isItem(QByteArrayView t)
{
    return t.size() >= 2 && t[0] == '-' && t[1] == ' ';
}

class Reader
{
public:
    Reader(const Lines &lines, QStringList *topKeys, const QList<QByteArrayView> *onlyKeys)
        : m_lines(lines)
        , m_topKeys(topKeys)
        , m_onlyKeys(onlyKeys)
    { }

    bool atEnd() const { return m_pos >= m_lines.size(); }

    // A block whose lines have exactly @p indent spaces; deeper lines belong to their parent key. Without
    // @p build it is only checked.
    bool block(int indent, QVariant &out, int depth, bool build = true)
    {
        if (depth > 16 || atEnd() || m_lines.at(m_pos).indent != indent)
            return false;
        if (isItem(m_lines.at(m_pos).text) || m_lines.at(m_pos).text == "-")
            return sequence(indent, out, build);
        QVariantMap map;
        QVarLengthArray<QByteArrayView, 32> keys; // for duplicates
        while (!atEnd() && m_lines.at(m_pos).indent >= indent) {
            const Line &l = m_lines.at(m_pos);
            if (l.indent != indent)
                return false;
            const void *colonAt = std::memchr(l.text.data(), ':', static_cast<size_t>(l.text.size()));
            const qsizetype colon = colonAt ? static_cast<const char *>(colonAt) - l.text.data() : -1;
            if (colon <= 0)
                return false;
            const QByteArrayView keyBytes = l.text.first(colon);
            if (!simpleKey(keyBytes))
                return false;
            if (std::find(keys.cbegin(), keys.cend(), keyBytes) != keys.cend())
                return false; // a duplicate key
            keys.append(keyBytes);
            const bool buildValue = build
                && (depth > 0 || !m_onlyKeys
                    || std::find(m_onlyKeys->cbegin(), m_onlyKeys->cend(), keyBytes) != m_onlyKeys->cend());
            const QByteArrayView rest = l.text.sliced(colon + 1);
            ++m_pos;
            QVariant value;
            if (rest.isEmpty()) {
                if (!atEnd() && m_lines.at(m_pos).indent > indent) {
                    if (!block(m_lines.at(m_pos).indent, value, depth + 1, buildValue))
                        return false;
                }
            } else {
                if (rest[0] != ' ')
                    return false;
                qsizetype k = 1;
                while (k < rest.size() && rest[k] == ' ')
                    ++k;
                if (!simpleScalar(rest.sliced(k), value, buildValue))
                    return false;
                if (!atEnd() && m_lines.at(m_pos).indent > indent)
                    return false; // a continuation line of a plain scalar
            }
            if (buildValue)
                map.insert(keyString(keyBytes), value);
            if (depth == 0 && m_topKeys)
                m_topKeys->append(keyString(keyBytes));
        }
        if (build)
            out = map;
        return true;
    }

private:
    bool sequence(int indent, QVariant &out, bool build)
    {
        QVariantList list;
        while (!atEnd() && m_lines.at(m_pos).indent >= indent) {
            const Line &l = m_lines.at(m_pos);
            if (l.indent != indent || !isItem(l.text))
                return false;
            qsizetype k = 2;
            while (k < l.text.size() && l.text[k] == ' ')
                ++k;
            QVariant value;
            const QByteArrayView item = l.text.sliced(k);
            if (item.contains(':') || !simpleScalar(item, value, build)) // `- key: v` is a map item
                return false;
            ++m_pos;
            if (!atEnd() && m_lines.at(m_pos).indent > indent)
                return false;
            if (build)
                list.append(value);
        }
        if (build)
            out = list;
        return true;
    }

    const Lines &m_lines;
    QStringList *m_topKeys; // keys of the depth-0 map, in file order (or null)
    const QList<QByteArrayView> *m_onlyKeys; // the depth-0 keys whose values are built (null: all)
    qsizetype m_pos = 0;
};

} // namespace

namespace {
bool parse(const QByteArray &headerText, QVariantMap &values, QStringList *keyOrder, const QList<QByteArrayView> *onlyKeys)
{
    if (headerText.size() > 64 * 1024 || !plainBytes(headerText) || !isValidUtf8(headerText))
        return false;
    Lines lines;
    const char *text = headerText.constData();
    const qsizetype size = headerText.size();
    qsizetype start = 0;
    while (start <= size) {
        const void *nl = std::memchr(text + start, '\n', static_cast<size_t>(size - start));
        const qsizetype end = nl ? static_cast<const char *>(nl) - text : size;
        const qsizetype lineStart = start;
        start = end + 1;
        qsizetype i = lineStart;
        while (i < end && text[i] == ' ')
            ++i;
        qsizetype e = end;
        while (e > i && text[e - 1] == ' ')
            --e;
        if (e == i)
            continue;
        Line l;
        l.indent = static_cast<int>(i - lineStart);
        l.text = QByteArrayView(text + i, e - i);
        const char first = l.text[0];
        if ((first == '-' || first == '.' || first == '?') // only then can it be one of these
            && (l.text == "---" || l.text == "..." || l.text.startsWith("--- ") || l.text.startsWith("? ")))
            return false;
        lines.append(l);
    }
    if (lines.isEmpty() || lines.first().indent != 0)
        return false;
    QStringList topKeys;
    if (keyOrder)
        topKeys.reserve(lines.size());
    Reader r(lines, keyOrder ? &topKeys : nullptr, onlyKeys);
    QVariant top;
    if (!r.block(0, top, 0) || !r.atEnd() || top.typeId() != QMetaType::QVariantMap)
        return false;
    values = top.toMap();
    if (keyOrder)
        *keyOrder = topKeys;
    return true;
}
} // namespace

bool parseSimpleHeader(const QByteArray &headerText, QVariantMap &values, QStringList *keyOrder)
{
    return parse(headerText, values, keyOrder, nullptr);
}

bool parseSimpleHeader(const QByteArray &headerText, QVariantMap &values, const QList<QByteArrayView> &onlyKeys)
{
    return parse(headerText, values, nullptr, &onlyKeys);
}

} // namespace GravDesk
