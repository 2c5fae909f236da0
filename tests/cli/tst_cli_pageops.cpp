// gravdesk-cli mv, rm and trash as a user runs them, on a site built in the test: the folders they move, the
// links they update and list (text and JSON), the trash outside the site, refusals that change nothing, and
// messages in the locale's language.
#include "programrun.h"
#include "tempsite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kForum = QStringLiteral("02.news/02.2024-06-01-forum");
const QString kLinks = QStringLiteral("02.news/04.2024-08-01-links");
const QByteArray kLinksPage = "---\ntitle: Links\nimage: ../02.2024-06-01-forum/photo.jpg\n---\n\n"
                              "[forum](/news/2024-06-01-forum) ![pic](../02.2024-06-01-forum/photo.jpg)\n"
                              "[pdf](/02.news/02.2024-06-01-forum/report.pdf)\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under @p dir (relative path → bytes).
QMap<QString, QByteArray> tree(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(QDir(dir).relativeFilePath(p), readAll(p));
    }
    return out;
}

} // namespace

class TestCliPageOps final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempSite> m_site;

    static ProgramRun run(const QStringList &args) { return runProgram(QStringLiteral(GRAVDESK_CLI), args, 60000); }
    QString pages(const QString &rel) const { return m_site->pagesDir() + QLatin1Char('/') + rel; }

private Q_SLOTS:
    void init()
    {
        m_site = std::make_unique<TempSite>();
        m_site->populateSample();
        m_site->writePage(kForum + QStringLiteral("/photo.jpg"), "JPEG");
        m_site->writePage(kForum + QStringLiteral("/report.pdf"), "%PDF");
        m_site->writePage(kLinks + QStringLiteral("/item.ru.md"), kLinksPage);
    }

    void cleanup() { m_site.reset(); }

    void renameByRoute()
    {
        const ProgramRun r = run({QStringLiteral("mv"), m_site->root(), kForum, QStringLiteral("/news/forum-2024")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("Rename %1 to 02.forum-2024").arg(kForum)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("/news/2024-06-01-forum → /news/forum-2024")), qPrintable(text));
        QVERIFY(QFileInfo::exists(pages(QStringLiteral("02.news/02.forum-2024/photo.jpg"))));
        QVERIFY(!QFileInfo::exists(pages(kForum)));
        QByteArray expected = kLinksPage;
        expected.replace("../02.2024-06-01-forum/", "../02.forum-2024/")
            .replace("/02.news/02.2024-06-01-forum/", "/02.news/02.forum-2024/")
            .replace("(/news/2024-06-01-forum)", "(/news/forum-2024)");
        QCOMPARE(readAll(pages(kLinks + QStringLiteral("/item.ru.md"))), expected);
    }

    void moveIntoSectionJson()
    {
        const ProgramRun r = run({QStringLiteral("mv"), m_site->root(), QStringLiteral("/news/2024-06-01-forum"),
            QStringLiteral("03.about"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.value(QStringLiteral("ok")).toBool(), r.out.constData());
        const QJsonArray renames = o.value(QStringLiteral("renames")).toArray();
        QCOMPARE(renames.size(), 1);
        QCOMPARE(renames.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("03.about/02.2024-06-01-forum"));
        const QJsonArray links = o.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        const QJsonObject file = links.at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("file")).toString(), kLinks + QStringLiteral("/item.ru.md"));
        QCOMPARE(file.value(QStringLiteral("changes")).toArray().size(), 4);
        QVERIFY(readAll(pages(kLinks + QStringLiteral("/item.ru.md"))).contains("[forum](/about/2024-06-01-forum)"));
        QVERIFY(QFileInfo::exists(pages(QStringLiteral("03.about/02.2024-06-01-forum/report.pdf"))));
    }

    void noLinksAndDryRun()
    {
        const QMap<QString, QByteArray> before = tree(m_site->pagesDir());
        const ProgramRun dry
            = run({QStringLiteral("mv"), m_site->root(), kForum, QStringLiteral("/news/x"), QStringLiteral("--dry-run")});
        QVERIFY2(dry.code == 0, dry.err.constData());
        QVERIFY(dry.out.contains("Rename"));
        QCOMPARE(tree(m_site->pagesDir()), before);
        const ProgramRun r
            = run({QStringLiteral("mv"), m_site->root(), kForum, QStringLiteral("02.news/07.x"), QStringLiteral("--no-links")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QFileInfo::exists(pages(QStringLiteral("02.news/07.x/item.kk.md"))));
        QCOMPARE(readAll(pages(kLinks + QStringLiteral("/item.ru.md"))), kLinksPage);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("dest");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such page") << QStringLiteral("/news/nothing") << QStringLiteral("/news/x") << 2
                                      << QStringLiteral("There is no page /news/nothing in the site.");
        QTest::newRow("no such section") << kForum << QStringLiteral("/events/x") << 2
                                         << QStringLiteral("There is no page /events");
        QTest::newRow("into itself") << QStringLiteral("02.news") << kForum << 1 << QStringLiteral("into itself");
        QTest::newRow("already there") << kForum << QStringLiteral("02.news") << 1 << QStringLiteral("is already in 02.news");
        QTest::newRow("slug taken") << kForum << QStringLiteral("02.news/07.2024-05-25-exchange") << 1
                                    << QStringLiteral("already used by");
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, page);
        QFETCH(QString, dest);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QMap<QString, QByteArray> before = tree(m_site->pagesDir());
        const ProgramRun r = run({QStringLiteral("mv"), m_site->root(), page, dest});
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(tree(m_site->pagesDir()), before);
    }

    void trashRoundTrip()
    {
        const QMap<QString, QByteArray> before = tree(pages(kForum));
        ProgramRun r = run({QStringLiteral("rm"), m_site->root(), kForum});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(pages(kForum)));
        // Nothing of the trash is in the site.
        QDirIterator it(m_site->root(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY2(!it.next().contains(QStringLiteral("2024-06-01-forum")), qPrintable(it.filePath()));
        r = run({QStringLiteral("trash"), m_site->root()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString listing = QString::fromUtf8(r.out);
        QVERIFY2(listing.contains(kForum) && listing.contains(QStringLiteral("\"Forum (kk)\"")), qPrintable(listing));
        const QString id = listing.section(QLatin1Char(' '), 0, 0);
        // Its place taken meanwhile: refused; then restored under a free slug.
        m_site->writePage(QStringLiteral("02.news/09.2024-06-01-forum/item.kk.md"), TempSite::page("title: New\n"));
        r = run({QStringLiteral("trash"), m_site->root(), QStringLiteral("--restore"), id});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is taken now"), r.err.constData());
        r = run({QStringLiteral("trash"), m_site->root(), QStringLiteral("--restore"), id, QStringLiteral("--free-name")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(tree(pages(QStringLiteral("02.news/02.2024-06-01-forum-2"))), before);
        r = run({QStringLiteral("trash"), m_site->root()});
        QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("The trash is empty."));
    }

    void speaksTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ru") << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("На сайте нет страницы /news/nothing.");
        QTest::newRow("kk") << QStringLiteral("kk_KZ.UTF-8") << QStringLiteral("Сайтта /news/nothing беті жоқ.");
    }

    void speaksTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LC_ALL"), lang);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GRAVDESK_CLI),
            {QStringLiteral("mv"), m_site->root(), QStringLiteral("/news/nothing"), QStringLiteral("/news/x")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(expected), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliPageOps)
#include "tst_cli_pageops.moc"
