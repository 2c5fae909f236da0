// gravdesk-cli roundtrip and set as a user runs them: exit codes, messages, diffs, and files left untouched on errors.
#include "fileutil.h"
#include "programrun.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

class TestCliFrontMatter : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        const ProgramRun p = runProgram(QStringLiteral(GRAVDESK_CLI), args);
        return {p.code, QString::fromUtf8(p.out), QString::fromUtf8(p.err)};
    }

    static QByteArray item()
    {
        return QByteArrayLiteral(
            "---\ntitle: 'Школа пациентов'\n# editor's note\ndate: '28-02-2023 10:00'\npublished: true\ntaxonomy:\n"
            "    tag: [a, b]\n---\n\nBody text.");
    }

private Q_SLOTS:
    void roundTripSampleSiteAndCorpus()
    {
        const Run sample = run({QStringLiteral("roundtrip"), TestPaths::sourceDir() + QStringLiteral("/examples/sample-site")});
        QCOMPARE(sample.code, 0);
        QVERIFY2(sample.out.contains(QLatin1String(" 0 would change")), qPrintable(sample.out));
        if (!QDir(TestPaths::corpusDir()).exists())
            QSKIP("corpus absent");
        const Run corpus = run({QStringLiteral("roundtrip"), TestPaths::corpusDir()});
        QCOMPARE(corpus.code, 0);
        QVERIFY2(corpus.out.contains(QLatin1String("183 pages, 0 would change")), qPrintable(corpus.out));
    }

    void roundTripFilesAndOddBytes()
    {
        TempSite site;
        site.writeDefaultConfig();
        const QString crlf = site.writePage(QStringLiteral("01.a/item.kk.md"), "---\r\ntitle: a\r\n---\r\n\r\nx\r\ny\n");
        const QString bom = site.writePage(QStringLiteral("02.b/item.kk.md"), "\xEF\xBB\xBF---\ntitle: b\n---\nbody");
        const QString bad = site.writePage(QStringLiteral("03.c/item.kk.md"), "---\ntitle: [x\n---\nbody");
        const Run r = run({QStringLiteral("roundtrip"), crlf, bom, bad});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QLatin1String("3 pages, 0 would change, 1 with a header that is not editable")), qPrintable(r.out));
        const Run missing = run({QStringLiteral("roundtrip"), site.root() + QStringLiteral("/nope.md")});
        QCOMPARE(missing.code, 2);
    }

    void setWritesOnlyTheFieldsLines()
    {
        TempSite site;
        site.writeDefaultConfig();
        const QString path = site.writePage(QStringLiteral("02.news/01.x/item.ru.md"), item());
        Run r = run({QStringLiteral("set"), path, QStringLiteral("title=2024")});
        QCOMPARE(r.code, 0);
        QCOMPARE(readFile(path), QByteArray(item()).replace("'Школа пациентов'", "'2024'"));
        r = run({QStringLiteral("set"), QStringLiteral("--type"), QStringLiteral("list"), path,
            QStringLiteral("taxonomy.tag=a, c d")});
        QCOMPARE(r.code, 0);
        QVERIFY(readFile(path).contains("    tag: [a, 'c d']\n"));
        r = run({QStringLiteral("set"), QStringLiteral("--type"), QStringLiteral("bool"), path,
            QStringLiteral("summary.enabled=false")});
        QCOMPARE(r.code, 0);
        QVERIFY(readFile(path).contains("    tag: [a, 'c d']\nsummary:\n    enabled: false\n---\n\nBody text."));
        r = run({QStringLiteral("set"), QStringLiteral("--type"), QStringLiteral("date"), path,
            QStringLiteral("date=2024-05-25 10:00")});
        QCOMPARE(r.code, 0);
        QVERIFY(readFile(path).contains("date: '25-05-2024 10:00'\n"));
        r = run({QStringLiteral("set"), QStringLiteral("--remove"), QStringLiteral("published"), path});
        QCOMPARE(r.code, 0);
        const QByteArray now = readFile(path);
        QVERIFY(!now.contains("published"));
        QVERIFY(now.contains("# editor's note\n"));
        QVERIFY(now.endsWith("Body text."));
    }

    void dryRunPrintsADiff()
    {
        TempSite site;
        const QString path = site.writePage(QStringLiteral("01.x/item.md"), item());
        const Run r = run({QStringLiteral("set"), QStringLiteral("--dry-run"), path, QStringLiteral("title=New: title")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QString::fromUtf8("@@ -2,1 +2,1 @@\n-title: 'Школа пациентов'\n+title: 'New: title'\n")),
            qPrintable(r.out));
        QCOMPARE(readFile(path), item());
    }

    void errorsLeaveTheFileUntouched_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid header") << QByteArray("---\ntitle: [x\n---\nbody") << QStringList {QStringLiteral("title=a")}
                                        << QStringLiteral("not valid YAML");
        QTest::newRow("bad int") << item()
                                 << QStringList {QStringLiteral("--type"), QStringLiteral("int"), QStringLiteral("x=abc")}
                                 << QStringLiteral("not an integer");
        QTest::newRow("flow map parent") << QByteArray("---\nsummary: {enabled: true}\n---\nbody")
                                         << QStringList {QStringLiteral("summary.size=3")} << QStringLiteral("flow style");
        QTest::newRow("alias") << QByteArray("---\na: &x 1\nb: *x\n---\nbody") << QStringList {QStringLiteral("a=2")}
                               << QStringLiteral("also change b");
        QTest::newRow("not key=value") << item() << QStringList {QStringLiteral("title")} << QStringLiteral("key.path=VALUE");
        QTest::newRow("invalid UTF-8") << QByteArray("---\ntitle: \xff\n---\nbody") << QStringList {QStringLiteral("title=a")}
                                       << QStringLiteral("UTF-8");
    }

    void errorsLeaveTheFileUntouched()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("item.md"));
        QVERIFY(writeFile(path, file));
        QStringList all {QStringLiteral("set")};
        // Options first, then the file, then the assignments.
        QStringList assignments;
        for (int i = 0; i < args.size(); ++i) {
            if (args[i].startsWith(QLatin1String("--"))) {
                all << args[i] << args[i + 1];
                ++i;
            } else
                assignments << args[i];
        }
        all << path << assignments;
        const Run r = run(all);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(readFile(path), file);
    }

    void noSuchFile()
    {
        const Run r = run({QStringLiteral("set"), QStringLiteral("/nonexistent/item.md"), QStringLiteral("title=x")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("no such file")));
    }
};

QTEST_GUILESS_MAIN(TestCliFrontMatter)
#include "tst_cli_frontmatter.moc"
