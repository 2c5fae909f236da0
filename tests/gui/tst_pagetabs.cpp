// Pages in tabs: two pages modified at once, each keeping its own text, undo history and journal entry;
// Ctrl+Tab switches, Ctrl+W asks before it closes an unsaved tab, and the tabs come back at the next start.

#include "dialogs/prompter.h"
#include "fileutil.h"
#include "io/recoveryjournal.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "preview/previewview.h"
#include "recovery/recoverycontroller.h"

#include <QAction>
#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace GravDesk;

namespace {

const QString kFirst = QStringLiteral("02.news/03.2025-06-14-world-blood-donor-day");
const QString kSecond = QStringLiteral("02.news/04.2025-10-03-new-flow-cytometer");

} // namespace

class TestPageTabs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    MainWindow *m_window = nullptr; // left to the process's end (Qt WebEngine, as in the other window tests)

    QPlainTextEdit *body() const { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }
    QTabBar *tabs() const { return m_window->findChild<QTabBar *>(QStringLiteral("pageTabBar")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    MainWindow *openWindow()
    {
        auto *w = new MainWindow;
        w->setPrompter(m_prompter);
        w->resize(1300, 820);
        w->show();
        QSignalSpy loaded(w, &MainWindow::siteLoaded);
        if (!w->openSite(m_site) || !loaded.wait(30000))
            return nullptr;
        return w;
    }

    // Types at the end of the body as the user would (key events into the focused editor).
    void typeAtEnd(const QString &text)
    {
        body()->setFocus();
        body()->moveCursor(QTextCursor::End);
        QTest::keyClicks(body(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), m_site));
        m_prompter = std::make_shared<ScriptedPrompter>();
        m_window = openWindow();
        QVERIFY(m_window);
    }

    void twoModifiedPagesKeepTheirOwnTextAndUndo()
    {
        QSignalSpy opened(m_window, &MainWindow::documentOpened);
        QVERIFY(m_window->selectPage(kFirst, QStringLiteral("en")) || opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->currentDocument() && m_window->currentDocument()->language() == QLatin1String("en"), 10000);
        PageDocument *first = m_window->currentDocument();
        typeAtEnd(QStringLiteral(" first tab"));
        QVERIFY(first->isModified());
        QVERIFY(!tabs()->isVisible()); // one page: no tab bar yet

        // Ctrl+click in the tree opens the second page in a tab of its own; the first keeps its edits, unasked.
        const int asked = m_prompter->saveQuestions;
        opened.clear();
        QVERIFY(m_window->openInNewTab(kSecond));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument() && m_window->currentDocument() != first, 10000);
        QCOMPARE(m_prompter->saveQuestions, asked);
        PageDocument *second = m_window->currentDocument();
        QVERIFY(tabs()->isVisible());
        QCOMPARE(tabs()->count(), 2);
        QCOMPARE(tabs()->currentIndex(), 1);
        QVERIFY(first->isModified()); // parked, not saved and not dropped
        QVERIFY(tabs()->tabText(0).startsWith(QStringLiteral("• ")));
        typeAtEnd(QStringLiteral(" second tab"));
        QVERIFY(second->isModified());
        QVERIFY(body()->toPlainText().endsWith(QStringLiteral(" second tab")));

        // Undo acts on the shown page only.
        QAction *undo = action("undoAction");
        QVERIFY(undo && undo->isEnabled());
        while (second->isModified() && undo->isEnabled())
            undo->trigger();
        QVERIFY(!second->isModified());
        QVERIFY(first->isModified());
        QVERIFY(first->body().endsWith(QStringLiteral(" first tab")));
        typeAtEnd(QStringLiteral(" again"));

        // Both are journaled: a crash now loses neither.
        QString error;
        QVERIFY2(m_window->recovery()->flushNow(&error), qPrintable(error));
        const RecoveryListing listing = m_window->recovery()->journal()->list();
        QStringList journaled;
        for (const RecoveryEntry &e : listing.entries)
            journaled << QDir::cleanPath(e.pagePath);
        QVERIFY(journaled.contains(QDir::cleanPath(first->path())));
        QVERIFY(journaled.contains(QDir::cleanPath(second->path())));

        // Ctrl+Tab goes back to the first page as it was left: its text, and its undo history.
        QTest::keyClick(m_window, Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentDocument(), first);
        QCOMPARE(tabs()->currentIndex(), 0);
        QVERIFY(body()->toPlainText().endsWith(QStringLiteral(" first tab")));
        QVERIFY(undo->isEnabled());
        // Clicking the first page in the tree while it is open in a tab shows that tab too.
        QTest::keyClick(m_window, Qt::Key_Tab, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentDocument(), second);
        QVERIFY(m_window->selectPage(kFirst));
        QTRY_COMPARE(m_window->currentDocument(), first);
    }

    void closingAnUnsavedTabAsks()
    {
        PageDocument *first = m_window->currentDocument();
        QVERIFY(first && first->isModified());
        // Cancel: the tab stays, with its text.
        m_prompter->saveChoice = Prompter::Choice::Cancel;
        const int asked = m_prompter->saveQuestions;
        QTest::keyClick(m_window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_prompter->saveQuestions, asked + 1);
        QCOMPARE(tabs()->count(), 2);
        QCOMPARE(m_window->currentDocument(), first);
        // Discard: the tab goes, the other page shows with its own unsaved text; the site was never written.
        const QByteArray onDisk = readFile(first->path());
        const QString firstPath = first->path();
        m_prompter->saveChoice = Prompter::Choice::Discard;
        QTest::keyClick(m_window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_prompter->saveQuestions, asked + 2);
        QCOMPARE(m_window->openTabs().size(), 1);
        QVERIFY(m_window->currentDocument());
        QVERIFY(m_window->currentDocument()->isModified());
        QVERIFY(body()->toPlainText().endsWith(QStringLiteral(" again")));
        QCOMPARE(readFile(firstPath), onDisk);
    }

    void tabsAreRestoredAtTheNextStart()
    {
        // Save the remaining page, open the first again in a second tab, and close the window.
        QSignalSpy saved(m_window, &MainWindow::documentSaved);
        QVERIFY(m_window->save());
        QVERIFY(saved.wait(20000));
        QVERIFY(m_window->openInNewTab(kFirst, QStringLiteral("ru")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->currentDocument() && m_window->currentDocument()->language() == QLatin1String("ru"), 10000);
        QCOMPARE(m_window->openTabs().size(), 2);
        QVERIFY(m_window->close());

        MainWindow *again = openWindow();
        QVERIFY(again);
        const QList<MainWindow::Place> restored = again->openTabs();
        QCOMPARE(restored.size(), 2);
        QCOMPARE(restored[0].page, kSecond);
        QCOMPARE(restored[1].page, kFirst);
        QCOMPARE(restored[1].language, QStringLiteral("ru"));
        QCOMPARE(again->currentTab(), 1);
        // A restored tab reads its page when it is first shown.
        again->activateTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(again->currentDocument()
                && QDir::cleanPath(again->currentDocument()->path()).contains(QStringLiteral("new-flow-cytometer")),
            10000);
        again->close();
    }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gravdesk-tests"));
    TestPageTabs test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_pagetabs.moc"
