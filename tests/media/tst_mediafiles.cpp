// A page folder's media: Grav's listing order, rename with references in every language file,
// delete, and media_order.

#include "mediafiles.h"
#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kFolder = QStringLiteral("02.news/01.2020-02-02-x");
const QStringList kExtensions {QStringLiteral("jpg"), QStringLiteral("png"), QStringLiteral("pdf")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList names(const QList<MediaEntry> &entries)
{
    QStringList out;
    for (const MediaEntry &e : entries)
        out.append(e.name);
    return out;
}

} // namespace

class TestMediaFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsLikeGrav();
    void renameUpdatesEveryLanguage();
    void renameRefusesTakenAndUnsafeNames();
    void removeTakesSideFiles();
    void orderWritesMediaOrder();
    void replaceOnlyWholeReferences();

private:
    std::unique_ptr<TempSite> m_site;
    QString m_page;
};

void TestMediaFiles::init()
{
    m_site = std::make_unique<TempSite>();
    m_site->writePage(kFolder + QStringLiteral("/item.ru.md"),
        TempSite::page(
            "title: X\nmedia_order: 'b-10.jpg,a.jpg'\n", "![Фото](a.jpg \"Фото\")\n[PDF](doc.pdf)\n![](a.jpg?resize=400)\n"));
    m_site->writePage(kFolder + QStringLiteral("/item.kk.md"), TempSite::page("title: X\n", "![](a.jpg)\r\nabc a.jpg\r\n"));
    for (const char *f : {"a.jpg", "b-2.jpg", "b-10.jpg", "doc.pdf", "a.jpg.meta.yaml", "a@2x.jpg", ".hidden.jpg", "notes.txt"})
        m_site->writePage(kFolder + QLatin1Char('/') + QLatin1String(f), "x");
    m_page = m_site->pagesDir() + QLatin1Char('/') + kFolder;
}

void TestMediaFiles::listsLikeGrav()
{
    QCOMPARE(names(MediaFiles::list(m_page, kExtensions)),
        QStringList({QStringLiteral("a.jpg"), QStringLiteral("b-2.jpg"), QStringLiteral("b-10.jpg"), QStringLiteral("doc.pdf")}));
    QCOMPARE(names(MediaFiles::list(m_page, kExtensions, m_page + QStringLiteral("/item.ru.md"))),
        QStringList({QStringLiteral("b-10.jpg"), QStringLiteral("a.jpg"), QStringLiteral("b-2.jpg"), QStringLiteral("doc.pdf")}));
    const QList<MediaEntry> entries = MediaFiles::list(m_page, kExtensions);
    QVERIFY(entries[0].image);
    QVERIFY(!entries[3].image);
}

void TestMediaFiles::renameUpdatesEveryLanguage()
{
    QCOMPARE(MediaFiles::referencingPages(m_page, QStringLiteral("a.jpg")), 2);
    const MediaChange r = MediaFiles::rename(m_page, QStringLiteral("a.jpg"), QStringLiteral("2020-02-02-1.jpg"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.changedPages.size(), 2);
    QVERIFY(QFile::exists(m_page + QStringLiteral("/2020-02-02-1.jpg")));
    QVERIFY(QFile::exists(m_page + QStringLiteral("/2020-02-02-1.jpg.meta.yaml")));
    QVERIFY(QFile::exists(m_page + QStringLiteral("/2020-02-02-1@2x.jpg")));
    QVERIFY(!QFile::exists(m_page + QStringLiteral("/a.jpg")));
    QCOMPARE(QString::fromUtf8(readAll(m_page + QStringLiteral("/item.ru.md"))),
        QStringLiteral("---\ntitle: X\nmedia_order: 'b-10.jpg,2020-02-02-1.jpg'\n---\n\n![Фото](2020-02-02-1.jpg \"Фото\")\n"
                       "[PDF](doc.pdf)\n![](2020-02-02-1.jpg?resize=400)\n"));
    // Text that merely mentions the name is not a reference; CR LF stays.
    QCOMPARE(readAll(m_page + QStringLiteral("/item.kk.md")),
        QByteArray("---\ntitle: X\n---\n\n![](2020-02-02-1.jpg)\r\nabc a.jpg\r\n"));
}

void TestMediaFiles::renameRefusesTakenAndUnsafeNames()
{
    const QByteArray ru = readAll(m_page + QStringLiteral("/item.ru.md"));
    MediaChange r = MediaFiles::rename(m_page, QStringLiteral("a.jpg"), QStringLiteral("B-2.JPG"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("already exists")), qPrintable(r.error));
    r = MediaFiles::rename(m_page, QStringLiteral("a.jpg"), QStringLiteral("con.jpg"));
    QVERIFY(!r.ok);
    r = MediaFiles::rename(m_page, QStringLiteral("a.jpg"), QStringLiteral("a:b.jpg"));
    QVERIFY(!r.ok);
    QVERIFY(QFile::exists(m_page + QStringLiteral("/a.jpg")));
    QCOMPARE(readAll(m_page + QStringLiteral("/item.ru.md")), ru);
}

void TestMediaFiles::removeTakesSideFiles()
{
    const MediaChange r = MediaFiles::remove(m_page, QStringLiteral("a.jpg"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!QFile::exists(m_page + QStringLiteral("/a.jpg")));
    QVERIFY(!QFile::exists(m_page + QStringLiteral("/a.jpg.meta.yaml")));
    QVERIFY(!QFile::exists(m_page + QStringLiteral("/a@2x.jpg")));
    QVERIFY(QFile::exists(m_page + QStringLiteral("/b-2.jpg")));
}

void TestMediaFiles::orderWritesMediaOrder()
{
    const MediaChange r = MediaFiles::setOrder(
        m_page, {QStringLiteral("doc.pdf"), QStringLiteral("a.jpg")}, m_page + QStringLiteral("/item.kk.md"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.changedPages.size(), 1);
    QVERIFY(readAll(m_page + QStringLiteral("/item.ru.md")).contains("media_order: 'doc.pdf,a.jpg'\n"));
    QVERIFY(!readAll(m_page + QStringLiteral("/item.kk.md")).contains("media_order"));
}

void TestMediaFiles::replaceOnlyWholeReferences()
{
    QCOMPARE(MediaFiles::replaceReferences(QStringLiteral("![](a.jpg) ![](aa.jpg) ![](a.jpg#x) [](a.jpgx)"),
                 QStringLiteral("a.jpg"), QStringLiteral("n.jpg")),
        QStringLiteral("![](n.jpg) ![](aa.jpg) ![](n.jpg#x) [](a.jpgx)"));
}

QTEST_GUILESS_MAIN(TestMediaFiles)
#include "tst_mediafiles.moc"
