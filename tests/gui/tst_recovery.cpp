// Crash recovery in the real windows (offscreen, answered through ScriptedPrompter): typing reaches the
// journal, Save and Discard forget it, a window that goes away without the user's word (as at SIGTERM or a
// crash) leaves it, and the next window on the site offers it and restores it unsaved. A page given on
// the command line opens with the keyboard in its body, at the start.

#include "dialogs/prompter.h"
#include "fileutil.h"
#include "io/recoveryjournal.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/windowhost.h"
#include "page/envelope.h"
#include "page/pagedocument.h"
#include "recovery/recoverycontroller.h"
#include "translations/sidebysidewindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kPage = QStringLiteral("02.news/01.2025-01-20-telemedicine-consultations");

void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QVector<RecoveryEntry> entries(MainWindow *w)
{
    return w->recovery()->journal()->list().entries;
}

} // namespace

class TestRecovery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_sites = 0;

    QString copySite()
    {
        const QString site = m_dir.filePath(QStringLiteral("site%1").arg(++m_sites));
        return copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), site) ? site : QString();
    }

    std::unique_ptr<MainWindow> openWindow(const QString &site, std::shared_ptr<ScriptedPrompter> prompter)
    {
        auto w = std::make_unique<MainWindow>();
        w->setPrompter(std::move(prompter));
        w->show();
        QSignalSpy loaded(w.get(), &MainWindow::siteLoaded);
        if (!w->openSite(site) || !loaded.wait(30000))
            return nullptr;
        return w;
    }

    static bool openPage(MainWindow *w, const QString &rel, const QString &lang)
    {
        QSignalSpy opened(w, &MainWindow::documentOpened);
        w->selectPage(rel, lang);
        return opened.wait(10000) || (w->currentDocument() && w->currentDocument()->language() == lang);
    }

    static QPlainTextEdit *editor(QWidget *w) { return w->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }

    static QString pageFile(const QString &site, const QString &lang)
    {
        return site + QStringLiteral("/user/pages/") + kPage + QStringLiteral("/item.") + lang + QStringLiteral(".md");
    }

private Q_SLOTS:
    void initTestCase();
    void journalsEditsAndForgetsOnSave();
    void discardForgets();
    void restoreAfterCrash_data();
    void restoreAfterCrash();
    void sideBySideJournaled();
    void commandLinePageHasFocus();
};

void TestRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestRecovery::journalsEditsAndForgetsOnSave()
{
    const QString site = copySite();
    auto prompter = std::make_shared<ScriptedPrompter>();
    auto w = openWindow(site, prompter);
    QVERIFY(w);
    QVERIFY(openPage(w.get(), kPage, QStringLiteral("ru")));
    const QString file = pageFile(site, QStringLiteral("ru"));
    const QByteArray onDisk = readFile(file);
    QVERIFY(entries(w.get()).isEmpty());

    QPlainTextEdit *ed = editor(w.get());
    ed->moveCursor(QTextCursor::Start);
    typeText(ed, QStringLiteral("Жаңа сөз "));
    QTRY_COMPARE_WITH_TIMEOUT(entries(w.get()).size(), 1, 8000);
    RecoveryEntry e = entries(w.get()).first();
    QCOMPARE(e.slot, QStringLiteral("main"));
    QCOMPARE(e.pagePath, file);
    QCOMPARE(e.language, QStringLiteral("ru"));
    QVERIFY(e.body.startsWith(QStringLiteral("Жаңа сөз С 20 января")));
    QCOMPARE(e.loadedHash, RecoveryJournal::hashOf(onDisk));
    QCOMPARE(e.headerBytes, w->currentDocument()->headerBytes());
    QVERIFY(!e.title.isEmpty());
    QCOMPARE(readFile(file), onDisk); // the journal never writes the page

    // A form edit is journaled too: the header bytes as the user has them.
    auto *title = w->findChild<QWidget *>(QStringLiteral("titleFieldEditor"))->findChild<QLineEdit *>();
    QVERIFY(title);
    title->setFocus();
    title->end(false);
    typeText(title, QStringLiteral(" (обновлено)"));
    QVERIFY(w->currentDocument()->headerBytes().contains("(обновлено)"));
    QTRY_VERIFY_WITH_TIMEOUT(entries(w.get()).value(0).headerBytes.contains("(обновлено)"), 8000);

    QSignalSpy saved(w.get(), &MainWindow::documentSaved);
    QVERIFY(w->save());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(entries(w.get()).isEmpty(), 5000);
}

void TestRecovery::discardForgets()
{
    const QString site = copySite();
    auto prompter = std::make_shared<ScriptedPrompter>();
    auto w = openWindow(site, prompter);
    QVERIFY(w);
    QVERIFY(openPage(w.get(), kPage, QStringLiteral("kk")));
    typeText(editor(w.get()), QStringLiteral("x"));
    QTRY_COMPARE_WITH_TIMEOUT(entries(w.get()).size(), 1, 8000);
    prompter->saveChoice = Prompter::Choice::Discard;
    QVERIFY(openPage(w.get(), kPage, QStringLiteral("en")));
    QCOMPARE(prompter->saveQuestions, 1);
    QTRY_VERIFY_WITH_TIMEOUT(entries(w.get()).isEmpty(), 5000);
}

void TestRecovery::restoreAfterCrash_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("changeOnDisk");
    QTest::newRow("restore") << int(Prompter::RecoveryChoice::Restore) << false;
    QTest::newRow("restore, file changed since") << int(Prompter::RecoveryChoice::Restore) << true;
    QTest::newRow("discard") << int(Prompter::RecoveryChoice::Discard) << false;
    QTest::newRow("later") << int(Prompter::RecoveryChoice::Later) << false;
}

void TestRecovery::restoreAfterCrash()
{
    QFETCH(int, choice);
    QFETCH(bool, changeOnDisk);
    const QString site = copySite();
    const QString file = pageFile(site, QStringLiteral("en"));
    QString typedBody;
    {
        auto w = openWindow(site, std::make_shared<ScriptedPrompter>());
        QVERIFY(w);
        QVERIFY(openPage(w.get(), kPage, QStringLiteral("en")));
        QPlainTextEdit *ed = editor(w.get());
        ed->moveCursor(QTextCursor::End);
        typeText(ed, QStringLiteral("\nA line typed before the crash."));
        typedBody = ed->toPlainText();
        QTRY_VERIFY_WITH_TIMEOUT(entries(w.get()).value(0).body == typedBody, 8000);
        // What SIGTERM does; a crash does not even get this far.
        w->recovery()->freeze();
    }
    const QByteArray before = readFile(file);
    if (changeOnDisk)
        QVERIFY(writeFile(file, QByteArray(before).replace("telemedicine", "TELEMEDICINE")));
    const QByteArray disk = readFile(file);

    auto prompter = std::make_shared<ScriptedPrompter>();
    prompter->recoverChoice = static_cast<Prompter::RecoveryChoice>(choice);
    auto w = openWindow(site, prompter);
    QVERIFY(w);
    QTRY_COMPARE_WITH_TIMEOUT(prompter->recoverQuestions, 1, 5000);
    QCOMPARE(prompter->recoverItems.size(), 1);
    const Prompter::RecoveryItem item = prompter->recoverItems.first();
    QVERIFY(item.file.endsWith(QStringLiteral("item.en.md")));
    QVERIFY(!item.title.isEmpty());
    QCOMPARE(item.note.isEmpty(), !changeOnDisk);

    switch (static_cast<Prompter::RecoveryChoice>(choice)) {
    case Prompter::RecoveryChoice::Restore: {
        // The recovered page opens by itself, with the text as it was typed, unsaved.
        QTRY_VERIFY_WITH_TIMEOUT(w->currentDocument() && w->currentDocument()->path() == file, 10000);
        PageDocument *doc = w->currentDocument();
        QCOMPARE(doc->language(), QStringLiteral("en"));
        QCOMPARE(editor(w.get())->toPlainText(), typedBody);
        QVERIFY(doc->isModified());
        QVERIFY(w->isWindowModified());
        QCOMPARE(readFile(file), disk);
        QSignalSpy saved(w.get(), &MainWindow::documentSaved);
        QVERIFY(w->save());
        QVERIFY(saved.wait(10000));
        QCOMPARE(QString::fromUtf8(splitEnvelope(readFile(file)).body), typedBody);
        QTRY_VERIFY_WITH_TIMEOUT(entries(w.get()).isEmpty(), 5000);
        break;
    }
    case Prompter::RecoveryChoice::Discard:
        QTRY_VERIFY_WITH_TIMEOUT(entries(w.get()).isEmpty(), 5000);
        QVERIFY(!w->currentDocument());
        QCOMPARE(readFile(file), disk);
        break;
    case Prompter::RecoveryChoice::Later:
        QCOMPARE(entries(w.get()).size(), 1);
        QVERIFY(!w->currentDocument());
        QCOMPARE(readFile(file), disk);
        // Asked once per run; it is still there for the next start.
        QVERIFY(openPage(w.get(), kPage, QStringLiteral("kk")));
        QCOMPARE(prompter->recoverQuestions, 1);
        break;
    }
}

void TestRecovery::sideBySideJournaled()
{
    const QString site = copySite();
    auto prompter = std::make_shared<ScriptedPrompter>();
    auto w = openWindow(site, prompter);
    QVERIFY(w);
    const auto index = w->pageIndex();
    auto *sbs = new SideBySideWindow(index, index->findByRelPath(kPage), QStringLiteral("kk"), QStringLiteral("ru"), prompter);
    QSignalSpy ready(sbs, &SideBySideWindow::ready);
    QVERIFY(ready.wait(10000));
    typeText(sbs->editor(1), QStringLiteral("перевод "));
    QTRY_COMPARE_WITH_TIMEOUT(entries(w.get()).size(), 1, 8000);
    const RecoveryEntry e = entries(w.get()).first();
    QCOMPARE(e.slot, QStringLiteral("side-by-side/1"));
    QCOMPARE(e.pagePath, pageFile(site, QStringLiteral("ru")));
    QVERIFY(e.body.startsWith(QStringLiteral("перевод ")));
    prompter->saveChoice = Prompter::Choice::Discard;
    QVERIFY(sbs->close());
    QTRY_VERIFY_WITH_TIMEOUT(entries(w.get()).isEmpty(), 5000);
}

void TestRecovery::commandLinePageHasFocus()
{
    const QString site = copySite();
    WindowHost host;
    host.show(MainWindow::Place {site, kPage, QStringLiteral("ru")});
    QTRY_VERIFY_WITH_TIMEOUT(host.window()->currentDocument(), 20000);
    QCOMPARE(host.window()->currentDocument()->path(), pageFile(site, QStringLiteral("ru")));
    QPlainTextEdit *ed = editor(host.window());
    QTRY_COMPARE_WITH_TIMEOUT(host.window()->focusWidget(), static_cast<QWidget *>(ed), 5000);
    QCOMPARE(ed->textCursor().position(), 0);
    QVERIFY(!ed->toPlainText().isEmpty());
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
