#include "site/sitesearch.h"

#include "io/safefile.h"
#include "page/envelope.h"
#include "text/searchfold.h"

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstring>

namespace GravDesk {
namespace {

// The hashed byte pair (a, b): one of 4096 bits.
inline unsigned pairBit(unsigned char a, unsigned char b)
{
    return ((static_cast<quint32>(a) << 8 | b) * 2654435761u) >> 20;
}

// Where Grav's header ends (the offset of the line break before the closing `---`), 0 when Grav finds none:
// leading BOM bytes and whitespace, `---` and a line break, at least one character, a line starting `---`
// (MarkdownFile::decode; CR LF and lone CR count as line breaks, as Grav normalises them first).
qsizetype headerEndOf(const QByteArray &bytes)
{
    const char *t = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype p = 0;
    while (p < n
        && (static_cast<unsigned char>(t[p]) == 0xEF || static_cast<unsigned char>(t[p]) == 0xBB
            || static_cast<unsigned char>(t[p]) == 0xBF))
        ++p;
    while (p < n && (t[p] == ' ' || t[p] == '\t' || t[p] == '\n' || t[p] == '\r' || t[p] == '\0' || t[p] == '\x0B'))
        ++p;
    if (n - p < 4 || std::memcmp(t + p, "---", 3) != 0 || (t[p + 3] != '\n' && t[p + 3] != '\r'))
        return 0;
    p += t[p + 3] == '\r' && p + 4 < n && t[p + 4] == '\n' ? 5 : 4;
    for (qsizetype i = p + 1; i + 3 < n; ++i) {
        if ((t[i] == '\n' || t[i] == '\r') && t[i + 1] == '-' && t[i + 2] == '-' && t[i + 3] == '-') {
            // "\r\n---": the break is the CR LF pair; the header ends before it
            return i > p && t[i] == '\n' && t[i - 1] == '\r' ? i - 1 : i;
        }
    }
    return 0;
}

// UTF-16 units in the UTF-8 bytes [from, to).
int utf16Length(const char *from, const char *to)
{
    int n = 0;
    for (const char *c = from; c < to; ++c) {
        const auto b = static_cast<unsigned char>(*c);
        if ((b & 0xC0) != 0x80)
            n += b >= 0xF0 ? 2 : 1;
    }
    return n;
}

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

// Which field a header line is: the top-level `title:` / `slug:` keys (optionally quoted), else none.
bool headerField(const char *line, qsizetype length, SearchField *field, qsizetype *valueStart)
{
    static constexpr struct
    {
        const char *key;
        SearchField field;
    } keys[] = {{"title", SearchField::Title}, {"slug", SearchField::Slug}};
    for (const auto &k : keys) {
        const auto kl = static_cast<qsizetype>(std::strlen(k.key));
        qsizetype at = 0;
        const char quote = length > 0 && (line[0] == '\'' || line[0] == '"') ? line[0] : 0;
        if (quote)
            at = 1;
        if (length < at + kl + 1 || std::memcmp(line + at, k.key, static_cast<size_t>(kl)) != 0)
            continue;
        at += kl;
        if (quote) {
            if (line[at] != quote)
                continue;
            ++at;
        }
        while (at < length && line[at] == ' ')
            ++at;
        if (at >= length || line[at] != ':')
            continue;
        *field = k.field;
        *valueStart = at + 1;
        return true;
    }
    return false;
}

// Line and column bookkeeping over a file's bytes, for matches found in ascending order.
class LineCursor
{
public:
    explicit LineCursor(const QByteArray &bytes)
        : m_t(bytes.constData())
        , m_n(bytes.size())
        , m_hasCr(std::memchr(m_t, '\r', static_cast<size_t>(m_n)) != nullptr)
    {
        m_lineEnd = endFrom(0);
    }

    // Moves forward to the line holding byte @p at (a line break belongs to the line it ends).
    void moveTo(qsizetype at)
    {
        while (at > m_lineEnd && m_lineEnd < m_n) {
            m_lineStart = m_lineEnd + ((m_t[m_lineEnd] == '\r' && m_lineEnd + 1 < m_n && m_t[m_lineEnd + 1] == '\n') ? 2 : 1);
            m_lineEnd = endFrom(m_lineStart);
            ++m_line;
        }
    }

    int line() const { return m_line; }
    qsizetype lineStart() const { return m_lineStart; }
    qsizetype lineEnd() const { return m_lineEnd; }

private:
    qsizetype endFrom(qsizetype p) const
    {
        if (!m_hasCr) { // the usual file: LF only
            const void *nl = p < m_n ? std::memchr(m_t + p, '\n', static_cast<size_t>(m_n - p)) : nullptr;
            return nl ? static_cast<const char *>(nl) - m_t : m_n;
        }
        while (p < m_n && !isBreak(m_t[p]))
            ++p;
        return p;
    }

    const char *m_t;
    qsizetype m_n;
    bool m_hasCr;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    qsizetype m_lineEnd = 0;
};

// Matches of one file, in ascending order: the line's text is decoded once per line, and columns are counted
// on from the previous match of the same line.
class MatchMaker
{
public:
    explicit MatchMaker(const SearchText &t)
        : m_t(t)
        , m_cursor(t.bytes)
    { }

    // Whether a match at byte @p at lies in a searched place: the body, or the value of a title or slug line.
    bool counts(qsizetype at)
    {
        if (at >= m_t.headerEnd)
            return true;
        m_cursor.moveTo(at);
        const qsizetype lineStart = m_cursor.lineStart();
        SearchField field = SearchField::Body;
        qsizetype valueStart = 0;
        return headerField(m_t.bytes.constData() + lineStart, m_cursor.lineEnd() - lineStart, &field, &valueStart)
            && at >= lineStart + valueStart;
    }

    // One match at bytes [at, at + length), if its place counts.
    void add(qsizetype at, qsizetype length, QVector<SearchMatch> &out)
    {
        m_cursor.moveTo(at);
        const char *b = m_t.bytes.constData();
        const qsizetype lineStart = m_cursor.lineStart();
        SearchField field = SearchField::Body;
        if (at < m_t.headerEnd) {
            qsizetype valueStart = 0;
            if (!headerField(b + lineStart, m_cursor.lineEnd() - lineStart, &field, &valueStart) || at < lineStart + valueStart)
                return; // other header lines are not searched
        }
        if (m_line != m_cursor.line()) {
            m_line = m_cursor.line();
            m_lineText = QString::fromUtf8(b + lineStart, m_cursor.lineEnd() - lineStart);
            m_byte = lineStart;
            m_column = 1;
        }
        m_column += utf16Length(b + m_byte, b + at);
        m_byte = at;
        SearchMatch m;
        m.folder = m_t.folder;
        m.language = m_t.language;
        m.file = m_t.fileName;
        m.field = field;
        m.line = m_line;
        m.column = m_column;
        m.length = utf16Length(b + at, b + at + length);
        m.lineText = m_lineText;
        m.byteStart = at;
        m.byteLength = length;
        out.append(std::move(m));
    }

private:
    const SearchText &m_t;
    LineCursor m_cursor;
    int m_line = 0;
    QString m_lineText;
    qsizetype m_byte = 0;
    int m_column = 1;
};

} // namespace

QString searchFieldName(SearchField field)
{
    switch (field) {
    case SearchField::Folder: return QStringLiteral("folder");
    case SearchField::Title: return QStringLiteral("title");
    case SearchField::Slug: return QStringLiteral("slug");
    case SearchField::Body: return QStringLiteral("body");
    }
    return {};
}

bool SearchPattern::set(const QString &text, bool regex, QString *error)
{
    m_text = text;
    m_regex = regex;
    m_valid = false;
    m_needle.clear();
    m_re = QRegularExpression();
    if (text.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("GravDesk::SiteSearch", "The text to search for is empty.");
        return false;
    }
    if (regex) {
        QString source = text;
        SearchFold::mapYo(source);
        m_re = QRegularExpression(source,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption
                | QRegularExpression::MultilineOption);
        if (!m_re.isValid()) {
            if (error)
                *error = QCoreApplication::translate("GravDesk::SiteSearch", "“%1” is not a valid regular expression: %2.")
                             .arg(text, m_re.errorString());
            return false;
        }
        m_re.optimize();
    } else {
        m_foldedText = SearchFold::folded(text);
        m_needle = SearchFold::foldedUtf8(text.toUtf8());
        // Boyer-Moore-Horspool shifts over the folded bytes.
        const qsizetype n = m_needle.size();
        m_shift.fill(n);
        for (qsizetype i = 0; i + 1 < n; ++i)
            m_shift[static_cast<unsigned char>(m_needle[i])] = n - 1 - i;
    }
    m_valid = true;
    return true;
}

qsizetype SearchPattern::findIn(const char *folded, qsizetype size, qsizetype from) const
{
    const qsizetype n = m_needle.size();
    if (n == 0 || size - from < n)
        return -1;
    const char *needle = m_needle.constData();
    const auto last = static_cast<unsigned char>(needle[n - 1]);
    if (n == 1) {
        const void *hit = std::memchr(folded + from, last, static_cast<size_t>(size - from));
        return hit ? static_cast<const char *>(hit) - folded : -1;
    }
    qsizetype i = from;
    const qsizetype stop = size - n;
    while (i <= stop) {
        const auto c = static_cast<unsigned char>(folded[i + n - 1]);
        if (c == last && std::memcmp(folded + i, needle, static_cast<size_t>(n - 1)) == 0)
            return i;
        i += m_shift[c];
    }
    return -1;
}

QVector<QPair<int, int>> SearchPattern::matchName(const QString &name) const
{
    QVector<QPair<int, int>> out;
    if (!m_valid)
        return out;
    if (m_regex) {
        QString mapped = name;
        SearchFold::mapYo(mapped);
        auto it = m_re.globalMatch(mapped);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength() > 0)
                out.append({int(m.capturedStart()), int(m.capturedLength())});
        }
        return out;
    }
    const QString folded = SearchFold::folded(name);
    qsizetype at = 0;
    while ((at = folded.indexOf(m_foldedText, at)) >= 0) {
        out.append({int(at), int(m_foldedText.size())});
        at += m_foldedText.size();
    }
    return out;
}

void SearchText::prepare(bool withPairs)
{
    SearchFold::foldUtf8(bytes.constData(), bytes.size(), folded);
    headerEnd = headerEndOf(bytes);
    pairs.fill(0);
    if (!withPairs)
        return;
    const auto *f = reinterpret_cast<const unsigned char *>(folded.constData());
    const qsizetype n = folded.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const unsigned bit = pairBit(f[i], f[i + 1]);
        pairs[bit >> 6] |= quint64(1) << (bit & 63);
    }
}

bool SearchText::mayContain(const SearchPattern &pattern) const
{
    if (pattern.isRegex())
        return true;
    const QByteArray &needle = pattern.needle();
    const auto *f = reinterpret_cast<const unsigned char *>(needle.constData());
    for (qsizetype i = 0; i + 1 < needle.size(); ++i) {
        const unsigned bit = pairBit(f[i], f[i + 1]);
        if (!(pairs[bit >> 6] & (quint64(1) << (bit & 63))))
            return false;
    }
    return true;
}

bool SearchText::contains(const SearchPattern &pattern) const
{
    if (!pattern.isValid())
        return false;
    if (pattern.isRegex())
        return !search(pattern).isEmpty(); // the places that count are known by byte offsets: search() maps them
    if (!mayContain(pattern))
        return false;
    const qsizetype n = pattern.needle().size();
    qsizetype at = pattern.findIn(folded.constData(), folded.size(), 0);
    if (at < 0)
        return false;
    MatchMaker maker(*this);
    for (; at >= 0; at = pattern.findIn(folded.constData(), folded.size(), at + n)) {
        if (maker.counts(at))
            return true;
    }
    return false;
}

QVector<SearchMatch> SearchText::search(const SearchPattern &pattern) const
{
    QVector<SearchMatch> out;
    if (!pattern.isValid())
        return out;
    if (!pattern.isRegex()) {
        const qsizetype n = pattern.needle().size();
        qsizetype at = pattern.findIn(folded.constData(), folded.size(), 0);
        if (at < 0)
            return out;
        MatchMaker maker(*this);
        for (; at >= 0; at = pattern.findIn(folded.constData(), folded.size(), at + n))
            maker.add(at, n, out);
        return out;
    }
    // A regular expression runs on the text; its UTF-16 offsets are turned back into byte offsets.
    QString text = QString::fromUtf8(bytes);
    SearchFold::mapYo(text);
    auto it = pattern.regex().globalMatch(text);
    if (!it.hasNext())
        return out;
    MatchMaker maker(*this);
    qsizetype unit = 0; // UTF-16 position reached
    qsizetype byte = 0; // the byte offset of that position
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    const auto advance = [&](qsizetype toUnit) {
        while (unit < toUnit && byte < size) {
            // a malformed byte is one replacement character in the decoded text
            const qsizetype len = b[byte] < 0x80
                ? 1
                : std::max<qsizetype>(1, utf8SequenceLength(bytes.constData() + byte, bytes.constData() + size));
            byte += len;
            unit += len == 4 ? 2 : 1;
        }
        return byte;
    };
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength() == 0)
            continue;
        const qsizetype start = advance(m.capturedStart());
        const qsizetype end = advance(m.capturedEnd());
        maker.add(start, end - start, out);
    }
    return out;
}

} // namespace GravDesk
