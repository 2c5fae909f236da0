#include "gitrepo.h"

#include "io/clock.h"
#include "io/safefile.h"
#include "io/siteworkspace.h"
#include "io/statepaths.h"
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "vcs/gitindex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <future>
#include <iterator>

namespace GravDesk {
namespace {

constexpr qint64 kWarnBytes = qint64(5) * 1024 * 1024;
constexpr qint64 kRefuseBytes = qint64(50) * 1024 * 1024;
constexpr int kPushAttempts = 3;
// An index.lock older than this, with no git running in the repository, was left by a git that was killed.
constexpr qint64 kStaleLockSecs = 120;

QString folderOf(const QString &rel)
{
    const qsizetype slash = rel.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : rel.left(slash);
}

QString fileNameOf(const QString &rel)
{
    return rel.mid(rel.lastIndexOf(QLatin1Char('/')) + 1);
}

// Text the site serves: committed with LF only (a CRLF blob makes every later server edit a whole-file change).
bool isText(const QString &rel)
{
    return rel.endsWith(QLatin1String(".md")) || rel.endsWith(QLatin1String(".yaml")) || rel.endsWith(QLatin1String(".yml"));
}

bool isJunk(const QString &name)
{
    return name == QLatin1String("Thumbs.db") || name == QLatin1String("desktop.ini") || name == QLatin1String(".DS_Store")
        || name.startsWith(QLatin1String("~$")) || name.endsWith(QLatin1String(".tmp")) || SiteWorkspace::isOwnTempName(name);
}

// Why Windows could not check out @p rel ("" when it can).
QString windowsNameProblem(const QString &rel)
{
    static const QRegularExpression reserved(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : rel.split(QLatin1Char('/'))) {
        for (const QChar c : part) {
            if (c.unicode() < 32 || QStringLiteral("<>:\"|?*\\").contains(c))
                return QCoreApplication::translate("GravDesk::Vcs", "“%1” has a character Windows does not allow in file names")
                    .arg(rel);
        }
        if (part.endsWith(QLatin1Char('.')) || part.endsWith(QLatin1Char(' ')))
            return QCoreApplication::translate("GravDesk::Vcs", "“%1” ends with a dot or a space, which Windows does not allow")
                .arg(rel);
        if (reserved.match(part).hasMatch())
            return QCoreApplication::translate("GravDesk::Vcs", "“%1” uses a name Windows reserves").arg(rel);
    }
    return QString();
}

// Whether a git process works in @p top (Linux: a process named git* whose working folder is in it). Elsewhere
// nothing is known, and the lock's age alone decides.
bool gitRunningIn(const QString &top)
{
#ifdef Q_OS_LINUX
    const QString topReal = QFileInfo(top).canonicalFilePath();
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!pid.at(0).isDigit())
            continue;
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("git"))
            continue;
        const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget();
        if (cwd == topReal || cwd.startsWith(topReal + QLatin1Char('/')))
            return true;
    }
#else
    Q_UNUSED(top)
#endif
    return false;
}

// The repository's git folder: `.git` in the top folder, else (a linked worktree, a submodule) as git says.
QString gitDirOf(const QString &top, const GitRunner &runner)
{
    const QString dotGit = top + QStringLiteral("/.git");
    if (QFileInfo(dotGit).isDir())
        return dotGit;
    const GitResult r = runner.run({QStringLiteral("rev-parse"), QStringLiteral("--absolute-git-dir")});
    return r.ok() ? QString::fromUtf8(r.out.trimmed()) : dotGit;
}

// A merge, rebase, cherry-pick or revert someone started in the repository (a terminal, another tool) and did not
// finish: what to tell the user, "" when there is none. Syncing then would end it behind the user's back (a reset
// drops MERGE_HEAD) or carry its conflict markers into pages.
QString unfinishedOperation(const QString &gitDir)
{
    const auto has = [&gitDir](const char *name) { return QFileInfo::exists(gitDir + QLatin1Char('/') + QLatin1String(name)); };
    if (has("rebase-merge") || has("rebase-apply"))
        return QCoreApplication::translate("GravDesk::Vcs",
            "A rebase started outside GravDesk is not finished; finish or abort it (git rebase --continue or "
            "git rebase --abort) before syncing. The repository needs repair; nothing was changed.");
    if (has("MERGE_HEAD"))
        return QCoreApplication::translate("GravDesk::Vcs",
            "A merge started outside GravDesk is not finished; finish or abort it (git commit or git merge --abort) "
            "before syncing. The repository needs repair; nothing was changed.");
    if (has("CHERRY_PICK_HEAD"))
        return QCoreApplication::translate("GravDesk::Vcs",
            "A cherry-pick started outside GravDesk is not finished; finish or abort it (git cherry-pick --continue "
            "or git cherry-pick --abort) before syncing. The repository needs repair; nothing was changed.");
    if (has("REVERT_HEAD"))
        return QCoreApplication::translate("GravDesk::Vcs",
            "A revert started outside GravDesk is not finished; finish or abort it (git revert --continue or git "
            "revert --abort) before syncing. The repository needs repair; nothing was changed.");
    return QString();
}

// One folder's tree: its entries by name (mode as git writes it, e.g. "100644" or "40000"; id in hex).
struct TreeEntry
{
    QByteArray mode;
    QByteArray id;
};
struct Tree
{
    QMap<QByteArray, TreeEntry> entries;
    QByteArray id; ///< the parent commit's tree for this folder ("" when it had none)
    bool changed = false;
};

// A tree object as `git cat-file --batch` prints it: "<mode> <name>\0<id in binary>", one after another.
Tree parseTree(const QByteArray &raw, int idBytes)
{
    Tree t;
    qsizetype at = 0;
    while (at < raw.size()) {
        const qsizetype space = raw.indexOf(' ', at);
        const qsizetype nul = space < 0 ? -1 : raw.indexOf('\0', space);
        if (nul < 0 || nul + 1 + idBytes > raw.size())
            break;
        t.entries.insert(raw.mid(space + 1, nul - space - 1), {raw.mid(at, space - at), raw.mid(nul + 1, idBytes).toHex()});
        at = nul + 1 + idBytes;
    }
    return t;
}

// The id git gives @p bytes as an object of @p type (in hex).
QByteArray objectId(const char *type, const QByteArray &bytes, int idBytes)
{
    QCryptographicHash h(idBytes == 32 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1);
    h.addData(QByteArray(QByteArray(type) + ' ' + QByteArray::number(bytes.size()) + '\0'));
    h.addData(bytes);
    return h.result().toHex();
}

QList<QByteArray> splitZ(const QByteArray &out)
{
    QList<QByteArray> parts = out.split('\0');
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

} // namespace

QString pageGitStateName(PageGitState state)
{
    switch (state) {
    case PageGitState::Synced: return QStringLiteral("synced");
    case PageGitState::EditedHere: return QStringLiteral("edited-here");
    case PageGitState::ChangedOnServer: return QStringLiteral("changed-on-server");
    case PageGitState::ChangedOnBoth: return QStringLiteral("changed-on-both");
    case PageGitState::MovedOnServer: return QStringLiteral("moved-on-server");
    case PageGitState::DeletedOnServer: return QStringLiteral("deleted-on-server");
    case PageGitState::NeedsDecision: return QStringLiteral("needs-decision");
    }
    return QString();
}

QString pageGitStateText(PageGitState state)
{
    switch (state) {
    case PageGitState::Synced: return QCoreApplication::translate("GravDesk::Vcs", "synced");
    case PageGitState::EditedHere: return QCoreApplication::translate("GravDesk::Vcs", "edited here");
    case PageGitState::ChangedOnServer: return QCoreApplication::translate("GravDesk::Vcs", "changed on the server");
    case PageGitState::ChangedOnBoth: return QCoreApplication::translate("GravDesk::Vcs", "changed on both sides");
    case PageGitState::MovedOnServer: return QCoreApplication::translate("GravDesk::Vcs", "moved on the server");
    case PageGitState::DeletedOnServer: return QCoreApplication::translate("GravDesk::Vcs", "deleted on the server");
    case PageGitState::NeedsDecision: return QCoreApplication::translate("GravDesk::Vcs", "needs a decision");
    }
    return QString();
}

GitRepo::GitRepo(const SiteLayout &layout, const QString &gitProgram)
    : m_layout(layout)
    , m_runner(layout.pagesDir, gitProgram)
{ }

QString GitRepo::relative(const QString &path) const
{
    const QString abs = QDir::cleanPath(QFileInfo(path).isAbsolute() ? path : m_top + QLatin1Char('/') + path);
    const QString rel = QDir(m_top).relativeFilePath(abs);
    if (rel.startsWith(QLatin1String("..")) || QFileInfo(rel).isAbsolute())
        return QString();
    return rel == QLatin1String(".") ? QString() : rel;
}

bool GitRepo::inSynced(const QString &rel) const
{
    return std::any_of(m_synced.cbegin(), m_synced.cend(), [&rel](const QString &f) {
        return rel.startsWith(f) && (rel.size() == f.size() || rel.at(f.size()) == QLatin1Char('/'));
    });
}

QString GitRepo::revParse(const QString &rev) const
{
    // Only reads a ref: beside the queue, so it may run while git status does.
    const GitResult r = m_runner.runBeside({QStringLiteral("rev-parse"), QStringLiteral("-q"), QStringLiteral("--verify"), rev});
    return r.ok() ? QString::fromLatin1(r.out.trimmed()) : QString();
}

bool GitRepo::hasOwnRepository(const QString &pagesDir)
{
    QDir dir(pagesDir);
    for (int level = 0; level < 2; ++level) {
        if (!dir.cdUp())
            return false;
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return true;
    }
    return false;
}

bool GitRepo::open()
{
    // The top folder and the branch in one call, with the branch settings read beside it: three commands that
    // each start a git would add their start-up to every status on the command line.
    auto settings = std::async(std::launch::async, [this] {
        return m_runner.runBeside(
            {QStringLiteral("config"), QStringLiteral("-z"), QStringLiteral("--get-regexp"), QStringLiteral("^branch\\.")});
    });
    const GitResult top = m_runner.run({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel"),
        QStringLiteral("--symbolic-full-name"), QStringLiteral("HEAD")});
    const GitResult branchSettings = settings.get();
    if (!top.started) {
        m_error = GitRunner::probe(m_runner.program()).problem;
        return false;
    }
    // An unborn branch (no commit yet) fails on HEAD but has printed the top folder first.
    const QList<QByteArray> lines = top.out.split('\n');
    if (lines.value(0).trimmed().isEmpty()) {
        m_error = QCoreApplication::translate("GravDesk::Vcs", "The site is not in a git repository: %1").arg(top.message());
        return false;
    }
    m_top = QDir::cleanPath(QString::fromUtf8(lines.value(0).trimmed()));
    // Paths are compared with the repository's own spelling of the folder (links resolved alike).
    const QString pagesReal = QFileInfo(m_layout.pagesDir).canonicalFilePath();
    const QString topReal = QFileInfo(m_top).canonicalFilePath();
    m_top = topReal;
    m_runner = GitRunner(m_top, m_runner.program());
    m_runner.setAskPass(m_askPass);
    m_runner.setLogger(m_logger);
    m_synced = {QDir(m_top).relativeFilePath(pagesReal)};
    // The site's own repository holds the pages folder at its root (Git Sync's remote: `user/`) or one level
    // down (a whole Grav site: `user/pages`), as hasOwnRepository() says. A site lying deeper inside another
    // project's checkout is not published through that project's remote.
    if (m_synced.first().startsWith(QLatin1String("..")) || m_synced.first().count(QLatin1Char('/')) > 1
        || m_synced.first() == QLatin1String(".")) {
        m_error = QCoreApplication::translate("GravDesk::Vcs",
            "The site lies inside a git repository that is not its own (%1); publishing through git needs the site's "
            "own repository, with the pages folder at its root or in its user folder.")
                      .arg(QDir::toNativeSeparators(m_top));
        return false;
    }
    clearStaleIndexLock();
    const QByteArray headRef = lines.value(1).trimmed();
    if (top.ok() && headRef.startsWith("refs/heads/")) {
        m_branch = QString::fromUtf8(headRef.mid(11));
    } else {
        // Detached, or a branch with no commit yet: only symbolic-ref tells them apart.
        const GitResult head = m_runner.run({QStringLiteral("symbolic-ref"), QStringLiteral("--short"), QStringLiteral("HEAD")});
        if (!head.ok()) {
            // A rebase stopped on a conflict leaves HEAD detached too: say which.
            m_error = unfinishedOperation(gitDirOf(m_top, m_runner));
            if (m_error.isEmpty())
                m_error = QCoreApplication::translate(
                    "GravDesk::Vcs", "The repository is not on a branch (detached HEAD); it needs repair before syncing.");
            return false;
        }
        m_branch = QString::fromUtf8(head.out.trimmed());
    }
    // branch.<name>.remote and .merge (the last value wins, as `git config <key>` answers)
    QString remote, merge;
    bool hasRemote = false, hasMerge = false;
    const QByteArray prefix = QByteArray("branch.") + m_branch.toUtf8() + '.';
    for (const QByteArray &entry : splitZ(branchSettings.out)) {
        const qsizetype nl = entry.indexOf('\n');
        const QByteArray key = entry.left(nl);
        const QString value = nl < 0 ? QString() : QString::fromUtf8(entry.mid(nl + 1)).trimmed();
        if (key == prefix + "remote")
            remote = value, hasRemote = true;
        else if (key == prefix + "merge")
            merge = value, hasMerge = true;
    }
    m_remote = hasRemote ? remote : QStringLiteral("origin");
    m_remoteBranch = hasMerge ? merge.section(QLatin1Char('/'), 2) : m_branch;
    return true;
}

bool GitRepo::configureLocal()
{
    const QList<QPair<QString, QString>> settings = {
        {QStringLiteral("core.autocrlf"), QStringLiteral("false")},
        {QStringLiteral("core.quotepath"), QStringLiteral("off")},
        {QStringLiteral("core.longpaths"), QStringLiteral("true")},
        {QStringLiteral("core.untrackedCache"), QStringLiteral("true")},
        {QStringLiteral("fetch.prune"), QStringLiteral("true")},
        {QStringLiteral("pull.ff"), QStringLiteral("only")},
    };
    // Read once, written only where different: each write rewrites the config file under its lock.
    QHash<QString, QString> current;
    for (const QByteArray &entry :
        splitZ(m_runner
                   .run({QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("-z"), QStringLiteral("--list")},
                       {QByteArray(), {}, false, true})
                   .out)) {
        const qsizetype nl = entry.indexOf('\n');
        if (nl > 0)
            current.insert(QString::fromUtf8(entry.left(nl)).toLower(), QString::fromUtf8(entry.mid(nl + 1)));
    }
    for (const auto &s : settings) {
        if (current.value(s.first.toLower()) == s.second)
            continue;
        if (!m_runner.run({QStringLiteral("config"), QStringLiteral("--local"), s.first, s.second}).ok()) {
            m_error = QCoreApplication::translate("GravDesk::Vcs", "The repository's settings cannot be written.");
            return false;
        }
    }
    const GitResult gitDir = m_runner.run({QStringLiteral("rev-parse"), QStringLiteral("--absolute-git-dir")});
    if (gitDir.ok()) {
        // .git/info/exclude is the repository's, not the site's: junk of the desktop never reaches a commit.
        const QString exclude = QString::fromUtf8(gitDir.out.trimmed()) + QStringLiteral("/info/exclude");
        QFile f(exclude);
        QByteArray text;
        if (f.open(QIODevice::ReadOnly))
            text = f.readAll();
        f.close();
        QByteArray add;
        for (const char *junk : {"Thumbs.db", "desktop.ini", ".DS_Store", "~$*", "*.tmp"}) {
            if (!text.split('\n').contains(QByteArray(junk)))
                add += QByteArray(junk) + '\n';
        }
        QDir().mkpath(QFileInfo(exclude).absolutePath());
        if (!add.isEmpty() && f.open(QIODevice::Append))
            f.write((text.isEmpty() || text.endsWith('\n') ? QByteArray() : QByteArray("\n")) + add);
    }
    return true;
}

bool GitRepo::fetch()
{
    const GitResult r = m_runner.run({QStringLiteral("fetch"), QStringLiteral("--prune"), QStringLiteral("--no-tags"), m_remote,
                                         QStringLiteral("+refs/heads/%1:refs/remotes/%2/%1").arg(m_remoteBranch, m_remote)},
        {QByteArray(), {}, true, false});
    m_fetchRefused = false;
    if (!r.ok()) {
        m_error = QCoreApplication::translate("GravDesk::Vcs", "Fetching from the server failed: %1").arg(r.message());
        if (r.message().contains(QLatin1String("couldn't find remote ref"))) {
            // The server answered, without the branch: a server with no commit yet (nothing to fetch; the first
            // publish makes the branch), or one whose branch has another name. Not offline: queuing would not help.
            const GitResult heads = m_runner.run(
                {QStringLiteral("ls-remote"), QStringLiteral("--heads"), m_remote}, {QByteArray(), {}, true, false});
            if (heads.ok() && heads.out.trimmed().isEmpty() && revParse(QStringLiteral("HEAD")).isEmpty())
                return true;
            m_fetchRefused = true;
            m_error = QCoreApplication::translate("GravDesk::Vcs",
                "The server has no branch “%1” (it may have been renamed, for example to main): clone the site again, or "
                "set the branch this copy follows.")
                          .arg(m_remoteBranch);
        }
        return false;
    }
    return true;
}

QHash<QString, QByteArray> GitRepo::readBlobs(const QStringList &specs, bool *ok)
{
    // Object ids where the caller has them: "<commit>:<path>" makes git look the path up in the commit's
    // trees for every line, re-reading a 20,000-entry folder each time (seconds for a few thousand files).
    QHash<QString, QByteArray> blobs;
    if (ok)
        *ok = true;
    if (specs.isEmpty())
        return blobs;
    QByteArray input;
    for (const QString &s : specs)
        input += s.toUtf8() + '\n';
    const GitResult r = m_runner.run({QStringLiteral("cat-file"), QStringLiteral("--batch")}, {input, {}, false, true});
    if (!r.ok()) {
        // A cut-off answer (timed out, killed) must not pass for files that are absent or empty.
        m_error = r.message();
        if (ok)
            *ok = false;
        return {};
    }
    qsizetype at = 0;
    for (const QString &spec : specs) {
        const qsizetype eol = r.out.indexOf('\n', at);
        if (eol < 0)
            break;
        const QList<QByteArray> head = r.out.mid(at, eol - at).split(' ');
        at = eol + 1;
        if (head.size() != 3)
            continue; // "<spec> missing"
        const qsizetype size = head.at(2).toLongLong();
        blobs.insert(spec, r.out.mid(at, size));
        at += size + 1;
    }
    return blobs;
}

// What `git status --branch` says of HEAD and its upstream (ahead/behind -1: not said).
struct GitRepo::BranchState
{
    QString head;
    QString upstream; // e.g. "origin/master"
    int ahead = -1;
    int behind = -1;
};

// Files of the synced folders that differ from HEAD (untracked included), with their kind: 'M', 'D', 'A' (new).
// A text file that differs only by its line endings is not edited.
GitRepo::ServerHistory GitRepo::serverHistory(const QString &upstream)
{
    ServerHistory h;
    const QByteArray id = revParse(upstream).toLatin1();
    if (id.isEmpty())
        return h;
    // One line: "<tip> <last sync> <awaiting> <oldest awaiting>" (seconds since the epoch; -1: no Git Sync commit).
    const QString folder
        = StatePaths::ensureSiteSubfolder(m_layout.userDir.isEmpty() ? m_layout.root : m_layout.userDir, QStringLiteral("git"));
    const QString cache = folder.isEmpty() ? QString() : folder + QStringLiteral("/server-history");
    if (!cache.isEmpty()) {
        QFile f(cache);
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> v = f.readAll().trimmed().split(' ');
            bool ok1 = false, ok2 = false, ok3 = false;
            if (v.size() == 4 && v.at(0) == id) {
                const ServerHistory cached {v.at(1).toLongLong(&ok1), v.at(2).toInt(&ok2), v.at(3).toLongLong(&ok3)};
                if (ok1 && ok2 && ok3)
                    return cached;
            }
        }
    }
    // Git Sync's own commits ("(Grav GitSync) …") and its pull merges say when the server last synced; the
    // commits above the newest of them, newest first, are publishes the server has not committed after.
    const GitResult log = m_runner.runBeside({QStringLiteral("log"), QStringLiteral("-n"), QStringLiteral("500"),
        QStringLiteral("-z"), QStringLiteral("--format=%ct%x1f%P%x1f%s"), QString::fromLatin1(id)});
    if (!log.ok())
        return h;
    QList<qint64> awaiting;
    for (const QByteArray &entry : splitZ(log.out)) {
        const QList<QByteArray> f = entry.split('\x1f');
        const bool merge = f.value(1).contains(' ') && f.value(2).startsWith("Merge branch");
        if (f.value(2).contains("(Grav GitSync)") || merge) {
            h.lastSync = f.value(0).toLongLong();
            break;
        }
        awaiting.append(f.value(0).toLongLong());
    }
    if (h.lastSync >= 0 && !awaiting.isEmpty()) {
        h.awaiting = int(awaiting.size());
        h.awaitingSince = *std::min_element(awaiting.cbegin(), awaiting.cend());
    }
    if (!cache.isEmpty()) {
        QSaveFile f(cache);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(id + ' ' + QByteArray::number(h.lastSync) + ' ' + QByteArray::number(h.awaiting) + ' '
                + QByteArray::number(h.awaitingSince) + '\n');
            f.commit();
        }
    }
    return h;
}

QStringList GitRepo::statusArgs()
{
    return {QStringLiteral("status"), QStringLiteral("--porcelain=v2"), QStringLiteral("-z"),
        QStringLiteral("--untracked-files=normal"), QStringLiteral("--no-renames"), QStringLiteral("--branch")};
}

void GitRepo::startStatusEarly()
{
    // Only in Git Sync's layout (the pages folder at the repository's root), where status() asks for the whole tree.
    if (!QFileInfo::exists(m_layout.pagesDir + QStringLiteral("/../.git")) || m_earlyStatus.valid())
        return;
    m_earlyStatus = std::async(std::launch::async, [runner = m_runner, readOnly = !m_foreground] {
        return runner.runFirst(statusArgs(), {QByteArray(), {}, false, readOnly});
    });
}

QStringList GitRepo::dirtyFiles(QHash<QString, QChar> *kinds, BranchState *branch)
{
    // In the Git Sync layout (every synced folder at the repository's root) the whole tree is asked for and
    // filtered here: with a path limit git cannot use the index's untracked cache, and reads all 20,000
    // folders of a large site again on every call. Untracked files are listed as git status lists them by
    // default (a new folder as one entry, expanded below), so that the cache git keeps for `git status`
    // serves both.
    const bool wholeTree
        = std::none_of(m_synced.cbegin(), m_synced.cend(), [](const QString &f) { return f.contains(QLatin1Char('/')); });
    QStringList args = statusArgs();
    if (!wholeTree)
        args << QStringLiteral("--") << m_synced;
    // The status started before the repository was opened (startStatusEarly()) answers the first call, when it
    // asked the same: porcelain paths are the repository's wherever git runs.
    const GitResult r
        = wholeTree && m_earlyStatus.valid() ? m_earlyStatus.get() : m_runner.run(args, {QByteArray(), {}, false, !m_foreground});
    QStringList files, lineEndingOnly, newFolders;
    QHash<QString, QString> headBlob; // path -> HEAD's blob id (or "HEAD:<path>")
    const auto add = [&](const QString &path, QChar kind) {
        // Hidden files (GravDesk's own sidecars such as .translations.yaml) are never published, so they are
        // not edits either: a page with one would otherwise stay "edited here" after its publish.
        if (!inSynced(path) || isJunk(fileNameOf(path)) || fileNameOf(path).startsWith(QLatin1Char('.')))
            return;
        files.append(path);
        kinds->insert(path, kind);
        if (kind == QLatin1Char('M') && isText(path))
            lineEndingOnly.append(path);
    };
    for (const QByteArray &entry : splitZ(r.out)) {
        QString path;
        QChar kind;
        if (entry.startsWith("? ")) {
            path = QString::fromUtf8(entry.mid(2));
            if (path.endsWith(QLatin1Char('/'))) {
                newFolders.append(path);
                continue;
            }
            kind = QLatin1Char('A');
        } else if (entry.startsWith("1 ") || entry.startsWith("u ")) {
            const QList<QByteArray> f = entry.split(' ');
            // The path follows 8 fields ("1 …") or 10 ("u …") and may itself hold spaces.
            qsizetype at = 0;
            for (int k = entry.startsWith("1 ") ? 8 : 10; k > 0 && at >= 0; --k)
                at = entry.indexOf(' ', at) < 0 ? -1 : entry.indexOf(' ', at) + 1;
            if (at <= 0)
                continue;
            path = QString::fromUtf8(entry.mid(at));
            const QByteArray xy = f.value(1);
            kind = xy.contains('D') ? QLatin1Char('D') : xy.contains('A') ? QLatin1Char('A') : QLatin1Char('M');
            headBlob.insert(path, entry.startsWith("1 ") ? QString::fromLatin1(f.value(6)) : QStringLiteral("HEAD:") + path);
        } else {
            // "# branch.oid <id>", "# branch.upstream <name>", "# branch.ab +<ahead> -<behind>"
            if (branch && entry.startsWith("# branch.oid "))
                branch->head = QString::fromLatin1(entry.mid(13));
            else if (branch && entry.startsWith("# branch.upstream "))
                branch->upstream = QString::fromUtf8(entry.mid(18));
            else if (branch && entry.startsWith("# branch.ab ")) {
                const QList<QByteArray> ab = entry.mid(12).split(' ');
                bool okA = false, okB = false;
                const int a = ab.value(0).mid(1).toInt(&okA), b = ab.value(1).mid(1).toInt(&okB);
                if (okA && okB && ab.value(0).startsWith('+') && ab.value(1).startsWith('-'))
                    branch->ahead = a, branch->behind = b;
            }
            continue;
        }
        add(path, kind);
    }
    // The files in new folders, as `--untracked-files=all` would have listed them (ignored ones left out).
    QStringList inNew;
    for (const QString &folder : std::as_const(newFolders)) {
        if (inSynced(folder) || std::any_of(m_synced.cbegin(), m_synced.cend(), [&folder](const QString &f) {
                return QString(f + QLatin1Char('/')).startsWith(folder);
            }))
            inNew.append(folder);
    }
    if (!inNew.isEmpty()) {
        QStringList lsArgs = {QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--others"),
            QStringLiteral("--exclude-standard"), QStringLiteral("--")};
        lsArgs += inNew;
        for (const QByteArray &f : splitZ(m_runner.run(lsArgs, {QByteArray(), {}, false, true}).out))
            add(QString::fromUtf8(f), QLatin1Char('A'));
    }
    QStringList specs;
    for (const QString &p : std::as_const(lineEndingOnly))
        specs.append(headBlob.value(p));
    const QHash<QString, QByteArray> heads = readBlobs(specs);
    for (const QString &p : std::as_const(lineEndingOnly)) {
        const FileRead mine = readRegularFile(m_top + QLatin1Char('/') + p, kRefuseBytes);
        if (mine.ok && heads.contains(headBlob.value(p)) && toLf(mine.bytes) == toLf(heads.value(headBlob.value(p)))) {
            files.removeAll(p);
            kinds->remove(p);
        }
    }
    return files;
}

struct GitRepo::Plan
{
    bool ok = false;
    QString upstreamCommit;
    struct Write
    {
        QString path; // repository-relative
        QByteArray bytes;
        bool remove = false;
        bool merged = false;
    };
    QList<Write> writes;
    QList<FileDecision> decisions;
    int unsettled = 0; // decisions nobody made yet
    QHash<QString, QChar> dirty; // local changes, by path
    int ahead = -1, behind = -1; // from the status, when its upstream is the server's branch
    struct Upstream
    {
        QChar status; // M A D R
        QString path; // HEAD's path
        QString newPath; // the server's path
        QString headBlob; // HEAD's blob id (not for A)
        QString theirBlob; // the server's blob id (not for D)
    };
    QList<Upstream> upstream;
    QList<PathWarning> nameWarnings; // new paths from the server that Windows cannot check out
};

GitRepo::Plan GitRepo::plan(MergeTake defaultTake, const QHash<QString, SyncDecision> &decided)
{
    Plan p;
    const QString tracking = QStringLiteral("refs/remotes/%1/%2").arg(m_remote, m_remoteBranch);
    // The server's tip is read beside the status (both only read): one git start-up less to wait for.
    auto tip = std::async(std::launch::async, [this, &tracking] { return revParse(tracking); });
    BranchState branch;
    dirtyFiles(&p.dirty, &branch);
    p.upstreamCommit = tip.get();
    // git status says "(initial)" for a branch with no commit yet.
    if (p.upstreamCommit.isEmpty() && (branch.head.isEmpty() || branch.head == QLatin1String("(initial)"))) {
        // No commit here nor from the server (a new, empty remote): every file is new, nothing comes.
        p.ok = true;
        return p;
    }
    if (p.upstreamCommit.isEmpty()) {
        m_error = QCoreApplication::translate("GravDesk::Vcs", "The server's branch %1 is not known here yet (fetch first).")
                      .arg(m_remoteBranch);
        return p;
    }
    if (branch.upstream == m_remote + QLatin1Char('/') + m_remoteBranch)
        p.ahead = branch.ahead, p.behind = branch.behind;
    if (branch.head == p.upstreamCommit) {
        // HEAD is the server's tip: nothing comes from the server.
        p.ok = true;
        return p;
    }
    QStringList args = {QStringLiteral("diff"), QStringLiteral("--raw"), QStringLiteral("--no-abbrev"), QStringLiteral("-z"),
        QStringLiteral("-M"), QStringLiteral("HEAD"), p.upstreamCommit, QStringLiteral("--")};
    args += m_synced;
    const GitResult diff = m_runner.run(args, {QByteArray(), {}, false, true});
    if (!diff.ok()) {
        m_error = diff.message();
        return p;
    }
    const QList<QByteArray> parts = splitZ(diff.out);
    for (qsizetype i = 0; i < parts.size();) {
        // ":<mode> <mode> <HEAD's blob> <server's blob> <status>", then the path (two for R and C)
        const QList<QByteArray> raw = parts.at(i).split(' ');
        Plan::Upstream u;
        u.status = QLatin1Char(raw.value(4).isEmpty() ? '?' : raw.value(4).at(0));
        u.headBlob = QString::fromLatin1(raw.value(2));
        u.theirBlob = QString::fromLatin1(raw.value(3));
        const bool two = u.status == QLatin1Char('R') || u.status == QLatin1Char('C');
        u.path = QString::fromUtf8(parts.value(i + 1));
        u.newPath = two ? QString::fromUtf8(parts.value(i + 2)) : u.path;
        if (u.status == QLatin1Char('C'))
            u.status = QLatin1Char('A'), u.path = u.newPath;
        if (u.status == QLatin1Char('T'))
            u.status = QLatin1Char('M');
        p.upstream.append(u);
        i += two ? 3 : 2;
    }
    QStringList arriving;
    for (const Plan::Upstream &u : std::as_const(p.upstream)) {
        if (u.status == QLatin1Char('A') || (u.status != QLatin1Char('D') && u.newPath != u.path))
            arriving.append(u.newPath);
    }
    p.nameWarnings = portabilityWarnings(p.upstreamCommit, arriving);
    // The blobs by id (see readBlobs); one that cannot be read stops the plan, so nothing is written from it.
    QStringList specs;
    for (const Plan::Upstream &u : std::as_const(p.upstream)) {
        if (u.status != QLatin1Char('D'))
            specs.append(u.theirBlob);
        if (u.status != QLatin1Char('A'))
            specs.append(u.headBlob);
    }
    bool read = false;
    const QHash<QString, QByteArray> blobs = readBlobs(specs, &read);
    if (!read || std::any_of(specs.cbegin(), specs.cend(), [&blobs](const QString &id) { return !blobs.contains(id); })) {
        m_error = QCoreApplication::translate("GravDesk::Vcs", "The server's version cannot be read.");
        return p;
    }
    const auto theirsOf = [&](const Plan::Upstream &u) { return blobs.value(u.theirBlob); };
    const auto mineOf
        = [this](const QString &rel) { return readRegularFile(m_top + QLatin1Char('/') + rel, kRefuseBytes).bytes; };
    // The whole-file answer for @p path: the user's, else the caller's.
    const auto takeFor = [&](const QString &path) {
        const auto it = decided.constFind(path);
        return it != decided.cend() && it->take != MergeTake::Nobody ? it->take : defaultTake;
    };
    const auto decide
        = [&](const QString &path, FileDecision::Reason reason, const QList<MergeConflict> &conflicts, bool settled) {
              p.decisions.append({path, reason, conflicts});
              if (!settled)
                  ++p.unsettled;
          };
    // A three-way merge settled by the user's answers when there are some for @p path, else by its take.
    bool mergeFailed = false;
    const auto merge = [&](const QString &path, const QByteArray &base, const QByteArray &mine, const QByteArray &theirs,
                           bool isPage, bool *settled) {
        const auto it = decided.constFind(path);
        if (it != decided.cend() && it->take == MergeTake::Nobody && !it->choices.isEmpty()) {
            QList<MergeConflict> unanswered;
            PageMergeResult m = mergePage(base, mine, theirs, isPage, it->choices, &unanswered);
            if (!m.error.isEmpty()) {
                m_error = QCoreApplication::translate("GravDesk::Vcs", "%1: %2").arg(path, m.error);
                mergeFailed = true;
            }
            *settled = unanswered.isEmpty();
            return m;
        }
        const MergeTake take = takeFor(path);
        *settled = take != MergeTake::Nobody;
        return mergePage(base, mine, theirs, isPage, take);
    };
    // Page folders renamed here and not published yet: the old folder is gone here (its files deleted) and one new
    // folder holds files of the same names. What the server changed in the old folder follows the rename, as the
    // publish will (a move, not a deletion and a copy).
    QHash<QString, QString> renamedHere;
    {
        QHash<QString, QSet<QString>> gone, added; // folder → file names
        for (auto it = p.dirty.cbegin(); it != p.dirty.cend(); ++it) {
            const QString folder = folderOf(it.key());
            if (it.value() == QLatin1Char('D') && !QFileInfo::exists(m_top + QLatin1Char('/') + folder))
                gone[folder].insert(fileNameOf(it.key()));
            else if (it.value() == QLatin1Char('A'))
                added[folder].insert(fileNameOf(it.key()));
        }
        for (auto g = gone.cbegin(); g != gone.cend(); ++g) {
            QString best;
            qsizetype most = 0;
            bool tie = false;
            for (auto a = added.cbegin(); a != added.cend(); ++a) {
                const qsizetype common = QSet<QString>(a.value()).intersect(g.value()).size();
                if (common > most)
                    best = a.key(), most = common, tie = false;
                else if (common > 0 && common == most)
                    tie = true;
            }
            if (most > 0 && !tie)
                renamedHere.insert(g.key(), best);
        }
    }
    // Where a server's path is here: in the folder it was renamed to, when that holds the file (or @p orNew).
    const auto followed = [&](const QString &path, bool orNew) {
        const auto it = renamedHere.constFind(folderOf(path));
        if (it == renamedHere.cend())
            return QString();
        const QString to = *it + QLatin1Char('/') + fileNameOf(path);
        return p.dirty.value(to) == QLatin1Char('A') || (orNew && !QFileInfo::exists(m_top + QLatin1Char('/') + to)) ? to
                                                                                                                     : QString();
    };
    for (const Plan::Upstream &u : std::as_const(p.upstream)) {
        const QChar local = p.dirty.value(u.path);
        const bool moved = u.newPath != u.path;
        bool settled = false;
        if (u.status == QLatin1Char('A')) {
            const QChar here = p.dirty.value(u.newPath);
            const QString follow = here.isNull() ? followed(u.newPath, true) : QString();
            if (!follow.isEmpty() && p.dirty.value(follow).isNull()) {
                p.writes.append({follow, theirsOf(u)});
            } else if (!follow.isEmpty()) {
                if (toLf(mineOf(follow)) != toLf(theirsOf(u))) {
                    const PageMergeResult m = merge(follow, QByteArray(), mineOf(follow), theirsOf(u), false, &settled);
                    decide(follow, FileDecision::Reason::BothAdded, m.conflicts, settled);
                    if (settled)
                        p.writes.append({follow, m.merged, false, true});
                }
            } else if (here.isNull()) {
                p.writes.append({u.newPath, theirsOf(u)});
            } else if (toLf(mineOf(u.newPath)) != toLf(theirsOf(u))) {
                const PageMergeResult m = merge(u.newPath, QByteArray(), mineOf(u.newPath), theirsOf(u), false, &settled);
                decide(u.newPath, FileDecision::Reason::BothAdded, m.conflicts, settled);
                if (settled)
                    p.writes.append({u.newPath, m.merged, false, true});
            }
            continue;
        }
        if (local.isNull()) {
            if (u.status == QLatin1Char('D') || moved)
                p.writes.append({u.path, QByteArray(), true});
            if (u.status != QLatin1Char('D'))
                p.writes.append({u.newPath, theirsOf(u)});
            continue;
        }
        if (local == QLatin1Char('D')) {
            if (u.status == QLatin1Char('D'))
                continue;
            const QString follow = moved ? QString() : followed(u.path, false);
            if (!follow.isEmpty()) {
                // Edited on the server, renamed here: merged into the renamed folder.
                const PageMergeResult m = merge(follow, blobs.value(u.headBlob), mineOf(follow), theirsOf(u),
                    follow.endsWith(QLatin1String(".md")), &settled);
                if (!m.clean)
                    decide(follow, FileDecision::Reason::BothEdited, m.conflicts, settled);
                if (m.clean || settled)
                    p.writes.append({follow, m.merged, false, true});
                continue;
            }
            const MergeTake take = takeFor(u.newPath);
            decide(u.newPath, FileDecision::Reason::DeletedHereEditedOnServer, {}, take != MergeTake::Nobody);
            if (take == MergeTake::Theirs)
                p.writes.append({u.newPath, theirsOf(u)});
            continue;
        }
        if (u.status == QLatin1Char('D')) {
            const MergeTake take = takeFor(u.path);
            decide(u.path, FileDecision::Reason::EditedHereDeletedOnServer, {}, take != MergeTake::Nobody);
            if (take == MergeTake::Theirs)
                p.writes.append({u.path, QByteArray(), true});
            continue;
        }
        const PageMergeResult m = merge(
            u.newPath, blobs.value(u.headBlob), mineOf(u.path), theirsOf(u), u.newPath.endsWith(QLatin1String(".md")), &settled);
        if (!m.clean)
            decide(u.newPath, FileDecision::Reason::BothEdited, m.conflicts, settled);
        if (m.clean || settled) {
            if (moved)
                p.writes.append({u.path, QByteArray(), true});
            p.writes.append({u.newPath, m.merged, false, true});
        }
    }
    if (mergeFailed)
        return p;
    p.ok = true;
    return p;
}

RepoStatus GitRepo::status()
{
    RepoStatus s;
    s.branch = m_branch;
    s.upstream = QStringLiteral("refs/remotes/%1/%2").arg(m_remote, m_remoteBranch);
    // The page list and the server's recent commits are read beside `git status` (inside plan()), which takes
    // most of the time on a large site: both only read, and take no locks.
    // The page folders (those holding a .md file), turned into the page map on that thread too. The index is read
    // straight from its file where that is certain (gitindex.h), else `git ls-files` lists it.
    auto listing = std::async(std::launch::async, [this] {
        // git's order is by bytes of whole paths, so a section's own file comes after its pages' folders: the few
        // folders out of order are kept apart, sorted and merged in (beside git status), then looked up by halving.
        QList<PageGitStatus> inOrder, apart;
        QList<QByteArray> prefixes;
        for (const QString &folder : std::as_const(m_synced))
            prefixes.append(folder.toUtf8() + '/');
        QByteArray previous;
        bool any = false;
        // git lists a folder's files together: one string and one look-up per page folder, not per file
        // (60,000 files on a 20,000-post site).
        const auto add = [&](QByteArrayView file) {
            if (!file.endsWith(".md"))
                return;
            const qsizetype slash = file.lastIndexOf('/');
            const QByteArrayView folder = slash < 0 ? QByteArrayView() : file.first(slash);
            if (any && folder == previous)
                return;
            previous = folder.toByteArray();
            any = true;
            PageGitStatus page;
            page.folder = QString::fromUtf8(folder);
            if (inOrder.isEmpty() || inOrder.constLast().folder < page.folder)
                inOrder.append(std::move(page));
            else if (inOrder.constLast().folder != page.folder)
                apart.append(std::move(page));
        };
        const QString gitDir = m_top + QStringLiteral("/.git");
        const bool read
            = QFileInfo(gitDir).isDir() && readGitIndexPaths(gitDir + QStringLiteral("/index"), [&](QByteArrayView path) {
                  if (std::any_of(prefixes.cbegin(), prefixes.cend(), [path](const QByteArray &p) { return path.startsWith(p); }))
                      add(path);
              });
        if (!read) {
            QStringList listArgs = {QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--")};
            listArgs += m_synced;
            const QByteArray listed = m_runner.runBeside(listArgs).out;
            for (qsizetype at = 0; at < listed.size();) {
                qsizetype end = listed.indexOf('\0', at);
                if (end < 0)
                    end = listed.size();
                add(QByteArrayView(listed.constData() + at, end - at));
                at = end + 1;
            }
        }
        if (apart.isEmpty())
            return inOrder;
        const auto byFolder = [](const PageGitStatus &a, const PageGitStatus &b) { return a.folder < b.folder; };
        std::sort(apart.begin(), apart.end(), byFolder);
        QList<PageGitStatus> merged;
        merged.reserve(inOrder.size() + apart.size());
        std::merge(std::make_move_iterator(inOrder.begin()), std::make_move_iterator(inOrder.end()),
            std::make_move_iterator(apart.begin()), std::make_move_iterator(apart.end()), std::back_inserter(merged), byFolder);
        merged.erase(std::unique(merged.begin(), merged.end(),
                         [](const PageGitStatus &a, const PageGitStatus &b) { return a.folder == b.folder; }),
            merged.end());
        return merged;
    });
    // What the server's history says of its last sync depends on its tip only: kept per tip in the state folder,
    // so a status that finds the tip unchanged (every poll of the window, most commands) runs no `git log`.
    auto recent = std::async(std::launch::async, [this, upstream = s.upstream] { return serverHistory(upstream); });
    const Plan p = plan(MergeTake::Nobody);
    if (!p.ok) {
        s.error = m_error;
        return s;
    }
    if (p.ahead >= 0 && p.behind >= 0) {
        s.ahead = p.ahead;
        s.behind = p.behind;
    } else {
        const GitResult count = m_runner.run({QStringLiteral("rev-list"), QStringLiteral("--left-right"),
                                                 QStringLiteral("--count"), QStringLiteral("HEAD...") + p.upstreamCommit},
            {QByteArray(), {}, false, true});
        const QList<QByteArray> ab = count.out.trimmed().split('\t');
        s.ahead = ab.value(0).toInt();
        s.behind = ab.value(1).toInt();
    }
    const ServerHistory history = recent.get();
    if (history.lastSync >= 0)
        s.lastServerSync = QDateTime::fromSecsSinceEpoch(history.lastSync).toUTC();
    if (history.lastSync >= 0 && history.awaiting > 0) {
        s.awaitingServer = history.awaiting;
        s.awaitingSince = QDateTime::fromSecsSinceEpoch(history.awaitingSince).toUTC();
        s.serverMayBeStuck = s.awaitingSince.secsTo(Clock::nowUtc()) > m_stuckAfterSecs;
    }
    s.nameWarnings = p.nameWarnings;

    QList<PageGitStatus> listed = listing.get();
    QMap<QString, PageGitStatus> unlisted; // folders git does not track a page file in (new, or moved away here)
    const auto find = [&listed, &unlisted](const QString &folder) -> PageGitStatus * {
        const auto it = std::lower_bound(
            listed.begin(), listed.end(), folder, [](const PageGitStatus &p, const QString &f) { return p.folder < f; });
        if (it != listed.end() && it->folder == folder)
            return &*it;
        const auto other = unlisted.find(folder);
        return other == unlisted.end() ? nullptr : &*other;
    };
    const auto page = [&find, &unlisted](const QString &folder) -> PageGitStatus & {
        if (PageGitStatus *found = find(folder))
            return *found;
        PageGitStatus &added = unlisted[folder];
        added.folder = folder;
        return added;
    };
    const auto raise = [&page](const QString &folder, PageGitState state, const QString &file) {
        PageGitStatus &pg = page(folder);
        pg.folder = folder;
        if (int(state) > int(pg.state))
            pg.state = state;
        if (!pg.files.contains(file))
            pg.files.append(file);
    };
    QSet<QString> serverFolders;
    for (const Plan::Upstream &u : p.upstream) {
        const QString folder = folderOf(u.path);
        serverFolders.insert(folder);
        PageGitState st = PageGitState::ChangedOnServer;
        if (u.status == QLatin1Char('D'))
            st = PageGitState::DeletedOnServer;
        else if (u.newPath != u.path && folderOf(u.newPath) != folder) {
            st = PageGitState::MovedOnServer;
            page(folder).movedTo = folderOf(u.newPath);
        }
        if (st == PageGitState::ChangedOnServer || u.status == QLatin1Char('A'))
            raise(folderOf(u.newPath), PageGitState::ChangedOnServer, u.newPath);
        else
            raise(folder, st, u.path);
    }
    // A page partly deleted on the server is changed, not deleted; partly moved likewise (only the folders the
    // server changed are looked at, not every page of the site).
    for (const QString &folder : std::as_const(serverFolders)) {
        PageGitStatus *it = find(folder);
        if (!it || (it->state != PageGitState::DeletedOnServer && it->state != PageGitState::MovedOnServer))
            continue;
        if (QDir(m_top + QLatin1Char('/') + it->folder).exists()) {
            const QStringList left = QDir(m_top + QLatin1Char('/') + it->folder).entryList(QDir::Files);
            int gone = 0;
            for (const Plan::Upstream &u : p.upstream) {
                if (folderOf(u.path) == it->folder && (u.status == QLatin1Char('D') || u.newPath != u.path))
                    ++gone;
            }
            if (gone < left.size())
                it->state = PageGitState::ChangedOnServer;
        }
    }
    for (auto it = p.dirty.cbegin(); it != p.dirty.cend(); ++it) {
        const QString folder = folderOf(it.key());
        // Changed on the server too (an edited page's second file finds it "edited here", not changed on both).
        const PageGitStatus *known = find(folder);
        const PageGitState before = known ? known->state : PageGitState::Synced;
        const bool both
            = serverFolders.contains(folder) || (before != PageGitState::Synced && before != PageGitState::EditedHere);
        raise(folder, both ? PageGitState::ChangedOnBoth : PageGitState::EditedHere, it.key());
        // A draft in a page the server moved or deleted: both changed it (a decision, if any, is raised below).
        PageGitState &st = page(folder).state;
        if (st == PageGitState::MovedOnServer || st == PageGitState::DeletedOnServer)
            st = PageGitState::ChangedOnBoth;
    }
    for (const FileDecision &d : p.decisions) {
        raise(folderOf(d.path), PageGitState::NeedsDecision, d.path);
        for (const Plan::Upstream &u : p.upstream) {
            if (u.newPath == d.path && u.path != d.path)
                raise(folderOf(u.path), PageGitState::NeedsDecision, u.path);
        }
    }
    // The listed pages and the others, in one sorted list.
    if (unlisted.isEmpty()) {
        s.pages = std::move(listed);
    } else {
        s.pages.reserve(listed.size() + unlisted.size());
        auto next = listed.begin();
        for (auto it = unlisted.begin(); it != unlisted.end(); ++it) {
            for (; next != listed.end() && next->folder < it->folder; ++next)
                s.pages.append(std::move(*next));
            if (it->folder.isEmpty() || inSynced(it->folder))
                s.pages.append(std::move(*it));
        }
        for (; next != listed.end(); ++next)
            s.pages.append(std::move(*next));
    }
    s.ok = true;
    return s;
}

SyncOutcome GitRepo::sync(SiteWorkspace &workspace, MergeTake take, bool fetchFirst)
{
    return syncWith(workspace, take, {}, fetchFirst);
}

SyncOutcome GitRepo::sync(SiteWorkspace &workspace, const QList<SyncDecision> &decisions, bool fetchFirst)
{
    QHash<QString, SyncDecision> decided;
    for (const SyncDecision &d : decisions)
        decided.insert(d.path, d);
    return syncWith(workspace, MergeTake::Nobody, decided, fetchFirst);
}

bool GitRepo::readAt(const QString &commit, const QString &path, QByteArray *bytes)
{
    const QString rel = QFileInfo(path).isAbsolute() ? relative(path) : path;
    const QString spec = commit + QLatin1Char(':') + rel;
    const QHash<QString, QByteArray> blobs = readBlobs({spec});
    if (rel.isEmpty() || !blobs.contains(spec))
        return false;
    *bytes = blobs.value(spec);
    return true;
}

SyncOutcome GitRepo::syncWith(
    SiteWorkspace &workspace, MergeTake take, const QHash<QString, SyncDecision> &decided, bool fetchFirst)
{
    SyncOutcome o;
    o.error = unfinishedOperation(gitDirOf(m_top, m_runner));
    if (!o.error.isEmpty())
        return o;
    if (fetchFirst && !fetch()) {
        // Unreachable: offline (a publish is queued). A refused sign-in is a failure the user must act on.
        o.result = isSignInRefusal(m_error) || m_fetchRefused ? SyncOutcome::Result::Failed : SyncOutcome::Result::Offline;
        o.error = m_error;
        return o;
    }
    const QString head = revParse(QStringLiteral("HEAD"));
    // Nothing new from the server: no need to look at the working tree at all.
    if (!head.isEmpty() && head == revParse(QStringLiteral("refs/remotes/%1/%2").arg(m_remote, m_remoteBranch))) {
        o.result = SyncOutcome::Result::UpToDate;
        return o;
    }
    Plan p = plan(take, decided);
    if (!p.ok) {
        o.error = m_error;
        return o;
    }
    if (head == p.upstreamCommit) {
        o.result = SyncOutcome::Result::UpToDate;
        return o;
    }
    const GitResult ancestor
        = m_runner.run({QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), QStringLiteral("HEAD"), p.upstreamCommit});
    if (ancestor.exitCode != 0) {
        o.error = QCoreApplication::translate("GravDesk::Vcs",
            "This copy has commits the server does not have (or the server's history was rewritten); it needs repair "
            "before syncing.");
        return o;
    }
    o.decisions = p.decisions;
    o.nameWarnings = p.nameWarnings;
    if (p.unsettled > 0) {
        o.result = SyncOutcome::Result::NeedsDecision;
        return o;
    }
    // Only the synced folders are written; what the server changed elsewhere is left alone (house rule).
    // Folders of pages new from the server are made first (a transaction writes files, not folders).
    QStringList folders;
    for (const Plan::Write &w : std::as_const(p.writes)) {
        if (w.remove || !inSynced(w.path))
            continue;
        QStringList chain;
        for (QString f = folderOf(w.path); !f.isEmpty() && !QFileInfo::exists(m_top + QLatin1Char('/') + f); f = folderOf(f))
            chain.prepend(f);
        for (const QString &f : std::as_const(chain)) {
            if (!folders.contains(f))
                folders.append(f);
        }
    }
    for (const QString &f : std::as_const(folders)) {
        const IoResult made = workspace.makeFolder(m_top + QLatin1Char('/') + f);
        if (!made.ok) {
            o.error = made.error;
            return o;
        }
    }
    auto tx = workspace.begin(QStringLiteral("git sync"));
    for (const Plan::Write &w : std::as_const(p.writes)) {
        if (!inSynced(w.path))
            continue;
        const QString abs = m_top + QLatin1Char('/') + w.path;
        const FileRead current = readRegularFile(abs, kRefuseBytes);
        if (w.remove) {
            if (current.ok)
                tx->remove(abs);
            o.removed.append(w.path);
            continue;
        }
        if (current.ok && current.bytes == w.bytes)
            continue;
        WriteOptions opts;
        if (current.ok)
            opts.expectedCurrent = current.bytes;
        else
            opts.expectNew = true, opts.expectedCurrent = QByteArray();
        tx->put(abs, w.bytes, opts);
        (w.merged ? o.merged : o.updated).append(w.path);
    }
    if (!tx->isEmpty()) {
        const IoResult io = tx->commit();
        if (!io.ok) {
            o.error = io.error;
            return o;
        }
    }
    // Page folders the server emptied (deleted or moved away) go too; one with a draft left in it stays.
    QStringList emptied;
    for (const QString &path : std::as_const(o.removed)) {
        if (!emptied.contains(folderOf(path)))
            emptied.append(folderOf(path));
    }
    for (const QString &folder : std::as_const(emptied)) {
        if (inSynced(folder) && !m_synced.contains(folder))
            workspace.removeEmptyFolder(m_top + QLatin1Char('/') + folder);
    }
    // The branch and index follow the server; the working tree (with every draft) was written above.
    if (!moveBranch(p.upstreamCommit, head)) {
        o.error = m_error;
        return o;
    }
    o.result = SyncOutcome::Result::Updated;
    return o;
}

bool GitRepo::moveBranch(const QString &commit, const QString &from)
{
    // When the index is HEAD's (GravDesk keeps it so) and HEAD is @p from, only the entries that differ between
    // the two commits are rewritten: `git reset --mixed` would read every folder's tree and look at every file
    // of the site. The rewritten entries carry no file times, so git compares their content when it next looks.
    const GitCallOptions quiet {QByteArray(), {}, false, true};
    const bool indexIsFrom = !from.isEmpty()
        && m_runner
                .run({QStringLiteral("diff-index"), QStringLiteral("--cached"), QStringLiteral("--quiet"), from,
                         QStringLiteral("--")},
                    quiet)
                .exitCode
            == 0;
    if (indexIsFrom) {
        const GitResult diff = m_runner.run({QStringLiteral("diff"), QStringLiteral("--raw"), QStringLiteral("--no-abbrev"),
                                                QStringLiteral("-z"), QStringLiteral("--no-renames"), from, commit},
            quiet);
        QByteArray entries;
        const QList<QByteArray> parts = splitZ(diff.out);
        for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
            // ":<old mode> <new mode> <old blob> <new blob> <status>", then the path
            const QList<QByteArray> raw = parts.at(i).split(' ');
            if (raw.size() < 5)
                break;
            entries += raw.at(4).startsWith('D') ? QByteArray(QByteArray("0 ") + QByteArray(raw.at(2).size(), '0'))
                                                 : QByteArray(raw.at(1) + ' ' + raw.at(3));
            entries += '\t' + parts.at(i + 1) + '\0';
        }
        if (diff.ok()
            && m_runner
                   .run({QStringLiteral("update-ref"), QStringLiteral("-m"), QStringLiteral("gravdesk: moving to ") + commit,
                       QStringLiteral("HEAD"), commit, from})
                   .ok()) {
            if (entries.isEmpty()
                || m_runner
                       .run({QStringLiteral("update-index"), QStringLiteral("-z"), QStringLiteral("--index-info")},
                           {entries, {}, false, false})
                       .ok())
                return true;
        }
    }
    const GitResult reset = m_runner.run({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--mixed"), commit});
    if (!reset.ok()) {
        m_error = reset.message();
        return false;
    }
    return true;
}

QString GitRepo::buildCommit(const QStringList &folders, const QString &parent, const QString &message, PublishOutcome &out)
{
    // The commit's tree is the parent's with the page folders' files replaced: only the trees on the way from
    // the root to each page folder are read (one cat-file) and written again (mktree), never the whole site's
    // 20,000 folders into an index.
    QStringList dirs; // the page folders and the folders above them, "" for the root
    for (const QString &folder : folders) {
        for (QString d = folder;; d = folderOf(d)) {
            if (!dirs.contains(d))
                dirs.append(d);
            if (d.isEmpty())
                break;
        }
    }
    // The first commit of an empty server's branch has no parent: its trees start from the empty tree.
    QString base = parent;
    if (base.isEmpty())
        base = QString::fromLatin1(m_runner
                                       .run({QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("-t"),
                                                QStringLiteral("tree"), QStringLiteral("--stdin")},
                                           {QByteArray(), {}, false, false})
                                       .out.trimmed());
    QStringList specs;
    for (const QString &d : std::as_const(dirs))
        specs.append(d.isEmpty() ? QString(base + QStringLiteral("^{tree}")) : QString(base + QLatin1Char(':') + d));
    bool read = false;
    const QHash<QString, QByteArray> parentTrees = readBlobs(specs, &read);
    const int idBytes = int(base.size() / 2); // SHA-1 or SHA-256, as the repository's ids
    if (!read || !parentTrees.contains(specs.constLast()) || idBytes < 20) {
        out.error = QCoreApplication::translate("GravDesk::Vcs", "The server's version cannot be read.");
        return QString();
    }
    QHash<QString, Tree> trees;
    for (qsizetype i = 0; i < dirs.size(); ++i)
        trees.insert(dirs.at(i), parseTree(parentTrees.value(specs.at(i)), idBytes));
    for (const QString &d : std::as_const(dirs)) {
        if (!d.isEmpty())
            trees[d].id = trees.value(folderOf(d)).entries.value(fileNameOf(d).toUtf8()).id;
    }
    // The files of each page folder (not its child pages): what is here, and what the server's tip has.
    QStringList paths;
    for (const QString &folder : folders) {
        for (const QFileInfo &fi :
            QDir(m_top + QLatin1Char('/') + folder).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
            if (!isJunk(fi.fileName()) && !fi.fileName().startsWith(QLatin1Char('.')))
                paths.append(folder + QLatin1Char('/') + fi.fileName());
        }
        const Tree &tracked = trees[folder];
        for (auto it = tracked.entries.cbegin(); it != tracked.entries.cend(); ++it) {
            if (it->mode == "40000" || it->mode == "160000")
                continue; // a child page, not a file of this one
            const QString rel = folder + QLatin1Char('/') + QString::fromUtf8(it.key());
            if (!paths.contains(rel))
                paths.append(rel);
        }
    }
    QStringList langs;
    QString title, templ;
    for (const QString &rel : std::as_const(paths)) {
        if (!inSynced(rel)) {
            out.error = QCoreApplication::translate("GravDesk::Vcs", "“%1” is outside the synced folders and is never published.")
                            .arg(rel);
            return QString();
        }
        const QString abs = m_top + QLatin1Char('/') + rel;
        Tree &dir = trees[folderOf(rel)];
        if (!QFileInfo::exists(abs)) {
            dir.entries.remove(fileNameOf(rel).toUtf8());
            dir.changed = true;
            out.files.append(rel);
            continue;
        }
        const QString nameProblem = windowsNameProblem(rel);
        if (!nameProblem.isEmpty()) {
            out.error = nameProblem;
            return QString();
        }
        const qint64 size = QFileInfo(abs).size();
        if (size > kRefuseBytes) {
            out.error = QCoreApplication::translate(
                "GravDesk::Vcs", "“%1” is larger than 50 MB and cannot be published; make it smaller.")
                            .arg(rel);
            return QString();
        }
        if (size > kWarnBytes)
            out.warnings.append(QCoreApplication::translate(
                "GravDesk::Vcs", "“%1” is larger than 5 MB; every copy of the site keeps it for good.")
                                    .arg(rel));
        const FileRead read = readRegularFile(abs, kRefuseBytes);
        if (!read.ok) {
            out.error = read.error;
            return QString();
        }
        const QByteArray bytes = isText(rel) ? toLf(read.bytes) : read.bytes;
        const auto known = dir.entries.constFind(fileNameOf(rel).toUtf8());
        if (known != dir.entries.cend() && known->id == objectId("blob", bytes, idBytes))
            continue;
        const GitResult hash = m_runner.run(
            {QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--no-filters"), QStringLiteral("--stdin")},
            {bytes, {}, false, false});
        if (!hash.ok()) {
            out.error = hash.message();
            return QString();
        }
        dir.entries.insert(fileNameOf(rel).toUtf8(), {QByteArray("100644"), hash.out.trimmed()});
        dir.changed = true;
        out.files.append(rel);
        // The page's languages and title, for the commit message.
        static const QRegularExpression pageFile(QStringLiteral("^([^./]+)(?:\\.([a-z]{2,3}))?\\.md$"));
        const QRegularExpressionMatch m = pageFile.match(fileNameOf(rel));
        if (m.hasMatch()) {
            templ = m.captured(1);
            if (!m.captured(2).isEmpty() && !langs.contains(m.captured(2)))
                langs.append(m.captured(2));
            const FrontMatterDocument doc(headerBytes(splitEnvelope(bytes)));
            const QString t = doc.value(QStringLiteral("title")).toString();
            if (!t.isEmpty() && (title.isEmpty() || m.captured(2) == QLatin1String("ru")))
                title = t;
        }
    }
    if (out.files.isEmpty())
        return QString();
    // The changed trees, deepest first: each one's new id goes into the folder above it (an emptied one leaves it).
    std::sort(dirs.begin(), dirs.end(), [](const QString &a, const QString &b) {
        return (a.isEmpty() ? -1 : a.count(QLatin1Char('/'))) > (b.isEmpty() ? -1 : b.count(QLatin1Char('/')));
    });
    QByteArray rootTree;
    for (const QString &d : std::as_const(dirs)) {
        Tree &t = trees[d];
        QByteArray id = t.id;
        if (t.changed || d.isEmpty()) {
            QByteArray input;
            for (auto it = t.entries.cbegin(); it != t.entries.cend(); ++it) {
                const QByteArray type = it->mode == "40000" ? "tree" : it->mode == "160000" ? "commit" : "blob";
                input += it->mode + ' ' + type + ' ' + it->id + '\t' + it.key() + '\0';
            }
            id.clear();
            if (!input.isEmpty() || d.isEmpty()) {
                const GitResult made = m_runner.run({QStringLiteral("mktree"), QStringLiteral("-z")}, {input, {}, false, false});
                if (!made.ok()) {
                    out.error = made.message();
                    return QString();
                }
                id = made.out.trimmed();
            }
        }
        if (d.isEmpty()) {
            rootTree = id;
            break;
        }
        Tree &above = trees[folderOf(d)];
        if (id != t.id) {
            above.changed = true;
            if (id.isEmpty())
                above.entries.remove(fileNameOf(d).toUtf8());
            else
                above.entries.insert(fileNameOf(d).toUtf8(), {QByteArray("40000"), id});
        }
    }
    std::sort(langs.begin(), langs.end());
    out.message = message;
    if (out.message.isEmpty()) {
        const QString kind = templ == QLatin1String("item") ? QStringLiteral("Новость") : QStringLiteral("Страница");
        out.message = QStringLiteral("%1: %2").arg(kind, title.isEmpty() ? fileNameOf(folders.value(0)) : title);
        if (!langs.isEmpty())
            out.message += QStringLiteral(" [%1]").arg(langs.join(QLatin1Char(',')));
    }
    QStringList commitArgs = {QStringLiteral("commit-tree"), QString::fromLatin1(rootTree)};
    if (!parent.isEmpty())
        commitArgs << QStringLiteral("-p") << parent;
    commitArgs << QStringLiteral("-F") << QStringLiteral("-");
    const GitResult commit = m_runner.run(commitArgs, {out.message.toUtf8() + '\n', {}, false, false});
    if (!commit.ok()) {
        out.error = commit.message();
        return QString();
    }
    return QString::fromLatin1(commit.out.trimmed());
}

PublishOutcome GitRepo::publish(SiteWorkspace &workspace, const QStringList &pageFolders, const QString &message)
{
    PublishOutcome o;
    QStringList folders;
    for (const QString &f : pageFolders) {
        const QString rel = relative(f);
        if (rel.isEmpty() || !inSynced(rel)) {
            o.error = QCoreApplication::translate("GravDesk::Vcs", "“%1” is not a page of the synced folders.").arg(f);
            return o;
        }
        if (!folders.contains(rel))
            folders.append(rel);
    }
    // A page renamed here: its old folder (gone here, present in HEAD, its files now in the new folder)
    // is published too, so the server sees one move and not a copy.
    // Only files whose whole folder is gone here can be the old side, so the index's list of files is enough:
    // no look at every file of the site (`git status`).
    QStringList gone;
    {
        QStringList args = {QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--")};
        args += m_synced;
        QHash<QString, bool> missing;
        for (const QByteArray &f : splitZ(m_runner.run(args, {QByteArray(), {}, false, true}).out)) {
            const QString rel = QString::fromUtf8(f);
            const QString folder = folderOf(rel);
            auto it = missing.find(folder);
            if (it == missing.end())
                it = missing.insert(folder, !QFileInfo(m_top + QLatin1Char('/') + folder).isDir());
            if (*it && inSynced(rel) && !isJunk(fileNameOf(rel)) && !fileNameOf(rel).startsWith(QLatin1Char('.')))
                gone.append(rel);
        }
    }
    for (const QString &folder : QStringList(folders)) {
        QSet<QString> names;
        for (const QString &n : QDir(m_top + QLatin1Char('/') + folder).entryList(QDir::Files))
            names.insert(n);
        for (const QString &file : std::as_const(gone)) {
            const QString old = folderOf(file);
            if (old != folder && names.contains(fileNameOf(file)) && !folders.contains(old))
                folders.append(old);
        }
    }
    const QString tracking = QStringLiteral("refs/remotes/%1/%2").arg(m_remote, m_remoteBranch);
    // Named by the page as asked for, so a queued publish is found again after the server moved the page.
    const QString queued = QStringLiteral("refs/gravdesk/queued/") + QString::fromLatin1(folders.first().toUtf8().toHex());
    for (int attempt = 1; attempt <= kPushAttempts; ++attempt) {
        o.attempts = attempt;
        o.sync = sync(workspace, MergeTake::Nobody, true);
        const bool offline = o.sync.result == SyncOutcome::Result::Offline;
        if (o.sync.result == SyncOutcome::Result::NeedsDecision) {
            o.result = PublishOutcome::Result::NeedsDecision;
            return o;
        }
        if (o.sync.result == SyncOutcome::Result::Failed) {
            o.error = o.sync.error;
            return o;
        }
        // A page the server moved meanwhile (an admin reorder renumbers NN. prefixes): its draft followed the move
        // in the update above, and the publish follows it too.
        for (QString &folder : folders) {
            if (QDir(m_top + QLatin1Char('/') + folder).exists())
                continue;
            const QString asked = folder;
            for (const QString &removed : std::as_const(o.sync.removed)) {
                if (folderOf(removed) != asked)
                    continue;
                for (const QString &now : o.sync.merged + o.sync.updated) {
                    if (fileNameOf(now) == fileNameOf(removed) && folderOf(now) != asked && !folders.contains(folderOf(now))) {
                        folder = folderOf(now);
                        break;
                    }
                }
                if (folder != asked)
                    break;
            }
        }
        const QString parent = revParse(offline ? QStringLiteral("HEAD") : tracking);
        o.files.clear();
        o.warnings.clear();
        const QString c = buildCommit(folders, parent, message, o);
        if (c.isEmpty()) {
            o.result = o.error.isEmpty() ? PublishOutcome::Result::NothingToPublish : PublishOutcome::Result::Failed;
            return o;
        }
        o.commit = c;
        if (offline) {
            m_runner.run({QStringLiteral("update-ref"), queued, c});
            o.result = PublishOutcome::Result::Queued;
            o.error = o.sync.error;
            return o;
        }
        const GitResult push = m_runner.run({QStringLiteral("push"), QStringLiteral("--porcelain"), m_remote,
                                                c + QStringLiteral(":refs/heads/") + m_remoteBranch},
            {QByteArray(), {}, true, false});
        if (push.ok()) {
            m_runner.run({QStringLiteral("update-ref"), tracking, c});
            moveBranch(c, parent);
            m_runner.run({QStringLiteral("update-ref"), QStringLiteral("-d"), queued});
            o.result = PublishOutcome::Result::Published;
            return o;
        }
        const QByteArray all = push.out + push.err;
        // "cannot lock ref … but expected": the other push landed while ours was on its way.
        if (!(all.contains("[rejected]") || all.contains("non-fast-forward") || all.contains("fetch first")
                || all.contains("cannot lock ref"))) {
            m_runner.run({QStringLiteral("update-ref"), queued, c});
            o.result = PublishOutcome::Result::Queued;
            o.error = QCoreApplication::translate("GravDesk::Vcs", "Pushing to the server failed: %1").arg(push.message());
            return o;
        }
        // Someone pushed meanwhile: update and build again on the new tip.
    }
    o.error = QCoreApplication::translate("GravDesk::Vcs", "The server kept changing while publishing; try again.");
    return o;
}

QList<PathWarning> GitRepo::portabilityWarnings(const QString &commit, const QStringList &paths)
{
    QList<PathWarning> out;
    if (paths.isEmpty())
        return out;
    const auto add = [&out](const QString &path, const QString &problem) {
        for (const PathWarning &w : std::as_const(out)) {
            if (w.path == path)
                return;
        }
        out.append({folderOf(path), path, problem});
    };
    // The folders the new paths go through, listed in the server's tree in one call: names that differ only by
    // case cannot sit side by side on Windows (nor on a default macOS volume).
    QSet<QString> folders;
    for (const QString &path : paths) {
        const QString problem = windowsNameProblem(path);
        if (!problem.isEmpty())
            add(path, problem);
        for (QString f = folderOf(path); !f.isEmpty(); f = folderOf(f))
            folders.insert(f);
    }
    QStringList args
        = {QStringLiteral("ls-tree"), QStringLiteral("-z"), QStringLiteral("--name-only"), commit, QStringLiteral("--")};
    for (const QString &f : std::as_const(folders))
        args.append(f + QLatin1Char('/'));
    QHash<QString, QStringList> byFolded; // lower-case path → the spellings in the tree
    for (const QByteArray &entry : splitZ(m_runner.run(args, {QByteArray(), {}, false, true}).out)) {
        const QString name = QString::fromUtf8(entry);
        byFolded[name.toCaseFolded()].append(name);
    }
    for (const QString &path : paths) {
        for (QString prefix = path; !prefix.isEmpty(); prefix = folderOf(prefix)) {
            const QStringList same = byFolded.value(prefix.toCaseFolded());
            if (same.size() > 1) {
                add(path,
                    QCoreApplication::translate("GravDesk::Vcs",
                        "“%1” and “%2” differ only in upper and lower case, which Windows cannot hold side by side")
                        .arg(same.at(0), same.at(1)));
                break;
            }
        }
    }
    return out;
}

bool GitRepo::clearStaleIndexLock()
{
    const QFileInfo lock(m_top + QStringLiteral("/.git/index.lock"));
    if (!lock.exists() || lock.lastModified().secsTo(QDateTime::currentDateTimeUtc()) < kStaleLockSecs || gitRunningIn(m_top))
        return false;
    return QFile::remove(lock.absoluteFilePath());
}

QString serverStuckText(const RepoStatus &status)
{
    if (!status.serverMayBeStuck)
        return QString();
    return QCoreApplication::translate("GravDesk::Vcs",
        "The server may be stuck: %n publish(es) since %1 have no Git Sync commit after them, so the site may not "
        "have them. If the server runs Git Sync 2.3.2, its sync stops for good once a publish arrives between two "
        "admin saves: run “git config pull.rebase false” in the site's user/ folder on the server, or upgrade Git "
        "Sync to 3.1.0 or newer.",
        nullptr, status.awaitingServer)
        .arg(status.awaitingSince.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QString pathWarningText(const PathWarning &warning)
{
    return QCoreApplication::translate("GravDesk::Vcs", "%1: %2").arg(warning.page, warning.problem);
}

QList<HistoryEntry> GitRepo::history(const QString &path)
{
    QList<HistoryEntry> out;
    QSet<QString> seen;
    const QString rel = relative(path);
    const auto log = [&](const QString &target, bool follow) {
        QStringList args = {QStringLiteral("log"), QStringLiteral("--no-merges"), QStringLiteral("-z"),
            QStringLiteral("--format=%H%x1f%an%x1f%at%x1f%s")};
        if (follow)
            args.append(QStringLiteral("--follow"));
        args << QStringLiteral("--") << target;
        for (const QByteArray &entry : splitZ(m_runner.run(args, {QByteArray(), {}, false, true}).out)) {
            const QList<QByteArray> f = entry.split('\x1f');
            if (f.size() < 4 || seen.contains(QString::fromLatin1(f.at(0).trimmed())))
                continue;
            seen.insert(QString::fromLatin1(f.at(0).trimmed()));
            out.append({QString::fromLatin1(f.at(0).trimmed()), QString::fromUtf8(f.at(1)),
                QDateTime::fromSecsSinceEpoch(f.at(2).toLongLong()).toUTC(), QString::fromUtf8(f.at(3))});
        }
    };
    const QFileInfo here(m_top + QLatin1Char('/') + rel);
    log(rel, here.isFile());
    if (here.isDir()) {
        // A page folder renamed by an admin reorder (NN. prefixes) has history under its old name: git follows a
        // file across a rename, not a folder, so the page's own text files are followed one by one.
        const QString prefix = rel + QLatin1Char('/');
        for (const QByteArray &f :
            splitZ(m_runner
                       .run({QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--"), prefix},
                           {QByteArray(), {}, false, true})
                       .out)) {
            const QString file = QString::fromUtf8(f);
            if (file.endsWith(QLatin1String(".md")) && !file.mid(prefix.size()).contains(QLatin1Char('/')))
                log(file, true);
        }
        std::stable_sort(out.begin(), out.end(), [](const HistoryEntry &a, const HistoryEntry &b) { return a.when > b.when; });
    }
    return out;
}

} // namespace GravDesk
