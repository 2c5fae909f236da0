#include "frontmatterdocument.h"

#include "frontmatterlayout.h"
#include "page/envelope.h"
#include "page/yamlscalar.h"
#include "site/gravdate.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QScopeGuard>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace GravDesk {

using namespace FrontMatterLayout;

namespace {

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
    const QString where = at.isEmpty() ? QCoreApplication::translate("GravDesk::FrontMatter", "the header") : at;
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

} // namespace

void FrontMatterDocument::reparse()
{
    m_editError.clear();
    const QByteArray grav = gravText();
    if (!isValidUtf8(grav)) {
        // Grav's /u regex fails on such a file: it has no header at all for Grav, and a QString round trip would lose bytes.
        m_parse = HeaderParse();
        m_parse.accepted = false;
        m_parse.error = QCoreApplication::translate("GravDesk::FrontMatter", "the header is not valid UTF-8");
        m_editError = QCoreApplication::translate(
            "GravDesk::FrontMatter", "The header is not valid UTF-8; convert the file to UTF-8 first");
        return;
    }
    m_parse = parseHeader(grav);
    if (!m_parse.accepted) {
        m_editError = m_parse.errorLine > 0
            ? QCoreApplication::translate("GravDesk::FrontMatter", "The header is not valid YAML (line %1): %2")
                  .arg(m_parse.errorLine)
                  .arg(m_parse.error)
            : QCoreApplication::translate("GravDesk::FrontMatter", "The header is not valid YAML: %1").arg(m_parse.error);
        return;
    }
    for (int i = 1; i < m_lines.size(); ++i) {
        if (m_lines[i].text.startsWith('\t')) {
            m_editError = QCoreApplication::translate(
                "GravDesk::FrontMatter", "The header indents %1 with a tab; fix it in the YAML text first")
                              .arg(describeLine(i));
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

namespace {

bool isFlatMap(const QVariant &v)
{
    const QVariantMap m = v.toMap();
    return std::none_of(m.cbegin(), m.cend(), [](const QVariant &x) {
        return x.typeId() == QMetaType::QVariantList || x.typeId() == QMetaType::QStringList
            || x.typeId() == QMetaType::QVariantMap;
    });
}

} // namespace

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
            error = QCoreApplication::translate("GravDesk::FrontMatter", "NaN cannot be written: Grav reads .nan as infinity");
        }
        return value.toDouble();
    case QMetaType::QString: return value.toString();
    case QMetaType::QDate:
    case QMetaType::QDateTime: {
        const QDateTime dt = value.typeId() == QMetaType::QDate ? value.toDate().startOfDay(m_zone) : value.toDateTime();
        if (!dt.isValid()) {
            ok = false;
            error = QCoreApplication::translate("GravDesk::FrontMatter", "invalid date");
            return {};
        }
        return formatPhpDate(dt.toTimeZone(m_zone), dateFormat());
    }
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QVariantList out;
        for (const QVariant &item : value.toList()) {
            // Lists of flat maps are what blueprint `list` fields (repeaters) hold; deeper nesting has no
            // form field and stays a YAML-tab edit.
            if (item.typeId() == QMetaType::QVariantList || item.typeId() == QMetaType::QStringList
                || (item.typeId() == QMetaType::QVariantMap && !isFlatMap(item))) {
                ok = false;
                error = QCoreApplication::translate(
                    "GravDesk::FrontMatter", "lists of lists or of nested maps cannot be written field by field");
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
                error = QCoreApplication::translate("GravDesk::FrontMatter", "invalid key \"%1\"").arg(it.key());
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
        error = QCoreApplication::translate("GravDesk::FrontMatter", "values of type %1 cannot be written")
                    .arg(QString::fromLatin1(value.typeName()));
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
    error = QCoreApplication::translate("GravDesk::FrontMatter", "not a single value");
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
        if (std::any_of(items.cbegin(), items.cend(), isCollection)) {
            isInline = false; // maps in a flow list: written as a block list instead
            return true;
        }
        for (const QVariant &item : items) {
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

QStringList FrontMatterDocument::orderedKeys(const QVariantMap &map) const
{
    // The caller's order first (a blueprint's sub-field order), then the rest as QVariantMap sorts them.
    QStringList keys;
    for (const QString &k : m_keyOrder)
        if (map.contains(k) && !keys.contains(k))
            keys.append(k);
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (!keys.contains(it.key()))
            keys.append(it.key());
    return keys;
}

bool FrontMatterDocument::blockLines(const QVariant &value, int indent, QList<QByteArray> &out, QString &error) const
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        const int child = indent + indentStep();
        for (const QString &key : orderedKeys(map)) {
            const QByteArray prefix = spaces(child) + keyText(key) + ':';
            QByteArray t;
            bool isInline = true;
            if (!inlineText(map.value(key), false, ScalarStyle::Plain, t, isInline, error))
                return false;
            if (isInline) {
                out.append(prefix + ' ' + t);
            } else {
                out.append(prefix);
                if (!blockLines(map.value(key), child, out, error))
                    return false;
            }
        }
        return true;
    }
    const int itemIndent = indent + sequenceOffset();
    for (const QVariant &item : value.toList()) {
        if (!itemLines(item, itemIndent, out, error))
            return false;
    }
    return true;
}

// One list item at @p itemIndent: `- value`, or a flat map in the compact form hand-written pages use
// (`- key: value` with the other keys aligned under the first).
bool FrontMatterDocument::itemLines(const QVariant &item, int itemIndent, QList<QByteArray> &out, QString &error) const
{
    if (item.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = item.toMap();
        if (map.isEmpty()) {
            out.append(spaces(itemIndent) + "- {  }");
            return true;
        }
        bool first = true;
        for (const QString &key : orderedKeys(map)) {
            QByteArray t;
            if (isCollection(map.value(key))) {
                error = QCoreApplication::translate(
                    "GravDesk::FrontMatter", "lists of nested maps cannot be written field by field");
                return false;
            }
            if (!scalarText(map.value(key), ScalarStyle::Plain, t, error))
                return false;
            out.append(spaces(itemIndent) + (first ? "- " : "  ") + keyText(key) + ": " + t);
            first = false;
        }
        return true;
    }
    if (isCollection(item)) {
        error = QCoreApplication::translate("GravDesk::FrontMatter", "lists of lists cannot be written field by field");
        return false;
    }
    QByteArray t;
    if (!scalarText(item, ScalarStyle::Plain, t, error))
        return false;
    out.append(spaces(itemIndent) + "- " + t);
    return true;
}

// A block list rewritten item by item: unchanged items keep their lines (and the comments between
// them stay); removed items lose their lines; new ones are inserted where they belong. An item is its
// `- ` line plus the lines indented deeper (a flat map written `- key: value` / `  key: value`).
bool FrontMatterDocument::mergeList(QList<Line> &lines, const Entry &e, const QStringList &path, const QVariant &value) const
{
    struct Item
    {
        int first;
        int last; // last line of the item's own text (comments and blanks after it are gap lines)
    };
    std::vector<Item> items;
    int itemIndent = -1;
    for (int j = e.line + 1; j <= e.last; ++j) {
        const QByteArray &t = lines[j].text;
        if (isBlank(t) || isComment(t))
            continue;
        const int ind = indentOf(t);
        if (itemIndent >= 0 && ind > itemIndent && !items.empty()) {
            items.back().last = j; // a continuation line of the current item
            continue;
        }
        if (!isSeqItem(t))
            return false;
        if (itemIndent >= 0 && ind != itemIndent)
            return false;
        itemIndent = ind;
        const QByteArray rest = t.mid(ind + 1).trimmed();
        if (rest.isEmpty() || std::strchr("[{|>&*!-?", rest[0]))
            return false;
        if ((rest[0] == '\'' || rest[0] == '"') && quotedEnd(rest, 0) < 0)
            return false;
        items.push_back(Item {j, j});
    }
    if (items.empty())
        return false;
    QVariant old = m_parse.values;
    for (const QString &k : path)
        old = old.toMap().value(k);
    const QVariantList oldItems = old.toList();
    if (old.typeId() != QMetaType::QVariantList || oldItems.size() != static_cast<qsizetype>(items.size()))
        return false;
    for (size_t k = 0; k < items.size(); ++k) {
        // Only scalars on one line and flat maps are items this can keep or drop whole; anything else
        // (a plain scalar folded over several lines, nested values) is rewritten as a block.
        const QVariant &item = oldItems[static_cast<qsizetype>(k)];
        const QByteArray rest = lines[items[k].first].text.mid(itemIndent + 1).trimmed();
        const bool mapStart = rest[0] != '\'' && rest[0] != '"' && (rest.contains(": ") || rest.endsWith(':'));
        if (item.typeId() == QMetaType::QVariantMap ? !mapStart || !isFlatMap(item) : mapStart || items[k].last != items[k].first)
            return false;
    }
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
        QList<QByteArray> texts;
        QString err;
        if (!itemLines(newRaw[k], itemIndent, texts, err))
            return false;
        for (const QByteArray &t : texts)
            out.append(Line {t, nl});
        return true;
    };
    // A new item after the last line of the header must not end up without a line ending before it.
    while (i < n || j < m) {
        const Item *it = i < n ? &items[static_cast<size_t>(i)] : nullptr;
        if (it && j < m && same(i, j)) {
            copyUpTo(it->last + 1);
            ++i;
            ++j;
        } else if (it && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            copyUpTo(it->first);
            cur = it->last + 1; // drop the removed item's lines
            ++i;
        } else {
            if (!out.isEmpty() && out.last().eol.isEmpty())
                out.last().eol = nl;
            if (!insertNew(j))
                return false;
            ++j;
        }
    }
    copyUpTo(e.last + 1);
    if (!out.isEmpty() && e.last + 1 >= lines.size() && out.last().eol != lines[e.last].eol) {
        // Keep the header's final line ending (or its absence) where the list ends the header.
        out.last().eol = lines[e.last].eol;
    }
    QList<Line> result = lines.mid(0, e.line + 1);
    result += out;
    result += lines.mid(e.last + 1);
    lines = result;
    return true;
}

namespace {

// A multi-line string as a literal block (`|`, `|-`, `|+`) with its lines at @p indent; false when it cannot be
// one (escapes needed, or a first line starting with a space, which would need an indentation indicator).
bool literalBlock(const QString &text, int indent, QList<QByteArray> &out)
{
    if (!text.contains(QLatin1Char('\n')) || needsEscapedForm(text))
        return false;
    QString body = text;
    int trailing = 0;
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        ++trailing;
    }
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        if (l.trimmed().isEmpty())
            continue;
        if (l.startsWith(QLatin1Char(' ')))
            return false;
        break;
    }
    if (body.trimmed().isEmpty())
        return false;
    out.append(trailing == 0 ? QByteArrayLiteral("|-") : trailing == 1 ? QByteArrayLiteral("|") : QByteArrayLiteral("|+"));
    for (const QString &l : lines)
        out.append(l.isEmpty() ? QByteArray() : spaces(indent) + l.toUtf8());
    for (int k = 1; k < trailing; ++k)
        out.append(QByteArray());
    return true;
}

} // namespace

FrontMatterEditResult FrontMatterDocument::replaceEntry(
    QList<Line> &lines, const Entry &e, const QStringList &path, const QVariant &value, bool literal, bool *usedLiteral) const
{
    if (usedLiteral)
        *usedLiteral = false;
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
    // A literal block stays one when the new text has several lines: the file's own style, and readable.
    QList<QByteArray> block;
    if (literal && e.kind == Entry::Block && t.mid(e.replaceFrom).startsWith('|') && value.typeId() == QMetaType::QString) {
        int contentIndent = e.indent + indentStep();
        for (int k = e.line + 1; k <= e.last; ++k) {
            if (!isBlank(lines[k].text)) {
                contentIndent = std::max(indentOf(lines[k].text), e.indent + 1);
                break;
            }
        }
        if (literalBlock(value.toString(), contentIndent, block)) {
            replacement.append(Line {headTrim + ' ' + block.first(), nl});
            for (int k = 1; k < block.size(); ++k)
                replacement.append(Line {block[k], k + 1 == block.size() ? lines[e.last].eol : nl});
            if (usedLiteral)
                *usedLiteral = true;
        }
    }
    if (!replacement.isEmpty()) {
        // written as a literal block above
    } else if (isInline) {
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

FrontMatterEditResult FrontMatterDocument::setValue(const QString &path, const QVariant &value, const QStringList &keyOrder)
{
    m_keyOrder = keyOrder;
    const auto clearOrder = qScopeGuard([this] { m_keyOrder.clear(); });
    if (!isEditable())
        return {false, m_editError};
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString &p : parts)
        if (p.isEmpty())
            return {false, QCoreApplication::translate("GravDesk::FrontMatter", "\"%1\" is not a valid key path").arg(path)};
    bool ok = true;
    QString error;
    const QVariant expected = expectedValue(value, ok, error);
    if (!ok)
        return {false, QCoreApplication::translate("GravDesk::FrontMatter", "Cannot set %1: %2").arg(path, error)};

    QList<Line> lines = m_lines;
    Walk walk;
    if (!findPath(lines, parts, walk, error))
        return {false, error};
    const QByteArray nl = newline();
    const int step = indentStep();

    if (walk.hasFound && walk.depth == parts.size() && !walk.blockedParent) {
        bool usedLiteral = false;
        const FrontMatterEditResult r = replaceEntry(lines, walk.found, parts, value, true, &usedLiteral);
        if (!r.ok)
            return {false, QCoreApplication::translate("GravDesk::FrontMatter", "Cannot set %1: %2").arg(path, r.error)};
        const FrontMatterEditResult c = commit(lines, parts, expected, false);
        if (c.ok || !usedLiteral)
            return c;
        // The block form did not read back exactly (e.g. trailing blank lines): the escaped one-line form always does.
        lines = m_lines;
        if (const FrontMatterEditResult again = replaceEntry(lines, walk.found, parts, value, false, nullptr); !again.ok)
            return {false, QCoreApplication::translate("GravDesk::FrontMatter", "Cannot set %1: %2").arg(path, again.error)};
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
                    QCoreApplication::translate(
                        "GravDesk::FrontMatter", "Cannot set %1: \"%2\" is written in flow style {…}; edit it in the YAML text")
                        .arg(path, parent)};
            if (token.startsWith('*'))
                return {false,
                    QCoreApplication::translate("GravDesk::FrontMatter",
                        "Cannot set %1: \"%2\" is an alias (%3) of another value; edit that value or the "
                        "YAML text")
                        .arg(path, parent, QString::fromUtf8(token))};
            return {false,
                QCoreApplication::translate(
                    "GravDesk::FrontMatter", "Cannot set %1: \"%2\" holds a value, not a group of settings")
                    .arg(path, parent)};
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
        return {false, QCoreApplication::translate("GravDesk::FrontMatter", "Cannot set %1: %2").arg(path, error)};
    if (isInline) {
        added.append(prefix + ' ' + text);
    } else {
        added.append(prefix);
        if (!blockLines(value, ind, added, error))
            return {false, QCoreApplication::translate("GravDesk::FrontMatter", "Cannot set %1: %2").arg(path, error)};
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
                QCoreApplication::translate("GravDesk::FrontMatter",
                    "Cannot remove %1: its parent is an alias of another value; edit that value or the YAML "
                    "text")
                    .arg(path)};
        return {false,
            QCoreApplication::translate(
                "GravDesk::FrontMatter", "Cannot remove %1: its parent is written in flow style {…}; edit it in the YAML text")
                .arg(path)};
    }
    if (!walk.hasFound || walk.depth != parts.size()) {
        // Nothing to remove, unless the key is there and only its line was not found (a key this line reading does
        // not decode, such as "a\x01" with escapes): then removing nothing is no success.
        if (contains(path))
            return {false,
                QCoreApplication::translate(
                    "GravDesk::FrontMatter", "Cannot remove %1: its line was not found in the header; edit it in the YAML text")
                    .arg(path)};
        return {true, {}};
    }
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
            return {false,
                QCoreApplication::translate(
                    "GravDesk::FrontMatter", "The edit would end the header early (a line starting with ---)")};

    FrontMatterDocument probe;
    probe.m_lines = lines;
    const HeaderParse after = parseHeader(probe.gravText());
    const QString dotted = path.join(QLatin1Char('.'));
    if (!after.accepted)
        return {false,
            QCoreApplication::translate(
                "GravDesk::FrontMatter", "The edit of %1 was not applied: the header would become invalid (%2)")
                .arg(dotted, after.error)};
    if (after.legacyOnly && !m_parse.legacyOnly)
        return {false,
            QCoreApplication::translate("GravDesk::FrontMatter",
                "The edit of %1 was not applied: Grav could read the header only with its legacy parser (%2)")
                .arg(dotted, after.error)};
    QVariantMap want = m_parse.values;
    applyAt(want, path, 0, expected, removal);
    const QString d = difference(want, after.values, QString());
    if (!d.isEmpty()) {
        if (d == dotted || d.startsWith(dotted + QLatin1Char('.')) || d.startsWith(dotted + QLatin1Char('[')))
            return {false,
                QCoreApplication::translate(
                    "GravDesk::FrontMatter", "The edit of %1 was not applied: the value would not read back as intended")
                    .arg(dotted)};
        return {false,
            QCoreApplication::translate("GravDesk::FrontMatter", "The edit of %1 was not applied: it would also change %2")
                .arg(dotted, d)};
    }
    QStringList order = m_parse.keyOrder;
    if (removal && path.size() == 1)
        order.removeAll(path.first());
    else if (!removal && !order.contains(path.first()))
        order.append(path.first());
    if (order != after.keyOrder)
        return {false,
            QCoreApplication::translate(
                "GravDesk::FrontMatter", "The edit of %1 was not applied: it would change the order of the keys")
                .arg(dotted)};
    m_lines = lines;
    reparse();
    return {true, {}};
}

} // namespace GravDesk
