// Credentials end to end: real git against git-http-backend behind a loopback HTTP server with Basic sign-in
// (tests/support/githttpserver.h). A publish through GitRepo with an askpass program asks it and goes through
// with the right password, fails clearly with a wrong one; the window's background fetch (no askpass, and the
// user's own GIT_ASKPASS / core.askPass kept out) never prompts and says "sign-in needed". Nothing of it is
// stored in the remote's address or the repository's settings.
#include "githttpserver.h"
#include "gitsyncfixture.h"
#include "io/changestream.h"
#include "io/siteworkspace.h"
#include "site/sitelayout.h"
#include "vcs/gitrepo.h"
#include "vcs/vcscontroller.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GravDesk;

namespace {

const QByteArray kUser = "reporter";
const QByteArray kPassword = "s3cret-Pass";
const QString kPage = QStringLiteral("pages/01.news/01.first");

} // namespace

class TestVcsCredentials final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<GitHttpServer> m_http;
    QString m_bare, m_site, m_url;

    static QByteArray git(const QString &dir, const QStringList &args)
    {
        const GitRun r = GitSyncFixture::git(dir, args);
        if (r.code != 0)
            qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.out.trimmed();
    }

    // An askpass program that notes each prompt in @p log and answers the user name, or @p password.
    QString askPass(const QByteArray &password, const QString &log)
    {
        const QString path = m_tmp.path() + QStringLiteral("/askpass-") + QString::fromLatin1(password) + QStringLiteral(".sh");
        GitSyncFixture::writeFile(path,
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '" + log.toUtf8() + "'\ncase \"$1\" in\n  Username*) echo '" + kUser
                + "' ;;\n  *) echo '" + password + "' ;;\nesac\n");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    QString bareTip() { return QString::fromLatin1(git(m_bare, {QStringLiteral("rev-parse"), QStringLiteral("master")})); }

    // The remote's address is as it was and no setting holds the password.
    void nothingStored()
    {
        QCOMPARE(git(m_site, {QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin")}), m_url.toUtf8());
        QVERIFY(!GitSyncFixture::readFile(m_site + QStringLiteral("/.git/config")).contains(kPassword));
        QVERIFY(!git(m_site, {QStringLiteral("config"), QStringLiteral("--list")}).contains(kPassword));
        QVERIFY(!QFile::exists(QDir::homePath() + QStringLiteral("/.git-credentials"))
            || !GitSyncFixture::readFile(QDir::homePath() + QStringLiteral("/.git-credentials")).contains(kPassword));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        if (GitHttpServer::backendProgram().isEmpty())
            QSKIP("git-http-backend is not there (it comes with git: tools/deps.sh)");
        QVERIFY(GitSyncFixture::isolate(m_tmp.path()));
        // The remote: a bare repository below the server's project root, pushes allowed over HTTP.
        const QString root = m_tmp.path() + QStringLiteral("/srv");
        m_bare = root + QStringLiteral("/newsroom/site.git");
        const QString seed = m_tmp.path() + QStringLiteral("/seed");
        QVERIFY(GitSyncFixture::writeFile(
            seed + QLatin1Char('/') + kPage + QStringLiteral("/item.md"), "---\ntitle: First\n---\n\nFirst words.\n"));
        QVERIFY(QDir().mkpath(m_bare));
        git(m_bare, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare")});
        git(m_bare, {QStringLiteral("config"), QStringLiteral("http.receivepack"), QStringLiteral("true")});
        git(seed, {QStringLiteral("init"), QStringLiteral("-q")});
        git(seed, {QStringLiteral("add"), QStringLiteral("pages")});
        git(seed,
            {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("(Grav GitSync) Automatic Commit from GitSync")});
        git(seed, {QStringLiteral("push"), QStringLiteral("-q"), m_bare, QStringLiteral("master")});
        m_http = std::make_unique<GitHttpServer>(root, kUser, kPassword);
        QVERIFY(m_http->startServing());
        m_url = m_http->url(QStringLiteral("newsroom/site.git"));
        // The desktop's clone, its remote the HTTP address.
        m_site = m_tmp.path() + QStringLiteral("/desk");
        git(m_tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_bare, m_site});
        git(m_site, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), m_url});
    }

    void cleanupTestCase() { m_http.reset(); }

    // The right password: git asks the askpass program for the user name and the password, and the publish lands.
    void publishAsksAndSucceeds()
    {
        const QString log = m_tmp.path() + QStringLiteral("/prompts-right.log");
        const SiteLayout layout = locateSite(m_site);
        QVERIFY(layout.isValid());
        ChangeStream changes;
        SiteWorkspace workspace(layout, &changes);
        GitRepo repo(layout);
        repo.setAskPass(askPass(kPassword, log));
        QVERIFY2(repo.open(), qPrintable(repo.error()));
        QVERIFY(repo.configureLocal());
        const QString file = m_site + QLatin1Char('/') + kPage + QStringLiteral("/item.md");
        QVERIFY(GitSyncFixture::replaceIn(file, "First words.", "First words, published over HTTP."));
        const int served = m_http->served;
        const PublishOutcome o = repo.publish(workspace, {kPage});
        QVERIFY2(o.result == PublishOutcome::Result::Published, qPrintable(o.error + o.sync.error));
        const QStringList prompts = QString::fromUtf8(GitSyncFixture::readFile(log)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(prompts.size() >= 2);
        QVERIFY2(prompts.at(0).startsWith(QStringLiteral("Username for 'http://127.0.0.1:")), qPrintable(prompts.at(0)));
        QVERIFY2(prompts.at(1).startsWith(QStringLiteral("Password for 'http://reporter@127.0.0.1:")), qPrintable(prompts.at(1)));
        QVERIFY(m_http->challenged > 0);
        QVERIFY(m_http->served > served);
        QCOMPARE(bareTip(), o.commit);
        QCOMPARE(git(m_bare, {QStringLiteral("show"), QStringLiteral("master:") + kPage + QStringLiteral("/item.md")}),
            QByteArray("---\ntitle: First\n---\n\nFirst words, published over HTTP."));
        // An update through the same server: nothing new.
        QCOMPARE(repo.sync(workspace).result, SyncOutcome::Result::UpToDate);
        nothingStored();
    }

    // A wrong password: git gives up, the message says so, nothing reaches the server and the text stays.
    void wrongPasswordFailsClearly()
    {
        const QString log = m_tmp.path() + QStringLiteral("/prompts-wrong.log");
        const SiteLayout layout = locateSite(m_site);
        ChangeStream changes;
        SiteWorkspace workspace(layout, &changes);
        GitRepo repo(layout);
        repo.setAskPass(askPass("wrong-password", log));
        QVERIFY(repo.open());
        const QString file = m_site + QLatin1Char('/') + kPage + QStringLiteral("/item.md");
        QVERIFY(GitSyncFixture::replaceIn(file, "published over HTTP", "edited again"));
        const QByteArray mine = GitSyncFixture::readFile(file);
        const QString tip = bareTip();
        const int refused = m_http->refused;
        QVERIFY(!repo.fetch());
        QVERIFY2(repo.error().contains(QStringLiteral("Authentication failed")), qPrintable(repo.error()));
        const PublishOutcome o = repo.publish(workspace, {kPage});
        QVERIFY(o.result != PublishOutcome::Result::Published);
        QVERIFY2(o.error.contains(QStringLiteral("Authentication failed")), qPrintable(o.error));
        QVERIFY(m_http->refused > refused);
        QVERIFY(GitSyncFixture::readFile(log).contains("Password for"));
        QCOMPARE(bareTip(), tip);
        QCOMPARE(GitSyncFixture::readFile(file), mine);
        QCOMPARE(VcsController::classifyFailure(o.error), VcsController::SiteState::SignInNeeded);
        nothingStored();
    }

    // The window's background fetch: no askpass of its own, and the user's GIT_ASKPASS and core.askPass are kept
    // out, so git never prompts; the site reads "sign-in needed" (not offline, not a hang).
    void backgroundFetchNeverPrompts()
    {
        const QString log = m_tmp.path() + QStringLiteral("/prompts-background.log");
        const QString script = askPass(kPassword, log);
        qputenv("GIT_ASKPASS", script.toLocal8Bit());
        qputenv("SSH_ASKPASS", script.toLocal8Bit());
        git(m_site, {QStringLiteral("config"), QStringLiteral("core.askPass"), script});
        const SiteLayout layout = locateSite(m_site);
        ChangeStream changes;
        auto workspace = std::make_shared<SiteWorkspace>(layout, &changes);
        const int challenged = m_http->challenged;
        {
            VcsController vcs;
            vcs.setAskPass(QString());
            vcs.setSite(layout, workspace);
            // A backstop for a hang, not a measurement.
            QVERIFY(QTest::qWaitFor([&] { return !vcs.isBusy() && vcs.state() != VcsController::SiteState::Checking; }, 120000));
            QCOMPARE(vcs.state(), VcsController::SiteState::SignInNeeded);
            QVERIFY(vcs.status().ok); // what is known without the server is still shown
        }
        qunsetenv("GIT_ASKPASS");
        qunsetenv("SSH_ASKPASS");
        git(m_site, {QStringLiteral("config"), QStringLiteral("--unset"), QStringLiteral("core.askPass")});
        QVERIFY(m_http->challenged > challenged);
        QVERIFY2(!QFile::exists(log), GitSyncFixture::readFile(log).constData());
        nothingStored();
    }
};

QTEST_GUILESS_MAIN(TestVcsCredentials)
#include "tst_vcs_credentials.moc"
