// Translating in the real main window: Page ▸ Translate to starts a missing language as a draft, the side by
// side window edits two languages and records which source version a translation follows, and the
// Translations view lists what is missing or older than its source.

#include "dialogs/prompter.h"
#include "editor/editortypograph.h"
#include "editor/pageeditor.h"
#include "editor/spellcheckcontroller.h"
#include "editor/spellhighlighter.h"
#include "fileutil.h"
#include "form/pageformwidget.h"
#include "mainwindow/mainwindow.h"
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/pagedocument.h"
#include "site/translations.h"
#include "tempsite.h"
#include "translations/sidebysidewindow.h"
#include "translations/translationsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace GravDesk;

namespace {

QByteArray page(const QByteArray &title, const QByteArray &body)
{
    return "---\ntitle: '" + title + "'\ndate: '25-05-2024 10:00'\npublished: true\n---\n" + body;
}

QByteArray longBody(const QByteArray &word)
{
    QByteArray body;
    for (int i = 0; i < 40; ++i)
        body += word + ' ' + QByteArray::number(i) + " бірінші жол.\n" + word + " екінші жол.\n\n";
    return body;
}

} // namespace

class TestTranslationsGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translateToStartsADraft();
    void sideBySideSavesBothAndAligns();
    void sideBySideSidesArePageEditors();
    void formFollowsItsDocument();
    void translationsViewListsOutdated();
    void sourceLanguageChosenInMenu();
    void cleanupTestCase();

private:
    bool openPage(const QString &relPath, const QString &lang)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->selectPage(relPath, lang);
        return opened.wait(10000) || (m_window->currentDocument() && m_window->currentDocument()->language() == lang);
    }
    QAction *action(const QString &name) { return m_window->findChild<QAction *>(name); }

    TempSite m_site;
    QString m_kk;
    QString m_ru;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestTranslationsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_site.writeDefaultConfig(); // kk (default), ru, en
    m_kk = m_site.writePage(QStringLiteral("02.news/a/item.kk.md"), page("Жаңалық", longBody("Қазақша")));
    m_ru = m_site.writePage(QStringLiteral("02.news/a/item.ru.md"), page("Новость", longBody("Русский")));
    m_prompter = std::make_shared<ScriptedPrompter>();
    m_window = std::make_unique<MainWindow>();
    m_window->setPrompter(m_prompter);
    m_window->resize(1200, 800);
    m_window->show();
    QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
    QVERIFY(m_window->openSite(m_site.root()));
    QVERIFY(loaded.wait(30000));
    QVERIFY(openPage(QStringLiteral("02.news/a"), QStringLiteral("kk")));
}

void TestTranslationsGui::translateToStartsADraft()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("translateMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QAction *en = action(QStringLiteral("enTranslateAction"));
    QVERIFY(en);
    QVERIFY(en->text().contains(QStringLiteral("English")));
    QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
    en->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->currentDocument() && m_window->currentDocument()->language() == QLatin1String("en"), 20000);
    PageDocument *doc = m_window->currentDocument();
    QCOMPARE(QFileInfo(doc->path()).fileName(), QStringLiteral("item.en.md"));
    QCOMPARE(doc->header().values.value(QStringLiteral("published")).toBool(), false);
    // The title is a draft's, marked with its source (the convention New Post shares).
    QCOMPARE(doc->header().values.value(QStringLiteral("title")).toString(), QStringLiteral("[kk] Жаңалық"));
    QVERIFY(doc->body().startsWith(QStringLiteral("Қазақша 0")));
    // A pending new file: nothing is on disk before Save.
    const QString folder = QFileInfo(m_kk).absolutePath();
    QVERIFY(doc->isNew());
    QVERIFY(doc->isModified());
    QVERIFY(!QFile::exists(folder + QStringLiteral("/item.en.md")));
    // The translator writes the title and saves: the file and its record appear.
    auto *titleEditor = m_window->findChild<QWidget *>(QStringLiteral("titleFieldEditor"));
    QVERIFY(titleEditor);
    auto *title = titleEditor->findChild<QLineEdit *>();
    QVERIFY(title);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("News"));
    QSignalSpy saved(m_window.get(), &MainWindow::documentSaved);
    QVERIFY(m_window->save());
    QVERIFY(saved.wait(20000));
    QVERIFY2(saved.first().first().toBool(), qPrintable(m_prompter->lastError));
    QVERIFY(QFile::exists(folder + QStringLiteral("/item.en.md")));
    QTRY_COMPARE_WITH_TIMEOUT(
        TranslationLedger::load(folder).records.value(QStringLiteral("en")).source, QStringLiteral("kk"), 10000);
    // The tree learns of the new language and selects it again.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->pageIndex() && !m_window->isScanning()
            && m_window->pageIndex()->nodes[m_window->pageIndex()->findByRelPath(QStringLiteral("02.news/a"))].variant(
                QStringLiteral("en")),
        30000);
    // Now that it exists, the menu offers to open it instead of starting it again.
    QVERIFY(openPage(QStringLiteral("02.news/a"), QStringLiteral("kk")));
    Q_EMIT menu->aboutToShow();
    QVERIFY(action(QStringLiteral("enTranslateAction"))->text().contains(QStringLiteral("English")));
    QVERIFY(!action(QStringLiteral("enTranslateAction"))->text().contains(QStringLiteral("kk")));
}

void TestTranslationsGui::sideBySideSavesBothAndAligns()
{
    QVERIFY(openPage(QStringLiteral("02.news/a"), QStringLiteral("kk")));
    action(QStringLiteral("sideBySideAction"))->trigger();
    SideBySideWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = m_window->sideBySideWindow()) != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window->document(0) && window->document(1), 10000);
    QCOMPARE(window->document(0)->language(), QStringLiteral("kk"));
    QCOMPARE(window->document(1)->language(), QStringLiteral("ru"));
    window->resize(1200, 700);
    QTest::qWait(100);

    // Scrolling the Kazakh text to its 20th paragraph brings the Russian text to its 20th paragraph.
    QPlainTextEdit *left = window->editor(0);
    QPlainTextEdit *right = window->editor(1);
    int line = 0;
    for (QTextBlock b = left->document()->begin(); b.isValid() && b.blockNumber() < 19 * 3; b = b.next())
        line += std::max(1, b.lineCount());
    left->verticalScrollBar()->setValue(line);
    QTRY_COMPARE(window->alignedParagraph(1), 19);
    QVERIFY(right->cursorForPosition(QPoint(2, 2)).block().text().startsWith(QStringLiteral("Русский 19")));

    // Edit both sides; Save Both writes both and records the kk version ru follows.
    QTextCursor c(right->document()->findBlockByNumber(0));
    c.insertText(QStringLiteral("Жаңа "));
    QTextCursor k(left->document()->findBlockByNumber(0));
    k.insertText(QStringLiteral("Өзгерді "));
    QVERIFY(window->isModified());
    QSignalSpy saved(window, &SideBySideWindow::saved);
    QVERIFY(window->save());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
    QVERIFY(!window->isModified());
    QVERIFY(readFile(m_ru).contains("\nЖаңа Русский 0"));
    QVERIFY(readFile(m_kk).contains("\nӨзгерді Қазақша 0"));
    const QString folder = QFileInfo(m_kk).absolutePath();
    QTRY_COMPARE_WITH_TIMEOUT(
        TranslationLedger::load(folder).records.value(QStringLiteral("ru")).sourceHash, translationHash(readFile(m_kk)), 5000);
    // Closing the window reads the page again in the main window.
    QSignalSpy reopened(m_window.get(), &MainWindow::documentOpened);
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(reopened.count() > 0, 10000); // QTRY's wait also runs the window's deferred deletion
    QVERIFY(m_window->currentDocument()->body().startsWith(QStringLiteral("Өзгерді")));
}

void TestTranslationsGui::sideBySideSidesArePageEditors()
{
    // Each side is the main window's page editor: spelling, the typograph and the page's own history.
    QVERIFY(openPage(QStringLiteral("02.news/a"), QStringLiteral("kk")));
    action(QStringLiteral("sideBySideAction"))->trigger();
    SideBySideWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = m_window->sideBySideWindow()) != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window->document(0) && window->document(1), 10000);
    PageEditor *right = window->pageEditor(1);
    QVERIFY(right);
    QCOMPARE(right->bodyEditor(), window->editor(1));
    // Spelling: the right text is checked with the same dictionaries as the main window's.
    QVERIFY(right->spelling());
    QTRY_VERIFY_WITH_TIMEOUT(right->spelling()->checker() != nullptr, 20000);
    QCOMPARE(right->spelling()->checker(), m_window->findChild<PageEditor *>()->spelling()->checker());
    QVERIFY(right->bodyEditor()->document()->findChild<SpellHighlighter *>());
    // The typograph as you type, in the side's language (ru: «»).
    right->typograph()->setAsYouType(true);
    QPlainTextEdit *body = right->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("\"quoted\" - text "));
    QTRY_VERIFY2(
        window->document(1)->body().contains(QStringLiteral("«quoted»")), qPrintable(window->document(1)->body().right(60)));
    QVERIFY(window->document(1)->body().contains(QStringLiteral("— text")));
    right->typograph()->setAsYouType(false);
    // The language tabs are the page editor's too.
    QVERIFY(window->findChild<QTabBar *>(QStringLiteral("rightLanguageTabBar")));
    QCOMPARE(window->findChild<QTabBar *>(QStringLiteral("rightLanguageTabBar"))->count(), 3);
    // A form edit and a body edit are undone in order from the body (Ctrl+Z), in that side's history.
    auto *titleEditor = right->form()->findChild<QWidget *>(QStringLiteral("titleFieldEditor"));
    QVERIFY(titleEditor);
    auto *title = titleEditor->findChild<QLineEdit *>();
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral("!"));
    QCOMPARE(window->document(1)->header().values.value(QStringLiteral("title")).toString(), QStringLiteral("Новость!"));
    QCOMPARE(pageHistory(window->document(1)), right->history());
    QCOMPARE(right->history()->parent(), window->document(1)); // owned by the document
    body->setFocus();
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window->document(1)->header().values.value(QStringLiteral("title")).toString(), QStringLiteral("Новость"));
    QCOMPARE(title->text(), QStringLiteral("Новость")); // the form shows the document's header
    // Discard: nothing was written.
    const QByteArray ruBefore = readFile(m_ru);
    m_prompter->saveChoice = Prompter::Choice::Discard;
    QSignalSpy reopened(m_window.get(), &MainWindow::documentOpened);
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(reopened.count() > 0, 10000);
    QCOMPARE(readFile(m_ru), ruBefore);
}

void TestTranslationsGui::formFollowsItsDocument()
{
    // The form keeps no header of its own: a change made to the document elsewhere (a merge from disk, a
    // recovered text) shows in the form, and a field edited after it keeps that change.
    QVERIFY(openPage(QStringLiteral("02.news/a"), QStringLiteral("ru")));
    PageDocument *doc = m_window->currentDocument();
    QByteArray header = doc->headerBytes();
    header.replace("published: true", "published: true\nsummary:\n  enabled: false");
    doc->setHeaderBytes(header);
    auto *titleEditor = m_window->findChild<QWidget *>(QStringLiteral("titleFieldEditor"));
    QVERIFY(titleEditor);
    auto *title = titleEditor->findChild<QLineEdit *>();
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(" 2"));
    QCOMPARE(doc->header().values.value(QStringLiteral("title")).toString(), QStringLiteral("Новость 2"));
    QVERIFY2(doc->headerBytes().contains("summary:\n  enabled: false"), doc->headerBytes().constData());
    // Undo (the document's history) takes back the title; the form shows it.
    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(title->text(), QStringLiteral("Новость"));
    QVERIFY(doc->headerBytes().contains("summary:\n  enabled: false"));
    doc->setHeaderBytes(header.replace("\nsummary:\n  enabled: false", ""));
    QVERIFY(!doc->isModified());
}

void TestTranslationsGui::translationsViewListsOutdated()
{
    // en was made from an older kk text (before the side by side edit): it is outdated; ru is not.
    action(QStringLiteral("translationsAction"))->trigger();
    auto *dialog = m_window->findChild<TranslationsDialog *>();
    QVERIFY(dialog);
    QSignalSpy refreshed(dialog, &TranslationsDialog::refreshed);
    QVERIFY(refreshed.wait(10000) || dialog->rowCount() > 0);
    QTRY_COMPARE(dialog->rowCount(), 1);
    const QVector<TranslationIssue> issues = translationIssues(*m_window->pageIndex());
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues[0].language, QStringLiteral("en"));
    QCOMPARE(issues[0].kind, TranslationIssue::Outdated);
    // Opening it from the view selects the page in that language.
    QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
    Q_EMIT dialog->openRequested(QStringLiteral("02.news/a"), QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument()->language() == QLatin1String("en"), 10000);
    dialog->close();
}

// Page ▸ Translate to ▸ Written First In: the user's choice of source is kept in the folder's sidecar.
void TestTranslationsGui::sourceLanguageChosenInMenu()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("translateMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QAction *kk = action(QStringLiteral("kkSourceLanguageAction"));
    QAction *ru = action(QStringLiteral("ruSourceLanguageAction"));
    QVERIFY(kk && ru);
    QVERIFY(kk->isChecked()); // written first: the oldest file
    QVERIFY(!ru->isChecked());
    ru->trigger();
    const QString folder = QFileInfo(m_kk).absolutePath();
    QCOMPARE(TranslationLedger::load(folder).sourceLanguage, QStringLiteral("ru"));
    Q_EMIT menu->aboutToShow();
    QVERIFY(action(QStringLiteral("ruSourceLanguageAction"))->isChecked());
}

void TestTranslationsGui::cleanupTestCase()
{
    // The window (and its web view) goes while the test still runs its event loop, as in tst_mainwindow.
    m_window->close();
    QTest::qWait(500); // let the preview finish what the last page switch started
    m_window.reset();
}

QTEST_MAIN(TestTranslationsGui)
#include "tst_translationsgui.moc"
