// Page management through the real window on a copy of the sample site: rename with the links of another
// page updated (and refused while the page has unsaved edits), reorder and move by dropping in the tree,
// publish and unpublish two selected pages in one change, attach a PDF (written at Save, linked at the
// cursor; a file over 50 MB refused), delete to the trash and restore, and a duplicate slug fixed from
// Problems by activating its line. Every question is answered through the ScriptedPrompter.

#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "site/pagetrash.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace GravDesk;

namespace {

const QString kHome = QStringLiteral("01.home");
const QString kTele = QStringLiteral("02.news/01.2025-01-20-telemedicine-consultations");
const QString kSchool = QStringLiteral("02.news/02.2025-04-22-patient-school-hemophilia");
const QString kDonor = QStringLiteral("02.news/03.2025-06-14-world-blood-donor-day");
const QString kFlow = QStringLiteral("02.news/04.2025-10-03-new-flow-cytometer");
const QString kSafety = QStringLiteral("02.news/05.2027-09-10-patient-safety-conference");
const QString kCopy = QStringLiteral("02.news/06.2025-01-20-telemedicine-consultations");

} // namespace

class TestPageManagement final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    QString m_pages;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    MainWindow *m_window = nullptr; // left to the process's end (Qt WebEngine, as in the other window tests)

    QTreeView *pageTree() const { return m_window->findChild<QTreeView *>(QStringLiteral("pageTreeView")); }
    // The tree's own model: the proxy over the page model (search, filters, sort), as a drop in the tree meets it.
    QAbstractItemModel *model() const { return pageTree()->model(); }
    QPlainTextEdit *body() const { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QString page(const QString &rel) const { return m_pages + QLatin1Char('/') + rel; }
    bool indexHas(const QString &rel) const
    {
        const auto index = m_window->pageIndex();
        return index && index->findByRelPath(rel) > 0;
    }
    QModelIndex treeIndex(const QString &rel) const
    {
        const auto index = m_window->pageIndex();
        auto *pages = m_window->findChild<PageTreeModel *>();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(model());
        return proxy->mapFromSource(pages->indexForNode(index ? index->findByRelPath(rel) : -1));
    }

    bool open(const QString &rel, const QString &language = QStringLiteral("en"))
    {
        m_window->selectPage(rel, language);
        return QTest::qWaitFor(
            [&] {
                PageDocument *doc = m_window->currentDocument();
                return doc && doc->language() == language && doc->path().startsWith(page(rel) + QLatin1Char('/'));
            },
            10000);
    }

    // Waits until the watcher's batches of earlier changes have come back (no refresh for 1.5 s).
    void settle()
    {
        QSignalSpy refreshed(m_window, &MainWindow::siteRefreshed);
        while (refreshed.wait(1500))
            refreshed.clear();
    }

    void answerPlans(bool accept)
    {
        m_prompter->planAnswer = accept;
        m_prompter->planUpdateLinks = true;
        m_prompter->lastError.clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), m_site));
        m_pages = m_site + QStringLiteral("/user/pages");
        // The home page links the donor day page twice: by its route and by its folder.
        QFile home(page(kHome) + QStringLiteral("/default.en.md"));
        QVERIFY(home.open(QIODevice::Append));
        home.write("\nRead about [World Blood Donor Day](/news/2025-06-14-world-blood-donor-day) and "
                   "[the same page](../02.news/03.2025-06-14-world-blood-donor-day).\n");
        home.close();
        // A second folder with the telemedicine page's slug: Problems reports a duplicate slug.
        QVERIFY(copyTree(page(kTele), page(kCopy)));
        m_prompter = std::make_shared<ScriptedPrompter>();
        m_window = new MainWindow;
        m_window->setPrompter(m_prompter);
        m_window->resize(1300, 820);
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_site));
        QVERIFY(loaded.wait(30000));
    }

    void renameUpdatesLinksAndFollowsTheOpenPage()
    {
        QVERIFY(open(kDonor));
        // Unsaved edits stop the rename: nothing changes and the text stays.
        body()->setFocus();
        body()->moveCursor(QTextCursor::End);
        QTest::keyClicks(body(), QStringLiteral(" draft"));
        QVERIFY(m_window->currentDocument()->isModified());
        answerPlans(true);
        m_prompter->textAnswers = {QStringLiteral("donor-day-2025")};
        action("renamePageAction")->trigger();
        QVERIFY2(m_prompter->lastError.contains(QStringLiteral("unsaved")), qPrintable(m_prompter->lastError));
        QVERIFY(QFileInfo::exists(page(kDonor)));
        QVERIFY(m_window->currentDocument()->body().endsWith(QStringLiteral(" draft")));
        while (m_window->currentDocument()->isModified() && action("undoAction")->isEnabled())
            action("undoAction")->trigger();
        QVERIFY(!m_window->currentDocument()->isModified());

        // Cancelled at the plan: nothing changes.
        answerPlans(false);
        m_prompter->textAnswers = {QStringLiteral("donor-day-2025")};
        const int asked = m_prompter->planQuestions;
        action("renamePageAction")->trigger();
        QCOMPARE(m_prompter->planQuestions, asked + 1);
        QVERIFY(QFileInfo::exists(page(kDonor)));

        // Confirmed: the folder is renamed, the home page's links follow, the open page follows.
        answerPlans(true);
        m_prompter->textAnswers = {QStringLiteral("donor-day-2025")};
        QSignalSpy done(m_window, &MainWindow::pageOperationFinished);
        action("renamePageAction")->trigger();
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        const QString plan = m_prompter->lastPlan.lines.join(QLatin1Char('\n'));
        QVERIFY2(plan.contains(QStringLiteral("03.donor-day-2025")), qPrintable(plan));
        QVERIFY2(plan.contains(kHome + QStringLiteral("/default.en.md")), qPrintable(plan));
        const QString renamed = QStringLiteral("02.news/03.donor-day-2025");
        QVERIFY(!QFileInfo::exists(page(kDonor)));
        QVERIFY(QFileInfo::exists(page(renamed) + QStringLiteral("/item.en.md")));
        const QByteArray home = readFile(page(kHome) + QStringLiteral("/default.en.md"));
        QVERIFY2(home.contains("/news/donor-day-2025)"), home.constData());
        QVERIFY2(home.contains("../02.news/03.donor-day-2025)"), home.constData());
        QVERIFY(!home.contains("world-blood-donor-day"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->currentDocument() && m_window->currentDocument()->path() == page(renamed) + QStringLiteral("/item.en.md"),
            10000);
        QCOMPARE(m_window->place().page, renamed);
        QVERIFY(!m_window->hasDiskConflict());
        QTRY_VERIFY(indexHas(renamed) && !indexHas(kDonor));
    }

    void bulkUnpublishAndPublishTwoPages()
    {
        QTRY_VERIFY(indexHas(kTele) && indexHas(kSchool));
        QVERIFY(open(kTele));
        pageTree()->selectionModel()->select(treeIndex(kSchool), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->selectedPages(), (QStringList {kTele, kSchool}));
        QCOMPARE(m_window->place().page, kTele); // the open page stays the current one
        const QMap<QString, QByteArray> before = fileTree(m_pages);

        answerPlans(true);
        QSignalSpy done(m_window, &MainWindow::pageOperationFinished);
        action("unpublishPagesAction")->trigger();
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        QCOMPARE(m_prompter->lastPlan.lines.size(), 6); // three language files each
        for (const QString &rel : {kTele, kSchool})
            for (const char *lang : {"kk", "ru", "en"}) {
                const QByteArray bytes = readFile(page(rel) + QStringLiteral("/item.%1.md").arg(QLatin1String(lang)));
                QVERIFY2(bytes.contains("\npublished: false\n"), qPrintable(rel));
            }
        // The open page (no unsaved edits) shows the header as it is now.
        QTRY_COMPARE(m_window->currentDocument()->frontMatter().value(QStringLiteral("published")), QVariant(false));
        QTRY_VERIFY(
            m_window->pageIndex()->variantExact(m_window->pageIndex()->findByRelPath(kSchool), QStringLiteral("ru"))->publishState
            == PublishState::Draft);

        done.clear();
        action("publishPagesAction")->trigger();
        QCOMPARE(done.size(), 1);
        QCOMPARE(fileTree(m_pages), before);
    }

    void attachAPdfAtSave()
    {
        settle();
        QVERIFY(open(kTele));
        QVERIFY(!m_window->hasDiskConflict());
        QTemporaryDir files;
        const QString pdf = files.filePath(QStringLiteral("Annual report 2025.pdf"));
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        }
        m_prompter->openFilesAnswer = {pdf};
        m_prompter->confirmAnswer = true; // insert the link
        body()->moveCursor(QTextCursor::End);
        auto *add = m_window->findChild<QPushButton *>(QStringLiteral("addFilesButton"));
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        PageDocument *doc = m_window->currentDocument();
        QVERIFY(!doc->folderChanges().isEmpty());
        QVERIFY2(doc->body().contains(QStringLiteral("(Annual report 2025.pdf)")), qPrintable(doc->body().right(200)));
        QVERIFY(!QFileInfo::exists(page(kTele) + QStringLiteral("/Annual report 2025.pdf"))); // waits for Save
        QSignalSpy saved(m_window, &MainWindow::documentSaved);
        QVERIFY(m_window->save());
        QTRY_VERIFY2_WITH_TIMEOUT(!saved.isEmpty(), qPrintable(m_prompter->lastError), 10000);
        QVERIFY(saved.first().first().toBool());
        QCOMPARE(readFile(page(kTele) + QStringLiteral("/Annual report 2025.pdf")), readFile(pdf));

        // Over 50 MB: refused with a message, nothing pending.
        const QString huge = files.filePath(QStringLiteral("video.mp4"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(51) * 1024 * 1024));
        }
        m_prompter->lastError.clear();
        QVERIFY(!m_window->attachFiles({huge}));
        QVERIFY2(m_prompter->lastError.contains(QStringLiteral("50 MB")), qPrintable(m_prompter->lastError));
        QVERIFY(m_window->currentDocument()->folderChanges().isEmpty());
        QVERIFY(!m_window->currentDocument()->isModified());
    }

    void deleteToTrashAndRestore()
    {
        QTRY_VERIFY(indexHas(kSchool));
        QVERIFY(open(kSchool));
        const QMap<QString, QByteArray> before = fileTree(page(kSchool));
        answerPlans(true);
        QSignalSpy done(m_window, &MainWindow::pageOperationFinished);
        action("deletePageAction")->trigger();
        QCOMPARE(done.size(), 1);
        QVERIFY(!QFileInfo::exists(page(kSchool)));
        QVERIFY(m_window->currentDocument() == nullptr); // the deleted page closed
        QTRY_VERIFY(!indexHas(kSchool));

        // Page ▸ Trash…: the newest entry is the page; Restore puts it back as it was.
        m_prompter->dialogAnswer = [](QDialog *dialog) {
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("trashTreeWidget"));
            if (!list || list->topLevelItemCount() == 0 || list->topLevelItem(0)->text(1) != kSchool)
                return int(QDialog::Rejected);
            list->setCurrentItem(list->topLevelItem(0));
            return int(QDialog::Accepted);
        };
        done.clear();
        action("showTrashAction")->trigger();
        m_prompter->dialogAnswer = nullptr;
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        QCOMPARE(fileTree(page(kSchool)), before);
        QTRY_VERIFY(indexHas(kSchool));
    }

    void duplicateSlugFixedFromProblems()
    {
        const auto duplicates = [this] {
            int n = 0;
            for (const SiteProblem &p : m_window->pageIndex()->problems)
                n += p.kind == ProblemKind::DuplicateSlug ? 1 : 0;
            return n;
        };
        settle();
        QVERIFY(duplicates() > 0);
        auto *problems = m_window->findChild<QTreeWidget *>(QStringLiteral("problemsTreeWidget"));
        QTreeWidgetItem *item = nullptr;
        for (int i = 0; i < problems->topLevelItemCount() && !item; ++i)
            if (problems->topLevelItem(i)->data(0, Qt::UserRole).toString() == kCopy)
                item = problems->topLevelItem(i);
        QVERIFY(item);
        answerPlans(true);
        QSignalSpy done(m_window, &MainWindow::pageOperationFinished);
        // Activated as a user does from the keyboard (Enter), the same path as a double-click.
        problems->setFocus();
        problems->setCurrentItem(item);
        QTest::keyClick(problems, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(done.size() == 1, qPrintable(m_prompter->lastError + m_prompter->lastPlanTitle), 10000);
        QVERIFY(done.first().first().toBool());
        QCOMPARE(m_prompter->lastPlanTitle, QStringLiteral("Fix Duplicate Slug"));
        QVERIFY(!QFileInfo::exists(page(kCopy)));
        QTRY_COMPARE_WITH_TIMEOUT(duplicates(), 0, 10000);
    }

    // Last: renumbering changes the folders of the news items.
    void dropReordersSiblingsAndMovesOntoAPage()
    {
        // The flow cytometer page dropped before the first news item: only the folders that must are renumbered.
        QTRY_VERIFY(indexHas(kFlow));
        answerPlans(true);
        QSignalSpy done(m_window, &MainWindow::pageOperationFinished);
        std::unique_ptr<QMimeData> mime(model()->mimeData({treeIndex(kFlow)}));
        QVERIFY(mime);
        QVERIFY(model()->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, treeIndex(QStringLiteral("02.news"))));
        QVERIFY(!model()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, treeIndex(kFlow))); // never onto itself
        model()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, treeIndex(QStringLiteral("02.news")));
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        QTRY_VERIFY(!indexHas(kFlow));
        const auto index = m_window->pageIndex();
        const int news = index->findByRelPath(QStringLiteral("02.news"));
        const PageNode &first = index->nodes[index->nodes[news].children.first()];
        QVERIFY2(first.folderName.endsWith(QStringLiteral("2025-10-03-new-flow-cytometer")), qPrintable(first.folderName));
        QVERIFY(first.order >= 0);
        int renamedFolders = 0;
        for (const QString &line : m_prompter->lastPlan.lines)
            renamedFolders += line.startsWith(QStringLiteral("Rename ")) ? 1 : 0;
        QVERIFY2(renamedFolders >= 1 && renamedFolders < 5, qPrintable(m_prompter->lastPlan.lines.join(QLatin1Char('\n'))));

        // Dropped onto the home page: moved into it.
        done.clear();
        std::unique_ptr<QMimeData> safety(model()->mimeData({treeIndex(kSafety)}));
        QVERIFY(safety);
        model()->dropMimeData(safety.get(), Qt::MoveAction, -1, -1, treeIndex(kHome));
        QVERIFY(done.wait(10000));
        QVERIFY(QFileInfo::exists(page(kHome) + QStringLiteral("/05.2027-09-10-patient-safety-conference/item.en.md")));
        QVERIFY(!QFileInfo::exists(page(kSafety)));
        QTRY_VERIFY(indexHas(kHome + QStringLiteral("/05.2027-09-10-patient-safety-conference")));
    }
};

QTEST_MAIN(TestPageManagement)
#include "tst_pagemanagement.moc"
