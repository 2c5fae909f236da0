// The News view in the real window: every news item in one list, newest first; the search field (any case, ё = е)
// and the filters narrow it as you type; several rows can be selected; activating a row opens that page.
#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "pagetree/newsview.h"
#include "preview/previewview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace GravDesk;

class TestNewsView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr; // left to the process's end (Qt WebEngine, as in the other window tests)
    NewsView *m_news = nullptr;
    std::shared_ptr<ScriptedPrompter> m_prompter = std::make_shared<ScriptedPrompter>();

    QStringList titles() const
    {
        QStringList out;
        const QAbstractItemModel *m = m_news->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, NewsModel::TitleColumn).data().toString() + QLatin1Char('|')
                    + m->index(r, NewsModel::LanguageColumn).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), site));
        m_window = new MainWindow;
        m_window->setPrompter(m_prompter);
        m_window->resize(1300, 820);
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(site));
        QVERIFY(loaded.wait(30000));
        m_news = m_window->findChild<NewsView *>(QStringLiteral("newsView"));
        QVERIFY(m_news);
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("leftTabWidget"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(m_news);
        QVERIFY(m_news->isVisible());
    }

    void listsEveryItemNewestFirst()
    {
        const QAbstractItemModel *m = m_news->view()->model();
        // The sample site's six news folders, each in its languages (kk ru en; the nurse course kk ru).
        QCOMPARE(m->rowCount(), 17);
        for (int r = 1; r < m->rowCount(); ++r)
            QVERIFY(
                m->index(r - 1, NewsModel::DateColumn).data().toString() >= m->index(r, NewsModel::DateColumn).data().toString());
        // A click on a column header sorts by it.
        m_news->view()->header()->setSortIndicator(NewsModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(QString::localeAwareCompare(m->index(0, 0).data().toString(), m->index(1, 0).data().toString()) <= 0);
        m_news->view()->header()->setSortIndicator(NewsModel::DateColumn, Qt::DescendingOrder);
    }

    void searchAndFiltersNarrowAsYouType()
    {
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("newsSearchLineEdit"));
        QVERIFY(search);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("DONOR"));
        // The English title, and the folder name every language of that page shares; case does not matter. The list
        // follows a moment after the last key (one search of the pages' text per pause in typing).
        QTRY_COMPARE(titles().size(), 3);
        QVERIFY(titles().join(QLatin1Char('\n')).contains(QStringLiteral("World Blood Donor Day")));
        // Without the mouse: Down goes into the list, Enter opens the item.
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(m_news->view()->hasFocus());
        QCOMPARE(m_news->view()->currentIndex().row(), 0);
        QSignalSpy open(m_news, &NewsView::openRequested);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("02.news/03.2025-06-14-world-blood-donor-day"));
        // ё = е: the Russian nurse course is found by "медсестер".
        search->clear();
        for (const QChar c : QStringLiteral("МЕДСЕСТЕР"))
            QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTRY_COMPARE(titles().size(), 1);
        QVERIFY(titles().first().endsWith(QStringLiteral("|ru")));
        search->clear();

        auto *state = m_window->findChild<QComboBox *>(QStringLiteral("newsStateComboBox"));
        state->setCurrentIndex(state->findData(int(PublishState::Draft)));
        for (const QString &t : titles())
            QVERIFY2(t.contains(QStringLiteral("flow cyt")) || t.contains(QLatin1Char('|')), qPrintable(t));
        const int drafts = int(titles().size());
        QVERIFY(drafts >= 1 && drafts < 17);
        state->setCurrentIndex(0);

        // Pages missing a language: the nurse course has no English file.
        auto *language = m_window->findChild<QComboBox *>(QStringLiteral("newsLanguageComboBox"));
        language->setCurrentIndex(language->findData(QStringLiteral("!en")));
        QCOMPARE(titles().size(), 2);
        language->setCurrentIndex(language->findData(QStringLiteral("kk")));
        QCOMPARE(titles().size(), 6);
        language->setCurrentIndex(0);
        QCOMPARE(titles().size(), 17);
    }

    void selectSeveralAndOpenOne()
    {
        QTreeView *view = m_news->view();
        view->selectionModel()->select(view->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_news->selectedPages().size(), 2);
        // Bulk actions act on the News view's selection while it is shown: both pages (all their languages) go
        // to draft in one change, and back.
        auto prompter = m_prompter;
        prompter->planAnswer = true;
        QSignalSpy done(m_window, &MainWindow::pageOperationFinished);
        QAction *unpublish = m_window->findChild<QAction *>(QStringLiteral("unpublishPagesAction"));
        QVERIFY(unpublish);
        const QStringList pages {m_news->selectedPages()[0].first, m_news->selectedPages()[1].first};
        QCOMPARE(m_window->selectedPages().size(), pages[0] == pages[1] ? 1 : 2);
        unpublish->trigger();
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().first().toBool());
        QVERIFY(!prompter->lastPlan.lines.isEmpty());
        // Activating a row opens that page in that language.
        const QModelIndex row = view->model()->index(3, 0);
        const QString language = view->model()->index(3, NewsModel::LanguageColumn).data().toString();
        QSignalSpy opened(m_window, &MainWindow::documentOpened);
        Q_EMIT view->activated(row);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument() && m_window->currentDocument()->language() == language, 10000);
    }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gravdesk-tests"));
    TestNewsView test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_newsview.moc"
