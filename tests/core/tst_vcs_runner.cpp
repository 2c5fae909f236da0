// GitRunner: the environment every git call gets, redaction of credentials, serialization, and a missing git.
#include "vcs/gitrunner.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace GravDesk;

class TestVcsRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        qunsetenv("GRAVDESK_GIT");
    }

    void environment()
    {
        QTemporaryDir dir;
        qputenv("GIT_ASKPASS", "/bin/false-askpass");
        qputenv("GIT_DIR", "/nonexistent");
        GitRunner runner(dir.path());
        // `git var` prints what git itself resolved; an alias to env shows the environment git passes on.
        const GitResult r = runner.run({QStringLiteral("-c"), QStringLiteral("alias.showenv=!env"), QStringLiteral("showenv")});
        qunsetenv("GIT_ASKPASS");
        qunsetenv("GIT_DIR");
        QVERIFY2(r.ok(), r.err.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines.contains("LC_ALL=C"));
        QVERIFY(lines.contains("GIT_TERMINAL_PROMPT=0"));
        QVERIFY(lines.contains("GIT_EDITOR=true"));
        QVERIFY(!r.out.contains("GIT_ASKPASS=/bin/false-askpass"));
        QVERIFY(!r.out.contains("GIT_DIR=/nonexistent"));

        runner.setAskPass(QStringLiteral("/opt/gravdesk-askpass"));
        const GitResult withAskPass
            = runner.run({QStringLiteral("-c"), QStringLiteral("alias.showenv=!env"), QStringLiteral("showenv")});
        QVERIFY(withAskPass.out.split('\n').contains("GIT_ASKPASS=/opt/gravdesk-askpass"));
    }

    void inputOnStdin()
    {
        QTemporaryDir dir;
        const GitRunner runner(dir.path());
        QVERIFY(runner.run({QStringLiteral("init"), QStringLiteral("-q")}).ok());
        const GitResult r
            = runner.run({QStringLiteral("hash-object"), QStringLiteral("--stdin")}, {QByteArray("hello\n"), {}, false, false});
        QVERIFY(r.ok());
        QCOMPARE(r.out.trimmed(), QByteArray("ce013625030ba8dba906f756967f9e9ca394464a"));
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user and password") << QStringLiteral("fatal: https://bob:s3cr%40t@git.example.org/site.git failed")
                                           << QStringLiteral("fatal: https://bob:{password}@git.example.org/site.git failed");
        QTest::newRow("token only") << QStringLiteral("https://ghp_abc123@github.com/a/b.git")
                                    << QStringLiteral("https://{password}@github.com/a/b.git");
        QTest::newRow("ssh untouched") << QStringLiteral("git@github.com:a/b.git") << QStringLiteral("git@github.com:a/b.git");
    }

    void redaction()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(GitRunner::redact(text), expected);
    }

    void logIsRedacted()
    {
        QTemporaryDir dir;
        GitRunner runner(dir.path());
        QStringList log;
        runner.setLogger([&log](const QString &line) { log.append(line); });
        runner.run({QStringLiteral("ls-remote"), QStringLiteral("https://bob:hunter2@127.0.0.1:1/x.git")},
            {QByteArray(), {}, true, false});
        QCOMPARE(log.size(), 1);
        QVERIFY2(!log.first().contains(QStringLiteral("hunter2")), qPrintable(log.first()));
    }

    void serialized()
    {
        // Many threads making commits in one repository: without the per-repository queue they collide on index.lock.
        QTemporaryDir dir;
        const GitRunner runner(dir.path());
        QVERIFY(runner.run({QStringLiteral("init"), QStringLiteral("-q")}).ok());
        QList<int> jobs;
        for (int i = 0; i < 16; ++i)
            jobs.append(i);
        const QList<bool> results = QtConcurrent::blockingMapped(jobs, [&dir](int i) {
            const GitRunner r(dir.path());
            const QHash<QString, QString> env = {{QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("T")},
                {QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.org")},
                {QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("T")},
                {QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.org")}};
            return r
                .run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"), QStringLiteral("-m"),
                         QString::number(i)},
                    {QByteArray(), env, false, false})
                .ok();
        });
        QVERIFY(!results.contains(false));
        QCOMPARE(runner.run({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}).out.trimmed(),
            QByteArray("16"));
    }

    void besideTheQueue()
    {
        // A queued command holds the repository's queue (a shell alias that waits until a file appears); a read
        // beside it finishes meanwhile, takes no optional locks, and a queued one behind it waits its turn.
        QTemporaryDir dir;
        const GitRunner runner(dir.path());
        QVERIFY(runner.run({QStringLiteral("init"), QStringLiteral("-q")}).ok());
        const QString go = dir.filePath(QStringLiteral("go"));
        auto slow = QtConcurrent::run([&] {
            return runner.run(
                {QStringLiteral("-c"), QStringLiteral("alias.waitforgo=!while [ ! -e \"%1\" ]; do sleep 0.05; done").arg(go),
                    QStringLiteral("waitforgo")});
        });
        QTest::qWait(300); // the alias is running and holds the queue
        const GitResult beside
            = runner.runBeside({QStringLiteral("-c"), QStringLiteral("alias.showenv=!env"), QStringLiteral("showenv")});
        QVERIFY(beside.ok());
        QVERIFY(beside.out.split('\n').contains("GIT_OPTIONAL_LOCKS=0"));
        QVERIFY(!slow.isFinished());
        QFile flag(go);
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QVERIFY(slow.result().ok());
    }

    void missingGit()
    {
        const GitAvailability a = GitRunner::probe(QStringLiteral("/nonexistent/git"));
        QVERIFY(!a.ok);
        QVERIFY(!a.problem.isEmpty());
        const GitRunner runner(QDir::tempPath(), QStringLiteral("/nonexistent/git"));
        const GitResult r = runner.run({QStringLiteral("status")});
        QVERIFY(!r.started);
        QVERIFY(!r.ok());

        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent-gravdesk");
        const GitAvailability none = GitRunner::probe();
        qputenv("PATH", path);
        QVERIFY(!none.ok);
        QVERIFY(none.problem.contains(QStringLiteral("not installed")));
    }

    void version()
    {
        const GitAvailability a = GitRunner::probe();
        QVERIFY2(a.ok, qPrintable(a.problem));
        QVERIFY(a.version.startsWith(QStringLiteral("2.")));
    }

    // The version of one executable is asked once and remembered in the state folder until that file changes: a git
    // replaced by an older one is caught at the next probe.
    void versionRemembered()
    {
        QTemporaryDir dir, state;
        const QByteArray oldState = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", QFile::encodeName(state.path()));
        const QString fake = dir.filePath(QStringLiteral("git"));
        const QString calls = dir.filePath(QStringLiteral("calls"));
        const auto writeFake = [&](const QByteArray &version) {
            QFile f(fake);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\necho run >> '" + QFile::encodeName(calls) + "'\necho 'git version " + version + "'\n");
            f.close();
            QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
        };
        const auto runs = [&calls] {
            QFile f(calls);
            return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
        };
        writeFake("2.45.1");
        QCOMPARE(GitRunner::probe(fake).version, QStringLiteral("2.45.1"));
        QCOMPARE(GitRunner::probe(fake).version, QStringLiteral("2.45.1"));
        QCOMPARE(runs(), 1);
        writeFake("2.20.10"); // another size: another file
        const GitAvailability old = GitRunner::probe(fake);
        QCOMPARE(runs(), 2);
        QVERIFY(!old.ok);
        QVERIFY2(old.problem.contains(QStringLiteral("too old")), qPrintable(old.problem));
        qputenv("XDG_STATE_HOME", oldState);
    }
};

QTEST_GUILESS_MAIN(TestVcsRunner)
#include "tst_vcs_runner.moc"
