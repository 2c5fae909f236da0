#pragma once

#include "site/sitelayout.h"
#include "vcs/gitrunner.h"
#include "vcs/pagemerge.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <future>

namespace GravDesk {

class SiteWorkspace;

/// A page's git state (D5), for the tree, the editor header and `gravdesk-cli status`.
enum class PageGitState {
    Synced, ///< the same here and on the server
    EditedHere, ///< edited (or new) here, not published
    ChangedOnServer, ///< changed on the server, no edits here: updated in place by a sync
    ChangedOnBoth, ///< changed on both sides, merges cleanly
    MovedOnServer, ///< renamed (moved) on the server
    DeletedOnServer, ///< deleted on the server
    NeedsDecision, ///< changed on both sides in the same place: the user decides
};

/// A stable English name of a state (JSON, logs).
QString pageGitStateName(PageGitState state);
/// The state as a phrase for the user (translated).
QString pageGitStateText(PageGitState state);

struct PageGitStatus
{
    QString folder; ///< the page folder relative to the repository ('/' separators)
    PageGitState state = PageGitState::Synced;
    QStringList files; ///< the files that differ (repository-relative)
    QString movedTo; ///< MovedOnServer: the new folder
};

/// A path from the server that Windows cannot check out (risk 10), reported by page.
struct PathWarning
{
    QString page; ///< the page folder holding it (repository-relative)
    QString path; ///< repository-relative
    QString problem; ///< why, for the user (translated)
};

/// The repository as a whole (D6).
struct RepoStatus
{
    bool ok = false;
    QString error;
    QString branch; ///< the local branch
    QString upstream; ///< the tracking ref, e.g. refs/remotes/origin/master
    int ahead = 0; ///< commits here that the server does not have
    int behind = 0; ///< commits on the server not here yet
    QDateTime lastServerSync; ///< newest commit made by Grav's Git Sync on the server (invalid: none seen)
    /// "Server stuck" (D6): the commits on the server's branch above its newest Git Sync commit, i.e. publishes no
    /// Git Sync commit has followed yet (0 when none, or when no Git Sync commit was ever seen).
    int awaitingServer = 0;
    QDateTime awaitingSince; ///< the oldest of them (committer date)
    /// awaitingSince is older than GitRepo::serverStuckAfter(): the server may not have pulled them (serverStuckText()).
    bool serverMayBeStuck = false;
    QList<PathWarning> nameWarnings; ///< paths on the server (not here yet) that Windows cannot check out
    QList<PageGitStatus> pages; ///< every page folder of the synced folders, sorted by folder
};

/// A file where the server's change and this desktop's meet and the user must decide.
struct FileDecision
{
    enum class Reason { BothEdited, EditedHereDeletedOnServer, DeletedHereEditedOnServer, BothAdded };
    QString path; ///< repository-relative (the server's path when it moved)
    Reason reason = Reason::BothEdited;
    QList<MergeConflict> conflicts; ///< BothEdited / BothAdded: the fields and paragraphs in question
};

/// The user's answer to one FileDecision (what the decision view returns).
struct SyncDecision
{
    QString path; ///< FileDecision::path
    /// The whole file: Mine keeps this desktop's version (a page deleted on the server stays as a draft here),
    /// Theirs takes the server's (a deletion included). Nobody: settled conflict by conflict through choices.
    MergeTake take = MergeTake::Nobody;
    QList<MergeChoice> choices; ///< BothEdited / BothAdded with take Nobody: one per conflict
};

struct SyncOutcome
{
    enum class Result { UpToDate, Updated, NeedsDecision, Offline, Failed };
    Result result = Result::Failed;
    QString error;
    QStringList updated; ///< files taken from the server as they are
    QStringList merged; ///< files merged with edits made here
    QStringList removed; ///< files the server deleted
    QList<FileDecision> decisions; ///< NeedsDecision: nothing was written; with a MergeTake: what it settled
    QList<PathWarning> nameWarnings; ///< paths from the server that Windows cannot check out (written where possible)
};

struct PublishOutcome
{
    enum class Result { Published, NothingToPublish, Queued, NeedsDecision, Failed };
    Result result = Result::Failed;
    QString error;
    QString commit; ///< the commit made (Published, Queued)
    QString message;
    QStringList files; ///< the files the commit changes
    QStringList warnings; ///< large files and the like
    int attempts = 0; ///< pushes tried (more than one: someone pushed meanwhile)
    SyncOutcome sync; ///< the update that preceded the commit
};

/// The "server may be stuck" warning of @p status for the user (translated), "" when there is none.
QString serverStuckText(const RepoStatus &status);
/// One name warning as a line for the user: "page: problem".
QString pathWarningText(const PathWarning &warning);

struct HistoryEntry
{
    QString commit;
    QString author;
    QDateTime when;
    QString subject;
};

/**
 * The site's git repository as GravDesk uses it (the Git Sync remote: pages/ at the repository's root, or
 * a whole Grav site with user/pages/).
 *
 * Updates never leave the repository mid-merge: the server's versions and three-way merges are computed
 * in memory and written through SiteWorkspace as one SiteTransaction, then the branch and index move to
 * the server's tip (the working tree keeps every draft). A publish is one commit on the server's tip,
 * built in a temporary index from the named pages only, pushed as a fast-forward.
 */
class GitRepo
{
public:
    explicit GitRepo(const SiteLayout &layout, const QString &gitProgram = QString());

    /// Finds the repository, its branch and upstream; false (error() says why) when the site is not in one,
    /// or lies in a repository that is not its own (see hasOwnRepository()).
    bool open();
    /**
     * Whether the site has a repository of its own, without running git (a stat per level): one in the folder
     * above the pages folder (Git Sync's `user/`) or above that (a whole Grav site). A site that merely lies
     * inside another project's checkout has none, and open() refuses it by the same rule.
     */
    static bool hasOwnRepository(const QString &pagesDir);
    QString error() const { return m_error; }
    const GitRunner &runner() const { return m_runner; }
    /// The askpass helper git may run for a password (GitRunner::setAskPass); kept across open().
    void setAskPass(const QString &program)
    {
        m_askPass = program;
        m_runner.setAskPass(program);
    }
    /// Receives each git command line (redacted), its exit code and duration (GitRunner::setLogger); kept across open().
    void setLogger(std::function<void(const QString &)> logger)
    {
        m_logger = std::move(logger);
        m_runner.setLogger(m_logger);
    }
    /// How long a publish may wait for a Git Sync commit above it before status() says the server may be stuck.
    static constexpr qint64 defaultServerStuckAfterSecs = 24 * 3600;
    void setServerStuckAfter(qint64 seconds) { m_stuckAfterSecs = seconds; }
    qint64 serverStuckAfter() const { return m_stuckAfterSecs; }
    /// The user is waiting for this repository's commands (the command line): git may then refresh the
    /// index's caches while reading the state, as `git status` does. Off (the default), reads take no
    /// optional locks, so a background poll never stands in the way of another git command.
    void setForeground(bool foreground) { m_foreground = foreground; }
    /// Top folder of the repository.
    QString topDir() const { return m_top; }
    /// The synced folders, repository-relative (default: the pages folder); nothing else is ever written.
    QStringList syncedFolders() const { return m_synced; }

    /// The repository-local settings GravDesk relies on (D1): no CRLF conversion, UTF-8 paths, long
    /// paths, pruning fetches, `pull.ff=only`, and the junk names excluded.
    bool configureLocal();

    /// Fetches the branch from the server; false with error() set (offline, sign-in needed, …).
    bool fetch();
    /// The last fetch reached the server, which has no such branch (renamed, or never made): not offline.
    bool fetchRefused() const { return m_fetchRefused; }
    /// The state of every page (no network: call fetch() first for news from the server).
    RepoStatus status();
    /**
     * Starts the `git status` that the next status() needs before open() has even found the repository, so the
     * two overlap (the command line's `status --no-fetch`: the user waits for exactly that). Only in Git Sync's
     * layout; a fetch between would leave its ahead/behind behind the server's, so call it only when none comes.
     */
    void startStatusEarly();
    /// Updates from the server (fetch first). Without @p take, any decision needed leaves every file as it was.
    SyncOutcome sync(SiteWorkspace &workspace, MergeTake take = MergeTake::Nobody, bool fetchFirst = true);
    /**
     * Updates from the server with the user's decisions. A file still needing one (none given, or the server
     * or this desktop changed it since the decisions were made, so they no longer answer its conflicts)
     * leaves every file as it was: the result is NeedsDecision again, with the new conflicts.
     */
    SyncOutcome sync(SiteWorkspace &workspace, const QList<SyncDecision> &decisions, bool fetchFirst = true);
    /// The bytes of @p path (repository-relative, or absolute inside it) in commit @p commit; false when absent.
    bool readAt(const QString &commit, const QString &path, QByteArray *bytes);
    /// Publishes the pages in @p pageFolders (absolute or repository-relative) as one commit pushed to the server.
    PublishOutcome publish(SiteWorkspace &workspace, const QStringList &pageFolders, const QString &message = QString());
    /// The commits that touched @p path (a page folder or file, absolute or repository-relative), newest first.
    QList<HistoryEntry> history(const QString &path);

    /// @p path relative to the repository ('/' separators); "" when outside it.
    QString relative(const QString &path) const;

private:
    struct Plan;
    Plan plan(MergeTake take, const QHash<QString, SyncDecision> &decided = {});
    SyncOutcome syncWith(SiteWorkspace &workspace, MergeTake take, const QHash<QString, SyncDecision> &decided, bool fetchFirst);
    QHash<QString, QByteArray> readBlobs(const QStringList &specs, bool *ok = nullptr);
    struct BranchState;
    static QStringList statusArgs();
    /// What the server's branch says of the server (D6), from its last 500 commits; cached by its tip.
    struct ServerHistory
    {
        qint64 lastSync = -1; ///< the newest Git Sync commit's time (-1: none seen)
        int awaiting = 0; ///< commits above it
        qint64 awaitingSince = 0; ///< the oldest of those
    };
    ServerHistory serverHistory(const QString &upstream);
    QStringList dirtyFiles(QHash<QString, QChar> *kinds, BranchState *branch = nullptr);
    bool moveBranch(const QString &commit, const QString &from);
    QString buildCommit(const QStringList &folders, const QString &parent, const QString &message, PublishOutcome &out);
    QString revParse(const QString &rev) const;
    bool inSynced(const QString &rel) const;
    QList<PathWarning> portabilityWarnings(const QString &commit, const QStringList &paths);
    void serverLag(const QString &upstreamCommit, RepoStatus &s);
    bool clearStaleIndexLock();

    SiteLayout m_layout;
    GitRunner m_runner;
    QString m_top;
    QString m_branch;
    QString m_remote;
    QString m_remoteBranch;
    QString m_askPass;
    std::function<void(const QString &)> m_logger;
    QStringList m_synced;
    QString m_error;
    qint64 m_stuckAfterSecs = defaultServerStuckAfterSecs;
    bool m_foreground = false;
    bool m_fetchRefused = false; ///< the last fetch reached the server, which has no such branch
    std::future<GitResult> m_earlyStatus; ///< startStatusEarly(): taken by the first status
};

} // namespace GravDesk
