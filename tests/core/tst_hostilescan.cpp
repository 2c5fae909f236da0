// The page index on a hostile site: special files are problems and never opened, folder links are followed once
// (loops by device and inode), links out of the site are reported and not listed, oversized pages are refused,
// and pages that lead outside the site are indexed read-only with the reason.

#include "hostilesite.h"
#include "io/safefile.h"
#include "site/indexupdate.h"
#include "site/pageaccess.h"
#include "site/pageindex.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace GravDesk;

Q_DECLARE_METATYPE(GravDesk::ProblemKind)
Q_DECLARE_METATYPE(GravDesk::Severity)

namespace {

PageIndex scan(const QString &root)
{
    const SiteLayout layout = locateSite(root);
    return scanSite(layout, SiteConfig::load(layout));
}

const SiteProblem *findProblem(const PageIndex &index, ProblemKind kind, const QString &path)
{
    for (const SiteProblem &p : index.problems)
        if (p.kind == kind && p.path == path)
            return &p;
    return nullptr;
}

QString listProblems(const PageIndex &index)
{
    QStringList lines;
    for (const SiteProblem &p : index.problems)
        lines << problemKindName(p.kind) + QLatin1Char(' ') + p.path + QStringLiteral(": ") + p.text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestHostileScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void problems_data();
    void problems();
    void nodes_data();
    void nodes();
    void pages();
    void readOnlyReasons_data();
    void readOnlyReasons();
    void pagesFolderOutside();
    void updateFallsBackToFullScan();

private:
    std::unique_ptr<HostileSite> m_site;
    PageIndex m_index;
};

void TestHostileScan::initTestCase()
{
    m_site = std::make_unique<HostileSite>();
    QVERIFY2(m_site->isValid(), qPrintable(m_site->error()));
    m_index = scan(m_site->root()); // a hang here is the CTest timeout
}

void TestHostileScan::problems_data()
{
    QTest::addColumn<ProblemKind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("fifo") << ProblemKind::NotRegularFile << QStringLiteral("04.fifo/item.md") << Severity::Error
                          << QStringLiteral("FIFO");
    QTest::newRow("/dev/zero") << ProblemKind::NotRegularFile << QStringLiteral("05.zero/item.md") << Severity::Error
                               << QStringLiteral("character device");
    QTest::newRow("dangling") << ProblemKind::NotRegularFile << QStringLiteral("16.dangling/item.md") << Severity::Error
                              << QStringLiteral("leads nowhere");
    QTest::newRow("ancestor") << ProblemKind::FolderLoop << QStringLiteral("06.loop/up") << Severity::Warning
                              << QStringLiteral("the pages folder");
    QTest::newRow("a to b to a") << ProblemKind::FolderLoop << QStringLiteral("07.a/to-b/to-a") << Severity::Warning
                                 << QStringLiteral("“07.a”");
    QTest::newRow("b to a to b") << ProblemKind::FolderLoop << QStringLiteral("07.b/to-a/to-b") << Severity::Warning
                                 << QStringLiteral("“07.b”");
    QTest::newRow("/") << ProblemKind::LinkOutsideSite << QStringLiteral("08.root/slash") << Severity::Warning
                       << QStringLiteral("to /:");
    QTest::newRow("folder outside") << ProblemKind::LinkOutsideSite << QStringLiteral("10.outfolder") << Severity::Warning
                                    << QStringLiteral("outside the site");
    QTest::newRow("page outside") << ProblemKind::OutsideSite << QStringLiteral("09.linked/item.md") << Severity::Info
                                  << QStringLiteral("read-only");
    QTest::newRow("50 MB") << ProblemKind::FileTooLarge << QStringLiteral("13.huge/item.md") << Severity::Error
                           << QStringLiteral("is 50 MB; GravDesk opens page files up to 16 MB");
}

void TestHostileScan::problems()
{
    QFETCH(ProblemKind, kind);
    QFETCH(QString, path);
    QFETCH(Severity, severity);
    QFETCH(QString, messagePart);
    const SiteProblem *p = findProblem(m_index, kind, path);
    QVERIFY2(p, qPrintable(listProblems(m_index)));
    QCOMPARE(p->severity, severity);
    QVERIFY2(p->text().contains(messagePart), qPrintable(p->text()));
}

void TestHostileScan::nodes_data()
{
    QTest::addColumn<QString>("relPath");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<int>("variants");
    QTest::newRow("fifo folder: a placeholder") << QStringLiteral("04.fifo") << true << 0;
    QTest::newRow("device folder: a placeholder") << QStringLiteral("05.zero") << true << 0;
    QTest::newRow("loop not followed") << QStringLiteral("06.loop/up") << false << 0;
    QTest::newRow("link to a sibling followed once") << QStringLiteral("07.a/to-b") << true << 1;
    QTest::newRow("and not back") << QStringLiteral("07.a/to-b/to-a") << false << 0;
    QTest::newRow("/ not listed") << QStringLiteral("08.root/slash") << false << 0;
    QTest::newRow("folder outside not listed") << QStringLiteral("10.outfolder") << false << 0;
    QTest::newRow("page outside indexed") << QStringLiteral("09.linked") << true << 1;
    QTest::newRow("too large indexed, unread") << QStringLiteral("13.huge") << true << 1;
}

void TestHostileScan::nodes()
{
    QFETCH(QString, relPath);
    QFETCH(bool, listed);
    QFETCH(int, variants);
    const int n = m_index.findByRelPath(relPath);
    QCOMPARE(n >= 0, listed);
    if (listed)
        QCOMPARE(m_index.nodes[n].variants.size(), variants);
}

void TestHostileScan::pages()
{
    const int huge = m_index.findByRelPath(QStringLiteral("13.huge"));
    QCOMPARE(m_index.nodes[huge].variants.first().readError, FileRead::Error::TooLarge);
    QCOMPARE(m_index.nodes[huge].variants.first().size, qint64(50) * 1024 * 1024);
    QVERIFY(m_index.nodes[huge].variants.first().title.isEmpty());
    const int line = m_index.findByRelPath(QStringLiteral("12.longline"));
    QCOMPARE(m_index.nodes[line].variants.first().title, QStringLiteral("Long line"));
    const int table = m_index.findByRelPath(QStringLiteral("14.table"));
    QCOMPARE(m_index.nodes[table].variants.first().title, QStringLiteral("Table"));
    const int linked = m_index.findByRelPath(QStringLiteral("09.linked"));
    const PageVariant &outside = m_index.nodes[linked].variants.first();
    QCOMPARE(outside.title, QStringLiteral("Outside")); // read: reading is safe, writing is not
    QVERIFY(outside.readOnlyReason.contains(m_site->outside()));
    const int plain = m_index.findByRelPath(QStringLiteral("15.plain"));
    QVERIFY(m_index.nodes[plain].variants.first().readOnlyReason.isEmpty());
}

void TestHostileScan::readOnlyReasons_data()
{
    QTest::addColumn<QString>("rel");
    QTest::addColumn<QString>("reason");
    QTest::newRow("plain") << QStringLiteral("15.plain/item.md") << QString();
    QTest::newRow("linked outside") << QStringLiteral("09.linked/item.md") << QStringLiteral("leads outside the site");
    QTest::newRow("mode 444") << QStringLiteral("11.readonly/item.md") << QStringLiteral("is read-only; use Save As");
    QTest::newRow("in a folder linked outside")
        << QStringLiteral("10.outfolder/item.md") << QStringLiteral("leads outside the site");
    QTest::newRow("new file in a plain folder") << QStringLiteral("15.plain/item.ru.md") << QString();
}

void TestHostileScan::readOnlyReasons()
{
    QFETCH(QString, rel);
    QFETCH(QString, reason);
    const QString why = pageReadOnlyReason(m_site->page(rel));
    if (reason.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestHostileScan::pagesFolderOutside()
{
    // user/pages itself a link to a folder outside the site: every page is shown, and read-only.
    TempSite site;
    site.writeDefaultConfig();
    QTemporaryDir elsewhere;
    QVERIFY(QDir().mkpath(elsewhere.filePath(QStringLiteral("01.home"))));
    QFile page(elsewhere.filePath(QStringLiteral("01.home/default.kk.md")));
    QVERIFY(page.open(QIODevice::WriteOnly) && page.write(TempSite::page("title: Home\n")) > 0);
    page.close();
    QDir().rmdir(site.pagesDir());
    QVERIFY(QFile::link(elsewhere.path(), site.pagesDir()));
    const PageIndex index = scan(site.root());
    QVERIFY(!index.nodes.first().readOnlyReason.isEmpty());
    const int home = index.findByRelPath(QStringLiteral("01.home"));
    QVERIFY(home > 0);
    QCOMPARE(index.nodes[home].variants.first().title, QStringLiteral("Home"));
    QVERIFY(!index.nodes[home].variants.first().readOnlyReason.isEmpty());
    QVERIFY(findProblem(index, ProblemKind::OutsideSite, QString()));
}

void TestHostileScan::updateFallsBackToFullScan()
{
    // Folder links are checked in the order of a full scan: an update of such a site scans it all, and agrees.
    m_site->site().writePage(QStringLiteral("15.plain/item.md"), TempSite::page("title: Plain again\n"));
    const IndexUpdate update = updateIndex(m_index, {m_site->page(QStringLiteral("15.plain/item.md"))});
    QVERIFY(!update.incremental);
    const PageIndex full = scan(m_site->root());
    QCOMPARE(update.index.size(), full.size());
    QCOMPARE(update.index.problems.size(), full.problems.size());
    QCOMPARE(update.change.changed, QStringList {QStringLiteral("15.plain")});
}

QTEST_GUILESS_MAIN(TestHostileScan)
#include "tst_hostilescan.moc"
