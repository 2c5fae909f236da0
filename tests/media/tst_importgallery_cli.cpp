// gravdesk-cli import-gallery run as a user would, in a process of its own: its output, the files it
// writes, and its peak memory for twenty 20 MP photos (measured by the kernel for the child).

#include "photofixtures.h"
#include "programrun.h"
#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace GravDesk;

namespace {

const QString kFolder = QStringLiteral("02.news/14.2019-07-22-forum");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestImportGalleryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void printsLinesAndBlock();
    void insertWritesEveryLanguage();
    void badUsage();
    void importProgramMissing();
    void heicPhoto();
    void twentyPhotosPeakMemory();

private:
    std::unique_ptr<TempSite> m_site;
    QTemporaryDir m_photos;
    QString m_page;
};

void TestImportGalleryCli::init()
{
    m_site = std::make_unique<TempSite>();
    m_site->writePage(kFolder + QStringLiteral("/item.ru.md"), TempSite::page("title: 'Форум'\n", "Кратко.\n\n===\n\nТекст.\n"));
    m_site->writePage(kFolder + QStringLiteral("/item.kk.md"), TempSite::page("title: 'Форум kk'\n", "Қысқаша.\n"));
    m_page = m_site->pagesDir() + QLatin1Char('/') + kFolder;
    PhotoFixtures::writeFile(m_photos.filePath(QStringLiteral("IMG_1.jpg")),
        PhotoFixtures::withCameraMetadata(
            PhotoFixtures::jpeg(PhotoFixtures::storedFor(PhotoFixtures::quadrants(800, 500), 8)), 8));
    PhotoFixtures::writeFile(
        m_photos.filePath(QStringLiteral("IMG_2.jpg")), PhotoFixtures::jpeg(PhotoFixtures::quadrants(300, 200)));
    PhotoFixtures::writeFile(m_photos.filePath(QStringLiteral("notes.jpg")), "text\n");
}

void TestImportGalleryCli::printsLinesAndBlock()
{
    const ProgramRun run = runProgram(QStringLiteral(GRAVDESK_CLI),
        {QStringLiteral("import-gallery"), m_page, m_photos.path(), QStringLiteral("--max-edge"), QStringLiteral("400")});
    QCOMPARE(run.code, 1); // one file was not a photo
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("IMG_1.jpg -> 2019-07-22-1.jpg  500x800 -> 400x250")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("IMG_2.jpg -> 2019-07-22-2.jpg  300x200 -> 300x200")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("notes.jpg: not imported: notes.jpg is not an image")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("# item.ru.md\n[owl-carousel class=\"gallery-owl\" items=1 margin=10 loop=true "
                                        "autoplay=false lazyLoad=true]\n![Форум](2019-07-22-1.jpg \"Форум\")\n"
                                        "![Форум](2019-07-22-2.jpg \"Форум\")\n[/owl-carousel]\n")));
    QVERIFY(out.contains(QStringLiteral("2 of 3 photos imported")));
    QVERIFY(QFile::exists(m_page + QStringLiteral("/2019-07-22-1.jpg")));
    // Without --insert the page files are not touched.
    QVERIFY(!readAll(m_page + QStringLiteral("/item.ru.md")).contains("owl-carousel"));
}

void TestImportGalleryCli::insertWritesEveryLanguage()
{
    const ProgramRun run = runProgram(QStringLiteral(GRAVDESK_CLI),
        {QStringLiteral("import-gallery"), m_page, m_photos.filePath(QStringLiteral("IMG_2.jpg")), QStringLiteral("--insert"),
            QStringLiteral("--caption"), QStringLiteral("kk=Ашылу"), QStringLiteral("--quality"), QStringLiteral("70")});
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(readAll(m_page + QStringLiteral("/item.kk.md"))),
        QStringLiteral("---\ntitle: 'Форум kk'\nheader_image: false\n---\n\nҚысқаша.\n\n[owl-carousel class=\"gallery-owl\" "
                       "items=1 margin=10 loop=true autoplay=false lazyLoad=true]\n![Ашылу](2019-07-22-1.jpg \"Ашылу\")\n"
                       "[/owl-carousel]\n"));
    QVERIFY(readAll(m_page + QStringLiteral("/item.ru.md")).contains(QStringLiteral("===\n\n[owl-carousel").toUtf8()));
}

void TestImportGalleryCli::badUsage()
{
    QCOMPARE(runProgram(QStringLiteral(GRAVDESK_CLI), {QStringLiteral("import-gallery"), m_page}).code, 2);
    QCOMPARE(runProgram(QStringLiteral(GRAVDESK_CLI),
                 {QStringLiteral("import-gallery"), m_page, m_photos.path(), QStringLiteral("--quality"), QStringLiteral("0")})
                 .code,
        2);
    QCOMPARE(runProgram(QStringLiteral(GRAVDESK_CLI),
                 {QStringLiteral("import-gallery"), m_page + QStringLiteral("/none"), m_photos.path()})
                 .code,
        2);
}

// gravdesk-cli hands import-gallery over to gravdesk-cli-gallery beside it: a copy of gravdesk-cli alone says what is
// missing, and writes nothing.
void TestImportGalleryCli::importProgramMissing()
{
    QTemporaryDir alone;
    const QString cli = alone.filePath(QStringLiteral("gravdesk-cli"));
    QVERIFY(QFile::copy(QStringLiteral(GRAVDESK_CLI), cli));
    const QStringList before = QDir(m_page).entryList(QDir::Files);
    const ProgramRun run = runProgram(cli, {QStringLiteral("import-gallery"), m_page, m_photos.path()});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("gravdesk-cli-gallery"), run.err.constData());
    QCOMPARE(QDir(m_page).entryList(QDir::Files), before);
    // The other commands do not need it.
    QCOMPARE(runProgram(cli, {QStringLiteral("--version")}).code, 0);
}

// A phone's HEIC photo: gravdesk-cli does not link libheif, it loads it for the first HEIC file.
void TestImportGalleryCli::heicPhoto()
{
    QTemporaryDir photos;
    const QString file = photos.filePath(QStringLiteral("IMG_3.HEIC"));
    QString why;
    if (!PhotoFixtures::writeHeic(file, PhotoFixtures::quadrants(640, 400), &why))
        QSKIP(qPrintable(why));
    const ProgramRun run = runProgram(QStringLiteral(GRAVDESK_CLI),
        {QStringLiteral("import-gallery"), m_page, file, QStringLiteral("--max-edge"), QStringLiteral("320")});
    const QString out = QString::fromUtf8(run.out + run.err);
    QVERIFY2(run.code == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("IMG_3.HEIC -> 2019-07-22-1.jpg  640x400 -> 320x200")), qPrintable(out));
    const QImage written(m_page + QStringLiteral("/2019-07-22-1.jpg"));
    QCOMPARE(written.size(), QSize(320, 200));
}

void TestImportGalleryCli::twentyPhotosPeakMemory()
{
    // Twenty 20 MP photos: the import's process must stay under 300 MB at its peak.
    QTemporaryDir big;
    {
        const QByteArray bytes
            = PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(PhotoFixtures::quadrants(5472, 3648), 85), 6);
        for (int i = 0; i < 20; ++i)
            QVERIFY(PhotoFixtures::writeFile(big.filePath(QStringLiteral("DSC_%1.JPG").arg(i, 4, 10, QLatin1Char('0'))), bytes));
    }
    const QStringList args {QStringLiteral("import-gallery"), m_page, big.path(), QStringLiteral("--insert")};
    // GNU time reports the command's own peak; the kernel's figure for a child of this test would start
    // from this process's peak (inherited at exec), an upper bound only.
    const bool gnuTime = QFileInfo(QStringLiteral("/usr/bin/time")).isExecutable();
    const QString rssFile = big.filePath(QStringLiteral("rss.txt"));
    const QStringList timeArgs {
        QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssFile, QStringLiteral(GRAVDESK_CLI)};
    const ProgramRun run
        = gnuTime ? runProgram(QStringLiteral("/usr/bin/time"), timeArgs + args) : runProgram(QStringLiteral(GRAVDESK_CLI), args);
    QVERIFY2(run.code == 0, run.err.constData());
    QCOMPARE(QString::fromUtf8(run.out).count(QStringLiteral(" -> 1365x2048 ")), 20);
    long peakMb = 0;
    if (gnuTime) {
        peakMb = readAll(rssFile).trimmed().split('\n').last().trimmed().toLong() / 1024;
    } else {
        rusage children {};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &children), 0);
        peakMb = children.ru_maxrss / 1024;
    }
    qInfo("gravdesk-cli peak RSS: %ld MB for twenty 20 MP photos%s", peakMb, gnuTime ? "" : " (upper bound)");
    QVERIFY2(peakMb > 0 && peakMb < 300, qPrintable(QString::number(peakMb)));
}

QTEST_GUILESS_MAIN(TestImportGalleryCli)
#include "tst_importgallery_cli.moc"
