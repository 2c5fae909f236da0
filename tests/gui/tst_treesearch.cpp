// The tree's search field, filters and sorting in the real window on a copy of the sample site: typing filters as
// you type (titles, any case, ё = е, Kazakh capitals kept apart from Russian letters, a word only in a body), a word
// written into a page by another program is found once the change stream has brought it in, each filter, sorting by
// a header click (date, title with the language's collation) and back to the folder order, opening a page from the
// filtered tree, a drag reorder refused while sorted, Esc and the shortcut, the sort remembered for the site.

#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "pagetree/pagetreeproxy.h"
#include "search/sitesearchservice.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace GravDesk;

namespace {

const QString kHome = QStringLiteral("01.home");
const QString kNews = QStringLiteral("02.news");
const QString kTele = QStringLiteral("02.news/01.2025-01-20-telemedicine-consultations");
const QString kSchool = QStringLiteral("02.news/02.2025-04-22-patient-school-hemophilia");
const QString kDonor = QStringLiteral("02.news/03.2025-06-14-world-blood-donor-day");
const QString kFlow = QStringLiteral("02.news/04.2025-10-03-new-flow-cytometer");
const QString kNurse = QStringLiteral("02.news/2025-09-18-nurse-training-course");

} // namespace

class TestTreeSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    QString m_pages;
    std::shared_ptr<ScriptedPrompter> m_prompter = std::make_shared<ScriptedPrompter>();
    MainWindow *m_window = nullptr; // left to the process's end (Qt WebEngine, as in the other window tests)

    QTreeView *tree() const { return m_window->findChild<QTreeView *>(QStringLiteral("pageTreeView")); }
    PageTreeProxy *proxy() const { return m_window->findChild<PageTreeProxy *>(QStringLiteral("pageTreeProxy")); }
    PageTreeModel *pages() const { return m_window->findChild<PageTreeModel *>(); }
    QLineEdit *field() const { return m_window->findChild<QLineEdit *>(QStringLiteral("treeSearchLineEdit")); }
    template<typename T> T *child(const char *name) const { return m_window->findChild<T *>(QLatin1String(name)); }

    // The pages the tree shows, as folders, depth first in the tree's order.
    QStringList shown(const QModelIndex &parent = {}) const
    {
        QStringList out;
        const QAbstractItemModel *m = tree()->model();
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex i = m->index(r, 0, parent);
            out << i.data(PageTreeModel::RelPathRole).toString();
            out += shown(i);
        }
        return out;
    }
    // The pages that match themselves (not only shown as an ancestor of a match).
    QStringList matched() const
    {
        QStringList out;
        const auto index = m_window->pageIndex();
        for (const QString &rel : shown())
            if (proxy()->matches(index->findByRelPath(rel)))
                out << rel;
        out.sort();
        return out;
    }
    QModelIndex treeIndex(const QString &rel) const
    {
        const auto index = m_window->pageIndex();
        return proxy()->mapFromSource(pages()->indexForNode(index->findByRelPath(rel)));
    }
    // Types @p text into the empty search field key by key, as a user does.
    void type(const QString &text)
    {
        field()->clear();
        field()->setFocus();
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, field(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    void clickHeader(int column)
    {
        QHeaderView *h = tree()->header();
        const QPoint at(h->sectionViewportPosition(column) + h->sectionSize(column) / 2, h->height() / 2);
        QTest::mouseClick(h->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    }
    QStringList newsChildren() const
    {
        QStringList out;
        const QModelIndex news = treeIndex(kNews);
        for (int r = 0; r < proxy()->rowCount(news); ++r)
            out << proxy()->index(r, 0, news).data(PageTreeModel::RelPathRole).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), m_site));
        m_pages = m_site + QStringLiteral("/user/pages");
        // A word only in the body of the Kazakh telemedicine page.
        QFile tele(m_pages + QLatin1Char('/') + kTele + QStringLiteral("/item.kk.md"));
        QVERIFY(tele.open(QIODevice::Append));
        tele.write("\n\nДәрігерлер зимогенворт әдісін талқылады.\n");
        tele.close();
        m_window = new MainWindow;
        m_window->setPrompter(m_prompter);
        m_window->resize(1300, 820);
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_site));
        QVERIFY(loaded.wait(30000));
        QVERIFY(tree() && proxy() && pages() && field());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->siteSearch()->isReady(), 20000);
    }

    // Each test starts from an empty search field (the sort is kept: later tests build on it).
    void init()
    {
        if (field())
            field()->clear();
    }

    void filtersAsYouType()
    {
        const QStringList all = shown();
        QVERIFY(all.contains(kFlow) && all.contains(kHome));
        QCOMPARE(proxy()->sortColumn(), -1); // the folder order by default
        auto *empty = child<QLabel>("treeEmptyLabel");

        // A title word, in capitals: the page and its ancestor; nothing else.
        type(QStringLiteral("CYTOMET"));
        QTRY_COMPARE(matched(), QStringList {kFlow});
        QCOMPARE(shown(), (QStringList {kNews, kFlow}));
        QVERIFY(tree()->isExpanded(treeIndex(kNews)));
        QVERIFY(child<QLabel>("treeCountLabel")->text().startsWith(QStringLiteral("1 ")));
        QVERIFY(empty->isHidden());

        // ё = е: the Russian title says "медсестёр".
        type(QStringLiteral("МЕДСЕСТЕР"));
        QTRY_COMPARE(matched(), QStringList {kNurse});

        // Kazakh capitals fold to Kazakh letters: "ҚАН" finds the Kazakh title, "КАН" (Russian К) finds nothing.
        type(QStringLiteral("ҚАН ДОНОРЛАРЫ"));
        QTRY_COMPARE(matched(), QStringList {kDonor});
        type(QStringLiteral("КАН ДОНОРЛАРЫ"));
        QTRY_VERIFY(shown().isEmpty());
        QVERIFY(empty->isVisible());

        // A word only in a page's body.
        type(QStringLiteral("ЗИМОГЕНВОРТ"));
        QTRY_COMPARE(matched(), QStringList {kTele});
        QVERIFY(empty->isHidden());

        // Letter by letter with pauses: a lookup after the first reads only the files the text before was in.
        type(QStringLiteral("зимог"));
        QTRY_COMPARE(matched(), QStringList {kTele});
        for (const QChar c : QStringLiteral("енворт")) {
            QTest::sendKeyEvent(QTest::Click, field(), Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::qWait(250);
            QCOMPARE(matched(), QStringList {kTele});
        }
        QTest::sendKeyEvent(QTest::Click, field(), Qt::Key_unknown, QStringLiteral("ы"), Qt::NoModifier);
        QTRY_VERIFY(shown().isEmpty());

        // Esc in the field clears it: every page again.
        QTest::keyClick(field(), Qt::Key_Escape);
        QVERIFY(field()->text().isEmpty());
        QTRY_COMPARE(shown(), all);
    }

    void findsAWordWrittenByAnotherProgram()
    {
        // The search waits for the word first; another program writes it into a page; the change stream brings the
        // new text to the site search, which re-applies the filter.
        type(QStringLiteral("квиллфезер"));
        QTRY_VERIFY(shown().isEmpty());
        QSignalSpy updated(m_window->siteSearch(), &SiteSearchService::updated);
        QFile school(m_pages + QLatin1Char('/') + kSchool + QStringLiteral("/item.ru.md"));
        QVERIFY(school.open(QIODevice::Append));
        school.write("\n\nНовый метод: КвиллФезер.\n");
        school.close();
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(matched(), QStringList {kSchool}, 10000);
        field()->clear();
        QTRY_VERIFY(shown().contains(kHome));
    }

    void eachFilter()
    {
        const auto index = m_window->pageIndex();
        auto *state = child<QComboBox>("treeStateComboBox");
        state->setCurrentIndex(state->findData(int(PublishState::Draft)));
        QCOMPARE(matched(), QStringList {kFlow}); // published: false in every language
        state->setCurrentIndex(0);

        auto *language = child<QComboBox>("treeLanguageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("!en")));
        QCOMPARE(matched(), QStringList {kNurse}); // kk and ru only
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        QVERIFY(!matched().contains(kNurse));
        for (const QString &rel : matched())
            QVERIFY2(index->nodes[index->findByRelPath(rel)].variant(QStringLiteral("en")), qPrintable(rel));
        QVERIFY(matched().size() >= 6);
        language->setCurrentIndex(0);

        auto *from = child<QDateEdit>("treeFromDateEdit");
        auto *to = child<QDateEdit>("treeToDateEdit");
        from->setDate(QDate(2025, 6, 1));
        to->setDate(QDate(2025, 9, 30));
        QCOMPARE(matched(), (QStringList {kDonor, kNurse}));
        from->setDate(from->minimumDate());
        to->setDate(to->minimumDate());

        auto *taxonomy = child<QComboBox>("treeTaxonomyComboBox");
        const int tag = taxonomy->findData(QStringLiteral("tag:hemophilia"));
        QVERIFY(tag > 0);
        taxonomy->setCurrentIndex(tag);
        QCOMPARE(matched(), QStringList {kSchool});
        taxonomy->setCurrentIndex(0);

        // Problems: the pages the index flags, whatever they are.
        QStringList flagged;
        for (int n = 1; n < index->size(); ++n)
            if (index->nodes[n].hasError || index->nodes[n].hasWarning)
                flagged << index->nodes[n].relPath;
        flagged.sort();
        auto *problems = child<QCheckBox>("treeProblemsCheckBox");
        problems->setChecked(true);
        QCOMPARE(matched(), flagged);
        QCOMPARE(child<QLabel>("treeEmptyLabel")->isVisible(), flagged.isEmpty());
        problems->setChecked(false);
        QVERIFY(shown().contains(kHome));
    }

    void sortsByHeaderClick()
    {
        const QStringList folderOrder = newsChildren();
        // Date: newest first, then oldest first, then the folder order again.
        clickHeader(PageTreeModel::DateColumn);
        QCOMPARE(proxy()->sortColumn(), int(PageTreeModel::DateColumn));
        QCOMPARE(proxy()->sortOrder(), Qt::DescendingOrder);
        const auto dateOf
            = [this](const QString &rel) { return treeIndex(rel).siblingAtColumn(PageTreeModel::DateColumn).data().toString(); };
        QStringList rows = newsChildren();
        for (int r = 1; r < rows.size(); ++r)
            QVERIFY2(dateOf(rows[r - 1]) >= dateOf(rows[r]), qPrintable(rows.join(QLatin1Char(' '))));
        QVERIFY(rows != folderOrder);
        clickHeader(PageTreeModel::DateColumn);
        QCOMPARE(proxy()->sortOrder(), Qt::AscendingOrder);
        rows = newsChildren();
        for (int r = 1; r < rows.size(); ++r)
            QVERIFY(dateOf(rows[r - 1]) <= dateOf(rows[r]));
        clickHeader(PageTreeModel::DateColumn);
        QCOMPARE(proxy()->sortColumn(), -1);
        QCOMPARE(newsChildren(), folderOrder);

        // Title, in Kazakh: the Kazakh alphabet's order (ә after а, қ after к, ө after о …).
        auto *languages = child<QComboBox>("languageComboBox");
        languages->setCurrentIndex(languages->findData(QStringLiteral("kk")));
        Q_EMIT languages->activated(languages->currentIndex());
        QCOMPARE(pages()->language(), QStringLiteral("kk"));
        clickHeader(PageTreeModel::TitleColumn);
        QCOMPARE(proxy()->sortColumn(), int(PageTreeModel::TitleColumn));
        QCOMPARE(proxy()->sortOrder(), Qt::AscendingOrder);
        QCollator kk {QLocale(QStringLiteral("kk"))};
        kk.setCaseSensitivity(Qt::CaseInsensitive);
        rows = newsChildren();
        QVERIFY(rows.size() >= 6);
        for (int r = 1; r < rows.size(); ++r) {
            const QString a = treeIndex(rows[r - 1]).data().toString(), b = treeIndex(rows[r]).data().toString();
            QVERIFY2(kk.compare(a, b) <= 0, qPrintable(a + QStringLiteral(" / ") + b));
        }
        // "Өңірлік …" (ө comes right after о in the Kazakh alphabet) before "Пациенттер …".
        const int tele = int(rows.indexOf(kTele)), school = int(rows.indexOf(kSchool));
        QVERIFY2(tele < school, qPrintable(rows.join(QLatin1Char(' '))));
    }

    void opensTheRightPageFromTheFilteredTree()
    {
        // Sorted by title and filtered: a click on the row opens that page.
        type(QStringLiteral("86 донор"));
        QTRY_COMPARE(matched(), QStringList {kDonor});
        const QModelIndex row = treeIndex(kDonor);
        QVERIFY(row.isValid());
        tree()->scrollTo(row);
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, Qt::NoModifier, tree()->visualRect(row).center());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument() != nullptr, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument()->path().contains(kDonor + QLatin1Char('/')), 10000);
        QCOMPARE(m_window->place().page, kDonor);
        // Enter in the field opens the first match.
        type(QStringLiteral("cytometer"));
        QTRY_COMPARE(matched(), QStringList {kFlow});
        tree()->setCurrentIndex(QModelIndex());
        QTest::keyClick(field(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument()->path().contains(kFlow + QLatin1Char('/')), 10000);
        // A page asked for from elsewhere (Problems, News) that the filter hides: the filter goes.
        QVERIFY(!treeIndex(kHome).isValid());
        m_window->selectPage(kHome);
        QVERIFY(field()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument()->path().contains(kHome + QLatin1Char('/')), 10000);
    }

    void refusesAReorderWhileSorted()
    {
        QCOMPARE(proxy()->sortColumn(), int(PageTreeModel::TitleColumn));
        const int asked = m_prompter->planQuestions;
        QSignalSpy done(m_window, &MainWindow::pageOperationFinished);
        std::unique_ptr<QMimeData> mime(proxy()->mimeData({treeIndex(kFlow)}));
        QVERIFY(mime);
        QVERIFY(!proxy()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, treeIndex(kNews)));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("folder order")));
        QTest::qWait(200); // a drop reports its plan from the event loop: let one turn pass
        QCOMPARE(m_prompter->planQuestions, asked);
        QVERIFY(done.isEmpty());
        QVERIFY(QFileInfo::exists(m_pages + QLatin1Char('/') + kFlow));

        // Filtered in the folder order: refused too (the rows shown are not all the siblings).
        proxy()->sort(-1);
        type(QStringLiteral("o"));
        QTRY_VERIFY(proxy()->isFiltering());
        QVERIFY(!proxy()->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, treeIndex(kNews)));
        QTest::qWait(200);
        QCOMPARE(m_prompter->planQuestions, asked);
        field()->clear();
    }

    void shortcutAndRememberedSort()
    {
        m_window->activateWindow();
        QAction *find = child<QAction>("findPageAction");
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        field()->clearFocus();
        find->trigger();
        QTRY_VERIFY(field()->hasFocus());

        // The sort is remembered for the site: reopened, the tree is sorted as it was left.
        clickHeader(PageTreeModel::DateColumn);
        QCOMPARE(proxy()->sortColumn(), int(PageTreeModel::DateColumn));
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_site));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(proxy()->sortColumn(), int(PageTreeModel::DateColumn));
        QCOMPARE(proxy()->sortOrder(), Qt::DescendingOrder);
    }
};

QTEST_MAIN(TestTreeSearch)
#include "tst_treesearch.moc"
