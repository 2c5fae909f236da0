// Bulk actions over several pages on real sites in temporary folders: publish and unpublish, a category or
// tag added and removed in every language file, each as one transaction whose header edits change only their
// own lines; files already so, and files that cannot be edited, are listed and left alone; a file changed
// on disk after planning makes the whole change fail with nothing written; several pages go to the trash at
// once and come back.

#include "fileutil.h"
#include "io/siteworkspace.h"
#include "site/bulkedit.h"
#include "site/pageindex.h"
#include "site/pageoperations.h"
#include "site/pagetrash.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "tempsite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kExchange = QStringLiteral("02.news/01.2024-05-25-exchange");
const QString kForum = QStringLiteral("02.news/02.2024-06-01-forum");
const QString kSchool = QStringLiteral("02.news/03.2024-07-15-school");

PageIndex scan(const TempSite &site)
{
    const SiteLayout layout = locateSite(site.root());
    return scanSite(layout, SiteConfig::load(layout));
}

// The lines of @p after that are not in @p before, and the other way round (a line diff by sets is enough here).
QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList out;
    for (const QByteArray &l : b)
        if (!a.contains(l))
            out << QLatin1Char('+') + QString::fromUtf8(l);
    for (const QByteArray &l : a)
        if (!b.contains(l))
            out << QLatin1Char('-') + QString::fromUtf8(l);
    return out;
}

} // namespace

class TestBulkEdit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unpublishAndPublishChangeOnlyThatLine()
    {
        TempSite site;
        site.populateSample();
        // A comment and an odd key order must survive.
        const QString commented = site.writePage(kForum + QStringLiteral("/item.en.md"),
            TempSite::page(QByteArrayLiteral("# written by hand\n"
                                             "published: true # for now\n"
                                             "title: 'Forum (en)'\n"
                                             "date: '01-06-2024 09:30'\n")));
        const PageIndex index = scan(site);
        const int exchange = index.findByRelPath(kExchange);
        const int forum = index.findByRelPath(kForum);
        QVERIFY(exchange > 0 && forum > 0);
        const QMap<QString, QByteArray> before = fileTree(site.pagesDir());

        BulkHeaderChange unpublish;
        unpublish.kind = BulkHeaderChange::Kind::Unpublish;
        const BulkEditPlan plan = planBulkHeaderChange(index, {exchange, forum}, unpublish);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.pageCount, 2);
        QCOMPARE(plan.edits.size(), 6); // kk, ru, en of both
        QVERIFY(plan.describe().join(QLatin1Char('\n')).contains(kForum + QStringLiteral("/item.en.md")));

        SiteWorkspace workspace(index.layout);
        const IoResult result = applyBulkEdit(workspace, plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changed.size(), 6);
        const QMap<QString, QByteArray> after = fileTree(site.pagesDir());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const bool selected = it.key().startsWith(kExchange) || it.key().startsWith(kForum);
            if (!selected) {
                QCOMPARE(after.value(it.key()), it.value());
                continue;
            }
            const QStringList diff = changedLines(it.value(), after.value(it.key()));
            QCOMPARE(diff.size(), 2);
            QVERIFY2(diff.first().startsWith(QStringLiteral("+published: false")), qPrintable(diff.join(QLatin1Char('|'))));
        }
        QVERIFY(readFile(commented).startsWith("---\n# written by hand\npublished: false"));

        // The index sees drafts; Publish takes them back to the bytes they had.
        const PageIndex drafts = scan(site);
        QCOMPARE(drafts.variantExact(drafts.findByRelPath(kForum), QStringLiteral("ru"))->publishState, PublishState::Draft);
        BulkHeaderChange publish;
        publish.kind = BulkHeaderChange::Kind::Publish;
        const BulkEditPlan back
            = planBulkHeaderChange(drafts, {drafts.findByRelPath(kExchange), drafts.findByRelPath(kForum)}, publish);
        QVERIFY2(back.ok, qPrintable(back.error));
        QVERIFY2(applyBulkEdit(workspace, back).ok, "publish");
        QMap<QString, QByteArray> restored = fileTree(site.pagesDir());
        QByteArray commentedNow = restored.take(QDir(site.pagesDir()).relativeFilePath(commented));
        QMap<QString, QByteArray> expected = before;
        expected.remove(QDir(site.pagesDir()).relativeFilePath(commented));
        QCOMPARE(restored, expected);
        // The comment after the value belonged to the old value's line; the rest of the file is as it was.
        QVERIFY(commentedNow.startsWith("---\n# written by hand\npublished: true"));
        QVERIFY(commentedNow.contains("title: 'Forum (en)'\ndate: '01-06-2024 09:30'\n"));
    }

    void alreadySoAndUneditableAreListed()
    {
        TempSite site;
        site.populateSample();
        // The school page is a draft in Kazakh already, and its Russian header cannot be read.
        site.writePage(kSchool + QStringLiteral("/item.kk.md"),
            TempSite::newsItem(QStringLiteral("Мектеп"), QStringLiteral("15-07-2024 12:00"), false));
        const QString broken = site.writePage(
            kSchool + QStringLiteral("/item.ru.md"), QByteArrayLiteral("---\ntitle: [unclosed\n---\n\nТекст.\n"));
        const QByteArray brokenBytes = readFile(broken);
        const PageIndex index = scan(site);
        BulkHeaderChange unpublish;
        unpublish.kind = BulkHeaderChange::Kind::Unpublish;
        const BulkEditPlan plan = planBulkHeaderChange(index, {index.findByRelPath(kSchool)}, unpublish);
        QVERIFY(!plan.ok); // nothing left to change
        QCOMPARE(plan.unchanged.size(), 1);
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY2(plan.warnings.first().contains(QStringLiteral("item.ru.md")), qPrintable(plan.warnings.first()));
        QVERIFY(!plan.error.isEmpty());
        SiteWorkspace workspace(index.layout);
        QVERIFY(!applyBulkEdit(workspace, plan).ok);
        QCOMPARE(readFile(broken), brokenBytes);

        // With another page in the selection, the plan goes ahead and still names what it leaves alone.
        const BulkEditPlan mixed
            = planBulkHeaderChange(index, {index.findByRelPath(kSchool), index.findByRelPath(kExchange)}, unpublish);
        QVERIFY2(mixed.ok, qPrintable(mixed.error));
        QCOMPARE(mixed.edits.size(), 3);
        QCOMPARE(mixed.warnings.size(), 1);
        QVERIFY(mixed.describe().join(QLatin1Char('\n')).contains(kSchool + QStringLiteral("/item.kk.md")));
    }

    void taxonomyAddedAndRemoved()
    {
        TempSite site;
        site.populateSample();
        // One file lists tags in flow style with a category already, one writes a single tag as a string.
        const QString flow = site.writePage(kExchange + QStringLiteral("/item.en.md"),
            TempSite::page(QByteArrayLiteral("title: Exchange\n"
                                             "taxonomy:\n"
                                             "    category: [news] # main\n"
                                             "    tag: [students]\n")));
        const QString scalar = site.writePage(kForum + QStringLiteral("/item.en.md"),
            TempSite::page(QByteArrayLiteral("title: Forum\n"
                                             "taxonomy:\n"
                                             "    tag: forum\n")));
        const QMap<QString, QByteArray> before = fileTree(site.pagesDir());
        const PageIndex index = scan(site);
        const QVector<int> pages {index.findByRelPath(kExchange), index.findByRelPath(kForum)};

        BulkHeaderChange add;
        add.kind = BulkHeaderChange::Kind::AddTaxonomy;
        add.taxonomy = QStringLiteral("category");
        add.value = QStringLiteral("events");
        const BulkEditPlan plan = planBulkHeaderChange(index, pages, add);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.edits.size(), 6);
        SiteWorkspace workspace(index.layout);
        QVERIFY(applyBulkEdit(workspace, plan).ok);
        const PageIndex added = scan(site);
        for (const QString &rel : {kExchange, kForum})
            for (const PageVariant &v : added.nodes[added.findByRelPath(rel)].variants)
                QVERIFY2(v.taxonomy.value(QStringLiteral("category")).contains(QStringLiteral("events")), qPrintable(v.fileName));
        QVERIFY(readFile(flow).contains("category: [news, events] # main\n    tag: [students]\n"));
        QVERIFY(readFile(scalar).contains("    tag: forum\n"));

        // Adding it again changes nothing.
        QVERIFY(!planBulkHeaderChange(added, pages, add).ok);

        // Removing it gives back the files as they were (an emptied taxonomy goes with its key).
        BulkHeaderChange remove = add;
        remove.kind = BulkHeaderChange::Kind::RemoveTaxonomy;
        const BulkEditPlan back = planBulkHeaderChange(added, pages, remove);
        QVERIFY2(back.ok, qPrintable(back.error));
        QVERIFY(applyBulkEdit(workspace, back).ok);
        const QMap<QString, QByteArray> after = fileTree(site.pagesDir());
        QCOMPARE(after, before);

        BulkHeaderChange bad = add;
        bad.taxonomy = QStringLiteral("a.b");
        QVERIFY(!planBulkHeaderChange(index, pages, bad).ok);
        bad = add;
        bad.value = QStringLiteral("  ");
        QVERIFY(!planBulkHeaderChange(index, pages, bad).ok);
    }

    void aFileChangedMeanwhileStopsEverything()
    {
        TempSite site;
        site.populateSample();
        const PageIndex index = scan(site);
        BulkHeaderChange tag;
        tag.kind = BulkHeaderChange::Kind::AddTaxonomy;
        tag.taxonomy = QStringLiteral("tag");
        tag.value = QStringLiteral("важное");
        const BulkEditPlan plan = planBulkHeaderChange(index, {index.findByRelPath(kExchange), index.findByRelPath(kForum)}, tag);
        QVERIFY(plan.ok);
        // Another program edits one of the files after the plan was made.
        const QString edited = site.writePage(kForum + QStringLiteral("/item.kk.md"),
            TempSite::newsItem(QStringLiteral("Форум"), QStringLiteral("01-06-2024 09:30")));
        const QMap<QString, QByteArray> before = fileTree(site.pagesDir());
        SiteWorkspace workspace(index.layout);
        const IoResult result = applyBulkEdit(workspace, plan);
        QVERIFY(!result.ok);
        QCOMPARE(result.kind, IoResult::Error::ChangedOnDisk);
        QVERIFY2(result.error.contains(QFileInfo(edited).fileName()), qPrintable(result.error));
        QCOMPARE(fileTree(site.pagesDir()), before);
    }

    void severalPagesGoToTheTrashAtOnce()
    {
        TempSite site;
        site.populateSample();
        site.writePage(kForum + QStringLiteral("/01.photos/item.en.md"), TempSite::page(QByteArrayLiteral("title: Photos\n")));
        const QMap<QString, QByteArray> before = fileTree(site.pagesDir());
        const PageIndex index = scan(site);
        const int photos = index.findByRelPath(kForum + QStringLiteral("/01.photos"));
        QVERIFY(photos > 0);
        const BulkEditPlan plan = planBulkDelete(index, {index.findByRelPath(kExchange), index.findByRelPath(kForum), photos});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.removeFolders.size(), 2); // the photos go with the forum
        QCOMPARE(plan.warnings.size(), 1);
        SiteWorkspace workspace(index.layout);
        PageTrash trash(index.layout);
        const qsizetype entriesBefore = trash.entries().size();
        const IoResult result = applyBulkEdit(workspace, plan);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(site.pagesDir() + QLatin1Char('/') + kExchange));
        QVERIFY(!QFileInfo::exists(site.pagesDir() + QLatin1Char('/') + kForum));
        const QList<TrashEntry> entries = trash.entries();
        QCOMPARE(entries.size(), entriesBefore + 2);

        // Both come back, one at a time, exactly as they were.
        for (const TrashEntry &e : entries) {
            if (e.relPath != kExchange && e.relPath != kForum)
                continue;
            const PageIndex now = scan(site);
            PageOperations ops(now);
            const PageOperationPlan restore = trash.restore(ops, e.id, false);
            QVERIFY2(restore.ok, qPrintable(restore.error));
            QVERIFY(applyPageOperation(workspace, restore).ok);
        }
        QCOMPARE(fileTree(site.pagesDir()), before);
    }

    void deleteRefusedLeavesTrashAsItWas()
    {
        TempSite site;
        site.populateSample();
        const PageIndex index = scan(site);
        const BulkEditPlan plan = planBulkDelete(index, {index.findByRelPath(kExchange), index.findByRelPath(kForum)});
        QVERIFY(plan.ok);
        // The second folder is gone before the change runs: nothing is deleted and the trash keeps no copy.
        QVERIFY(QDir(site.pagesDir() + QLatin1Char('/') + kForum).removeRecursively());
        const QMap<QString, QByteArray> before = fileTree(site.pagesDir());
        SiteWorkspace workspace(index.layout);
        PageTrash trash(index.layout);
        const qsizetype entriesBefore = trash.entries().size();
        const IoResult result = applyBulkEdit(workspace, plan);
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(fileTree(site.pagesDir()), before);
        QCOMPARE(trash.entries().size(), entriesBefore);
        QVERIFY(!planBulkDelete(index, {}).ok);
    }
};

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "tst_bulkedit.moc"
