#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace GravDesk {

/// The Grav Git Sync plugin version a fixture's server replays (git-sync reference §1.3).
enum class GitSyncVersion {
    V2_3_2, ///< `pull --allow-unrelated-histories -X theirs` (no --ff): dies on divergent branches with modern git
    V3_2_0, ///< `pull --allow-unrelated-histories --ff -X theirs`: merges
};

/// "2.3.2" or "3.2.0".
QString gitSyncVersionName(GitSyncVersion version);

/// What one git command printed and returned.
struct GitRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return code == 0; }
};

/// What one replayed Git Sync synchronize() did.
struct ServerSyncRun
{
    bool committed = false; ///< `git status pages` was not clean: `add .` and `commit` ran
    GitRun pull;
    GitRun push;
    bool ok() const { return pull.ok() && push.ok(); }
};

/**
 * A site published through Grav Git Sync, on one machine, with real git (git-sync reference D14a):
 * - remote: a bare repository seeded from the corpus (../shared/corpus/hemcenter) in Git Sync's layout, pages/ at
 *   the root, the seed committed as Git Sync commits;
 * - server: the Grav user/ folder as Git Sync initialises it (`init`, `checkout -b master`, a legacy sparse
 *   checkout and a .gitignore, both CRLF-joined, `user.name GitSync`, `remote add origin`), connected by one
 *   serverSync() (unrelated histories: a merge commit);
 * - deskA and deskB: desktop clones, B with core.autocrlf=true (what Git for Windows' installer sets).
 *
 * serverSync() replays Git Sync's synchronize() exactly, for the fixture's version: `LC_ALL=C git status pages`,
 * then (when not clean) `add .` and `commit --author=…`, then `fetch origin master`, then
 * `pull --allow-unrelated-histories [--ff on 3.2.0] -X theirs origin master`, then `push origin master:master`.
 * Like the plugin it goes on after a failed step only as far as the plugin does (a failed pull throws, so no push).
 *
 * Commit dates: setDate() fixes GIT_AUTHOR_DATE and GIT_COMMITTER_DATE in this process's environment, so the
 * fixture's commits and those of the programs the test starts carry it.
 */
class GitSyncFixture
{
public:
    /// Why the fixture cannot run here ("" when it can: git and the corpus are there).
    static QString skipReason();
    /// A private git configuration for the whole test process (no system or user settings leak in): call once.
    static bool isolate(const QString &configDir);
    /// The page folders (repository-relative) seeded by default: two news items with languages and photos.
    static QStringList defaultPages();

    /// Builds a new fixture in @p root (an empty or absent folder); false with error() set.
    bool create(const QString &root, GitSyncVersion version = GitSyncVersion::V3_2_0, const QStringList &pages = defaultPages());
    QString error() const { return m_error; }

    GitSyncVersion version = GitSyncVersion::V3_2_0;
    QString remote; ///< the bare remote (remote.git)
    QString server; ///< the server's user/ folder
    QString deskA; ///< a desktop clone
    QString deskB; ///< a desktop clone with core.autocrlf=true

    /// Git Sync's synchronize() on the server, as the fixture's version does it.
    ServerSyncRun serverSync() { return serverSync(version); }
    ServerSyncRun serverSync(GitSyncVersion as);
    /// An admin save: @p from replaced by @p to in the server's file @p rel (it must be there), then serverSync().
    ServerSyncRun adminSave(const QString &rel, const QByteArray &from, const QByteArray &to);
    /// An admin reorder: the server's page folder @p from renamed to @p to on disk (as Grav does), then serverSync().
    ServerSyncRun adminReorder(const QString &from, const QString &to);
    /// An admin delete: the server's page folder removed from disk, then serverSync().
    ServerSyncRun adminDelete(const QString &folder);
    /// An upload (media or any file) written to the server as it is, then serverSync().
    ServerSyncRun adminAddFile(const QString &rel, const QByteArray &bytes);

    /// Fixes the author and committer date of the commits made from now on (invalid: the clock's again).
    static void setDate(const QDateTime &when);

    /// `git -C dir args…` with LC_ALL=C (and @p env); the caller looks at the result.
    static GitRun git(const QString &dir, const QStringList &args, const QHash<QString, QString> &env = {});
    /// `git -C dir args…` trimmed stdout.
    static QByteArray gitOut(const QString &dir, const QStringList &args) { return git(dir, args).out.trimmed(); }
    /// The remote's master.
    QString remoteTip() const;
    /// The subjects of the remote's master, newest first (first parents only when @p firstParent).
    QStringList remoteLog(bool firstParent = false) const;

    static QByteArray readFile(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &bytes);
    /// @p from replaced by @p to in the file @p path (false when @p from is not in it).
    static bool replaceIn(const QString &path, const QByteArray &from, const QByteArray &to);

private:
    QString m_error;
};

} // namespace GravDesk
