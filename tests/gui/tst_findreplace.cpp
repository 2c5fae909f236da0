// Find and Replace in the real main window: Ctrl+F / Ctrl+H / F3 / Esc, "ё = е" on Russian text, regular
// expressions (an invalid one says why), whole words, Replace All undone by one Ctrl+Z, the YAML tab, and
// the right side of the side by side window (whose paragraph highlight stays beside the matches).

#include "dialogs/prompter.h"
#include "editor/findbar.h"
#include "editor/pageeditor.h"
#include "editor/selectionlayers.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "tempsite.h"
#include "translations/sidebysidewindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace GravDesk;

namespace {

QByteArray page(const QByteArray &title, const QByteArray &body)
{
    return "---\ntitle: '" + title + "'\ndate: '25-05-2024 10:00'\npublished: true\n---\n" + body;
}

// QTest::keyClicks() takes Latin-1 only: Cyrillic keys are sent as events with their text.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

PageEditor *pageEditorOf(QWidget *w)
{
    while (w && !qobject_cast<PageEditor *>(w))
        w = w->parentWidget();
    return qobject_cast<PageEditor *>(w);
}

template<typename T> T *part(PageEditor *editor, const char *name)
{
    return editor->findBar()->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestFindReplace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void findWithYoOnRussianText();
    void regularExpressions();
    void wholeWords();
    void replaceAllIsOneUndoStep();
    void yamlTab();
    void sideBySideRightSide();
    void largePageCapsHighlights();
    void cleanupTestCase();

private:
    bool openPage(const QString &relPath, const QString &lang)
    {
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->selectPage(relPath, lang);
        return opened.wait(10000) || (m_window->currentDocument() && m_window->currentDocument()->language() == lang);
    }
    // Ctrl+F (or Ctrl+H) in @p editor, then @p pattern typed into the find field.
    void find(QPlainTextEdit *editor, const QString &pattern, bool replace = false)
    {
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        if (replace)
            QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
        PageEditor *pe = pageEditorOf(editor);
        QVERIFY(pe->findBar()->isVisible());
        auto *line = part<QLineEdit>(pe, "findLineEdit");
        QVERIFY(line->hasFocus() || replace);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        typeText(line, pattern);
    }

    TempSite m_site;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
    QPlainTextEdit *m_body = nullptr;
    PageEditor *m_editor = nullptr;
};

void TestFindReplace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_site.writeDefaultConfig(); // kk (default), ru, en
    m_site.writePage(QStringLiteral("02.news/a/item.ru.md"),
        page("Новость",
            "Ёлка в холле. Новая елка стоит у входа.\n\nВсё готово, все довольны. Звоните 103 или 112.\n\nКот и котенок.\n"));
    m_site.writePage(QStringLiteral("02.news/a/item.kk.md"), page("Жаңалық", "Шырша холлда.\n\nБәрі дайын.\n"));
    m_prompter = std::make_shared<ScriptedPrompter>();
    m_window = std::make_unique<MainWindow>();
    m_window->setPrompter(m_prompter);
    m_window->resize(1200, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
    QVERIFY(m_window->openSite(m_site.root()));
    QVERIFY(loaded.wait(30000));
    QVERIFY(openPage(QStringLiteral("02.news/a"), QStringLiteral("ru")));
    m_body = m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
    QVERIFY(m_body);
    m_editor = pageEditorOf(m_body);
    QVERIFY(m_editor && m_editor->findBar());
}

void TestFindReplace::init()
{
    if (m_editor) {
        m_editor->findBar()->closeBar();
        for (const char *box : {"findCaseCheckBox", "findWholeWordCheckBox", "findRegexCheckBox"})
            part<QCheckBox>(m_editor, box)->setChecked(false);
        part<QCheckBox>(m_editor, "findYoCheckBox")->setChecked(true);
        m_body->moveCursor(QTextCursor::Start);
    }
}

void TestFindReplace::findWithYoOnRussianText()
{
    find(m_body, QStringLiteral("елка"));
    auto *count = part<QLabel>(m_editor, "findCountLabel");
    // "Ёлка" and "елка" are both found; typing selected the first.
    QCOMPARE(count->text(), QStringLiteral("1 of 2"));
    QCOMPARE(m_body->textCursor().selectedText(), QStringLiteral("Ёлка"));
    QCOMPARE(selectionLayer(m_body, FindBar::layerName()).size(), 2);
    QTest::keyClick(part<QLineEdit>(m_editor, "findLineEdit"), Qt::Key_F3);
    QCOMPARE(m_body->textCursor().selectedText(), QStringLiteral("елка"));
    QCOMPARE(count->text(), QStringLiteral("2 of 2"));
    QTest::keyClick(part<QLineEdit>(m_editor, "findLineEdit"), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_body->textCursor().selectedText(), QStringLiteral("Ёлка"));
    // Without the option ё and е differ.
    part<QCheckBox>(m_editor, "findYoCheckBox")->setChecked(false);
    QCOMPARE(m_editor->findBar()->highlightedCount(), 1);
    // "всё" finds "все" too, in any case.
    part<QCheckBox>(m_editor, "findYoCheckBox")->setChecked(true);
    find(m_body, QStringLiteral("всё"));
    QCOMPARE(m_editor->findBar()->highlightedCount(), 2);
    // Esc closes the bar and clears the highlights; the editor has the focus again.
    QTest::keyClick(part<QLineEdit>(m_editor, "findLineEdit"), Qt::Key_Escape);
    QVERIFY(!m_editor->findBar()->isVisible());
    QVERIFY(selectionLayer(m_body, FindBar::layerName()).isEmpty());
    QVERIFY(m_body->hasFocus());
}

void TestFindReplace::regularExpressions()
{
    part<QCheckBox>(m_editor, "findRegexCheckBox")->setChecked(true);
    find(m_body, QStringLiteral("1\\d+"));
    QCOMPARE(m_editor->findBar()->highlightedCount(), 2); // 103 and 112
    auto *error = part<QLabel>(m_editor, "findErrorLabel");
    QVERIFY(error->isHidden());
    // An invalid pattern says why and highlights nothing.
    typeText(part<QLineEdit>(m_editor, "findLineEdit"), QStringLiteral("("));
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("regular expression")));
    QCOMPARE(m_editor->findBar()->highlightedCount(), 0);
    QVERIFY(!m_editor->findBar()->findNext());
}

void TestFindReplace::wholeWords()
{
    find(m_body, QStringLiteral("кот"));
    QCOMPARE(m_editor->findBar()->highlightedCount(), 2); // Кот, котенок
    part<QCheckBox>(m_editor, "findWholeWordCheckBox")->setChecked(true);
    QCOMPARE(m_editor->findBar()->highlightedCount(), 1);
    part<QCheckBox>(m_editor, "findCaseCheckBox")->setChecked(true);
    QCOMPARE(m_editor->findBar()->highlightedCount(), 0);
}

void TestFindReplace::replaceAllIsOneUndoStep()
{
    PageDocument *doc = m_window->currentDocument();
    const QString before = m_body->toPlainText();
    const int steps = m_editor->history()->index();
    find(m_body, QStringLiteral("елка"), true);
    auto *replace = part<QLineEdit>(m_editor, "replaceLineEdit");
    QVERIFY(replace->isVisible());
    replace->setFocus();
    typeText(replace, QStringLiteral("ель"));
    QTest::mouseClick(part<QPushButton>(m_editor, "replaceAllPushButton"), Qt::LeftButton);
    QVERIFY(m_body->toPlainText().startsWith(QStringLiteral("ель в холле. Новая ель стоит")));
    QCOMPARE(part<QLabel>(m_editor, "findCountLabel")->text(), QStringLiteral("Replaced: 2"));
    QCOMPARE(m_editor->history()->index(), steps + 1);
    m_editor->flushBody();
    QVERIFY(doc->body().startsWith(QStringLiteral("ель")));
    // One Ctrl+Z takes the whole replacement back.
    m_body->setFocus();
    QTest::keyClick(m_body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_body->toPlainText(), before);
    // Replace one: the selected match is replaced and the next one selected.
    m_body->moveCursor(QTextCursor::Start);
    find(m_body, QStringLiteral("все"), true);
    replace->setFocus();
    replace->selectAll();
    typeText(replace, QStringLiteral("ВСЁ"));
    QTest::mouseClick(part<QPushButton>(m_editor, "replacePushButton"), Qt::LeftButton);
    QVERIFY(m_body->toPlainText().contains(QStringLiteral("ВСЁ готово, все довольны")));
    QCOMPARE(m_body->textCursor().selectedText(), QStringLiteral("все"));
    QTest::keyClick(m_body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_body->toPlainText(), before);
}

void TestFindReplace::yamlTab()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("formTabWidget"));
    auto *yaml = m_window->findChild<QPlainTextEdit *>(QStringLiteral("yamlPlainTextEdit"));
    QVERIFY(tabs && yaml);
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(yaml))
            tabs->setCurrentIndex(i);
    PageDocument *doc = m_window->currentDocument();
    const QByteArray header = doc->headerBytes();
    const int steps = m_editor->history()->index();
    // The bar acts on the editor that had the focus: the YAML text.
    find(yaml, QStringLiteral("Новость"), true);
    QCOMPARE(m_editor->findBar()->target(), yaml);
    QCOMPARE(m_editor->findBar()->highlightedCount(), 1);
    QVERIFY(selectionLayer(m_body, FindBar::layerName()).isEmpty());
    auto *replace = part<QLineEdit>(m_editor, "replaceLineEdit");
    replace->setFocus();
    replace->selectAll();
    typeText(replace, QStringLiteral("Жаңалық"));
    QTest::mouseClick(part<QPushButton>(m_editor, "replaceAllPushButton"), Qt::LeftButton);
    QCOMPARE(doc->header().values.value(QStringLiteral("title")).toString(), QStringLiteral("Жаңалық"));
    QCOMPARE(m_editor->history()->index(), steps + 1); // one header edit
    yaml->setFocus();
    QTest::keyClick(yaml, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc->headerBytes(), header);
    QCOMPARE(m_editor->history()->index(), steps); // undone in the page's history, not as a new edit
    m_editor->findBar()->closeBar();
    tabs->setCurrentIndex(0);
}

void TestFindReplace::sideBySideRightSide()
{
    m_window->findChild<QAction *>(QStringLiteral("sideBySideAction"))->trigger();
    SideBySideWindow *window = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((window = m_window->sideBySideWindow()) != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(window->document(0) && window->document(1), 10000);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    PageEditor *left = window->pageEditor(0);
    PageEditor *right = window->pageEditor(1);
    QPlainTextEdit *body = right->bodyEditor();
    // The paragraph highlight of the side by side window is a layer of its own.
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    const int paragraphMarks = selectionLayer(body, QStringLiteral("paragraph")).size();
    QVERIFY(paragraphMarks > 0);
    const QString word = window->document(1)->language() == QLatin1String("ru") ? QStringLiteral("елка") : QStringLiteral("холл");
    find(body, word);
    QVERIFY(right->findBar()->isVisible());
    QVERIFY(!left->findBar()->isVisible());
    QVERIFY(right->findBar()->highlightedCount() > 0);
    QCOMPARE(body->extraSelections().size(),
        selectionLayer(body, QStringLiteral("paragraph")).size() + right->findBar()->highlightedCount());
    QVERIFY(!selectionLayer(body, QStringLiteral("paragraph")).isEmpty());
    window->close();
}

void TestFindReplace::largePageCapsHighlights()
{
    // A megabyte page: the first 1,000 matches are highlighted, the bar says there are more, and the
    // search does not hold the window.
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    auto *editor = new QPlainTextEdit(&host);
    auto *bar = new FindBar(&host, &host);
    layout->addWidget(editor);
    layout->addWidget(bar);
    bar->addEditor(editor);
    QString text;
    while (text.size() < 1024 * 1024)
        text += QStringLiteral("Кровь сдали 86 человек.\n");
    editor->setPlainText(text);
    host.show();
    bar->openFind();
    QElapsedTimer timer;
    timer.start();
    typeText(bar->findChild<QLineEdit *>(QStringLiteral("findLineEdit")), QStringLiteral("кровь"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(bar->highlightedCount(), FindBar::kMaxHighlighted);
    QVERIFY(bar->hasMoreMatches());
    auto *count = bar->findChild<QLabel *>(QStringLiteral("findCountLabel"));
    QCOMPARE(count->text(), QStringLiteral("1 of more than 1000"));
    QVERIFY(count->toolTip().contains(QStringLiteral("1000")));
    QCOMPARE(selectionLayer(editor, FindBar::layerName()).size(), FindBar::kMaxHighlighted);
    // Replace All still reaches every match, as one step of the editor's history.
    bar->openReplace();
    bar->findChild<QLineEdit *>(QStringLiteral("replaceLineEdit"))->setText(QStringLiteral("Плазму"));
    QVERIFY(bar->replaceAll() > 40000);
    QVERIFY(!editor->toPlainText().contains(QStringLiteral("Кровь")));
    editor->undo();
    QCOMPARE(editor->toPlainText(), text);
}

void TestFindReplace::cleanupTestCase()
{
    // The window (and its web view) goes while the test still runs its event loop, as in tst_mainwindow.
    m_window->close();
    QTest::qWait(500);
    m_window.reset();
}

QTEST_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
