#include "site/sitereplace.h"

#include "page/envelope.h"
#include "page/frontmatter.h"
#include "text/searchfold.h"

#include <QCoreApplication>

#include <algorithm>

namespace GravDesk {
namespace {

bool samePlace(const SearchMatch &a, const SearchMatch &b)
{
    return a.field == b.field && a.line == b.line && a.column == b.column && a.length == b.length && a.lineText == b.lineText;
}

bool hasBreak(const QByteArray &bytes, qsizetype from, qsizetype length)
{
    for (qsizetype i = from; i < from + length && i < bytes.size(); ++i)
        if (bytes[i] == '\n' || bytes[i] == '\r')
            return true;
    return false;
}

// UTF-16 positions of byte offsets in QString::fromUtf8(bytes), for offsets asked in ascending order (a malformed
// byte is one replacement character there, as SearchText::search() counts).
class UnitCursor
{
public:
    explicit UnitCursor(const QByteArray &bytes)
        : m_b(bytes)
    { }
    qsizetype unitAt(qsizetype byte)
    {
        const char *b = m_b.constData();
        const qsizetype size = m_b.size();
        while (m_byte < byte && m_byte < size) {
            const qsizetype len = static_cast<unsigned char>(b[m_byte]) < 0x80
                ? 1
                : std::max<qsizetype>(1, utf8SequenceLength(b + m_byte, b + size));
            m_byte += len;
            m_unit += len == 4 ? 2 : 1;
        }
        return m_unit;
    }

private:
    const QByteArray &m_b;
    qsizetype m_byte = 0;
    qsizetype m_unit = 0;
};

} // namespace

bool ReplaceTemplate::set(const QString &text, const SearchPattern &pattern, QString *error)
{
    m_text = text;
    m_regex = pattern.isRegex();
    m_parts.clear();
    if (!m_regex) {
        m_parts.append(Part {text, -1});
        return true;
    }
    const int groups = pattern.regex().captureCount();
    QString literal;
    const auto flush = [&] {
        if (!literal.isEmpty())
            m_parts.append(Part {literal, -1});
        literal.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const bool escape = (c == u'\\' || c == u'$') && i + 1 < n;
        const QChar next = escape ? text[i + 1] : QChar();
        if (escape && next.isDigit() && next.unicode() < 128) {
            const int group = next.digitValue();
            if (group > groups) {
                if (error)
                    *error = QCoreApplication::translate("GravDesk::SiteReplace",
                        "The replacement refers to group %1, but the expression has %n group(s).", nullptr, groups)
                                 .arg(group);
                m_parts.clear();
                return false;
            }
            flush();
            m_parts.append(Part {{}, group});
            ++i;
        } else if (escape && next == c) {
            literal += c; // `\\` and `$$`
            ++i;
        } else if (c == u'\\' && next == u'n') {
            literal += u'\n';
            ++i;
        } else if (c == u'\\' && next == u't') {
            literal += u'\t';
            ++i;
        } else {
            literal += c;
        }
    }
    flush();
    return true;
}

QString ReplaceTemplate::expand(const QRegularExpressionMatch &match, const QString &original) const
{
    QString out;
    for (const Part &p : m_parts) {
        if (p.group >= 0) {
            if (match.capturedStart(p.group) >= 0)
                out += original.mid(match.capturedStart(p.group), match.capturedLength(p.group));
        } else {
            out += p.literal;
        }
    }
    return out;
}

FileReplacement replaceMatches(
    const QByteArray &bytes, const SearchPattern &pattern, const ReplaceTemplate &replacement, const QVector<SearchMatch> &chosen)
{
    FileReplacement r;
    if (!pattern.isValid()) {
        r.error = QCoreApplication::translate("GravDesk::SiteReplace", "There is nothing valid to search for.");
        return r;
    }
    SearchText text;
    text.bytes = bytes;
    text.prepare(false);
    const QVector<SearchMatch> found = text.search(pattern);
    // The chosen matches as they are in the bytes now, in file order.
    QVector<SearchMatch> spans;
    for (const SearchMatch &c : chosen) {
        if (c.field == SearchField::Folder) {
            r.stale = true;
            r.error = QCoreApplication::translate(
                "GravDesk::SiteReplace", "A folder name is not replaced here: rename the page instead.");
            return r;
        }
        const auto it = std::find_if(found.cbegin(), found.cend(), [&c](const SearchMatch &f) { return samePlace(f, c); });
        if (it == found.cend()) {
            r.stale = true;
            r.error = QCoreApplication::translate(
                "GravDesk::SiteReplace", "The file changed since the search: line %1 no longer holds the match.")
                          .arg(c.line);
            return r;
        }
        if (!std::any_of(spans.cbegin(), spans.cend(), [&it](const SearchMatch &s) { return s.byteStart == it->byteStart; }))
            spans.append(*it);
    }
    std::sort(spans.begin(), spans.end(), [](const SearchMatch &a, const SearchMatch &b) { return a.byteStart < b.byteStart; });

    // With a regular expression each match is run again at its place for its groups.
    QString original;
    QString mapped;
    if (pattern.isRegex()) {
        original = QString::fromUtf8(bytes);
        mapped = original;
        SearchFold::mapYo(mapped);
    }
    UnitCursor units(bytes);
    QByteArray after;
    after.reserve(bytes.size() + 64);
    qsizetype done = 0;
    for (const SearchMatch &m : spans) {
        QString with = replacement.text();
        if (pattern.isRegex()) {
            const qsizetype start = units.unitAt(m.byteStart);
            const QRegularExpressionMatch again = pattern.regex().match(
                mapped, start, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!again.hasMatch() || again.capturedStart() != start || again.capturedLength() != m.length) {
                r.stale = true;
                r.error = QCoreApplication::translate("GravDesk::SiteReplace", "The expression no longer matches at line %1.")
                              .arg(m.line);
                return r;
            }
            with = replacement.expand(again, original);
        }
        if (m.field != SearchField::Body) {
            if (hasBreak(bytes, m.byteStart, m.byteLength) || with.contains(QLatin1Char('\n'))
                || with.contains(QLatin1Char('\r'))) {
                r.error = QCoreApplication::translate(
                    "GravDesk::SiteReplace", "A title or slug is replaced within its line only (line %1).")
                              .arg(m.line);
                return r;
            }
            r.headerChanged = true;
        }
        after.append(QByteArrayView(bytes.constData() + done, m.byteStart - done));
        const QByteArray withBytes = with.toUtf8();
        after.append(withBytes);
        r.spans.append({m.byteStart, m.byteLength, withBytes.size()});
        done = m.byteStart + m.byteLength;
        ++r.replaced;
    }
    after.append(QByteArrayView(bytes.constData() + done, bytes.size() - done));

    const Envelope was = splitEnvelope(bytes);
    const Envelope now = splitEnvelope(after);
    if (!r.headerChanged) {
        if (now.hasHeader != was.hasHeader || now.headerText != was.headerText) {
            r.error = QCoreApplication::translate(
                "GravDesk::SiteReplace", "The replaced text would change where Grav finds the page's header.");
            return r;
        }
    } else {
        const HeaderParse before = parseHeader(was.headerText);
        const HeaderParse parsed = parseHeader(now.headerText);
        if (!now.hasHeader || now.headerText.count('\n') != was.headerText.count('\n')) {
            r.error = QCoreApplication::translate(
                "GravDesk::SiteReplace", "The replaced title or slug would change where Grav finds the page's header.");
            return r;
        }
        if (!parsed.accepted || (parsed.legacyOnly && !before.legacyOnly)) {
            r.error = QCoreApplication::translate(
                "GravDesk::SiteReplace", "The replaced title or slug would make the header invalid: %1")
                          .arg(parsed.error);
            return r;
        }
        if (parsed.keyOrder != before.keyOrder) {
            r.error = QCoreApplication::translate(
                "GravDesk::SiteReplace", "The replaced title or slug would change the header's keys.");
            return r;
        }
    }
    r.after = std::move(after);
    r.ok = true;
    return r;
}

} // namespace GravDesk
