// The typograph in the real main window: as you type, for the whole post (one undo step), and the counters.
#include "dialogs/prompter.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "preview/previewview.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(w, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QString rawText(const QPlainTextEdit *editor)
{
    QString text = editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

} // namespace

class TestTypographUi final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    std::unique_ptr<MainWindow> m_window;

    QPlainTextEdit *editor() { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QString::fromLatin1(name)); }

    bool openFirstKazakhItem()
    {
        const auto index = m_window->pageIndex();
        const int news = index->findByRelPath(QStringLiteral("02.news"));
        for (int c : index->nodes[news].children) {
            if (index->variantExact(c, QStringLiteral("kk"))) {
                QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
                m_window->selectPage(index->nodes[c].relPath, QStringLiteral("kk"));
                return opened.wait(10000) || m_window->currentDocument();
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("editor/typographAsYouType"));
        m_site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), m_site));
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompter(std::make_shared<ScriptedPrompter>());
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_site));
        QVERIFY(loaded.wait(30000));
        QVERIFY(openFirstKazakhItem());
    }

    void asYouTypeIsOffByDefault()
    {
        QAction *toggle = action("typographAsYouTypeAction");
        QVERIFY(toggle && toggle->isCheckable());
        QVERIFY(!toggle->isChecked());
        QPlainTextEdit *e = editor();
        e->moveCursor(QTextCursor::End);
        const QString before = rawText(e);
        typeText(e, QStringLiteral("\n\nОл \"иә\" деді. "));
        QCOMPARE(rawText(e), before + QStringLiteral("\n\nОл \"иә\" деді. "));
    }

    void asYouType()
    {
        action("typographAsYouTypeAction")->setChecked(true);
        QPlainTextEdit *e = editor();
        e->moveCursor(QTextCursor::End);
        const QString before = rawText(e);
        typeText(e, QStringLiteral("\n\nБіз \"Жаңа"));
        QCOMPARE(rawText(e), before + QStringLiteral("\n\nБіз \"Жаңа")); // the quote is not closed yet
        typeText(e, QStringLiteral("\" - мектеп"));
        QApplication::processEvents();
        QCOMPARE(rawText(e), before + QStringLiteral("\n\nБіз «Жаңа»\u00A0— мектеп"));
        QCOMPARE(e->textCursor().position(), rawText(e).size()); // the cursor stays where the typing goes on
        // Ctrl+Z right after a correction gives back what was typed.
        QTest::keyClick(e, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(rawText(e), before + QStringLiteral("\n\nБіз \"Жаңа\" - мектеп"));
        action("typographAsYouTypeAction")->setChecked(false);
    }

    void typographPostIsOneStep()
    {
        QPlainTextEdit *e = editor();
        const QString before = rawText(e);
        QVERIFY(before.contains(QStringLiteral("\"иә\"")));
        action("typographPostAction")->trigger();
        const QString after = rawText(e);
        QVERIFY(after.contains(QStringLiteral("«иә»")));
        QVERIFY(after.contains(QStringLiteral("«Жаңа»\u00A0— мектеп")));
        QCOMPARE(m_window->currentDocument()->body(), after);
        action("undoAction")->trigger();
        QCOMPARE(rawText(e), before);
        action("redoAction")->trigger();
        QCOMPARE(rawText(e), after);
    }

    void counters()
    {
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("textStatsLabel"));
        QVERIFY(label);
        QPlainTextEdit *e = editor();
        e->selectAll();
        typeText(e, QStringLiteral("Бір екі үш"));
        QTRY_VERIFY2(label->text().startsWith(QStringLiteral("3 words · 10 characters (8 without spaces) · 1 min read")),
            qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("/70")));
    }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gravdesk-tests"));
    TestTypographUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_typographui.moc"
