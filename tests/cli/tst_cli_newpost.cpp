// gravdesk-cli new-post as a user runs it.
#include "programrun.h"
#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace GravDesk;

class TestCliNewPost final : public QObject
{
    Q_OBJECT

private:
    static ProgramRun run(const QStringList &args) { return runProgram(QStringLiteral(GRAVDESK_CLI), args, 60000); }

    static QStringList folders(const TempSite &site)
    {
        return QDir(site.pagesDir() + QStringLiteral("/02.news")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    void createsPost()
    {
        TempSite site;
        site.populateSample();
        const QString news = site.pagesDir() + QStringLiteral("/02.news");
        const ProgramRun r
            = run({QStringLiteral("new-post"), news, QStringLiteral("--title"), QStringLiteral("Қан донорлары күні"),
                QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("--date"), QStringLiteral("2024-06-14 09:05")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString folder = news + QStringLiteral("/04.2024-06-14-qan-donorlary-kuni");
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), folder);
        QCOMPARE(QDir(folder).entryList(QDir::Files),
            QStringList({QStringLiteral("item.en.md"), QStringLiteral("item.kk.md"), QStringLiteral("item.ru.md")}));
        QFile kk(folder + QStringLiteral("/item.kk.md"));
        QVERIFY(kk.open(QIODevice::ReadOnly));
        const QByteArray text = kk.readAll();
        QVERIFY(text.startsWith("---\ntitle: 'Қан донорлары күні'\n"));
        QVERIFY(text.contains("\ndate: '14-06-2024 09:05'\npublished: false\n"));
        QVERIFY(text.endsWith("---\n\n===\n"));
        QFile ru(folder + QStringLiteral("/item.ru.md"));
        QVERIFY(ru.open(QIODevice::ReadOnly));
        QVERIFY(ru.readAll().contains("title: '[kk] Қан донорлары күні'\n"));

        // The same again: the slug is taken (whatever the prefix), refused, nothing written.
        const ProgramRun again = run({QStringLiteral("new-post"), news, QStringLiteral("--title"),
            QStringLiteral("Қан донорлары күні"), QStringLiteral("--date"), QStringLiteral("2024-06-14 11:00")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("already used by") && again.err.contains("04.2024-06-14-qan-donorlary-kuni"),
            again.err.constData());
        QCOMPARE(folders(site).size(), 4);
    }

    void languagesAndPublished()
    {
        TempSite site;
        site.populateSample();
        const QString news = site.pagesDir() + QStringLiteral("/02.news");
        const ProgramRun r = run({QStringLiteral("new-post"), news, QStringLiteral("--title"), QStringLiteral("Школа пациентов"),
            QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--languages"), QStringLiteral("ru"),
            QStringLiteral("--published"), QStringLiteral("--date"), QStringLiteral("01-07-2024 12:00")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString folder = QString::fromUtf8(r.out).trimmed();
        QCOMPARE(QFileInfo(folder).fileName(), QStringLiteral("04.2024-07-01-shkola-patsientov"));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList({QStringLiteral("item.ru.md")}));
        QFile f(folder + QStringLiteral("/item.ru.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\npublished: true\n"));
    }

    void errorsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no such section") << QStringList({QStringLiteral("03.events"), QStringLiteral("--title"),
            QStringLiteral("X")}) << 2 << QByteArrayLiteral("no such section");
        QTest::newRow("empty title") << QStringList({QStringLiteral("02.news"), QStringLiteral("--title"), QStringLiteral(" ")})
                                     << 1 << QByteArrayLiteral("title is empty");
        QTest::newRow("no title") << QStringList({QStringLiteral("02.news")}) << 2 << QByteArrayLiteral("usage:");
        QTest::newRow("unknown language") << QStringList({QStringLiteral("02.news"), QStringLiteral("--title"),
            QStringLiteral("X"), QStringLiteral("--lang"), QStringLiteral("de")})
                                          << 1 << QByteArrayLiteral("no language");
        QTest::newRow("bad date") << QStringList({QStringLiteral("02.news"), QStringLiteral("--title"), QStringLiteral("X"),
            QStringLiteral("--date"), QStringLiteral("tomorrow")})
                                  << 2 << QByteArrayLiteral("is not a date");
        QTest::newRow("collision") << QStringList({QStringLiteral("02.news"), QStringLiteral("--title"), QStringLiteral("Forum"),
            QStringLiteral("--date"), QStringLiteral("2024-06-01 10:00")})
                                   << 1 << QByteArrayLiteral("already used by");
    }

    void errorsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        TempSite site;
        site.populateSample();
        QDir().mkpath(site.pagesDir() + QStringLiteral("/02.news"));
        args[0] = site.pagesDir() + QLatin1Char('/') + args[0];
        const QStringList before = folders(site);
        const ProgramRun r = run(QStringList({QStringLiteral("new-post")}) + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(folders(site), before);
    }
};

QTEST_GUILESS_MAIN(TestCliNewPost)
#include "tst_cli_newpost.moc"
