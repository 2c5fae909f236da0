// The body editor's spell checking: wavy underlines on exactly the misspelt words, rechecks of the
// changed blocks only, and the context menu's suggestions, "Add to Dictionary" and "Ignore".
#include "editor/spellcheckcontroller.h"
#include "editor/spellhighlighter.h"
#include "spellchecker.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace GravDesk;

namespace {

// The underlined words of @p doc, in order.
QStringList underlined(QTextDocument *doc)
{
    QStringList out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                out << b.text().mid(r.start, r.length);
    return out;
}

int positionOf(QPlainTextEdit *editor, const QString &word)
{
    return static_cast<int>(editor->toPlainText().indexOf(word)) + 1;
}

// QTest::keyClicks() takes Latin-1 only: Cyrillic keys are sent as events with their text.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, c == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(
            QEvent::KeyRelease, c == QLatin1Char(' ') ? Qt::Key_Space : Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

QPoint pointAt(QPlainTextEdit *editor, int position)
{
    QTextCursor c(editor->document());
    c.setPosition(position);
    return editor->cursorRect(c).center();
}

} // namespace

class TestSpellHighlighter final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<SpellChecker> m_checker;
    QStringList m_missing;

    bool skipWithoutDictionaries() { return !m_missing.isEmpty(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_checker = std::make_shared<SpellChecker>();
        m_missing = m_checker->loadInstalledDictionaries();
    }

    void underlinesExactlyTheMisspeltWords()
    {
        if (skipWithoutDictionaries())
            QSKIP(qPrintable(QStringLiteral("dictionaries missing: ") + m_missing.join(QLatin1Char(' '))));
        QTextDocument doc;
        doc.documentLayout(); // a document without a layout (no view) reports no changes to highlighters
        SpellHighlighter highlighter(&doc);
        QCoreApplication::processEvents(); // QSyntaxHighlighter's first, delayed pass
        highlighter.setPageLanguage(QStringLiteral("kk"));
        highlighter.setChecker(m_checker);
        doc.setPlainText(
            QStringLiteral("Дәрігрлер науқастарды қабылдайды. Пациентв hospitl.\n"
                           "`қатее` [owl-carousel itemz=1] https://hemcenter.kz/qwerty <span clas=\"x\">жақсы</span>\n"
                           "```\nқатее кодда\n```\n"
                           "    қатее indentd\n"
                           "\n"
                           "Соңғы жолл."));
        QCOMPARE(underlined(&doc).join(QLatin1Char(' ')), QStringLiteral("Дәрігрлер Пациентв hospitl жолл"));
    }

    void recheckOnlyChangedBlocks()
    {
        if (skipWithoutDictionaries())
            QSKIP("dictionaries missing");
        QTextDocument doc;
        doc.documentLayout(); // a document without a layout (no view) reports no changes to highlighters
        SpellHighlighter highlighter(&doc);
        QCoreApplication::processEvents(); // QSyntaxHighlighter's first, delayed pass
        highlighter.setPageLanguage(QStringLiteral("ru"));
        highlighter.setChecker(m_checker);
        QStringList lines;
        for (int i = 0; i < 200; ++i)
            lines << QStringLiteral("Строка номер %1 с обычным текстом.").arg(i);
        doc.setPlainText(lines.join(QLatin1Char('\n')));
        const int before = highlighter.checkedBlocks();
        QTextCursor c(doc.findBlockByNumber(100));
        c.movePosition(QTextCursor::EndOfBlock);
        c.insertText(QStringLiteral(" ошибкаа"));
        QCOMPARE(highlighter.checkedBlocks() - before, 1);
        QCOMPARE(underlined(&doc), QStringList {QStringLiteral("ошибкаа")});
        // Opening a fence changes the state of the following blocks: they are rechecked, and unmarked.
        QTextCursor fence(doc.findBlockByNumber(99));
        fence.insertText(QStringLiteral("```\n"));
        QVERIFY(underlined(&doc).isEmpty());
    }

    void longLinesAreNotChecked_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("checked");
        QTest::newRow("a long paragraph") << SpellHighlighter::kMaxCheckedBlock - 100 << true;
        QTest::newRow("a line over the limit") << SpellHighlighter::kMaxCheckedBlock + 100 << false;
    }

    // A megabyte-long line would be tokenized and looked up again at every key typed in it.
    void longLinesAreNotChecked()
    {
        QFETCH(int, length);
        QFETCH(bool, checked);
        if (skipWithoutDictionaries())
            QSKIP("dictionaries missing");
        QTextDocument doc;
        doc.documentLayout();
        SpellHighlighter highlighter(&doc);
        QCoreApplication::processEvents();
        highlighter.setPageLanguage(QStringLiteral("ru"));
        highlighter.setChecker(m_checker);
        QString line = QStringLiteral("ошибкаа ");
        while (line.size() + 7 <= length)
            line += QStringLiteral("строка ");
        line += QString(length - line.size(), QLatin1Char(' '));
        doc.setPlainText(line + QStringLiteral("\nВторая строкаа."));
        const QStringList expected = checked ? QStringList {QStringLiteral("ошибкаа"), QStringLiteral("строкаа")}
                                             : QStringList {QStringLiteral("строкаа")};
        QCOMPARE(underlined(&doc), expected);
        SpellToken token;
        QCOMPARE(highlighter.misspelledAt(2, &token), checked);
        QVERIFY(highlighter.misspelledAt(static_cast<int>(line.size()) + 10, &token));
    }

    // A document too large to check whole is checked where the user looks, and where they scroll to.
    void hugeDocumentsAreCheckedInView()
    {
        if (skipWithoutDictionaries())
            QSKIP("dictionaries missing");
        QTextDocument doc;
        doc.documentLayout();
        SpellHighlighter highlighter(&doc);
        QCoreApplication::processEvents();
        highlighter.setPageLanguage(QStringLiteral("ru"));
        highlighter.setChecker(m_checker);
        highlighter.setVisibleBlocks(0, 10);
        QStringList lines;
        lines << QStringLiteral("Первая ошибкаа.");
        const QString middle = QStringLiteral("Строка с обычным текстом и без ошибок, только слова.");
        while (lines.size() * middle.size() < SpellHighlighter::kMaxFullyCheckedDocument + 1000)
            lines << middle;
        lines << QStringLiteral("Последняя опечаткаа.");
        doc.setPlainText(lines.join(QLatin1Char('\n')));
        QVERIFY(highlighter.isCheckingVisibleOnly());
        QCOMPARE(underlined(&doc), QStringList {QStringLiteral("ошибкаа")});
        const int last = doc.blockCount() - 1;
        SpellToken token;
        QVERIFY(!highlighter.misspelledAt(doc.lastBlock().position() + 12, &token));
        highlighter.setVisibleBlocks(last - 10, last);
        QCOMPARE(underlined(&doc), (QStringList {QStringLiteral("ошибкаа"), QStringLiteral("опечаткаа")}));
        QVERIFY(highlighter.misspelledAt(doc.lastBlock().position() + 12, &token));
        QCOMPARE(token.word, QStringLiteral("опечаткаа"));
    }

    void contextMenu()
    {
        if (skipWithoutDictionaries())
            QSKIP("dictionaries missing");
        QTemporaryDir site;
        // The word list lives in a site, and is written through its workspace: the site must be one.
        QVERIFY(QDir().mkpath(site.path() + QStringLiteral("/user/pages")));
        const QString wordList = site.path() + QStringLiteral("/user/pages/.gravdesk/dictionary.txt");
        QPlainTextEdit editor;
        editor.resize(600, 300);
        SpellCheckController controller(&editor);
        auto checker = std::make_shared<SpellChecker>();
        checker->loadInstalledDictionaries();
        controller.setChecker(checker);
        controller.setWordListPath(wordList);
        controller.setPageLanguage(QStringLiteral("ru"));
        editor.setPlainText(QStringLiteral("Первый пациентв пришёл. Гемцентр открыт."));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(underlined(editor.document()), QStringList({QStringLiteral("пациентв"), QStringLiteral("Гемцентр")}));

        // Suggestions first, then Add and Ignore, then the standard entries.
        std::unique_ptr<QMenu> menu(
            controller.createContextMenu(pointAt(&editor, positionOf(&editor, QStringLiteral("пациентв")))));
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() > 4);
        QCOMPARE(actions.first()->objectName(), QStringLiteral("spellSuggestionAction"));
        QAction *fix = nullptr;
        int suggestions = 0;
        for (QAction *a : actions) {
            if (a->objectName() == QLatin1String("spellSuggestionAction")) {
                ++suggestions;
                if (a->text() == QStringLiteral("пациентов"))
                    fix = a;
            }
        }
        QVERIFY(suggestions <= 7);
        QStringList texts;
        for (QAction *a : actions)
            texts << a->text();
        QVERIFY2(fix, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("addToDictionaryAction")));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("ignoreWordAction")));
        fix->trigger();
        QCOMPARE(editor.toPlainText(), QStringLiteral("Первый пациентов пришёл. Гемцентр открыт."));
        QCOMPARE(underlined(editor.document()), QStringList {QStringLiteral("Гемцентр")});
        // The replacement is one step of the history.
        editor.document()->undo();
        QCOMPARE(editor.toPlainText(), QStringLiteral("Первый пациентв пришёл. Гемцентр открыт."));
        editor.document()->redo();

        // Add to Dictionary writes the site's word list and unmarks the word.
        menu.reset(controller.createContextMenu(pointAt(&editor, positionOf(&editor, QStringLiteral("Гемцентр")))));
        auto *add = menu->findChild<QAction *>(QStringLiteral("addToDictionaryAction"));
        QVERIFY(add && add->isEnabled());
        add->trigger();
        QVERIFY(underlined(editor.document()).isEmpty());
        QFile file(wordList);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("\nГемцентр\n")));

        // No spelling entries on a correct word.
        menu.reset(controller.createContextMenu(pointAt(&editor, positionOf(&editor, QStringLiteral("Первый")))));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("addToDictionaryAction")));

        // Ignore: for this run only, nothing written.
        editor.setPlainText(QStringLiteral("Слово ашибка тут."));
        QCOMPARE(underlined(editor.document()), QStringList {QStringLiteral("ашибка")});
        menu.reset(controller.createContextMenu(pointAt(&editor, positionOf(&editor, QStringLiteral("ашибка")))));
        menu->findChild<QAction *>(QStringLiteral("ignoreWordAction"))->trigger();
        QVERIFY(underlined(editor.document()).isEmpty());
        QVERIFY(!checker->wordList().contains(QStringLiteral("ашибка")));
    }

    void wordBeingTypedIsMarkedWhenLeft()
    {
        if (skipWithoutDictionaries())
            QSKIP("dictionaries missing");
        QPlainTextEdit editor;
        SpellCheckController controller(&editor);
        controller.setChecker(m_checker);
        controller.setPageLanguage(QStringLiteral("ru"));
        editor.setPlainText(QStringLiteral("Текст "));
        editor.moveCursor(QTextCursor::End);
        typeText(&editor, QStringLiteral("ашибк"));
        QVERIFY(underlined(editor.document()).isEmpty()); // still being typed
        typeText(&editor, QStringLiteral("а "));
        QCOMPARE(underlined(editor.document()), QStringList {QStringLiteral("ашибка")});
        typeText(&editor, QStringLiteral("ещеё"));
        QCOMPARE(underlined(editor.document()), QStringList {QStringLiteral("ашибка")});
        editor.moveCursor(QTextCursor::Start); // leaving the word marks it
        QCOMPARE(underlined(editor.document()), QStringList({QStringLiteral("ашибка"), QStringLiteral("ещеё")}));
    }

    void headerYaml()
    {
        if (skipWithoutDictionaries())
            QSKIP("dictionaries missing");
        QPlainTextEdit body;
        QPlainTextEdit yaml;
        SpellCheckController controller(&body);
        controller.setChecker(m_checker);
        controller.addHeaderEditor(&yaml);
        controller.setPageLanguage(QStringLiteral("ru"));
        yaml.setPlainText(QStringLiteral("title: 'Амбулаторный приём ашибка'\n"
                                         "hide_page_titel: false\n"
                                         "# коментарий\n"
                                         "taxonomy:\n"
                                         "    tag: [гемофилия, ашибка]\n"
                                         "metadata:\n"
                                         "    descriptin: 'Школа пациентов'"));
        QCOMPARE(underlined(yaml.document()), QStringList({QStringLiteral("ашибка"), QStringLiteral("ашибка")}));
        std::unique_ptr<QMenu> menu(
            controller.createContextMenu(&yaml, pointAt(&yaml, positionOf(&yaml, QStringLiteral("ашибка")))));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("ignoreWordAction")));
        controller.checkSpellingAction()->setChecked(false);
        QVERIFY(underlined(yaml.document()).isEmpty());
        controller.checkSpellingAction()->setChecked(true);
        QCOMPARE(underlined(yaml.document()).size(), 2);
    }

    void toggleIsRemembered()
    {
        if (skipWithoutDictionaries())
            QSKIP("dictionaries missing");
        QPlainTextEdit editor;
        {
            SpellCheckController controller(&editor);
            controller.setChecker(m_checker);
            QVERIFY(controller.checkSpellingAction()->isChecked()); // on by default
            QCOMPARE(controller.checkSpellingAction()->objectName(), QStringLiteral("checkSpellingAction"));
            editor.setPlainText(QStringLiteral("ашибка"));
            QCOMPARE(underlined(editor.document()).size(), 1);
            controller.checkSpellingAction()->setChecked(false);
            QVERIFY(underlined(editor.document()).isEmpty());
            delete controller.highlighter();
        }
        QPlainTextEdit editor2;
        SpellCheckController controller(&editor2);
        QVERIFY(!controller.checkSpellingAction()->isChecked());
        controller.checkSpellingAction()->setChecked(true);
        // The installed dictionaries load in the background, once a page is shown (not with the window).
        QSignalSpy ready(&controller, &SpellCheckController::checkerReady);
        QTest::qWait(200);
        QVERIFY(!controller.checker());
        controller.setPageLanguage(QStringLiteral("ru"));
        QVERIFY(controller.checker() || ready.wait(20000));
        editor2.setPlainText(QStringLiteral("ашибка"));
        QCOMPARE(underlined(editor2.document()).size(), 1);
    }
};

QTEST_MAIN(TestSpellHighlighter)
#include "tst_spellhighlighter.moc"
