// Recognising a Grav site from the folder the user opens.

#include "site/sitelayout.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

Q_DECLARE_METATYPE(GravDesk::TempSite::Layout)
Q_DECLARE_METATYPE(GravDesk::SiteLayoutKind)

class TestSiteLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layouts_data();
    void layouts();
    void pagesFolderItself_data();
    void pagesFolderItself();
    void userFolderInsideInstall();
    void notASite_data();
    void notASite();
    void corpus_data();
    void corpus();
};

void TestSiteLayout::layouts_data()
{
    QTest::addColumn<TempSite::Layout>("layout");
    QTest::addColumn<SiteLayoutKind>("kind");
    QTest::addColumn<bool>("hasSystem");

    QTest::newRow("full install") << TempSite::Layout::FullInstall << SiteLayoutKind::FullInstall << true;
    QTest::newRow("user folder") << TempSite::Layout::UserFolder << SiteLayoutKind::UserFolder << false;
    QTest::newRow("git sync clone") << TempSite::Layout::GitSyncClone << SiteLayoutKind::GitSyncClone << false;
}

void TestSiteLayout::layouts()
{
    QFETCH(TempSite::Layout, layout);
    QFETCH(SiteLayoutKind, kind);
    QFETCH(bool, hasSystem);

    TempSite site(layout);
    QVERIFY(site.isValid());
    site.populateSample();

    const SiteLayout l = locateSite(site.root());
    QVERIFY2(l.isValid(), qPrintable(l.error));
    QCOMPARE(l.kind, kind);
    QVERIFY(l.error.isEmpty());
    QCOMPARE(l.root, QDir::cleanPath(site.root()));
    QCOMPARE(l.userDir, QDir::cleanPath(site.userDir()));
    QCOMPARE(l.pagesDir, QDir::cleanPath(site.pagesDir()));
    QCOMPARE(l.configDir, QDir::cleanPath(site.configDir()));
    QCOMPARE(!l.systemConfigDir.isEmpty(), hasSystem);
    QCOMPARE(!l.systemDir.isEmpty(), hasSystem);
    if (hasSystem)
        QCOMPARE(l.systemConfigDir, QDir::cleanPath(site.systemConfigDir()));
    QVERIFY(!l.kindName().isEmpty());

    // A trailing slash or a "." segment in the path names the same site.
    const SiteLayout again = locateSite(site.root() + QStringLiteral("/./"));
    QCOMPARE(again.kind, kind);
    QCOMPARE(again.pagesDir, l.pagesDir);
}

// Opening the pages folder itself finds the site it belongs to, with the same folders.
void TestSiteLayout::pagesFolderItself_data()
{
    layouts_data();
}

void TestSiteLayout::pagesFolderItself()
{
    QFETCH(TempSite::Layout, layout);
    QFETCH(bool, hasSystem);

    TempSite site(layout);
    QVERIFY(site.isValid());
    site.populateSample();

    const SiteLayout whole = locateSite(site.root());
    const SiteLayout l = locateSite(site.pagesDir());
    QVERIFY2(l.isValid(), qPrintable(l.error));
    QCOMPARE(l.root, QDir::cleanPath(site.pagesDir()));
    QCOMPARE(l.pagesDir, whole.pagesDir);
    QCOMPARE(l.userDir, whole.userDir);
    QCOMPARE(l.configDir, whole.configDir);
    QCOMPARE(l.systemConfigDir, whole.systemConfigDir);
    QCOMPARE(!l.systemConfigDir.isEmpty(), hasSystem);
}

void TestSiteLayout::userFolderInsideInstall()
{
    TempSite site(TempSite::Layout::FullInstall);
    QVERIFY(site.isValid());
    site.populateSample();
    const SiteLayout l = locateSite(site.userDir());
    QVERIFY2(l.isValid(), qPrintable(l.error));
    QCOMPARE(l.kind, SiteLayoutKind::UserFolder);
    QCOMPARE(l.pagesDir, QDir::cleanPath(site.pagesDir()));
    // The install's system/config still supplies Grav's defaults.
    QCOMPARE(l.systemConfigDir, QDir::cleanPath(site.systemConfigDir()));
}

void TestSiteLayout::notASite_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty folder") << QStringLiteral("empty") << QStringLiteral("holds no Grav pages");
    QTest::newRow("folder of documents") << QStringLiteral("documents") << QStringLiteral("holds no Grav pages");
    QTest::newRow("stray pages folder") << QStringLiteral("stray/pages") << QStringLiteral("holds no Grav pages");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    QTest::newRow("a file") << QStringLiteral("file.md") << QStringLiteral("is not a folder");
}

void TestSiteLayout::notASite()
{
    QFETCH(QString, what);
    QFETCH(QString, errorPart);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QDir dir(tmp.path());
    QVERIFY(dir.mkpath(QStringLiteral("empty")));
    QVERIFY(dir.mkpath(QStringLiteral("documents/notes")));
    QVERIFY(dir.mkpath(QStringLiteral("stray/pages/01.x"))); // "pages" without config/, user/ or .git beside it
    QFile f(dir.filePath(QStringLiteral("file.md")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("---\ntitle: x\n---\n");
    f.close();

    const SiteLayout l = locateSite(dir.filePath(what));
    QVERIFY(!l.isValid());
    QCOMPARE(l.kind, SiteLayoutKind::Invalid);
    QVERIFY2(l.error.contains(errorPart), qPrintable(l.error));
    // The message names the folder so the user knows which one was refused.
    QVERIFY2(l.error.contains(QFileInfo(what).fileName()), qPrintable(l.error));
    QVERIFY(l.pagesDir.isEmpty());
}

void TestSiteLayout::corpus_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<SiteLayoutKind>("kind");

    QTest::newRow("grav root") << QString() << SiteLayoutKind::FullInstall;
    QTest::newRow("user folder") << QStringLiteral("user") << SiteLayoutKind::UserFolder;
    QTest::newRow("pages folder") << QStringLiteral("user/pages") << SiteLayoutKind::UserFolder;
}

void TestSiteLayout::corpus()
{
    QFETCH(QString, relative);
    QFETCH(SiteLayoutKind, kind);

    const QString root = TestPaths::corpusDir();
    if (!QFileInfo(root + QStringLiteral("/user/pages")).isDir())
        QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(root)));
    const SiteLayout l = locateSite(relative.isEmpty() ? root : root + QLatin1Char('/') + relative);
    QVERIFY2(l.isValid(), qPrintable(l.error));
    QCOMPARE(l.kind, kind);
    QCOMPARE(l.pagesDir, QDir::cleanPath(root + QStringLiteral("/user/pages")));
    QCOMPARE(l.configDir, QDir::cleanPath(root + QStringLiteral("/user/config")));
    QCOMPARE(l.systemConfigDir, QDir::cleanPath(root + QStringLiteral("/system/config")));
}

QTEST_GUILESS_MAIN(TestSiteLayout)
#include "tst_sitelayout.moc"
