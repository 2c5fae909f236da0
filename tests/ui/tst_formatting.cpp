// The body editor's formatting commands, driven as a writer does: by their shortcuts (through Qt's shortcut
// map, as a key press reaches it) and toolbar actions found by objectName, on a selection. Each is one step
// of the page's history, and what it writes is what Parsedown reads as meant.

#include "editor/formatactions.h"
#include "editor/pageeditor.h"
#include "fileutil.h"
#include "form/fieldcontext.h"
#include "page/blueprint.h"
#include "page/pagedocument.h"
#include "site/siteconfig.h"

#include <QAction>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>
#include <QUndoStack>

using namespace GravDesk;

class TestFormatting final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PageEditor *m_editor = nullptr;
    PageDocument *m_doc = nullptr;

    QPlainTextEdit *body() const { return m_editor->bodyEditor(); }
    QAction *action(const QString &name) const { return m_editor->findChild<QAction *>(name); }

    /// Shows a page whose body is @p text, with the characters [@p from, @p to) selected.
    void start(const QString &text, int from = 0, int to = 0)
    {
        delete m_doc;
        const QByteArray bytes = "---\ntitle: T\n---\n" + text.toUtf8();
        m_doc = new PageDocument(m_dir.filePath(QStringLiteral("item.ru.md")), bytes, QStringLiteral("ru"));
        m_editor->showDocument(m_doc, Blueprint(), FieldContext {}, SiteConfig(), QStringLiteral("/x"), QStringLiteral("ru"));
        QTextCursor c = body()->textCursor();
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        body()->setTextCursor(c);
        body()->setFocus();
    }
    /// One step of the page's history took the text from @p before to what it is, and undoing it goes back.
    void checkOneStep(const QString &before)
    {
        QUndoStack *history = pageHistory(m_doc);
        QCOMPARE(history->count(), 1);
        QCOMPARE(m_doc->body(), body()->toPlainText());
        history->undo();
        QCOMPARE(body()->toPlainText(), before);
        QCOMPARE(m_doc->body(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_editor = new PageEditor;
        m_editor->resize(900, 600);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("selected");
        const int ctrl = Qt::ControlModifier;
        QTest::newRow("Ctrl+B bold") << QStringLiteral("Қан тапсыру күні") << 4 << 12 << int(Qt::Key_B) << ctrl
                                     << QStringLiteral("Қан **тапсыру** күні") << QStringLiteral("тапсыру");
        QTest::newRow("Ctrl+B spaces stay outside") << QStringLiteral("a  word  b") << 1 << 9 << int(Qt::Key_B) << ctrl
                                                    << QStringLiteral("a  **word**  b") << QStringLiteral("word");
        QTest::newRow("Ctrl+B again takes it away") << QStringLiteral("a **word** b") << 4 << 8 << int(Qt::Key_B) << ctrl
                                                    << QStringLiteral("a word b") << QStringLiteral("word");
        QTest::newRow("Ctrl+B word at the cursor") << QStringLiteral("one two") << 5 << 5 << int(Qt::Key_B) << ctrl
                                                   << QStringLiteral("one **two**") << QStringLiteral("two");
        QTest::newRow("Ctrl+I italic") << QStringLiteral("врач") << 0 << 4 << int(Qt::Key_I) << ctrl << QStringLiteral("*врач*")
                                       << QStringLiteral("врач");
        QTest::newRow("Ctrl+K link, not kill-line")
            << QStringLiteral("see the site now\nnext") << 4 << 12 << int(Qt::Key_K) << ctrl
            << QStringLiteral("see [the site](https://) now\nnext") << QStringLiteral("https://");
        QTest::newRow("Ctrl+K keeps spaces outside") << QStringLiteral("see word next") << 4 << 9 << int(Qt::Key_K) << ctrl
                                                     << QStringLiteral("see [word](https://) next") << QStringLiteral("https://");
        QTest::newRow("Ctrl+K on an address") << QStringLiteral("https://who.int") << 0 << 15 << int(Qt::Key_K) << ctrl
                                              << QStringLiteral("[](https://who.int)") << QString();
        QTest::newRow("Ctrl+2 heading") << QStringLiteral("Title\n\ntext") << 2 << 2 << int(Qt::Key_2) << ctrl
                                        << QStringLiteral("## Title\n\ntext") << QString();
        QTest::newRow("Ctrl+2 on an empty line, then typing")
            << QStringLiteral("Text\n\n") << 6 << 6 << int(Qt::Key_2) << ctrl << QStringLiteral("Text\n\n## ") << QString();
        QTest::newRow("Ctrl+2 on a selection") << QStringLiteral("Title\n\ntext") << 0 << 5 << int(Qt::Key_2) << ctrl
                                               << QStringLiteral("## Title\n\ntext") << QStringLiteral("## Title");
        QTest::newRow("Ctrl+3 changes the level")
            << QStringLiteral("# Title") << 3 << 3 << int(Qt::Key_3) << ctrl << QStringLiteral("### Title") << QString();
        QTest::newRow("Ctrl+0 plain paragraph")
            << QStringLiteral("## Title") << 3 << 3 << int(Qt::Key_0) << ctrl << QStringLiteral("Title") << QString();
        QTest::newRow("Ctrl+Shift+8 bullets") << QStringLiteral("a\nb\n\nc") << 0 << 6 << int(Qt::Key_8)
                                              << int(ctrl | Qt::ShiftModifier) << QStringLiteral("- a\n- b\n\n- c") << QString();
        QTest::newRow("Ctrl+Shift+7 numbers") << QStringLiteral("- a\n- b") << 0 << 7 << int(Qt::Key_7)
                                              << int(ctrl | Qt::ShiftModifier) << QStringLiteral("1. a\n2. b") << QString();
        QTest::newRow("Ctrl+Shift+Q quote") << QStringLiteral("a\nb") << 0 << 3 << int(Qt::Key_Q) << int(ctrl | Qt::ShiftModifier)
                                            << QStringLiteral("> a\n> b") << QString();
        QTest::newRow("Ctrl+Shift+C inline code")
            << QStringLiteral("run ls -l now") << 4 << 9 << int(Qt::Key_C) << int(ctrl | Qt::ShiftModifier)
            << QStringLiteral("run `ls -l` now") << QStringLiteral("ls -l");
        QTest::newRow("Ctrl+Shift+C fenced block")
            << QStringLiteral("a\nb") << 0 << 3 << int(Qt::Key_C) << int(ctrl | Qt::ShiftModifier)
            << QStringLiteral("```\na\nb\n```") << QString();
        QTest::newRow("Ctrl+Shift+Enter summary break")
            << QStringLiteral("First paragraph.\nSecond.") << 3 << 3 << int(Qt::Key_Return) << int(ctrl | Qt::ShiftModifier)
            << QStringLiteral("First paragraph.\n\n===\n\nSecond.") << QString();
    }

    void shortcuts()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, expected);
        QFETCH(QString, selected);
        start(text, from, to);
        QTest::keyClick(body(), static_cast<Qt::Key>(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(body()->toPlainText(), expected);
        if (!selected.isEmpty())
            QCOMPARE(body()->textCursor().selectedText(), selected);
        else if (from == to && expected.startsWith(QLatin1Char('#')))
            QVERIFY(!body()->textCursor().hasSelection()); // typing goes on without replacing the line
        checkOneStep(text);
    }

    void toolbarTable()
    {
        // Lines pasted from a spreadsheet (tabs) become a table, the first one its header.
        const QString text = QStringLiteral("Күні\tОрны\n20.01\tАлматы\n21.01\tАстана");
        start(text, 0, int(text.size()));
        QAction *table = action(QStringLiteral("tableAction"));
        QVERIFY(table);
        QVERIFY(m_editor->findChild<QToolBar *>(QStringLiteral("formatToolBar"))->actions().contains(table));
        table->trigger();
        QCOMPARE(body()->toPlainText(), QStringLiteral("| Күні | Орны |\n| --- | --- |\n| 20.01 | Алматы |\n| 21.01 | Астана |"));
        checkOneStep(text);
        // Nothing selected: a table to fill in, after the line the cursor is in.
        start(QStringLiteral("Text"), 2, 2);
        table->trigger();
        QVERIFY(body()->toPlainText().startsWith(QStringLiteral("Text\n\n| ")));
        QVERIFY(body()->toPlainText().contains(QStringLiteral("\n| --- | --- |\n")));
        checkOneStep(QStringLiteral("Text"));
    }

    void mediaFromThePageFolder()
    {
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("фото 1.jpg")), "jpeg"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("program.pdf")), "pdf"));
        start(QStringLiteral("Text "), 5, 5);
        auto *menu = m_editor->findChild<QMenu *>(QStringLiteral("insertMediaMenu"));
        QVERIFY(menu);
        QStringList names;
        for (QAction *a : menu->actions())
            names << a->text();
        QCOMPARE(names, (QStringList {QStringLiteral("program.pdf"), QStringLiteral("фото 1.jpg")}));
        menu->actions().at(1)->trigger();
        QCOMPARE(body()->toPlainText(), QStringLiteral("Text ![фото 1](фото%201.jpg)"));
        checkOneStep(QStringLiteral("Text "));
        menu->actions().at(0)->trigger();
        QCOMPARE(body()->toPlainText(), QStringLiteral("Text [program](program.pdf)"));
    }

    void shortcodesOnlyOfEnabledPlugins()
    {
        // A site without the plugins: the menu says so instead of offering what Grav would print as text.
        start(QStringLiteral("Text"), 0, 0);
        auto *menu = m_editor->findChild<QMenu *>(QStringLiteral("insertShortcodeMenu"));
        QVERIFY(menu);
        m_editor->formatting()->setPageContext({}, false, false);
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(!menu->actions().first()->isEnabled());
        // With them (as the page editor is told by the site's configuration): a carousel block.
        m_editor->formatting()->setPageContext({}, true, true);
        QCOMPARE(menu->actions().size(), 5);
        menu->actions().first()->trigger();
        const QString text = body()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Text\n\n[owl-carousel ")), qPrintable(text));
        QVERIFY(text.endsWith(QStringLiteral("[/owl-carousel]")));
        checkOneStep(QStringLiteral("Text"));
    }

    void readOnlyPageIsNotChanged()
    {
        start(QStringLiteral("word"), 0, 4);
        m_doc->setReadOnlyReason(QStringLiteral("read-only for the test"));
        body()->setReadOnly(true);
        QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
        action(QStringLiteral("boldAction"))->trigger();
        QCOMPARE(body()->toPlainText(), QStringLiteral("word"));
        QCOMPARE(pageHistory(m_doc)->count(), 0);
    }

    void cleanupTestCase()
    {
        delete m_editor;
        delete m_doc;
    }
};

QTEST_MAIN(TestFormatting)
#include "tst_formatting.moc"
