// gravdesk-cli status / sync / publish / history against real git: a bare remote seeded from the corpus in
// Git Sync's layout, a "server" clone that replays Git Sync's own command sequence, and two desktop clones
// (the second with core.autocrlf=true, as Git for Windows sets it up).
#include "programrun.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QString kPageA = QStringLiteral("pages/02.news/01.2023-02-28-patient-school");
const QString kPageB = QStringLiteral("pages/02.news/02.2023-02-02-balkhash");

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

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files)) {
        if (!QFile::copy(fi.absoluteFilePath(), to + QLatin1Char('/') + fi.fileName()))
            return false;
    }
    return true;
}

} // namespace

class TestCliVcs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_remote, m_server, m_a, m_b;

    static ProgramRun cli(const QStringList &args) { return runProgram(QStringLiteral(GRAVDESK_CLI), args, 120000); }

    static QByteArray git(const QString &dir, const QStringList &args)
    {
        const ProgramRun r = runProgram(QStringLiteral("git"), QStringList {QStringLiteral("-C"), dir} + args);
        if (r.code != 0)
            qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.out.trimmed();
    }

    // Grav Git Sync's synchronize() (3.2.0): status pages → add . → commit → fetch → pull -X theirs → push.
    void serverSync()
    {
        const ProgramRun st = runProgram(
            QStringLiteral("git"), {QStringLiteral("-C"), m_server, QStringLiteral("status"), QStringLiteral("pages")});
        const QList<QByteArray> lines = st.out.trimmed().split('\n');
        if (!lines.last().startsWith("nothing to commit")) {
            git(m_server, {QStringLiteral("add"), QStringLiteral(".")});
            git(m_server,
                {QStringLiteral("commit"), QStringLiteral("--author=GitSync <git-sync@trilby.media>"), QStringLiteral("-m"),
                    QStringLiteral("(Grav GitSync) Automatic Commit from GitSync")});
        }
        git(m_server, {QStringLiteral("fetch"), QStringLiteral("origin"), QStringLiteral("master")});
        git(m_server,
            {QStringLiteral("pull"), QStringLiteral("--allow-unrelated-histories"), QStringLiteral("--ff"), QStringLiteral("-X"),
                QStringLiteral("theirs"), QStringLiteral("origin"), QStringLiteral("master")});
        git(m_server, {QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("master:master")});
    }

    // An admin save on the server: @p from replaced by @p to in the page file, then Git Sync's sync.
    void adminEdit(const QString &rel, const QByteArray &from, const QByteArray &to)
    {
        git(m_server, {QStringLiteral("pull"), QStringLiteral("--ff"), QStringLiteral("origin"), QStringLiteral("master")});
        QByteArray text = readAll(m_server + QLatin1Char('/') + rel);
        QVERIFY(text.contains(from));
        text.replace(from, to);
        QVERIFY(writeAll(m_server + QLatin1Char('/') + rel, text));
        serverSync();
    }

    static void edit(const QString &path, const QByteArray &from, const QByteArray &to)
    {
        QByteArray text = readAll(path);
        QVERIFY2(text.contains(from), qPrintable(path));
        text.replace(from, to);
        QVERIFY(writeAll(path, text));
    }

    QString remoteTip() { return QString::fromLatin1(git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master")})); }

    QJsonObject status(const QString &clone)
    {
        const ProgramRun r = cli({QStringLiteral("status"), clone, QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    static QString stateOf(const QJsonObject &status, const QString &folder)
    {
        for (const QJsonValue &v : status.value(QStringLiteral("pages")).toArray()) {
            if (v.toObject().value(QStringLiteral("folder")).toString() == folder)
                return v.toObject().value(QStringLiteral("state")).toString();
        }
        return QStringLiteral("(absent)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        if (!QDir(TestPaths::corpusDir()).exists())
            QSKIP("the shared corpus is absent (../shared/corpus/hemcenter)");
        const QString config = m_tmp.path() + QStringLiteral("/gitconfig");
        QVERIFY(writeAll(config, "[init]\n\tdefaultBranch = master\n[user]\n\tname = Nobody\n\temail = nobody@example.org\n"));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_CONFIG_GLOBAL", config.toLocal8Bit());
        qunsetenv("GRAVDESK_GIT");
    }

    void init()
    {
        static int n = 0;
        const QString root = m_tmp.path() + QStringLiteral("/case") + QString::number(++n);
        m_remote = root + QStringLiteral("/remote.git");
        m_server = root + QStringLiteral("/server/user");
        m_a = root + QStringLiteral("/desk-a");
        m_b = root + QStringLiteral("/desk-b");
        const QString seed = root + QStringLiteral("/seed");
        const QString corpus = TestPaths::corpusDir() + QStringLiteral("/user/");
        QVERIFY(copyFolder(corpus + kPageA, seed + QLatin1Char('/') + kPageA));
        QVERIFY(copyFolder(corpus + kPageB, seed + QLatin1Char('/') + kPageB));
        git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), m_remote});
        git(root, {QStringLiteral("init"), QStringLiteral("-q"), seed});
        git(seed, {QStringLiteral("add"), QStringLiteral("pages")});
        git(seed,
            {QStringLiteral("-c"), QStringLiteral("user.name=GitSync"), QStringLiteral("commit"), QStringLiteral("-q"),
                QStringLiteral("-m"), QStringLiteral("(Grav GitSync) Automatic Commit from GitSync")});
        git(seed, {QStringLiteral("push"), QStringLiteral("-q"), m_remote, QStringLiteral("master")});
        // The server as Git Sync initialises it: sparse checkout and .gitignore joined with CRLF.
        QDir().mkpath(m_server);
        git(m_server, {QStringLiteral("init"), QStringLiteral("-q")});
        git(m_server, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("master")});
        git(m_server, {QStringLiteral("config"), QStringLiteral("core.sparsecheckout"), QStringLiteral("true")});
        QVERIFY(writeAll(m_server + QStringLiteral("/.git/info/sparse-checkout"), "pages/\r\npages/*"));
        QVERIFY(writeAll(m_server + QStringLiteral("/.gitignore"), "/*\r\n!/pages"));
        git(m_server, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("GitSync")});
        git(m_server, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("git-sync@trilby.media")});
        git(m_server, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), m_remote});
        serverSync();
        QVERIFY(QFile::exists(m_server + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md")));
        git(root, {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, m_a});
        git(m_a, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Desk A")});
        git(root,
            {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("core.autocrlf=true"), m_remote,
                m_b});
        git(m_b, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Desk B")});
    }

    void firstConnection()
    {
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

    void sameParagraph_data()
    {
        QTest::addColumn<bool>("serverFirst");
        QTest::newRow("server saved first") << true;
        QTest::newRow("desktop edit pending while another desktop publishes") << false;
    }

    void sameParagraph()
    {
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

    void differentParagraphs()
    {
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
        QFETCH(bool, deletedOnServer);
        const QString rel = kPageB + QStringLiteral("/item.ru.md");
        const QString file = m_a + QLatin1Char('/') + rel;
        if (deletedOnServer) {
            edit(file, "---\n", "---\n# edited here\n");
            git(m_server, {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("-r"), kPageB});
            serverSync();
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
        QTest::newRow("no edits here") << false;
        QTest::newRow("a draft here follows the move") << true;
    }

    void movedOnServer()
    {
        // The admin reorders: 02.balkhash becomes 03.balkhash.
        QFETCH(bool, draft);
        const QString moved = QStringLiteral("pages/02.news/03.2023-02-02-balkhash");
        const QString file = m_a + QLatin1Char('/') + kPageB + QStringLiteral("/item.ru.md");
        if (draft)
            edit(file, "---\n", "---\n# draft\n");
        git(m_server, {QStringLiteral("mv"), kPageB, moved});
        serverSync();
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

    void publishLocalRename()
    {
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
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent-gravdesk");
        const ProgramRun r = cli({QStringLiteral("status"), m_a});
        qputenv("PATH", path);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("Git is not installed"), r.err.constData());
        QCOMPARE(r.err.count("Git is not installed"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliVcs)
#include "tst_cli_vcs.moc"
