// Publishing through git in the real window, against real git: a bare remote seeded in Git Sync's layout
// (pages/ at the root), the window's site a clone of it, and another desk's clone that changes the server.
// Badges after a change on the server, Page ▸ Publish (one commit, other drafts left alone), Update from
// Server with a decision answered "all mine" (the open page's unsaved text stays in the editor), History with
// "Restore This Version as a Draft", the offline state and the publish queue, and git killed mid-publish.

#include "dialogs/prompter.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "programrun.h"
#include "site/liveindex.h"
#include "tempsite.h"
#include "vcs/clonedialog.h"
#include "vcs/decisiondialog.h"
#include "vcs/gitbadges.h"
#include "vcs/historydialog.h"
#include "vcs/vcscontroller.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <csignal>
#include <thread>

using namespace GravDesk;

namespace {

const QString kExchange = QStringLiteral("02.news/01.2024-05-25-exchange");
const QString kForum = QStringLiteral("02.news/02.2024-06-01-forum");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray text = readAll(path);
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    return writeAll(path, text);
}

QByteArray git(const QString &dir, const QStringList &args)
{
    const ProgramRun r = runProgram(QStringLiteral("git"), QStringList {QStringLiteral("-C"), dir} + args);
    if (r.code != 0)
        qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
    return r.out.trimmed();
}

} // namespace

class TestVcsGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_remote, m_desk, m_other;
    std::shared_ptr<ScriptedPrompter> m_prompter;
    MainWindow *m_window = nullptr; // left to the process's end (Qt WebEngine, as in the other window tests)

    VcsController *vcs() const { return m_window->vcs(); }
    PageTreeModel *model() const { return m_window->findChild<PageTreeModel *>(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QPlainTextEdit *body() const { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }
    QString deskFile(const QString &page, const QString &lang) const
    {
        return m_desk + QStringLiteral("/pages/") + page + QStringLiteral("/item.%1.md").arg(lang);
    }
    QString remoteTip() const
    {
        return QString::fromLatin1(git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master")}));
    }

    QVariant gitState(const QString &page) const
    {
        const int node = model()->index()->findByRelPath(page);
        return model()->indexForNode(node, PageTreeModel::StateColumn).data(PageTreeModel::GitStateRole);
    }

    // The other desk changes a page file and pushes it (as a colleague's publish or the admin's save would).
    void otherDeskChanges(const QString &page, const QString &lang, const QByteArray &from, const QByteArray &to)
    {
        const QString file = m_other + QStringLiteral("/pages/") + page + QStringLiteral("/item.%1.md").arg(lang);
        git(m_other, {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--ff-only")});
        QVERIFY2(replaceIn(file, from, to), qPrintable(file));
        git(m_other,
            {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Other desk: ") + page});
        git(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("master")});
    }

    bool waitIdle(int ms = 60000)
    {
        return QTest::qWaitFor([this] { return !vcs()->isBusy(); }, ms);
    }

    bool openPage(const QString &page, const QString &lang)
    {
        QSignalSpy opened(m_window, &MainWindow::documentOpened);
        m_window->selectPage(page, lang);
        return (m_window->currentDocument() && m_window->currentDocument()->path() == deskFile(page, lang)) || opened.wait(15000);
    }

    void typeAtEnd(const QString &text)
    {
        body()->setFocus();
        body()->moveCursor(QTextCursor::End);
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, body(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        QStandardPaths::setTestModeEnabled(true);
        const QString config = m_tmp.path() + QStringLiteral("/gitconfig");
        QVERIFY(writeAll(config, "[init]\n\tdefaultBranch = master\n[user]\n\tname = Nobody\n\temail = nobody@example.org\n"));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_CONFIG_GLOBAL", config.toLocal8Bit());
        qunsetenv("GRAVDESK_GIT");
        m_prompter = std::make_shared<ScriptedPrompter>();
    }

    void init()
    {
        static int n = 0;
        const QString root = m_tmp.path() + QStringLiteral("/case") + QString::number(++n);
        m_remote = root + QStringLiteral("/remote.git");
        m_desk = root + QStringLiteral("/desk");
        m_other = root + QStringLiteral("/other");
        // The seed: a small news site's pages, committed as Git Sync does (pages/ at the repository's root).
        TempSite seed(TempSite::Layout::UserFolder);
        QVERIFY(seed.isValid());
        seed.populateSample();
        QVERIFY(QDir().mkpath(root));
        git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), m_remote});
        git(seed.userDir(), {QStringLiteral("init"), QStringLiteral("-q")});
        // pages/ and config/ (Git Sync set to sync both folders): the languages come with the clone.
        git(seed.userDir(), {QStringLiteral("add"), QStringLiteral("pages"), QStringLiteral("config")});
        git(seed.userDir(),
            {QStringLiteral("-c"), QStringLiteral("user.name=GitSync"), QStringLiteral("commit"), QStringLiteral("-q"),
                QStringLiteral("-m"), QStringLiteral("(Grav GitSync) Automatic Commit from GitSync")});
        git(seed.userDir(), {QStringLiteral("push"), QStringLiteral("-q"), m_remote, QStringLiteral("master")});
        git(root, {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, m_desk});
        git(root, {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, m_other});
        git(m_other, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Other Desk")});
        QVERIFY(QFile::exists(deskFile(kExchange, QStringLiteral("ru"))));

        m_prompter->lastError.clear();
        m_prompter->dialogAnswer = nullptr;
        m_prompter->saveChoice = Prompter::Choice::Cancel;
        m_window = new MainWindow;
        m_window->setPrompter(m_prompter);
        m_window->resize(1300, 820);
        m_window->show();
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        QVERIFY(m_window->openSite(m_desk));
        QVERIFY(loaded.wait(30000));
        QVERIFY(QTest::qWaitFor([this] { return vcs()->state() == VcsController::SiteState::Online; }, 30000));
        QVERIFY(waitIdle());
    }

    void cleanup()
    {
        if (m_window) {
            waitIdle();
            vcs()->clear(); // no more fetches on this case's folders
            m_window->hide();
            // The window stays (Qt WebEngine), but its index stops following this case's folders: a refresh
            // still running would share the global thread pool with the next window's scan.
            QVERIFY(QTest::qWaitFor([this] { return !m_window->liveIndex()->isUpdating(); }, 30000));
            m_window->liveIndex()->reset(nullptr);
            QVERIFY(QTest::qWaitFor([this] { return !m_window->liveIndex()->isUpdating(); }, 30000));
        }
        m_prompter->dialogAnswer = nullptr;
    }

    // A colleague publishes: after a fetch the page shows "changed on the server", the status bar one behind.
    void badgesAfterRemoteChange()
    {
        QCOMPARE(gitState(kExchange).toInt(), int(PageGitState::Synced));
        QCOMPARE(gitState(kForum).toInt(), int(PageGitState::Synced));
        otherDeskChanges(kExchange, QStringLiteral("kk"), "Программа обмена.", "Программа обмена, жаңартылды.");
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kExchange).toInt(), int(PageGitState::ChangedOnServer));
        QCOMPARE(gitState(kForum).toInt(), int(PageGitState::Synced));
        QCOMPARE(vcs()->status().behind, 1);
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("vcsStatusLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("↓1")), qPrintable(label->text()));
        QVERIFY2(label->text().contains(QStringLiteral("server synced")), qPrintable(label->text()));
        // An edit here: the badge follows the save without any network.
        QVERIFY(replaceIn(deskFile(kForum, QStringLiteral("en")), "Text.", "Edited text."));
        QVERIFY(QTest::qWaitFor([this] { return gitState(kForum).toInt() == int(PageGitState::EditedHere); }, 20000));
    }

    // Page ▸ Publish: the page is saved first (asked), then exactly one commit with that page only is pushed;
    // a draft of another page stays in the working tree, unstaged.
    void publishOnePage()
    {
        QVERIFY(replaceIn(deskFile(kForum, QStringLiteral("ru")), "Text.", "A draft not to publish."));
        QVERIFY(openPage(kExchange, QStringLiteral("ru")));
        typeAtEnd(QStringLiteral("Новый абзац для публикации."));
        QVERIFY(m_window->currentDocument()->isModified());
        const QString before = remoteTip();
        m_prompter->saveChoice = Prompter::Choice::Save;
        const int questions = m_prompter->saveQuestions;
        QSignalSpy published(vcs(), &VcsController::publishFinished);
        action("publishAction")->trigger();
        QVERIFY(published.wait(60000));
        QCOMPARE(m_prompter->saveQuestions, questions + 1);
        const auto outcome = published.first().at(1).value<PublishOutcome>();
        QVERIFY2(outcome.result == PublishOutcome::Result::Published, qPrintable(outcome.error));
        QVERIFY2(outcome.message.startsWith(QStringLiteral("Новость: Exchange (ru) [")), qPrintable(outcome.message));
        QCOMPARE(git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), before + QStringLiteral("..master")}),
            QByteArray("1"));
        const QByteArray changed = git(m_remote,
            {QStringLiteral("diff-tree"), QStringLiteral("--no-commit-id"), QStringLiteral("--name-only"), QStringLiteral("-r"),
                QStringLiteral("master")});
        QCOMPARE(changed, QByteArray("pages/") + kExchange.toUtf8() + "/item.ru.md");
        QVERIFY(
            git(m_remote, {QStringLiteral("show"), QStringLiteral("master:pages/") + kExchange + QStringLiteral("/item.ru.md")})
                .contains("Новый абзац для публикации."));
        // The other draft: still edited here, not staged, not on the server.
        QVERIFY(readAll(deskFile(kForum, QStringLiteral("ru"))).contains("A draft not to publish."));
        QVERIFY(git(m_desk, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}).isEmpty());
        QVERIFY(git(m_desk, {QStringLiteral("status"), QStringLiteral("--porcelain")}).contains("item.ru.md"));
        QCOMPARE(QString::fromLatin1(git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})), remoteTip());
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kExchange).toInt(), int(PageGitState::Synced));
        QCOMPARE(gitState(kForum).toInt(), int(PageGitState::EditedHere));
    }

    // Both sides changed the same paragraph: Update from Server opens the decision view; "All mine" keeps this
    // desk's paragraph, takes the rest of the server's work, writes no conflict markers. A page open with
    // unsaved edits keeps them in the editor.
    void decisionAllMine()
    {
        QVERIFY(replaceIn(deskFile(kExchange, QStringLiteral("ru")), "Программа обмена.", "Мой вариант обмена."));
        otherDeskChanges(kExchange, QStringLiteral("ru"), "Программа обмена.", "Серверный вариант обмена.");
        otherDeskChanges(kExchange, QStringLiteral("ru"), "Body ru.", "Body ru, from the server.");
        // The page being decided is open with unsaved text: it stays in the editor (the bar above it tells
        // of the change on disk), and the merge works on the saved file.
        QVERIFY(openPage(kExchange, QStringLiteral("ru")));
        typeAtEnd(QStringLiteral(" Несохранённый текст."));
        const QString unsaved = m_window->currentDocument()->body();

        int asked = 0;
        QList<FileDecision> shown;
        m_prompter->dialogAnswer = [&](QDialog *d) {
            auto *dialog = qobject_cast<DecisionDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            ++asked;
            dialog->takeAll(MergeTake::Mine);
            for (const SyncDecision &sd : dialog->decisions())
                shown.append({sd.path, FileDecision::Reason::BothEdited, {}});
            return int(QDialog::Accepted);
        };
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(QTest::qWaitFor([&] { return updated.count() >= 2; }, 60000));
        QCOMPARE(asked, 1);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().path, QStringLiteral("pages/") + kExchange + QStringLiteral("/item.ru.md"));
        QCOMPARE(updated.first().at(0).value<SyncOutcome>().result, SyncOutcome::Result::NeedsDecision);
        const auto last = updated.last().at(0).value<SyncOutcome>();
        QVERIFY2(last.result == SyncOutcome::Result::Updated, qPrintable(last.error));
        const QByteArray text = readAll(deskFile(kExchange, QStringLiteral("ru")));
        QVERIFY(text.contains("Мой вариант обмена."));
        QVERIFY(!text.contains("Серверный вариант"));
        QVERIFY(text.contains("Body ru, from the server."));
        QVERIFY(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"));
        QCOMPARE(QString::fromLatin1(git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})), remoteTip());
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kExchange).toInt(), int(PageGitState::EditedHere));
        QVERIFY(m_window->currentDocument()->isModified());
        QCOMPARE(m_window->currentDocument()->body(), unsaved);
        QVERIFY(QTest::qWaitFor([this] { return m_window->hasDiskConflict(); }, 10000));
        QVERIFY(!text.contains("Несохранённый текст."));
        QVERIFY(m_prompter->lastError.isEmpty());
    }

    // Each side answered on its own: the server's paragraph, and a field written by hand.
    void decisionPerItem()
    {
        QVERIFY(replaceIn(deskFile(kExchange, QStringLiteral("ru")), "Программа обмена.", "Мой вариант обмена."));
        QVERIFY(replaceIn(deskFile(kExchange, QStringLiteral("ru")), "title: 'Exchange (ru)'", "title: 'Мой заголовок'")
            || replaceIn(deskFile(kExchange, QStringLiteral("ru")), "title: Exchange (ru)", "title: 'Мой заголовок'"));
        otherDeskChanges(kExchange, QStringLiteral("ru"), "Программа обмена.", "Серверный вариант обмена.");
        QVERIFY(replaceIn(m_other + QStringLiteral("/pages/") + kExchange + QStringLiteral("/item.ru.md"), "Exchange (ru)",
            "Серверный заголовок"));
        git(m_other, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("title")});
        git(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("master")});
        m_prompter->dialogAnswer = [](QDialog *d) {
            auto *dialog = qobject_cast<DecisionDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            const QList<SyncDecision> before = dialog->decisions();
            if (before.size() != 1 || before.first().choices.size() != 2)
                return int(QDialog::Rejected);
            dialog->choose(0, 0, MergeChoice::Side::Edited, QStringLiteral("title: 'Общий заголовок'"));
            dialog->choose(0, 1, MergeChoice::Side::Theirs);
            return int(QDialog::Accepted);
        };
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(QTest::qWaitFor([&] { return updated.count() >= 2; }, 60000));
        const auto last = updated.last().at(0).value<SyncOutcome>();
        QVERIFY2(last.result == SyncOutcome::Result::Updated, qPrintable(last.error));
        const QByteArray text = readAll(deskFile(kExchange, QStringLiteral("ru")));
        QVERIFY2(text.contains("Общий заголовок"), text.constData());
        QVERIFY(!text.contains("Мой заголовок") && !text.contains("Серверный заголовок"));
        QVERIFY(text.contains("Серверный вариант обмена."));
        QVERIFY(!text.contains("Мой вариант"));
    }

    // The server renamed a page folder while it had a draft here: the update follows the move, the draft goes
    // with it, and the notice says so.
    void movedOnServer()
    {
        const QString moved = QStringLiteral("02.news/04.2024-06-01-forum");
        QVERIFY(replaceIn(deskFile(kForum, QStringLiteral("ru")), "Text.", "Draft before the move."));
        git(m_other, {QStringLiteral("mv"), QStringLiteral("pages/") + kForum, QStringLiteral("pages/") + moved});
        git(m_other, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Reorder")});
        git(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("master")});
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kForum).toInt(), int(PageGitState::ChangedOnBoth));
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        const auto o = updated.first().at(0).value<SyncOutcome>();
        QVERIFY2(o.result == SyncOutcome::Result::Updated, qPrintable(o.error));
        QVERIFY(readAll(deskFile(moved, QStringLiteral("ru"))).contains("Draft before the move."));
        QVERIFY(!QFile::exists(deskFile(kForum, QStringLiteral("ru"))));
        const QList<QLabel *> status = m_window->statusBar()->findChildren<QLabel *>();
        bool told = false;
        for (QLabel *l : status)
            told = told || l->text().contains(QStringLiteral("moved 02.2024-06-01-forum to 04.2024-06-01-forum"));
        QVERIFY(told);
        QVERIFY(QTest::qWaitFor([&] { return model()->index()->findByRelPath(moved) > 0; }, 20000));
        QVERIFY(waitIdle());
        QVERIFY(QTest::qWaitFor([&] { return gitState(moved).toInt() == int(PageGitState::EditedHere); }, 20000));
    }

    // History of a page: the older version goes into the editor as unsaved edits; the file stays as it is.
    void historyRestoreAsDraft()
    {
        const QByteArray original = readAll(deskFile(kForum, QStringLiteral("ru")));
        otherDeskChanges(kForum, QStringLiteral("ru"), "Text.", "Rewritten on the server.");
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        QVERIFY(waitIdle());
        const QByteArray current = readAll(deskFile(kForum, QStringLiteral("ru")));
        QVERIFY(current.contains("Rewritten on the server."));
        QVERIFY(openPage(kForum, QStringLiteral("ru")));
        QVERIFY(!m_window->currentDocument()->isModified());

        int entries = -1;
        m_prompter->dialogAnswer = [&](QDialog *d) {
            auto *dialog = qobject_cast<HistoryDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            entries = dialog->findChild<QTreeWidget *>(QStringLiteral("historyTreeWidget"))->topLevelItemCount();
            dialog->selectVersion(1);
            if (!QTest::qWaitFor([dialog] { return dialog->hasVersion(); }, 20000))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        };
        const int dialogs = m_prompter->dialogs;
        action("historyAction")->trigger();
        QVERIFY(QTest::qWaitFor([&] { return m_prompter->dialogs > dialogs; }, 20000));
        QCOMPARE(entries, 2); // the seed's commit and the other desk's; no merges
        QVERIFY(m_window->currentDocument()->isModified());
        QVERIFY(m_window->currentDocument()->composedBytes() == original);
        QVERIFY(body()->toPlainText().contains(QStringLiteral("Text.")));
        QCOMPARE(readAll(deskFile(kForum, QStringLiteral("ru"))), current);
        // Undo takes the draft back in one step.
        action("undoAction")->trigger();
        QVERIFY(!m_window->currentDocument()->isModified());
    }

    // The remote is gone: "Offline" in the status bar, no error dialog; a publish waits in the queue (kept in
    // the state folder) and goes out after the next successful fetch.
    void offlineAndQueue()
    {
        const QString away = m_remote + QStringLiteral(".away");
        QVERIFY(QDir().rename(m_remote, away));
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(vcs()->state(), VcsController::SiteState::Offline);
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("vcsStatusLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("Offline")), qPrintable(label->text()));
        QVERIFY(m_prompter->lastError.isEmpty());

        QVERIFY(replaceIn(deskFile(kForum, QStringLiteral("kk")), "Text.", "Offline text."));
        QVERIFY(openPage(kForum, QStringLiteral("kk")));
        QSignalSpy published(vcs(), &VcsController::publishFinished);
        action("publishAction")->trigger();
        QVERIFY(published.wait(60000));
        QCOMPARE(published.first().at(1).value<PublishOutcome>().result, PublishOutcome::Result::Queued);
        QCOMPARE(vcs()->queued(), QStringList {QStringLiteral("pages/") + kForum});
        QVERIFY(m_prompter->lastError.isEmpty());
        QVERIFY(label->text().contains(QStringLiteral("1 page(s) queued")) || label->text().contains(QStringLiteral("queued")));
        // The page's own badge says it waits (its tooltip too); the other page keeps its git state.
        const auto badge = [this](const QString &page) {
            const int node = model()->index()->findByRelPath(page);
            return model()->indexForNode(node, PageTreeModel::StateColumn);
        };
        QCOMPARE(badge(kForum).data(Qt::DecorationRole).value<QIcon>().cacheKey(), queuedBadgeIcon().cacheKey());
        QVERIFY(badge(kForum).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Publish queued")));
        QVERIFY(badge(kExchange).data(Qt::DecorationRole).value<QIcon>().cacheKey() != queuedBadgeIcon().cacheKey());

        QVERIFY(QDir().rename(away, m_remote));
        const QString before = remoteTip();
        QSignalSpy sent(vcs(), &VcsController::queuedPublished);
        vcs()->refresh(true);
        QVERIFY(sent.wait(60000));
        QVERIFY(waitIdle());
        QCOMPARE(vcs()->state(), VcsController::SiteState::Online);
        QVERIFY(vcs()->queued().isEmpty());
        QVERIFY(!badge(kForum).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Publish queued")));
        QCOMPARE(git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), before + QStringLiteral("..master")}),
            QByteArray("1"));
        QVERIFY(git(m_remote, {QStringLiteral("show"), QStringLiteral("master:pages/") + kForum + QStringLiteral("/item.kk.md")})
                    .contains("Offline text."));
    }

    // File ▸ Clone Site: a password in the address is refused (it would be stored); a good address is cloned
    // with its progress, and the new site opens with its badges.
    void cloneSite()
    {
        const QString target = m_tmp.path() + QStringLiteral("/cloned-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        QString refused;
        m_prompter->dialogAnswer = [&](QDialog *d) {
            auto *dialog = qobject_cast<CloneDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            dialog->setUrl(QStringLiteral("https://reporter:secret@example.org/site.git"));
            dialog->setFolder(target);
            if (dialog->startClone())
                return int(QDialog::Rejected);
            refused = dialog->lastError();
            dialog->setUrl(m_remote);
            if (!dialog->startClone())
                return int(QDialog::Rejected);
            if (!QTest::qWaitFor([dialog] { return !dialog->isCloning(); }, 60000))
                return int(QDialog::Rejected);
            return dialog->result();
        };
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        action("cloneSiteAction")->trigger();
        QVERIFY(refused.contains(QStringLiteral("password")));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_window->sitePath(), target);
        QVERIFY(QFile::exists(target + QStringLiteral("/pages/") + kForum + QStringLiteral("/item.ru.md")));
        QVERIFY(QTest::qWaitFor([this] { return vcs()->state() == VcsController::SiteState::Online; }, 30000));
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kForum).toInt(), int(PageGitState::Synced));
        QVERIFY(
            git(target, {QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin")}) == m_remote.toUtf8());
    }

    // git killed mid-publish (SIGKILL of the push): the pages and the working tree are intact, the server has
    // nothing half-done, and publishing again succeeds.
    void killedMidPublish()
    {
        // A pre-receive hook on the remote holds the push long enough to kill the git on this side.
        const QString hook = m_remote + QStringLiteral("/hooks/pre-receive");
        const QString marker = m_tmp.path() + QStringLiteral("/push-started");
        QFile::remove(marker);
        QVERIFY(writeAll(hook, QStringLiteral("#!/bin/sh\ntouch '%1'\nsleep 20\nexit 1\n").arg(marker).toUtf8()));
        QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(replaceIn(deskFile(kExchange, QStringLiteral("en")), "Body en.", "Body en, killed mid-publish."));
        const QByteArray draft = readAll(deskFile(kExchange, QStringLiteral("en")));
        const QString before = remoteTip();
        QVERIFY(openPage(kExchange, QStringLiteral("en")));
        QSignalSpy published(vcs(), &VcsController::publishFinished);
        action("publishAction")->trigger();
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(marker); }, 30000));
        // Kill every "git push" of this desk (the children of this process only).
        const ProgramRun ps = runProgram(QStringLiteral("ps"), {QStringLiteral("-eo"), QStringLiteral("pid,ppid,args")});
        int killed = 0;
        for (const QByteArray &line : ps.out.split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() >= 4 && f.at(1).toLongLong() == QCoreApplication::applicationPid() && f.at(3) == "push") {
                ::kill(pid_t(f.at(0).toLongLong()), SIGKILL);
                ++killed;
            }
        }
        QCOMPARE(killed, 1);
        QVERIFY(published.wait(60000));
        const auto outcome = published.first().at(1).value<PublishOutcome>();
        QVERIFY(outcome.result != PublishOutcome::Result::Published);
        QCOMPARE(remoteTip(), before);
        QCOMPARE(readAll(deskFile(kExchange, QStringLiteral("en"))), draft);
        QVERIFY(git(m_desk, {QStringLiteral("status"), QStringLiteral("--porcelain")}).contains("item.en.md"));
        QVERIFY(!QFile::exists(m_desk + QStringLiteral("/.git/index.lock")));
        QVERIFY(!QFile::exists(m_desk + QStringLiteral("/.git/MERGE_HEAD")));

        QFile::remove(hook);
        QVERIFY(waitIdle());
        QVERIFY(action("publishAction")->isEnabled());
        QSignalSpy again(vcs(), &VcsController::publishFinished);
        action("publishAction")->trigger();
        QVERIFY(again.wait(60000));
        const auto retry = again.first().at(1).value<PublishOutcome>();
        QVERIFY2(retry.result == PublishOutcome::Result::Published, qPrintable(retry.error));
        QCOMPARE(git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), before + QStringLiteral("..master")}),
            QByteArray("1"));
        QVERIFY(vcs()->queued().isEmpty());
    }
};

QTEST_MAIN(TestVcsGui)
#include "tst_vcsgui.moc"
