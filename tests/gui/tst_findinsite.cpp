// Find and Replace in the whole site through the real window on a copy of the sample site: Ctrl+Shift+F, search as
// you type (ё = е, Kazakh capitals), a match unticked, Replace → exact file bytes (one transaction, the open
// unmodified page follows the disk), Undo Replace in Site → exact bytes back, a regular expression with groups, a
// bad expression shown, undo refused after a change made by another program, a page open with unsaved edits
// left out with its edits kept, undo dropped by a save, a later search that sees a file changed on disk, and a
// double-click that opens the page at the match.

#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "search/findinsitedock.h"
#include "search/sitesearchservice.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace GravDesk;

namespace {

const QString kTele = QStringLiteral("02.news/01.2025-01-20-telemedicine-consultations");
const QString kSchool = QStringLiteral("02.news/02.2025-04-22-patient-school-hemophilia");
const QString kHome = QStringLiteral("01.home");

// Types @p text key by key (keyClicks() takes Latin-1 only).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestFindInSite final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    QString m_pages;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    MainWindow *m_window = nullptr; // left to the process's end (Qt WebEngine, as in the other window tests)
    QByteArray m_teleRu;
    QByteArray m_schoolRu;
    QByteArray m_homeKk;

    FindInSiteDock *dock() const { return m_window->findChild<FindInSiteDock *>(QStringLiteral("findInSiteDockWidget")); }
    QLineEdit *findField() const { return m_window->findChild<QLineEdit *>(QStringLiteral("findInSiteLineEdit")); }
    QLineEdit *replaceField() const { return m_window->findChild<QLineEdit *>(QStringLiteral("replaceInSiteLineEdit")); }
    QCheckBox *regexBox() const { return m_window->findChild<QCheckBox *>(QStringLiteral("findInSiteRegexCheckBox")); }
    QLabel *summary() const { return m_window->findChild<QLabel *>(QStringLiteral("findInSiteSummaryLabel")); }
    QTreeWidget *results() const { return m_window->findChild<QTreeWidget *>(QStringLiteral("findInSiteResultsTreeWidget")); }
    QPushButton *replaceButton() const { return m_window->findChild<QPushButton *>(QStringLiteral("replaceInSiteButton")); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QPlainTextEdit *body() const { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }
    QString file(const QString &rel, const char *name) const
    {
        return m_pages + QLatin1Char('/') + rel + QLatin1Char('/') + QLatin1String(name);
    }

    bool open(const QString &rel, const QString &language)
    {
        m_window->selectPage(rel, language);
        return QTest::qWaitFor(
            [&] {
                PageDocument *doc = m_window->currentDocument();
                return doc && doc->language() == language
                    && doc->path().startsWith(m_pages + QLatin1Char('/') + rel + QLatin1Char('/'));
            },
            10000);
    }

    // Types @p text into the search field as a user does and waits for the results of the last keystroke.
    void search(const QString &text, bool regex = false)
    {
        m_window->siteSearch()->waitForIdle();
        regexBox()->setChecked(regex);
        findField()->clear();
        typeText(findField(), text);
        QTRY_VERIFY(dock()->pattern().isValid() && dock()->pattern().text() == text);
    }

    // The result item of the match whose line holds @p lineText, in the page file @p rel.
    QTreeWidgetItem *matchItem(const QString &rel, int nth)
    {
        for (int p = 0; p < results()->topLevelItemCount(); ++p) {
            QTreeWidgetItem *page = results()->topLevelItem(p);
            if (page->toolTip(0) == rel)
                return nth < page->childCount() ? page->child(nth) : nullptr;
        }
        return nullptr;
    }

    bool replace(const QString &with)
    {
        replaceField()->setText(with);
        m_prompter->planAnswer = true;
        m_prompter->lastError.clear();
        QSignalSpy done(m_window, &MainWindow::siteReplaceFinished);
        replaceButton()->click();
        return done.size() == 1 && done.first().first().toBool();
    }

    // Waits until the change stream's batches of earlier writes have come back (no index refresh for 1.5 s).
    void settle()
    {
        QSignalSpy refreshed(m_window, &MainWindow::siteRefreshed);
        while (refreshed.wait(1500))
            refreshed.clear();
        m_window->siteSearch()->waitForIdle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), m_site));
        m_pages = m_site + QStringLiteral("/user/pages");
        // Words of our own: ё and е written both ways, Kazakh in capitals and small letters.
        m_teleRu = readFile(file(kTele, "item.ru.md")) + QStringLiteral("\nЁжик и ежик встретили ЕЖИКА.\n").toUtf8();
        m_schoolRu = readFile(file(kSchool, "item.ru.md")) + QStringLiteral("\nЕщё один ёжик.\n").toUtf8();
        m_homeKk = readFile(file(kHome, "default.kk.md")) + QStringLiteral("\nҚҰМЫРСҚАЛАР мен құмырсқалар.\n").toUtf8();
        QVERIFY(writeFile(file(kTele, "item.ru.md"), m_teleRu));
        QVERIFY(writeFile(file(kSchool, "item.ru.md"), m_schoolRu));
        QVERIFY(writeFile(file(kHome, "default.kk.md"), m_homeKk));
        m_prompter = std::make_shared<ScriptedPrompter>();
        m_window = new MainWindow;
        m_window->setPrompter(m_prompter);
        m_window->resize(1300, 860);
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_site));
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->siteSearch()->isReady(), 30000);
    }

    void searchAsYouTypeUntickAndReplace()
    {
        // The open page has no edits: it follows the disk after the replace.
        QVERIFY(open(kTele, QStringLiteral("ru")));
        QVERIFY(!dock()->isVisible());
        QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock()->isVisible());
        QTRY_VERIFY(findField()->hasFocus());
        search(QStringLiteral("ежик"));
        QCOMPARE(dock()->matchCount(), 4);
        QVERIFY2(summary()->text().contains(QLatin1Char('4')) && summary()->text().contains(QLatin1Char('2')),
            qPrintable(summary()->text()));
        QCOMPARE(results()->topLevelItemCount(), 2);
        // Kazakh capitals fold to their own small letters.
        search(QStringLiteral("құмырсқа"));
        QCOMPARE(dock()->matchCount(), 2);
        // Untick the second match of the telemedicine page ("ежик", written without ё).
        search(QStringLiteral("ежик"));
        const QString tele = kTele + QStringLiteral("/item.ru.md");
        // A page's checkbox ticks and unticks all of its matches.
        QTreeWidgetItem *telePage = matchItem(tele, 0)->parent();
        telePage->setCheckState(0, Qt::Unchecked);
        QVERIFY(!dock()->tickedMatches().contains(tele));
        QCOMPARE(dock()->tickedMatches().size(), 1);
        telePage->setCheckState(0, Qt::Checked);
        QCOMPARE(dock()->tickedMatches().value(tele).size(), 3);
        QTreeWidgetItem *second = matchItem(tele, 1);
        QVERIFY(second);
        second->setCheckState(0, Qt::Unchecked);
        QCOMPARE(second->parent()->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(dock()->tickedMatches().value(tele).size(), 2);

        const QMap<QString, QByteArray> before = fileTree(m_pages);
        QVERIFY2(replace(QStringLiteral("ёж")), qPrintable(m_prompter->lastError));
        QCOMPARE(m_prompter->lastPlan.lines.size(), 2);
        QMap<QString, QByteArray> expected = before;
        expected[tele] = m_teleRu.chopped(int(QStringLiteral("Ёжик и ежик встретили ЕЖИКА.\n").toUtf8().size()))
            + QStringLiteral("ёж и ежик встретили ёжА.\n").toUtf8();
        expected[kSchool + QStringLiteral("/item.ru.md")]
            = m_schoolRu.chopped(int(QStringLiteral("ёжик.\n").toUtf8().size())) + QStringLiteral("ёж.\n").toUtf8();
        QCOMPARE(fileTree(m_pages), expected);
        // The open page shows the new text, and the results follow (the unticked match is still there, unticked).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument()->body().contains(QStringLiteral("ёж и ежик встретили ёжА.")), 10000);
        QVERIFY(!m_window->currentDocument()->isModified());
        QTRY_COMPARE_WITH_TIMEOUT(dock()->matchCount(), 1, 10000);
        QCOMPARE(matchItem(tele, 0)->checkState(0), Qt::Unchecked);
        QVERIFY(action("undoReplaceInSiteAction")->isEnabled());
    }

    void undoRestoresExactBytes()
    {
        const QString tele = kTele + QStringLiteral("/item.ru.md");
        QSignalSpy done(m_window, &MainWindow::siteReplaceFinished);
        action("undoReplaceInSiteAction")->trigger();
        QCOMPARE(done.size(), 1);
        QVERIFY2(done.first().first().toBool(), qPrintable(m_prompter->lastError));
        QCOMPARE(readFile(file(kTele, "item.ru.md")), m_teleRu);
        QCOMPARE(readFile(file(kSchool, "item.ru.md")), m_schoolRu);
        QVERIFY(!action("undoReplaceInSiteAction")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->currentDocument()->body().contains(QStringLiteral("Ёжик и ежик встретили ЕЖИКА.")), 10000);
        Q_UNUSED(tele);
    }

    void regexWithGroupsAndABadExpression()
    {
        settle();
        // A bad expression: its error under the fields, no results, nothing to replace.
        regexBox()->setChecked(true);
        findField()->setText(QStringLiteral("(құмырсқа)(лар"));
        QTRY_VERIFY(summary()->text().contains(QStringLiteral("(құмырсқа)(лар")));
        QVERIFY(!dock()->pattern().isValid());
        QCOMPARE(dock()->matchCount(), 0);
        QVERIFY(!replaceButton()->isEnabled());
        // The same letters, the expression now whole: groups are taken as the page writes them.
        findField()->setText(QStringLiteral("(құмырсқа)(лар)"));
        QTRY_COMPARE(dock()->matchCount(), 2);
        QVERIFY2(replace(QStringLiteral("$2-$1")), qPrintable(m_prompter->lastError));
        QCOMPARE(readFile(file(kHome, "default.kk.md")),
            m_homeKk.chopped(int(QStringLiteral("ҚҰМЫРСҚАЛАР мен құмырсқалар.\n").toUtf8().size()))
                + QStringLiteral("ЛАР-ҚҰМЫРСҚА мен лар-құмырсқа.\n").toUtf8());
        // A reference to a group the expression does not have: refused, nothing written.
        settle();
        search(QStringLiteral("(ЛАР)-"), true);
        QCOMPARE(dock()->matchCount(), 2);
        const QByteArray now = readFile(file(kHome, "default.kk.md"));
        QVERIFY(!replace(QStringLiteral("$3")));
        QVERIFY2(m_prompter->lastError.contains(QLatin1Char('3')), qPrintable(m_prompter->lastError));
        QCOMPARE(readFile(file(kHome, "default.kk.md")), now);
    }

    void undoIsRefusedAfterAnOutsideChange()
    {
        // The last replace (the Kazakh one) is still undoable; another program then changes the file.
        QVERIFY(action("undoReplaceInSiteAction")->isEnabled());
        const QByteArray outside = readFile(file(kHome, "default.kk.md")) + "Other program.\n";
        QVERIFY(writeFile(file(kHome, "default.kk.md"), outside));
        QSignalSpy done(m_window, &MainWindow::siteReplaceFinished);
        action("undoReplaceInSiteAction")->trigger();
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().first().toBool());
        QVERIFY2(!m_prompter->lastError.isEmpty(), "the refusal is told");
        QCOMPARE(readFile(file(kHome, "default.kk.md")), outside);
        QVERIFY(writeFile(file(kHome, "default.kk.md"), m_homeKk));
        settle();
    }

    void aPageWithUnsavedEditsKeepsThem()
    {
        QVERIFY(open(kTele, QStringLiteral("ru")));
        QTRY_VERIFY(m_window->currentDocument()->body().contains(QStringLiteral("ЕЖИКА")));
        body()->setFocus();
        body()->moveCursor(QTextCursor::End);
        typeText(body(), QStringLiteral("Мой ежик."));
        QVERIFY(m_window->currentDocument()->isModified());
        search(QStringLiteral("ежик"));
        QCOMPARE(dock()->matchCount(), 4); // the search sees the files, not the unsaved text
        QVERIFY2(replace(QStringLiteral("кот")), qPrintable(m_prompter->lastError));
        QVERIFY2(m_prompter->lastPlan.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("unsaved")),
            qPrintable(m_prompter->lastPlan.warnings.join(QLatin1Char(' '))));
        QCOMPARE(readFile(file(kTele, "item.ru.md")), m_teleRu);
        QCOMPARE(readFile(file(kSchool, "item.ru.md")),
            m_schoolRu.chopped(int(QStringLiteral("ёжик.\n").toUtf8().size())) + QStringLiteral("кот.\n").toUtf8());
        QVERIFY(m_window->currentDocument()->isModified());
        QVERIFY(m_window->currentDocument()->body().endsWith(QStringLiteral("Мой ежик.")));
        QVERIFY(!m_window->hasDiskConflict());
        // A save (of any page) ends the undo of the replace.
        QVERIFY(action("undoReplaceInSiteAction")->isEnabled());
        QSignalSpy saved(m_window, &MainWindow::documentSaved);
        QVERIFY(m_window->save());
        QVERIFY(saved.wait(10000));
        QVERIFY(!action("undoReplaceInSiteAction")->isEnabled());
    }

    void aLaterSearchSeesAFileChangedOnDisk()
    {
        settle();
        search(QStringLiteral("барсук"));
        QCOMPARE(dock()->matchCount(), 0);
        QSignalSpy updated(m_window->siteSearch(), &SiteSearchService::updated);
        QVERIFY(writeFile(
            file(kSchool, "item.en.md"), readFile(file(kSchool, "item.en.md")) + QStringLiteral("\nБарсук!\n").toUtf8()));
        QVERIFY(updated.wait(15000));
        // The dock searches again when new texts are in.
        QTRY_COMPARE_WITH_TIMEOUT(dock()->matchCount(), 1, 10000);
    }

    void activatingAMatchOpensThePageAtIt()
    {
        search(QStringLiteral("барсук"));
        QTreeWidgetItem *item = matchItem(kSchool + QStringLiteral("/item.en.md"), 0);
        QVERIFY(item);
        QSignalSpy opened(m_window, &MainWindow::documentOpened);
        Q_EMIT results()->itemActivated(item, 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument() && m_window->currentDocument()->path() == file(kSchool, "item.en.md")
                && body()->textCursor().selectedText() == QStringLiteral("Барсук"),
            10000);
        // Esc in the search field closes the dock.
        findField()->setFocus();
        QTest::keyClick(findField(), Qt::Key_Escape);
        QVERIFY(!dock()->isVisible());
    }
};

QTEST_MAIN(TestFindInSite)
#include "tst_findinsite.moc"
