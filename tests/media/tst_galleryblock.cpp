// File naming after the site's convention and the owl-carousel block: its exact text form (compared
// with a real page of the hemcenter corpus) and what Grav makes of it (the PHP oracle).

#include "galleryblock.h"
#include "medianaming.h"
#include "oracle.h"
#include "programrun.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const char *corpusPage = "02.news/14.2019-07-22-silk-road-central-asia-hematology-forum/item.ru.md";

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

void touch(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("x");
}

} // namespace

class TestGalleryBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folderDate_data();
    void folderDate();
    void prefixFromExistingMedia();
    void prefixFromFolderDate();
    void prefixFromSlug();
    void numbersContinueAndSkipTaken();
    void safeNames_data();
    void safeNames();
    void slideLineEscapes();
    void blockMatchesCorpus();
    void paramsLearnedFromCorpus();
    void paramsLearnedFromSite();
    void insertAtCursor();
    void insertDefaultAfterDelimiter();
    void insertDefaultExtendsCarousel();
    void replaceSelectedCarousel();
    void oracleRendersCarousel();
};

void TestGalleryBlock::folderDate_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("date");
    QTest::newRow("numbered") << QStringLiteral("14.2019-07-22-silk-road") << QStringLiteral("2019-07-22");
    QTest::newRow("plain") << QStringLiteral("2024-05-25-education-exchange-program") << QStringLiteral("2024-05-25");
    QTest::newRow("date only") << QStringLiteral("03.2025-06-14") << QStringLiteral("2025-06-14");
    QTest::newRow("none") << QStringLiteral("01.home") << QString();
    QTest::newRow("digits glued") << QStringLiteral("2019-07-221x") << QString();
}

void TestGalleryBlock::folderDate()
{
    QFETCH(QString, folder);
    QFETCH(QString, date);
    QCOMPARE(MediaNaming::folderDate(folder), date);
}

void TestGalleryBlock::prefixFromExistingMedia()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("07.2020-01-01-event"));
    QVERIFY(QDir().mkpath(page));
    // The page's photos were named after another date: the folder's media win over the folder name.
    touch(page + QStringLiteral("/2019-12-30-1.jpg"));
    touch(page + QStringLiteral("/2019-12-30-2.jpg"));
    touch(page + QStringLiteral("/poster.pdf"));
    QCOMPARE(MediaNaming::learnPrefix(page), QStringLiteral("2019-12-30"));
    QCOMPARE(MediaNaming::allocate(page, QStringLiteral("2019-12-30"), 2, QStringLiteral("jpg")),
        QStringList({QStringLiteral("2019-12-30-3.jpg"), QStringLiteral("2019-12-30-4.jpg")}));
}

void TestGalleryBlock::prefixFromFolderDate()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("14.2019-07-22-silk-road"));
    QVERIFY(QDir().mkpath(page));
    touch(page + QStringLiteral("/item.ru.md"));
    QCOMPARE(MediaNaming::learnPrefix(page), QStringLiteral("2019-07-22"));
    QCOMPARE(MediaNaming::allocate(page, QStringLiteral("2019-07-22"), 3, QStringLiteral("jpg")),
        QStringList(
            {QStringLiteral("2019-07-22-1.jpg"), QStringLiteral("2019-07-22-2.jpg"), QStringLiteral("2019-07-22-3.jpg")}));
}

void TestGalleryBlock::prefixFromSlug()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("05.open-day"));
    QVERIFY(QDir().mkpath(page));
    QCOMPARE(MediaNaming::learnPrefix(page), QStringLiteral("open-day"));
}

void TestGalleryBlock::numbersContinueAndSkipTaken()
{
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("01.2021-08-25-school"));
    QVERIFY(QDir().mkpath(page));
    touch(page + QStringLiteral("/2021-08-25-1.jpg"));
    touch(page + QStringLiteral("/2021-08-25-2.JPG"));
    // A sidecar with no photo and a file differing only in case still block their numbers (Windows).
    touch(page + QStringLiteral("/2021-08-25-3.webp.meta.yaml"));
    const QStringList names = MediaNaming::allocate(
        page, QStringLiteral("2021-08-25"), 2, QStringLiteral("webp"), {QStringLiteral("2021-08-25-4.WEBP")});
    QCOMPARE(names, QStringList({QStringLiteral("2021-08-25-5.webp"), QStringLiteral("2021-08-25-6.webp")}));
    for (const QString &n : names)
        QVERIFY(!QFile::exists(page + QLatin1Char('/') + n));
}

void TestGalleryBlock::safeNames_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("fine") << QStringLiteral("2019-07-22") << QStringLiteral("2019-07-22");
    QTest::newRow("windows chars") << QStringLiteral("a<b>c:d\"e/f\\g|h?i*j") << QStringLiteral("abcdefghij");
    QTest::newRow("spaces") << QStringLiteral("open day  2020") << QStringLiteral("open-day--2020");
    QTest::newRow("trailing dots") << QStringLiteral("name...") << QStringLiteral("name");
    QTest::newRow("leading dot") << QStringLiteral(".hidden") << QStringLiteral("hidden");
    QTest::newRow("device") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("device ext") << QStringLiteral("com1.jpg") << QStringLiteral("_com1.jpg");
    QTest::newRow("control") << QStringLiteral("a\tb\nc") << QStringLiteral("a-b-c");
    QTest::newRow("cyrillic") << QStringLiteral("Әл-Фараби") << QStringLiteral("Әл-Фараби");
    QTest::newRow("nothing left") << QStringLiteral("???") << QString();
}

void TestGalleryBlock::safeNames()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(MediaNaming::safeFileName(in), out);
    if (!out.isEmpty())
        QVERIFY(MediaNaming::isSafeFileName(out));
}

void TestGalleryBlock::slideLineEscapes()
{
    QCOMPARE(GalleryBlock::slideLine({QStringLiteral("a.jpg"), QStringLiteral("Forum"), QStringLiteral("Forum")}),
        QStringLiteral("![Forum](a.jpg \"Forum\")"));
    QCOMPARE(GalleryBlock::slideLine({QStringLiteral("a.jpg"), QString(), QString()}), QStringLiteral("![](a.jpg)"));
    QCOMPARE(GalleryBlock::slideLine({QStringLiteral("a.jpg"), QStringLiteral("[x]\nline"), QStringLiteral("say \"hi\"")}),
        QStringLiteral("![(x) line](a.jpg 'say \"hi\"')"));
    QCOMPARE(GalleryBlock::slideLine({QStringLiteral("a.jpg"), QString(), QStringLiteral("it's \"x\"")}),
        QStringLiteral("![](a.jpg \"it's 'x'\")"));
}

void TestGalleryBlock::blockMatchesCorpus()
{
    const QString file = TestPaths::corpusDir() + QStringLiteral("/user/pages/") + QLatin1String(corpusPage);
    const QString text = readText(file);
    if (text.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the hemcenter corpus is absent (%1)").arg(file)));
    const QList<CarouselRange> ranges = GalleryBlock::find(text);
    QCOMPARE(ranges.size(), 1);
    const QString corpusBlock = text.mid(ranges[0].start, ranges[0].end - ranges[0].start);
    QCOMPARE(ranges[0].files,
        QStringList(
            {QStringLiteral("2019-07-22-1.jpg"), QStringLiteral("2019-07-22-2.jpg"), QStringLiteral("2019-07-22-3.jpg")}));
    QList<GallerySlide> slides;
    const QString caption = QStringLiteral("Silk Road Central Asia Hematology Forum");
    for (const QString &f : ranges[0].files)
        slides.append({f, caption, caption});
    QCOMPARE(GalleryBlock::block(ranges[0].params, slides), corpusBlock);
    QCOMPARE(GalleryBlock::block(GalleryBlock::defaultParams(), slides), corpusBlock);
}

void TestGalleryBlock::paramsLearnedFromCorpus()
{
    const QString pages = TestPaths::corpusDir() + QStringLiteral("/user/pages");
    if (!QDir(pages).exists())
        QSKIP(qPrintable(QStringLiteral("the hemcenter corpus is absent (%1)").arg(pages)));
    QCOMPARE(GalleryBlock::learnParams(pages), GalleryBlock::defaultParams());
}

void TestGalleryBlock::paramsLearnedFromSite()
{
    TempSite site;
    site.writePage(QStringLiteral("02.news/01.a/item.ru.md"),
        TempSite::page("title: A\n", "[owl-carousel items=2 loop=false]\n![](a-1.jpg)\n[/owl-carousel]\n"));
    site.writePage(QStringLiteral("02.news/02.b/item.ru.md"),
        TempSite::page("title: B\n", "  [owl-carousel items=2 loop=false]  \r\n![](b-1.jpg)\r\n[/owl-carousel]\r\n"));
    site.writePage(QStringLiteral("02.news/03.c/item.ru.md"),
        TempSite::page("title: C\n", "[owl-carousel items=1]\n![](c-1.jpg)\n[/owl-carousel]\n"));
    QCOMPARE(GalleryBlock::learnParams(site.pagesDir()), QStringLiteral("items=2 loop=false"));
    TempSite empty;
    QCOMPARE(GalleryBlock::learnParams(empty.pagesDir()), GalleryBlock::defaultParams());
}

void TestGalleryBlock::insertAtCursor()
{
    const QString block = GalleryBlock::block(QStringLiteral("items=1"), {{QStringLiteral("x-1.jpg"), {}, {}}});
    const QString body = QStringLiteral("First paragraph.\nSecond line.\n\nLast.\n");
    // In the middle of a line: the block goes after that line, set off by blank lines.
    QCOMPARE(GalleryBlock::insertAt(body, 5, block),
        QStringLiteral("First paragraph.\n\n") + block + QStringLiteral("\nSecond line.\n\nLast.\n"));
    // On the blank line between paragraphs.
    QCOMPARE(GalleryBlock::insertAt(body, 30, block),
        QStringLiteral("First paragraph.\nSecond line.\n\n") + block + QStringLiteral("\nLast.\n"));
    QCOMPARE(GalleryBlock::insertAt(QString(), 0, block), block);
    QCOMPARE(GalleryBlock::insertAt(QStringLiteral("End"), 3, block), QStringLiteral("End\n\n") + block);
}

void TestGalleryBlock::insertDefaultAfterDelimiter()
{
    const QString body = QStringLiteral("Summary.\n\n===\n\nMore text.\n");
    const QList<GallerySlide> slides {{QStringLiteral("d-1.jpg"), QStringLiteral("T"), QStringLiteral("T")}};
    const QString out = GalleryBlock::insertDefault(body, QStringLiteral("items=1"), slides);
    QCOMPARE(
        out, QStringLiteral("Summary.\n\n===\n\n[owl-carousel items=1]\n![T](d-1.jpg \"T\")\n[/owl-carousel]\n\nMore text.\n"));
    QCOMPARE(GalleryBlock::insertDefault(QStringLiteral("Only text."), QStringLiteral("items=1"), slides),
        QStringLiteral("Only text.\n\n[owl-carousel items=1]\n![T](d-1.jpg \"T\")\n[/owl-carousel]\n"));
}

void TestGalleryBlock::insertDefaultExtendsCarousel()
{
    const QString body = QStringLiteral("A.\n\n[owl-carousel items=1]\n![](d-1.jpg)\n[/owl-carousel]\n\nB.\n");
    const QString out = GalleryBlock::insertDefault(body, QStringLiteral("ignored"), {{QStringLiteral("d-2.jpg"), {}, {}}});
    QCOMPARE(out, QStringLiteral("A.\n\n[owl-carousel items=1]\n![](d-1.jpg)\n![](d-2.jpg)\n[/owl-carousel]\n\nB.\n"));
}

void TestGalleryBlock::replaceSelectedCarousel()
{
    const QString body = QStringLiteral("A.\n\n[owl-carousel items=1]\n![](d-1.jpg)\n[/owl-carousel]\n\nB.\n");
    const QList<CarouselRange> ranges = GalleryBlock::find(body);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(GalleryBlock::carouselAt(ranges, body.indexOf(QLatin1String("d-1")), 3), 0);
    QCOMPARE(GalleryBlock::carouselAt(ranges, 0, 2), -1);
    const QString block = GalleryBlock::block(QStringLiteral("items=1"), {{QStringLiteral("d-9.jpg"), {}, {}}});
    QCOMPARE(GalleryBlock::replace(body, ranges[0], block),
        QStringLiteral("A.\n\n[owl-carousel items=1]\n![](d-9.jpg)\n[/owl-carousel]\n\nB.\n"));
}

void TestGalleryBlock::oracleRendersCarousel()
{
    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    TempSite site;
    const QString folder = QStringLiteral("02.news/14.2019-07-22-forum");
    QList<GallerySlide> slides;
    for (int i = 1; i <= 3; ++i) {
        const QString name = QStringLiteral("2019-07-22-%1.jpg").arg(i);
        site.writePage(folder + QLatin1Char('/') + name, "not decoded by the oracle");
        slides.append({name, QStringLiteral("Форум"), QStringLiteral("Форум")});
    }
    const QString body
        = GalleryBlock::insertDefault(QStringLiteral("Summary.\n\n===\n\nText.\n"), GalleryBlock::defaultParams(), slides);
    const QString page = site.writePage(folder + QStringLiteral("/item.ru.md"), TempSite::page("title: Форум\n", body.toUtf8()));
    const ProgramRun run = runProgram(TestPaths::phpExecutable(),
        {TestPaths::oracleDir() + QStringLiteral("/grav-render.php"), QStringLiteral("--quiet"), page});
    QVERIFY2(run.code == 0, run.err.constData());
    const QString html = QString::fromUtf8(run.out);
    static const QRegularExpression carousel(
        QStringLiteral("<div class=\"owl-carousel owl-theme\" id=\"owl-[^\"]+\">(.*?)</div>"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = carousel.match(html);
    QVERIFY2(m.hasMatch(), qPrintable(html));
    const QString inner = m.captured(1);
    // One slide per image, no stray paragraph tags left inside (they would be slides too).
    QCOMPARE(inner.count(QStringLiteral("<img")), 3);
    QVERIFY2(!inner.contains(QLatin1String("<p>")) && !inner.contains(QLatin1String("</p>")), qPrintable(inner));
    for (int i = 1; i <= 3; ++i)
        QVERIFY(inner.contains(QStringLiteral("/user/pages/%1/2019-07-22-%2.jpg").arg(folder).arg(i)));
    QVERIFY(inner.contains(QStringLiteral("alt=\"Форум\"")));
    QVERIFY(!html.contains(QLatin1String("[owl-carousel")));
}

QTEST_GUILESS_MAIN(TestGalleryBlock)
#include "tst_galleryblock.moc"
