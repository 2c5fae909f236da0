// RecoveryJournal: entries are written off the calling thread, read back exactly, coalesced per editor and
// page, removed on request; a damaged entry is reported without hiding the others; the journal lives in
// the user's state folder, never in the site.

#include "fileutil.h"
#include "io/recoveryjournal.h"
#include "io/statepaths.h"
#include "page/pagedocument.h"
#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

RecoveryEntry makeEntry(const QString &slot, const QString &page, const QString &body, const QByteArray &header = "title: A\n")
{
    RecoveryEntry e;
    e.slot = slot;
    e.pagePath = page;
    e.language = QStringLiteral("ru");
    e.title = QStringLiteral("A");
    e.headerBytes = header;
    e.body = body;
    e.time = QDateTime::currentDateTimeUtc();
    return e;
}

QStringList entryFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestRecoveryJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void coalescesSnapshots();
    void oneEntryPerSlotAndPage();
    void removes();
    void clears();
    void newestFirst();
    void damagedEntry_data();
    void damagedEntry();
    void writeFailureIsReported();
    void staleTempsRemoved();
    void siteJournalOutsideSite();
    void folderChangesRoundTrip();
    void orphanStagingFoldersRemoved();
};

void TestRecoveryJournal::roundTrip_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("loaded");

    QTest::newRow("plain") << QStringLiteral("Text.\n") << QByteArray("title: A\n") << QByteArray("---\ntitle: A\n---\nOld\n");
    QTest::newRow("russian and kazakh") << QStringLiteral(
        "Пациенттерге арналған мектеп — «школа» для пациентов.\n\nҚазақ тілі: әғқңөұүһі")
                                        << QByteArray("title: 'Школа пациентов'\n") << QByteArray("x");
    QTest::newRow("crlf, no final newline") << QStringLiteral("a\r\nb") << QByteArray("title: A\r\n") << QByteArray("y");
    QTest::newRow("empty header, never loaded") << QStringLiteral("") << QByteArray() << QByteArray();
    QTest::newRow("header bytes kept exactly")
        << QStringLiteral("b") << QByteArray("title: A   \n# comment\n\tkey: \"\\u0000\"\nlast: no newline") << QByteArray("z");
}

void TestRecoveryJournal::roundTrip()
{
    QFETCH(QString, body);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, loaded);
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    QVERIFY(journal->isValid());
    RecoveryEntry e = makeEntry(QStringLiteral("main"), QStringLiteral("/site/user/pages/02.news/a/item.ru.md"), body, header);
    e.time = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    journal->record(e, loaded);
    QString error;
    QVERIFY2(journal->flush(&error), qPrintable(error));
    QCOMPARE(entryFiles(dir.path()), QStringList {RecoveryJournal::entryId(e.slot, e.pagePath)});

    const RecoveryListing listing = journal->list();
    QVERIFY(listing.problems.isEmpty());
    QCOMPARE(listing.entries.size(), 1);
    const RecoveryEntry &r = listing.entries.first();
    QCOMPARE(r.slot, e.slot);
    QCOMPARE(r.pagePath, e.pagePath);
    QCOMPARE(r.language, e.language);
    QCOMPARE(r.title, e.title);
    QCOMPARE(r.headerBytes, header);
    QCOMPARE(r.body, body);
    QCOMPARE(r.loadedHash, loaded.isEmpty() ? QByteArray() : RecoveryJournal::hashOf(loaded));
    QCOMPARE(r.time, e.time);
    QCOMPARE(r.id, RecoveryJournal::entryId(e.slot, e.pagePath));
}

void TestRecoveryJournal::coalescesSnapshots()
{
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    const QString page = QStringLiteral("/s/p/item.md");
    QString body;
    for (int i = 0; i < 500; ++i) {
        body += QLatin1Char('a' + i % 26);
        journal->record(makeEntry(QStringLiteral("main"), page, body));
    }
    const RecoveryListing listing = journal->list();
    QCOMPARE(listing.entries.size(), 1);
    QCOMPARE(listing.entries.first().body, body);
    QCOMPARE(entryFiles(dir.path()).size(), 1); // no temporary file left behind
}

void TestRecoveryJournal::oneEntryPerSlotAndPage()
{
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    const QString a = QStringLiteral("/s/p/a/item.ru.md"), b = QStringLiteral("/s/p/a/item.kk.md");
    journal->record(makeEntry(QStringLiteral("main"), a, QStringLiteral("1")));
    journal->record(makeEntry(QStringLiteral("side-by-side/0"), a, QStringLiteral("2")));
    journal->record(makeEntry(QStringLiteral("side-by-side/1"), b, QStringLiteral("3")));
    journal->record(makeEntry(QStringLiteral("main"), a, QStringLiteral("4")));
    const RecoveryListing listing = journal->list();
    QCOMPARE(listing.entries.size(), 3);
    QStringList bodies;
    for (const RecoveryEntry &e : listing.entries)
        bodies << e.slot + QLatin1Char('=') + e.body;
    bodies.sort();
    QCOMPARE(
        bodies, (QStringList {QStringLiteral("main=4"), QStringLiteral("side-by-side/0=2"), QStringLiteral("side-by-side/1=3")}));
}

void TestRecoveryJournal::removes()
{
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    const QString a = QStringLiteral("/s/p/a/item.md"), b = QStringLiteral("/s/p/b/item.md");
    journal->record(makeEntry(QStringLiteral("main"), a, QStringLiteral("x")));
    journal->record(makeEntry(QStringLiteral("main"), b, QStringLiteral("y")));
    // A removal queued behind a pending write wins over it.
    journal->remove(QStringLiteral("main"), a);
    RecoveryListing listing = journal->list();
    QCOMPARE(listing.entries.size(), 1);
    QCOMPARE(listing.entries.first().pagePath, b);
    journal->removeId(listing.entries.first().id);
    QVERIFY(journal->list().entries.isEmpty());
    QVERIFY(entryFiles(dir.path()).isEmpty());
    // Removing what is not there is not an error; an id outside the folder is ignored.
    journal->remove(QStringLiteral("main"), a);
    QVERIFY(writeFile(dir.path() + QStringLiteral("/keep.txt"), "k"));
    journal->removeId(QStringLiteral("../keep.txt"));
    QVERIFY(journal->flush());
    QVERIFY(QFileInfo::exists(dir.path() + QStringLiteral("/keep.txt")));
}

void TestRecoveryJournal::clears()
{
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    for (int i = 0; i < 5; ++i)
        journal->record(makeEntry(QStringLiteral("main"), QStringLiteral("/s/%1.md").arg(i), QStringLiteral("b")));
    journal->clear();
    QVERIFY(journal->list().entries.isEmpty());
    QVERIFY(entryFiles(dir.path()).isEmpty());
}

void TestRecoveryJournal::newestFirst()
{
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    const QDateTime t0(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    const int order[] = {2, 0, 3, 1};
    for (int i : order) {
        RecoveryEntry e = makeEntry(QStringLiteral("main"), QStringLiteral("/s/%1.md").arg(i), QString::number(i));
        e.time = t0.addSecs(i);
        journal->record(e);
    }
    const RecoveryListing listing = journal->list();
    QStringList bodies;
    for (const RecoveryEntry &e : listing.entries)
        bodies << e.body;
    QCOMPARE(bodies, (QStringList {QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("0")}));
}

void TestRecoveryJournal::damagedEntry_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good
        = RecoveryJournal::serialize(makeEntry(QStringLiteral("main"), QStringLiteral("/s/x.md"), QStringLiteral("b")));
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("zeros") << QByteArray(64, '\0');
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("unknown format") << QByteArray(good).replace("\"format\":1", "\"format\":99");
    QTest::newRow("no body") << QByteArray(good).replace("\"body\":", "\"bodx\":");
    QTest::newRow("header not base64") << QByteArray(good).replace("\"header\":\"", "\"header\":\"@@");
}

void TestRecoveryJournal::damagedEntry()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    journal->record(makeEntry(QStringLiteral("main"), QStringLiteral("/s/good.md"), QStringLiteral("kept")));
    QVERIFY(journal->flush());
    const QString bad = dir.path() + QStringLiteral("/0000bad.json");
    QVERIFY(writeFile(bad, bytes));
    const RecoveryListing listing = journal->list();
    QCOMPARE(listing.entries.size(), 1);
    QCOMPARE(listing.entries.first().body, QStringLiteral("kept"));
    QCOMPARE(listing.problems.size(), 1);
    QVERIFY2(listing.problems.first().contains(QStringLiteral("0000bad.json")), qPrintable(listing.problems.first()));
    // A damaged entry can be forgotten like any other.
    journal->removeId(QStringLiteral("0000bad.json"));
    QVERIFY(journal->list().problems.isEmpty());
}

void TestRecoveryJournal::writeFailureIsReported()
{
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    const RecoveryEntry e = makeEntry(QStringLiteral("main"), QStringLiteral("/s/x.md"), QStringLiteral("b"));
    // A folder where the entry file should go: the rename fails, for root too.
    QVERIFY(QDir(dir.path()).mkdir(RecoveryJournal::entryId(e.slot, e.pagePath)));
    journal->record(e);
    QString error;
    QVERIFY(!journal->flush(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(journal->flush()); // reported once
    const QStringList left = entryFiles(dir.path());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' ')))); // no temporary file either
}

void TestRecoveryJournal::staleTempsRemoved()
{
    QTemporaryDir dir;
    {
        auto journal = RecoveryJournal::inFolder(dir.path());
        journal->record(makeEntry(QStringLiteral("main"), QStringLiteral("/s/x.md"), QStringLiteral("b")));
    }
    const QString temp = dir.path() + QStringLiteral("/.abc.json.gravdesk-k3j2.tmp");
    QVERIFY(writeFile(temp, "half"));
    auto journal = RecoveryJournal::inFolder(dir.path());
    QVERIFY(!QFileInfo::exists(temp));
    QCOMPARE(journal->list().entries.size(), 1);
}

void TestRecoveryJournal::siteJournalOutsideSite()
{
    TempSite site;
    site.populateSample();
    RecoveryJournal journal(site.root());
    QVERIFY(journal.isValid());
    QCOMPARE(journal.folder(), StatePaths::siteFolder(site.root()) + QStringLiteral("/recovery"));
    QVERIFY(!journal.folder().startsWith(site.root() + QLatin1Char('/')));
    QVERIFY(!journal.folder().startsWith(QFileInfo(site.root()).canonicalFilePath() + QLatin1Char('/')));
    journal.record(makeEntry(QStringLiteral("main"), site.pagesDir() + QStringLiteral("/x/item.md"), QStringLiteral("b")));
    QCOMPARE(journal.list().entries.size(), 1);
    // Another site never sees it.
    TempSite other;
    other.populateSample();
    RecoveryJournal otherJournal(other.root());
    QVERIFY(otherJournal.list().entries.isEmpty());
}

void TestRecoveryJournal::folderChangesRoundTrip()
{
    // A page's pending folder change (photos, renames, removals, other language files) is journaled exactly.
    QTemporaryDir dir;
    auto journal = RecoveryJournal::inFolder(dir.path());
    RecoveryEntry e = makeEntry(QStringLiteral("main"), QStringLiteral("/site/user/pages/a/item.ru.md"), QStringLiteral("b"));
    FolderOp add;
    add.kind = FolderOp::Kind::AddFile;
    add.path = QStringLiteral("/site/user/pages/a/фото-1.jpg");
    add.source = QStringLiteral("/state/staged/1-x/фото-1.jpg");
    FolderOp write;
    write.kind = FolderOp::Kind::WriteText;
    write.path = QStringLiteral("/site/user/pages/a/item.kk.md");
    write.before = QByteArray("---\r\ntitle: A\r\n---\r\nold\0bytes\xff", 31);
    write.after = "---\ntitle: Ә\n---\nnew\n";
    write.headerBefore = "title: A\r\n";
    write.headerAfter = "title: Ә\n";
    FolderOp rename;
    rename.kind = FolderOp::Kind::Rename;
    rename.path = QStringLiteral("/site/user/pages/a/old.jpg");
    rename.to = QStringLiteral("/site/user/pages/a/new.jpg");
    FolderOp remove;
    remove.kind = FolderOp::Kind::Remove;
    remove.path = QStringLiteral("/site/user/pages/a/gone.jpg");
    remove.keepIfUsed = true;
    e.folderOps = {add, write, rename, remove};
    e.stagingFolder = QStringLiteral("/state/staged/1-x");
    journal->record(e);
    QVERIFY(journal->flush());
    const RecoveryListing listing = journal->list();
    QVERIFY(listing.problems.isEmpty());
    QCOMPARE(listing.entries.size(), 1);
    const RecoveryEntry &r = listing.entries.first();
    QCOMPARE(r.stagingFolder, e.stagingFolder);
    QCOMPARE(r.folderOps.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const FolderOp &a = e.folderOps[i];
        const FolderOp &b = r.folderOps[i];
        QCOMPARE(b.kind, a.kind);
        QCOMPARE(b.path, a.path);
        QCOMPARE(b.to, a.to);
        QCOMPARE(b.source, a.source);
        QCOMPARE(b.before, a.before);
        QCOMPARE(b.after, a.after);
        QCOMPARE(b.headerBefore, a.headerBefore);
        QCOMPARE(b.headerAfter, a.headerAfter);
        QCOMPARE(b.keepIfUsed, a.keepIfUsed);
    }
    // A damaged operation makes the entry a problem, never a half-restored change.
    QByteArray bytes = RecoveryJournal::serialize(e);
    bytes.replace("\"kind\":1", "\"kind\":7");
    QString error;
    QVERIFY(!RecoveryJournal::parseEntry(bytes, &error));
    QVERIFY(!error.isEmpty());
}

void TestRecoveryJournal::orphanStagingFoldersRemoved()
{
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("%1-a").arg(QCoreApplication::applicationPid()));
    const QString dead = dir.filePath(QStringLiteral("999999999-b")); // above any pid_max: no such process
    const QString journaled = dir.filePath(QStringLiteral("999999998-c"));
    const QString legacy = dir.filePath(QStringLiteral("0123456789abcdef"));
    for (const QString &d : {ours, dead, journaled, legacy}) {
        QVERIFY(QDir().mkpath(d));
        QVERIFY(writeFile(d + QStringLiteral("/photo.jpg"), "jpeg"));
    }
    QCOMPARE(PageDocument::removeOrphanStagingFolders(dir.path(), {journaled}), 2);
    QVERIFY(QFileInfo::exists(ours)); // a running process may be preparing photos in it
    QVERIFY(QFileInfo::exists(journaled)); // the journal still offers its photos
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(!QFileInfo::exists(legacy));

    // A document keeps its folder when its pending change is journaled (quit without the user's word) …
    QString kept;
    {
        PageDocument doc(QStringLiteral("/nonexistent/item.md"), "---\ntitle: A\n---\n", QString());
        kept = doc.stagingFolder(dir.path());
        QVERIFY(kept.startsWith(ours.left(ours.size() - 1)));
        doc.keepStagingFolder();
    }
    QVERIFY(QFileInfo::exists(kept));
    // … and adopts it in the next run; a Save or a Discard then removes it with the document.
    {
        PageDocument doc(QStringLiteral("/nonexistent/item.md"), "---\ntitle: A\n---\n", QString());
        doc.adoptStagingFolder(kept);
        QCOMPARE(doc.currentStagingFolder(), kept);
        QCOMPARE(doc.stagingFolder(dir.path()), kept);
    }
    QVERIFY(!QFileInfo::exists(kept));
}

QTEST_GUILESS_MAIN(TestRecoveryJournal)

#include "tst_recoveryjournal.moc"
