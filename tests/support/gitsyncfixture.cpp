#include "gitsyncfixture.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace GravDesk {
namespace {

const QString kMaster = QStringLiteral("master");
const QString kOrigin = QStringLiteral("origin");

bool copyFiles(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files)) {
        if (!QFile::copy(fi.absoluteFilePath(), to + QLatin1Char('/') + fi.fileName()))
            return false;
    }
    return true;
}

} // namespace

QString gitSyncVersionName(GitSyncVersion version)
{
    return version == GitSyncVersion::V2_3_2 ? QStringLiteral("2.3.2") : QStringLiteral("3.2.0");
}

QString GitSyncFixture::skipReason()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        return QStringLiteral("git is not installed (tools/deps.sh installs it)");
    if (!QDir(TestPaths::corpusDir()).exists())
        return QStringLiteral("the shared corpus is absent (../shared/corpus/hemcenter)");
    return QString();
}

bool GitSyncFixture::isolate(const QString &configDir)
{
    const QString config = configDir + QStringLiteral("/gitconfig");
    if (!writeFile(config, "[init]\n\tdefaultBranch = master\n[user]\n\tname = Nobody\n\temail = nobody@example.org\n"))
        return false;
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qputenv("GIT_CONFIG_GLOBAL", config.toLocal8Bit());
    qunsetenv("GRAVDESK_GIT");
    return true;
}

QStringList GitSyncFixture::defaultPages()
{
    return {QStringLiteral("pages/02.news/01.2023-02-28-patient-school"), QStringLiteral("pages/02.news/02.2023-02-02-balkhash")};
}

void GitSyncFixture::setDate(const QDateTime &when)
{
    if (!when.isValid()) {
        qunsetenv("GIT_AUTHOR_DATE");
        qunsetenv("GIT_COMMITTER_DATE");
        return;
    }
    // git's internal format: seconds since the epoch and the zone.
    const QByteArray stamp = QByteArray::number(when.toSecsSinceEpoch()) + " +0000";
    qputenv("GIT_AUTHOR_DATE", stamp);
    qputenv("GIT_COMMITTER_DATE", stamp);
}

GitRun GitSyncFixture::git(const QString &dir, const QStringList &args, const QHash<QString, QString> &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral("git"), QStringList {QStringLiteral("-C"), dir} + args);
    GitRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool GitSyncFixture::create(const QString &root, GitSyncVersion v, const QStringList &pages)
{
    version = v;
    remote = root + QStringLiteral("/remote.git");
    server = root + QStringLiteral("/server/user");
    deskA = root + QStringLiteral("/desk-a");
    deskB = root + QStringLiteral("/desk-b");
    const QString seed = root + QStringLiteral("/seed");
    const QString corpus = TestPaths::corpusDir() + QStringLiteral("/user/");
    for (const QString &page : pages) {
        if (!copyFiles(corpus + page, seed + QLatin1Char('/') + page)) {
            m_error = QStringLiteral("cannot copy the corpus page ") + page;
            return false;
        }
    }
    const auto must = [this](const GitRun &r, const char *what) {
        if (!r.ok())
            m_error = QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromUtf8(r.err);
        return r.ok();
    };
    // The remote holds pages/ at its root: Git Sync's repository is the Grav user/ folder.
    if (!must(git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), remote}), "init --bare")
        || !must(git(root, {QStringLiteral("init"), QStringLiteral("-q"), seed}), "init seed")
        || !must(git(seed, {QStringLiteral("add"), QStringLiteral("pages")}), "add seed")
        || !must(git(seed,
                     {QStringLiteral("-c"), QStringLiteral("user.name=GitSync"), QStringLiteral("-c"),
                         QStringLiteral("user.email=git-sync@trilby.media"), QStringLiteral("commit"), QStringLiteral("-q"),
                         QStringLiteral("-m"), QStringLiteral("(Grav GitSync) Automatic Commit from GitSync")}),
            "commit seed")
        || !must(git(seed, {QStringLiteral("push"), QStringLiteral("-q"), remote, kMaster}), "push seed"))
        return false;
    // The server as initializeRepository(), enableSparseCheckout() and setUser() leave it.
    if (!QDir().mkpath(server) || !must(git(server, {QStringLiteral("init"), QStringLiteral("-q")}), "init server")
        || !must(git(server, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), kMaster}), "checkout -b")
        || !must(git(server, {QStringLiteral("config"), QStringLiteral("core.sparsecheckout"), QStringLiteral("true")}), "sparse")
        || !writeFile(server + QStringLiteral("/.git/info/sparse-checkout"), "pages/\r\npages/*")
        || !writeFile(server + QStringLiteral("/.gitignore"), "/*\r\n!/pages")
        || !must(git(server, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("GitSync")}), "user.name")
        || !must(git(server, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("git-sync@trilby.media")}),
            "user.email")
        || !must(git(server, {QStringLiteral("remote"), QStringLiteral("add"), kOrigin, remote}), "remote add"))
        return false;
    // The server's own user/ folder starts with nothing in pages/: the first sync brings the remote's.
    const ServerSyncRun first = serverSync();
    if (!first.ok()) {
        m_error = QStringLiteral("first server sync: ") + QString::fromUtf8(first.pull.err + first.push.err);
        return false;
    }
    if (!must(git(root, {QStringLiteral("clone"), QStringLiteral("-q"), remote, deskA}), "clone A")
        || !must(git(deskA, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Desk A")}), "A name")
        || !must(git(root,
                     {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("core.autocrlf=true"),
                         remote, deskB}),
            "clone B")
        || !must(git(deskB, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Desk B")}), "B name"))
        return false;
    return true;
}

ServerSyncRun GitSyncFixture::serverSync(GitSyncVersion as)
{
    ServerSyncRun run;
    // hasChangesToCommit(): the last line of `git status pages` (LC_ALL=C, as execute() sets it).
    const GitRun st = git(server, {QStringLiteral("status"), QStringLiteral("pages")});
    const QList<QByteArray> lines = st.out.trimmed().split('\n');
    if (!lines.last().startsWith("nothing to commit")) {
        git(server, {QStringLiteral("add"), QStringLiteral(".")});
        const GitRun commit = git(server,
            {QStringLiteral("commit"), QStringLiteral("--author=GitSync <git-sync@trilby.media>"), QStringLiteral("-m"),
                QStringLiteral("(Grav GitSync) Automatic Commit from GitSync")});
        run.committed = commit.ok();
    }
    git(server, {QStringLiteral("fetch"), kOrigin, kMaster});
    QStringList pull = {QStringLiteral("pull"), QStringLiteral("--allow-unrelated-histories")};
    if (as == GitSyncVersion::V3_2_0)
        pull << QStringLiteral("--ff");
    pull << QStringLiteral("-X") << QStringLiteral("theirs") << kOrigin << kMaster;
    run.pull = git(server, pull);
    if (!run.pull.ok())
        return run; // the plugin throws: no push
    run.push = git(server, {QStringLiteral("push"), kOrigin, QStringLiteral("master:master")});
    return run;
}

ServerSyncRun GitSyncFixture::adminSave(const QString &rel, const QByteArray &from, const QByteArray &to)
{
    if (!replaceIn(server + QLatin1Char('/') + rel, from, to)) {
        qWarning("adminSave: %s not in %s", from.constData(), qPrintable(rel));
        return {};
    }
    return serverSync();
}

ServerSyncRun GitSyncFixture::adminReorder(const QString &from, const QString &to)
{
    if (!QDir(server).rename(from, to)) {
        qWarning("adminReorder: cannot rename %s", qPrintable(from));
        return {};
    }
    return serverSync();
}

ServerSyncRun GitSyncFixture::adminDelete(const QString &folder)
{
    if (!QDir(server + QLatin1Char('/') + folder).removeRecursively()) {
        qWarning("adminDelete: cannot remove %s", qPrintable(folder));
        return {};
    }
    return serverSync();
}

ServerSyncRun GitSyncFixture::adminAddFile(const QString &rel, const QByteArray &bytes)
{
    if (!writeFile(server + QLatin1Char('/') + rel, bytes))
        return {};
    return serverSync();
}

QString GitSyncFixture::remoteTip() const
{
    return QString::fromLatin1(gitOut(remote, {QStringLiteral("rev-parse"), kMaster}));
}

QStringList GitSyncFixture::remoteLog(bool firstParent) const
{
    QStringList args = {QStringLiteral("log"), QStringLiteral("--format=%s")};
    if (firstParent)
        args << QStringLiteral("--first-parent");
    args << kMaster;
    return QString::fromUtf8(gitOut(remote, args)).split(QLatin1Char('\n'));
}

QByteArray GitSyncFixture::readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool GitSyncFixture::writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool GitSyncFixture::replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray text = readFile(path);
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    return writeFile(path, text);
}

} // namespace GravDesk
