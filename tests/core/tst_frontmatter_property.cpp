// Random single-field edits on the corpus pages with adversarial values. After each edit only the
// edited field's lines may differ, the file outside the header keeps its bytes, and the header reads
// back (C++ parseHeader for every edit, the PHP oracle for a few thousand) as exactly the intended values.

#include "fileutil.h"
#include "oracle.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "site/gravdate.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>

using namespace GravDesk;

namespace {

constexpr quint32 kSeed = 20241124;
constexpr int kEdits = 24000; // checked against parseHeader
constexpr int kOracleEdits = 2400; // of those, also checked against the PHP oracle

struct Page
{
    QString path;
    QByteArray raw;
    Envelope env;
    QStringList paths; // every key path of the header (maps followed, lists not)
};

struct Edit
{
    int page = 0;
    bool removal = false;
    QString path;
    QVariant value; // what was handed to setValue
    QVariantMap expected; // the whole header as it must read afterwards
    QStringList expectedOrder;
    QByteArray bytes; // the edited file
    QString describe() const
    {
        return QStringLiteral("%1 %2 = %3")
            .arg(removal ? QStringLiteral("remove") : QStringLiteral("set"), path,
                value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(" | ")) : value.toString());
    }
};

QTimeZone almaty()
{
    return QTimeZone(QByteArrayLiteral("Asia/Almaty"));
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

QStringList adversarialStrings()
{
    return {QStringLiteral("2024"), QStringLiteral("true"), QStringLiteral("False"), QStringLiteral("yes"), QStringLiteral("no"),
        QStringLiteral("on"), QStringLiteral("y"), QStringLiteral("null"), QStringLiteral("NULL"), QStringLiteral("~"),
        QStringLiteral("-5"), QStringLiteral("+5"), QStringLiteral("0x1F"), QStringLiteral("0755"), QStringLiteral("1e3"),
        QStringLiteral(".5"), QStringLiteral("1_000"), QStringLiteral(".inf"), QStringLiteral("-.inf"), QStringLiteral(".nan"),
        QStringLiteral("12:30"), QStringLiteral("2024-05-25"), QStringLiteral("2024-05-25 10:00:00"),
        QStringLiteral("2024-13-45"), QStringLiteral("25-05-2024 10:00"), QStringLiteral("a: b"), QStringLiteral("a:b"),
        QStringLiteral("key:"), QStringLiteral("a #b"), QStringLiteral("a#b"), QStringLiteral("#"), QStringLiteral("It's"),
        QStringLiteral("''"), QStringLiteral("\"quoted\""), QStringLiteral("say \"hi\""), QStringLiteral("@self.children"),
        QStringLiteral("%x"), QStringLiteral("`cmd`"), QStringLiteral("|"), QStringLiteral("| x"), QStringLiteral(">"),
        QStringLiteral("> x"), QStringLiteral("- x"), QStringLiteral("-x"), QStringLiteral("? x"), QStringLiteral("! x"),
        QStringLiteral("!tag"), QStringLiteral("= x"), QStringLiteral("[a, b]"), QStringLiteral("{a: b}"), QStringLiteral("a,b"),
        QStringLiteral("&anchor"), QStringLiteral("*alias"), QStringLiteral("---"), QStringLiteral("--- x"),
        QStringLiteral("..."), QStringLiteral("a\\b"), QStringLiteral("\\"), QStringLiteral("\\n"), QStringLiteral(""),
        QStringLiteral(" leading"), QStringLiteral("trailing "), QStringLiteral("two  spaces"), QStringLiteral("line 1\nline 2"),
        QStringLiteral("ends with newline\n"), QStringLiteral("\n"), QStringLiteral("tab\there"), QStringLiteral("bell\x07"),
        QStringLiteral("cr\rhere"), QStringLiteral("nbsp\u00A0here"), QStringLiteral("nel\u0085"),
        QStringLiteral("ls\u2028ps\u2029"), QStringLiteral("Қазақстан Республикасы"), QStringLiteral("Жаңалықтар"),
        QStringLiteral("Өңірлік гематология орталығы: жаңа бөлім"), QStringLiteral("Новости"),
        QStringLiteral("Школа пациентов — 16 марта!"), QStringLiteral("«Ассоциация»"), QStringLiteral("emoji 🩸"),
        QStringLiteral("news"), QStringLiteral("/ru/news"), QStringLiteral("https://hemcenter.kz/?a=1#x"),
        QStringLiteral("kz.jpg,ru.jpg"), QStringLiteral("d-m-Y H:i"), QStringLiteral("0"), QStringLiteral("00"),
        QStringLiteral("-0"), QStringLiteral("1.0"), QStringLiteral("3."), QStringLiteral("0o17"), QStringLiteral("0b101"),
        QStringLiteral("<b>bold</b>"), QStringLiteral("{{ page.title }}"), QStringLiteral("{% if %}"),
        QStringLiteral("a\u00ADsoft")};
}

// What Grav must read back for a value handed to setValue (independent of the writer's own bookkeeping).
QVariant intended(const QVariant &v, const QString &dateFormat)
{
    if (!v.isValid())
        return {};
    switch (v.typeId()) {
    case QMetaType::QDateTime: return formatPhpDate(v.toDateTime().toTimeZone(almaty()), dateFormat);
    case QMetaType::QStringList: {
        QVariantList out;
        for (const QString &s : v.toStringList())
            out.append(s);
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

// The line range [first, last] the key at @p path occupies in @p lines (block maps only); false when absent.
bool keyLines(const QList<QByteArray> &lines, const QStringList &path, int &first, int &last)
{
    int from = 0, to = static_cast<int>(lines.size()), indent = 0;
    const auto indentOf = [](const QByteArray &l) {
        int i = 0;
        while (i < l.size() && l[i] == ' ')
            ++i;
        return i;
    };
    const auto content = [](const QByteArray &l) { return !l.trimmed().isEmpty() && !l.trimmed().startsWith('#'); };
    for (int k = 0; k < path.size(); ++k) {
        int found = -1;
        for (int i = from; i < to; ++i) {
            if (!content(lines[i]) || indentOf(lines[i]) != indent)
                continue;
            const QByteArray t = lines[i].mid(indent);
            const QByteArray key = path[k].toUtf8();
            if (t.startsWith(QByteArray(key + ':')) || t.startsWith(QByteArray('\'' + key + "':"))
                || t.startsWith(QByteArray('"' + key + "\":"))) {
                found = i;
                break;
            }
        }
        if (found < 0)
            return false;
        int end = found;
        const QByteArray afterKey = lines[found].mid(lines[found].indexOf(':') + 1).trimmed();
        const bool blockScalar = afterKey.startsWith('|') || afterKey.startsWith('>'); // its '#' lines are text
        for (int i = found + 1; i < to; ++i) {
            if (!content(lines[i]) && !(blockScalar && !lines[i].trimmed().isEmpty()))
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
            if (content(lines[i])) {
                indent = indentOf(lines[i]);
                break;
            }
        }
    }
    return true;
}

// Hand-written pages with what the corpus lacks: comments, CRLF, 2-space indentation, flow and compact
// lists, block scalars, anchors and aliases, quoted and Cyrillic keys, null and empty parents, no final newline.
QList<QPair<QString, QByteArray>> syntheticPages()
{
    return {
        {QStringLiteral("synthetic/comments-crlf.md"),
            QByteArrayLiteral("---\r\n"
                              "# Page settings\r\n"
                              "title: 'Comments everywhere' # the title\r\n"
                              "\r\n"
                              "taxonomy:\r\n"
                              "  # categories first\r\n"
                              "  category: [news, 'health care']\r\n"
                              "  tag:\r\n"
                              "    - a\r\n"
                              "    # removed: b\r\n"
                              "    - c\r\n"
                              "published: true\r\n"
                              "---\r\n"
                              "\r\n"
                              "Body\r\n")},
        {QStringLiteral("synthetic/blocks-anchors.md"),
            QByteArrayLiteral("---\n"
                              "title: Blocks\n"
                              "description: |\n"
                              "    First line\n"
                              "      indented\n"
                              "    # not a comment\n"
                              "\n"
                              "summary: >-\n"
                              "    folded\n"
                              "    text\n"
                              "defaults: &defaults\n"
                              "    enabled: true\n"
                              "    size: 300\n"
                              "copy: *defaults\n"
                              "metadata:\n"
                              "    'og:title': \"Double \\\"quoted\\\"\"\n"
                              "    keywords: 'a, b'\n"
                              "заголовок: мәтін\n"
                              "---\n"
                              "Body without final newline")},
        {QStringLiteral("synthetic/compact-null.md"),
            QByteArrayLiteral("---\n"
                              "title: Compact\n"
                              "tags:\n"
                              "- one\n"
                              "- two\n"
                              "summary:\n"
                              "routes: ~\n"
                              "markdown: {}\n"
                              "content:\n"
                              "    items: '@self.children'\n"
                              "    order:\n"
                              "        by: date\n"
                              "        dir: desc\n"
                              "list_of_maps:\n"
                              "    - name: x\n"
                              "      value: 1\n"
                              "---\n"
                              "\n"
                              "Body\n")},
    };
}

} // namespace

class TestFrontMatterProperty final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void randomEdits();
    // A function of its own: under load the PHP runs alone can take minutes (QtTest limits each function).
    void oracleReadsTheEditsAsIntended();

private:
    QList<Page> m_pages;
    QList<Edit> m_oracleEdits;
};

void TestFrontMatterProperty::initTestCase()
{
    const QStringList roots {TestPaths::corpusDir() + QStringLiteral("/user/pages"),
        TestPaths::sourceDir() + QStringLiteral("/examples/sample-site/user/pages")};
    for (const auto &[name, bytes] : syntheticPages()) {
        Page p;
        p.path = name;
        p.raw = bytes;
        p.env = splitEnvelope(p.raw);
        const FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(p.env);
        QVERIFY2(doc.isEditable(), qPrintable(name + QLatin1String(": ") + doc.editError()));
        collectPaths(doc.parsed().values, QString(), p.paths);
        m_pages.append(p);
    }
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &f : std::as_const(files)) {
            Page p;
            p.path = f;
            p.raw = readFile(f);
            p.env = splitEnvelope(p.raw);
            if (!p.env.hasHeader)
                continue;
            const FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(p.env);
            if (!doc.isEditable())
                continue;
            collectPaths(doc.parsed().values, QString(), p.paths);
            m_pages.append(p);
        }
    }
}

void TestFrontMatterProperty::randomEdits()
{
    if (m_pages.isEmpty())
        QSKIP("no page files found (corpus and sample site absent)");
    QRandomGenerator rng(kSeed);
    const QStringList strings = adversarialStrings();
    const QStringList newPaths {QStringLiteral("summary.enabled"), QStringLiteral("summary.size"), QStringLiteral("taxonomy.tag"),
        QStringLiteral("taxonomy.category"), QStringLiteral("markdown.extra"), QStringLiteral("metadata.description"),
        QStringLiteral("routes.aliases"), QStringLiteral("subtitle"), QStringLiteral("menu"), QStringLiteral("slug"),
        QStringLiteral("header_image_alt_text"), QStringLiteral("process.twig"), QStringLiteral("content.order.dir"),
        QStringLiteral("metadata.og.title")};
    const auto randomString = [&]() -> QString {
        if (rng.bounded(8) == 0) { // two pool entries glued together
            return strings[rng.bounded(strings.size())] + strings[rng.bounded(strings.size())];
        }
        return strings[rng.bounded(strings.size())];
    };
    const auto randomValue = [&]() -> QVariant {
        switch (rng.bounded(12)) {
        case 0: return rng.bounded(2) == 0;
        case 1: return QVariant(qlonglong(rng.bounded(2000001)) - 1000000);
        case 2: {
            const double choices[] = {1.5, 3.0, -0.25, 1e25, 0.1, -7.0, 1e-7, 123456.789};
            return choices[rng.bounded(8)];
        }
        case 3: return QVariant();
        case 4: {
            const QDateTime dt(QDate(2000 + rng.bounded(31), 1 + rng.bounded(12), 1 + rng.bounded(28)),
                QTime(rng.bounded(24), rng.bounded(60)), almaty());
            return dt;
        }
        case 5:
        case 6: {
            QStringList items;
            const int n = rng.bounded(5);
            for (int i = 0; i < n; ++i)
                items.append(randomString());
            return items;
        }
        default: return randomString();
        }
    };

    int applied = 0, refused = 0, removals = 0, created = 0;
    QMap<QString, int> refusalKinds;
    const int oracleEvery = kEdits / kOracleEdits;
    for (int n = 0; n < kEdits; ++n) {
        // One edit in five goes to the hand-written pages, whose layouts are the hard ones.
        const int pi = rng.bounded(5) == 0 ? rng.bounded(3) : rng.bounded(m_pages.size());
        const Page &page = m_pages[pi];
        FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(page.env);
        doc.setDateContext(QString(), almaty());
        Edit edit;
        edit.page = pi;
        const int kind = rng.bounded(10);
        if (kind == 0 && !page.paths.isEmpty()) {
            edit.removal = true;
            edit.path = page.paths[rng.bounded(page.paths.size())];
        } else if (kind <= 3 || page.paths.isEmpty()) {
            edit.path = newPaths[rng.bounded(newPaths.size())];
        } else {
            edit.path = page.paths[rng.bounded(page.paths.size())];
        }
        // A value under an existing non-map key cannot be added; pick the key itself instead.
        const QStringList parts = edit.path.split(QLatin1Char('.'));
        for (int k = 1; k < parts.size(); ++k) {
            const QString parent = QStringList(parts.mid(0, k)).join(QLatin1Char('.'));
            const QVariant pv = doc.value(parent);
            if (doc.contains(parent) && pv.isValid() && pv.typeId() != QMetaType::QVariantMap) {
                edit.path = parent;
                break;
            }
        }
        const bool existed = doc.contains(edit.path);
        if (!edit.removal)
            edit.value = randomValue();
        const QByteArray before = doc.text();
        const QString format = doc.dateFormat();
        const FrontMatterEditResult r = edit.removal ? doc.remove(edit.path) : doc.setValue(edit.path, edit.value);
        if (!r.ok) {
            ++refused;
            for (const char *kind : {"also change", "is an alias", "anchor", "flow style", "holds a list"})
                if (r.error.contains(QLatin1String(kind)))
                    ++refusalKinds[QLatin1String(kind)];
            QCOMPARE(doc.text(), before);
            // Values never cause a refusal: only structure may — a value other keys alias, a flow map parent,
            // a value under a list.
            if (r.error.contains(QLatin1String("also change")) || r.error.contains(QLatin1String("is an alias"))
                || r.error.contains(QLatin1String("flow style")) || r.error.contains(QLatin1String("holds a list"))
                || r.error.contains(QLatin1String("anchor")))
                continue;
            QFAIL(qPrintable(QStringLiteral("edit %1 on %2 refused: %3").arg(edit.describe(), page.path, r.error)));
        }
        ++applied;
        removals += edit.removal;
        created += !existed && !edit.removal;

        const QStringList path = edit.path.split(QLatin1Char('.'));
        edit.expected = FrontMatterDocument::fromEnvelope(page.env).parsed().values;
        applyAt(edit.expected, path, 0, intended(edit.value, format), edit.removal);
        edit.expectedOrder = FrontMatterDocument::fromEnvelope(page.env).parsed().keyOrder;
        if (edit.removal && path.size() == 1)
            edit.expectedOrder.removeAll(path.first());
        else if (!edit.removal && !edit.expectedOrder.contains(path.first()))
            edit.expectedOrder.append(path.first());

        // Only the edited field's lines differ.
        const QList<QByteArray> a = FrontMatterDocument::splitLines(before);
        const QList<QByteArray> b = FrontMatterDocument::splitLines(doc.text());
        int p = 0;
        while (p < a.size() && p < b.size() && a[p] == b[p])
            ++p;
        int s = 0;
        while (s < a.size() - p && s < b.size() - p && a[a.size() - 1 - s] == b[b.size() - 1 - s])
            ++s;
        const int oldEnd = static_cast<int>(a.size()) - s; // changed old lines: [p, oldEnd)
        int first = -1, last = -1;
        if (existed) {
            QVERIFY2(keyLines(a, path, first, last), qPrintable(edit.describe()));
            if (p < oldEnd)
                QVERIFY2(p >= first && oldEnd - 1 <= last,
                    qPrintable(QStringLiteral("%1 on %2: lines %3-%4 changed, the field has %5-%6")
                                   .arg(edit.describe(), page.path)
                                   .arg(p + 1)
                                   .arg(oldEnd)
                                   .arg(first + 1)
                                   .arg(last + 1)));
        } else if (!edit.removal && p != oldEnd) {
            // Only an existing parent's own line may change (`summary: ~` → `summary:`).
            bool parentLine = false;
            for (int k = 1; k < path.size() && !parentLine; ++k)
                parentLine = keyLines(a, path.mid(0, k), first, last) && first == p && oldEnd == p + 1;
            QVERIFY2(parentLine,
                qPrintable(QStringLiteral("%1 on %2: a new key changed existing lines").arg(edit.describe(), page.path)));
        }

        // The file outside the header keeps its bytes.
        edit.bytes = composeWithHeader(page.env, doc.text());
        const Envelope after = splitEnvelope(edit.bytes);
        QVERIFY(after.hasHeader);
        QCOMPARE(after.rawBody(), page.env.rawBody());
        QCOMPARE(after.body, page.env.body);

        // The C++ reading (Symfony's typing) of the whole header is exactly what was intended.
        const HeaderParse parsed = parseHeader(after.headerText);
        QVERIFY2(parsed.accepted && !parsed.legacyOnly, qPrintable(edit.describe() + QLatin1String(": ") + parsed.error));
        if (parsed.values != edit.expected || parsed.keyOrder != edit.expectedOrder)
            QFAIL(qPrintable(QStringLiteral("%1 on %2 reads back differently").arg(edit.describe(), page.path)));

        if (n % oracleEvery == 0 && m_oracleEdits.size() < kOracleEdits)
            m_oracleEdits.append(edit);
    }
    qInfo("%d random edits applied (%d removals, %d new keys), %d refused; seed %u", applied, removals, created, refused, kSeed);
    for (auto it = refusalKinds.cbegin(); it != refusalKinds.cend(); ++it)
        qInfo("  refused (%s): %d", qPrintable(it.key()), it.value());
}

void TestFrontMatterProperty::oracleReadsTheEditsAsIntended()
{
    if (m_oracleEdits.isEmpty())
        QSKIP("no edits were made (see randomEdits)");
    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("oracle part skipped: %1").arg(why)));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QStringList files;
    for (int i = 0; i < m_oracleEdits.size(); ++i) {
        const QString f = tmp.filePath(QStringLiteral("edit-%1.md").arg(i, 5, 10, QLatin1Char('0')));
        QVERIFY(writeFile(f, m_oracleEdits[i].bytes));
        files.append(f);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const QList<OracleFrontmatter> results
        = QtConcurrent::blockingMapped(&pool, files, [](const QString &f) { return Oracle::frontmatter(f); });
    int checked = 0;
    QStringList failures;
    for (int i = 0; i < results.size(); ++i) {
        const OracleFrontmatter &o = results[i];
        const Edit &e = m_oracleEdits[i];
        QVERIFY2(o.ran, qPrintable(o.failure));
        QString problem;
        if (o.headerRejected)
            problem = QStringLiteral("rejected: ") + o.error;
        else if (o.legacyOnly())
            problem = QStringLiteral("read only by the legacy parser");
        else if (o.headerKeys != e.expectedOrder)
            problem = QStringLiteral("key order %1").arg(o.headerKeys.join(QLatin1Char(',')));
        else
            problem = Oracle::compare(e.expected, o.header);
        if (!problem.isEmpty())
            failures.append(QStringLiteral("%1 on %2: %3").arg(e.describe(), m_pages[e.page].path, problem));
        ++checked;
    }
    qInfo("%d of them checked against the PHP oracle, %lld disagreements", checked, static_cast<long long>(failures.size()));
    if (!failures.isEmpty())
        QFAIL(qPrintable(failures.mid(0, 10).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFrontMatterProperty)
#include "tst_frontmatter_property.moc"
