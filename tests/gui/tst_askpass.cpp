// git's password prompts through GravDesk: real git talking to a loopback HTTP server that wants Basic
// sign-in, the real gravdesk executable as the askpass helper, and the window's end (AskPassServer) answering.
// A background fetch is refused at once and says "sign-in needed"; a fetch the user started asks for the
// user name and password, and git sends what was typed. Nothing of it lands in the repository's settings.

#include "io/changestream.h"
#include "io/siteworkspace.h"
#include "programrun.h"
#include "site/sitelayout.h"
#include "vcs/askpass.h"
#include "vcs/gitrunner.h"
#include "vcs/vcscontroller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace GravDesk;

namespace {

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray git(const QString &dir, const QStringList &args)
{
    const ProgramRun r = runProgram(QStringLiteral("git"), QStringList {QStringLiteral("-C"), dir} + args);
    if (r.code != 0)
        qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
    return r.out.trimmed();
}

/// A server that answers every request with 401 and a Basic challenge, and keeps the Authorization headers sent.
class SignInServer final : public QTcpServer
{
public:
    QList<QByteArray> authorizations;
    int requests = 0;

    SignInServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    QByteArray &buffer = m_buffers[s];
                    buffer += s->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    ++requests;
                    for (const QByteArray &line : buffer.split('\n')) {
                        if (line.toLower().startsWith("authorization:"))
                            authorizations.append(line.mid(14).trimmed());
                    }
                    buffer.clear();
                    s->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"site\"\r\nContent-Length: 0\r\n"
                             "Connection: close\r\n\r\n");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, [this, s] {
                    m_buffers.remove(s);
                    s->deleteLater();
                });
            }
        });
    }

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestAskPass final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    SignInServer m_http;
    QString m_url;
    QString m_site;
    QStringList m_prompts;
    bool m_allowed = false;
    int m_refused = 0;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        const QString config = m_tmp.path() + QStringLiteral("/gitconfig");
        QVERIFY(writeAll(config, "[init]\n\tdefaultBranch = master\n[user]\n\tname = Nobody\n\temail = nobody@example.org\n"));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_CONFIG_GLOBAL", config.toLocal8Bit());
        qunsetenv("GRAVDESK_GIT");
        QVERIFY(m_http.listen(QHostAddress::LocalHost));
        m_url = QStringLiteral("http://127.0.0.1:%1/newsroom/site.git").arg(m_http.serverPort());

        AskPassServer *server = AskPassServer::instance();
        server->setProgram(QStringLiteral(GRAVDESK_APP));
        QVERIFY(!server->program().isEmpty());
        server->addAnswerer(this,
            {[this] { return m_allowed; },
                [this](const QString &prompt, QString *answer) {
                    m_prompts.append(prompt);
                    *answer = prompt.startsWith(QLatin1String("Username")) ? QStringLiteral("reporter")
                                                                           : QStringLiteral("s3cret пароль");
                    return true;
                },
                [this] { ++m_refused; }});

        // A site whose remote is the server above (pages/ at the repository's root, as Git Sync has it).
        m_site = m_tmp.path() + QStringLiteral("/site");
        QVERIFY(writeAll(m_site + QStringLiteral("/pages/01.home/default.md"), "---\ntitle: Home\n---\n\nWelcome.\n"));
        git(m_site, {QStringLiteral("init"), QStringLiteral("-q")});
        git(m_site, {QStringLiteral("add"), QStringLiteral("pages")});
        git(m_site, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("seed")});
        git(m_site, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), m_url});
        git(m_site, {QStringLiteral("config"), QStringLiteral("branch.master.remote"), QStringLiteral("origin")});
        git(m_site, {QStringLiteral("config"), QStringLiteral("branch.master.merge"), QStringLiteral("refs/heads/master")});
    }

    // git itself, through GitRunner: both prompts reach the answerer and git sends what it answered.
    void promptsAnswered()
    {
        m_allowed = true;
        m_prompts.clear();
        m_http.authorizations.clear();
        GitRunner runner(m_site);
        runner.setAskPass(AskPassServer::instance()->program());
        GitResult r;
        bool done = false;
        std::thread t([&] {
            r = runner.run({QStringLiteral("ls-remote"), m_url}, {QByteArray(), {}, true, false});
            done = true;
        });
        const bool finished = QTest::qWaitFor([&] { return done; }, 60000);
        t.join();
        QVERIFY(finished);
        QVERIFY(!r.ok()); // the server never lets anyone in
        QCOMPARE(m_prompts.size(), 2);
        QVERIFY2(m_prompts.at(0).startsWith(QStringLiteral("Username for 'http://127.0.0.1:")), qPrintable(m_prompts.at(0)));
        QVERIFY2(
            m_prompts.at(1).startsWith(QStringLiteral("Password for 'http://reporter@127.0.0.1:")), qPrintable(m_prompts.at(1)));
        QVERIFY(!m_http.authorizations.isEmpty());
        QCOMPARE(m_http.authorizations.last(), QByteArray("Basic ") + QByteArray("reporter:s3cret пароль").toBase64());
        // Nothing stored: the remote's address is as it was.
        QCOMPARE(git(m_site, {QStringLiteral("remote"), QStringLiteral("get-url"), QStringLiteral("origin")}), m_url.toUtf8());
        QVERIFY(!git(m_site, {QStringLiteral("config"), QStringLiteral("--list")}).contains("s3cret"));
    }

    // The window's controller: a background fetch never waits for anyone ("sign-in needed" at once); the one
    // the user starts asks.
    void backgroundFetchNeverPrompts()
    {
        m_allowed = false; // the answerer of a window: prompts only while the controller allows them
        m_prompts.clear();
        m_refused = 0;
        ChangeStream changes;
        const SiteLayout layout = locateSite(m_site);
        QVERIFY(layout.isValid());
        auto workspace = std::make_shared<SiteWorkspace>(layout, &changes);
        VcsController vcs;
        AskPassServer::instance()->addAnswerer(&vcs,
            {[&vcs] { return vcs.promptsAllowed(); },
                [this](const QString &prompt, QString *answer) {
                    m_prompts.append(prompt);
                    *answer = QStringLiteral("x");
                    return true;
                },
                [&vcs, this] {
                    ++m_refused;
                    vcs.noteSignInRefused();
                }});
        vcs.setAskPass(AskPassServer::instance()->program());
        vcs.setSite(layout, workspace);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(QTest::qWaitFor([&] { return !vcs.isBusy() && vcs.state() != VcsController::SiteState::Checking; }, 60000));
        QCOMPARE(vcs.state(), VcsController::SiteState::SignInNeeded);
        QVERIFY(m_prompts.isEmpty());
        QVERIFY(m_refused >= 1);
        QVERIFY2(clock.elapsed() < 30000, "a background fetch waited");

        vcs.refresh(true, true);
        QVERIFY(QTest::qWaitFor([&] { return !vcs.isBusy(); }, 60000));
        QVERIFY(m_prompts.size() >= 2);
        QCOMPARE(vcs.state(), VcsController::SiteState::SignInNeeded); // the server said no again
    }
};

QTEST_MAIN(TestAskPass)
#include "tst_askpass.moc"
