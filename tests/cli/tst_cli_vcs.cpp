// gravdesk-cli status / sync / publish / history against real git: a bare remote seeded from the corpus in
// Git Sync's layout, a "server" clone that replays Git Sync's own command sequence, and two desktop clones
// (the second with core.autocrlf=true, as Git for Windows sets it up).
// gravdesk-cli status / sync / publish / history against real git, on the Git Sync fixture (tests/support/
// gitsyncfixture.h): a bare remote seeded from the corpus in Git Sync's layout, a "server" clone that replays Git
// Sync's own command sequence (2.3.2 or 3.2.0), and two desktop clones (the second with core.autocrlf=true, as Git
// for Windows sets it up).
#include "vcsclicase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/types.h>

#include <csignal>

using namespace GravDesk;

namespace {

// The fixed "now" of the cases that look at commit ages (GRAVDESK_NOW: io/clock.h).
const QDateTime kNow(QDate(2026, 5, 25), QTime(10, 0), Qt::UTC);

QByteArray readAll(const QString &path)
{
    return GitSyncFixture::readFile(path);
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    return GitSyncFixture::writeFile(path, bytes);
}

void addVersionColumn()
{
    QTest::addColumn<GitSyncVersion>("server");
}

} // namespace

Q_DECLARE_METATYPE(GravDesk::GitSyncVersion)

class TestCliVcs final : public VcsCliCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = GitSyncFixture::skipReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(GitSyncFixture::isolate(m_tmp.path()));
    }

    void cleanup()
    {
        GitSyncFixture::setDate(QDateTime());
        qunsetenv("GRAVDESK_NOW");
    }

    void firstConnection_data()
    {
        addVersionColumn();
        QTest::newRow("Git Sync 2.3.2") << GitSyncVersion::V2_3_2;
        QTest::newRow("Git Sync 3.2.0") << GitSyncVersion::V3_2_0;
    }

    void firstConnection()
    {
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        const QJsonObject s = status(m_a);
        QCOMPARE(s.value(QStringLiteral("ahead")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("behind")).toInt(), 0);
        QVERIFY(!s.value(QStringLiteral("lastServerSync")).toString().isEmpty());
        QCOMPARE(stateOf(s, kPageA), QStringLiteral("synced"));
        QCOMPARE(stateOf(s, kPageB), QStringLiteral("synced"));
        // The Windows clone's CRLF working files are not edits.
        QVERIFY(readAll(m_b + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md")).contains("\r\n"));
        QCOMPARE(stateOf(status(m_b), kPageA), QStringLiteral("synced"));

        adminEdit(kPageA + QStringLiteral("/item.kk.md"), "published: true", "published: false");
        const QJsonObject after = status(m_a);
        QCOMPARE(after.value(QStringLiteral("behind")).toInt(), 1);
        QCOMPARE(stateOf(after, kPageA), QStringLiteral("changed-on-server"));
        // Updated in place: the file now holds the server's bytes.
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readAll(m_a + QLatin1Char('/') + kPageA + QStringLiteral("/item.kk.md")),
            readAll(m_server + QLatin1Char('/') + kPageA + QStringLiteral("/item.kk.md")));
        QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("synced"));
    }

    // What the server's history says (its last Git Sync commit) is read once per server tip: a second status runs
    // no `git log`, and a new commit on the server is seen at once.
    void serverHistoryRemembered()
    {
        QVERIFY(build());
        qputenv("GRAVDESK_GIT_TRACE", "1");
        const ProgramRun first = cli({QStringLiteral("status"), m_a, QStringLiteral("--json")});
        const ProgramRun second = cli({QStringLiteral("status"), m_a, QStringLiteral("--json"), QStringLiteral("--no-fetch")});
        QVERIFY2(first.code == 0 && second.code == 0, second.err.constData());
        QVERIFY2(first.err.contains("git log -n 500"), first.err.constData());
        QVERIFY2(!second.err.contains("git log"), second.err.constData());
        const auto lastSync = [](const ProgramRun &r) {
            return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("lastServerSync")).toString();
        };
        QVERIFY(!lastSync(first).isEmpty());
        QCOMPARE(lastSync(second), lastSync(first));
        GitSyncFixture::setDate(QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC));
        adminEdit(kPageA + QStringLiteral("/item.kk.md"), "published: true", "published: false");
        const ProgramRun third = cli({QStringLiteral("status"), m_a, QStringLiteral("--json")});
        qunsetenv("GRAVDESK_GIT_TRACE");
        QVERIFY(third.err.contains("git log -n 500"));
        QCOMPARE(lastSync(third), QStringLiteral("2031-01-02T03:04:05Z"));
    }

    void sameParagraph_data()
    {
        QTest::addColumn<bool>("serverFirst");
        QTest::newRow("server saved first") << true;
        QTest::newRow("desktop edit pending while another desktop publishes") << false;
    }

    void sameParagraph()
    {
        QVERIFY(build());
        QFETCH(bool, serverFirst);
        const QString file = m_a + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md");
        edit(file, "Она пройдет в гибридном", "DESKTOP Она пройдет в гибридном");
        if (serverFirst) {
            adminEdit(kPageA + QStringLiteral("/item.ru.md"), "Она пройдет в гибридном", "SERVER Она пройдет в гибридном");
        } else {
            edit(m_b + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md"), "Она пройдет в гибридном",
                "OTHER Она пройдет в гибридном");
            const ProgramRun pb = cli({QStringLiteral("publish"), m_b, kPageA});
            QVERIFY2(pb.code == 0, pb.err.constData());
        }
        const QByteArray before = readAll(file);
        const QString head = QString::fromLatin1(git(m_a, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}));
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains("item.ru.md"), r.out.constData());
        QCOMPARE(readAll(file), before);
        QCOMPARE(QString::fromLatin1(git(m_a, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")})), head);
        QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("needs-decision"));
        // Publishing refuses too, and pushes nothing.
        const QString tip = remoteTip();
        QCOMPARE(cli({QStringLiteral("publish"), m_a, kPageA}).code, 3);
        QCOMPARE(remoteTip(), tip);
        QCOMPARE(readAll(file), before);
        QVERIFY(!readAll(file).contains("<<<<<<<"));

        const ProgramRun mine = cli({QStringLiteral("sync"), m_a, QStringLiteral("--take"), QStringLiteral("mine")});
        QVERIFY2(mine.code == 0, mine.err.constData());
        QVERIFY(readAll(file).contains("DESKTOP Она пройдет"));
        QVERIFY(!readAll(file).contains("<<<<<<<"));
        QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("edited-here"));
    }

    void headerFieldsBothSides()
    {
        QVERIFY(build());
        const QString file = m_a + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md");
        edit(file, "show_sidebar: true", "show_sidebar: false");
        adminEdit(kPageA + QStringLiteral("/item.ru.md"), "hide_page_title: false", "hide_page_title: true");
        QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("changed-on-both"));
        QByteArray expected = readAll(file);
        expected.replace("hide_page_title: false", "hide_page_title: true");
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(readAll(file), expected);
    }

    void differentParagraphs_data()
    {
        addVersionColumn();
        QTest::newRow("Git Sync 2.3.2") << GitSyncVersion::V2_3_2;
        QTest::newRow("Git Sync 3.2.0") << GitSyncVersion::V3_2_0;
    }

    void differentParagraphs()
    {
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        const QString rel = kPageA + QStringLiteral("/item.ru.md");
        edit(m_a + QLatin1Char('/') + rel, "Она пройдет в гибридном", "DESKTOP Она пройдет в гибридном");
        adminEdit(rel, "В программе Школы", "SERVER В программе Школы");
        QByteArray expected = readAll(m_server + QLatin1Char('/') + rel);
        expected.replace("Она пройдет в гибридном", "DESKTOP Она пройдет в гибридном");
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readAll(m_a + QLatin1Char('/') + rel), expected);
        // Published: the server gets both edits in one fast-forward commit.
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageA});
        QVERIFY2(p.code == 0, p.err.constData());
        serverSync();
        QCOMPARE(readAll(m_server + QLatin1Char('/') + rel), expected);
    }

    void modifyDelete_data()
    {
        QTest::addColumn<bool>("deletedOnServer");
        QTest::newRow("edited here, deleted on the server") << true;
        QTest::newRow("deleted here, edited on the server") << false;
    }

    void modifyDelete()
    {
        QVERIFY(build());
        QFETCH(bool, deletedOnServer);
        const QString rel = kPageB + QStringLiteral("/item.ru.md");
        const QString file = m_a + QLatin1Char('/') + rel;
        if (deletedOnServer) {
            edit(file, "---\n", "---\n# edited here\n");
            QVERIFY(m_fx.adminDelete(kPageB).ok());
        } else {
            QVERIFY(QFile::remove(file));
            adminEdit(rel, "published: true", "published: false");
        }
        const QByteArray before = readAll(file);
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains("item.ru.md"), r.out.constData());
        QCOMPARE(readAll(file), before);
        QCOMPARE(QFile::exists(file), deletedOnServer);
        QCOMPARE(stateOf(status(m_a), kPageB), QStringLiteral("needs-decision"));
        // Taking the server's side follows it, and the page is synced.
        const ProgramRun s = cli({QStringLiteral("sync"), m_a, QStringLiteral("--take"), QStringLiteral("server")});
        QVERIFY2(s.code == 0, s.err.constData());
        QCOMPARE(QFile::exists(file), !deletedOnServer);
    }

    void pushRace()
    {
        QVERIFY(build());
        // Someone pushes between our update and our push: a pre-push hook plays the server's admin save.
        const QString hook = m_a + QStringLiteral("/.git/hooks/pre-push");
        const QString marker = m_a + QStringLiteral("/.git/raced");
        const QString serverFile = m_server + QLatin1Char('/') + kPageB + QStringLiteral("/item.kk.md");
        const QByteArray script = "#!/bin/sh\nunset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\n[ -e '" + marker.toUtf8()
            + "' ] && exit 0\ntouch '" + marker.toUtf8() + "'\ncd '" + m_server.toUtf8()
            + "' || exit 1\nsed -i 's/published: true/published: false/' '" + serverFile.toUtf8()
            + "'\ngit add . && git commit -q -m '(Grav GitSync) Automatic Commit from GitSync' && git push -q origin "
              "master:master\n";
        QVERIFY(writeAll(hook, script));
        QFile::setPermissions(hook, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        edit(m_a + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md"), "Она пройдет", "DESKTOP Она пройдет");
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageA});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QVERIFY(QFile::exists(marker));
        // Our commit sits on the server's, as a fast-forward.
        const QByteArray parent = git(
            m_remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"), QStringLiteral("master~1")});
        QCOMPARE(parent, QByteArray("(Grav GitSync) Automatic Commit from GitSync"));
        QCOMPARE(
            git(m_remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P"), QStringLiteral("master")})
                .split(' ')
                .size(),
            1);
        // And the server's change reached this desktop.
        QVERIFY(readAll(m_a + QLatin1Char('/') + kPageB + QStringLiteral("/item.kk.md")).contains("published: false"));
    }

    void publishOnlyThePage()
    {
        QVERIFY(build());
        const QString a = m_a + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md");
        const QString b = m_a + QLatin1Char('/') + kPageB + QStringLiteral("/item.ru.md");
        edit(a, "Она пройдет", "DESKTOP Она пройдет");
        edit(b, "---\n", "---\n# draft\n");
        const QByteArray draft = readAll(b);
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, a});
        QVERIFY2(p.code == 0, p.err.constData());
        const QByteArray files = git(m_remote,
            {QStringLiteral("diff-tree"), QStringLiteral("--no-commit-id"), QStringLiteral("--name-only"), QStringLiteral("-r"),
                QStringLiteral("master")});
        QCOMPARE(files, (kPageA + QStringLiteral("/item.ru.md")).toUtf8());
        const QByteArray subject
            = git(m_remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s|%an")});
        QCOMPARE(QString::fromUtf8(subject),
            QStringLiteral("Новость: 16 марта приглашаем принять участие в очередной Школе пациентов! [ru]|Desk A"));
        QCOMPARE(readAll(b), draft);
        const QJsonObject s = status(m_a);
        QCOMPARE(stateOf(s, kPageA), QStringLiteral("synced"));
        QCOMPARE(stateOf(s, kPageB), QStringLiteral("edited-here"));
        QCOMPARE(s.value(QStringLiteral("ahead")).toInt(), 0);
        const ProgramRun h = cli({QStringLiteral("history"), m_a, kPageA});
        QVERIFY(h.out.contains("Новость: 16 марта"));
    }

    void windowsCloneCommitsLf()
    {
        QVERIFY(build());
        const QString file = m_b + QLatin1Char('/') + kPageA + QStringLiteral("/item.kk.md");
        QVERIFY(readAll(file).contains("\r\n"));
        edit(file, "published: true", "published: false");
        // PAGE as a route.
        const ProgramRun p = cli({QStringLiteral("publish"), m_b, QStringLiteral("/news/2023-02-28-patient-school")});
        QVERIFY2(p.code == 0, p.err.constData());
        const QByteArray blob
            = git(m_remote, {QStringLiteral("show"), QStringLiteral("master:") + kPageA + QStringLiteral("/item.kk.md")});
        QVERIFY(blob.contains("published: false"));
        QVERIFY(!blob.contains('\r'));
        // The repository-local settings are in place, and the CRLF files left from before are still not edits.
        QCOMPARE(git(m_b, {QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("core.autocrlf")}),
            QByteArray("false"));
        QCOMPARE(git(m_b, {QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("pull.ff")}), QByteArray("only"));
        QVERIFY(readAll(m_b + QLatin1Char('/') + kPageB + QStringLiteral("/item.ru.md")).contains("\r\n"));
        const QJsonObject s = status(m_b);
        QCOMPARE(stateOf(s, kPageB), QStringLiteral("synced"));
        QCOMPARE(stateOf(s, kPageA), QStringLiteral("synced"));
    }

    void movedOnServer_data()
    {
        QTest::addColumn<bool>("draft");
        addVersionColumn();
        QTest::newRow("no edits here") << false << GitSyncVersion::V3_2_0;
        QTest::newRow("a draft here follows the move (2.3.2)") << true << GitSyncVersion::V2_3_2;
        QTest::newRow("a draft here follows the move (3.2.0)") << true << GitSyncVersion::V3_2_0;
    }

    void movedOnServer()
    {
        // The admin reorders: 02.balkhash becomes 03.balkhash.
        QFETCH(bool, draft);
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        const QString moved = QStringLiteral("pages/02.news/03.2023-02-02-balkhash");
        const QString file = m_a + QLatin1Char('/') + kPageB + QStringLiteral("/item.ru.md");
        if (draft)
            edit(file, "---\n", "---\n# draft\n");
        // As Grav's admin does it: the folder renamed on disk, then Git Sync's `add .` records the move.
        QVERIFY(m_fx.adminReorder(kPageB, moved).ok());
        QVERIFY(!git(m_remote,
            {QStringLiteral("ls-tree"), QStringLiteral("-r"), QStringLiteral("--name-only"), QStringLiteral("master"), moved})
                     .isEmpty());
        const QJsonObject s = status(m_a);
        QCOMPARE(stateOf(s, kPageB), draft ? QStringLiteral("changed-on-both") : QStringLiteral("moved-on-server"));
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QVERIFY(!QDir(m_a + QLatin1Char('/') + kPageB).exists());
        QCOMPARE(readAll(m_a + QLatin1Char('/') + moved + QStringLiteral("/2023-02-02-1.jpg")),
            readAll(m_server + QLatin1Char('/') + moved + QStringLiteral("/2023-02-02-1.jpg")));
        const QByteArray ru = readAll(m_a + QLatin1Char('/') + moved + QStringLiteral("/item.ru.md"));
        QCOMPARE(ru.contains("# draft\n"), draft);
        QCOMPARE(stateOf(status(m_a), moved), draft ? QStringLiteral("edited-here") : QStringLiteral("synced"));
    }

    void publishLocalRename_data()
    {
        addVersionColumn();
        QTest::newRow("Git Sync 2.3.2") << GitSyncVersion::V2_3_2;
        QTest::newRow("Git Sync 3.2.0") << GitSyncVersion::V3_2_0;
    }

    void publishLocalRename()
    {
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        // Renamed here: one commit holds both sides, so the server sees a move and not a copy.
        const QString renamed = QStringLiteral("pages/02.news/05.2023-02-02-balkhash");
        QVERIFY(QDir(m_a).rename(kPageB, renamed));
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, renamed});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        const QByteArray names = git(m_remote,
            {QStringLiteral("diff-tree"), QStringLiteral("--no-commit-id"), QStringLiteral("--name-status"), QStringLiteral("-r"),
                QStringLiteral("-M"), QStringLiteral("master")});
        QCOMPARE(names.count("\nR100") + (names.startsWith("R100") ? 1 : 0), 4);
        QVERIFY(!names.contains("\nA") && !names.contains("\nD"));
        QCOMPARE(
            git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("master")}), QByteArray("2"));
        serverSync();
        QVERIFY(QFile::exists(m_server + QLatin1Char('/') + renamed + QStringLiteral("/item.kk.md")));
        QVERIFY(!QDir(m_server + QLatin1Char('/') + kPageB).exists());
    }

    void offlineQueued()
    {
        QVERIFY(build());
        const QString file = m_a + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md");
        edit(file, "Она пройдет", "DESKTOP Она пройдет");
        const QByteArray mine = readAll(file);
        const QString tip = remoteTip();
        git(m_a,
            {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                m_remote + QStringLiteral("-unreachable")});
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageA});
        QCOMPARE(p.code, 5);
        QCOMPARE(remoteTip(), tip);
        QCOMPARE(readAll(file), mine);
        QVERIFY(!git(m_a, {QStringLiteral("for-each-ref"), QStringLiteral("refs/gravdesk/queued/")}).isEmpty());
        QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("edited-here"));
        // Back online: published, the queue entry gone.
        git(m_a, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), m_remote});
        const ProgramRun again = cli({QStringLiteral("publish"), m_a, kPageA});
        QVERIFY2(again.code == 0, again.err.constData());
        QVERIFY(git(m_a, {QStringLiteral("for-each-ref"), QStringLiteral("refs/gravdesk/queued/")}).isEmpty());
        QVERIFY(git(m_remote, {QStringLiteral("show"), QStringLiteral("master:") + kPageA + QStringLiteral("/item.ru.md")})
                    .contains("DESKTOP"));
    }

    void houseRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("over 5 MB: warned") << QStringLiteral("big.jpg") << qint64(6) * 1024 * 1024 << 0
                                           << QByteArray("larger than 5 MB");
        QTest::newRow("over 50 MB: refused")
            << QStringLiteral("huge.jpg") << qint64(51) * 1024 * 1024 << 1 << QByteArray("larger than 50 MB");
        QTest::newRow("not a Windows name") << QStringLiteral("a:b.jpg") << qint64(10) << 1 << QByteArray("Windows");
        QTest::newRow("reserved Windows name") << QStringLiteral("con.jpg") << qint64(10) << 1 << QByteArray("Windows reserves");
    }

    void houseRules()
    {
        QVERIFY(build());
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        QVERIFY(writeAll(m_a + QLatin1Char('/') + kPageA + QLatin1Char('/') + name, QByteArray(size, 'x')));
        const QString tip = remoteTip();
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageA});
        QCOMPARE(p.code, code);
        QVERIFY2(p.err.contains(message), p.err.constData());
        QCOMPARE(remoteTip() == tip, code != 0);
    }

    void gitMissing()
    {
        QVERIFY(build());
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent-gravdesk");
        const ProgramRun r = cli({QStringLiteral("status"), m_a});
        qputenv("PATH", path);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("Git is not installed"), r.err.constData());
        QCOMPARE(r.err.count("Git is not installed"), 1);
    }

    // D6 "server stuck": a desktop publish lands between two admin saves. Git Sync 2.3.2 (pull without --ff) dies on
    // the divergence and keeps the admin's commit to itself for good; 3.2.0 merges and the remote fast-forwards.
    // GravDesk sees only the remote: publishes with no Git Sync commit above them for longer than the threshold
    // (24 h) raise the warning. The dates are fixed, "now" too: nothing depends on the clock.
    void divergenceWedge_data()
    {
        addVersionColumn();
        QTest::addColumn<qint64>("ageSecs");
        QTest::addColumn<bool>("stuck");
        QTest::newRow("2.3.2, publish 3 days old") << GitSyncVersion::V2_3_2 << qint64(3 * 86400) << true;
        QTest::newRow("2.3.2, publish 1 hour old") << GitSyncVersion::V2_3_2 << qint64(3600) << false;
        QTest::newRow("3.2.0, publish 3 days old") << GitSyncVersion::V3_2_0 << qint64(3 * 86400) << false;
    }

    void divergenceWedge()
    {
        QFETCH(GitSyncVersion, server);
        QFETCH(qint64, ageSecs);
        QFETCH(bool, stuck);
        QVERIFY(build(server));
        qputenv("GRAVDESK_NOW", kNow.toString(Qt::ISODate).toLatin1());
        const QString ru = kPageA + QStringLiteral("/item.ru.md");
        const QString kk = kPageB + QStringLiteral("/item.kk.md");
        // The desktop publishes; the server has not pulled since (no webhook).
        GitSyncFixture::setDate(kNow.addSecs(-ageSecs));
        edit(m_a + QLatin1Char('/') + ru, "Она пройдет в гибридном", "DESKTOP Она пройдет в гибридном");
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageA});
        QVERIFY2(p.code == 0, p.err.constData());
        const QString desktopCommit = remoteTip();
        // The admin saves another page: Git Sync commits it, then pulls.
        GitSyncFixture::setDate(kNow.addSecs(-ageSecs + 600));
        const ServerSyncRun first = m_fx.adminSave(kk, "published: true", "published: false");
        QVERIFY(first.committed);
        if (server == GitSyncVersion::V2_3_2) {
            QCOMPARE(first.pull.code, 128);
            QVERIFY2(first.pull.err.contains("Need to specify how to reconcile divergent branches"), first.pull.err.constData());
            // Nothing pushed: the remote still ends with the desktop's commit, the admin's save stays on the server.
            QCOMPARE(remoteTip(), desktopCommit);
            QCOMPARE(
                git(m_server, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("origin/master..master")}),
                QByteArray("1"));
            QVERIFY(!readAll(m_server + QLatin1Char('/') + ru).contains("DESKTOP"));
            // And every later sync fails the same way.
            const ServerSyncRun again = m_fx.adminSave(kk, "published: false", "published: true");
            QCOMPARE(again.pull.code, 128);
            QCOMPARE(remoteTip(), desktopCommit);
            QCOMPARE(
                git(m_server, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("origin/master..master")}),
                QByteArray("2"));
        } else {
            QVERIFY2(first.ok(), first.pull.err.constData());
            // A merge of the admin's commit and the desktop's, pushed as a fast-forward of the remote.
            const QList<QByteArray> parents = git(
                m_remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P"), QStringLiteral("master")})
                                                  .split(' ');
            QCOMPARE(parents.size(), 2);
            QCOMPARE(
                git(m_remote,
                    {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"), QStringLiteral("master^1")}),
                QByteArray("(Grav GitSync) Automatic Commit from GitSync"));
            QCOMPARE(QString::fromLatin1(parents.at(1)), desktopCommit);
            QCOMPARE(git(m_server, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), remoteTip().toLatin1());
            QVERIFY(readAll(m_server + QLatin1Char('/') + ru).contains("DESKTOP Она пройдет"));
            QVERIFY(readAll(m_server + QLatin1Char('/') + kk).contains("published: false"));
        }
        const QJsonObject s = status(m_a);
        QCOMPARE(s.value(QStringLiteral("awaitingServer")).toInt(), server == GitSyncVersion::V2_3_2 ? 1 : 0);
        QCOMPARE(s.value(QStringLiteral("serverMayBeStuck")).toBool(), stuck);
        QCOMPARE(s.contains(QStringLiteral("serverStuck")), stuck);
        const ProgramRun text = cli({QStringLiteral("status"), m_a, QStringLiteral("--no-fetch")});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.contains("pull.rebase false"), stuck);
        if (server == GitSyncVersion::V3_2_0) {
            QCOMPARE(s.value(QStringLiteral("behind")).toInt(), 2);
            const ProgramRun r = cli({QStringLiteral("sync"), m_a});
            QVERIFY2(r.code == 0, r.err.constData());
            QCOMPARE(readAll(m_a + QLatin1Char('/') + kk), readAll(m_server + QLatin1Char('/') + kk));
            return;
        }
        // The advice works: with pull.rebase=false in user/.git/config, 2.3.2 merges, and the warning goes.
        git(m_server, {QStringLiteral("config"), QStringLiteral("pull.rebase"), QStringLiteral("false")});
        const ServerSyncRun fixed = m_fx.serverSync();
        QVERIFY2(fixed.ok(), fixed.pull.err.constData());
        QCOMPARE(git(m_server, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), remoteTip().toLatin1());
        QVERIFY(readAll(m_server + QLatin1Char('/') + ru).contains("DESKTOP Она пройдет"));
        const QJsonObject after = status(m_a);
        QCOMPARE(after.value(QStringLiteral("awaitingServer")).toInt(), 0);
        QCOMPARE(after.value(QStringLiteral("serverMayBeStuck")).toBool(), false);
    }

    // An admin reorder (NN. prefixes swapped on the server) while a draft waits here: queued (committed, not yet
    // published: offline) or only edited in the working tree. The draft follows the move and is published once.
    void reorderDuringDraft_data()
    {
        QTest::addColumn<bool>("queued");
        addVersionColumn();
        QTest::newRow("queued commit (2.3.2)") << true << GitSyncVersion::V2_3_2;
        QTest::newRow("queued commit (3.2.0)") << true << GitSyncVersion::V3_2_0;
        QTest::newRow("edited, not committed (3.2.0)") << false << GitSyncVersion::V3_2_0;
    }

    void reorderDuringDraft()
    {
        QFETCH(bool, queued);
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        const QString newA = QStringLiteral("pages/02.news/02.2023-02-28-patient-school");
        const QString newB = QStringLiteral("pages/02.news/01.2023-02-02-balkhash");
        const QString file = m_a + QLatin1Char('/') + kPageB + QStringLiteral("/item.ru.md");
        edit(file, "---\n", "---\n# draft\n");
        const QByteArray draft = readAll(file);
        if (queued) {
            git(m_a,
                {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                    m_remote + QStringLiteral("-gone")});
            QCOMPARE(cli({QStringLiteral("publish"), m_a, kPageB}).code, 5);
            QVERIFY(!git(m_a, {QStringLiteral("for-each-ref"), QStringLiteral("refs/gravdesk/queued/")}).isEmpty());
            git(m_a, {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"), m_remote});
        }
        // The admin swaps the two news items: 01.a → 02.a and 02.b → 01.b, renamed on disk, one Git Sync commit.
        const QString tmp = QStringLiteral("pages/02.news/tmp-reorder");
        QVERIFY(QDir(m_server).rename(kPageA, tmp));
        QVERIFY(QDir(m_server).rename(kPageB, newB));
        QVERIFY(QDir(m_server).rename(tmp, newA));
        QVERIFY(m_fx.serverSync().ok());
        const int before = remoteCount();
        QCOMPARE(stateOf(status(m_a), kPageB), QStringLiteral("changed-on-both"));
        ProgramRun p;
        if (queued) {
            // The queued page is published under the name it was queued with: the publish follows the move.
            p = cli({QStringLiteral("publish"), m_a, kPageB});
        } else {
            const ProgramRun r = cli({QStringLiteral("sync"), m_a});
            QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
            QVERIFY(!QDir(m_a + QLatin1Char('/') + kPageB).exists());
            QCOMPARE(readAll(m_a + QLatin1Char('/') + newB + QStringLiteral("/item.ru.md")), draft);
            p = cli({QStringLiteral("publish"), m_a, newB});
        }
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QVERIFY2(p.out.contains("Published"), p.out.constData());
        // Exactly one commit on the server's tip, holding the draft in the page's new folder and nothing else.
        QCOMPARE(remoteCount(), before + 1);
        QCOMPARE(git(m_remote,
                     {QStringLiteral("diff-tree"), QStringLiteral("--no-commit-id"), QStringLiteral("--name-only"),
                         QStringLiteral("-r"), QStringLiteral("master")}),
            (newB + QStringLiteral("/item.ru.md")).toUtf8());
        QCOMPARE(git(m_remote, {QStringLiteral("show"), QStringLiteral("master:") + newB + QStringLiteral("/item.ru.md")}),
            draft.trimmed());
        QVERIFY(!QDir(m_a + QLatin1Char('/') + kPageB).exists());
        QCOMPARE(readAll(m_a + QLatin1Char('/') + newA + QStringLiteral("/item.ru.md")),
            readAll(m_server + QLatin1Char('/') + newA + QStringLiteral("/item.ru.md")));
        QVERIFY(git(m_a, {QStringLiteral("for-each-ref"), QStringLiteral("refs/gravdesk/queued/")}).isEmpty());
        const QJsonObject s = status(m_a);
        QCOMPARE(stateOf(s, newA), QStringLiteral("synced"));
        QCOMPARE(stateOf(s, newB), QStringLiteral("synced"));
        // The server takes it as a fast-forward.
        QVERIFY(m_fx.serverSync().ok());
        QCOMPARE(readAll(m_server + QLatin1Char('/') + newB + QStringLiteral("/item.ru.md")), draft);
    }

    // Risk 10: names from a Linux server that Windows cannot check out. They are reported by page before the update
    // (status) and with it (sync); on this system they are written, so nothing the server has is missing here.
    void nonPortableFromServer()
    {
        QVERIFY(build());
        const QStringList bad = {kPageB + QStringLiteral("/aux.md"), kPageA + QStringLiteral("/a:b.jpg"),
            kPageA + QStringLiteral("/notes."), kPageB + QStringLiteral("/2023-02-02-1.JPG")};
        for (const QString &rel : bad)
            QVERIFY(writeAll(m_server + QLatin1Char('/') + rel, rel.toUtf8() + '\n'));
        QVERIFY(m_fx.serverSync().ok());
        const QJsonObject s = status(m_a);
        QMap<QString, QString> byPath;
        for (const QJsonValue &v : s.value(QStringLiteral("nameWarnings")).toArray())
            byPath.insert(
                v.toObject().value(QStringLiteral("path")).toString(), v.toObject().value(QStringLiteral("page")).toString());
        QCOMPARE(byPath.size(), 4);
        for (const QString &rel : bad)
            QCOMPARE(byPath.value(rel), rel.section(QLatin1Char('/'), 0, -2));
        const ProgramRun text = cli({QStringLiteral("status"), m_a, QStringLiteral("--no-fetch")});
        QVERIFY2(text.out.contains("Windows cannot check out"), text.out.constData());
        QVERIFY(text.out.contains("differ only in upper and lower case"));
        QVERIFY(text.out.contains("Windows reserves"));
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, r.err.constData());
        for (const QString &rel : bad) {
            QVERIFY2(r.out.contains((rel.section(QLatin1Char('/'), 0, -2) + QStringLiteral(": ")).toUtf8()), r.out.constData());
            QCOMPARE(readAll(m_a + QLatin1Char('/') + rel), rel.toUtf8() + '\n');
        }
        // Once here, they are no longer news from the server.
        QVERIFY(status(m_a).value(QStringLiteral("nameWarnings")).toArray().isEmpty());
    }

    // D10: a path outside the synced folders, committed by someone else (plain git), is never written here, a file
    // of that name here stays as it is, and a publish neither drops nor changes it on the server.
    void outOfScopeNeverWritten()
    {
        QVERIFY(build());
        const QString rel = QStringLiteral("config/system.yaml");
        QVERIFY(writeAll(m_a + QLatin1Char('/') + rel, "local: true\n"));
        QVERIFY(writeAll(m_b + QLatin1Char('/') + rel, "remote: true\n"));
        git(m_b, {QStringLiteral("add"), rel});
        git(m_b, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("config from elsewhere")});
        git(m_b, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("master")});
        const QJsonObject s = status(m_a);
        QCOMPARE(s.value(QStringLiteral("behind")).toInt(), 1);
        for (const QJsonValue &v : s.value(QStringLiteral("pages")).toArray())
            QVERIFY(!v.toObject().value(QStringLiteral("folder")).toString().startsWith(QStringLiteral("config")));
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readAll(m_a + QLatin1Char('/') + rel), QByteArray("local: true\n"));
        edit(m_a + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md"), "Она пройдет", "DESKTOP Она пройдет");
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageA});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QCOMPARE(git(m_remote,
                     {QStringLiteral("diff-tree"), QStringLiteral("--no-commit-id"), QStringLiteral("--name-only"),
                         QStringLiteral("-r"), QStringLiteral("master")}),
            (kPageA + QStringLiteral("/item.ru.md")).toUtf8());
        QCOMPARE(git(m_remote, {QStringLiteral("show"), QStringLiteral("master:") + rel}), QByteArray("remote: true"));
        QCOMPARE(readAll(m_a + QLatin1Char('/') + rel), QByteArray("local: true\n"));
    }

    // gravdesk-cli killed (SIGKILL) in the middle of a publish, through a git wrapper (GRAVDESK_GIT) that stops at
    // one step: before the push, after the push landed, or holding index.lock after it. The next publish recovers:
    // the text is kept, a stale index.lock is cleared (a fresh one is left alone), and the page is published once.
    void killedMidPublish_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("when");
        QTest::addColumn<bool>("landed");
        QTest::newRow("killed before the push") << QStringLiteral("push") << QStringLiteral("before") << false;
        QTest::newRow("killed after the push landed") << QStringLiteral("push") << QStringLiteral("after") << true;
        QTest::newRow("killed holding index.lock") << QStringLiteral("update-index") << QStringLiteral("lock") << true;
    }

    void killedMidPublish()
    {
        QFETCH(QString, step);
        QFETCH(QString, when);
        QFETCH(bool, landed);
        QVERIFY(build());
        const QString wrapper = m_tmp.path() + QStringLiteral("/slowgit.sh");
        QVERIFY(writeAll(wrapper,
            "#!/bin/sh\n"
            "if [ \"$1\" = \"$SLOW_STEP\" ]; then\n"
            "  case \"$SLOW_WHEN\" in\n"
            "    after) \"$REAL_GIT\" \"$@\" || exit $? ;;\n"
            "    lock) : > .git/index.lock ;;\n"
            "  esac\n"
            "  echo $$ > \"$SLOW_MARK.tmp\" && mv \"$SLOW_MARK.tmp\" \"$SLOW_MARK\"\n"
            "  exec sleep 600\n"
            "fi\n"
            "exec \"$REAL_GIT\" \"$@\"\n"));
        QFile::setPermissions(wrapper, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString mark = m_tmp.path() + QStringLiteral("/slowgit.pid");
        QFile::remove(mark);
        const QString file = m_a + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md");
        edit(file, "Она пройдет", "DESKTOP Она пройдет");
        const QByteArray mine = readAll(file);
        const int before = remoteCount();

        QProcess publish;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRAVDESK_GIT"), wrapper);
        env.insert(QStringLiteral("REAL_GIT"), QStandardPaths::findExecutable(QStringLiteral("git")));
        env.insert(QStringLiteral("SLOW_STEP"), step);
        env.insert(QStringLiteral("SLOW_WHEN"), when);
        env.insert(QStringLiteral("SLOW_MARK"), mark);
        publish.setProcessEnvironment(env);
        publish.start(QStringLiteral(GRAVDESK_CLI), {QStringLiteral("publish"), m_a, kPageA});
        QVERIFY(publish.waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return QFile::exists(mark) || publish.state() == QProcess::NotRunning; }, 60000),
            "the publish never reached the step");
        QVERIFY2(QFile::exists(mark), publish.readAllStandardError().constData());
        publish.kill(); // SIGKILL
        QVERIFY(publish.waitForFinished());
        const pid_t stuckGit = pid_t(readAll(mark).trimmed().toLongLong());
        QVERIFY(stuckGit > 0);
        ::kill(stuckGit, SIGKILL);

        QCOMPARE(readAll(file), mine);
        QCOMPARE(remoteCount(), before + (landed ? 1 : 0));
        const QString lock = m_a + QStringLiteral("/.git/index.lock");
        QCOMPARE(QFile::exists(lock), when == QLatin1String("lock"));
        if (QFile::exists(lock)) {
            // A fresh lock may belong to a git still at work: left alone, and the publish says why.
            // A publish now either has nothing left to send (the killed one landed) or stops on the lock and says
            // so; it never removes the lock, never publishes twice, and keeps the text.
            const ProgramRun wedged = cli({QStringLiteral("publish"), m_a, kPageA});
            QVERIFY2(wedged.code == 0 || wedged.err.contains("index.lock"), QByteArray(wedged.err + wedged.out).constData());
            QVERIFY(QFile::exists(lock));
            QCOMPARE(remoteCount(), before + 1);
            QCOMPARE(readAll(file), mine);
            QFile f(lock);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        const ProgramRun again = cli({QStringLiteral("publish"), m_a, kPageA});
        QVERIFY2(again.code == 0, QByteArray(again.err + again.out).constData());
        QVERIFY(!QFile::exists(lock));
        QCOMPARE(readAll(file), mine);
        QCOMPARE(remoteCount(), before + 1);
        QCOMPARE(git(m_remote, {QStringLiteral("show"), QStringLiteral("master:") + kPageA + QStringLiteral("/item.ru.md")}),
            mine.trimmed());
        QCOMPARE(
            git(m_remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%P"), QStringLiteral("master")})
                .split(' ')
                .size(),
            1);
        const QJsonObject s = status(m_a);
        QCOMPARE(stateOf(s, kPageA), QStringLiteral("synced"));
        QCOMPARE(s.value(QStringLiteral("ahead")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("behind")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliVcs)
#include "tst_cli_vcs.moc"
