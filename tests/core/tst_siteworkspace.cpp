// SiteWorkspace: the write policy (inside the site after links, regular files, read-only kept), the
// content checks, transactions (all or nothing; swaps and chains of renames), and recovery of
// transactions interrupted before and after their commit mark, on real files.

#include "fileutil.h"
#include "io/changestream.h"
#include "io/intentjournal.h"
#include "io/siteworkspace.h"
#include "io/statepaths.h"
#include "site/sitelayout.h"
#include "tempsite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

using namespace GravDesk;

Q_DECLARE_METATYPE(IoResult::Error)

namespace {

// Every file under @p dir whose name is one of the project's own temp names.
QStringList ownTemps(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        if (SiteWorkspace::isOwnTempName(QFileInfo(p).fileName()))
            out.append(p);
    }
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

QString journalFolder(const SiteLayout &layout)
{
    return StatePaths::ensureSiteSubfolder(layout.userDir, QStringLiteral("transactions"));
}

} // namespace

class TestSiteWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void writeReplacesAndReports();
    void policy_data();
    void policy();
    void linkInsideStaysALink();
    void expectedCurrent_data();
    void expectedCurrent();
    void pageCheckRefuses();

    void transactionAllOrNothing();
    void manyFilesOneFileSystemSync();
    void renames_data();
    void renames();
    void stagedFilesPlacedOrRemoved();
    void putFileNeverReplaces();
    void destinationTakenIsRefused();
    void removeEmptyFolderOnly();

    void recoverRollsBackWithoutCommitMark();
    void recoverRollsForward_data();
    void recoverRollsForward();
    void recoverRemovesOnlyOwnTemps();
    void recoverLeavesALiveTransactionAlone();
    void sameJournalsWhicheverFolderOpened();
    void sweepsOnlyAfterWrites();

private:
    std::unique_ptr<TempSite> m_site;
    SiteLayout m_layout;
};

void TestSiteWorkspace::init()
{
    m_site = std::make_unique<TempSite>();
    QVERIFY(m_site->isValid());
    m_site->writeDefaultConfig();
    m_site->writePage(QStringLiteral("01.home/default.ru.md"), TempSite::page("title: Дом\n"));
    m_layout = locateSite(m_site->root());
    QVERIFY(m_layout.isValid());
    // Each test starts without journals of an earlier one.
    QDir(StatePaths::siteFolder(m_layout.userDir)).removeRecursively();
}

void TestSiteWorkspace::cleanup()
{
    QDir(StatePaths::siteFolder(m_layout.userDir)).removeRecursively();
    m_site.reset();
}

void TestSiteWorkspace::writeReplacesAndReports()
{
    ChangeStream stream;
    QSignalSpy spy(&stream, &ChangeStream::changed);
    SiteWorkspace ws(m_layout, &stream);
    const QString page = m_layout.pagesDir + QStringLiteral("/01.home/default.ru.md");
    const IoResult r = ws.write(page, "new\n");
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readFile(page), QByteArray("new\n"));
    QCOMPARE(r.changed, QStringList {page});
    QVERIFY(spy.count() == 1 || spy.wait(2000));
    QCOMPARE(spy.first().at(0).toStringList(), QStringList {page});
    QCOMPARE(spy.first().at(1).value<ChangeStream::Origin>(), ChangeStream::Origin::Own);
    QVERIFY(ownTemps(m_site->root()).isEmpty());
}

void TestSiteWorkspace::removeEmptyFolderOnly()
{
    SiteWorkspace ws(m_layout);
    const QString empty = m_layout.pagesDir + QStringLiteral("/02.gone");
    QVERIFY(QDir().mkpath(empty));
    const IoResult r = ws.removeEmptyFolder(empty);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.changed, QStringList {empty});
    QVERIFY(!QFileInfo::exists(empty));
    // A folder with something in it stays, and so does everything in it.
    const QString home = m_layout.pagesDir + QStringLiteral("/01.home");
    QVERIFY(ws.removeEmptyFolder(home).changed.isEmpty());
    QVERIFY(QFileInfo::exists(home + QStringLiteral("/default.ru.md")));
    // Outside the site: refused, untouched.
    QTemporaryDir outside;
    QVERIFY(!ws.removeEmptyFolder(outside.path()).ok);
    QVERIFY(QFileInfo::exists(outside.path()));
}

void TestSiteWorkspace::policy_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("expected");

    QTest::newRow("plain file") << "file" << int(IoResult::Error::None);
    QTest::newRow("new file") << "new" << int(IoResult::Error::None);
    QTest::newRow("lexically outside") << "dotdot" << int(IoResult::Error::OutsideSite);
    QTest::newRow("link to a file outside") << "linkout" << int(IoResult::Error::OutsideSite);
    QTest::newRow("folder link outside") << "folderout" << int(IoResult::Error::OutsideSite);
    QTest::newRow("dangling link") << "dangling" << int(IoResult::Error::NotRegular);
    QTest::newRow("read-only file") << "readonly" << int(IoResult::Error::ReadOnly);
    QTest::newRow("fifo") << "fifo" << int(IoResult::Error::NotRegular);
    QTest::newRow("folder") << "folder" << int(IoResult::Error::NotRegular);
    QTest::newRow("user folder itself") << "root" << int(IoResult::Error::OutsideSite);
}

void TestSiteWorkspace::policy()
{
    QFETCH(QString, setup);
    QFETCH(int, expected);
    QTemporaryDir outside;
    const QString outsideFile = outside.filePath(QStringLiteral("elsewhere.md"));
    QVERIFY(writeFile(outsideFile, "outside\n"));
    const QString dir = m_layout.pagesDir + QStringLiteral("/02.news");
    QVERIFY(QDir().mkpath(dir));
    QString path = dir + QStringLiteral("/item.ru.md");
    if (setup == QLatin1String("file") || setup == QLatin1String("readonly")) {
        QVERIFY(writeFile(path, "old\n"));
        if (setup == QLatin1String("readonly"))
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (setup == QLatin1String("dotdot")) {
        path = m_layout.pagesDir + QStringLiteral("/../../../escaped.md");
    } else if (setup == QLatin1String("linkout")) {
        QVERIFY(QFile::link(outsideFile, path));
    } else if (setup == QLatin1String("folderout")) {
        QVERIFY(QFile::link(outside.path(), dir + QStringLiteral("/linked")));
        path = dir + QStringLiteral("/linked/elsewhere.md");
    } else if (setup == QLatin1String("dangling")) {
        QVERIFY(QFile::link(dir + QStringLiteral("/nothing.md"), path));
    } else if (setup == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    } else if (setup == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (setup == QLatin1String("root")) {
        path = m_layout.userDir;
    }

    SiteWorkspace ws(m_layout);
    const IoResult check = ws.checkWritable(path);
    QCOMPARE(int(check.kind), expected);
    QCOMPARE(check.ok, expected == int(IoResult::Error::None));
    const IoResult written = ws.write(path, "new\n");
    QCOMPARE(int(written.kind), expected);
    if (!written.ok)
        QVERIFY2(!written.error.isEmpty(), "a refusal says why");
    // Nothing outside the site changed, whatever happened.
    QCOMPARE(readFile(outsideFile), QByteArray("outside\n"));
    QVERIFY(!QFileInfo::exists(m_layout.root + QStringLiteral("/../escaped.md")));
    if (setup == QLatin1String("readonly"))
        QCOMPARE(readFile(path), QByteArray("old\n"));
    // Through a transaction the same refusal, and nothing staged stays behind.
    auto tx = ws.begin(QStringLiteral("policy"));
    tx->put(path, "tx\n");
    QCOMPARE(int(tx->commit().kind), expected);
    QVERIFY(ownTemps(m_site->root()).isEmpty());
}

void TestSiteWorkspace::linkInsideStaysALink()
{
    const QString real = m_site->writePage(QStringLiteral("02.news/shared.md"), "old\n");
    const QString link = m_layout.pagesDir + QStringLiteral("/02.news/item.ru.md");
    QVERIFY(QFile::link(real, link));
    SiteWorkspace ws(m_layout);
    const IoResult r = ws.write(link, "new\n");
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(real), QByteArray("new\n"));
    QVERIFY(r.changed.contains(link));
    QVERIFY(r.changed.contains(real));

    auto tx = ws.begin(QStringLiteral("through a link"));
    tx->put(link, "tx\n", WriteOptions {QByteArray("new\n"), false, std::nullopt, true});
    const IoResult t = tx->commit();
    QVERIFY2(t.ok, qPrintable(t.error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(real), QByteArray("tx\n"));
}

void TestSiteWorkspace::expectedCurrent_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::addColumn<QByteArray>("onDisk");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("expectNew");
    QTest::addColumn<bool>("ok");

    QTest::newRow("unchanged") << true << QByteArray("a\n") << QByteArray("a\n") << false << true;
    QTest::newRow("changed by someone") << true << QByteArray("b\n") << QByteArray("a\n") << false << false;
    QTest::newRow("removed by someone") << false << QByteArray() << QByteArray("a\n") << false << false;
    QTest::newRow("new and absent") << false << QByteArray() << QByteArray() << true << true;
    QTest::newRow("new but created by someone") << true << QByteArray("x\n") << QByteArray() << true << false;
}

void TestSiteWorkspace::expectedCurrent()
{
    QFETCH(bool, fileExists);
    QFETCH(QByteArray, onDisk);
    QFETCH(QByteArray, expected);
    QFETCH(bool, expectNew);
    QFETCH(bool, ok);
    const QString path = m_layout.pagesDir + QStringLiteral("/01.home/default.en.md");
    if (fileExists)
        QVERIFY(writeFile(path, onDisk));
    WriteOptions options;
    options.expectedCurrent = expected;
    options.expectNew = expectNew;
    for (int viaTransaction = 0; viaTransaction < 2; ++viaTransaction) {
        SiteWorkspace ws(m_layout);
        IoResult r;
        if (viaTransaction) {
            auto tx = ws.begin(QStringLiteral("expected"));
            tx->put(m_layout.pagesDir + QStringLiteral("/01.home/default.ru.md"), "other\n");
            tx->put(path, "mine\n", options);
            r = tx->commit();
        } else {
            r = ws.write(path, "mine\n", options);
        }
        QCOMPARE(r.ok, ok);
        if (!ok) {
            QCOMPARE(r.kind, IoResult::Error::ChangedOnDisk);
            QCOMPARE(QFileInfo::exists(path), fileExists);
            if (fileExists)
                QCOMPARE(readFile(path), onDisk);
            QCOMPARE(readFile(m_layout.pagesDir + QStringLiteral("/01.home/default.ru.md")), TempSite::page("title: Дом\n"));
        } else {
            QCOMPARE(readFile(path), QByteArray("mine\n"));
            QFile::remove(path);
            if (fileExists)
                QVERIFY(writeFile(path, onDisk));
        }
    }
    QVERIFY(ownTemps(m_site->root()).isEmpty());
}

void TestSiteWorkspace::pageCheckRefuses()
{
    SiteWorkspace ws(m_layout);
    QByteArray seenHeader;
    ws.setPageCheck([&](const QByteArray &bytes, const QByteArray &shown, bool) {
        seenHeader = shown;
        return bytes.contains("---\n") ? QString() : QStringLiteral("Grav finds no header");
    });
    const QString page = m_layout.pagesDir + QStringLiteral("/01.home/default.ru.md");
    const QByteArray before = readFile(page);
    WriteOptions options;
    options.shownHeader = QByteArray("title: x\n");
    IoResult r = ws.write(page, "title: x\nfoo: 1", options);
    QCOMPARE(r.kind, IoResult::Error::CheckFailed);
    QVERIFY(r.error.contains(QLatin1String("Grav finds no header")));
    QCOMPARE(seenHeader, QByteArray("title: x\n"));
    QCOMPARE(readFile(page), before);
    r = ws.write(page, "---\ntitle: x\n---\n", options);
    QVERIFY2(r.ok, qPrintable(r.error));
    // Files other than pages, and writes without a shown header, are not page-checked.
    r = ws.write(page, "no header", {});
    QVERIFY(r.ok);
}

void TestSiteWorkspace::transactionAllOrNothing()
{
    const QString a = m_site->writePage(QStringLiteral("02.news/item.ru.md"), "ru\n");
    const QString b = m_site->writePage(QStringLiteral("02.news/item.kk.md"), "kk\n");
    const QString c = m_site->writePage(QStringLiteral("02.news/item.en.md"), "en\n");
    QVERIFY(QFile::setPermissions(c, QFile::ReadOwner));
    SiteWorkspace ws(m_layout);
    {
        auto tx = ws.begin(QStringLiteral("three languages"));
        tx->put(a, "ru2\n");
        tx->put(b, "kk2\n");
        tx->put(c, "en2\n");
        const IoResult r = tx->commit();
        QCOMPARE(r.kind, IoResult::Error::ReadOnly);
        QVERIFY(r.error.contains(QLatin1String("item.en.md")));
    }
    QCOMPARE(readFile(a), QByteArray("ru\n"));
    QCOMPARE(readFile(b), QByteArray("kk\n"));
    QVERIFY(ownTemps(m_site->root()).isEmpty());
    QVERIFY(IntentJournal::journals(journalFolder(m_layout)).isEmpty());

    QVERIFY(QFile::setPermissions(c, QFile::ReadOwner | QFile::WriteOwner));
    auto tx = ws.begin(QStringLiteral("three languages"));
    tx->put(a, "ru2\n");
    tx->put(b, "kk2\n");
    tx->put(c, "en2\n");
    const IoResult r = tx->commit();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readFile(a) + readFile(b) + readFile(c), QByteArray("ru2\nkk2\nen2\n"));
    QCOMPARE(QFileInfo(c).permissions() & (QFile::WriteGroup | QFile::ReadOther), QFileDevice::Permissions());
    QVERIFY(ownTemps(m_site->root()).isEmpty());
    QVERIFY(IntentJournal::journals(journalFolder(m_layout)).isEmpty());
}

void TestSiteWorkspace::manyFilesOneFileSystemSync()
{
    // Past kSyncFileSystemFrom files the staged files are synced with one syncFileSystem(): every file lands with
    // its bytes and mode, new and replaced alike, nothing is left behind, and a refused file still stops it all.
    SiteWorkspace ws(m_layout);
    const int count = kSyncFileSystemFrom * 2 + 3;
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString rel = QStringLiteral("02.news/%1.item-%1/item.ru.md").arg(i, 3, 10, QLatin1Char('0'));
        paths << (i % 2 ? m_site->writePage(rel, "old\n") : m_layout.pagesDir + QLatin1Char('/') + rel);
        if (i % 2 == 0)
            QVERIFY(QDir().mkpath(QFileInfo(paths.last()).absolutePath()));
    }
    QVERIFY(syncFileSystem(m_layout.pagesDir));
    {
        // one read-only page among them: nothing is written
        const QString locked = paths.at(count - 2);
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner));
        auto tx = ws.begin(QStringLiteral("many, one refused"));
        for (int i = 0; i < count; ++i)
            tx->put(paths.at(i), QByteArray("new ") + QByteArray::number(i) + '\n');
        QVERIFY(!tx->commit().ok);
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner));
        for (int i = 0; i < count; ++i)
            QCOMPARE(QFile::exists(paths.at(i)) ? readFile(paths.at(i)) : QByteArray("absent"),
                i % 2 ? QByteArray("old\n") : QByteArray("absent"));
        QVERIFY(ownTemps(m_site->root()).isEmpty());
    }
    auto tx = ws.begin(QStringLiteral("many"));
    for (int i = 0; i < count; ++i)
        tx->put(paths.at(i), QByteArray("new ") + QByteArray::number(i) + '\n');
    const IoResult r = tx->commit();
    QVERIFY2(r.ok, qPrintable(r.error));
    for (int i = 0; i < count; ++i)
        QCOMPARE(readFile(paths.at(i)), QByteArray("new ") + QByteArray::number(i) + '\n');
    QVERIFY(ownTemps(m_site->root()).isEmpty());
    QVERIFY(IntentJournal::journals(journalFolder(m_layout)).isEmpty());
}

void TestSiteWorkspace::renames_data()
{
    // Each row: the files before (name=content), the renames and removals, the files after.
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("ops");
    QTest::addColumn<QStringList>("after");

    QTest::newRow("one") << list({"a=1"}) << list({"a>b"}) << list({"b=1"});
    QTest::newRow("swap") << list({"a=1", "b=2"}) << list({"a>b", "b>a"}) << list({"a=2", "b=1"});
    QTest::newRow("chain") << list({"a=1", "b=2"}) << list({"b>c", "a>b"}) << list({"b=1", "c=2"});
    QTest::newRow("chain listed backwards") << list({"a=1", "b=2"}) << list({"a>b", "b>c"}) << list({"b=1", "c=2"});
    QTest::newRow("rotate three") << list({"a=1", "b=2", "c=3"}) << list({"a>b", "b>c", "c>a"}) << list({"a=3", "b=1", "c=2"});
    QTest::newRow("remove and take the name") << list({"a=1", "b=2"}) << list({"-b", "a>b"}) << list({"b=1"});
    QTest::newRow("remove two") << list({"a=1", "b=2", "c=3"}) << list({"-a", "-c"}) << list({"b=2"});
}

void TestSiteWorkspace::renames()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, ops);
    QFETCH(QStringList, after);
    const QString dir = m_layout.pagesDir + QStringLiteral("/02.news");
    QVERIFY(QDir().mkpath(dir));
    for (const QString &f : before)
        QVERIFY(writeFile(dir + QStringLiteral("/") + f.section(QLatin1Char('='), 0, 0) + QStringLiteral(".jpg"),
            f.section(QLatin1Char('='), 1).toUtf8()));
    SiteWorkspace ws(m_layout);
    auto tx = ws.begin(QStringLiteral("renames"));
    const auto jpg = [&](const QString &n) -> QString { return dir + QStringLiteral("/") + n + QStringLiteral(".jpg"); };
    for (const QString &op : ops) {
        if (op.startsWith(QLatin1Char('-')))
            tx->remove(jpg(op.mid(1)));
        else
            tx->rename(jpg(op.section(QLatin1Char('>'), 0, 0)), jpg(op.section(QLatin1Char('>'), 1)));
    }
    const IoResult r = tx->commit();
    QVERIFY2(r.ok, qPrintable(r.error));
    QStringList now;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name))
        now.append(name.chopped(4) + QStringLiteral("=") + QString::fromUtf8(readFile(dir + QStringLiteral("/") + name)));
    QCOMPARE(now, after);
}

void TestSiteWorkspace::stagedFilesPlacedOrRemoved()
{
    const QString dir = m_layout.pagesDir + QStringLiteral("/02.news");
    QVERIFY(QDir().mkpath(dir));
    SiteWorkspace ws(m_layout);
    QString staged;
    {
        auto tx = ws.begin(QStringLiteral("dropped"));
        staged = tx->stagingPath(dir + QStringLiteral("/photo.jpg"));
        QVERIFY(SiteWorkspace::isOwnTempName(QFileInfo(staged).fileName()));
        QCOMPARE(QFileInfo(staged).absolutePath(), dir);
        QVERIFY(writeFile(staged, "jpeg"));
    } // not committed: the destructor rolls back
    QVERIFY(!QFileInfo::exists(staged));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/photo.jpg")));

    auto tx = ws.begin(QStringLiteral("placed"));
    const QString one = tx->stagingPath(dir + QStringLiteral("/01.jpg"));
    const QString two = tx->stagingPath(dir + QStringLiteral("/02.jpg"));
    QVERIFY(writeFile(one, "one"));
    QVERIFY(writeFile(two, "two"));
    QVERIFY(tx->restage(one, QString())); // the first photo failed: dropped, the second takes its name
    QVERIFY(tx->restage(two, dir + QStringLiteral("/01.jpg")));
    const IoResult r = tx->commit();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readFile(dir + QStringLiteral("/01.jpg")), QByteArray("two"));
    QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/02.jpg")));
    QVERIFY(ownTemps(m_site->root()).isEmpty());
}

void TestSiteWorkspace::putFileNeverReplaces()
{
    QTemporaryDir state;
    const QString source = state.filePath(QStringLiteral("prepared.jpg"));
    QVERIFY(writeFile(source, "prepared"));
    const QString target = m_site->writePage(QStringLiteral("02.news/01.jpg"), "existing");
    SiteWorkspace ws(m_layout);
    auto tx = ws.begin(QStringLiteral("copy in"));
    tx->putFile(target, source);
    QCOMPARE(tx->commit().kind, IoResult::Error::ChangedOnDisk);
    QCOMPARE(readFile(target), QByteArray("existing"));

    tx = ws.begin(QStringLiteral("copy in"));
    tx->putFile(m_layout.pagesDir + QStringLiteral("/02.news/02.jpg"), source);
    QVERIFY(tx->commit().ok);
    QCOMPARE(readFile(m_layout.pagesDir + QStringLiteral("/02.news/02.jpg")), QByteArray("prepared"));
    QVERIFY(QFileInfo::exists(source));
}

void TestSiteWorkspace::destinationTakenIsRefused()
{
    const QString a = m_site->writePage(QStringLiteral("02.news/a.jpg"), "a");
    const QString b = m_site->writePage(QStringLiteral("02.news/b.jpg"), "b");
    SiteWorkspace ws(m_layout);
    auto tx = ws.begin(QStringLiteral("rename over"));
    tx->rename(a, b);
    QCOMPARE(tx->commit().kind, IoResult::Error::ChangedOnDisk);
    QCOMPARE(readFile(a), QByteArray("a"));
    QCOMPARE(readFile(b), QByteArray("b"));
}

void TestSiteWorkspace::recoverRollsBackWithoutCommitMark()
{
    const QString a = m_site->writePage(QStringLiteral("02.news/item.ru.md"), "ru\n");
    const QString photo = m_site->writePage(QStringLiteral("02.news/01.jpg"), "jpeg");
    IntentPlan plan;
    plan.label = QStringLiteral("interrupted");
    const QString staged = QFileInfo(a).absolutePath() + QStringLiteral("/.item.ru.md.gravdesk-abc.tmp");
    const QString parked = QFileInfo(a).absolutePath() + QStringLiteral("/.01.jpg.gravdesk-def.tmp");
    plan.staged = {staged};
    plan.place = {{staged, a}, {parked, QFileInfo(a).absolutePath() + QStringLiteral("/02.jpg")}};
    plan.park = {{photo, parked}};
    QString journal, error;
    QVERIFY2(IntentJournal::create(journalFolder(m_layout), plan, journal, error), qPrintable(error));
    QVERIFY(writeFile(staged, "ru2\n"));

    SiteWorkspace ws(m_layout);
    const SiteWorkspace::Recovery rec = ws.recover();
    QCOMPARE(rec.rolledBack, 1);
    QCOMPARE(rec.completed, 0);
    QCOMPARE(readFile(a), QByteArray("ru\n"));
    QCOMPARE(readFile(photo), QByteArray("jpeg"));
    QVERIFY(!QFileInfo::exists(staged));
    QVERIFY(!QFileInfo::exists(journal));
    QVERIFY(!rec.messages.isEmpty());
    QVERIFY(rec.messages.join(QLatin1Char(' ')).contains(QLatin1String("interrupted")));
    // Once recovered, the next run has nothing to do.
    QVERIFY(!ws.recover().didSomething());
}

void TestSiteWorkspace::recoverRollsForward_data()
{
    QTest::addColumn<int>("stepsDone"); // how many steps the interrupted commit had carried out
    for (int i = 0; i <= 6; ++i)
        QTest::addRow("after %d steps", i) << i;
}

void TestSiteWorkspace::recoverRollsForward()
{
    QFETCH(int, stepsDone);
    const QString dir = m_layout.pagesDir + QStringLiteral("/02.news");
    const QString page = m_site->writePage(QStringLiteral("02.news/item.ru.md"), "ru\n");
    const QString a = m_site->writePage(QStringLiteral("02.news/a.jpg"), "A");
    const QString b = m_site->writePage(QStringLiteral("02.news/b.jpg"), "B");
    const QString gone = m_site->writePage(QStringLiteral("02.news/gone.jpg"), "G");

    // A swap of a and b, a removal and a page write, committed and then interrupted after stepsDone steps.
    IntentPlan plan;
    plan.label = QStringLiteral("swap");
    const QString staged = dir + QStringLiteral("/.item.ru.md.gravdesk-s1.tmp");
    const QString pa = dir + QStringLiteral("/.a.jpg.gravdesk-p1.tmp");
    const QString pb = dir + QStringLiteral("/.b.jpg.gravdesk-p2.tmp");
    const QString pg = dir + QStringLiteral("/.gone.jpg.gravdesk-p3.tmp");
    plan.staged = {staged};
    plan.park = {{a, pa}, {b, pb}, {gone, pg}};
    plan.place = {{pa, b}, {pb, a}, {staged, page}};
    plan.drop = {pg};
    QString journal, error;
    QVERIFY(IntentJournal::create(journalFolder(m_layout), plan, journal, error));
    QVERIFY(writeFile(staged, "ru2\n"));
    QVERIFY(IntentJournal::markCommitted(journal, error));
    IntentJournal::Loaded loaded = IntentJournal::load(journal);
    QVERIFY(loaded.complete && loaded.committed && !loaded.parked);
    QList<std::function<void()>> steps;
    for (const auto &p : plan.park)
        steps.append(
            [p] { QCOMPARE(::rename(QFile::encodeName(p.first).constData(), QFile::encodeName(p.second).constData()), 0); });
    for (const auto &p : plan.place)
        steps.append(
            [p] { QCOMPARE(::rename(QFile::encodeName(p.first).constData(), QFile::encodeName(p.second).constData()), 0); });
    for (int i = 0; i < stepsDone && i < steps.size(); ++i) {
        steps.at(i)();
        if (i == plan.park.size() - 1) {
            QFile f(journal);
            QVERIFY(f.open(QIODevice::Append));
            f.write("parked\n");
        }
    }

    SiteWorkspace ws(m_layout);
    const SiteWorkspace::Recovery rec = ws.recover();
    QCOMPARE(rec.completed, 1);
    QCOMPARE(readFile(a), QByteArray("B"));
    QCOMPARE(readFile(b), QByteArray("A"));
    QCOMPARE(readFile(page), QByteArray("ru2\n"));
    QVERIFY(!QFileInfo::exists(gone));
    QVERIFY(ownTemps(m_site->root()).isEmpty());
    QVERIFY(!QFileInfo::exists(journal));
    // A second recovery does nothing more: rolling forward is idempotent.
    QVERIFY(!ws.recover().didSomething());
    QCOMPARE(readFile(a), QByteArray("B"));
}

void TestSiteWorkspace::recoverRemovesOnlyOwnTemps()
{
    const QString dir = m_layout.pagesDir + QStringLiteral("/02.news");
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/deep/er")));
    const QStringList own = {dir + QStringLiteral("/.item.ru.md.gravdesk-1x2y.tmp"),
        dir + QStringLiteral("/deep/er/.01.jpg.gravdesk-zz.tmp"), dir + QStringLiteral("/.gravdesk-import-ab12cd34-3.jpg"),
        dir + QStringLiteral("/.gravdesk-import-ab12cd34-3.jpg.meta.yaml"),
        m_layout.configDir + QStringLiteral("/.site.yaml.gravdesk-q.tmp")};
    const QStringList foreign = {dir + QStringLiteral("/.item.ru.md.swp"), dir + QStringLiteral("/item.gravdesk-1.tmp"),
        dir + QStringLiteral("/.kate.tmp"), dir + QStringLiteral("/.translations.yaml"),
        dir + QStringLiteral("/gravdesk-import-x.jpg")};
    for (const QString &p : own + foreign)
        QVERIFY(writeFile(p, "x"));
    // Loops and a link out of the site: the walk ends, and nothing outside is touched.
    QTemporaryDir outside;
    const QString outsideTemp = outside.filePath(QStringLiteral(".x.gravdesk-1.tmp"));
    QVERIFY(writeFile(outsideTemp, "x"));
    QVERIFY(QFile::link(m_layout.pagesDir, dir + QStringLiteral("/deep/loop")));
    QVERIFY(QFile::link(dir, dir + QStringLiteral("/deep/er/up")));
    QVERIFY(QFile::link(outside.path(), dir + QStringLiteral("/out")));
    QVERIFY(QFile::link(QStringLiteral("/"), dir + QStringLiteral("/root")));

    SiteWorkspace ws(m_layout);
    const SiteWorkspace::Recovery rec = ws.recover();
    QCOMPARE(rec.tempsRemoved, own.size());
    for (const QString &p : own)
        QVERIFY2(!QFileInfo::exists(p), qPrintable(p));
    for (const QString &p : foreign)
        QVERIFY2(QFileInfo::exists(p), qPrintable(p));
    QVERIFY(QFileInfo::exists(outsideTemp));
}

void TestSiteWorkspace::recoverLeavesALiveTransactionAlone()
{
    const QString dir = m_layout.pagesDir + QStringLiteral("/02.news");
    QVERIFY(QDir().mkpath(dir));
    SiteWorkspace writer(m_layout);
    auto tx = writer.begin(QStringLiteral("live"));
    const QString staged = tx->stagingPath(dir + QStringLiteral("/01.jpg"));
    QVERIFY(writeFile(staged, "jpeg"));
    SiteWorkspace other(m_layout);
    QCOMPARE(other.recover().tempsRemoved, 0);
    QVERIFY(QFileInfo::exists(staged));
    QVERIFY(tx->commit().ok);
    QCOMPARE(readFile(dir + QStringLiteral("/01.jpg")), QByteArray("jpeg"));
}

void TestSiteWorkspace::sameJournalsWhicheverFolderOpened()
{
    // GravDesk opens the site root, gravdesk-cli may be given user/ or pages/: one site, one journal folder.
    const QString page = m_site->writePage(QStringLiteral("02.news/item.ru.md"), "ru\n");
    const QString staged = QFileInfo(page).absolutePath() + QStringLiteral("/.item.ru.md.gravdesk-x1.tmp");
    IntentPlan plan;
    plan.staged = {staged};
    plan.place = {{staged, page}};
    QString journal, error;
    const SiteLayout viaPages = locateSite(m_layout.pagesDir);
    QVERIFY(viaPages.isValid());
    QVERIFY(IntentJournal::create(journalFolder(viaPages), plan, journal, error));
    QVERIFY(writeFile(staged, "ru2\n"));
    QVERIFY(IntentJournal::markCommitted(journal, error));
    SiteWorkspace ws(m_layout); // opened at the root
    QCOMPARE(ws.recover().completed, 1);
    QCOMPARE(readFile(page), QByteArray("ru2\n"));
    QVERIFY(SiteWorkspace(locateSite(m_layout.userDir)).checkWritable(page).ok);
}

void TestSiteWorkspace::sweepsOnlyAfterWrites()
{
    // The walk over the pages runs once for a site never swept, then only when a writer may have left temps: it
    // died holding the lock, or a write of its failed (it is costly on big sites and runs before every gravdesk-cli
    // command). A writer that ends cleanly takes its marker with it.
    const QString dir = m_layout.pagesDir + QStringLiteral("/01.home");
    const QString first = dir + QStringLiteral("/.a.md.gravdesk-1.tmp");
    const QString second = dir + QStringLiteral("/.b.md.gravdesk-2.tmp");
    const QString journals = journalFolder(m_layout);
    const auto markers
        = [&journals] { return QDir(journals).entryList({QStringLiteral("needs-sweep*")}, QDir::Files | QDir::Hidden); };
    QVERIFY(writeFile(first, "x"));
    SiteWorkspace ws(m_layout);
    QCOMPARE(ws.recover().tempsRemoved, 1);
    QVERIFY(writeFile(second, "x"));
    QCOMPARE(ws.recover().tempsRemoved, 0); // nothing was written through GravDesk since
    QVERIFY(ws.write(dir + QStringLiteral("/default.ru.md"), "new\n").ok);
    QCOMPARE(markers(), QStringList());
    QCOMPARE(ws.recover().tempsRemoved, 0); // the write ended cleanly
    QVERIFY(QFileInfo::exists(second));

    // While a change is under way its writer's marker is there, so a crash now would be swept.
    {
        auto tx = ws.begin(QStringLiteral("open"));
        QCOMPARE(markers().size(), 1);
        QVERIFY(markers().first().startsWith(QStringLiteral("needs-sweep.%1.").arg(QCoreApplication::applicationPid())));
        auto nested = ws.begin(QStringLiteral("second, same process"));
        QCOMPARE(markers().size(), 1);
        nested->rollback();
        QCOMPARE(markers().size(), 1); // the first change still holds it
        tx->put(dir + QStringLiteral("/default.ru.md"), "newer\n");
        QVERIFY(tx->commit().ok);
    }
    QCOMPARE(markers(), QStringList());

    // A writer that died holding the lock left its marker (tst_killcommit kills real ones with SIGKILL).
    QVERIFY(writeFile(journals + QStringLiteral("/needs-sweep.999999.dead"), QByteArray()));
    QCOMPARE(ws.recover().tempsRemoved, 1);
    QVERIFY(!QFileInfo::exists(second));
    QCOMPARE(markers(), QStringList());
    // So did an older GravDesk, with one marker for all.
    QVERIFY(writeFile(first, "x"));
    QVERIFY(writeFile(journals + QStringLiteral("/needs-sweep"), QByteArray()));
    QCOMPARE(ws.recover().tempsRemoved, 1);
    QCOMPARE(markers(), QStringList());
}

QTEST_GUILESS_MAIN(TestSiteWorkspace)
#include "tst_siteworkspace.moc"
