// The page's pending change: the log of folder operations folded into what Save does, undo before and
// after a save, and Save writing the page file and all of its folder change as one transaction on a
// real site (real files, the real SiteWorkspace), or nothing.

#include "fileutil.h"
#include "io/siteworkspace.h"
#include "page/documentmanager.h"
#include "page/pagechangeset.h"
#include "page/pagedocument.h"
#include "site/sitelayout.h"
#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kRel = QStringLiteral("02.news/01.2024-05-01-x");

QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> out;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
        out.insert(name, readFile(QDir(folder).filePath(name)));
    return out;
}

FolderOp add(const QString &path, const QString &source)
{
    FolderOp op;
    op.kind = FolderOp::Kind::AddFile;
    op.path = path;
    op.source = source;
    return op;
}

FolderOp rename(const QString &from, const QString &to)
{
    FolderOp op;
    op.kind = FolderOp::Kind::Rename;
    op.path = from;
    op.to = to;
    return op;
}

FolderOp remove(const QString &path, const QString &copy = {})
{
    FolderOp op;
    op.kind = FolderOp::Kind::Remove;
    op.path = path;
    op.source = copy;
    return op;
}

FolderOp write(const QString &path, const QByteArray &before, const QByteArray &after)
{
    FolderOp op;
    op.kind = FolderOp::Kind::WriteText;
    op.path = path;
    op.before = before;
    op.after = after;
    op.headerBefore = "title: K\n";
    op.headerAfter = "title: K\n";
    return op;
}

// A step as the plan shows it: "-a" removed, "a>b" renamed, "+a" added, "w:a" written.
QStringList describe(const FolderPlan &plan)
{
    QStringList out;
    for (const QString &p : plan.removes)
        out << QStringLiteral("-") + QFileInfo(p).fileName();
    for (const auto &[a, b] : plan.renames)
        out << QFileInfo(a).fileName() + QStringLiteral(">") + QFileInfo(b).fileName();
    for (const auto &[t, s] : plan.adds)
        out << QStringLiteral("+") + QFileInfo(t).fileName();
    for (const FolderPlan::Write &w : plan.writes)
        out << QStringLiteral("w:") + QFileInfo(w.path).fileName();
    out.sort();
    return out;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromUtf8(n);
    return out;
}

} // namespace

class TestPageChangeSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void plan_data();
    void plan();
    void undoBeforeSaveDropsTheStep();
    void undoAfterSaveIsANewPendingChange();
    void undoAfterSaveKeepsAPhotoAPageUses();
    void saveWritesEverythingAsOneTransaction();
    void languageFileChangedOnDiskRefusesSave();
    void newFileIsCreatedBySaveOnly();
    void documentIsModifiedByFolderChanges();

private:
    QString page(const QString &name) const { return m_site->pagesDir() + QLatin1Char('/') + kRel + QLatin1Char('/') + name; }
    std::unique_ptr<TempSite> m_site;
    std::unique_ptr<QTemporaryDir> m_staging;
};

void TestPageChangeSet::init()
{
    m_site = std::make_unique<TempSite>();
    m_staging = std::make_unique<QTemporaryDir>();
    QVERIFY(m_site->isValid() && m_staging->isValid());
    m_site->writeDefaultConfig();
    m_site->writePage(kRel + QStringLiteral("/item.ru.md"), TempSite::page("title: R\n", "Текст ![](a.jpg)\n"));
    m_site->writePage(kRel + QStringLiteral("/item.kk.md"), TempSite::page("title: K\n", "Мәтін ![](a.jpg)\n"));
    m_site->writePage(kRel + QStringLiteral("/a.jpg"), "photo a");
    m_site->writePage(kRel + QStringLiteral("/b.jpg"), "photo b");
    writeFile(m_staging->filePath(QStringLiteral("n.jpg")), "photo n");
}

void TestPageChangeSet::plan_data()
{
    QTest::addColumn<QString>("steps"); // ';'-separated ops of one step each
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("add") << QStringLiteral("+n") << names({"+n.jpg"});
    QTest::newRow("rename") << QStringLiteral("a>c") << names({"a.jpg>c.jpg"});
    QTest::newRow("rename chain") << QStringLiteral("a>c;c>d") << names({"a.jpg>d.jpg"});
    QTest::newRow("rename and back") << QStringLiteral("a>c;c>a") << names({});
    QTest::newRow("swap") << QStringLiteral("a>t;b>a;t>b") << names({"a.jpg>b.jpg", "b.jpg>a.jpg"});
    QTest::newRow("remove") << QStringLiteral("-a") << names({"-a.jpg"});
    QTest::newRow("remove then add same name") << QStringLiteral("-a;+a") << names({"+a.jpg", "-a.jpg"});
    QTest::newRow("add then rename") << QStringLiteral("+n;n>m") << names({"+m.jpg"});
    QTest::newRow("add then remove") << QStringLiteral("+n;-n") << names({});
    QTest::newRow("write") << QStringLiteral("w1") << names({"w:item.kk.md"});
    QTest::newRow("write and back") << QStringLiteral("w1;w0") << names({});
}

void TestPageChangeSet::plan()
{
    QFETCH(QString, steps);
    QFETCH(QStringList, expected);
    const QString folder = QFileInfo(page(QStringLiteral("item.ru.md"))).absolutePath();
    const QByteArray kk = readFile(page(QStringLiteral("item.kk.md")));
    PageChangeSet set(folder);
    int step = 0;
    for (const QString &s : steps.split(QLatin1Char(';'))) {
        const auto file = [&](const QString &n) { return QDir(folder).filePath(n + QStringLiteral(".jpg")); };
        FolderOp op;
        if (s.startsWith(QLatin1Char('+')))
            op = add(file(s.mid(1)), m_staging->filePath(QStringLiteral("n.jpg")));
        else if (s.startsWith(QLatin1Char('-')))
            op = remove(file(s.mid(1)));
        else if (s == QLatin1String("w1"))
            op = write(page(QStringLiteral("item.kk.md")), kk, kk + "more\n");
        else if (s == QLatin1String("w0"))
            op = write(page(QStringLiteral("item.kk.md")), kk + "more\n", kk);
        else
            op = rename(file(s.section(QLatin1Char('>'), 0, 0)), file(s.section(QLatin1Char('>'), 1)));
        set.record(++step, false, {op});
    }
    QCOMPARE(describe(set.plan()), expected);
    QCOMPARE(set.isEmpty(), expected.isEmpty());
}

void TestPageChangeSet::undoBeforeSaveDropsTheStep()
{
    PageChangeSet set(QFileInfo(page(QStringLiteral("item.ru.md"))).absolutePath());
    const QList<FolderOp> ops {add(page(QStringLiteral("n.jpg")), m_staging->filePath(QStringLiteral("n.jpg")))};
    set.record(1, false, ops);
    QCOMPARE(set.stepCount(), 1);
    set.record(1, true, ops); // Ctrl+Z
    QCOMPARE(set.stepCount(), 0);
    QVERIFY(set.isEmpty());
    set.record(1, false, ops); // Ctrl+Shift+Z
    QCOMPARE(describe(set.plan()), QStringList {QStringLiteral("+n.jpg")});
}

void TestPageChangeSet::undoAfterSaveIsANewPendingChange()
{
    const QByteArray kk = readFile(page(QStringLiteral("item.kk.md")));
    PageChangeSet set(QFileInfo(page(QStringLiteral("item.ru.md"))).absolutePath());
    const QList<FolderOp> ops {rename(page(QStringLiteral("a.jpg")), page(QStringLiteral("c.jpg"))),
        write(page(QStringLiteral("item.kk.md")), kk, kk + "c\n")};
    set.record(7, false, ops);
    // What a save does on disk, then the log is cleared.
    QVERIFY(QFile::rename(page(QStringLiteral("a.jpg")), page(QStringLiteral("c.jpg"))));
    QVERIFY(writeFile(page(QStringLiteral("item.kk.md")), kk + "c\n"));
    set.clear();
    set.record(7, true, ops); // Ctrl+Z after the save: the way back is pending, nothing on disk moved
    QVERIFY(QFile::exists(page(QStringLiteral("c.jpg"))));
    QCOMPARE(describe(set.plan()), (QStringList {QStringLiteral("c.jpg>a.jpg"), QStringLiteral("w:item.kk.md")}));
    const FolderPlan p = set.plan();
    QCOMPARE(p.writes.first().expected, kk + "c\n");
    QCOMPARE(p.writes.first().bytes, kk);
    set.record(7, false, ops); // redo: back to what is saved
    QVERIFY(set.isEmpty());
}

void TestPageChangeSet::undoAfterSaveKeepsAPhotoAPageUses()
{
    const QString n = page(QStringLiteral("n.jpg"));
    PageChangeSet set(QFileInfo(n).absolutePath());
    const QList<FolderOp> ops {add(n, m_staging->filePath(QStringLiteral("n.jpg")))};
    set.record(3, false, ops);
    QVERIFY(QFile::copy(m_staging->filePath(QStringLiteral("n.jpg")), n)); // saved
    set.clear();
    set.record(3, true, ops);
    // No page uses it: Save may remove it again.
    QCOMPARE(describe(set.plan(page(QStringLiteral("item.ru.md")), "---\ntitle: R\n---\nno photo\n")),
        QStringList {QStringLiteral("-n.jpg")});
    // The open page still shows it: it stays.
    QCOMPARE(describe(set.plan(page(QStringLiteral("item.ru.md")), "---\ntitle: R\n---\n![](n.jpg)\n")), QStringList());
    // Another language file on disk shows it: it stays too.
    QVERIFY(writeFile(page(QStringLiteral("item.kk.md")), TempSite::page("title: K\n", "![](n.jpg)\n")));
    QCOMPARE(describe(set.plan(page(QStringLiteral("item.ru.md")), "---\ntitle: R\n---\nno photo\n")), QStringList());
}

void TestPageChangeSet::saveWritesEverythingAsOneTransaction()
{
    const QString ru = page(QStringLiteral("item.ru.md"));
    const QString kk = page(QStringLiteral("item.kk.md"));
    PageDocument doc(ru, readFile(ru), QStringLiteral("ru"));
    const QByteArray kkBefore = readFile(kk);
    const QByteArray kkAfter = TempSite::page("title: K\n", "Мәтін ![](c.jpg) ![](n.jpg)\n");
    doc.setBody(QStringLiteral("Текст ![](c.jpg) ![](n.jpg)\n"));
    doc.recordFolderChange(1, false,
        {add(page(QStringLiteral("n.jpg")), m_staging->filePath(QStringLiteral("n.jpg"))),
            rename(page(QStringLiteral("a.jpg")), page(QStringLiteral("c.jpg"))), remove(page(QStringLiteral("b.jpg"))),
            write(kk, kkBefore, kkAfter)});
    QVERIFY(doc.isModified());
    SiteWorkspace ws(locateSite(m_site->root()));
    QString error;
    const SaveJob job = SaveJob::of(doc);
    QCOMPARE(DocumentManager::saveNow(ws, job, false, &error), SaveOutcome::Written);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    doc.markSaved(job.bytes, doc.body(), doc.folderChangeSteps());
    QVERIFY(!doc.isModified());
    const QMap<QString, QByteArray> files = snapshot(QFileInfo(ru).absolutePath());
    QCOMPARE(files.keys(), names({"c.jpg", "item.kk.md", "item.ru.md", "n.jpg"}));
    QCOMPARE(files.value(QStringLiteral("c.jpg")), QByteArray("photo a"));
    QCOMPARE(files.value(QStringLiteral("n.jpg")), QByteArray("photo n"));
    QCOMPARE(files.value(QStringLiteral("item.kk.md")), kkAfter);
    QVERIFY(files.value(QStringLiteral("item.ru.md")).contains("![](n.jpg)"));
}

void TestPageChangeSet::languageFileChangedOnDiskRefusesSave()
{
    const QString ru = page(QStringLiteral("item.ru.md"));
    const QString kk = page(QStringLiteral("item.kk.md"));
    PageDocument doc(ru, readFile(ru), QStringLiteral("ru"));
    doc.setBody(QStringLiteral("Жаңа\n"));
    doc.recordFolderChange(1, false,
        {add(page(QStringLiteral("n.jpg")), m_staging->filePath(QStringLiteral("n.jpg"))),
            write(kk, readFile(kk), TempSite::page("title: K\n", "gallery\n"))});
    // A colleague changes the Kazakh file meanwhile.
    QVERIFY(writeFile(kk, TempSite::page("title: K\n", "a colleague's words\n")));
    const QMap<QString, QByteArray> before = snapshot(QFileInfo(ru).absolutePath());
    SiteWorkspace ws(locateSite(m_site->root()));
    QString error;
    QCOMPARE(DocumentManager::saveNow(ws, SaveJob::of(doc), false, &error), SaveOutcome::ChangedOnDisk);
    QVERIFY2(error.contains(QStringLiteral("item.kk.md")), qPrintable(error));
    QCOMPARE(snapshot(QFileInfo(ru).absolutePath()), before);
    // Overwrite is for the open file only: the colleague's file still refuses.
    QCOMPARE(DocumentManager::saveNow(ws, SaveJob::of(doc), true, &error), SaveOutcome::Failed);
    QCOMPARE(snapshot(QFileInfo(ru).absolutePath()), before);
    QVERIFY(doc.isModified()); // nothing lost: the edit and the pending change are still there
    QVERIFY(!doc.folderChanges().isEmpty());
}

void TestPageChangeSet::newFileIsCreatedBySaveOnly()
{
    const QString en = page(QStringLiteral("item.en.md"));
    std::unique_ptr<PageDocument> doc(
        PageDocument::createNew(en, TempSite::page("title: ''\n", "Текст\n"), QStringLiteral("en")));
    QVERIFY(doc->isNew());
    QVERIFY(doc->isModified());
    QVERIFY(!QFile::exists(en));
    SiteWorkspace ws(locateSite(m_site->root()));
    QString error;
    const SaveJob job = SaveJob::of(*doc);
    QCOMPARE(DocumentManager::saveNow(ws, job, false, &error), SaveOutcome::Written);
    QCOMPARE(readFile(en), job.bytes);
    doc->markSaved(job.bytes, doc->body());
    QVERIFY(!doc->isNew());
    QVERIFY(!doc->isModified());
    // A second new document for the same file finds it taken and writes nothing.
    std::unique_ptr<PageDocument> again(PageDocument::createNew(en, "---\ntitle: x\n---\n", QStringLiteral("en")));
    QCOMPARE(DocumentManager::saveNow(ws, SaveJob::of(*again), false, &error), SaveOutcome::ChangedOnDisk);
    QCOMPARE(readFile(en), job.bytes);
}

void TestPageChangeSet::documentIsModifiedByFolderChanges()
{
    const QString ru = page(QStringLiteral("item.ru.md"));
    PageDocument doc(ru, readFile(ru), QStringLiteral("ru"));
    QVERIFY(!doc.isModified());
    const QList<FolderOp> ops {rename(page(QStringLiteral("a.jpg")), page(QStringLiteral("c.jpg")))};
    doc.recordFolderChange(4, false, ops);
    QVERIFY(doc.isModified());
    doc.recordFolderChange(4, true, ops);
    QVERIFY(!doc.isModified());
    // The staging folder goes with the document.
    QString staging;
    {
        PageDocument other(ru, readFile(ru), QStringLiteral("ru"));
        staging = other.stagingFolder(m_staging->path());
        QVERIFY(!staging.isEmpty());
        QVERIFY(writeFile(QDir(staging).filePath(QStringLiteral("p.jpg")), "p"));
    }
    QVERIFY(!QFileInfo::exists(staging));
}

QTEST_GUILESS_MAIN(TestPageChangeSet)
#include "tst_pagechangeset.moc"
