// Huge pages through the real window (offscreen, preview on): a 1 MB line of words, a 1 MB line without a
// space, a 2,000 x 20 table, a 100 KB post and a file over 16 MB. Each opens, takes typing, keeps every
// character, and the preview of a huge page is its beginning with a notice. Speed is not asserted here
// (bench/bench_hugepages.cpp measures it); a freeze shows as the CTest timeout.
#include "dialogs/prompter.h"
#include "editor/longlineguard.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "preview/previewview.h"
#include "tempsite.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace GravDesk;

namespace {

QByteArray wordsLine(qsizetype bytes)
{
    static const QByteArray words[] = {"гематология ", "орталығында ", "білім ", "программе ", "hospital "};
    QByteArray line;
    for (int i = 0; line.size() < bytes; ++i)
        line += words[i % 5];
    return line + '\n';
}

QByteArray table(int rows, int columns)
{
    QByteArray t;
    for (int c = 0; c < columns; ++c)
        t += "| h" + QByteArray::number(c) + ' ';
    t += "|\n" + QByteArray("|---").repeated(columns) + "|\n";
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            t += "| врачи " + QByteArray::number(r * columns + c) + ' ';
        t += "|\n";
    }
    return t;
}

QByteArray post(qsizetype bytes)
{
    const QByteArray paragraph
        = QByteArrayLiteral("Гематология орталығында **білім беру бағдарламасы** өтті. В программе приняли "
                            "участие врачи из разных городов Казахстана.\n\n");
    QByteArray b;
    while (b.size() < bytes)
        b += paragraph;
    return b;
}

} // namespace

class TestHugePages : public QObject
{
    Q_OBJECT

private:
    TempSite m_site;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, QByteArray> m_bodies;

    QPlainTextEdit *editor() const { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }
    PreviewView *preview() const { return m_window->findChild<PreviewView *>(QStringLiteral("previewView")); }

    void addPage(const QString &folder, const QByteArray &body)
    {
        m_bodies.insert(folder, body);
        QVERIFY(!m_site
                     .writePage(QStringLiteral("01.news/") + folder + QStringLiteral("/item.md"),
                         TempSite::page("title: 'Huge'\n", body))
                     .isEmpty());
    }

    bool open(const QString &folder)
    {
        m_prompter->lastError.clear();
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->selectPage(QStringLiteral("01.news/") + folder);
        // A refused page ends with a message instead (openFailed goes through the prompter).
        if (!QTest::qWaitFor([&] { return opened.count() > 0 || !m_prompter->lastError.isEmpty(); }, 120000))
            return false;
        return opened.count() > 0;
    }

    // Waits until the preview shows the render of the latest text.
    bool previewSettled()
    {
        auto *view = preview();
        int applied = 0;
        QMetaObject::Connection c
            = connect(view, &PreviewView::contentApplied, this, [&applied](int seq) { applied = std::max(applied, seq); });
        const bool ok = QTest::qWaitFor(
            [&] { return view->isShellReady() && view->renderCount() > 0 && applied >= view->requestedSeq(); }, 120000);
        disconnect(c);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_site.isValid());
        addPage(QStringLiteral("line-1mb"), wordsLine(1024 * 1024));
        addPage(QStringLiteral("word-1mb"), QByteArray(1024 * 1024, 'x') + '\n');
        addPage(QStringLiteral("table-2000x20"), table(2000, 20));
        addPage(QStringLiteral("post-100kb"), post(100 * 1024));
        addPage(QStringLiteral("file-17mb"), post(17 * 1024 * 1024));
        m_prompter = std::make_shared<ScriptedPrompter>();
        m_prompter->saveChoice = Prompter::Choice::Discard; // moving on drops the typing: the site is never written
        m_window = std::make_unique<MainWindow>();
        m_window->setPrompter(m_prompter);
        m_window->resize(1400, 900);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_site.root()));
        QVERIFY(loaded.wait(60000));
    }

    void openAndType_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("atStart"); // type at the start of the first line instead of the end of the text
        QTest::addColumn<bool>("wrapsAnywhere");
        QTest::addColumn<bool>("previewCut");
        // Each row opens another page than the row before: moving on drops the typing, coming back reads the file.
        QTest::newRow("1 MB line, typing after it") << QStringLiteral("line-1mb") << false << false << true;
        QTest::newRow("1 MB without a space") << QStringLiteral("word-1mb") << true << true << true;
        QTest::newRow("2,000 x 20 table") << QStringLiteral("table-2000x20") << false << false << true;
        QTest::newRow("1 MB line, typing in it") << QStringLiteral("line-1mb") << true << false << true;
        QTest::newRow("100 KB post") << QStringLiteral("post-100kb") << false << false << false;
    }

    void openAndType()
    {
        QFETCH(QString, folder);
        QFETCH(bool, atStart);
        QFETCH(bool, wrapsAnywhere);
        QFETCH(bool, previewCut);
        QVERIFY2(open(folder), qPrintable(m_prompter->lastError));
        QPlainTextEdit *edit = editor();
        const QString body = QString::fromUtf8(m_bodies.value(folder));
        QCOMPARE(edit->toPlainText(), body);
        auto *guard = edit->findChild<LongLineGuard *>();
        QVERIFY(guard);
        QCOMPARE(guard->isActive(), wrapsAnywhere);
        QCOMPARE(edit->wordWrapMode(), wrapsAnywhere ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
        QVERIFY(previewSettled());
        QCOMPARE(preview()->lastHtml().contains(QLatin1String("gravdesk-too-large")), previewCut);

        edit->setFocus();
        QTextCursor cursor = edit->textCursor();
        cursor.movePosition(atStart ? QTextCursor::Start : QTextCursor::End);
        edit->setTextCursor(cursor);
        const QString typed = QStringLiteral("Жаңа");
        for (const QChar c : typed)
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        const QString expected = atStart ? typed + body : body + typed;
        QCOMPARE(edit->toPlainText(), expected);
        QCOMPARE(m_window->currentDocument()->body(), expected);
        QVERIFY(m_window->currentDocument()->isModified());
        QVERIFY(previewSettled());
        const QString html = preview()->lastHtml();
        QCOMPARE(html.contains(QLatin1String("gravdesk-too-large")), previewCut);
        // The typed word reaches the preview when it is in the part shown.
        if (atStart || !previewCut)
            QVERIFY(html.contains(typed));
        if (folder == QLatin1String("table-2000x20")) {
            // Whole rows only: the preview holds the table's first rows, each with its twenty cells.
            const qsizetype rows = html.count(QLatin1String("<tr"));
            QVERIFY2(rows > 100 && rows < 2000, qPrintable(QString::number(rows)));
            QCOMPARE(html.count(QLatin1String("<td")), (rows - 1) * 20);
        }
    }

    void pageOver16MbIsRefusedWithAMessage()
    {
        QVERIFY(!open(QStringLiteral("file-17mb")));
        QVERIFY(!m_prompter->lastError.isEmpty());
        QVERIFY2(m_prompter->lastError.contains(QLatin1String("16")), qPrintable(m_prompter->lastError));
        // The editor still shows the page before (a 100 KB post), not the refused one.
        QVERIFY(editor()->document()->characterCount() < 1024 * 1024);
    }

    void cleanupTestCase()
    {
        m_window->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestHugePages)
#include "tst_hugepages.moc"
