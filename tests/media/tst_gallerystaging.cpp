// Gallery import through the site's workspace: with a staging folder nothing in the site is touched
// (the editor's Save commits it later); without, a page the policy refuses (read-only, a link out of
// the site) stops the whole import before anything is written.

#include "fileutil.h"
#include "galleryimport.h"
#include "io/siteworkspace.h"
#include "photofixtures.h"
#include "site/sitelayout.h"
#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kFolder = QStringLiteral("02.news/03.2024-01-15-visit");

QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    for (const QString &n : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System))
        out.insert(n, readFile(QDir(dir).filePath(n)));
    return out;
}

} // namespace

class TestGalleryStaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stagingFolderTouchesNothing();
    void stagedFilesCommitLater();
    void refusedPageStopsEverything_data();
    void refusedPageStopsEverything();

private:
    GalleryImportRequest request() const;

    std::unique_ptr<TempSite> m_site;
    QTemporaryDir m_photos;
    QTemporaryDir m_state;
    QString m_page;
};

void TestGalleryStaging::init()
{
    m_site = std::make_unique<TempSite>();
    QVERIFY(m_site->isValid());
    m_site->writeDefaultConfig();
    m_site->writePage(kFolder + QStringLiteral("/item.kk.md"), TempSite::page("title: 'Сапар'\n", "Мәтін.\n"));
    m_site->writePage(kFolder + QStringLiteral("/item.ru.md"), TempSite::page("title: 'Визит'\n", "Текст.\n"));
    m_page = m_site->pagesDir() + QLatin1Char('/') + kFolder;
    for (int i = 0; i < 3; ++i)
        QVERIFY(PhotoFixtures::writeFile(
            m_photos.filePath(QStringLiteral("P%1.jpg").arg(i)), PhotoFixtures::jpeg(PhotoFixtures::scene(320, 240, i))));
}

GalleryImportRequest TestGalleryStaging::request() const
{
    GalleryImportRequest req;
    req.pageFolder = m_page;
    for (int i = 0; i < 3; ++i)
        req.items.append(GalleryItem {m_photos.filePath(QStringLiteral("P%1.jpg").arg(i)), 0, {}});
    req.image.maxEdge = 200;
    req.writeSidecars = true;
    req.items[0].captions.insert(QStringLiteral("kk"), QStringLiteral("Бірінші"));
    return req;
}

void TestGalleryStaging::stagingFolderTouchesNothing()
{
    const QMap<QString, QByteArray> before = snapshot(m_page);
    GalleryImportRequest req = request();
    req.stagingFolder = m_state.filePath(QStringLiteral("staged"));
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(snapshot(m_page), before);
    QCOMPARE(r.imported(), 3);
    QCOMPARE(r.staged.size(), 4); // three photos and one sidecar (the only caption given)
    for (const GalleryStagedFile &f : r.staged) {
        QVERIFY2(QFileInfo(f.staged).isFile(), qPrintable(f.staged));
        QVERIFY(f.staged.startsWith(req.stagingFolder));
        QCOMPARE(QFileInfo(f.final).absolutePath(), m_page);
        QVERIFY(!QFileInfo::exists(f.final));
    }
    QCOMPARE(r.pages.size(), 2);
    for (const GalleryPageResult &p : r.pages) {
        QVERIFY(!p.written);
        QVERIFY(p.fileBytes.contains("owl-carousel"));
        QCOMPARE(p.originalBytes, before.value(QFileInfo(p.path).fileName()));
    }
}

void TestGalleryStaging::stagedFilesCommitLater()
{
    GalleryImportRequest req = request();
    req.stagingFolder = m_state.filePath(QStringLiteral("staged"));
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    // What the editor's Save does with it: one transaction with the page files.
    SiteWorkspace workspace(locateSite(m_site->root()));
    auto tx = workspace.begin(QStringLiteral("save"));
    for (const GalleryStagedFile &f : r.staged)
        tx->putFile(f.final, f.staged);
    for (const GalleryPageResult &p : r.pages) {
        WriteOptions options;
        options.expectedCurrent = p.originalBytes;
        tx->put(p.path, p.fileBytes, options);
    }
    const IoResult committed = tx->commit();
    QVERIFY2(committed.ok, qPrintable(committed.error));
    for (const GalleryStagedFile &f : r.staged)
        QCOMPARE(readFile(f.final), readFile(f.staged));
    for (const GalleryPageResult &p : r.pages)
        QCOMPARE(readFile(p.path), p.fileBytes);
}

void TestGalleryStaging::refusedPageStopsEverything_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("read-only language file") << QStringLiteral("readonly");
    QTest::newRow("language file linked outside the site") << QStringLiteral("linkout");
}

void TestGalleryStaging::refusedPageStopsEverything()
{
    QFETCH(QString, how);
    QTemporaryDir outside;
    const QString en = m_page + QStringLiteral("/item.en.md");
    const QString elsewhere = outside.filePath(QStringLiteral("item.en.md"));
    if (how == QLatin1String("readonly")) {
        QVERIFY(writeFile(en, TempSite::page("title: Visit\n")));
        QVERIFY(QFile::setPermissions(en, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else {
        QVERIFY(writeFile(elsewhere, TempSite::page("title: Visit\n")));
        QVERIFY(QFile::link(elsewhere, en));
    }
    const QMap<QString, QByteArray> before = snapshot(m_page);
    GalleryImportRequest req = request();
    req.insertBlock = true;
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("item.en.md")), qPrintable(r.error));
    QCOMPARE(snapshot(m_page), before);
    if (how == QLatin1String("linkout"))
        QCOMPARE(readFile(elsewhere), TempSite::page("title: Visit\n"));
}

QTEST_GUILESS_MAIN(TestGalleryStaging)
#include "tst_gallerystaging.moc"
