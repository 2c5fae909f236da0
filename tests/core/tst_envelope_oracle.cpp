// Compares the core's reading of page files with the PHP oracle (shared/oracle/grav-frontmatter.php):
// every page of the hemcenter corpus, then adversarial files written here.

#include "oracle.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

QString pagesRoot()
{
    return TestPaths::corpusDir() + QStringLiteral("/user/pages");
}

// Everything the two sides disagree on, one line each ("" when they agree).
QStringList differences(const QByteArray &raw, const OracleFrontmatter &oracle)
{
    QStringList out;
    const Envelope env = splitEnvelope(raw);
    const HeaderParse parsed = parseHeader(env.headerText);

    // The oracle writes invalid UTF-8 as U+FFFD; compare bodies only where both sides can spell them.
    if (env.validUtf8) {
        const QString body = QString::fromUtf8(env.body);
        if (body != oracle.body) {
            qsizetype i = 0;
            while (i < body.size() && i < oracle.body.size() && body[i] == oracle.body[i])
                ++i;
            out << QStringLiteral("body differs at character %1: core \"%2\", oracle \"%3\"")
                       .arg(i)
                       .arg(body.mid(i, 40), oracle.body.mid(i, 40));
        }
    } else if (!oracle.notes.join(QLatin1Char(' ')).contains(QLatin1String("not valid UTF-8"))) {
        out << QStringLiteral("core finds invalid UTF-8, the oracle does not");
    }
    if (oracle.headerRejected != !parsed.accepted) {
        out << QStringLiteral("header %1 by the core (%2), %3 by the oracle (%4)")
                   .arg(parsed.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"), parsed.error,
                       oracle.headerRejected ? QStringLiteral("rejected") : QStringLiteral("accepted"), oracle.error);
        return out;
    }
    if (!parsed.accepted)
        return out;
    if (parsed.keyOrder != oracle.headerKeys)
        out << QStringLiteral("top-level keys: core [%1], oracle [%2]")
                   .arg(parsed.keyOrder.join(QStringLiteral(", ")), oracle.headerKeys.join(QStringLiteral(", ")));
    if (const QString d = Oracle::compare(parsed.values, oracle.header); !d.isEmpty())
        out << d;
    if (parsed.legacyOnly != oracle.legacyOnly())
        out << QStringLiteral("legacy-parser-only: core %1 (%2), oracle %3 (%4)")
                   .arg(parsed.legacyOnly ? QStringLiteral("yes") : QStringLiteral("no"), parsed.error,
                       oracle.legacyOnly() ? QStringLiteral("yes") : QStringLiteral("no"),
                       oracle.notes.join(QStringLiteral("; ")));
    return out;
}

QByteArray page(const QByteArray &header, const QByteArray &body = QByteArrayLiteral("Body.\n"))
{
    return QByteArrayLiteral("---\n") + header + QByteArrayLiteral("\n---\n\n") + body;
}

} // namespace

class TestEnvelopeOracle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpus_data();
    void corpus();
    void corpusScalars_data();
    void corpusScalars();
    void adversarial_data();
    void adversarial();
    void knownDeviations_data();
    void knownDeviations();

private:
    QString m_unavailable;
    QTemporaryDir m_tmp;
    int m_fileNo = 0;
};

void TestEnvelopeOracle::initTestCase()
{
    m_unavailable = Oracle::unavailableReason();
    QVERIFY(m_tmp.isValid());
}

void TestEnvelopeOracle::corpus_data()
{
    QTest::addColumn<QString>("file");
    if (!QFileInfo(pagesRoot()).isDir()) {
        QTest::newRow("corpus absent") << QString();
        return;
    }
    QStringList files;
    QDirIterator it(pagesRoot(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &f : std::as_const(files)) {
        const QString rel = QDir(pagesRoot()).relativeFilePath(f);
        QTest::newRow(qPrintable(rel)) << f;
    }
}

void TestEnvelopeOracle::corpus()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(pagesRoot())));
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.errorString()));
    const QByteArray raw = f.readAll();
    const OracleFrontmatter oracle = Oracle::frontmatter(file);
    QVERIFY2(oracle.ran, qPrintable(oracle.failure));
    const QStringList diff = differences(raw, oracle);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
}

// The fields the editor's form shows, checked one by one so a failure names the field.
void TestEnvelopeOracle::corpusScalars_data()
{
    corpus_data();
}

void TestEnvelopeOracle::corpusScalars()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(pagesRoot())));
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Envelope env = splitEnvelope(f.readAll());
    const HeaderParse parsed = parseHeader(env.headerText);
    const OracleFrontmatter oracle = Oracle::frontmatter(file);
    QVERIFY2(oracle.ran, qPrintable(oracle.failure));
    QCOMPARE(!parsed.accepted, oracle.headerRejected);
    for (const char *key : {"title", "date", "published"}) {
        const QString k = QString::fromLatin1(key);
        QCOMPARE(parsed.values.contains(k), oracle.header.contains(k));
        const QString d = Oracle::compare(parsed.values.value(k), oracle.header.value(k), k);
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
}

void TestEnvelopeOracle::adversarial_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("accepted"); // what grav-format.md says; checked against both sides

    // Envelope.
    QTest::newRow("bom") << QByteArrayLiteral("\xEF\xBB\xBF---\ntitle: A\n---\nBody") << true;
    QTest::newRow("several bom bytes") << QByteArrayLiteral("\xBB\xEF\xBB\xBF\xBF---\ntitle: A\n---\n\nBody\n") << true;
    QTest::newRow("crlf") << QByteArrayLiteral("---\r\ntitle: A\r\ndate: '25-05-2024 10:00'\r\n---\r\n\r\nBody\r\nTwo\r\n")
                          << true;
    QTest::newRow("lone cr") << QByteArrayLiteral("---\rtitle: A\r---\r\rBody\r") << true;
    QTest::newRow("no header") << QByteArrayLiteral("# Title\n\nText\n") << true;
    QTest::newRow("unclosed header") << QByteArrayLiteral("---\ntitle: A\nBody\n") << true;
    QTest::newRow("--- inside body") << QByteArrayLiteral("---\ntitle: A\n---\nText\n---\nMore\n") << true;
    QTest::newRow("---foo closing line") << QByteArrayLiteral("---\ntitle: A\n---foo\nBody") << true;
    QTest::newRow("blank lines after header") << QByteArrayLiteral("---\ntitle: A\n---\n\n\n\n  \nBody") << true;
    QTest::newRow("empty header") << QByteArrayLiteral("---\n---\nBody\n") << true;
    QTest::newRow("empty header, later ---") << QByteArrayLiteral("---\n---\ntitle: A\n---\nBody\n") << true;
    QTest::newRow("leading whitespace") << QByteArrayLiteral("\n \t\n  ---\ntitle: A\n---\nBody") << true;
    QTest::newRow("header only") << QByteArrayLiteral("---\ntitle: A\n---") << true;
    QTest::newRow("invalid utf-8") << QByteArrayLiteral("---\ntitle: caf\xE9\n---\nBody") << true;
    QTest::newRow("comment-only header") << page(QByteArrayLiteral("# nothing here")) << true;

    // Dates: only the YAML timestamp forms become integers; an impossible one rejects the header.
    QTest::newRow("unquoted date") << page(QByteArrayLiteral("date: 2024-05-25")) << true;
    QTest::newRow("unquoted date-time") << page(QByteArrayLiteral("date: 2024-05-25 10:00:00")) << true;
    QTest::newRow("iso date-time Z") << page(QByteArrayLiteral("date: 2024-05-25T10:00:00Z")) << true;
    QTest::newRow("date-time with offset") << page(QByteArrayLiteral("date: 2024-05-25 10:00:00 +05:00")) << true;
    QTest::newRow("date-time fraction, short offset") << page(QByteArrayLiteral("date: 2024-05-25t10:00:00.5-02")) << true;
    QTest::newRow("single-digit month and day") << page(QByteArrayLiteral("date: 2024-5-5")) << true;
    QTest::newRow("date with comment") << page(QByteArrayLiteral("date: 2024-05-25 # posted")) << true;
    QTest::newRow("no seconds stays a string") << page(QByteArrayLiteral("date: 2024-05-25 10:00")) << true;
    QTest::newRow("dd-mm-YYYY stays a string") << page(QByteArrayLiteral("date: 25-05-2024 10:00")) << true;
    QTest::newRow("quoted date") << page(QByteArrayLiteral("date: '2024-05-25'")) << true;
    QTest::newRow("impossible date") << page(QByteArrayLiteral("title: A\ndate: 2024-13-45")) << false;
    QTest::newRow("day 32") << page(QByteArrayLiteral("date: 2024-12-32")) << false;
    QTest::newRow("february 30 rolls over") << page(QByteArrayLiteral("date: 2024-02-30")) << true;
    QTest::newRow("impossible date in a list") << page(QByteArrayLiteral("dates:\n    - 2024-05-25\n    - 2024-13-10")) << false;
    // PHP's DateTime takes month 0, day 0, hour 24 and second 60 and rolls them over.
    QTest::newRow("month 0 and day 0 roll back") << page(QByteArrayLiteral("a: 2024-00-10\nb: 2024-1-0\nc: 2024-00-00")) << true;
    QTest::newRow("hour 24 and second 60") << page(QByteArrayLiteral("a: 2024-05-25 24:30:00\nb: 2024-05-25 23:59:60")) << true;
    QTest::newRow("hour 25") << page(QByteArrayLiteral("a: 2024-05-25 25:00:00")) << false;
    QTest::newRow("minute 60") << page(QByteArrayLiteral("a: 2024-05-25 10:60:00")) << false;
    QTest::newRow("offset without colon stays a string") << page(QByteArrayLiteral("a: 2024-05-25 10:00:00 +0530")) << true;

    // Booleans, nulls, numbers.
    QTest::newRow("yes no on off") << page(QByteArrayLiteral("a: yes\nb: no\nc: on\nd: off\ne: y\nf: n\ng: Yes")) << true;
    QTest::newRow("true false cases") << page(QByteArrayLiteral("a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE"))
                                      << true;
    QTest::newRow("nulls") << page(QByteArrayLiteral("a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: ''")) << true;
    QTest::newRow("octal 0755") << page(QByteArrayLiteral("mode: 0755")) << true;
    QTest::newRow("zero and octal") << page(QByteArrayLiteral("a: 0\nb: 00\nc: 017\nd: -017\ne: 0_17")) << true;
    QTest::newRow("hex") << page(QByteArrayLiteral("a: 0x1F\nb: 0xff\nc: 0X1F\nd: 0x1_f")) << true;
    QTest::newRow("signed ints") << page(QByteArrayLiteral("a: -12\nb: +12\nc: -1_000")) << true;
    QTest::newRow("huge int") << page(QByteArrayLiteral("a: 123456789012345678901")) << true;
    QTest::newRow("floats") << page(QByteArrayLiteral("a: 1.5\nb: 1e3\nc: .5\nd: -1.25\ne: 1.0\nf: 1.5e+3\ng: 0.1")) << true;
    // Symfony's -log(0) makes .nan infinite too.
    QTest::newRow("inf nan") << page(QByteArrayLiteral("a: .inf\nb: -.inf\nc: .NaN\nd: +.inf\ne: .Inf")) << true;
    QTest::newRow("separators in numbers") << page(QByteArrayLiteral("a: 1_000\nb: 1,000\nc: 1 000\nd: 1_000.5")) << true;
    QTest::newRow("version-like") << page(QByteArrayLiteral("a: 1.2.3\nb: 1.\nc: 1e\nd: 0.5.")) << true;

    // Strings.
    QTest::newRow("quoted strings") << page(QByteArrayLiteral("a: 'it''s'\nb: \"tab\\there \\u00e9\"\nc: \"line\\nbreak\"\n"
                                                              "d: 'true'\ne: \"123\"\nf: ''"))
                                    << true;
    QTest::newRow("comments") << page(QByteArrayLiteral("a: A # comment\nb: A#not-a-comment\nc: 'x' # c\n# whole line")) << true;
    QTest::newRow("cyrillic plain") << page(QByteArrayLiteral("title: Гематология және қан\nslug: жаңалық")) << true;
    QTest::newRow("urls") << page(QByteArrayLiteral("a: http://example.com/x?y=1#z\nb: mailto:a@b.c")) << true;
    QTest::newRow("multi-line plain") << page(QByteArrayLiteral("title: first line\n    second line\n    third")) << true;
    // Symfony ends an unquoted value at a blank line and cannot read the indented rest.
    QTest::newRow("multi-line plain with a blank line")
        << page(QByteArrayLiteral("title: first line\n    second\n\n    third")) << false;
    QTest::newRow("multi-line plain in a list")
        << page(QByteArrayLiteral("l:\n    - first\n      second\n\n      third")) << false;
    QTest::newRow("mapping inside a plain value") << page(QByteArrayLiteral("a: x\n  y: z")) << false;
    QTest::newRow("block scalars") << page(QByteArrayLiteral("a: |\n    one\n    two\nb: >\n    one\n    two\n"
                                                             "c: |-\n    x\nd: >+\n    y\n\ne: 1"))
                                   << true;
    QTest::newRow("built-in tags Symfony knows") << page(QByteArrayLiteral("a: !!str 123\nb: !!str true\nc: !!float 1\n"
                                                                           "d: !!binary aGVsbG8="))
                                                 << true;
    QTest::newRow("other built-in tag") << page(QByteArrayLiteral("a: !!int 12")) << false;
    QTest::newRow("keep-chomped folded block")
        << page(QByteArrayLiteral("a: >+\n    folded\n    text\n\n\nb: 1\nc: |+\n    x\n\nd: 2")) << true;

    // Structure.
    QTest::newRow("nested maps") << page(QByteArrayLiteral("content:\n    items: '@self.children'\n    order:\n        by: date\n"
                                                           "        dir: desc\n    limit: 10\ntaxonomy:\n    category: [news]\n"
                                                           "    tag: [a, 'b c']"))
                                 << true;
    QTest::newRow("flow collections") << page(QByteArrayLiteral("a: {b: 1, c: [x, y], d: {e: ~}}\nf: []\ng: {}")) << true;
    QTest::newRow("list of maps") << page(QByteArrayLiteral("items:\n    - name: a\n      n: 1\n    - name: b\n      n: 2"))
                                  << true;
    QTest::newRow("unindented list") << page(QByteArrayLiteral("tags:\n- a\n- b\ntitle: T")) << true;
    QTest::newRow("anchors and aliases") << page(QByteArrayLiteral("a: &x\n    b: 1\nc: *x\nd: &y hello\ne: *y")) << true;
    QTest::newRow("numeric and quoted keys") << page(QByteArrayLiteral("123: n\n\"quoted key\": q\nkey with spaces: s")) << true;
    QTest::newRow("key without value") << page(QByteArrayLiteral("title:\nmenu: M")) << true;
    QTest::newRow("quoted bool-like values") << page(QByteArrayLiteral("published: 'false'\nvisible: \"true\"")) << true;

    // Tabs: Grav turns the first tab of a line into four spaces; any other indenting tab is an error.
    QTest::newRow("one tab indentation") << page(QByteArrayLiteral("a:\n\tb: 1\n\tc: 2")) << true;
    QTest::newRow("two tabs indentation") << page(QByteArrayLiteral("a:\n\t\tb: 1")) << false;
    QTest::newRow("space then tab") << page(QByteArrayLiteral("a:\n \tb: 1")) << false;
    QTest::newRow("tab inside a value") << page(QByteArrayLiteral("a: x\ty")) << true;

    // Symfony errors that Grav's legacy parser accepts (the page is shown; the editor warns).
    QTest::newRow("duplicate keys") << page(QByteArrayLiteral("title: First\ntitle: Second\nmenu: M")) << true;
    QTest::newRow("colon space in value") << page(QByteArrayLiteral("title: A: b")) << true;
    QTest::newRow("at sign") << page(QByteArrayLiteral("title: @foo")) << true;
    QTest::newRow("backtick") << page(QByteArrayLiteral("title: `code`")) << true;
    QTest::newRow("percent") << page(QByteArrayLiteral("title: %done")) << true;
    QTest::newRow("at sign in a list") << page(QByteArrayLiteral("tags:\n    - @foo\n    - bar")) << true;
    QTest::newRow("unknown tag") << page(QByteArrayLiteral("x: !foo bar")) << true;

    // Errors for both parsers.
    QTest::newRow("unterminated quote") << page(QByteArrayLiteral("title: \"unterminated\nmenu: M")) << false;
    QTest::newRow("unclosed flow list") << page(QByteArrayLiteral("tags: [a, b\nmenu: M")) << false;
    QTest::newRow("text after quoted value") << page(QByteArrayLiteral("title: 'a' b")) << false;
    QTest::newRow("bad indentation") << page(QByteArrayLiteral("a:\n    b: 1\n  c: 2")) << false;
}

void TestEnvelopeOracle::adversarial()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, accepted);

    const Envelope env = splitEnvelope(raw);
    const HeaderParse parsed = parseHeader(env.headerText);
    QVERIFY2(parsed.accepted == accepted, qPrintable(QStringLiteral("core: %1").arg(parsed.error)));
    if (!m_unavailable.isEmpty())
        QSKIP(qPrintable(m_unavailable));

    const QString path = m_tmp.filePath(QStringLiteral("case-%1.md").arg(++m_fileNo));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(raw), raw.size());
    f.close();
    const OracleFrontmatter oracle = Oracle::frontmatter(path);
    QVERIFY2(oracle.ran, qPrintable(oracle.failure));
    QCOMPARE(!oracle.headerRejected, accepted);
    const QStringList diff = differences(raw, oracle);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QLatin1Char('\n'))));
}

// Cases where the oracle (Symfony YAML 5.4) is known not to be Grav 1.7.50 (Symfony YAML 4.4), or where the
// core deliberately reports something else; the core is held to grav-format.md here.
void TestEnvelopeOracle::knownDeviations_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("reason");

    QTest::newRow("0o17 octal") << page(QByteArrayLiteral("mode: 0o17")) << QStringLiteral("mode")
                                << QVariant(QStringLiteral("0o17"))
                                << QStringLiteral("Symfony YAML 5.4 (the oracle) reads 0o17 as 15; 4.4.45 (Grav 1.7.50) keeps "
                                                  "the string (oracle README, known YAML deviations)");
    // Symfony 4.4 sends every unquoted number with a leading 0 to octdec(), which skips the digits 8 and 9;
    // 5.1 and later read only [0-7] digits as octal and keep "08" and "-0" as strings.
    QTest::newRow("08 is octal in 4.4") << page(QByteArrayLiteral("code: 08")) << QStringLiteral("code") << QVariant(qlonglong(0))
                                        << QStringLiteral(
                                               "Symfony YAML 4.4 (Grav 1.7.50): octdec(\"08\") = 0; 5.4 (the oracle) keeps "
                                               "the string \"08\"");
    QTest::newRow("0789 is octal in 4.4") << page(QByteArrayLiteral("code: 0789")) << QStringLiteral("code")
                                          << QVariant(qlonglong(7))
                                          << QStringLiteral(
                                                 "Symfony YAML 4.4: octdec(\"0789\") skips 8 and 9 = 7; 5.4 keeps the string");
    QTest::newRow("-0 is octal in 4.4") << page(QByteArrayLiteral("n: -0")) << QStringLiteral("n") << QVariant(qlonglong(0))
                                        << QStringLiteral("Symfony YAML 4.4: -octdec(\"0\") = 0; 5.4 keeps the string \"-0\"");
}

void TestEnvelopeOracle::knownDeviations()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, key);
    QFETCH(QVariant, expected);
    QFETCH(QString, reason);

    const HeaderParse parsed = parseHeader(splitEnvelope(raw).headerText);
    QVERIFY2(parsed.accepted, qPrintable(parsed.error));
    const QVariant got = parsed.values.value(key);
    QCOMPARE(got.typeId(), expected.typeId());
    QCOMPARE(got, expected);
    if (!m_unavailable.isEmpty())
        return;
    const QString path = m_tmp.filePath(QStringLiteral("deviation-%1.md").arg(++m_fileNo));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(raw);
    f.close();
    const OracleFrontmatter oracle = Oracle::frontmatter(path);
    QVERIFY2(oracle.ran, qPrintable(oracle.failure));
    const QString d = Oracle::compare(got, oracle.header.value(key), key);
    if (!d.isEmpty())
        qInfo("known deviation from the oracle: %s — %s", qPrintable(d), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestEnvelopeOracle)
#include "tst_envelope_oracle.moc"
