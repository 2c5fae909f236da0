#include "frontmatterlayout.h"

#include "page/envelope.h"

#include <QCoreApplication>

#include <cstring>

namespace GravDesk {
namespace FrontMatterLayout {

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

QString describeLine(int line)
{
    return QCoreApplication::translate("GravDesk::FrontMatter", "line %1 of the header").arg(line + 1);
}

} // namespace FrontMatterLayout

using namespace FrontMatterLayout;

namespace {

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

} // namespace

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

bool FrontMatterDocument::scanMap(const QList<Line> &lines, int from, int to, int indent, QList<Entry> &out, QString &error) const
{
    for (int j = from; j < to; ++j) {
        const QByteArray &t = lines[j].text;
        if (isBlank(t) || isComment(t))
            continue;
        if (indentOf(t) != indent) {
            error = QCoreApplication::translate("GravDesk::FrontMatter", "Unexpected indentation at %1").arg(describeLine(j));
            return false;
        }
        Entry e;
        int afterColon = 0;
        if (!parseKey(t, indent, e.key, afterColon)) {
            error = QCoreApplication::translate("GravDesk::FrontMatter", "%1 is not a \"key: value\" line").arg(describeLine(j));
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
            error = QCoreApplication::translate("GravDesk::FrontMatter", "\"%1\" holds a list, not a map").arg(parent.key);
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
            error = QCoreApplication::translate("GravDesk::FrontMatter",
                "The key \"%1\" appears more than once (lines %2 and %3; Grav reads only the first) — fix it in the "
                "YAML text first")
                        .arg(sofar, QString::number(hits[0].line + 1), QString::number(hits[1].line + 1));
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

// The closing `---` must start a line of its own: a header whose last line has no line break (typed in
// the YAML tab without Enter) gets the file's line ending, or Grav would read `foo: 1---` and find no header.
QByteArray withFinalLineBreak(const Envelope &env, const QByteArray &header)
{
    if (header.isEmpty() || header.endsWith('\n') || header.endsWith('\r'))
        return header;
    return header + applyLineEnding(QByteArrayLiteral("\n"), env.lineEnding);
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
        return env.raw.left(from) + withFinalLineBreak(env, newHeaderBytes) + env.raw.mid(to, env.bodyOffset - to) + bodyBytes;
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
        return env.raw.left(from) + withFinalLineBreak(env, newHeaderBytes) + env.raw.mid(to);
    return composePage(env, newHeaderBytes, env.raw.mid(bomLength(env.raw)));
}

} // namespace GravDesk
