// Warnings while writing, in the real window: what is typed is linted after a pause, marked in the margin left of
// the text and listed first in Problems; double-clicking the problem goes to the line.
#include "dialogs/prompter.h"
#include "editor/pageeditor.h"
#include "editor/writinglint.h"
#include "fileutil.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace GravDesk;

namespace {

// Types @p text as keys; a line break is the Return key (QTest::keyClicks has none for '\n').
void typeLines(QWidget *w, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(w, Qt::Key_Return);
        QTest::keyClicks(w, lines[i]);
    }
}

} // namespace

class TestWritingWarnings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr; // left to the process's end (Qt WebEngine, as in the other window tests)

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), site));
        m_window = new MainWindow;
        m_window->setPrompter(std::make_shared<ScriptedPrompter>());
        m_window->resize(1300, 820);
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(site));
        QVERIFY(loaded.wait(30000));
        QSignalSpy opened(m_window, &MainWindow::documentOpened);
        QVERIFY(m_window->selectPage(QStringLiteral("02.news/03.2025-06-14-world-blood-donor-day"), QStringLiteral("en"))
            || opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentDocument(), 10000);
    }

    void typedMistakesAreMarkedAndListed()
    {
        auto *lint = m_window->findChild<WritingLint *>(QStringLiteral("writingLintMargin"));
        auto *body = m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
        auto *problems = m_window->findChild<QTreeWidget *>(QStringLiteral("problemsTreeWidget"));
        QVERIFY(lint && body && problems);
        QVERIFY(lint->isVisible());
        QTRY_VERIFY(lint->findings().isEmpty()); // the sample page is clean
        const int before = problems->topLevelItemCount();

        body->setFocus();
        body->moveCursor(QTextCursor::End);
        typeLines(body, QStringLiteral("\n\nA paragraph\n===\n\nSee [the leaflet](leaflet.pdf).\n"));
        const int linkLine = body->document()->blockCount() - 1;
        typeLines(body, QStringLiteral("\n[owl-carousel items=1]\n"));
        // Not at once: after a pause in typing.
        QVERIFY(lint->findings().isEmpty());
        QSignalSpy changed(lint, &WritingLint::findingsChanged);
        QVERIFY(changed.wait(5000));
        QStringList kinds;
        for (const BodyFinding &f : lint->findings())
            kinds << problemKindName(f.kind);
        QVERIFY2(kinds.contains(problemKindName(ProblemKind::SummaryHeading)), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY2(kinds.contains(problemKindName(ProblemKind::BrokenLink)), qPrintable(kinds.join(QLatin1Char(' '))));
        QVERIFY2(kinds.contains(problemKindName(ProblemKind::UnclosedShortcode)), qPrintable(kinds.join(QLatin1Char(' '))));
        // Marked in the margin, painted as the user sees it (grab() paints the margin and the text).
        QVERIFY(!lint->grab().isNull());
        QVERIFY(!m_window->grab().isNull());
        // Underlined in the text (the "lint" layer of extra selections).
        QVERIFY(body->extraSelections().size() >= lint->findings().size());

        // Listed first in Problems, for the open page.
        QCOMPARE(problems->topLevelItemCount(), before + lint->findings().size());
        QTreeWidgetItem *first = problems->topLevelItem(0);
        QVERIFY(first->text(0).contains(QStringLiteral("item.en.md")));
        // Double-clicking the broken link's problem puts the cursor on its line.
        QTreeWidgetItem *link = nullptr;
        for (int i = 0; i < lint->findings().size(); ++i)
            if (lint->findings()[i].kind == ProblemKind::BrokenLink)
                link = problems->topLevelItem(i);
        QVERIFY(link);
        body->moveCursor(QTextCursor::Start);
        Q_EMIT problems->itemActivated(link, 0);
        QCOMPARE(body->textCursor().blockNumber(), linkLine - 1);

        // Fixed text: the warnings go.
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        body->selectAll();
        typeLines(body, QStringLiteral("Clean text.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(lint->findings().isEmpty(), 5000);
        QCOMPARE(problems->topLevelItemCount(), before);
    }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gravdesk-tests"));
    TestWritingWarnings test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_writingwarnings.moc"
