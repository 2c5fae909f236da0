// A gallery import as one transaction on a temporary site: names, page files in every language,
// header edits through the lossless front-matter layer, sidecars, bad files among good ones, and
// cancel / failure midway leaving the folder and the page files as they were.

#include "galleryimport.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "photofixtures.h"
#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kFolder = QStringLiteral("02.news/14.2019-07-22-forum");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file of a folder with its bytes: "as it was" means equal snapshots.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    for (const QString &n : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System))
        out.insert(n, readAll(QDir(dir).filePath(n)));
    return out;
}

} // namespace

class TestGalleryImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsIntoEveryLanguage();
    void badFilesReportedOthersImported();
    void allBadChangesNothing();
    void mediaOrderAndSidecars();
    void cancelLeavesNothing();
    void failureMidwayRollsBack();
    void nameTakenMeanwhileRollsBack();
    void editorBodiesAreReturnedNotWritten();
    void twentyPhotos20Mp();

private:
    QString photo(const QString &name, int orientation = 1, int w = 640, int h = 400);

    std::unique_ptr<TempSite> m_site;
    QTemporaryDir m_photos;
    QString m_page;
};

void TestGalleryImport::init()
{
    m_site = std::make_unique<TempSite>();
    QVERIFY(m_site->isValid());
    m_site->writePage(kFolder + QStringLiteral("/item.kk.md"),
        TempSite::page("title: 'Форум'\nheader_image: true\n", "Қысқаша.\n\n===\n\nМәтін.\n"));
    m_site->writePage(kFolder + QStringLiteral("/item.ru.md"),
        TempSite::page("title: 'Форум (рус)'\npublished: true\n", "Кратко.\n\n===\n\nТекст.\n"));
    m_site->writePage(
        kFolder + QStringLiteral("/item.en.md"), TempSite::page("title: Forum\r\n", "Summary.\r\n\r\n===\r\n\r\nText.\r\n"));
    m_page = m_site->pagesDir() + QLatin1Char('/') + kFolder;
}

QString TestGalleryImport::photo(const QString &name, int orientation, int w, int h)
{
    const QString path = m_photos.filePath(name);
    PhotoFixtures::writeFile(path,
        PhotoFixtures::withCameraMetadata(
            PhotoFixtures::jpeg(PhotoFixtures::storedFor(PhotoFixtures::quadrants(w, h), orientation)), orientation));
    return path;
}

void TestGalleryImport::importsIntoEveryLanguage()
{
    GalleryImportRequest req;
    req.pageFolder = m_page;
    req.image.maxEdge = 320;
    GalleryItem a {photo(QStringLiteral("IMG_0001.JPG"), 6, 400, 640), 0, {{QStringLiteral("ru"), QStringLiteral("Открытие")}}};
    GalleryItem b {photo(QStringLiteral("IMG_0002.JPG")), 0, {}};
    req.items = {a, b};
    int lastProgress = 0;
    const GalleryImportResult r = GalleryImport::run(req, [&](int done, int total) {
        QCOMPARE(total, 2);
        lastProgress = std::max(lastProgress, done);
    });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(lastProgress, 2);
    QCOMPARE(r.imported(), 2);
    QCOMPARE(r.items[0].fileName, QStringLiteral("2019-07-22-1.jpg"));
    QCOMPARE(r.items[1].fileName, QStringLiteral("2019-07-22-2.jpg"));
    QCOMPARE(r.items[0].size, QSize(200, 320)); // portrait after its EXIF orientation
    QCOMPARE(r.items[1].size, QSize(320, 200));
    QVERIFY(QFile::exists(m_page + QStringLiteral("/2019-07-22-1.jpg")));
    QCOMPARE(r.pages.size(), 3);

    const QByteArray ru = readAll(m_page + QStringLiteral("/item.ru.md"));
    QCOMPARE(QString::fromUtf8(ru),
        QStringLiteral("---\ntitle: 'Форум (рус)'\npublished: true\nheader_image: false\n---\n\nКратко.\n\n===\n\n"
                       "[owl-carousel class=\"gallery-owl\" items=1 margin=10 loop=true autoplay=false lazyLoad=true]\n"
                       "![Открытие](2019-07-22-1.jpg \"Открытие\")\n"
                       "![Форум (рус)](2019-07-22-2.jpg \"Форум (рус)\")\n"
                       "[/owl-carousel]\n\nТекст.\n"));
    // header_image: true is the page's own choice and stays; the block uses the page's title.
    const QByteArray kk = readAll(m_page + QStringLiteral("/item.kk.md"));
    QVERIFY(kk.contains("header_image: true\n"));
    QVERIFY(kk.contains(QStringLiteral("![Форум](2019-07-22-1.jpg \"Форум\")\n![Форум](2019-07-22-2.jpg \"Форум\")\n").toUtf8()));
    // CR LF files stay CR LF.
    const QByteArray en = readAll(m_page + QStringLiteral("/item.en.md"));
    QVERIFY(en.contains("header_image: false\r\n"));
    QVERIFY(en.contains("===\r\n\r\n[owl-carousel"));
    QVERIFY(en.contains("![Forum](2019-07-22-2.jpg \"Forum\")\r\n[/owl-carousel]\r\n\r\nText.\r\n"));
    // No temporary files left.
    for (const QString &n : QDir(m_page).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!n.startsWith(GalleryImport::tempPrefix()), qPrintable(n));

    // A second import continues the numbering and extends the carousel.
    req.items = {GalleryItem {photo(QStringLiteral("IMG_0003.JPG")), 0, {}}};
    const GalleryImportResult r2 = GalleryImport::run(req);
    QVERIFY2(r2.ok, qPrintable(r2.error));
    QCOMPARE(r2.items[0].fileName, QStringLiteral("2019-07-22-3.jpg"));
    const QString ru2 = QString::fromUtf8(readAll(m_page + QStringLiteral("/item.ru.md")));
    QCOMPARE(ru2.count(QStringLiteral("[owl-carousel")), 1);
    QVERIFY(ru2.contains(
        QStringLiteral("(2019-07-22-2.jpg \"Форум (рус)\")\n![Форум (рус)](2019-07-22-3.jpg \"Форум (рус)\")\n[/owl-carousel]")));
}

void TestGalleryImport::badFilesReportedOthersImported()
{
    const QString text = m_photos.filePath(QStringLiteral("notes.jpg"));
    PhotoFixtures::writeFile(text, "minutes of the meeting\n");
    const QByteArray whole = PhotoFixtures::jpeg(PhotoFixtures::quadrants(800, 600));
    const QString cut = m_photos.filePath(QStringLiteral("cut.jpg"));
    PhotoFixtures::writeFile(cut, whole.left(whole.size() / 2));
    GalleryImportRequest req;
    req.pageFolder = m_page;
    req.items = {GalleryItem {text, 0, {}}, GalleryItem {photo(QStringLiteral("good.jpg")), 0, {}}, GalleryItem {cut, 0, {}}};
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported(), 1);
    QVERIFY(!r.items[0].ok);
    QVERIFY2(r.items[0].error.contains(QLatin1String("notes.jpg")), qPrintable(r.items[0].error));
    QVERIFY(r.items[1].ok);
    QCOMPARE(r.items[1].fileName, QStringLiteral("2019-07-22-1.jpg"));
    QVERIFY(!r.items[2].ok);
    QVERIFY2(r.items[2].error.contains(QLatin1String("cut.jpg")), qPrintable(r.items[2].error));
    const QString ru = QString::fromUtf8(readAll(m_page + QStringLiteral("/item.ru.md")));
    QCOMPARE(ru.count(QStringLiteral("](2019-07-22-")), 1);
}

void TestGalleryImport::allBadChangesNothing()
{
    const auto before = snapshot(m_page);
    const QString text = m_photos.filePath(QStringLiteral("notes.jpg"));
    PhotoFixtures::writeFile(text, "minutes\n");
    GalleryImportRequest req;
    req.pageFolder = m_page;
    req.items = {GalleryItem {text, 0, {}}};
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(snapshot(m_page), before);
}

void TestGalleryImport::mediaOrderAndSidecars()
{
    m_site->writePage(
        kFolder + QStringLiteral("/item.ru.md"), TempSite::page("title: Форум\nmedia_order: 'kz.jpg,ru.jpg'\n", "Text.\n"));
    GalleryImportRequest req;
    req.pageFolder = m_page;
    req.writeSidecars = true;
    req.targets = {GalleryTarget {m_page + QStringLiteral("/item.ru.md"), QStringLiteral("ru"), {}, {}, -1, 0}};
    req.items = {GalleryItem {photo(QStringLiteral("a.jpg")), 0, {{QStringLiteral("ru"), QStringLiteral("Зал: 'большой'")}}}};
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QByteArray ru = readAll(m_page + QStringLiteral("/item.ru.md"));
    QVERIFY2(ru.contains("media_order: 'kz.jpg,ru.jpg,2019-07-22-1.jpg'\n"), ru.constData());
    QCOMPARE(readAll(m_page + QStringLiteral("/2019-07-22-1.jpg.meta.yaml")),
        QStringLiteral("alt_text: 'Зал: ''большой'''\n").toUtf8());
    // Only the page file asked for was touched.
    QVERIFY(!readAll(m_page + QStringLiteral("/item.kk.md")).contains("owl-carousel"));
    FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(splitEnvelope(ru));
    QCOMPARE(doc.value(QStringLiteral("header_image")), QVariant(false));
}

void TestGalleryImport::cancelLeavesNothing()
{
    const auto before = snapshot(m_page);
    GalleryImportRequest req;
    req.pageFolder = m_page;
    req.maxThreads = 1;
    for (int i = 0; i < 6; ++i)
        req.items.append(GalleryItem {photo(QStringLiteral("c%1.jpg").arg(i)), 0, {}});
    std::atomic_bool cancel {false};
    const GalleryImportResult r = GalleryImport::run(
        req,
        [&](int done, int) {
            if (done == 2)
                cancel = true;
        },
        &cancel);
    QVERIFY(!r.ok);
    QVERIFY(r.cancelled);
    QCOMPARE(snapshot(m_page), before);
}

void TestGalleryImport::failureMidwayRollsBack()
{
    // Another program changes item.ru.md while the photos are processed: the import notices when it
    // gets to that file, after item.en.md and item.kk.md were written, and puts everything back.
    const auto before = snapshot(m_page);
    const QString ru = m_page + QStringLiteral("/item.ru.md");
    GalleryImportRequest req;
    req.pageFolder = m_page;
    req.items = {GalleryItem {photo(QStringLiteral("f1.jpg")), 0, {}}, GalleryItem {photo(QStringLiteral("f2.jpg")), 0, {}}};
    const QByteArray theirs = TempSite::page("title: 'Форум'\n", "Changed elsewhere.\n");
    req.beforeCommit = [&] { PhotoFixtures::writeFile(ru, theirs); };
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("item.ru.md")), qPrintable(r.error));
    auto after = snapshot(m_page);
    QCOMPARE(after.value(QStringLiteral("item.ru.md")), theirs);
    after.insert(QStringLiteral("item.ru.md"), before.value(QStringLiteral("item.ru.md")));
    QCOMPARE(after, before);
}

void TestGalleryImport::nameTakenMeanwhileRollsBack()
{
    // Another program puts a file under the second name while the photos are processed: nothing is
    // overwritten, the first photo is taken out again, the page files are untouched.
    const auto before = snapshot(m_page);
    GalleryImportRequest req;
    req.pageFolder = m_page;
    req.items = {GalleryItem {photo(QStringLiteral("n1.jpg")), 0, {}}, GalleryItem {photo(QStringLiteral("n2.jpg")), 0, {}}};
    const QString taken = m_page + QStringLiteral("/2019-07-22-2.jpg");
    req.beforeCommit = [&] { PhotoFixtures::writeFile(taken, "someone else's"); };
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("2019-07-22-2.jpg")), qPrintable(r.error));
    QCOMPARE(readAll(taken), QByteArray("someone else's"));
    auto after = snapshot(m_page);
    after.remove(QStringLiteral("2019-07-22-2.jpg"));
    QCOMPARE(after, before);
}

void TestGalleryImport::editorBodiesAreReturnedNotWritten()
{
    const auto before = snapshot(m_page);
    GalleryImportRequest req;
    req.pageFolder = m_page;
    const QString body = QStringLiteral("Unsaved text.\n\n[owl-carousel items=1]\n![](old.jpg)\n[/owl-carousel]\n\nMore.\n");
    const qsizetype inCarousel = body.indexOf(QLatin1String("old.jpg"));
    req.targets = {GalleryTarget {m_page + QStringLiteral("/item.ru.md"), QStringLiteral("ru"), body, {}, inCarousel, 3}};
    req.items = {GalleryItem {photo(QStringLiteral("e.jpg")), 0, {{QStringLiteral("ru"), QStringLiteral("Новое")}}}};
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pages.size(), 1);
    QVERIFY(!r.pages[0].written);
    QCOMPARE(r.pages[0].body,
        QStringLiteral("Unsaved text.\n\n[owl-carousel class=\"gallery-owl\" items=1 margin=10 loop=true autoplay=false "
                       "lazyLoad=true]\n![Новое](2019-07-22-1.jpg \"Новое\")\n[/owl-carousel]\n\nMore.\n"));
    QVERIFY(r.pages[0].headerBytes.contains("header_image: false"));
    auto after = snapshot(m_page);
    QVERIFY(after.remove(QStringLiteral("2019-07-22-1.jpg")));
    QCOMPARE(after, before);
}

void TestGalleryImport::twentyPhotos20Mp()
{
    // Twenty 20 MP photos (5472 x 3648, as a DSLR writes them) with all cores. Peak memory is measured
    // in a process of its own by tst_importgallery_cli (this one holds the fixtures).
    QStringList sources;
    {
        const QByteArray bytes
            = PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(PhotoFixtures::quadrants(5472, 3648), 85), 1);
        for (int i = 0; i < 20; ++i) {
            const QString p = m_photos.filePath(QStringLiteral("dsc%1.jpg").arg(i));
            PhotoFixtures::writeFile(p, bytes);
            sources.append(p);
        }
    }
    GalleryImportRequest req;
    req.pageFolder = m_page;
    for (const QString &s : sources)
        req.items.append(GalleryItem {s, 0, {}});
    const GalleryImportResult r = GalleryImport::run(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported(), 20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(r.items[i].size, QSize(2048, 1365));
        QCOMPARE(r.items[i].fileName, QStringLiteral("2019-07-22-%1.jpg").arg(i + 1));
    }
    const QString ru = QString::fromUtf8(readAll(m_page + QStringLiteral("/item.ru.md")));
    QVERIFY(ru.contains(QStringLiteral("(2019-07-22-19.jpg \"Форум (рус)\")\n![Форум (рус)](2019-07-22-20.jpg")));
}

QTEST_GUILESS_MAIN(TestGalleryImport)
#include "tst_galleryimport.moc"
