// A hostile site, built here in a temporary folder: a FIFO named item.md, an item.md linked to /dev/zero, folder
// links that loop (to an ancestor; two folders linking to each other), a link to /, a page file linked to a file
// outside the site, a folder linked outside, a read-only page, a 1 MB line, a 50 MB page and a 2,000 x 20 table.
// Every gravdesk-cli command runs on it as a child process: each finishes with a message (non-zero where it
// refuses), and nothing outside the site changes (a sentinel folder is hashed before and after every run).

#include "fileutil.h"
#include "hostilesite.h"
#include "programrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace GravDesk;

namespace {

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexSeesEverything();
    void commands_data();
    void commands();
    void cleanupTestCase();

private:
    QString pages(const QString &rel) const { return m_site->page(rel); }
    void checkNothingOutsideChanged(const char *after);

    std::unique_ptr<HostileSite> m_site;
    QTemporaryDir m_output; // where render --out may write
    QByteArray m_outsideHash;
    QByteArray m_readOnlyHash;
    QString m_photo;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_output.isValid());
    m_site = std::make_unique<HostileSite>();
    QVERIFY2(m_site->isValid(), qPrintable(m_site->error()));
    m_photo = QStringLiteral(
        GRAVDESK_SOURCE_DIR "/examples/sample-site/user/pages/02.news/03.2025-06-14-world-blood-donor-day/2025-06-14-2.jpg");
    QVERIFY2(QFileInfo(m_photo).isFile(), qPrintable(m_photo));
    m_outsideHash = HostileSite::treeHash(m_site->outside());
    m_readOnlyHash = fileHash(pages(QStringLiteral("11.readonly/item.md")));
}

void TestHostile::cleanupTestCase()
{
    m_site.reset();
}

void TestHostile::checkNothingOutsideChanged(const char *after)
{
    QVERIFY2(HostileSite::treeHash(m_site->outside()) == m_outsideHash, after);
    const QString readOnly = pages(QStringLiteral("11.readonly/item.md"));
    QVERIFY2(fileHash(readOnly) == m_readOnlyHash, after);
    QVERIFY2(!(QFileInfo(readOnly).permissions() & QFileDevice::WriteOwner), after);
    struct stat st;
    QVERIFY(::stat("/dev/zero", &st) == 0 && S_ISCHR(st.st_mode));
    QVERIFY(QFileInfo(pages(QStringLiteral("09.linked/item.md"))).isSymLink());
}

void TestHostile::indexSeesEverything()
{
    const ProgramRun r = runProgram(QStringLiteral(GRAVDESK_CLI), {QStringLiteral("index"), m_site->root()}, 60000);
    QVERIFY2(r.code != -1, "index did not finish");
    QCOMPARE(r.code, 1); // errors: the FIFO, the device, the 50 MB page
    const QByteArray all = r.out + r.err;
    for (const char *expected : {"[not-regular-file] 04.fifo/item.md", "[not-regular-file] 05.zero/item.md",
             "[folder-loop] 06.loop/up", "[folder-loop] 07.a/to-b/to-a", "[link-outside-site] 08.root/slash",
             "[link-outside-site] 10.outfolder", "[outside-site] 09.linked/item.md", "[file-too-large] 13.huge/item.md",
             "is 50 MB; GravDesk opens page files up to 16 MB", "FIFO", "character device"})
        QVERIFY2(all.contains(expected),
            qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(QLatin1String(expected), QString::fromUtf8(all))));
    checkNothingOutsideChanged("index");
}

void TestHostile::commands_data()
{
    QTest::addColumn<QStringList>("args"); // %SITE% %PAGES% %OUT% %PHOTO% are replaced
    QTest::addColumn<QList<int>>("codes"); // the exit codes that are right
    QTest::addColumn<QByteArray>("message"); // a part of what it prints ("" for anything)

    const QList<int> ok {0};
    const QList<int> refused {1, 2};
    const auto row = [](const char *name, const QStringList &args, const QList<int> &codes, const QByteArray &message) {
        QTest::newRow(name) << args << codes << message;
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    row("check", {s("check"), s("%SITE%")}, {1}, "not-regular-file");
    row("check --json", {s("check"), s("--json"), s("%SITE%")}, {1}, "folder-loop");
    row("roundtrip site", {s("roundtrip"), s("%SITE%")}, {0, 1}, "pages");
    row("roundtrip fifo", {s("roundtrip"), s("%PAGES%/04.fifo/item.md")}, refused, "");
    row("roundtrip /dev/zero link", {s("roundtrip"), s("%PAGES%/05.zero/item.md")}, refused, "");
    row("roundtrip 50 MB", {s("roundtrip"), s("%PAGES%/13.huge/item.md")}, refused, "50 MB");
    row("render fifo", {s("render"), s("%PAGES%/04.fifo/item.md")}, refused, "FIFO");
    row("render /dev/zero link", {s("render"), s("%PAGES%/05.zero/item.md")}, refused, "character device");
    row("render 50 MB", {s("render"), s("%PAGES%/13.huge/item.md")}, refused, "50 MB");
    row("render 1 MB line", {s("render"), s("%PAGES%/12.longline/item.md")}, ok, "xxxx");
    row("render table", {s("render"), s("%PAGES%/14.table/item.md")}, ok, "<table>");
    row("render linked page", {s("render"), s("%PAGES%/09.linked/item.md")}, ok, "");
    row("render --out site", {s("render"), s("--out"), s("%OUT%"), s("%SITE%")}, {0, 1}, "");
    row("set fifo", {s("set"), s("%PAGES%/04.fifo/item.md"), s("title=X")}, refused, "FIFO");
    row("set /dev/zero link", {s("set"), s("%PAGES%/05.zero/item.md"), s("title=X")}, refused, "character device");
    row("set 50 MB", {s("set"), s("%PAGES%/13.huge/item.md"), s("title=X")}, refused, "50 MB");
    row("set page linked outside", {s("set"), s("%PAGES%/09.linked/item.md"), s("title=X")}, refused, "outside the site");
    row("set read-only page", {s("set"), s("%PAGES%/11.readonly/item.md"), s("title=X")}, refused, "read-only");
    row("set 1 MB line", {s("set"), s("%PAGES%/12.longline/item.md"), s("title=Long")}, ok, "updated");
    row("set table", {s("set"), s("%PAGES%/14.table/item.md"), s("title=Big table")}, ok, "updated");
    row("set page in a loop folder", {s("set"), s("%PAGES%/06.loop/item.md"), s("title=Loop 2")}, ok, "updated");
    row("new-post in a folder with loops", {s("new-post"), s("%PAGES%/06.loop"), s("--title"), s("Post"), s("--lang"), s("ru")},
        ok, "06.loop");
    row("new-post in a folder linked outside",
        {s("new-post"), s("%PAGES%/10.outfolder"), s("--title"), s("Post"), s("--lang"), s("ru")}, refused, "");
    row("new-post in the linked-to-root folder", {s("new-post"), s("%PAGES%/08.root/slash"), s("--title"), s("Post")}, refused,
        "");
    row("import-gallery --insert fifo", {s("import-gallery"), s("%PAGES%/04.fifo"), s("%PHOTO%"), s("--insert")}, refused, "");
    row("import-gallery --insert linked page", {s("import-gallery"), s("%PAGES%/09.linked"), s("%PHOTO%"), s("--insert")},
        refused, "outside the site");
    row("import-gallery --insert read-only page", {s("import-gallery"), s("%PAGES%/11.readonly"), s("%PHOTO%"), s("--insert")},
        refused, "read-only");
    row("import-gallery into a folder linked outside", {s("import-gallery"), s("%PAGES%/10.outfolder"), s("%PHOTO%")}, refused,
        "outside the site");
    row("import-gallery --insert 50 MB", {s("import-gallery"), s("%PAGES%/13.huge"), s("%PHOTO%"), s("--insert")}, refused,
        "50 MB");
    // A plain page of the hostile site: the import reads every page of the site for its carousel parameters.
    row("import-gallery --insert plain page", {s("import-gallery"), s("%PAGES%/15.plain"), s("%PHOTO%"), s("--insert")}, ok,
        "1 of 1 photos imported");
    row("index after all", {s("index"), s("--json"), s("%SITE%")}, {1}, "file-too-large");
}

void TestHostile::commands()
{
    QFETCH(QStringList, args);
    QFETCH(QList<int>, codes);
    QFETCH(QByteArray, message);
    for (QString &a : args) {
        a.replace(QLatin1String("%SITE%"), m_site->root());
        a.replace(QLatin1String("%PAGES%"), m_site->pagesDir());
        a.replace(QLatin1String("%OUT%"), m_output.path());
        a.replace(QLatin1String("%PHOTO%"), m_photo);
    }
    const ProgramRun r = runProgram(QStringLiteral(GRAVDESK_CLI), args, 120000);
    const QString shown = QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
                              .arg(r.code)
                              .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
    QVERIFY2(r.code != -1, "did not finish within two minutes");
    QVERIFY2(codes.contains(r.code), qPrintable(shown));
    const QByteArray printed = r.out + r.err;
    QVERIFY2(!printed.trimmed().isEmpty(), "finished without a message");
    if (!message.isEmpty())
        QVERIFY2(printed.contains(message), qPrintable(shown));
    checkNothingOutsideChanged(QTest::currentDataTag());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
