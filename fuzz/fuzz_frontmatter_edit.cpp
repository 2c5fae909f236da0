// libFuzzer harness: the surgical header edits of FrontMatterDocument (setValue / remove).
//
// Input: a page file. Its header is the document; its body is read as an edit script (so the corpus pages are
// seeds as they are, and mutations of the body change the edits): up to eight edits, each a set or a removal of
// a dotted path (an existing one, a usual one, or one made of the script's own bytes) with a value of one of
// the types the form hands over (bool, integer, float, null, string, date, string list, flat map, list of
// scalars and flat maps), strings taken from a pool of YAML-hostile text or from the script's bytes.
//
// What FrontMatterDocument promises, checked after every edit (abort when it does not hold):
//  - a refused edit leaves the text as it was;
//  - after an accepted one, the page written with composeWithHeader() is read back by Grav's rules (splitEnvelope,
//    parseHeader) with the edited value as intended, every other value and the key order unchanged, the body's
//    bytes unchanged, and no legacy-only reading; the save check (pageWriteProblem) lets it through unless the
//    header was emptied;
//  - the lines outside the edited key (or, for a new key, outside its parent's line) keep their bytes.

#include "fuzzcheck.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/frontmatterdocument.h"
#include "page/savecheck.h"
#include "site/gravdate.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>

using namespace GravDesk;

namespace {

class Script
{
public:
    explicit Script(const QByteArray &bytes)
        : m_bytes(bytes)
    { }
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    int byte() { return atEnd() ? 0 : static_cast<unsigned char>(m_bytes[m_pos++]); }
    int below(int n) { return byte() % n; }
    QByteArray take(int n)
    {
        const QByteArray out = m_bytes.mid(m_pos, n);
        m_pos += out.size();
        return out;
    }
    qint64 integer()
    {
        QByteArray b = take(8);
        b.resize(8, '\0');
        qint64 v = 0;
        std::memcpy(&v, b.constData(), sizeof v);
        return v;
    }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

const QStringList &hostileStrings()
{
    static const QStringList strings {QStringLiteral("2024"), QStringLiteral("true"), QStringLiteral("False"),
        QStringLiteral("yes"), QStringLiteral("null"), QStringLiteral("~"), QStringLiteral("-5"), QStringLiteral("+5"),
        QStringLiteral("0x1F"), QStringLiteral("0755"), QStringLiteral("1e3"), QStringLiteral(".5"), QStringLiteral("1_000"),
        QStringLiteral(".inf"), QStringLiteral("-.nan"), QStringLiteral("12:30"), QStringLiteral("2024-05-25"),
        QStringLiteral("2024-05-25 10:00:00"), QStringLiteral("2024-13-45"), QStringLiteral("a: b"), QStringLiteral("key:"),
        QStringLiteral("a #b"), QStringLiteral("#"), QStringLiteral("It's"), QStringLiteral("''"), QStringLiteral("\"q\""),
        QStringLiteral("@self"), QStringLiteral("%x"), QStringLiteral("`c`"), QStringLiteral("|"), QStringLiteral("> x"),
        QStringLiteral("- x"), QStringLiteral("? x"), QStringLiteral("!tag"), QStringLiteral("[a, b]"), QStringLiteral("{a: b}"),
        QStringLiteral("&a"), QStringLiteral("*a"), QStringLiteral("---"), QStringLiteral("..."), QStringLiteral("a\\b"),
        QStringLiteral(""), QStringLiteral(" lead"), QStringLiteral("trail "), QStringLiteral("l1\nl2"), QStringLiteral("end\n"),
        QStringLiteral("\n"), QStringLiteral("\n\n"), QStringLiteral("  \n x"), QStringLiteral("tab\there"), QStringLiteral("\t"),
        QStringLiteral("bell\x07"), QStringLiteral("cr\rhere"), QStringLiteral("nbsp\u00A0"), QStringLiteral("nel\u0085"),
        QStringLiteral("ls\u2028"), QStringLiteral("\uFEFFbom"), QStringLiteral("Қазақстан"), QStringLiteral("«Ассоциация»"),
        QStringLiteral("emoji 🩸"), QStringLiteral("{{ page.title }}"), QStringLiteral("{% if %}"), QStringLiteral("0"),
        QStringLiteral("-0"), QStringLiteral("1.0"), QStringLiteral("3."), QStringLiteral("0o17"), QStringLiteral("a\u00ADb")};
    return strings;
}

const QStringList &usualPaths()
{
    static const QStringList paths {QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("published"),
        QStringLiteral("summary.enabled"), QStringLiteral("summary.size"), QStringLiteral("taxonomy.tag"),
        QStringLiteral("taxonomy.category"), QStringLiteral("markdown.extra"), QStringLiteral("metadata.description"),
        QStringLiteral("routes.aliases"), QStringLiteral("media_order"), QStringLiteral("dateformat"),
        QStringLiteral("content.order.dir"), QStringLiteral("metadata.og.title"), QStringLiteral("a.b.c.d")};
    return paths;
}

QTimeZone zone()
{
    static const QTimeZone almaty(QByteArrayLiteral("Asia/Almaty"));
    return almaty.isValid() ? almaty : QTimeZone::utc();
}

QString anyString(Script &s)
{
    switch (s.below(4)) {
    case 0: return QString::fromUtf8(s.take(s.below(24)));
    case 1:
        return hostileStrings()[s.below(int(hostileStrings().size()))] + hostileStrings()[s.below(int(hostileStrings().size()))];
    default: return hostileStrings()[s.below(int(hostileStrings().size()))];
    }
}

QString anyKey(Script &s)
{
    if (s.below(3) == 0)
        return QString::fromUtf8(s.take(1 + s.below(10)));
    static const QStringList keys {QStringLiteral("title"), QStringLiteral("name"), QStringLiteral("value"),
        QStringLiteral("заголовок"), QStringLiteral("og:title"), QStringLiteral("a b"), QStringLiteral("'q'"),
        QStringLiteral("#k"), QStringLiteral("-"), QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("k: v")};
    return keys[s.below(int(keys.size()))];
}

QVariant anyScalar(Script &s)
{
    switch (s.below(9)) {
    case 0: return s.below(2) == 1;
    case 1: return s.below(2) ? QVariant(s.integer()) : QVariant(s.below(256) - 128);
    case 2: {
        static const double doubles[] {1.5, -0.25, 1e25, 0.1, 1e-7, 123456.789, -0.0, 0.30000000000000004, 5e-324,
            std::numeric_limits<double>::max(), std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
            std::numeric_limits<double>::quiet_NaN(), 1e16, 2.5e-5, 100.0};
        return doubles[s.below(int(std::size(doubles)))];
    }
    case 3: return QVariant();
    case 4: {
        const QDate d(1 + s.below(9999), 1 + s.below(13), 1 + s.below(32)); // some are invalid: refused
        return QDateTime(d, QTime(s.below(24), s.below(60), s.below(60)), zone());
    }
    default: return anyString(s);
    }
}

QVariant anyValue(Script &s)
{
    switch (s.below(12)) {
    case 0: {
        QStringList list;
        for (int n = s.below(5); n > 0; --n)
            list.append(anyString(s));
        return list;
    }
    case 1: {
        QVariantMap map;
        for (int n = s.below(4); n > 0; --n)
            map.insert(anyKey(s), anyScalar(s));
        return map;
    }
    case 2: {
        QVariantList list;
        for (int n = s.below(4); n > 0; --n) {
            if (s.below(2)) {
                QVariantMap item;
                for (int k = 1 + s.below(3); k > 0; --k)
                    item.insert(anyKey(s), anyScalar(s));
                list.append(item);
            } else {
                list.append(anyScalar(s));
            }
        }
        return list;
    }
    default: return anyScalar(s);
    }
}

// What Grav must read back for a value handed to setValue (worked out apart from the document's own bookkeeping).
QVariant intended(const QVariant &v, const QString &dateFormat)
{
    if (!v.isValid())
        return {};
    switch (v.typeId()) {
    case QMetaType::QDateTime: return formatPhpDate(v.toDateTime().toTimeZone(zone()), dateFormat);
    case QMetaType::QString: return v.toString().isNull() ? QString(QLatin1String("")) : v.toString();
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QVariantList out;
        for (const QVariant &item : v.toList())
            out.append(intended(item, dateFormat));
        return out;
    }
    case QMetaType::QVariantMap: {
        QVariantMap out;
        const QVariantMap in = v.toMap();
        for (auto it = in.cbegin(); it != in.cend(); ++it)
            out.insert(it.key(), intended(it.value(), dateFormat));
        return out;
    }
    case QMetaType::Int:
    case QMetaType::LongLong: return v.toLongLong();
    default: return v;
    }
}

void applyAt(QVariantMap &map, const QStringList &path, int i, const QVariant &value, bool removal)
{
    if (i + 1 == path.size()) {
        if (removal)
            map.remove(path[i]);
        else
            map.insert(path[i], value);
        return;
    }
    if (removal && !map.contains(path[i]))
        return;
    QVariantMap child = map.value(path[i]).toMap();
    applyAt(child, path, i + 1, value, removal);
    map.insert(path[i], removal && child.isEmpty() ? QVariant() : QVariant(child));
}

void collectPaths(const QVariantMap &map, const QString &prefix, QStringList &out)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString p = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        out.append(p);
        if (it.value().typeId() == QMetaType::QVariantMap)
            collectPaths(it.value().toMap(), p, out);
    }
}

bool containsPath(const QVariantMap &values, const QStringList &parts)
{
    QVariant v = values;
    for (const QString &k : parts) {
        if (v.typeId() != QMetaType::QVariantMap || !v.toMap().contains(k))
            return false;
        v = v.toMap().value(k);
    }
    return true;
}

int indentOf(const QByteArray &l)
{
    int i = 0;
    while (i < l.size() && l[i] == ' ')
        ++i;
    return i;
}

bool isContent(const QByteArray &l)
{
    const QByteArray t = l.trimmed();
    return !t.isEmpty() && !t.startsWith('#');
}

// The lines [first, last] the key at @p path occupies in a block-map header (as tests/core/tst_frontmatter_property
// finds them); false when this simple reading cannot place it (flow maps, odd keys): the byte check is skipped.
bool keyLines(const QList<QByteArray> &lines, const QStringList &path, int &first, int &last)
{
    int from = 0, to = static_cast<int>(lines.size()), indent = 0;
    for (int k = 0; k < path.size(); ++k) {
        int found = -1;
        for (int i = from; i < to; ++i) {
            if (!isContent(lines[i]) || indentOf(lines[i]) != indent)
                continue;
            const QByteArray t = lines[i].mid(indent);
            const QByteArray key = path[k].toUtf8();
            const auto keyed = [&t](const QByteArray &written) {
                // `key:` then the end of the line or a space (`key:x: 1` is the key "key:x")
                return t.startsWith(written)
                    && (t.size() == written.size() || t[written.size()] == ' ' || t[written.size()] == '\t');
            };
            if (keyed(key + ':') || keyed('\'' + key + "':") || keyed('"' + key + "\":")) {
                found = i;
                break;
            }
        }
        if (found < 0)
            return false;
        int end = found;
        const QByteArray afterKey = lines[found].mid(lines[found].indexOf(':') + 1).trimmed();
        const bool blockScalar = afterKey.startsWith('|') || afterKey.startsWith('>');
        for (int i = found + 1; i < to; ++i) {
            if (!isContent(lines[i]) && !(blockScalar && !lines[i].trimmed().isEmpty()))
                continue;
            const int ind = indentOf(lines[i]);
            if (ind > indent || (ind == indent && lines[i].mid(ind).startsWith("- ")))
                end = i;
            else
                break;
        }
        first = found;
        last = end;
        from = found + 1;
        to = end + 1;
        for (int i = from; i < to; ++i) {
            if (isContent(lines[i])) {
                indent = indentOf(lines[i]);
                break;
            }
        }
    }
    return true;
}

// Printable: control characters as \\xNN (a NUL would cut the message).
QString visible(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += c.unicode() < 0x20 && c != QLatin1Char('\n') ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                                                            : QString(c);
    return out;
}

QString describe(bool removal, const QString &path, const QVariant &value, const QByteArray &before)
{
    return visible(
        QStringLiteral("%1 [%2] = [%3] (%4) on header:\n%5")
            .arg(removal ? QStringLiteral("remove") : QStringLiteral("set"), path,
                value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(" | ")) : value.toString(),
                QString::fromLatin1(value.typeName()), QString::fromUtf8(before)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Envelope env = splitEnvelope(raw);
    FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(env);
    doc.setDateContext(QString(), zone());
    Script script(env.rawBody());

    for (int n = 0; n < 8 && !script.atEnd(); ++n) {
        const QByteArray before = doc.text();
        const HeaderParse was = doc.parsed();
        const bool removal = script.below(6) == 0;
        QStringList known;
        collectPaths(was.values, QString(), known);
        QString path;
        switch (script.below(4)) {
        case 0:
        case 1:
            if (!known.isEmpty()) {
                path = known[script.below(int(known.size()))];
                break;
            }
            Q_FALLTHROUGH();
        case 2: path = usualPaths()[script.below(int(usualPaths().size()))]; break;
        default:
            path = anyKey(script);
            if (script.below(2))
                path += QLatin1Char('.') + anyKey(script);
            break;
        }
        const QVariant value = removal ? QVariant() : anyValue(script);
        const bool existed = doc.contains(path);
        const QString format = doc.dateFormat();

        const FrontMatterEditResult r = removal ? doc.remove(path) : doc.setValue(path, value);
        const QString what = describe(removal, path, value, before);
        if (!r.ok) {
            FUZZ_CHECK(doc.text() == before, QStringLiteral("a refused edit changed the text: ") + what);
            continue;
        }
        if (doc.text() == before && removal && !existed)
            continue; // nothing to remove

        const QStringList parts = path.split(QLatin1Char('.'));
        QVariantMap expected = was.values;
        applyAt(expected, parts, 0, intended(value, format), removal);
        QStringList order = was.keyOrder;
        if (removal && parts.size() == 1)
            order.removeAll(parts.first());
        else if (!removal && !order.contains(parts.first()))
            order.append(parts.first());

        // The new header read the way Grav reads it: the edited value as intended, everything else as it was.
        const HeaderParse after = parseHeader(doc.gravText());
        FUZZ_CHECK(after.accepted && (!after.legacyOnly || was.legacyOnly),
            QStringLiteral("the new header is read differently (%1): ").arg(after.error) + what);
        const QString d = FuzzCheck::difference(expected, after.values);
        FUZZ_CHECK(d.isEmpty(),
            QStringLiteral("the header reads back differently at %1: ").arg(d) + what + QStringLiteral("\nnow:\n")
                + QString::fromUtf8(doc.text()));
        FUZZ_CHECK(order == after.keyOrder, QStringLiteral("the key order changed: ") + what);
        FUZZ_CHECK(FuzzCheck::difference(doc.parsed().values, after.values).isEmpty(),
            QStringLiteral("the document's own reading is not Grav's: ") + what);

        // The page as it would be written (a page that is not UTF-8 is refused by the save check whatever the edit).
        if (env.validUtf8) {
            const QByteArray written = composeWithHeader(env, doc.text());
            const bool shownHasHeader = env.hasHeader || !doc.text().isEmpty();
            const QString problem = pageWriteProblem(written, doc.text(), shownHasHeader);
            const Envelope back = splitEnvelope(written);
            if (!problem.isEmpty()) {
                FUZZ_CHECK(
                    expected.isEmpty(), QStringLiteral("the save check refuses an accepted edit (%1): ").arg(problem) + what);
            } else if (!shownHasHeader) {
                FUZZ_CHECK(expected.isEmpty() && !back.hasHeader, QStringLiteral("an emptied new header: ") + what);
            } else {
                FUZZ_CHECK(back.hasHeader && back.headerText == doc.gravText(),
                    QStringLiteral("the written page's header differs: ") + what);
                if (env.hasHeader)
                    FUZZ_CHECK(back.rawBody() == env.rawBody(), QStringLiteral("the body's bytes changed: ") + what);
            }
        }

        // Only the edited key's lines differ.
        const QList<QByteArray> a = FrontMatterDocument::splitLines(before);
        const QList<QByteArray> b = FrontMatterDocument::splitLines(doc.text());
        int p = 0;
        while (p < a.size() && p < b.size() && a[p] == b[p])
            ++p;
        int s = 0;
        while (s < a.size() - p && s < b.size() - p && a[a.size() - 1 - s] == b[b.size() - 1 - s])
            ++s;
        const int oldEnd = static_cast<int>(a.size()) - s; // changed old lines: [p, oldEnd)
        if (p >= oldEnd)
            continue; // lines only added
        int first = -1, last = -1;
        if (existed) {
            if (keyLines(a, parts, first, last))
                FUZZ_CHECK(p >= first && oldEnd - 1 <= last,
                    QStringLiteral("lines %1-%2 changed, the key has %3-%4: ").arg(p + 1).arg(oldEnd).arg(first + 1).arg(last + 1)
                        + what);
        } else if (!removal) {
            // Only an existing parent's own line may change (`summary: ~` becomes `summary:`).
            bool parentLine = false, unplaced = false;
            for (int k = 1; k < parts.size() && !parentLine && !unplaced; ++k) {
                const QStringList parent = parts.mid(0, k);
                if (!containsPath(was.values, parent))
                    break;
                if (!keyLines(a, parent, first, last))
                    unplaced = true;
                else
                    parentLine = first == p && oldEnd == p + 1;
            }
            FUZZ_CHECK(parentLine || unplaced, QStringLiteral("a new key changed existing lines: ") + what);
        }
    }
    return 0;
}
