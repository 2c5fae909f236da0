// Scroll sync between the body editor and the preview, both ways, and its toggle in the window.
// The preview's blocks are hand-written HTML carrying data-gd-line, as the renderer emits them.
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "preview/scrollsync.h"
#include "tempsite.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWheelEvent>

#include <memory>

using namespace GravDesk;

namespace {

constexpr int kBlocks = 60;
constexpr int kLinesPerBlock = 5; // four lines of HTML and a blank line

// Block k starts on line k * kLinesPerBlock + 1 (1-based) and carries it, as the renderer would.
QString document()
{
    QString text;
    for (int k = 0; k < kBlocks; ++k)
        text += QStringLiteral("<div data-gd-line=\"%1\" id=\"b%2\">\n<p>Block %2</p>\n<p>Some words in it.</p>\n</div>\n\n")
                    .arg(k * kLinesPerBlock + 1)
                    .arg(k);
    return text;
}

} // namespace

class TestScrollSync final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QWidget> m_window;
    QPlainTextEdit *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    ScrollSync *m_sync = nullptr;

    QVariant evaluate(const QString &script)
    {
        auto result = std::make_shared<QVariant>();
        auto done = std::make_shared<bool>(false);
        m_preview->page()->runJavaScript(script, [result, done](const QVariant &v) {
            *result = v;
            *done = true;
        });
        if (!QTest::qWaitFor([done] { return *done; }, 10000))
            qWarning("no answer from the preview page to: %s", qUtf8Printable(script));
        return *result;
    }

    double scrollY() { return evaluate(QStringLiteral("window.scrollY")).toDouble(); }
    double blockTop(int k)
    {
        return evaluate(QStringLiteral("document.getElementById('b%1').getBoundingClientRect().top").arg(k)).toDouble();
    }
    int editorTopBlock() const { return m_editor->cursorForPosition(QPoint(2, 2)).blockNumber(); }

    void putCursorOnBlock(int k)
    {
        QTextCursor c(m_editor->document()->findBlockByNumber(k * kLinesPerBlock + 1)); // "<p>Block k</p>"
        m_editor->setTextCursor(c);
        m_editor->setFocus();
    }

    // What a reader does: a wheel turn (user input) followed by the page scrolling to block @p k.
    void scrollPreviewToBlock(int k)
    {
        evaluate(
            QStringLiteral("window.dispatchEvent(new WheelEvent('wheel', {deltaY: 100}));"
                           "window.scrollTo(0, document.getElementById('b%1').getBoundingClientRect().top + window.scrollY);")
                .arg(k));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        m_editor = new QPlainTextEdit(m_window.get());
        m_preview = new PreviewView(m_window.get());
        layout->addWidget(m_editor);
        layout->addWidget(m_preview);
        m_sync = new ScrollSync(m_editor, m_preview, m_window.get());
        m_window->resize(1000, 600);
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_preview->isShellReady(), 20000);
        m_editor->setPlainText(document());
        auto applied = std::make_shared<int>(-1);
        connect(m_preview, &PreviewView::contentApplied, this, [applied](int seq) { *applied = seq; });
        m_preview->setMarkdown(m_editor->toPlainText());
        QTRY_VERIFY_WITH_TIMEOUT(*applied >= m_preview->requestedSeq(), 10000);
        QCOMPARE(evaluate(QStringLiteral("document.querySelectorAll('#content > [data-gd-line]').length")).toInt(), kBlocks);
        QVERIFY(evaluate(QStringLiteral("document.documentElement.scrollHeight")).toInt() > 3 * 600);
    }

    void bodyLinesFollowTheHeader()
    {
        PreviewView view;
        view.setMarkdown(QStringLiteral("---\ntitle: x\n---\n\nBody\n"), QStringLiteral("item.md"));
        QCOMPARE(view.bodyFirstLine(), 5);
        view.setMarkdown(QStringLiteral("---\r\ntitle: x\r\ndate: y\r\n---\r\nBody\r\n"), QStringLiteral("item.md"));
        QCOMPARE(view.bodyFirstLine(), 5);
        view.setMarkdown(QStringLiteral("Just Markdown\n"));
        QCOMPARE(view.bodyFirstLine(), 1);
    }

    void editorMovesPreview()
    {
        const double start = scrollY();
        QVERIFY(start < 100);
        putCursorOnBlock(40);
        // The block lands where the cursor is in the editor's viewport.
        const double fraction = double(m_editor->cursorRect().top()) / m_editor->viewport()->height();
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() > start + 500, 5000);
        const double innerHeight = evaluate(QStringLiteral("window.innerHeight")).toDouble();
        QTRY_VERIFY2_WITH_TIMEOUT(std::abs(blockTop(40) + 40 - fraction * innerHeight) < 60,
            qPrintable(QStringLiteral("block top %1, expected near %2").arg(blockTop(40)).arg(fraction * innerHeight - 40)),
            5000);
        // Back up: the preview follows.
        putCursorOnBlock(10);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::abs(blockTop(10) + 40 - double(m_editor->cursorRect().top()) / m_editor->viewport()->height() * innerHeight)
                < 60,
            5000);
    }

    void editorAtTopShowsPageTop()
    {
        putCursorOnBlock(30);
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() > 500, 5000);
        m_editor->moveCursor(QTextCursor::Start);
        QCOMPARE(m_editor->verticalScrollBar()->value(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(scrollY(), 0.0, 5000);
        putCursorOnBlock(10);
    }

    void cursorLeadsWhileTheTextIsAtItsTop()
    {
        // The text is not scrolled but the cursor is well down it (a short post being typed): the preview,
        // longer than the text, keeps the cursor's paragraph in view instead of snapping to the page top.
        putCursorOnBlock(30);
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() > 500, 5000);
        m_editor->verticalScrollBar()->setValue(0);
        putCursorOnBlock(5);
        QCOMPARE(m_editor->verticalScrollBar()->value(), 0);
        QVERIFY(m_editor->viewport()->rect().intersects(m_editor->cursorRect()));
        const double innerHeight = evaluate(QStringLiteral("window.innerHeight")).toDouble();
        const double fraction = double(m_editor->cursorRect().top()) / m_editor->viewport()->height();
        QTRY_VERIFY2_WITH_TIMEOUT(std::abs(blockTop(5) + 40 - fraction * innerHeight) < 60,
            qPrintable(QStringLiteral("block top %1, expected near %2").arg(blockTop(5)).arg(fraction * innerHeight - 40)), 5000);
        QVERIFY(blockTop(5) > 0 && blockTop(5) < innerHeight);
        putCursorOnBlock(10);
    }

    void previewMovesEditor()
    {
        const int cursorBefore = m_editor->textCursor().position();
        QTest::qWait(500); // let the editor's own move settle
        scrollPreviewToBlock(30);
        QTRY_COMPARE_WITH_TIMEOUT(editorTopBlock(), 30 * kLinesPerBlock, 5000);
        QCOMPARE(m_editor->textCursor().position(), cursorBefore); // scrolled, not moved
        // No echo: the preview stays where the reader put it.
        QTest::qWait(800);
        QVERIFY2(std::abs(blockTop(30)) < 3, qPrintable(QString::number(blockTop(30))));
        scrollPreviewToBlock(50);
        QTRY_COMPARE_WITH_TIMEOUT(editorTopBlock(), 50 * kLinesPerBlock, 5000);
    }

    // A real wheel turn over the preview, as Qt delivers it to the page.
    void wheelOverPreviewMovesEditor()
    {
        QTest::qWait(300);
        const int before = editorTopBlock();
        const double y = scrollY();
        QWidget *target = m_preview->focusProxy() ? m_preview->focusProxy() : m_preview;
        const QPoint pos = target->rect().center();
        for (int i = 0; i < 5; ++i) {
            QWheelEvent wheel(
                pos, target->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
            QTest::qWait(30);
        }
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() > y + 100, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(editorTopBlock() > before, 5000);
    }

    void toggleStopsSync()
    {
        m_sync->setEnabled(false);
        QTest::qWait(300);
        const double y = scrollY();
        putCursorOnBlock(2);
        QTest::qWait(1000);
        QCOMPARE(scrollY(), y);
        const int top = editorTopBlock();
        scrollPreviewToBlock(20);
        QTest::qWait(1000);
        QCOMPARE(editorTopBlock(), top);
        // On again: the preview catches up with the editor.
        m_sync->setEnabled(true);
        // (the cursor's line is near the top of the editor, so block 2 is near the top of the preview)
        QVERIFY(m_editor->cursorRect().top() < 50);
        QTRY_VERIFY_WITH_TIMEOUT(blockTop(2) > -200 && blockTop(2) < 50, 5000);
        scrollPreviewToBlock(45);
        QTRY_COMPARE_WITH_TIMEOUT(editorTopBlock(), 45 * kLinesPerBlock, 5000);
    }

    void windowActionIsPersisted()
    {
        QSettings().remove(QStringLiteral("preview/syncScrolling"));
        {
            MainWindow window;
            auto *action = window.findChild<QAction *>(QStringLiteral("syncScrollAction"));
            QVERIFY(action);
            QVERIFY(action->isCheckable());
            QVERIFY(action->isChecked()); // on by default
            auto *sync = window.findChild<ScrollSync *>(QStringLiteral("scrollSync"));
            QVERIFY(sync);
            QVERIFY(sync->isEnabled());
            action->trigger();
            QVERIFY(!sync->isEnabled());
        }
        QCOMPARE(QSettings().value(QStringLiteral("preview/syncScrolling")).toBool(), false);
        MainWindow again;
        QVERIFY(!again.findChild<QAction *>(QStringLiteral("syncScrollAction"))->isChecked());
        QVERIFY(!again.findChild<ScrollSync *>(QStringLiteral("scrollSync"))->isEnabled());
    }

    // In the window the editor holds the body and the preview the whole file: line numbers differ by
    // the header's length, and the mapping must land on the exact line either way.
    void windowMapsBodyLinesToFileLines()
    {
        QSettings().setValue(QStringLiteral("preview/syncScrolling"), true);
        TempSite site;
        QVERIFY(site.isValid());
        site.writeDefaultConfig();
        const QByteArray header = "title: Sync\ndate: '01-01-2024 10:00'\n";
        const int bodyFirstLine = 6; // ---, two header lines, ---, the blank line
        QByteArray body;
        for (int k = 0; k < kBlocks; ++k)
            body += QStringLiteral("<div data-gd-line=\"%1\" id=\"b%2\">\n<p>Block %2</p>\n<p>Some words in it.</p>\n</div>\n\n")
                        .arg(bodyFirstLine + k * kLinesPerBlock)
                        .arg(k)
                        .toUtf8();
        QVERIFY(!site.writePage(QStringLiteral("01.sync/default.kk.md"), TempSite::page(header, body)).isEmpty());
        MainWindow window;
        window.resize(1300, 900);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::siteLoaded);
        QVERIFY(window.openSite(site.root()));
        QVERIFY(loaded.wait(30000));
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        QVERIFY(window.selectPage(QStringLiteral("01.sync"), QStringLiteral("kk")));
        QVERIFY(opened.wait(10000) || window.currentDocument());
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
        auto *preview = window.findChild<PreviewView *>(QStringLiteral("previewView"));
        QVERIFY(editor && preview);
        QTRY_COMPARE_WITH_TIMEOUT(preview->bodyFirstLine(), bodyFirstLine, 5000);
        std::swap(m_preview, preview);
        std::swap(m_editor, editor);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(QStringLiteral("document.querySelectorAll('#content > [data-gd-line]').length")).toInt(), kBlocks, 10000);
        QTest::qWait(500);
        scrollPreviewToBlock(25);
        QTRY_COMPARE_WITH_TIMEOUT(editorTopBlock(), 25 * kLinesPerBlock, 5000);
        QTest::qWait(500);
        putCursorOnBlock(8);
        QTRY_VERIFY_WITH_TIMEOUT(blockTop(8) > -200 && blockTop(8) < 50, 5000);
        std::swap(m_preview, preview);
        std::swap(m_editor, editor);
    }

    void cleanupTestCase() { m_window.reset(); }
};

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GravDeskTests"));
    QApplication::setApplicationName(QStringLiteral("tst_scrollsync"));
    TestScrollSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scrollsync.moc"
