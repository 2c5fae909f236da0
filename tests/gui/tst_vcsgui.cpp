// Publishing through git in the real window, against real git on the Git Sync fixture (tests/support/
// gitsyncfixture.h): a bare remote seeded from the corpus in Git Sync's layout, a server that replays Git Sync's own
// sync, and the window's site a desktop clone of it. The admin edits on the server (adminSave, adminReorder,
// serverSync). Badges after a change on the server, Page ▸ Publish (one commit, other drafts left alone), Update
// from Server with the decision view (the open page's unsaved text is this desk's side of the merge), History with
// "Restore This Version as a Draft", the offline state and the publish queue, git killed mid-publish, a first
// publish to an empty remote, a server without the branch, a merge or rebase left unfinished in a terminal, and
// the "server may be stuck" warning. One case runs on a repository made from the test's own sample site, so the
// test means something where the corpus is absent.

#include "dialogs/prompter.h"
#include "gitsyncfixture.h"
#include "io/clock.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "pagetree/pagetreemodel.h"
#include "programrun.h"
#include "site/liveindex.h"
#include "tempsite.h"
#include "testpaths.h"
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
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include <csignal>
#include <optional>

using namespace GravDesk;

namespace {

// The fixture's two news items, relative to the pages folder (the tree's keys).
const QString kPageA = QStringLiteral("02.news/01.2023-02-28-patient-school");
const QString kPageB = QStringLiteral("02.news/02.2023-02-02-balkhash");
// The sample site's pages (the case without the corpus).
const QString kExchange = QStringLiteral("02.news/01.2024-05-25-exchange");
const QString kForum = QStringLiteral("02.news/02.2024-06-01-forum");
// The fixed "now" of the case that looks at commit ages.
const QDateTime kNow(QDate(2026, 5, 25), QTime(10, 0), Qt::UTC);

QByteArray readAll(const QString &path)
{
    return GitSyncFixture::readFile(path);
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    return GitSyncFixture::writeFile(path, bytes);
}

bool replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    return GitSyncFixture::replaceIn(path, from, to);
}

QByteArray git(const QString &dir, const QStringList &args)
{
    const GitRun r = GitSyncFixture::git(dir, args);
    if (r.code != 0)
        qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
    return r.out.trimmed();
}

bool hasMarkers(const QByteArray &text)
{
    return text.contains("<<<<<<<") || text.contains(">>>>>>>") || text.contains("|||||||");
}

} // namespace

class TestVcsGui final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    GitSyncFixture m_fx;
    QString m_remote, m_desk, m_server;
    QString m_other; // the sample-site case: another desk's clone
    std::shared_ptr<ScriptedPrompter> m_prompter;
    MainWindow *m_window = nullptr; // left to the process's end (Qt WebEngine, as in the other window tests)

    VcsController *vcs() const { return m_window->vcs(); }
    PageTreeModel *model() const { return m_window->findChild<PageTreeModel *>(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QPlainTextEdit *body() const { return m_window->findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit")); }
    QLabel *vcsLabel() const { return m_window->findChild<QLabel *>(QStringLiteral("vcsStatusLabel")); }
    QString deskFile(const QString &page, const QString &lang) const { return pageFile(m_desk, page, lang); }
    QString serverRel(const QString &page, const QString &lang) const
    {
        return QStringLiteral("pages/") + page + QStringLiteral("/item.%1.md").arg(lang);
    }
    static QString pageFile(const QString &root, const QString &page, const QString &lang)
    {
        return root + QStringLiteral("/pages/") + page + QStringLiteral("/item.%1.md").arg(lang);
    }
    // Page ▸ Publish on the open page, and its outcome (none when VcsController did not answer within a minute).
    std::optional<PublishOutcome> publishOpenPage()
    {
        QSignalSpy published(vcs(), &VcsController::publishFinished);
        action("publishAction")->trigger();
        if (!published.wait(60000))
            return std::nullopt;
        return published.first().at(1).value<PublishOutcome>();
    }

    QString remoteTip() const
    {
        return QString::fromLatin1(git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master")}));
    }
    int remoteCount(const QString &branch = QStringLiteral("master")) const
    {
        return git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), branch}).toInt();
    }
    QByteArray remoteBlob(const QString &rel) const
    {
        return GitSyncFixture::git(
            m_remote, {QStringLiteral("cat-file"), QStringLiteral("blob"), QStringLiteral("master:") + rel})
            .out;
    }
    QByteArray tipChanges() const
    {
        return git(m_remote,
            {QStringLiteral("diff-tree"), QStringLiteral("--root"), QStringLiteral("--no-commit-id"),
                QStringLiteral("--name-only"), QStringLiteral("-r"), QStringLiteral("master")});
    }
    // Everything a failed sync must leave as it was: HEAD, the index, the working tree's state and the pages' bytes.
    QByteArray deskState() const
    {
        QByteArray s = git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}) + '\n';
        s += git(m_desk, {QStringLiteral("status"), QStringLiteral("--porcelain=v1")}) + '\n';
        s += git(m_desk, {QStringLiteral("ls-files"), QStringLiteral("-s"), QStringLiteral("-u")}) + '\n';
        for (const QString &page : {kPageA, kPageB}) {
            for (const QString &lang : {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")})
                s += readAll(deskFile(page, lang));
        }
        return s;
    }

    QModelIndex stateIndex(const QString &page) const
    {
        const int node = model()->index()->findByRelPath(page);
        return model()->indexForNode(node, PageTreeModel::StateColumn);
    }
    QVariant gitState(const QString &page) const { return stateIndex(page).data(PageTreeModel::GitStateRole); }
    // What the status bar says (its messages and labels).
    QString statusText() const
    {
        QStringList texts;
        for (QLabel *l : m_window->statusBar()->findChildren<QLabel *>())
            texts << l->text();
        texts << m_window->statusBar()->currentMessage();
        return texts.join(QLatin1Char('\n'));
    }

    void serverSync()
    {
        const ServerSyncRun r = m_fx.serverSync();
        QVERIFY2(r.ok(), QByteArray(r.pull.err + r.push.err).constData());
    }
    // An admin save on the server (Git Sync commits it and pushes).
    void adminSave(const QString &page, const QString &lang, const QByteArray &from, const QByteArray &to)
    {
        const ServerSyncRun r = m_fx.adminSave(serverRel(page, lang), from, to);
        QVERIFY(r.committed);
        QVERIFY2(r.ok(), QByteArray(r.pull.err + r.push.err).constData());
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

    void typeText(const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, body(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    void typeAtEnd(const QString &text)
    {
        body()->setFocus();
        body()->moveCursor(QTextCursor::End);
        typeText(text);
    }
    // Types @p text in front of the first @p before in the editor's body.
    bool typeBefore(const QString &before, const QString &text)
    {
        const int at = body()->toPlainText().indexOf(before);
        if (at < 0)
            return false;
        body()->setFocus();
        QTextCursor c = body()->textCursor();
        c.setPosition(at);
        body()->setTextCursor(c);
        typeText(text);
        return true;
    }

    bool openSite(const QString &dir)
    {
        QSignalSpy loaded(m_window, &MainWindow::siteLoaded);
        if (!m_window->openSite(dir) || !loaded.wait(30000))
            return false;
        return QTest::qWaitFor([this] { return vcs()->state() != VcsController::SiteState::Checking; }, 30000) && waitIdle();
    }

    static bool copySiteConfig(const QString &desk)
    {
        const QString from = TestPaths::corpusDir() + QStringLiteral("/user/config/");
        for (const char *name : {"system.yaml", "site.yaml"}) {
            const QString file = QLatin1String(name);
            if (!writeAll(desk + QStringLiteral("/config/") + file, readAll(from + file)))
                return false;
        }
        return true;
    }

    // The sample-site case: a repository made from the test's own small site, another desk's clone beside it.
    bool buildSampleRepository(const QString &root)
    {
        m_remote = root + QStringLiteral("/remote.git");
        m_desk = root + QStringLiteral("/desk");
        m_other = root + QStringLiteral("/other");
        TempSite seed(TempSite::Layout::UserFolder);
        if (!seed.isValid())
            return false;
        seed.populateSample();
        QDir().mkpath(root);
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
        return QFile::exists(deskFile(kExchange, QStringLiteral("ru")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(GitSyncFixture::isolate(m_tmp.path()));
        m_prompter = std::make_shared<ScriptedPrompter>();
    }

    void init()
    {
        static int n = 0;
        const QString root = m_tmp.path() + QStringLiteral("/case") + QString::number(++n);
        const QByteArray name = QTest::currentTestFunction();
        if (name.startsWith("sampleSite")) {
            QVERIFY(buildSampleRepository(root));
        } else {
            const QString why = GitSyncFixture::skipReason();
            if (!why.isEmpty())
                QSKIP(qPrintable(why));
            const GitSyncVersion version = name == "serverMayBeStuck" ? GitSyncVersion::V2_3_2 : GitSyncVersion::V3_2_0;
            QVERIFY2(m_fx.create(root, version), qPrintable(m_fx.error()));
            m_remote = m_fx.remote;
            m_desk = m_fx.deskA;
            m_server = m_fx.server;
            QVERIFY(QFile::exists(deskFile(kPageA, QStringLiteral("ru"))));
            // Git Sync syncs pages/ only: the desk has the site's configuration (its languages) as its own files,
            // outside the synced folder (never committed).
            QVERIFY(copySiteConfig(m_desk));
        }

        m_prompter->lastError.clear();
        m_prompter->dialogAnswer = nullptr;
        m_prompter->saveChoice = Prompter::Choice::Cancel;
        m_window = new MainWindow;
        m_window->setPrompter(m_prompter);
        m_window->resize(1300, 820);
        m_window->show();
        QVERIFY(openSite(m_desk));
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
        GitSyncFixture::setDate(QDateTime());
        Clock::setFixed(QDateTime());
    }

    // The sample site's own repository (no corpus needed): a colleague's publish shows as "changed on the server",
    // and Page ▸ Publish saves first (asked), then pushes exactly one commit with that page only; a draft of another
    // page stays in the working tree, unstaged.
    void sampleSitePublish()
    {
        QCOMPARE(gitState(kExchange).toInt(), int(PageGitState::Synced));
        const QString otherFile = pageFile(m_other, kForum, QStringLiteral("kk"));
        QVERIFY(replaceIn(otherFile, "Text.", "Text from the other desk."));
        git(m_other, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Other desk")});
        git(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("master")});
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kForum).toInt(), int(PageGitState::ChangedOnServer));
        QVERIFY2(vcsLabel()->text().contains(QStringLiteral("↓1")), qPrintable(vcsLabel()->text()));

        QVERIFY(replaceIn(deskFile(kForum, QStringLiteral("ru")), "Text.", "A draft not to publish."));
        QVERIFY(openPage(kExchange, QStringLiteral("ru")));
        typeAtEnd(QStringLiteral("Новый абзац для публикации."));
        QVERIFY(m_window->currentDocument()->isModified());
        const QString before = remoteTip();
        m_prompter->saveChoice = Prompter::Choice::Save;
        const int questions = m_prompter->saveQuestions;
        const std::optional<PublishOutcome> published = publishOpenPage();
        QVERIFY(published);
        QCOMPARE(m_prompter->saveQuestions, questions + 1);
        const PublishOutcome outcome = *published;
        QVERIFY2(outcome.result == PublishOutcome::Result::Published, qPrintable(outcome.error));
        QVERIFY2(outcome.message.startsWith(QStringLiteral("Новость: Exchange (ru) [")), qPrintable(outcome.message));
        QCOMPARE(git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), before + QStringLiteral("..master")}),
            QByteArray("1"));
        QCOMPARE(tipChanges(), QByteArray("pages/") + kExchange.toUtf8() + "/item.ru.md");
        QVERIFY(remoteBlob(QStringLiteral("pages/") + kExchange + QStringLiteral("/item.ru.md"))
                    .contains("Новый абзац для публикации."));
        QVERIFY(readAll(deskFile(kForum, QStringLiteral("ru"))).contains("A draft not to publish."));
        QVERIFY(git(m_desk, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}).isEmpty());
        QCOMPARE(QString::fromLatin1(git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})), remoteTip());
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kExchange).toInt(), int(PageGitState::Synced));
        // The other desk's kk change came with the update before the commit; the ru draft stays a draft.
        QCOMPARE(readAll(deskFile(kForum, QStringLiteral("kk"))), readAll(otherFile));
        QCOMPARE(gitState(kForum).toInt(), int(PageGitState::EditedHere));
        QVERIFY(statusText().contains(QStringLiteral("Published “Новость: Exchange (ru)")));
    }

    // The admin saves: after a fetch the page shows "changed on the server", the status bar one behind and when the
    // server last synced; an edit here shows at once (no network).
    void badgesAfterRemoteChange()
    {
        QCOMPARE(gitState(kPageA).toInt(), int(PageGitState::Synced));
        QCOMPARE(gitState(kPageB).toInt(), int(PageGitState::Synced));
        adminSave(kPageA, QStringLiteral("kk"), "published: true", "published: false");
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kPageA).toInt(), int(PageGitState::ChangedOnServer));
        QCOMPARE(gitState(kPageB).toInt(), int(PageGitState::Synced));
        QCOMPARE(stateIndex(kPageA).data(Qt::DecorationRole).value<QIcon>().cacheKey(),
            gitStateIcon(PageGitState::ChangedOnServer).cacheKey());
        QCOMPARE(vcs()->status().behind, 1);
        QVERIFY2(vcsLabel()->text().contains(QStringLiteral("↓1")), qPrintable(vcsLabel()->text()));
        QVERIFY2(vcsLabel()->text().contains(QStringLiteral("server synced")), qPrintable(vcsLabel()->text()));
        QVERIFY(!vcsLabel()->text().contains(QStringLiteral("stuck")));
        QVERIFY(replaceIn(deskFile(kPageB, QStringLiteral("en")), "Last week", "Edited: last week"));
        QVERIFY(QTest::qWaitFor([this] { return gitState(kPageB).toInt() == int(PageGitState::EditedHere); }, 20000));
        QCOMPARE(stateIndex(kPageB).data(Qt::DecorationRole).value<QIcon>().cacheKey(),
            gitStateIcon(PageGitState::EditedHere).cacheKey());
        // Update from Server takes the admin's file as it is; the server takes the desk's later publish as a
        // fast-forward.
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        QCOMPARE(readAll(deskFile(kPageA, QStringLiteral("kk"))), readAll(pageFile(m_server, kPageA, QStringLiteral("kk"))));
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kPageA).toInt(), int(PageGitState::Synced));
        QVERIFY(statusText().contains(QStringLiteral("Updated from the server: 1 file(s) taken")));
    }

    // Page ▸ Publish: the page is saved first (asked), then exactly one commit with that page only is pushed; a
    // draft of another page stays in the working tree; the server's Git Sync takes it as a fast-forward.
    void publishOnePage()
    {
        QVERIFY(replaceIn(deskFile(kPageB, QStringLiteral("ru")), "На прошлой неделе", "Черновик: на прошлой неделе"));
        QVERIFY(openPage(kPageA, QStringLiteral("ru")));
        typeAtEnd(QStringLiteral("\n\nНовый абзац для публикации."));
        QVERIFY(m_window->currentDocument()->isModified());
        const QString before = remoteTip();
        m_prompter->saveChoice = Prompter::Choice::Save;
        const int questions = m_prompter->saveQuestions;
        const std::optional<PublishOutcome> published = publishOpenPage();
        QVERIFY(published);
        QCOMPARE(m_prompter->saveQuestions, questions + 1);
        const PublishOutcome outcome = *published;
        QVERIFY2(outcome.result == PublishOutcome::Result::Published, qPrintable(outcome.error));
        QVERIFY2(outcome.message.startsWith(QStringLiteral("Новость: 16 марта приглашаем")), qPrintable(outcome.message));
        QCOMPARE(git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), before + QStringLiteral("..master")}),
            QByteArray("1"));
        QCOMPARE(tipChanges(), serverRel(kPageA, QStringLiteral("ru")).toUtf8());
        QCOMPARE(remoteBlob(serverRel(kPageA, QStringLiteral("ru"))), readAll(deskFile(kPageA, QStringLiteral("ru"))));
        QVERIFY(readAll(deskFile(kPageA, QStringLiteral("ru"))).endsWith("Новый абзац для публикации.\n")
            || readAll(deskFile(kPageA, QStringLiteral("ru"))).endsWith("Новый абзац для публикации."));
        QVERIFY(readAll(deskFile(kPageB, QStringLiteral("ru"))).contains("Черновик: на прошлой неделе"));
        QVERIFY(git(m_desk, {QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("--name-only")}).isEmpty());
        QCOMPARE(QString::fromLatin1(git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})), remoteTip());
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kPageA).toInt(), int(PageGitState::Synced));
        QCOMPARE(gitState(kPageB).toInt(), int(PageGitState::EditedHere));
        QVERIFY(statusText().contains(QStringLiteral("Published “Новость: 16 марта")));
        serverSync();
        QCOMPARE(readAll(pageFile(m_server, kPageA, QStringLiteral("ru"))), readAll(deskFile(kPageA, QStringLiteral("ru"))));
        QVERIFY(!readAll(pageFile(m_server, kPageB, QStringLiteral("ru"))).contains("Черновик"));
    }

    // Both sides changed the same paragraph; the page is open with more unsaved text. Update from Server merges the
    // server's changes into the editor's text first: the decision view asks once, "All mine" keeps this desk's
    // paragraph; the admin's other paragraph is taken, in the file and in the editor; the unsaved text stays
    // unsaved (never written) and the document's base follows the file, so Save asks nothing.
    void decisionAllMine()
    {
        const QString file = deskFile(kPageA, QStringLiteral("ru"));
        QVERIFY(replaceIn(file, "Она пройдет в гибридном", "Мой вариант: она пройдет в гибридном"));
        adminSave(kPageA, QStringLiteral("ru"), "Она пройдет в гибридном", "SERVER Она пройдет в гибридном");
        adminSave(kPageA, QStringLiteral("ru"), "В программе Школы", "SERVER2 В программе Школы");
        QVERIFY(openPage(kPageA, QStringLiteral("ru")));
        typeAtEnd(QStringLiteral(" Несохранённый текст."));
        const QByteArray onDisk = readAll(file);

        int asked = 0;
        QList<FileDecision> shown;
        m_prompter->dialogAnswer = [&](QDialog *d) {
            auto *dialog = qobject_cast<DecisionDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            ++asked;
            // Nothing was written while asking.
            if (readAll(file) != onDisk)
                return int(QDialog::Rejected);
            dialog->takeAll(MergeTake::Mine);
            for (const SyncDecision &sd : dialog->decisions())
                shown.append({sd.path, FileDecision::Reason::BothEdited, {}});
            return int(QDialog::Accepted);
        };
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        QCOMPARE(asked, 1);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().path, serverRel(kPageA, QStringLiteral("ru")));
        const auto last = updated.last().at(0).value<SyncOutcome>();
        QVERIFY2(last.result == SyncOutcome::Result::Updated, qPrintable(last.error));
        const QByteArray text = readAll(file);
        QVERIFY(text.contains("Мой вариант: она пройдет"));
        QVERIFY(!text.contains("SERVER Она"));
        QVERIFY(text.contains("SERVER2 В программе Школы"));
        QVERIFY(!hasMarkers(text));
        QVERIFY(!text.contains("Несохранённый текст."));
        QCOMPARE(QString::fromLatin1(git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})), remoteTip());
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kPageA).toInt(), int(PageGitState::EditedHere));
        PageDocument *doc = m_window->currentDocument();
        QVERIFY(doc->isModified());
        QVERIFY(doc->body().contains(QStringLiteral("Несохранённый текст.")));
        QVERIFY(doc->body().contains(QStringLiteral("Мой вариант: она пройдет")));
        QVERIFY(doc->body().contains(QStringLiteral("SERVER2 В программе Школы")));
        QCOMPARE(doc->envelope().raw, text);
        QTest::qWait(500); // the watcher's batch of the update's write
        QVERIFY(!m_window->hasDiskConflict());
        QVERIFY(m_prompter->lastError.isEmpty());
        // Save writes the editor's text over the updated file without asking about a change on disk.
        QVERIFY(m_window->save());
        QVERIFY(QTest::qWaitFor([&] { return readAll(file).contains("Несохранённый текст."); }, 20000));
        QVERIFY(readAll(file).contains("SERVER2 В программе Школы"));
        QVERIFY(!m_window->hasDiskConflict());
    }

    // Each side answered on its own: the server's paragraph, and a field written by hand.
    void decisionPerItem()
    {
        const QString file = deskFile(kPageA, QStringLiteral("ru"));
        QVERIFY(replaceIn(file, "Она пройдет в гибридном", "Мой вариант: она пройдет в гибридном"));
        QVERIFY(replaceIn(
            file, "title: '16 марта приглашаем принять участие в очередной Школе пациентов!'", "title: 'Мой заголовок'"));
        const QString serverFile = pageFile(m_server, kPageA, QStringLiteral("ru"));
        QVERIFY(replaceIn(serverFile, "Она пройдет в гибридном", "SERVER Она пройдет в гибридном"));
        QVERIFY(replaceIn(serverFile, "title: '16 марта приглашаем принять участие в очередной Школе пациентов!'",
            "title: 'Серверный заголовок'"));
        serverSync();
        int asked = 0;
        m_prompter->dialogAnswer = [&](QDialog *d) {
            auto *dialog = qobject_cast<DecisionDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            ++asked;
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
        QCOMPARE(asked, 1);
        QCOMPARE(updated.first().at(0).value<SyncOutcome>().result, SyncOutcome::Result::NeedsDecision);
        const auto last = updated.last().at(0).value<SyncOutcome>();
        QVERIFY2(last.result == SyncOutcome::Result::Updated, qPrintable(last.error));
        const QByteArray text = readAll(file);
        QVERIFY2(text.contains("title: 'Общий заголовок'"), text.constData());
        QVERIFY(!text.contains("Мой заголовок") && !text.contains("Серверный заголовок"));
        QVERIFY(text.contains("SERVER Она пройдет в гибридном"));
        QVERIFY(!text.contains("Мой вариант"));
        QVERIFY(!hasMarkers(text));
    }

    // The admin reorders (renames the page folder) while it has a draft here: the update follows the move, the
    // draft goes with it, and the notice says so.
    void movedOnServer()
    {
        const QString moved = QStringLiteral("02.news/04.2023-02-02-balkhash");
        QVERIFY(replaceIn(deskFile(kPageB, QStringLiteral("ru")), "На прошлой неделе", "Черновик: на прошлой неделе"));
        const QByteArray draft = readAll(deskFile(kPageB, QStringLiteral("ru")));
        QVERIFY(m_fx.adminReorder(QStringLiteral("pages/") + kPageB, QStringLiteral("pages/") + moved).ok());
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kPageB).toInt(), int(PageGitState::ChangedOnBoth));
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        const auto o = updated.first().at(0).value<SyncOutcome>();
        QVERIFY2(o.result == SyncOutcome::Result::Updated, qPrintable(o.error));
        QCOMPARE(readAll(deskFile(moved, QStringLiteral("ru"))), draft);
        QVERIFY(!QFile::exists(deskFile(kPageB, QStringLiteral("ru"))));
        QCOMPARE(readAll(deskFile(moved, QStringLiteral("kk"))), readAll(pageFile(m_server, moved, QStringLiteral("kk"))));
        QVERIFY2(statusText().contains(QStringLiteral("moved 02.2023-02-02-balkhash to 04.2023-02-02-balkhash")),
            qPrintable(statusText()));
        QVERIFY(QTest::qWaitFor([&] { return model()->index()->findByRelPath(moved) > 0; }, 20000));
        QVERIFY(waitIdle());
        QVERIFY(QTest::qWaitFor([&] { return gitState(moved).toInt() == int(PageGitState::EditedHere); }, 20000));
    }

    // History of a page: the older version goes into the editor as unsaved edits; the file stays as it is.
    void historyRestoreAsDraft()
    {
        const QByteArray original = readAll(deskFile(kPageB, QStringLiteral("ru")));
        adminSave(kPageB, QStringLiteral("ru"), "На прошлой неделе", "Переписано на сервере: на прошлой неделе");
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        QVERIFY(waitIdle());
        const QByteArray current = readAll(deskFile(kPageB, QStringLiteral("ru")));
        QVERIFY(current.contains("Переписано на сервере"));
        QVERIFY(openPage(kPageB, QStringLiteral("ru")));
        QVERIFY(!m_window->currentDocument()->isModified());

        int entries = -1;
        QStringList subjects;
        m_prompter->dialogAnswer = [&](QDialog *d) {
            auto *dialog = qobject_cast<HistoryDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("historyTreeWidget"));
            entries = tree->topLevelItemCount();
            for (int i = 0; i < entries; ++i) {
                const QTreeWidgetItem *item = tree->topLevelItem(i);
                for (int c = 0; c < item->columnCount(); ++c)
                    subjects << item->text(c);
            }
            dialog->selectVersion(1);
            if (!QTest::qWaitFor([dialog] { return dialog->hasVersion(); }, 20000))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        };
        const int dialogs = m_prompter->dialogs;
        action("historyAction")->trigger();
        QVERIFY(QTest::qWaitFor([&] { return m_prompter->dialogs > dialogs; }, 20000));
        QCOMPARE(entries, 2); // the seed's commit and the admin's; no merges
        QVERIFY(subjects.join(QLatin1Char(' ')).contains(QStringLiteral("(Grav GitSync)")));
        QVERIFY(m_window->currentDocument()->isModified());
        QVERIFY(m_window->currentDocument()->composedBytes() == original);
        QVERIFY(body()->toPlainText().contains(QStringLiteral("На прошлой неделе")));
        QCOMPARE(readAll(deskFile(kPageB, QStringLiteral("ru"))), current);
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
        QVERIFY2(vcsLabel()->text().contains(QStringLiteral("Offline")), qPrintable(vcsLabel()->text()));
        QVERIFY(m_prompter->lastError.isEmpty());

        QVERIFY(replaceIn(deskFile(kPageB, QStringLiteral("kk")), "published: true", "published: false"));
        QVERIFY(openPage(kPageB, QStringLiteral("kk")));
        const std::optional<PublishOutcome> published = publishOpenPage();
        QVERIFY(published);
        QCOMPARE(published->result, PublishOutcome::Result::Queued);
        QCOMPARE(vcs()->queued(), QStringList {QStringLiteral("pages/") + kPageB});
        QVERIFY(m_prompter->lastError.isEmpty());
        QVERIFY2(vcsLabel()->text().contains(QStringLiteral("1 page(s) queued")), qPrintable(vcsLabel()->text()));
        QVERIFY(statusText().contains(QStringLiteral("The server cannot be reached")));
        // The page's own badge says it waits (its tooltip too); the other page keeps its git state.
        QCOMPARE(stateIndex(kPageB).data(Qt::DecorationRole).value<QIcon>().cacheKey(), queuedBadgeIcon().cacheKey());
        QVERIFY(stateIndex(kPageB).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Publish queued")));
        QVERIFY(stateIndex(kPageA).data(Qt::DecorationRole).value<QIcon>().cacheKey() != queuedBadgeIcon().cacheKey());

        QVERIFY(QDir().rename(away, m_remote));
        const QString before = remoteTip();
        QSignalSpy sent(vcs(), &VcsController::queuedPublished);
        vcs()->refresh(true);
        QVERIFY(sent.wait(60000));
        QVERIFY(waitIdle());
        QCOMPARE(vcs()->state(), VcsController::SiteState::Online);
        QVERIFY(vcs()->queued().isEmpty());
        QVERIFY(!stateIndex(kPageB).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Publish queued")));
        QCOMPARE(git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), before + QStringLiteral("..master")}),
            QByteArray("1"));
        QCOMPARE(remoteBlob(serverRel(kPageB, QStringLiteral("kk"))), readAll(deskFile(kPageB, QStringLiteral("kk"))));
        QVERIFY(statusText().contains(QStringLiteral("Published 1 page(s) that were waiting")));
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
        QCOMPARE(
            readAll(pageFile(target, kPageB, QStringLiteral("ru"))), readAll(pageFile(m_server, kPageB, QStringLiteral("ru"))));
        QVERIFY(QTest::qWaitFor([this] { return vcs()->state() == VcsController::SiteState::Online; }, 30000));
        QVERIFY(waitIdle());
        QCOMPARE(gitState(kPageB).toInt(), int(PageGitState::Synced));
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
        QVERIFY(replaceIn(deskFile(kPageA, QStringLiteral("en")), "It will be held", "Killed mid-publish: it will be held"));
        const QByteArray draft = readAll(deskFile(kPageA, QStringLiteral("en")));
        const QString before = remoteTip();
        QVERIFY(openPage(kPageA, QStringLiteral("en")));
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
        QCOMPARE(readAll(deskFile(kPageA, QStringLiteral("en"))), draft);
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
        QCOMPARE(remoteBlob(serverRel(kPageA, QStringLiteral("en"))), draft);
        QVERIFY(vcs()->queued().isEmpty());
    }

    // A new, empty remote (no commit yet) and a clone of it: the site is online (nothing to fetch is not offline),
    // and the first publish makes the branch's first commit, with the page only.
    void firstPublishToEmptyRemote()
    {
        const QString root = m_tmp.path() + QStringLiteral("/empty-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        const QString remote = root + QStringLiteral("/remote.git");
        const QString desk = root + QStringLiteral("/desk");
        QVERIFY(QDir().mkpath(root));
        git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), remote});
        git(root, {QStringLiteral("clone"), QStringLiteral("-q"), remote, desk});
        const QString page = QStringLiteral("pages/01.home/default.ru.md");
        const QByteArray text = "---\ntitle: 'Главная'\n---\n\nПривет.\n";
        QVERIFY(writeAll(desk + QLatin1Char('/') + page, text));
        QVERIFY(writeAll(desk + QStringLiteral("/config/system.yaml"),
            "languages:\n  supported:\n    - ru\n  include_default_lang_file_extension: true\n"));
        m_remote = remote;
        m_desk = desk;
        QVERIFY(openSite(desk));
        QVERIFY2(QTest::qWaitFor([this] { return vcs()->state() == VcsController::SiteState::Online; }, 30000),
            qPrintable(vcsLabel()->text()));
        QVERIFY(m_prompter->lastError.isEmpty());
        QVERIFY(QTest::qWaitFor(
            [this] { return gitState(QStringLiteral("01.home")).toInt() == int(PageGitState::EditedHere); }, 20000));
        QSignalSpy opened(m_window, &MainWindow::documentOpened);
        m_window->selectPage(QStringLiteral("01.home"), QStringLiteral("ru"));
        QVERIFY(m_window->currentDocument() || opened.wait(15000));
        QVERIFY(action("publishAction")->isEnabled());
        const std::optional<PublishOutcome> published = publishOpenPage();
        QVERIFY(published);
        const PublishOutcome o = *published;
        QVERIFY2(o.result == PublishOutcome::Result::Published, qPrintable(o.error + m_prompter->lastError));
        QCOMPARE(remoteCount(), 1);
        QCOMPARE(remoteBlob(page), text);
        QCOMPARE(tipChanges(), page.toUtf8());
        QVERIFY(waitIdle());
        QCOMPARE(gitState(QStringLiteral("01.home")).toInt(), int(PageGitState::Synced));
        QVERIFY2(vcsLabel()->text().contains(QStringLiteral("↑0 ↓0")), qPrintable(vcsLabel()->text()));
        QVERIFY(statusText().contains(QStringLiteral("Published “Страница: Главная")));
    }

    // The server's branch was renamed (master → main) and this copy still follows master: the status bar says the
    // branch is missing (not offline), Publish and Update say why in a message, nothing is queued or written.
    void serverBranchMissing()
    {
        git(m_remote, {QStringLiteral("branch"), QStringLiteral("-m"), QStringLiteral("master"), QStringLiteral("main")});
        git(m_remote, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD"), QStringLiteral("refs/heads/main")});
        const int onMain = remoteCount(QStringLiteral("main"));
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(vcs()->state(), VcsController::SiteState::BranchMissing);
        QVERIFY2(vcsLabel()->text().contains(QStringLiteral("Branch missing on the server")), qPrintable(vcsLabel()->text()));
        QVERIFY(!vcsLabel()->text().contains(QStringLiteral("Offline")));
        QVERIFY2(vcsLabel()->toolTip().contains(QStringLiteral("no branch “master”")), qPrintable(vcsLabel()->toolTip()));

        QVERIFY(replaceIn(deskFile(kPageB, QStringLiteral("ru")), "На прошлой неделе", "Черновик: на прошлой неделе"));
        const QByteArray before = deskState();
        QVERIFY(openPage(kPageB, QStringLiteral("ru")));
        const std::optional<PublishOutcome> published = publishOpenPage();
        QVERIFY(published);
        QCOMPARE(published->result, PublishOutcome::Result::Failed);
        QVERIFY2(m_prompter->lastError.contains(QStringLiteral("no branch “master”")), qPrintable(m_prompter->lastError));
        QVERIFY(vcs()->queued().isEmpty());
        QVERIFY(stateIndex(kPageB).data(Qt::DecorationRole).value<QIcon>().cacheKey() != queuedBadgeIcon().cacheKey());
        QVERIFY(waitIdle());
        QCOMPARE(vcs()->state(), VcsController::SiteState::BranchMissing);
        QVERIFY(git(m_desk, {QStringLiteral("for-each-ref"), QStringLiteral("refs/gravdesk/queued/")}).isEmpty());

        m_prompter->lastError.clear();
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        QCOMPARE(updated.first().at(0).value<SyncOutcome>().result, SyncOutcome::Result::Failed);
        QVERIFY2(m_prompter->lastError.contains(QStringLiteral("no branch “master”")), qPrintable(m_prompter->lastError));
        QVERIFY(waitIdle());
        QCOMPARE(vcs()->state(), VcsController::SiteState::BranchMissing);
        QCOMPARE(deskState(), before);
        QCOMPARE(remoteCount(QStringLiteral("main")), onMain);
    }

    // A terminal user left a merge or a rebase stopped on a conflict while the window was open: Update from Server
    // and Publish say which and how to finish it, and write nothing.
    void unfinishedOperation_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("merge") << QStringLiteral("merge");
        QTest::newRow("rebase") << QStringLiteral("rebase");
    }

    void unfinishedOperation()
    {
        QFETCH(QString, operation);
        adminSave(kPageA, QStringLiteral("ru"), "Она пройдет в гибридном", "SERVER Она пройдет в гибридном");
        git(m_desk, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")});
        QVERIFY(replaceIn(deskFile(kPageA, QStringLiteral("ru")), "Она пройдет в гибридном", "A Она пройдет в гибридном"));
        git(m_desk, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("terminal edit")});
        QVERIFY(GitSyncFixture::git(m_desk, {operation, QStringLiteral("origin/master")}).code != 0);
        QVERIFY(readAll(deskFile(kPageA, QStringLiteral("ru"))).contains("<<<<<<<"));
        const QByteArray before = deskState();
        const QString tip = remoteTip();

        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        QCOMPARE(updated.first().at(0).value<SyncOutcome>().result, SyncOutcome::Result::Failed);
        QVERIFY2(m_prompter->lastError.contains(QStringLiteral("A %1 started outside GravDesk is not finished").arg(operation)),
            qPrintable(m_prompter->lastError));
        QVERIFY(m_prompter->lastError.contains(QStringLiteral("git %1 --abort").arg(operation)));
        QVERIFY(m_prompter->lastError.contains(QStringLiteral("nothing was changed")));
        QVERIFY(waitIdle());
        QCOMPARE(deskState(), before);
        QCOMPARE(remoteTip(), tip);

        m_prompter->lastError.clear();
        QVERIFY(openPage(kPageB, QStringLiteral("ru")));
        const std::optional<PublishOutcome> published = publishOpenPage();
        QVERIFY(published);
        QVERIFY(published->result != PublishOutcome::Result::Published);
        QVERIFY2(m_prompter->lastError.contains(QStringLiteral("A %1 started outside GravDesk is not finished").arg(operation)),
            qPrintable(m_prompter->lastError));
        QVERIFY(waitIdle());
        QCOMPARE(deskState(), before);
        QCOMPARE(remoteTip(), tip);
        QVERIFY(vcs()->queued().isEmpty());

        // Aborted in the terminal: the window looks at the repository again without being reopened, and says what
        // is left (the terminal's own commit, which the server does not have).
        git(m_desk, {operation, QStringLiteral("--abort")});
        m_prompter->lastError.clear();
        QSignalSpy again(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(again.wait(60000));
        QVERIFY2(m_prompter->lastError.contains(QStringLiteral("commits the server does not have")),
            qPrintable(m_prompter->lastError));
        QVERIFY(!m_prompter->lastError.contains(QStringLiteral("not finished")));
    }

    // D6: the desk publishes; the admin saves before the server pulled, and Git Sync 2.3.2 (pull without --ff) dies on
    // the divergence. Publishes with no Git Sync commit above them for longer than a day raise "server may be stuck"
    // in the status bar, with the advice in its tooltip; an hour is not yet. The advice applied, the warning goes.
    void serverMayBeStuck_data()
    {
        QTest::addColumn<qint64>("ageSecs");
        QTest::addColumn<bool>("stuck");
        QTest::newRow("publish 3 days old") << qint64(3 * 86400) << true;
        QTest::newRow("publish 1 hour old") << qint64(3600) << false;
    }

    void serverMayBeStuck()
    {
        QFETCH(qint64, ageSecs);
        QFETCH(bool, stuck);
        Clock::setFixed(kNow);
        GitSyncFixture::setDate(kNow.addSecs(-ageSecs));
        QVERIFY(replaceIn(deskFile(kPageA, QStringLiteral("ru")), "Она пройдет в гибридном", "DESKTOP Она пройдет в гибридном"));
        QVERIFY(openPage(kPageA, QStringLiteral("ru")));
        const std::optional<PublishOutcome> published = publishOpenPage();
        QVERIFY(published);
        QCOMPARE(published->result, PublishOutcome::Result::Published);
        const QString desktopCommit = remoteTip();
        GitSyncFixture::setDate(kNow.addSecs(-ageSecs + 600));
        const ServerSyncRun wedged
            = m_fx.adminSave(serverRel(kPageB, QStringLiteral("kk")), "published: true", "published: false");
        QVERIFY(wedged.committed);
        QCOMPARE(wedged.pull.code, 128);
        QCOMPARE(remoteTip(), desktopCommit);
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(vcs()->status().awaitingServer, 1);
        QCOMPARE(vcs()->status().serverMayBeStuck, stuck);
        QCOMPARE(vcsLabel()->text().contains(QStringLiteral("server may be stuck")), stuck);
        QCOMPARE(vcsLabel()->toolTip().contains(QStringLiteral("pull.rebase false")), stuck);
        QVERIFY(vcsLabel()->text().contains(QStringLiteral("↑0 ↓0")));

        // The advice works: with pull.rebase=false in user/.git/config, 2.3.2 merges, and the warning goes.
        git(m_server, {QStringLiteral("config"), QStringLiteral("pull.rebase"), QStringLiteral("false")});
        serverSync();
        vcs()->refresh(true);
        QVERIFY(waitIdle());
        QCOMPARE(vcs()->status().awaitingServer, 0);
        QVERIFY(!vcsLabel()->text().contains(QStringLiteral("server may be stuck")));
        QVERIFY(!vcsLabel()->toolTip().contains(QStringLiteral("pull.rebase false")));
        QVERIFY2(vcsLabel()->text().contains(QStringLiteral("↓2")), qPrintable(vcsLabel()->text()));
    }

    // The same paragraph edited in the open editor (unsaved) and by the admin. Update from Server never touches the
    // editor's text nor the file before the user decides; the decision view shows the paragraph from the server and
    // from the editor with Server / Mine / Edit; the choice goes into the editor (unsaved, one undo step) without
    // markers, the file takes the server's version, and Save asks nothing.
    void unsavedSameParagraph_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("gone");
        QTest::newRow("Server") << int(MergeChoice::Side::Theirs) << QStringLiteral("SERVER Она пройдет")
                                << QStringLiteral("DESKTOP");
        QTest::newRow("Mine") << int(MergeChoice::Side::Mine) << QStringLiteral("DESKTOP Она пройдет")
                              << QStringLiteral("SERVER Она");
        QTest::newRow("Edit") << int(MergeChoice::Side::Edited) << QStringLiteral("Общий вариант абзаца.")
                              << QStringLiteral("DESKTOP");
    }

    void unsavedSameParagraph()
    {
        QFETCH(int, side);
        QFETCH(QString, expected);
        QFETCH(QString, gone);
        const QString file = deskFile(kPageA, QStringLiteral("ru"));
        QVERIFY(openPage(kPageA, QStringLiteral("ru")));
        QVERIFY(typeBefore(QStringLiteral("Она пройдет в гибридном"), QStringLiteral("DESKTOP ")));
        typeAtEnd(QStringLiteral(" Мой хвост."));
        PageDocument *doc = m_window->currentDocument();
        QVERIFY(doc->isModified());
        adminSave(kPageA, QStringLiteral("ru"), "Она пройдет в гибридном", "SERVER Она пройдет в гибридном");
        adminSave(kPageA, QStringLiteral("ru"), "В программе Школы", "SERVER2 В программе Школы");
        const QByteArray onDisk = readAll(file);
        const QString editorBefore = body()->toPlainText();
        const QString tip = remoteTip();

        QStringList seen;
        m_prompter->dialogAnswer = [&](QDialog *d) {
            auto *dialog = qobject_cast<DecisionDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            if (readAll(file) != onDisk)
                seen << QStringLiteral("file touched");
            if (body()->toPlainText() != editorBefore)
                seen << QStringLiteral("editor touched");
            for (QRadioButton *b : dialog->findChildren<QRadioButton *>())
                seen << QStringLiteral("radio:") + b->text();
            for (QTextBrowser *v : dialog->findChildren<QTextBrowser *>())
                seen << QStringLiteral("view:") + v->toPlainText() + QStringLiteral(" html:") + v->toHtml();
            dialog->choose(0, 0, MergeChoice::Side(side), QStringLiteral("Общий вариант абзаца."));
            return int(QDialog::Accepted);
        };
        QSignalSpy updated(vcs(), &VcsController::updateFinished);
        action("updateFromServerAction")->trigger();
        QVERIFY(updated.wait(60000));
        const QString shown = seen.join(QLatin1Char('\n'));
        QVERIFY2(!shown.contains(QStringLiteral("touched")), qPrintable(shown));
        QCOMPARE(seen.count(QStringLiteral("radio:Server")), 1);
        QCOMPARE(seen.count(QStringLiteral("radio:Mine")), 1);
        QCOMPARE(seen.count(QStringLiteral("radio:Edit")), 1);
        // One paragraph in question, from the server and from the editor, the differing words marked.
        QVERIFY2(shown.contains(QStringLiteral("view:SERVER Она пройдет")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("view:DESKTOP Она пройдет")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("background-color:")));
        QVERIFY(!shown.contains(QStringLiteral("SERVER2")));
        const auto o = updated.last().at(0).value<SyncOutcome>();
        QVERIFY2(o.result == SyncOutcome::Result::Updated, qPrintable(o.error));
        // The file: the server's version, as nothing was saved here.
        QCOMPARE(readAll(file), readAll(pageFile(m_server, kPageA, QStringLiteral("ru"))));
        QCOMPARE(remoteTip(), tip);
        // The editor: the choice, the admin's other paragraph and the rest of the unsaved text; no markers.
        QVERIFY(waitIdle());
        QCOMPARE(m_window->currentDocument(), doc);
        const QString text = body()->toPlainText();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(gone));
        QVERIFY(text.contains(QStringLiteral("SERVER2 В программе Школы")));
        QVERIFY(text.contains(QStringLiteral("Мой хвост.")));
        QVERIFY(!hasMarkers(doc->composedBytes()));
        QVERIFY(doc->isModified());
        QTest::qWait(500); // the watcher's batch of the update's write
        QVERIFY(!m_window->hasDiskConflict());
        QVERIFY(m_prompter->lastError.isEmpty());
        // Undo takes the server's changes out of the editor in one step; Redo puts them back.
        action("undoAction")->trigger();
        QVERIFY(!body()->toPlainText().contains(QStringLiteral("SERVER2")));
        QVERIFY(body()->toPlainText().contains(QStringLiteral("DESKTOP Она пройдет")));
        action("redoAction")->trigger();
        QCOMPARE(body()->toPlainText(), text);
        QVERIFY(m_window->save());
        QVERIFY(QTest::qWaitFor([&] { return readAll(file).contains("Мой хвост."); }, 20000));
        QVERIFY(readAll(file).contains(expected.toUtf8()));
        QVERIFY(readAll(file).contains("SERVER2 В программе Школы"));
        QVERIFY(!hasMarkers(readAll(file)));
        QVERIFY(!m_window->hasDiskConflict());
    }
};

QTEST_MAIN(TestVcsGui)
#include "tst_vcsgui.moc"
