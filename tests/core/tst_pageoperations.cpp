// Page operations on real sites in temporary folders: renames and moves with the links of other pages
// rewritten (routes, relative links, images, header values, media_order), reordering with as few renames
// as possible, duplicate, template change, the trash and restoring from it, the duplicate-slug fix, safe
// upload names and size limits, and the refusal of a change when a linked page changed on disk meanwhile.
// Also the folder support of SiteTransaction the operations rest on.

#include "fileutil.h"
#include "io/clock.h"
#include "io/siteworkspace.h"
#include "io/statepaths.h"
#include "site/pageindex.h"
#include "site/pageoperations.h"
#include "site/pagetrash.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace GravDesk;

namespace {

const QString kForum = QStringLiteral("02.news/02.2024-06-01-forum");
const QString kLinks = QStringLiteral("02.news/04.2024-08-01-links");

PageIndex scan(const TempSite &site)
{
    const SiteLayout layout = locateSite(site.root());
    return scanSite(layout, SiteConfig::load(layout));
}

QByteArray replaced(QByteArray text, const QList<QPair<QByteArray, QByteArray>> &changes)
{
    for (const auto &c : changes)
        text.replace(c.first, c.second);
    return text;
}

// A page that links to the forum post in every way a newsroom writes links.
const QByteArray kLinksPage = "---\n"
                              "title: Links\n"
                              "image: ../02.2024-06-01-forum/photo.jpg   # the cover\n"
                              "media_order: 'a.jpg,../02.2024-06-01-forum/photo.jpg'\n"
                              "---\n"
                              "\n"
                              "See [forum](/ru/news/2024-06-01-forum) and [part](/news/2024-06-01-forum#part).\n"
                              "Relative: [rel](../2024-06-01-forum) and ![pic](../02.2024-06-01-forum/photo.jpg \"Title\").\n"
                              "Folder path: [pdf](/02.news/02.2024-06-01-forum/report.pdf)\n"
                              "Other: [exchange](/news/2024-05-25-exchange) stays.\n"
                              "<a href=\"/ru/news/2024-06-01-forum/photo.jpg\">html</a>\n"
                              "\n"
                              "```\n"
                              "[code](/news/2024-06-01-forum)\n"
                              "```\n"
                              "\n"
                              "[ref]: /news/2024-06-01-forum\n";

} // namespace

class TestPageOperations final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempSite> m_site;

    QString pages(const QString &rel) const { return m_site->pagesDir() + QLatin1Char('/') + rel; }

    IoResult apply(const PageOperationPlan &plan)
    {
        SiteWorkspace ws(locateSite(m_site->root()));
        return applyPageOperation(ws, plan);
    }

private Q_SLOTS:
    void init()
    {
        m_site = std::make_unique<TempSite>();
        m_site->populateSample();
        m_site->writePage(kForum + QStringLiteral("/photo.jpg"), "JPEG");
        m_site->writePage(kForum + QStringLiteral("/report.pdf"), "%PDF");
        m_site->writePage(kLinks + QStringLiteral("/item.ru.md"), kLinksPage);
    }

    void cleanup() { m_site.reset(); }

    void renameSlugRewritesLinks()
    {
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const int forum = index.findByRelPath(kForum);
        QVERIFY(forum > 0);
        const PageOperationPlan plan = ops.renameSlug(forum, QStringLiteral("forum-2024"), {});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.renames.size(), 1);
        QCOMPARE(plan.linkEdits.size(), 1);
        QVERIFY2(
            plan.linkCount() == 9, qPrintable(plan.describe().join(QLatin1Char('\n')) + plan.warnings.join(QLatin1Char('\n'))));
        QVERIFY(plan.describe()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Update the links in ") + kLinks + QStringLiteral("/item.ru.md (9):")));
        const QMap<QString, QByteArray> before = fileTree(pages(kForum));

        const IoResult r = apply(plan);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(pages(kForum)));
        QCOMPARE(fileTree(pages(QStringLiteral("02.news/02.forum-2024"))), before);
        const QByteArray expected = replaced(kLinksPage,
            {{"../02.2024-06-01-forum/", "../02.forum-2024/"}, {"/02.news/02.2024-06-01-forum/", "/02.news/02.forum-2024/"},
                {"](/ru/news/2024-06-01-forum)", "](/ru/news/forum-2024)"},
                {"/news/2024-06-01-forum#part", "/news/forum-2024#part"}, {"(../2024-06-01-forum)", "(../forum-2024)"},
                {"\"/ru/news/2024-06-01-forum/photo.jpg\"", "\"/ru/news/forum-2024/photo.jpg\""},
                {"[ref]: /news/2024-06-01-forum", "[ref]: /news/forum-2024"}});
        QCOMPARE(readFile(pages(kLinks + QStringLiteral("/item.ru.md"))), expected);
        // The fenced code kept the old link: only link targets changed.
        QVERIFY(expected.contains("[code](/news/2024-06-01-forum)"));
        // The site reads as Grav would: the page is at its new route.
        const PageIndex after = scan(*m_site);
        QCOMPARE(after.route(after.findByRelPath(QStringLiteral("02.news/02.forum-2024")), QStringLiteral("ru")),
            QStringLiteral("/news/forum-2024"));
    }

    void noLinksOption()
    {
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        PageOperations::Options options;
        options.updateLinks = false;
        const PageOperationPlan plan = ops.renameSlug(index.findByRelPath(kForum), QStringLiteral("forum-2024"), options);
        QVERIFY(plan.ok);
        QVERIFY(plan.linkEdits.isEmpty());
        QVERIFY(apply(plan).ok);
        QCOMPARE(readFile(pages(kLinks + QStringLiteral("/item.ru.md"))), kLinksPage);
    }

    void folderRenameWritesInsideMovedFolder()
    {
        // The page links to itself and to a sibling: after the rename its own file changes inside the moved folder.
        const QByteArray own = TempSite::page(
            "title: Forum\n", "![me](/ru/news/2024-06-01-forum/photo.jpg) [sibling](../01.2024-05-25-exchange)\n");
        m_site->writePage(kForum + QStringLiteral("/item.ru.md"), own);
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const PageOperationPlan plan = ops.renameFolder(index.findByRelPath(kForum), QStringLiteral("07.forum"), {});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QVERIFY2(apply(plan).ok, "renamed");
        QCOMPARE(readFile(pages(QStringLiteral("02.news/07.forum/item.ru.md"))),
            replaced(own, {{"/ru/news/2024-06-01-forum/", "/ru/news/forum/"}}));
        QCOMPARE(readFile(pages(QStringLiteral("02.news/07.forum/photo.jpg"))), QByteArray("JPEG"));
    }

    void moveToAnotherParent()
    {
        const QByteArray own
            = TempSite::page("title: Forum\n", "[back](../01.2024-05-25-exchange/) [route](../2024-05-25-exchange)\n");
        m_site->writePage(kForum + QStringLiteral("/item.ru.md"), own);
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const PageOperationPlan plan
            = ops.move(index.findByRelPath(kForum), index.findByRelPath(QStringLiteral("03.about")), {}, {});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        const IoResult r = apply(plan);
        QVERIFY2(r.ok, qPrintable(r.error));
        const QString moved = QStringLiteral("03.about/02.2024-06-01-forum");
        QVERIFY(QFileInfo::exists(pages(moved + QStringLiteral("/report.pdf"))));
        // Its own relative links still reach the pages that stayed.
        QCOMPARE(readFile(pages(moved + QStringLiteral("/item.ru.md"))),
            replaced(own,
                {{"](../01.2024-05-25-exchange/)", "](../../02.news/01.2024-05-25-exchange/)"},
                    {"](../2024-05-25-exchange)", "](../../news/2024-05-25-exchange)"}}));
        const QByteArray links = readFile(pages(kLinks + QStringLiteral("/item.ru.md")));
        QVERIFY(links.contains("image: ../../03.about/02.2024-06-01-forum/photo.jpg   # the cover\n"));
        QVERIFY(links.contains("[forum](/ru/about/2024-06-01-forum)"));
        QVERIFY(links.contains("[rel](../../about/2024-06-01-forum)"));
        QVERIFY(links.contains("[pdf](/03.about/02.2024-06-01-forum/report.pdf)"));
        // Moving a page into itself is refused.
        const PageIndex again = scan(*m_site);
        PageOperations ops2(again);
        const PageOperationPlan loop
            = ops2.move(again.findByRelPath(QStringLiteral("02.news")), again.findByRelPath(kLinks), {}, {});
        QVERIFY(!loop.ok);
        QVERIFY(loop.error.contains(QStringLiteral("into itself")));
    }

    void reorderRenamesFew()
    {
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const int news = index.findByRelPath(QStringLiteral("02.news"));
        const int exchange = index.findByRelPath(QStringLiteral("02.news/01.2024-05-25-exchange"));
        const int forum = index.findByRelPath(kForum);
        const int school = index.findByRelPath(QStringLiteral("02.news/03.2024-07-15-school"));
        const int links = index.findByRelPath(kLinks);
        // School first: it alone is renumbered, the others keep their folders.
        PageOperationPlan plan = ops.reorder(news, {school, exchange, forum, links}, {});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.renames.size(), 1);
        QCOMPARE(QFileInfo(plan.renames.first().first).fileName(), QStringLiteral("03.2024-07-15-school"));
        QVERIFY(apply(plan).ok);
        QStringList names = QDir(pages(QStringLiteral("02.news"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(names,
            QStringList({QStringLiteral("00.2024-07-15-school"), QStringLiteral("01.2024-05-25-exchange"),
                QStringLiteral("02.2024-06-01-forum"), QStringLiteral("04.2024-08-01-links")}));

        // Reversed: a link naming a renumbered folder follows it, from a page that is renumbered too.
        const QByteArray schoolPage = TempSite::page("title: School\n", "[exchange](../01.2024-05-25-exchange/)\n");
        m_site->writePage(QStringLiteral("02.news/00.2024-07-15-school/item.ru.md"), schoolPage);
        const PageIndex second = scan(*m_site);
        PageOperations ops2(second);
        QVector<int> reversed = second.nodes[second.findByRelPath(QStringLiteral("02.news"))].children;
        std::sort(reversed.begin(), reversed.end(),
            [&](int a, int b) { return second.nodes[a].folderName > second.nodes[b].folderName; });
        plan = ops2.reorder(second.findByRelPath(QStringLiteral("02.news")), reversed, {});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.renames.size(), 3);
        QVERIFY(apply(plan).ok);
        names = QDir(pages(QStringLiteral("02.news"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QStringList slugs;
        for (const QString &n : std::as_const(names))
            slugs.append(n.section(QLatin1Char('.'), 1));
        QCOMPARE(slugs,
            QStringList({QStringLiteral("2024-08-01-links"), QStringLiteral("2024-06-01-forum"),
                QStringLiteral("2024-05-25-exchange"), QStringLiteral("2024-07-15-school")}));
        QCOMPARE(readFile(pages(QStringLiteral("02.news/") + names.at(3) + QStringLiteral("/item.ru.md"))),
            replaced(schoolPage, {{"../01.2024-05-25-exchange/", "../" + names.at(2).toUtf8() + '/'}}));
        QVERIFY(names.at(2) != QStringLiteral("01.2024-05-25-exchange"));
        // A wrong order is refused.
        QVERIFY(!ops2.reorder(second.findByRelPath(QStringLiteral("02.news")), {exchange}, {}).ok);
    }

    void duplicateCopiesEverything()
    {
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const PageOperationPlan plan = ops.duplicate(index.findByRelPath(kForum));
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QVERIFY(apply(plan).ok);
        const QString copy = QStringLiteral("02.news/05.2024-06-01-forum-2");
        QCOMPARE(fileTree(pages(copy)), fileTree(pages(kForum)));
        QCOMPARE(fileTree(pages(copy)).size(), 5); // kk, ru, en, the photo and the PDF
        const PageIndex after = scan(*m_site);
        QVERIFY(std::none_of(after.problems.cbegin(), after.problems.cend(),
            [](const SiteProblem &p) { return p.kind == ProblemKind::DuplicateSlug; }));
    }

    void changeTemplateRenamesEveryLanguage()
    {
        const QMap<QString, QByteArray> before = fileTree(pages(kForum));
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const PageOperationPlan plan = ops.changeTemplate(index.findByRelPath(kForum), QStringLiteral("default"));
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.renames.size(), 3);
        QVERIFY(apply(plan).ok);
        const QMap<QString, QByteArray> after = fileTree(pages(kForum));
        for (const QString &lang : {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}) {
            QCOMPARE(
                after.value(QStringLiteral("default.%1.md").arg(lang)), before.value(QStringLiteral("item.%1.md").arg(lang)));
            QVERIFY(!after.contains(QStringLiteral("item.%1.md").arg(lang)));
        }
        const PageIndex rescanned = scan(*m_site);
        QCOMPARE(rescanned.nodes[rescanned.findByRelPath(kForum)].stem, QStringLiteral("default"));
        QVERIFY(!ops.changeTemplate(index.findByRelPath(kForum), QStringLiteral("../x")).ok);
    }

    void trashAndRestore()
    {
        Clock::setFixed(QDateTime(QDate(2024, 6, 14), QTime(9, 30), QTimeZone::utc()));
        const QMap<QString, QByteArray> before = fileTree(pages(kForum));
        PageIndex index = scan(*m_site);
        {
            PageOperations ops(index);
            const PageOperationPlan plan = ops.remove(index.findByRelPath(kForum));
            QVERIFY(plan.ok);
            const IoResult r = apply(plan);
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QVERIFY(!QFileInfo::exists(pages(kForum)));
        const SiteLayout layout = locateSite(m_site->root());
        PageTrash trash(layout);
        QList<TrashEntry> entries = trash.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().relPath, kForum);
        QCOMPARE(entries.first().title, QStringLiteral("Forum (kk)"));
        QCOMPARE(entries.first().deletedAt, Clock::nowUtc());
        // The trash is in the state folder, never in the site.
        QVERIFY(!trash.folder().startsWith(m_site->root()));
        QVERIFY(trash.folder().startsWith(StatePaths::root()));

        // The place is free: the page comes back as it was, and leaves the trash.
        index = scan(*m_site);
        {
            PageOperations ops(index);
            const PageOperationPlan plan = trash.restore(ops, entries.first().id, false);
            QVERIFY2(plan.ok, qPrintable(plan.error));
            QVERIFY(apply(plan).ok);
        }
        QCOMPARE(fileTree(pages(kForum)), before);
        QVERIFY(trash.entries().isEmpty());

        // Deleted again, and a new page took its slug meanwhile: refused, or restored under a free name.
        index = scan(*m_site);
        {
            PageOperations ops(index);
            QVERIFY(apply(ops.remove(index.findByRelPath(kForum))).ok);
        }
        m_site->writePage(QStringLiteral("02.news/09.2024-06-01-forum/item.kk.md"), TempSite::page("title: New\n"));
        index = scan(*m_site);
        entries = trash.entries();
        QCOMPARE(entries.size(), 1);
        PageOperations ops(index);
        const PageOperationPlan refused = trash.restore(ops, entries.first().id, false);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("taken")), qPrintable(refused.error));
        const PageOperationPlan freeName = trash.restore(ops, entries.first().id, true);
        QVERIFY2(freeName.ok, qPrintable(freeName.error));
        QVERIFY(apply(freeName).ok);
        QCOMPARE(fileTree(pages(QStringLiteral("02.news/02.2024-06-01-forum-2"))), before);
        Clock::setFixed({});
    }

    void fixDuplicateSlug()
    {
        // Two posts with one slug: the second gets one from its title (Kazakh rules), its date kept.
        m_site->writePage(QStringLiteral("02.news/05.2024-06-01-forum/item.kk.md"),
            TempSite::newsItem(QStringLiteral("Қан донорлары күні"), QStringLiteral("01-06-2024 12:00")));
        // And a Russian-only one (its title's language decides the rules).
        m_site->writePage(QStringLiteral("02.news/06.2024-06-01-forum/item.ru.md"),
            TempSite::newsItem(QStringLiteral("Школа пациентов"), QStringLiteral("01-06-2024 13:00")));
        PageIndex index = scan(*m_site);
        const int kazakh = index.findByRelPath(QStringLiteral("02.news/05.2024-06-01-forum"));
        QVERIFY(std::any_of(index.problems.cbegin(), index.problems.cend(), [](const SiteProblem &p) {
            return p.kind == ProblemKind::DuplicateSlug && p.path == QStringLiteral("02.news/05.2024-06-01-forum");
        }));
        {
            PageOperations ops(index);
            const PageOperationPlan plan = ops.fixDuplicateSlug(kazakh, {}, {});
            QVERIFY2(plan.ok, qPrintable(plan.error));
            QVERIFY(apply(plan).ok);
        }
        QVERIFY(QFileInfo::exists(pages(QStringLiteral("02.news/05.2024-06-01-qan-donorlary-kuni/item.kk.md"))));
        // Grav serves the shared route from the other folder: links to it were left alone.
        QCOMPARE(readFile(pages(kLinks + QStringLiteral("/item.ru.md"))), kLinksPage);
        index = scan(*m_site);
        {
            PageOperations ops(index);
            const PageOperationPlan plan
                = ops.fixDuplicateSlug(index.findByRelPath(QStringLiteral("02.news/06.2024-06-01-forum")), {}, {});
            QVERIFY2(plan.ok, qPrintable(plan.error));
            QVERIFY(apply(plan).ok);
        }
        QVERIFY(QFileInfo::exists(pages(QStringLiteral("02.news/06.2024-06-01-shkola-patsientov/item.ru.md"))));
        index = scan(*m_site);
        QVERIFY(std::none_of(index.problems.cbegin(), index.problems.cend(),
            [](const SiteProblem &p) { return p.kind == ProblemKind::DuplicateSlug; }));
        // A page that is no duplicate has nothing to fix.
        PageOperations ops(index);
        QVERIFY(!ops.fixDuplicateSlug(index.findByRelPath(kForum), {}, {}).ok);
    }

    void fixDuplicateHeaderSlug()
    {
        // The route comes from the header: the header's slug changes, every other byte stays.
        const QByteArray file = "---\ntitle: 'Донор'\nslug: 2024-06-01-forum # same as the other\n---\n\nText.\n";
        m_site->writePage(QStringLiteral("02.news/05.donor/item.ru.md"), file);
        PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const PageOperationPlan plan
            = ops.fixDuplicateSlug(index.findByRelPath(QStringLiteral("02.news/05.donor")), QStringLiteral("donor-day"), {});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QVERIFY(plan.renames.isEmpty());
        QVERIFY(apply(plan).ok);
        QCOMPARE(readFile(pages(QStringLiteral("02.news/05.donor/item.ru.md"))),
            replaced(file, {{"slug: 2024-06-01-forum #", "slug: donor-day #"}}));
        // A slug in use is refused with a free one proposed.
        m_site->writePage(QStringLiteral("02.news/06.other/item.ru.md"), "---\ntitle: X\nslug: donor-day\n---\n");
        const PageIndex third = scan(*m_site);
        PageOperations ops3(third);
        const PageOperationPlan taken = ops3.fixDuplicateSlug(
            third.findByRelPath(QStringLiteral("02.news/06.other")), QStringLiteral("2024-06-01-forum"), {});
        QVERIFY(!taken.ok);
        QVERIFY2(taken.error.contains(QStringLiteral("2024-06-01-forum-2")), qPrintable(taken.error));
    }

    void safeUploadNames_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("expected"); // "" : refused
        QTest::newRow("cyrillic kept") << QStringLiteral("Отчёт 2024.pdf") << QStringLiteral("Отчёт 2024.pdf");
        QTest::newRow("kazakh docx") << QStringLiteral("Есеп-қорытынды.docx") << QStringLiteral("Есеп-қорытынды.docx");
        QTest::newRow("path dropped") << QStringLiteral("../../etc/passwd.pdf") << QStringLiteral("passwd.pdf");
        QTest::newRow("windows path") << QStringLiteral("C:\\Users\\x\\Доклад.pptx") << QStringLiteral("Доклад.pptx");
        QTest::newRow("control characters") << QStringLiteral("a\tb\nc.docx") << QStringLiteral("a_b_c.docx");
        QTest::newRow("dots and spaces trimmed") << QStringLiteral(" .hidden.pptx. ") << QStringLiteral("hidden.pptx");
        QTest::newRow("no traversal") << QStringLiteral("a..b.pdf") << QStringLiteral("a.b.pdf");
        QTest::newRow("decomposed letters composed")
            << QStringLiteral("Йод.pdf").normalized(QString::NormalizationForm_D) << QStringLiteral("Йод.pdf");
        QTest::newRow("php refused") << QStringLiteral("shell.php") << QString();
        QTest::newRow("html refused") << QStringLiteral("page.HTML") << QString();
        QTest::newRow("no extension refused") << QStringLiteral("README") << QString();
        QTest::newRow("page file refused") << QStringLiteral("item.ru.md") << QString();
    }

    void safeUploadNames()
    {
        QFETCH(QString, given);
        QFETCH(QString, expected);
        QString why;
        QCOMPARE(safeUploadName(given, &why), expected);
        QCOMPARE(why.isEmpty(), !expected.isEmpty());
    }

    void attachWithLimits()
    {
        Clock::setFixed(QDateTime(QDate(2024, 6, 14), QTime(9, 30), QTimeZone::utc()));
        QTemporaryDir outside;
        const QString small = outside.filePath(QStringLiteral("report.pdf"));
        const QString big = outside.filePath(QStringLiteral("Слайды.pptx"));
        const QString huge = outside.filePath(QStringLiteral("video.docx"));
        QVERIFY(writeFile(small, "%PDF new"));
        for (const auto &[path, size] : {qMakePair(big, qint64(6) * 1024 * 1024), qMakePair(huge, qint64(51) * 1024 * 1024)}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(size)); // sparse: no time spent writing
        }
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const PageOperationPlan plan = ops.attach(index.findByRelPath(kForum), {small, big, huge});
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.attachments.size(), 2);
        QCOMPARE(plan.warnings.size(), 1);
        QVERIFY(plan.warnings.first().contains(QStringLiteral("Слайды.pptx")));
        QCOMPARE(plan.refused.size(), 1);
        QVERIFY(plan.refused.first().contains(QStringLiteral("video.docx"))
            && plan.refused.first().contains(QStringLiteral("50 MB")));
        QVERIFY(apply(plan).ok);
        // report.pdf was taken: the old one stays, the new one gets Grav admin's time-stamped name.
        QCOMPARE(readFile(pages(kForum + QStringLiteral("/report.pdf"))), QByteArray("%PDF"));
        const QString stamped
            = Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMddHHmmss")) + QStringLiteral("-report.pdf");
        QCOMPARE(readFile(pages(kForum + QLatin1Char('/') + stamped)), QByteArray("%PDF new"));
        QCOMPARE(QFileInfo(pages(kForum + QStringLiteral("/Слайды.pptx"))).size(), qint64(6) * 1024 * 1024);
        QVERIFY(!QFileInfo::exists(pages(kForum + QStringLiteral("/video.docx"))));
        // Only refused files: nothing to do, said so.
        const PageOperationPlan none = ops.attach(index.findByRelPath(kForum), {huge});
        QVERIFY(!none.ok);
        QVERIFY(none.error.contains(QStringLiteral("video.docx")));
        Clock::setFixed({});
    }

    void linkedPageChangedMeanwhile()
    {
        const PageIndex index = scan(*m_site);
        PageOperations ops(index);
        const PageOperationPlan plan = ops.renameSlug(index.findByRelPath(kForum), QStringLiteral("forum-2024"), {});
        QVERIFY(plan.ok);
        QCOMPARE(plan.linkEdits.size(), 1);
        // Someone edits the linking page after the preview.
        const QByteArray edited = kLinksPage + "A new line.\n";
        QVERIFY(writeFile(pages(kLinks + QStringLiteral("/item.ru.md")), edited));
        const QMap<QString, QByteArray> before = fileTree(m_site->pagesDir());
        const IoResult r = apply(plan);
        QVERIFY(!r.ok);
        QCOMPARE(r.kind, IoResult::Error::ChangedOnDisk);
        QVERIFY(!r.error.isEmpty());
        // Nothing changed: not the folder, not the other page.
        QCOMPARE(fileTree(m_site->pagesDir()), before);
    }

    void corpusDuplicateSlugs()
    {
        // The production site has posts that share a slug: each is fixed from its Kazakh or Russian title, in a
        // copy of the site in a temporary folder, and no other byte of the site changes.
        const QString corpus = TestPaths::sharedDir() + QStringLiteral("/corpus/hemcenter");
        if (!QFileInfo(corpus + QStringLiteral("/user/pages")).isDir())
            QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(corpus)));
        QTemporaryDir tmp;
        const QString root = tmp.filePath(QStringLiteral("hemcenter"));
        QVERIFY(copyTree(corpus, root));
        const SiteLayout layout = locateSite(root);
        const auto duplicates = [&](const PageIndex &index) {
            QStringList out;
            for (const SiteProblem &p : index.problems) {
                if (p.kind == ProblemKind::DuplicateSlug)
                    out.append(p.path);
            }
            return out;
        };
        PageIndex index = scanSite(layout, SiteConfig::load(layout));
        QStringList left = duplicates(index);
        if (left.isEmpty())
            QSKIP("the corpus has no duplicate slug any more");
        const QMap<QString, QByteArray> before = fileTree(layout.pagesDir);
        QStringList fixed;
        for (int guard = 0; !left.isEmpty() && guard < 100; ++guard) {
            PageOperations ops(index);
            const int node = index.findByRelPath(left.last());
            const PageOperationPlan plan = ops.fixDuplicateSlug(node, {}, {});
            QVERIFY2(plan.ok, qPrintable(plan.error));
            SiteWorkspace ws(layout);
            const IoResult r = applyPageOperation(ws, plan);
            QVERIFY2(r.ok, qPrintable(r.error));
            fixed.append(left.last());
            index = scanSite(layout, SiteConfig::load(layout));
            left = duplicates(index);
        }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        // Only folder names changed: the same files with the same bytes, under other folders.
        const QMap<QString, QByteArray> after = fileTree(layout.pagesDir);
        QCOMPARE(after.size(), before.size());
        QMultiMap<QByteArray, QString> byBytes;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            byBytes.insert(it.value(), it.key().section(QLatin1Char('/'), -1));
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(byBytes.contains(it.value(), it.key().section(QLatin1Char('/'), -1)), qPrintable(it.key()));
        for (const QString &rel : std::as_const(fixed))
            QVERIFY2(!QFileInfo::exists(layout.pagesDir + QLatin1Char('/') + rel), qPrintable(rel));
    }

    void transactionFolders()
    {
        const SiteLayout layout = locateSite(m_site->root());
        SiteWorkspace ws(layout);
        // A folder staged whole and put in place; a folder removed whole; a file in a renamed folder written.
        auto tx = ws.begin(QStringLiteral("folders"));
        const QString staged = tx->stagingPath(pages(QStringLiteral("02.news/08.copy")));
        QVERIFY(QDir().mkpath(staged + QStringLiteral("/sub")));
        QVERIFY(writeFile(staged + QStringLiteral("/sub/a.txt"), "a"));
        tx->remove(pages(QStringLiteral("03.about")));
        tx->rename(pages(kForum), pages(QStringLiteral("02.news/02.renamed")));
        tx->put(pages(kForum + QStringLiteral("/item.en.md")), "new\n");
        const IoResult r = tx->commit();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(readFile(pages(QStringLiteral("02.news/08.copy/sub/a.txt"))), QByteArray("a"));
        QVERIFY(!QFileInfo::exists(pages(QStringLiteral("03.about"))));
        QCOMPARE(readFile(pages(QStringLiteral("02.news/02.renamed/item.en.md"))), QByteArray("new\n"));
        QCOMPARE(readFile(pages(QStringLiteral("02.news/02.renamed/photo.jpg"))), QByteArray("JPEG"));

        // Anything else inside a moved folder is refused, and nothing happens.
        auto bad = ws.begin(QStringLiteral("inside"));
        bad->rename(pages(QStringLiteral("02.news/02.renamed")), pages(QStringLiteral("02.news/02.again")));
        bad->remove(pages(QStringLiteral("02.news/02.renamed/photo.jpg")));
        const IoResult refused = bad->commit();
        QVERIFY(!refused.ok);
        QVERIFY(QFileInfo::exists(pages(QStringLiteral("02.news/02.renamed/photo.jpg"))));

        // A staged folder that never committed goes; a leftover one is swept by the next recovery.
        {
            auto dropped = ws.begin(QStringLiteral("dropped"));
            const QString folder = dropped->stagingPath(pages(QStringLiteral("02.news/09.gone")));
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(writeFile(folder + QStringLiteral("/x.md"), "x"));
        }
        const QString leftover = pages(QStringLiteral("02.news/.09.crashed.gravdesk-abc123.tmp"));
        QVERIFY(QDir().mkpath(leftover));
        QVERIFY(writeFile(leftover + QStringLiteral("/x.md"), "x"));
        QVERIFY(writeFile(
            StatePaths::ensureSiteSubfolder(layout.userDir, QStringLiteral("transactions")) + QStringLiteral("/needs-sweep"),
            ""));
        ws.recover();
        QVERIFY(!QFileInfo::exists(leftover));
        const QStringList hidden
            = QDir(pages(QStringLiteral("02.news"))).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(std::none_of(hidden.cbegin(), hidden.cend(), [](const QString &n) { return n.startsWith(QLatin1Char('.')); }),
            qPrintable(hidden.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestPageOperations)
#include "tst_pageoperations.moc"
