// The header fast path (page/simpleheader.h) must agree with parseHeader()'s yaml-cpp path whenever it answers.

#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/simpleheader.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace GravDesk;

namespace {

// The full values kept to @p keys, as parseSimpleHeader(…, onlyKeys) must give them.
QVariantMap restricted(const QVariantMap &values, const QList<QByteArrayView> &keys)
{
    QVariantMap out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (keys.contains(QByteArrayView(it.key().toLatin1())))
            out.insert(it.key(), it.value());
    return out;
}

const QList<QByteArrayView> &someKeys()
{
    static const QList<QByteArrayView> keys {"title", "taxonomy", "process", "summary", "metadata"};
    return keys;
}

HeaderBudget yamlOnly()
{
    HeaderBudget b;
    b.simpleFastPath = false;
    return b;
}
} // namespace

class TestSimpleHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithFullParser_data();
    void agreesWithFullParser();
    void corpusHeaders();
    void specialBytesAtEveryOffset();
    void strayPlainLines_data();
    void strayPlainLines();
};

void TestSimpleHeader::agreesWithFullParser_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("fast"); // whether the fast path is expected to answer

    QTest::newRow("usual") << QByteArray("title: 'Школа пациента: миелофиброз'\npublished: true\ndate: '25-04-2022 10:00'\n"
                                         "hide_page_title: false\nshow_sidebar: True\n")
                           << true;
    QTest::newRow("quote doubled") << QByteArray("title: 'it''s here'") << true;
    QTest::newRow("plain words") << QByteArray("title: Жаңалықтар мен хабарлар, 2024!\nmenu: News") << true;
    QTest::newRow("null and empty") << QByteArray("a: null\nb:\nc: ~") << false;
    QTest::newRow("nested") << QByteArray("taxonomy:\n    category:\n        - news\n    tag:\n        - forum\n        - eha\n"
                                          "process:\n    markdown: true\n    twig: false")
                            << true;
    QTest::newRow("empty nested key") << QByteArray("content:\nx: 'y'") << true;
    QTest::newRow("number") << QByteArray("size: 300") << false;
    QTest::newRow("date plain") << QByteArray("date: 2024-05-25") << false;
    QTest::newRow("starts with digit") << QByteArray("title: 2024 year") << false;
    QTest::newRow("flow list") << QByteArray("tag: [a, b]") << false;
    QTest::newRow("comment") << QByteArray("title: x # c") << false;
    QTest::newRow("colon in plain") << QByteArray("title: A: b") << false;
    QTest::newRow("duplicate") << QByteArray("a: x\na: y") << false;
    QTest::newRow("multi-line quoted") << QByteArray("title: 'a\n  b'") << false;
    QTest::newRow("plain continuation") << QByteArray("title: a\n  b") << false;
    QTest::newRow("double quoted") << QByteArray("title: \"a\"") << false;
    QTest::newRow("block scalar") << QByteArray("t: |\n  x") << false;
    QTest::newRow("anchor") << QByteArray("a: &x y\nb: *x") << false;
    QTest::newRow("text after quote") << QByteArray("a: 'x' y") << false;
    QTest::newRow("list item map") << QByteArray("l:\n  - a: b") << false;
    QTest::newRow("inconsistent indent") << QByteArray("m:\n    a: x\n  b: y") << false;
    QTest::newRow("sequence at parent indent") << QByteArray("l:\n- a") << false;
    QTest::newRow("tab") << QByteArray("a:\tb") << false;
    QTest::newRow("yes stays string") << QByteArray("a: yes\nb: Off") << true;
    QTest::newRow("not a map") << QByteArray("just text") << false;
    QTest::newRow("key true") << QByteArray("true: x") << false;
    QTest::newRow("invalid utf-8") << QByteArray("title: '\xff'") << false;
    QTest::newRow("nel") << QByteArray("title: 'a\xc2\x85"
                                       "b'")
                         << false;
}

void TestSimpleHeader::agreesWithFullParser()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, fast);
    QVariantMap values;
    const bool answered = parseSimpleHeader(header, values);
    QCOMPARE(answered, fast);
    QVariantMap some;
    QCOMPARE(parseSimpleHeader(header, some, someKeys()), answered); // checking without building: same answer
    if (answered) {
        QCOMPARE(some, restricted(values, someKeys()));
        const HeaderParse full = parseHeader(header, yamlOnly());
        QVERIFY(full.accepted);
        QVERIFY(!full.legacyOnly);
        QCOMPARE(values, full.values);
        QStringList order;
        QVERIFY(parseSimpleHeader(header, values, &order));
        QCOMPARE(order, full.keyOrder);
        const HeaderParse viaFastPath = parseHeader(header);
        QCOMPARE(viaFastPath.values, full.values);
        QCOMPARE(viaFastPath.keyOrder, full.keyOrder);
    }
}

void TestSimpleHeader::corpusHeaders()
{
    const QString pages = TestPaths::corpusDir() + QStringLiteral("/user/pages");
    if (!QFileInfo::exists(pages))
        QSKIP("corpus not available");
    int files = 0, answered = 0;
    QDirIterator it(pages, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Envelope env = splitEnvelope(f.readAll());
        if (!env.hasHeader)
            continue;
        ++files;
        QVariantMap values;
        QVariantMap some;
        const bool fast = parseSimpleHeader(env.headerText, values);
        QVERIFY2(parseSimpleHeader(env.headerText, some, someKeys()) == fast, qPrintable(f.fileName()));
        if (!fast)
            continue;
        QVERIFY2(some == restricted(values, someKeys()), qPrintable(f.fileName()));
        ++answered;
        const HeaderParse full = parseHeader(env.headerText, yamlOnly());
        QVERIFY2(full.accepted && !full.legacyOnly, qPrintable(f.fileName()));
        QVERIFY2(values == full.values, qPrintable(f.fileName()));
        QVERIFY2(parseHeader(env.headerText).keyOrder == full.keyOrder, qPrintable(f.fileName()));
    }
    QVERIFY(files > 100);
    QVERIFY2(answered * 10 >= files * 8, qPrintable(QStringLiteral("%1 of %2").arg(answered).arg(files))); // it is worth having
}

// Symfony YAML 4.4 (grav-frontmatter.php) rejects a plain line that neither starts its block nor continues a
// value ("Unable to parse at line N"); yaml-cpp would take it as a scalar or as part of the value above.
void TestSimpleHeader::strayPlainLines_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("line"); // 0: accepted
    QTest::newRow("blank line then scalar") << QByteArray("\nh") << 2;
    QTest::newRow("two blank lines then scalar") << QByteArray("\n\nh\n") << 3;
    QTest::newRow("line after a mapping") << QByteArray("title: x\nt") << 2;
    QTest::newRow("line after a blank line after a mapping") << QByteArray("title: x\n\nt") << 3;
    QTest::newRow("line after a nested mapping") << QByteArray("a:\n  b: 1\n  c") << 3;
    QTest::newRow("line after a list") << QByteArray("- a\nt") << 2;
    QTest::newRow("line after a nested list") << QByteArray("a:\n  - x\n  t") << 3;
    QTest::newRow("nested scalar after a blank line") << QByteArray("a:\n\n  b") << 3;
    QTest::newRow("line after a comment") << QByteArray("a: 1\n# c\nt") << 3;
    QTest::newRow("line after a quoted value") << QByteArray("title: 'x'\nt") << 2;
    QTest::newRow("indented first line") << QByteArray("  a: 1\n  b: 2") << 1;
    QTest::newRow("indented first line after blank and comment lines") << QByteArray("\n# c\n  - a") << 3;
    QTest::newRow("CR LF line breaks") << QByteArray("title: x\r\n\r\nt: y\r\nu\r\n") << 4;
    QTest::newRow("multi-line string, then a line of spaces") << QByteArray("a, <b>. `c\\\n[d][]\n  ") << 3;
    QTest::newRow("multi-line string with an indented line") << QByteArray("a\nb\n  c\nd") << 3;
    QTest::newRow("multi-line string with an indented comment") << QByteArray("a\n  # c\nb") << 0;
    QTest::newRow("document end marker, then text") << QByteArray("title: x\n...\ntext") << 2;
    QTest::newRow("one scalar") << QByteArray("h") << 0;
    QTest::newRow("multi-line scalar") << QByteArray("a\nb") << 0;
    QTest::newRow("plain continuation") << QByteArray("title: x\n  t") << 0;
    QTest::newRow("list item continuation") << QByteArray("- a\n  t") << 0;
    QTest::newRow("nested scalar") << QByteArray("a:\n  b\n  c") << 0;
    QTest::newRow("trailing blank lines") << QByteArray("title: x\n\n") << 0;
    QTest::newRow("block scalar") << QByteArray("t: |\n  x\n\n  y") << 0;
    QTest::newRow("multi-line quoted") << QByteArray("t: 'a\n\nb'") << 0;
    QTest::newRow("flow over lines") << QByteArray("t: [a,\n  b]") << 0;
}

void TestSimpleHeader::strayPlainLines()
{
    QFETCH(QByteArray, header);
    QFETCH(int, line);
    QVariantMap values;
    const HeaderParse parsed = parseHeader(header);
    QCOMPARE(parsed.accepted, line == 0);
    if (line) {
        QVERIFY(!parseSimpleHeader(header, values));
        QCOMPARE(parsed.errorLine, line);
        QVERIFY2(parsed.error.startsWith(QLatin1String("unable to parse")), qPrintable(parsed.error));
    }
}

// The fast path looks at sixteen bytes at a time: every byte it must not take, at every place in a longer
// header, still sends the header to the full parser (or, where the byte is harmless there, gives its values).
void TestSimpleHeader::specialBytesAtEveryOffset()
{
    const QByteArray base = "title: 'Қазақстандағы гематология форумы, 2019'\nslug: forum-2019-kazakhstan\npublished: true\n";
    const QList<QByteArray> specials {"\t", "\r", "#", "&", "*", "{", "[", "\"", "%", "@", "`", "|", ">", "\\", "\xC2\x85",
        "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF", "'", "\x01", "\x7F"};
    for (qsizetype at = 0; at <= base.size(); ++at) {
        if (at < base.size() && (static_cast<unsigned char>(base[at]) & 0xC0) == 0x80)
            continue; // inside a character
        for (const QByteArray &special : specials) {
            const QByteArray header = QByteArray(base).insert(at, special);
            QVariantMap values;
            if (!parseSimpleHeader(header, values))
                continue;
            const HeaderParse full = parseHeader(header, yamlOnly());
            QVERIFY2(full.accepted && values == full.values, header.constData());
        }
    }
    // the harmless spelling of a few: the fast path answers, and as the full parser does
    QVariantMap values;
    QVERIFY(parseSimpleHeader(base + "summary: 'x «y» z'\n", values));
    QCOMPARE(values.value(QStringLiteral("summary")).toString(), QStringLiteral("x «y» z"));
}

QTEST_GUILESS_MAIN(TestSimpleHeader)
#include "tst_simpleheader.moc"
