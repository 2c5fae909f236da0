// The workspace of a site is remembered between runs: splitters, the tree's columns, the window's
// geometry, and the page and content language the user left it on (what the next start opens).

#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace GravDesk;

namespace {

const QString kPage = QStringLiteral("02.news/03.2025-06-14-world-blood-donor-day");

} // namespace

class TestWorkspaceMemory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static MainWindow *openWindow(const QString &site)
    {
        auto *w = new MainWindow; // left to the process's end (Qt WebEngine, as in the other window tests)
        w->setPrompter(std::make_shared<ScriptedPrompter>());
        w->resize(1300, 820);
        w->show();
        QSignalSpy loaded(w, &MainWindow::siteLoaded);
        if (!w->openSite(site) || !loaded.wait(30000))
            return nullptr;
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void remembersPageLanguageSplittersAndColumns()
    {
        const QString site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), site));
        QCOMPARE(MainWindow::lastPlace(site).page, QString()); // nothing remembered yet

        MainWindow *first = openWindow(site);
        QVERIFY(first);
        QSignalSpy opened(first, &MainWindow::documentOpened);
        QVERIFY(first->selectPage(kPage, QStringLiteral("ru")) || opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(first->currentDocument() && first->currentDocument()->language() == QLatin1String("ru"), 10000);
        auto *split = first->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(split);
        split->setSizes({300, 1000});
        const QList<int> sizes = split->sizes();
        auto *tree = first->findChild<QTreeView *>(QStringLiteral("pageTreeView"));
        tree->header()->moveSection(1, 3); // the languages column moved to the end
        const QByteArray columns = tree->header()->saveState();
        QVERIFY(first->close());

        const MainWindow::Place last = MainWindow::lastPlace(site);
        QCOMPARE(last.page, kPage);
        QCOMPARE(last.language, QStringLiteral("ru"));

        MainWindow *second = openWindow(site);
        QVERIFY(second);
        QCOMPARE(second->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(second->findChild<QTreeView *>(QStringLiteral("pageTreeView"))->header()->saveState(), columns);
        QCOMPARE(second->place().language, QStringLiteral("ru")); // the content language the user worked in
        second->close();
    }
};

QTEST_MAIN(TestWorkspaceMemory)
#include "tst_workspacememory.moc"
