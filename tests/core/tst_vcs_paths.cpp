// GitRepo on a clone in Git Sync's layout, through the paths that keep status, sync and publish proportional to
// what changed: new page folders listed file by file (git lists a new folder as one entry), a page with child
// pages published from the trees above it only, and the index moved entry by entry after a sync and a publish.
#include "io/siteworkspace.h"
#include "site/sitelayout.h"
#include "vcs/gitrepo.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace GravDesk;

namespace {

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray page(const QByteArray &title)
{
    return "---\ntitle: '" + title + "'\n---\n\nText of " + title + ".\n";
}

const PageGitStatus *find(const RepoStatus &s, const QString &folder)
{
    const auto it = std::find_if(s.pages.cbegin(), s.pages.cend(), [&](const PageGitStatus &p) { return p.folder == folder; });
    return it == s.pages.cend() ? nullptr : &*it;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestVcsPaths final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_remote, m_desk, m_other;

    static QByteArray git(const QString &dir, const QStringList &args, const QByteArray &input = QByteArray())
    {
        const GitResult r = GitRunner(dir).run(args, {input, {}, false, false});
        if (!r.ok())
            qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.out.trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        const QString config = m_tmp.path() + QStringLiteral("/gitconfig");
        QVERIFY(writeAll(config, "[init]\n\tdefaultBranch = master\n[user]\n\tname = Nobody\n\temail = nobody@example.org\n"));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_CONFIG_GLOBAL", config.toLocal8Bit());
        qputenv("XDG_STATE_HOME", QString(m_tmp.path() + QStringLiteral("/state")).toLocal8Bit());
        qunsetenv("GRAVDESK_GIT");
    }

    // A remote with pages a, b and b's child page c; the desktop clone and another one that plays the server.
    void init()
    {
        static int n = 0;
        const QString root = m_tmp.path() + QStringLiteral("/case") + QString::number(++n);
        const QString seed = root + QStringLiteral("/seed");
        m_remote = root + QStringLiteral("/remote.git");
        m_desk = root + QStringLiteral("/desk");
        m_other = root + QStringLiteral("/other");
        QVERIFY(writeAll(seed + QStringLiteral("/pages/02.news/a/item.ru.md"), page("A")));
        QVERIFY(writeAll(seed + QStringLiteral("/pages/02.news/b/item.ru.md"), page("B")));
        QVERIFY(writeAll(seed + QStringLiteral("/pages/02.news/b/c/item.ru.md"), page("C")));
        git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), m_remote});
        git(root, {QStringLiteral("init"), QStringLiteral("-q"), seed});
        git(seed, {QStringLiteral("add"), QStringLiteral("pages")});
        git(seed, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("seed")});
        git(seed, {QStringLiteral("push"), QStringLiteral("-q"), m_remote, QStringLiteral("master")});
        git(root, {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, m_desk});
        git(root, {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, m_other});
        QVERIFY(QFile::exists(m_desk + QStringLiteral("/pages/02.news/b/c/item.ru.md")));
    }

    void newFoldersAndChildPages()
    {
        QVERIFY(writeAll(m_desk + QStringLiteral("/pages/02.news/n/item.ru.md"), page("N ru")));
        QVERIFY(writeAll(m_desk + QStringLiteral("/pages/02.news/n/item.kk.md"), page("N kk")));
        QVERIFY(writeAll(m_desk + QStringLiteral("/pages/02.news/m/sub/item.ru.md"), page("M")));
        QVERIFY(writeAll(m_desk + QStringLiteral("/pages/02.news/b/item.ru.md"), page("B edited")));
        const SiteLayout layout = locateSite(m_desk);
        QVERIFY(layout.isValid());
        GitRepo repo(layout);
        QVERIFY2(repo.open(), qPrintable(repo.error()));

        // Every file of a new folder is listed, also one folder further down.
        const RepoStatus s = repo.status();
        QVERIFY2(s.ok, qPrintable(s.error));
        const PageGitStatus *n = find(s, QStringLiteral("pages/02.news/n"));
        const PageGitStatus *m = find(s, QStringLiteral("pages/02.news/m/sub"));
        const PageGitStatus *b = find(s, QStringLiteral("pages/02.news/b"));
        QVERIFY(n && m && b);
        QCOMPARE(n->state, PageGitState::EditedHere);
        QCOMPARE(sorted(n->files),
            QStringList({QStringLiteral("pages/02.news/n/item.kk.md"), QStringLiteral("pages/02.news/n/item.ru.md")}));
        QCOMPARE(m->files, QStringList {QStringLiteral("pages/02.news/m/sub/item.ru.md")});
        QCOMPARE(b->files, QStringList {QStringLiteral("pages/02.news/b/item.ru.md")});
        QCOMPARE(find(s, QStringLiteral("pages/02.news/b/c"))->state, PageGitState::Synced);

        // A page with a child page: its own file only; the child stays as it was on the server.
        SiteWorkspace workspace(layout);
        PublishOutcome o = repo.publish(workspace, {m_desk + QStringLiteral("/pages/02.news/b")});
        QCOMPARE(int(o.result), int(PublishOutcome::Result::Published));
        QCOMPARE(o.files, QStringList {QStringLiteral("pages/02.news/b/item.ru.md")});
        QCOMPARE(
            git(m_remote,
                {QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("master~1"), QStringLiteral("master")}),
            QByteArray("pages/02.news/b/item.ru.md"));
        QCOMPARE(git(m_remote, {QStringLiteral("show"), QStringLiteral("master:pages/02.news/b/item.ru.md")}),
            page("B edited").trimmed());
        QCOMPARE(
            git(m_remote, {QStringLiteral("show"), QStringLiteral("master:pages/02.news/b/c/item.ru.md")}), page("C").trimmed());

        // A new page folder: a tree the server's tip did not have.
        o = repo.publish(workspace, {m_desk + QStringLiteral("/pages/02.news/n")});
        QCOMPARE(int(o.result), int(PublishOutcome::Result::Published));
        QCOMPARE(
            git(m_remote,
                {QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("master~1"), QStringLiteral("master")}),
            QByteArray("pages/02.news/n/item.kk.md\npages/02.news/n/item.ru.md"));
        QCOMPARE(
            git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("master")}), QByteArray("3"));

        // Branch and index are the published commit; the other draft is still only here, untracked.
        QCOMPARE(git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}),
            git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master")}));
        QCOMPARE(git(m_desk, {QStringLiteral("write-tree")}),
            git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}));
        QCOMPARE(git(m_desk, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("-uall")}),
            QByteArray("?? pages/02.news/m/sub/item.ru.md"));
        QCOMPARE(repo.status().pages.size(), s.pages.size());
    }

    void syncMovesTheIndexByEntries()
    {
        // The server: a changed, an added and a deleted page file.
        QVERIFY(writeAll(m_other + QStringLiteral("/pages/02.news/a/item.ru.md"), page("A from the server")));
        QVERIFY(writeAll(m_other + QStringLiteral("/pages/02.news/d/item.ru.md"), page("D")));
        QVERIFY(QFile::remove(m_other + QStringLiteral("/pages/02.news/b/c/item.ru.md")));
        git(m_other, {QStringLiteral("add"), QStringLiteral("-A")});
        git(m_other, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("server")});
        git(m_other, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("master")});
        // A draft here, in a file the server did not touch.
        QVERIFY(writeAll(m_desk + QStringLiteral("/pages/02.news/b/item.ru.md"), page("B draft")));

        const SiteLayout layout = locateSite(m_desk);
        GitRepo repo(layout);
        QVERIFY2(repo.open(), qPrintable(repo.error()));
        SiteWorkspace workspace(layout);
        const SyncOutcome o = repo.sync(workspace);
        QCOMPARE(int(o.result), int(SyncOutcome::Result::Updated));
        QCOMPARE(readAll(m_desk + QStringLiteral("/pages/02.news/a/item.ru.md")), page("A from the server"));
        QCOMPARE(readAll(m_desk + QStringLiteral("/pages/02.news/d/item.ru.md")), page("D"));
        QVERIFY(!QFile::exists(m_desk + QStringLiteral("/pages/02.news/b/c/item.ru.md")));
        QCOMPARE(readAll(m_desk + QStringLiteral("/pages/02.news/b/item.ru.md")), page("B draft"));
        QCOMPARE(git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}),
            git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master")}));
        QCOMPARE(git(m_desk, {QStringLiteral("write-tree")}),
            git(m_desk, {QStringLiteral("rev-parse"), QStringLiteral("HEAD^{tree}")}));
        QCOMPARE(git(m_desk, {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("-uall")}),
            QByteArray("M pages/02.news/b/item.ru.md"));
        // Up to date now: a second sync changes nothing.
        QCOMPARE(int(repo.sync(workspace).result), int(SyncOutcome::Result::UpToDate));
    }
};

QTEST_GUILESS_MAIN(TestVcsPaths)
#include "tst_vcs_paths.moc"
