// A strict subset of Symfony YAML for page headers: whatever is not certainly in it is left to the full parser.
#include "page/simpleheader.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariantList>

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

// Bytes that YAML treats as line breaks or a BOM inside a line (NEL, LS, PS, ZWNBSP): left to the full parser.
bool hasSpecialUnicode(const QByteArray &s)
{
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        const auto d = static_cast<unsigned char>(s[i + 1]);
        if (c == 0xC2 && d == 0x85)
            return true;
        if (i + 2 < s.size()) {
            const auto e = static_cast<unsigned char>(s[i + 2]);
            if (c == 0xE2 && d == 0x80 && (e == 0xA8 || e == 0xA9))
                return true;
            if (c == 0xEF && d == 0xBB && e == 0xBF)
                return true;
        }
    }
    return false;
}

bool validUtf8(const QByteArray &s)
{
    qsizetype i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        int n = 0;
        if (c < 0x80)
            n = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            n = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            n = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            n = 3;
        else
            return false;
        for (int k = 1; k <= n; ++k) {
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        }
        // overlong three/four-byte forms and surrogates
        if (n == 2) {
            const auto d = static_cast<unsigned char>(s[i + 1]);
            if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0))
                return false;
        } else if (n == 3) {
            const auto d = static_cast<unsigned char>(s[i + 1]);
            if ((c == 0xF0 && d < 0x90) || (c == 0xF4 && d >= 0x90))
                return false;
        }
        i += n + 1;
    }
    return true;
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
bool simpleScalar(QByteArrayView v, QVariant &out)
{
    if (v.isEmpty())
        return false;
    if (v[0] == '\'') {
        if (v.size() >= 2 && v.back() == '\'') { // the usual case: no doubled quote inside
            const QByteArrayView inner = v.sliced(1, v.size() - 2);
            bool plainInside = true;
            for (char c : inner) {
                if (c == '\'' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
                    plainInside = false;
                    break;
                }
            }
            if (plainInside) {
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
        out = QString::fromUtf8(s);
        return true;
    }
    // plain: first a letter or a non-ASCII byte; then words, digits and harmless punctuation
    const auto first = static_cast<unsigned char>(v[0]);
    if (!(isAsciiLetter(v[0]) || first >= 0x80))
        return false;
    for (char ch : v) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 || isAsciiLetter(ch) || (c >= '0' && c <= '9'))
            continue;
        if (ch == ' ' || ch == '.' || ch == ',' || ch == '-' || ch == '_' || ch == '(' || ch == ')' || ch == '!' || ch == '?')
            continue;
        return false;
    }
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

class Reader
{
public:
    explicit Reader(const QList<Line> &lines)
        : m_lines(lines)
    { }

    bool atEnd() const { return m_pos >= m_lines.size(); }

    // A block whose lines have exactly @p indent spaces; deeper lines belong to their parent key.
    bool block(int indent, QVariant &out, int depth)
    {
        if (depth > 16 || atEnd() || m_lines.at(m_pos).indent != indent)
            return false;
        if (m_lines.at(m_pos).text.startsWith("- ") || m_lines.at(m_pos).text == "-")
            return sequence(indent, out);
        QVariantMap map;
        while (!atEnd() && m_lines.at(m_pos).indent >= indent) {
            const Line &l = m_lines.at(m_pos);
            if (l.indent != indent)
                return false;
            const qsizetype colon = l.text.indexOf(':');
            if (colon <= 0)
                return false;
            const QByteArrayView keyBytes = l.text.first(colon);
            if (!simpleKey(keyBytes))
                return false;
            const QString key = QString::fromLatin1(keyBytes); // ASCII, checked above
            if (map.contains(key))
                return false;
            const QByteArrayView rest = l.text.sliced(colon + 1);
            ++m_pos;
            QVariant value;
            if (rest.isEmpty()) {
                if (!atEnd() && m_lines.at(m_pos).indent > indent) {
                    if (!block(m_lines.at(m_pos).indent, value, depth + 1))
                        return false;
                }
            } else {
                if (rest[0] != ' ')
                    return false;
                qsizetype k = 1;
                while (k < rest.size() && rest[k] == ' ')
                    ++k;
                if (!simpleScalar(rest.sliced(k), value))
                    return false;
                if (!atEnd() && m_lines.at(m_pos).indent > indent)
                    return false; // a continuation line of a plain scalar
            }
            map.insert(key, value);
        }
        out = map;
        return true;
    }

private:
    bool sequence(int indent, QVariant &out)
    {
        QVariantList list;
        while (!atEnd() && m_lines.at(m_pos).indent >= indent) {
            const Line &l = m_lines.at(m_pos);
            if (l.indent != indent || !l.text.startsWith("- "))
                return false;
            qsizetype k = 2;
            while (k < l.text.size() && l.text[k] == ' ')
                ++k;
            QVariant value;
            const QByteArrayView item = l.text.sliced(k);
            if (item.contains(':') || !simpleScalar(item, value)) // `- key: v` is a map item
                return false;
            ++m_pos;
            if (!atEnd() && m_lines.at(m_pos).indent > indent)
                return false;
            list.append(value);
        }
        out = list;
        return true;
    }

    const QList<Line> &m_lines;
    qsizetype m_pos = 0;
};

} // namespace

bool parseSimpleHeader(const QByteArray &headerText, QVariantMap &values, QStringList *keyOrder)
{
    if (headerText.size() > 64 * 1024 || hasSpecialUnicode(headerText) || !validUtf8(headerText))
        return false;
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= headerText.size()) {
        qsizetype end = headerText.indexOf('\n', start);
        if (end < 0)
            end = headerText.size();
        Line l;
        qsizetype i = start;
        while (i < end && headerText[i] == ' ')
            ++i;
        qsizetype e = end;
        while (e > i && headerText[e - 1] == ' ')
            --e;
        l.indent = static_cast<int>(i - start);
        l.text = QByteArrayView(headerText).sliced(i, e - i);
        start = end + 1;
        if (l.text.isEmpty())
            continue;
        // comments, anchors, flow, double quotes, directives, block scalars: the full parser
        static const struct Table
        {
            bool bad[256] = {};
            Table()
            {
                for (char c : {'\t', '\r', '#', '&', '*', '{', '[', '"', '%', '@', '`', '|', '>', '\\'})
                    bad[static_cast<unsigned char>(c)] = true;
            }
        } table;
        for (char c : l.text)
            if (table.bad[static_cast<unsigned char>(c)])
                return false;
        if (l.text == "---" || l.text == "..." || l.text.startsWith("--- ") || l.text.startsWith("? "))
            return false;
        lines.append(l);
    }
    if (lines.isEmpty() || lines.first().indent != 0)
        return false;
    Reader r(lines);
    QVariant top;
    if (!r.block(0, top, 0) || !r.atEnd() || top.typeId() != QMetaType::QVariantMap)
        return false;
    values = top.toMap();
    if (keyOrder) {
        keyOrder->clear();
        for (const Line &l : std::as_const(lines))
            if (l.indent == 0)
                keyOrder->append(QString::fromLatin1(l.text.first(l.text.indexOf(':'))));
    }
    return true;
}

} // namespace GravDesk
