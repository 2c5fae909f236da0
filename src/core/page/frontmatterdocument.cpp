#include "frontmatterdocument.h"

#include "page/envelope.h"
#include "page/yamlscalar.h"
#include "site/gravdate.h"

#include <QDate>
#include <QDateTime>

#include <cmath>
#include <cstring>
#include <vector>

namespace GravDesk {

// How the value of one mapping key sits in the text. The scanner below reads only block structure
// (indentation, `key:` lines, `- ` items); what a value *means* always comes from parseHeader(), and
// every edit is checked by parsing the result, so a layout the scanner misreads is refused, not written.
struct FrontMatterDocument::Entry
{
    enum Kind {
        Empty, ///< nothing after `key:` but maybe a comment: null, or a nested block map/list below
        Scalar, ///< a one-line plain or quoted scalar
        Flow, ///< a one-line flow collection `[…]` / `{…}`
        Block, ///< a block scalar `|` / `>`
        MultiLine, ///< anything spanning lines that is not a block (multi-line quoted or plain, open flow)
    };
    QString key;
    int line = 0; ///< the `key:` line
    int last = 0; ///< last line of the value (comments and blank lines after it are not part of it)
    int indent = 0;
    int replaceFrom = 0; ///< byte in the key line where the value starts (after an anchor, which is kept)
    int valueEnd = 0; ///< byte after the one-line value (what follows, e.g. a comment, is kept)
    Kind kind = Empty;
    char quote = 0; ///< '\'' or '"' for a quoted scalar
    char flowOpen = 0; ///< '[' or '{' for a flow collection
};

// A dotted path followed down the text as far as it exists.
struct FrontMatterDocument::Walk
{
    int depth = 0; ///< path parts matched by existing keys (the last one is `found` when hasFound)
    int indent = 0; ///< indentation of the map where the next part would go
    QList<Entry> siblings; ///< entries of that map
    Entry found;
    bool hasFound = false;
    bool blockedParent = false; ///< `found` is a parent written on one line (null, scalar or flow)
    Entry parent;
    bool hasParent = false;
};

namespace {

int indentOf(const QByteArray &t)
{
    int i = 0;
    while (i < t.size() && t[i] == ' ')
        ++i;
    return i;
}

bool isBlank(const QByteArray &t)
{
    for (const char c : t)
        if (c != ' ' && c != '\t')
            return false;
    return true;
}

bool isComment(const QByteArray &t)
{
    const int i = indentOf(t);
    return i < t.size() && t[i] == '#';
}

bool isSeqItem(const QByteArray &t)
{
    const int i = indentOf(t);
    return i < t.size() && t[i] == '-' && (i + 1 == t.size() || t[i + 1] == ' ');
}

// End (exclusive) of a quoted scalar starting at @p p, or -1 when it does not close on this line.
int quotedEnd(const QByteArray &t, int p)
{
    const char q = t[p];
    for (int i = p + 1; i < t.size(); ++i) {
        if (q == '"' && t[i] == '\\') {
            ++i;
            continue;
        }
        if (t[i] == q) {
            if (q == '\'' && i + 1 < t.size() && t[i + 1] == '\'') {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return -1;
}

// End (exclusive) of a flow collection starting at @p p, or -1 when it does not close on this line.
int flowEnd(const QByteArray &t, int p)
{
    int depth = 0;
    for (int i = p; i < t.size(); ++i) {
        const char c = t[i];
        if ((c == '\'' || c == '"') && (i == p || std::strchr(" [{,:", t[i - 1]))) {
            const int e = quotedEnd(t, i);
            if (e < 0)
                return -1;
            i = e - 1;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                return i + 1;
        } else if (c == '#' && i > p && t[i - 1] == ' ') {
            return -1;
        }
    }
    return -1;
}

// Parses the key of a `key: value` line at its indentation; false when the line is no mapping entry.
bool parseKey(const QByteArray &t, int indent, QString &key, int &afterColon)
{
    if (indent >= t.size())
        return false;
    const char c = t[indent];
    if (std::strchr("#[{?!&*|>%@`,]}", c) || (c == '-' && (indent + 1 == t.size() || t[indent + 1] == ' ')))
        return false;
    int colon = -1;
    if (c == '\'' || c == '"') {
        const int e = quotedEnd(t, indent);
        if (e < 0)
            return false;
        int k = e;
        while (k < t.size() && t[k] == ' ')
            ++k;
        if (k >= t.size() || t[k] != ':')
            return false;
        colon = k;
        QString raw = QString::fromUtf8(t.mid(indent + 1, e - indent - 2));
        if (c == '\'') {
            raw.replace(QLatin1String("''"), QLatin1String("'"));
        } else {
            raw.replace(QLatin1String("\\\""), QLatin1String("\"")).replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        key = raw;
    } else {
        for (int i = indent; i < t.size(); ++i) {
            if (t[i] == ':' && (i + 1 == t.size() || t[i + 1] == ' ' || t[i + 1] == '\t')) {
                colon = i;
                break;
            }
            if (t[i] == '#' && i > indent && (t[i - 1] == ' ' || t[i - 1] == '\t'))
                return false;
        }
        if (colon < 0)
            return false;
        key = QString::fromUtf8(t.mid(indent, colon - indent)).trimmed();
    }
    if (colon + 1 < t.size() && t[colon + 1] != ' ' && t[colon + 1] != '\t')
        return false;
    afterColon = colon + 1;
    return true;
}

bool isIntType(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong: return true;
    default: return false;
    }
}

// Exact comparison of two parsed values ("" when equal, else where they differ).
QString difference(const QVariant &a, const QVariant &b, const QString &at)
{
    const QString where = at.isEmpty() ? QStringLiteral("the header") : at;
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid() ? QString() : where;
    if (a.typeId() == QMetaType::QVariantMap || b.typeId() == QMetaType::QVariantMap) {
        if (a.typeId() != b.typeId())
            return where;
        const QVariantMap ma = a.toMap(), mb = b.toMap();
        if (ma.size() != mb.size() || ma.keys() != mb.keys())
            return where;
        for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
            const QString d
                = difference(it.value(), mb.value(it.key()), at.isEmpty() ? it.key() : at + QLatin1Char('.') + it.key());
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.typeId() == QMetaType::QVariantList || b.typeId() == QMetaType::QVariantList) {
        if (a.typeId() != b.typeId())
            return where;
        const QVariantList la = a.toList(), lb = b.toList();
        if (la.size() != lb.size())
            return where;
        for (int i = 0; i < la.size(); ++i) {
            const QString d = difference(la[i], lb[i], where + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (isIntType(a) && isIntType(b))
        return a.toLongLong() == b.toLongLong() ? QString() : where;
    if (a.typeId() != b.typeId())
        return where;
    if (a.typeId() == QMetaType::Double) {
        const double x = a.toDouble(), y = b.toDouble();
        return (x == y || (std::isnan(x) && std::isnan(y))) ? QString() : where;
    }
    return a == b ? QString() : where;
}

// Sets or removes @p path in a parsed header; a map left empty by a removal reads as null (its key line stays).
void applyAt(QVariantMap &map, const QStringList &path, int i, const QVariant &value, bool removal)
{
    const QString &k = path[i];
    if (i + 1 == path.size()) {
        if (removal)
            map.remove(k);
        else
            map.insert(k, value);
        return;
    }
    if (removal && !map.contains(k))
        return;
    QVariantMap child = map.value(k).toMap();
    applyAt(child, path, i + 1, value, removal);
    if (removal && child.isEmpty())
        map.insert(k, QVariant());
    else
        map.insert(k, child);
}

QString describeLine(int line)
{
    return QStringLiteral("line %1 of the header").arg(line + 1);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

QList<QByteArray> FrontMatterDocument::splitLines(const QByteArray &text)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || text[i] == '\r') {
            out.append(text.mid(start, i - start));
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < text.size())
        out.append(text.mid(start));
    return out;
}

FrontMatterDocument::FrontMatterDocument()
{
    reparse();
}

FrontMatterDocument::FrontMatterDocument(const QByteArray &headerBytes)
    : m_original(headerBytes)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < headerBytes.size(); ++i) {
        const char c = headerBytes[i];
        if (c != '\n' && c != '\r')
            continue;
        Line l;
        l.text = headerBytes.mid(start, i - start);
        if (c == '\r' && i + 1 < headerBytes.size() && headerBytes[i + 1] == '\n') {
            l.eol = QByteArrayLiteral("\r\n");
            ++i;
        } else {
            l.eol = QByteArray(1, c);
        }
        m_lines.append(l);
        start = i + 1;
    }
    if (start < headerBytes.size())
        m_lines.append(Line {headerBytes.mid(start), QByteArray()});
    reparse();
}

FrontMatterDocument FrontMatterDocument::fromEnvelope(const Envelope &env)
{
    return FrontMatterDocument(headerBytes(env));
}

QByteArray FrontMatterDocument::join(const QList<Line> &lines) const
{
    QByteArray out;
    for (const Line &l : lines)
        out += l.text + l.eol;
    return out;
}

QByteArray FrontMatterDocument::text() const
{
    return join(m_lines);
}

QByteArray FrontMatterDocument::gravText() const
{
    QByteArray t = text();
    t.replace("\r\n", "\n");
    t.replace('\r', '\n');
    if (t.endsWith('\n'))
        t.chop(1);
    t.replace("\n\t", "\n    ");
    return t;
}

QByteArray FrontMatterDocument::newline() const
{
    // The header's own majority line ending, so added lines look like their neighbours.
    int lf = 0, crlf = 0, cr = 0;
    for (const Line &l : m_lines) {
        if (l.eol == "\n")
            ++lf;
        else if (l.eol == "\r\n")
            ++crlf;
        else if (l.eol == "\r")
            ++cr;
    }
    if (crlf > lf && crlf >= cr)
        return QByteArrayLiteral("\r\n");
    if (cr > lf && cr > crlf)
        return QByteArrayLiteral("\r");
    return QByteArrayLiteral("\n");
}

void FrontMatterDocument::reparse()
{
    m_editError.clear();
    const QByteArray grav = gravText();
    if (!isValidUtf8(grav)) {
        // Grav's /u regex fails on such a file: it has no header at all for Grav, and a QString round trip would lose bytes.
        m_parse = HeaderParse();
        m_parse.accepted = false;
        m_parse.error = QStringLiteral("the header is not valid UTF-8");
        m_editError = QStringLiteral("The header is not valid UTF-8; convert the file to UTF-8 first");
        return;
    }
    m_parse = parseHeader(grav);
    if (!m_parse.accepted) {
        m_editError = m_parse.errorLine > 0
            ? QStringLiteral("The header is not valid YAML (line %1): %2").arg(m_parse.errorLine).arg(m_parse.error)
            : QStringLiteral("The header is not valid YAML: %1").arg(m_parse.error);
        return;
    }
    for (int i = 1; i < m_lines.size(); ++i) {
        if (m_lines[i].text.startsWith('\t')) {
            m_editError = QStringLiteral("The header indents %1 with a tab; fix it in the YAML text first").arg(describeLine(i));
            return;
        }
    }
    QList<Entry> top;
    QString error;
    int base = 0;
    for (const Line &l : std::as_const(m_lines)) {
        if (!isBlank(l.text) && !isComment(l.text)) {
            base = indentOf(l.text);
            break;
        }
    }
    if (!scanMap(m_lines, 0, static_cast<int>(m_lines.size()), base, top, error))
        m_editError = error;
}

bool FrontMatterDocument::scanMap(const QList<Line> &lines, int from, int to, int indent, QList<Entry> &out, QString &error) const
{
    for (int j = from; j < to; ++j) {
        const QByteArray &t = lines[j].text;
        if (isBlank(t) || isComment(t))
            continue;
        if (indentOf(t) != indent) {
            error = QStringLiteral("Unexpected indentation at %1").arg(describeLine(j));
            return false;
        }
        Entry e;
        int afterColon = 0;
        if (!parseKey(t, indent, e.key, afterColon)) {
            error = QStringLiteral("%1 is not a \"key: value\" line").arg(describeLine(j));
            return false;
        }
        e.line = j;
        e.indent = indent;
        int q = afterColon;
        while (q < t.size() && (t[q] == ' ' || t[q] == '\t'))
            ++q;
        // An anchor stays with its key: other values may refer to it.
        if (q < t.size() && t[q] == '&') {
            while (q < t.size() && t[q] != ' ')
                ++q;
            while (q < t.size() && t[q] == ' ')
                ++q;
        }
        e.replaceFrom = q;
        e.valueEnd = q;
        int p = q;
        if (p < t.size() && t[p] == '!') { // a tag is replaced along with its value
            while (p < t.size() && t[p] != ' ')
                ++p;
            while (p < t.size() && t[p] == ' ')
                ++p;
        }
        if (p >= t.size() || t[p] == '#') {
            e.kind = p > q ? Entry::MultiLine : Entry::Empty; // a tag alone: its value is below
        } else if (t[p] == '|' || t[p] == '>') {
            e.kind = Entry::Block;
        } else if (t[p] == '\'' || t[p] == '"') {
            const int end = quotedEnd(t, p);
            e.kind = end < 0 ? Entry::MultiLine : Entry::Scalar;
            e.quote = t[p];
            e.valueEnd = end < 0 ? static_cast<int>(t.size()) : end;
        } else if (t[p] == '[' || t[p] == '{') {
            const int end = flowEnd(t, p);
            e.kind = end < 0 ? Entry::MultiLine : Entry::Flow;
            e.flowOpen = t[p];
            e.valueEnd = end < 0 ? static_cast<int>(t.size()) : end;
        } else {
            int end = static_cast<int>(t.size());
            for (int i = p; i < t.size(); ++i) {
                if (t[i] == '#' && (t[i - 1] == ' ' || t[i - 1] == '\t')) {
                    end = i;
                    break;
                }
            }
            while (end > p && (t[end - 1] == ' ' || t[end - 1] == '\t'))
                --end;
            e.kind = Entry::Scalar;
            e.valueEnd = end;
        }
        // The value's lines: everything more indented (a block list may also sit at the key's own
        // indentation); trailing comments and blank lines belong to what follows.
        int last = j;
        for (int k = j + 1; k < to; ++k) {
            const QByteArray &u = lines[k].text;
            if (isBlank(u))
                continue;
            const int ind = indentOf(u);
            if (e.kind == Entry::Block) {
                if (ind > indent) {
                    last = k;
                    continue;
                }
                break;
            }
            if (isComment(u))
                continue;
            if (ind > indent || (ind == indent && e.kind == Entry::Empty && isSeqItem(u))) {
                last = k;
                continue;
            }
            break;
        }
        e.last = last;
        if (last > j && (e.kind == Entry::Scalar || e.kind == Entry::Flow))
            e.kind = Entry::MultiLine; // e.g. a plain scalar continued on indented lines
        out.append(e);
        j = last;
    }
    return true;
}

bool FrontMatterDocument::childMap(
    const QList<Line> &lines, const Entry &parent, int &indent, QList<Entry> &out, QString &error) const
{
    indent = -1;
    for (int j = parent.line + 1; j <= parent.last; ++j) {
        const QByteArray &t = lines[j].text;
        if (isBlank(t) || isComment(t))
            continue;
        if (isSeqItem(t)) {
            error = QStringLiteral("\"%1\" holds a list, not a map").arg(parent.key);
            return false;
        }
        indent = indentOf(t);
        return scanMap(lines, j, parent.last + 1, indent, out, error);
    }
    return true;
}

int FrontMatterDocument::indentStep() const
{
    // The file's own step: the first nested map or list below a key (Grav writes 4, Flex admin 2).
    for (int i = 0; i + 1 < m_lines.size(); ++i) {
        const QByteArray &t = m_lines[i].text;
        if (isBlank(t) || isComment(t) || isSeqItem(t))
            continue;
        const QByteArray trimmed = t.trimmed();
        if (!trimmed.endsWith(':'))
            continue;
        for (int k = i + 1; k < m_lines.size(); ++k) {
            const QByteArray &u = m_lines[k].text;
            if (isBlank(u) || isComment(u))
                continue;
            const int d = indentOf(u) - indentOf(t);
            if (d > 0 && d <= 8)
                return d;
            break;
        }
    }
    return 4;
}

int FrontMatterDocument::sequenceOffset() const
{
    // Where the file puts "- " items relative to their key: Grav indents them, some files do not.
    for (int i = 0; i + 1 < m_lines.size(); ++i) {
        const QByteArray &t = m_lines[i].text;
        if (isBlank(t) || isComment(t) || isSeqItem(t) || !t.trimmed().endsWith(':'))
            continue;
        for (int k = i + 1; k < m_lines.size(); ++k) {
            const QByteArray &u = m_lines[k].text;
            if (isBlank(u) || isComment(u))
                continue;
            if (isSeqItem(u)) {
                const int d = indentOf(u) - indentOf(t);
                if (d >= 0 && d <= 8)
                    return d;
            }
            break;
        }
    }
    return indentStep();
}

void FrontMatterDocument::setDateContext(const QString &defaultFormat, const QTimeZone &zone)
{
    m_defaultDateFormat = defaultFormat;
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QString FrontMatterDocument::dateFormat() const
{
    const QVariant own = m_parse.values.value(QStringLiteral("dateformat"));
    if (own.typeId() == QMetaType::QString && !own.toString().trimmed().isEmpty())
        return own.toString();
    if (!m_defaultDateFormat.trimmed().isEmpty())
        return m_defaultDateFormat;
    return QStringLiteral("d-m-Y H:i");
}

QVariant FrontMatterDocument::value(const QString &path) const
{
    QVariant v = m_parse.values;
    for (const QString &k : path.split(QLatin1Char('.'))) {
        if (v.typeId() != QMetaType::QVariantMap)
            return {};
        v = v.toMap().value(k);
    }
    return v;
}

bool FrontMatterDocument::contains(const QString &path) const
{
    QVariantMap m = m_parse.values;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (int i = 0; i < parts.size(); ++i) {
        if (!m.contains(parts[i]))
            return false;
        if (i + 1 < parts.size()) {
            const QVariant v = m.value(parts[i]);
            if (v.typeId() != QMetaType::QVariantMap)
                return false;
            m = v.toMap();
        }
    }
    return true;
}

// What parseHeader() must read back for a value once written.
QVariant FrontMatterDocument::expectedValue(const QVariant &value, bool &ok, QString &error) const
{
    ok = true;
    if (!value.isValid() || value.isNull()) {
        if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QStringList)
            return value.typeId() == QMetaType::QString ? QVariant(QString()) : QVariant(QVariantList());
        return {};
    }
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Double:
    case QMetaType::Float:
        if (std::isnan(value.toDouble())) {
            ok = false;
            error = QStringLiteral("NaN cannot be written: Grav reads .nan as infinity");
        }
        return value.toDouble();
    case QMetaType::QString: return value.toString();
    case QMetaType::QDate:
    case QMetaType::QDateTime: {
        const QDateTime dt = value.typeId() == QMetaType::QDate ? value.toDate().startOfDay(m_zone) : value.toDateTime();
        if (!dt.isValid()) {
            ok = false;
            error = QStringLiteral("invalid date");
            return {};
        }
        return formatPhpDate(dt.toTimeZone(m_zone), dateFormat());
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QVariantList out;
        for (const QVariant &item : value.toList()) {
            if (item.typeId() == QMetaType::QVariantList || item.typeId() == QMetaType::QStringList
                || item.typeId() == QMetaType::QVariantMap) {
                ok = false;
                error = QStringLiteral("lists of lists or maps cannot be written field by field");
                return {};
            }
            out.append(expectedValue(item, ok, error));
            if (!ok)
                return {};
        }
        return out;
    }
    case QMetaType::QVariantMap: {
        QVariantMap out;
        const QVariantMap in = value.toMap();
        for (auto it = in.cbegin(); it != in.cend(); ++it) {
            if (it.key().isEmpty() || it.key().contains(QLatin1Char('.'))) {
                ok = false;
                error = QStringLiteral("invalid key \"%1\"").arg(it.key());
                return {};
            }
            out.insert(it.key(), expectedValue(it.value(), ok, error));
            if (!ok)
                return {};
        }
        return out;
    }
    default:
        if (isIntType(value))
            return value.toLongLong();
        ok = false;
        error = QStringLiteral("values of type %1 cannot be written").arg(QString::fromLatin1(value.typeName()));
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Writing values

namespace {

QByteArray spaces(int n)
{
    return QByteArray(n, ' ');
}

QByteArray keyText(const QString &key)
{
    return isPlainKey(key) ? key.toUtf8() : yamlString(key, ScalarStyle::SingleQuoted);
}

bool isCollection(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantMap;
}

bool isDate(const QVariant &v)
{
    return v.typeId() == QMetaType::QDateTime || v.typeId() == QMetaType::QDate;
}

} // namespace

bool FrontMatterDocument::scalarText(const QVariant &value, ScalarStyle style, QByteArray &out, QString &error) const
{
    bool ok = true;
    const QVariant e = expectedValue(value, ok, error);
    if (!ok)
        return false;
    if (isDate(value)) {
        // Always quoted, as Grav's admin writes dates: unquoted `2024-05-25` would become a Unix time.
        out = yamlString(e.toString(), style == ScalarStyle::DoubleQuoted ? style : ScalarStyle::SingleQuoted);
        return true;
    }
    if (!e.isValid()) {
        out = QByteArrayLiteral("null");
        return true;
    }
    switch (e.typeId()) {
    case QMetaType::Bool: out = e.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"); return true;
    case QMetaType::LongLong: out = QByteArray::number(e.toLongLong()); return true;
    case QMetaType::Double: out = yamlFloat(e.toDouble(), &ok); return ok;
    case QMetaType::QString: out = yamlString(e.toString(), style); return true;
    default: break;
    }
    error = QStringLiteral("not a single value");
    return false;
}

bool FrontMatterDocument::inlineText(
    const QVariant &value, bool flowList, ScalarStyle style, QByteArray &out, bool &isInline, QString &error) const
{
    isInline = true;
    if (value.typeId() == QMetaType::QVariantMap) {
        if (!value.toMap().isEmpty()) {
            isInline = false;
            return true;
        }
        out = QByteArrayLiteral("{  }"); // how Symfony writes an empty map
        return true;
    }
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        const QVariantList items = value.toList();
        if (items.isEmpty()) {
            out = QByteArrayLiteral("[]");
            return true;
        }
        if (!flowList) {
            isInline = false;
            return true;
        }
        QList<QByteArray> parts;
        for (const QVariant &item : items) {
            if (isCollection(item)) {
                error = QStringLiteral("lists of lists or maps cannot be written field by field");
                return false;
            }
            QByteArray t;
            if (!scalarText(item, ScalarStyle::Plain, t, error))
                return false;
            parts.append(t);
        }
        out = '[' + parts.join(", ") + ']';
        return true;
    }
    return scalarText(value, style, out, error);
}

bool FrontMatterDocument::blockLines(const QVariant &value, int indent, QList<QByteArray> &out, QString &error) const
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        const int child = indent + indentStep();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QByteArray prefix = spaces(child) + keyText(it.key()) + ':';
            QByteArray t;
            bool isInline = true;
            if (!inlineText(it.value(), false, ScalarStyle::Plain, t, isInline, error))
                return false;
            if (isInline) {
                out.append(prefix + ' ' + t);
            } else {
                out.append(prefix);
                if (!blockLines(it.value(), child, out, error))
                    return false;
            }
        }
        return true;
    }
    const int itemIndent = indent + sequenceOffset();
    for (const QVariant &item : value.toList()) {
        if (isCollection(item)) {
            error = QStringLiteral("lists of lists or maps cannot be written field by field");
            return false;
        }
        QByteArray t;
        if (!scalarText(item, ScalarStyle::Plain, t, error))
            return false;
        out.append(spaces(itemIndent) + "- " + t);
    }
    return true;
}

// A block list rewritten item by item: unchanged items keep their lines (and the comments between
// them stay); removed items lose their line; new ones are inserted where they belong.
bool FrontMatterDocument::mergeList(QList<Line> &lines, const Entry &e, const QStringList &path, const QVariant &value) const
{
    std::vector<int> itemLines;
    int itemIndent = -1;
    for (int j = e.line + 1; j <= e.last; ++j) {
        const QByteArray &t = lines[j].text;
        if (isBlank(t) || isComment(t))
            continue;
        if (!isSeqItem(t))
            return false;
        const int ind = indentOf(t);
        if (itemIndent >= 0 && ind != itemIndent)
            return false;
        itemIndent = ind;
        const QByteArray rest = t.mid(ind + 1).trimmed();
        if (rest.isEmpty() || std::strchr("[{|>&*!-?", rest[0]))
            return false;
        if ((rest[0] == '\'' || rest[0] == '"') && quotedEnd(rest, 0) < 0)
            return false;
        if (rest[0] != '\'' && rest[0] != '"' && (rest.contains(": ") || rest.endsWith(':')))
            return false; // a map inside the list
        itemLines.push_back(j);
    }
    if (itemLines.empty())
        return false;
    QVariant old = m_parse.values;
    for (const QString &k : path)
        old = old.toMap().value(k);
    const QVariantList oldItems = old.toList();
    if (old.typeId() != QMetaType::QVariantList || oldItems.size() != static_cast<qsizetype>(itemLines.size()))
        return false;
    bool ok = true;
    QString error;
    const QVariantList newItems = expectedValue(value, ok, error).toList();
    if (!ok)
        return false;
    const QVariantList newRaw = value.toList();

    const int n = static_cast<int>(oldItems.size()), m = static_cast<int>(newItems.size());
    std::vector<std::vector<int>> lcs(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1), 0));
    const auto same = [&](int i, int j) { return difference(oldItems[i], newItems[j], QString()).isEmpty(); };
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = same(i, j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);

    const QByteArray nl = newline();
    QList<Line> out;
    int cur = e.line + 1;
    int i = 0, j = 0;
    const auto copyUpTo = [&](int stop) { // lines before @p stop that are not items: comments, blanks
        for (; cur < stop; ++cur)
            out.append(lines[cur]);
    };
    const auto insertNew = [&](int k) {
        QByteArray t;
        QString err;
        if (!scalarText(newRaw[k], ScalarStyle::Plain, t, err))
            return false;
        out.append(Line {spaces(itemIndent) + "- " + t, nl});
        return true;
    };
    while (i < n || j < m) {
        if (i < n && j < m && same(i, j)) {
            copyUpTo(itemLines[static_cast<size_t>(i)] + 1);
            ++i;
            ++j;
        } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            copyUpTo(itemLines[static_cast<size_t>(i)]);
            ++cur; // drop the removed item's line
            ++i;
        } else {
            if (!insertNew(j))
                return false;
            ++j;
        }
    }
    copyUpTo(e.last + 1);
    QList<Line> result = lines.mid(0, e.line + 1);
    result += out;
    result += lines.mid(e.last + 1);
    lines = result;
    return true;
}

FrontMatterEditResult FrontMatterDocument::replaceEntry(
    QList<Line> &lines, const Entry &e, const QStringList &path, const QVariant &value) const
{
    const QByteArray t = lines[e.line].text;
    const ScalarStyle style = e.kind == Entry::Scalar && e.quote == '\'' ? ScalarStyle::SingleQuoted
        : e.kind == Entry::Scalar && e.quote == '"'                      ? ScalarStyle::DoubleQuoted
                                                                         : ScalarStyle::Plain;
    const QByteArray head = t.left(e.replaceFrom);
    QByteArray headTrim = head;
    while (headTrim.endsWith(' ') || headTrim.endsWith('\t'))
        headTrim.chop(1);
    // What follows the value on the key line (a comment) stays.
    QByteArray tail;
    if (e.kind == Entry::Scalar || e.kind == Entry::Flow)
        tail = t.mid(e.valueEnd);
    else if (e.kind == Entry::Empty && e.replaceFrom < t.size())
        tail = ' ' + t.mid(e.replaceFrom);

    const bool flowList = e.kind == Entry::Flow && e.flowOpen == '[';
    QByteArray text;
    bool isInline = true;
    QString error;
    if (!inlineText(value, flowList, style, text, isInline, error))
        return {false, error};
    QList<Line> replacement;
    const QByteArray nl = newline();
    if (isInline) {
        if (e.kind == Entry::Scalar || e.kind == Entry::Flow)
            replacement.append(Line {head + text + tail, lines[e.last].eol});
        else
            replacement.append(Line {headTrim + ' ' + text + tail, lines[e.last].eol});
    } else {
        const bool isList = value.typeId() != QMetaType::QVariantMap;
        if (isList && e.kind == Entry::Empty && mergeList(lines, e, path, value))
            return {true, {}};
        replacement.append(Line {headTrim + tail, lines[e.line].eol});
        QList<QByteArray> body;
        if (!blockLines(value, e.indent, body, error))
            return {false, error};
        for (int k = 0; k < body.size(); ++k)
            replacement.append(Line {body[k], k + 1 == body.size() ? lines[e.last].eol : nl});
        if (replacement.size() > 1 && replacement.first().eol.isEmpty())
            replacement.first().eol = nl;
    }
    QList<Line> result = lines.mid(0, e.line);
    result += replacement;
    result += lines.mid(e.last + 1);
    lines = result;
    return {true, {}};
}

bool FrontMatterDocument::findPath(const QList<Line> &lines, const QStringList &parts, Walk &walk, QString &error) const
{
    // Descends the dotted path through block maps; stops at the first missing key.
    walk = Walk();
    int base = 0;
    for (const Line &l : lines) {
        if (!isBlank(l.text) && !isComment(l.text)) {
            base = indentOf(l.text);
            break;
        }
    }
    QList<Entry> entries;
    if (!scanMap(lines, 0, static_cast<int>(lines.size()), base, entries, error))
        return false;
    int indent = base;
    for (int k = 0; k < parts.size(); ++k) {
        QList<Entry> hits;
        for (const Entry &e : std::as_const(entries))
            if (e.key == parts[k])
                hits.append(e);
        const QString sofar = QStringList(parts.mid(0, k + 1)).join(QLatin1Char('.'));
        if (hits.size() > 1) {
            error = QStringLiteral("The key \"%1\" appears more than once (lines %2 and %3); Grav rejects that — fix it in the "
                                   "YAML text first")
                        .arg(sofar)
                        .arg(hits[0].line + 1)
                        .arg(hits[1].line + 1);
            return false;
        }
        walk.depth = k;
        walk.indent = indent;
        walk.siblings = entries;
        if (hits.isEmpty())
            return true;
        walk.found = hits.first();
        walk.hasFound = true;
        if (k + 1 == parts.size()) {
            walk.depth = k + 1;
            return true;
        }
        const Entry &e = hits.first();
        if (e.kind != Entry::Empty) {
            walk.depth = k + 1;
            walk.blockedParent = true;
            return true;
        }
        QList<Entry> children;
        int childIndent = -1;
        if (!childMap(lines, e, childIndent, children, error))
            return false;
        entries = children;
        indent = childIndent < 0 ? e.indent + indentStep() : childIndent;
        walk.hasFound = false;
        walk.parent = e;
        walk.hasParent = true;
        if (children.isEmpty()) {
            walk.depth = k + 1;
            walk.indent = indent;
            walk.siblings.clear();
            return true;
        }
    }
    return true;
}

FrontMatterEditResult FrontMatterDocument::setValue(const QString &path, const QVariant &value)
{
    if (!isEditable())
        return {false, m_editError};
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString &p : parts)
        if (p.isEmpty())
            return {false, QStringLiteral("\"%1\" is not a valid key path").arg(path)};
    bool ok = true;
    QString error;
    const QVariant expected = expectedValue(value, ok, error);
    if (!ok)
        return {false, QStringLiteral("Cannot set %1: %2").arg(path, error)};

    QList<Line> lines = m_lines;
    Walk walk;
    if (!findPath(lines, parts, walk, error))
        return {false, error};
    const QByteArray nl = newline();
    const int step = indentStep();

    if (walk.hasFound && walk.depth == parts.size() && !walk.blockedParent) {
        const FrontMatterEditResult r = replaceEntry(lines, walk.found, parts, value);
        if (!r.ok)
            return {false, QStringLiteral("Cannot set %1: %2").arg(path, r.error)};
        return commit(lines, parts, expected, false);
    }

    int insertAt = 0;
    int indent = walk.indent;
    int start = walk.depth;
    if (walk.blockedParent) {
        // `parent: ~`, `parent:` with a null token or an empty flow collection becomes a block map.
        const Entry &e = walk.found;
        const QByteArray &t = lines[e.line].text;
        const QByteArray token = t.mid(e.replaceFrom, e.valueEnd - e.replaceFrom).trimmed();
        const bool nullToken = e.kind == Entry::Scalar && !e.quote && (token == "~" || token.toLower() == "null");
        const bool emptyFlow = e.kind == Entry::Flow && (token.mid(1, token.size() - 2).trimmed().isEmpty());
        if (!nullToken && !emptyFlow) {
            const QString parent = QStringList(parts.mid(0, walk.depth)).join(QLatin1Char('.'));
            if (e.kind == Entry::Flow && e.flowOpen == '{')
                return {false,
                    QStringLiteral("Cannot set %1: \"%2\" is written in flow style {…}; edit it in the YAML text")
                        .arg(path, parent)};
            if (token.startsWith('*'))
                return {false,
                    QStringLiteral("Cannot set %1: \"%2\" is an alias (%3) of another value; edit that value or the "
                                   "YAML text")
                        .arg(path, parent, QString::fromUtf8(token))};
            return {false, QStringLiteral("Cannot set %1: \"%2\" holds a value, not a group of settings").arg(path, parent)};
        }
        QByteArray head = t.left(e.replaceFrom);
        while (head.endsWith(' '))
            head.chop(1);
        lines[e.line].text = head + t.mid(e.valueEnd);
        insertAt = e.line + 1;
        indent = e.indent + step;
    } else if (!walk.siblings.isEmpty()) {
        insertAt = walk.siblings.last().last + 1;
    } else if (walk.hasParent) {
        insertAt = walk.parent.last + 1;
    } else {
        insertAt = static_cast<int>(lines.size());
    }

    QList<QByteArray> added;
    int ind = indent;
    for (int k = start; k + 1 < parts.size(); ++k) {
        added.append(spaces(ind) + keyText(parts[k]) + ':');
        ind += step;
    }
    const QByteArray prefix = spaces(ind) + keyText(parts.last()) + ':';
    QByteArray text;
    bool isInline = true;
    if (!inlineText(value, false, ScalarStyle::Plain, text, isInline, error))
        return {false, QStringLiteral("Cannot set %1: %2").arg(path, error)};
    if (isInline) {
        added.append(prefix + ' ' + text);
    } else {
        added.append(prefix);
        if (!blockLines(value, ind, added, error))
            return {false, QStringLiteral("Cannot set %1: %2").arg(path, error)};
    }
    if (insertAt > 0 && lines[insertAt - 1].eol.isEmpty())
        lines[insertAt - 1].eol = nl;
    for (int k = 0; k < added.size(); ++k)
        lines.insert(insertAt + k, Line {added[k], nl});
    return commit(lines, parts, expected, false);
}

FrontMatterEditResult FrontMatterDocument::remove(const QString &path)
{
    if (!isEditable())
        return {false, m_editError};
    const QStringList parts = path.split(QLatin1Char('.'));
    QList<Line> lines = m_lines;
    Walk walk;
    QString error;
    if (!findPath(lines, parts, walk, error))
        return {false, error};
    if (walk.blockedParent) {
        // The parent is written on one line: a flow map or an alias holds the key, not a line of its own.
        if (!contains(path))
            return {true, {}};
        const QByteArray &t = lines[walk.found.line].text;
        if (t.mid(walk.found.replaceFrom).startsWith('*'))
            return {false,
                QStringLiteral("Cannot remove %1: its parent is an alias of another value; edit that value or the YAML "
                               "text")
                    .arg(path)};
        return {false,
            QStringLiteral("Cannot remove %1: its parent is written in flow style {…}; edit it in the YAML text").arg(path)};
    }
    if (!walk.hasFound || walk.depth != parts.size())
        return {true, {}}; // nothing to remove
    lines.erase(lines.begin() + walk.found.line, lines.begin() + walk.found.last + 1);
    return commit(lines, parts, QVariant(), true);
}

FrontMatterEditResult FrontMatterDocument::commit(
    QList<Line> lines, const QStringList &path, const QVariant &expected, bool removal)
{
    const QByteArray nl = newline();
    for (Line &l : lines)
        if (l.eol.isEmpty())
            l.eol = nl; // the closing `---` follows the header's last line
    for (int i = 1; i < lines.size(); ++i)
        if (lines[i].text.startsWith("---"))
            return {false, QStringLiteral("The edit would end the header early (a line starting with ---)")};

    FrontMatterDocument probe;
    probe.m_lines = lines;
    const HeaderParse after = parseHeader(probe.gravText());
    const QString dotted = path.join(QLatin1Char('.'));
    if (!after.accepted)
        return {false,
            QStringLiteral("The edit of %1 was not applied: the header would become invalid (%2)").arg(dotted, after.error)};
    if (after.legacyOnly && !m_parse.legacyOnly)
        return {false,
            QStringLiteral("The edit of %1 was not applied: Grav could read the header only with its legacy parser (%2)")
                .arg(dotted, after.error)};
    QVariantMap want = m_parse.values;
    applyAt(want, path, 0, expected, removal);
    const QString d = difference(want, after.values, QString());
    if (!d.isEmpty()) {
        if (d == dotted || d.startsWith(dotted + QLatin1Char('.')) || d.startsWith(dotted + QLatin1Char('[')))
            return {
                false, QStringLiteral("The edit of %1 was not applied: the value would not read back as intended").arg(dotted)};
        return {false, QStringLiteral("The edit of %1 was not applied: it would also change %2").arg(dotted, d)};
    }
    QStringList order = m_parse.keyOrder;
    if (removal && path.size() == 1)
        order.removeAll(path.first());
    else if (!removal && !order.contains(path.first()))
        order.append(path.first());
    if (order != after.keyOrder)
        return {false, QStringLiteral("The edit of %1 was not applied: it would change the order of the keys").arg(dotted)};
    m_lines = lines;
    reparse();
    return {true, {}};
}

// ---------------------------------------------------------------------------------------------------------------

namespace {

qsizetype afterLineBreak(const QByteArray &raw, qsizetype i)
{
    for (; i < raw.size(); ++i) {
        if (raw[i] == '\n')
            return i + 1;
        if (raw[i] == '\r')
            return i + 1 < raw.size() && raw[i + 1] == '\n' ? i + 2 : i + 1;
    }
    return -1;
}

// Where the header's bytes are in the file: from its first line to the start of the closing `---` line.
bool headerRange(const Envelope &env, qsizetype &from, qsizetype &to)
{
    if (!env.hasHeader)
        return false;
    const QByteArray &raw = env.raw;
    qsizetype p = 0;
    while (p < raw.size()) {
        const auto c = static_cast<unsigned char>(raw[p]);
        if (c != 0xEF && c != 0xBB && c != 0xBF)
            break;
        ++p;
    }
    for (int line = 1; line < env.headerFirstLine; ++line) {
        p = afterLineBreak(raw, p);
        if (p < 0)
            return false;
    }
    from = p;
    const qsizetype count = env.headerText.count('\n') + 1;
    for (qsizetype k = 0; k < count; ++k) {
        p = afterLineBreak(raw, p);
        if (p < 0)
            return false;
    }
    to = p;
    return raw.mid(to, 3) == "---";
}

qsizetype bomLength(const QByteArray &raw)
{
    qsizetype p = 0;
    while (p < raw.size()) {
        const auto c = static_cast<unsigned char>(raw[p]);
        if (c != 0xEF && c != 0xBB && c != 0xBF)
            break;
        ++p;
    }
    return p;
}

} // namespace

QByteArray headerBytes(const Envelope &env)
{
    qsizetype from = 0, to = 0;
    if (!headerRange(env, from, to))
        return {};
    return env.raw.mid(from, to - from);
}

QByteArray composePage(const Envelope &env, const QByteArray &newHeaderBytes, const QByteArray &bodyBytes)
{
    qsizetype from = 0, to = 0;
    if (headerRange(env, from, to))
        return env.raw.left(from) + newHeaderBytes + env.raw.mid(to, env.bodyOffset - to) + bodyBytes;
    const qsizetype bom = bomLength(env.raw);
    if (newHeaderBytes.isEmpty())
        return env.raw.left(bom) + bodyBytes;
    const QByteArray nl = applyLineEnding(QByteArrayLiteral("\n"), env.lineEnding);
    QByteArray header = newHeaderBytes;
    if (!header.endsWith('\n') && !header.endsWith('\r'))
        header += nl;
    return env.raw.left(bom) + "---" + nl + header + "---" + nl + nl + bodyBytes;
}

QByteArray composeWithHeader(const Envelope &env, const QByteArray &newHeaderBytes)
{
    qsizetype from = 0, to = 0;
    if (headerRange(env, from, to))
        return env.raw.left(from) + newHeaderBytes + env.raw.mid(to);
    return composePage(env, newHeaderBytes, env.raw.mid(bomLength(env.raw)));
}

} // namespace GravDesk
