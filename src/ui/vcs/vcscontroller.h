#pragma once

#include "site/sitelayout.h"
#include "vcs/gitrepo.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace GravDesk {

class SiteWorkspace;

/// A page file open with unsaved edits that the server changed: the versions a three-way merge with the
/// editor's text needs.
struct HeldVersion
{
    QString file; ///< absolute
    QString path; ///< repository-relative
    QByteArray base; ///< as this copy's HEAD has it
    QByteArray theirs; ///< as the server's tip has it
};

/**
 * The window's side of the site's git repository: one GitRepo driven on a worker thread of its own (jobs
 * run one after another, never on the GUI thread), its last status for the tree and the status bar, the
 * publish queue of pages waiting for the network (kept in the site's state folder, sent after the next
 * successful fetch), and whether git may ask for a password now (only in jobs the user started).
 */
class VcsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VcsController)

public:
    /// The site as a whole (D6).
    enum class SiteState {
        None, ///< no site, or the site is not a git working tree
        Checking, ///< the first look is running
        Online, ///< the last fetch reached the server
        Offline, ///< the server could not be reached (a state, not an error)
        SignInNeeded, ///< the server wants a password a background fetch may not ask for
        BranchMissing, ///< the server answered but has no branch of the name this copy follows (see problem())
        GitMissing, ///< no usable git
        Problem, ///< the repository needs repair (see problem())
    };

    explicit VcsController(QObject *parent = nullptr);
    ~VcsController() override;

    /// Starts on a newly opened site; nothing runs when it is not in a git repository.
    void setSite(const SiteLayout &layout, std::shared_ptr<SiteWorkspace> workspace);
    void clear();
    /// The site is a git working tree with a branch.
    bool isActive() const { return m_site && m_state != SiteState::None && m_state != SiteState::GitMissing; }
    SiteState state() const { return m_state; }
    QString problem() const { return m_problem; }
    const RepoStatus &status() const { return m_status; }
    QDateTime lastFetch() const { return m_lastFetch; }
    bool isBusy() const { return m_jobs > 0; }
    /// The repository's top folder.
    QString topDir() const { return m_top; }
    /// @p pageFolder (absolute) relative to the repository ("" outside it).
    QString repoRelative(const QString &pageFolder) const;

    /// The git state of every page with one, by folder relative to the pages folder.
    QHash<QString, PageGitState> pageStates() const;

    /// Fetches (when @p fetch) and reads the status again; @p interactive lets git ask for a password.
    void refresh(bool fetch, bool interactive = false);
    /// Update from Server: a sync; with @p decisions, the user's answers of the decision view.
    void update(const QList<SyncDecision> &decisions = {});
    /// Before an update, for page files (absolute) open with unsaved edits: fetches and reads each one as this
    /// copy's HEAD and the server's tip have it: heldVersionsReady() (nothing is written).
    void loadHeldVersions(const QStringList &files);
    /// Publishes the page in @p pageFolder (absolute): one commit pushed, or queued when offline.
    void publish(const QString &pageFolder);
    /// The pages waiting to be published (repository-relative folders).
    QStringList queued() const { return m_queue; }
    /// The queued pages as folders relative to the pages folder (the tree's keys).
    QSet<QString> queuedPages() const;
    /// The commits of a page folder (absolute), newest first: historyReady().
    void loadHistory(const QString &pageFolder);
    /// A page file (absolute) as it was in @p commit: versionReady().
    void loadVersion(const QString &commit, const QString &file);

    /// The askpass program given to git (the gravdesk executable in its askpass mode); "" keeps prompts off.
    void setAskPass(const QString &program) { m_askPass = program; }
    /// A job the user started is running: git may ask for a password (background fetches must not).
    bool promptsAllowed() const { return m_interactive.load(); }
    /// The askpass helper was turned away during a background job: the next fetch reports sign-in needed.
    void noteSignInRefused() { m_signInRefused.store(true); }

    /// Why a fetch failed, as a state: offline or sign-in needed.
    static SiteState classifyFailure(const QString &message);
    /// The state as a short phrase for the status bar.
    static QString stateText(SiteState state);

Q_SIGNALS:
    /// The status, state or queue changed (badges, status bar).
    void statusChanged();
    void busyChanged(bool busy);
    void updateFinished(const SyncOutcome &outcome);
    void publishFinished(const QString &pageFolder, const PublishOutcome &outcome);
    void historyReady(const QString &pageFolder, const QList<HistoryEntry> &entries);
    void versionReady(const QString &commit, const QString &file, bool found, const QByteArray &bytes);
    /// Queued pages were published after a fetch (their repository-relative folders).
    void queuedPublished(const QStringList &folders);
    /// loadHeldVersions(): the files the server changed, with their base (HEAD) and the server's bytes; @p error
    /// when the server could not be asked (the update then says why).
    void heldVersionsReady(const QList<HeldVersion> &changed, const QString &error);

private:
    struct Fresh
    {
        bool fetched = false; ///< a fetch was tried
        bool fetchOk = false;
        bool fetchRefused = false; ///< the server answered without the branch
        QString fetchError;
        QString openError; ///< the repository did not open (needs repair)
        bool reopened = false; ///< it opened now, after failing before
        QString top;
        RepoStatus status;
        QStringList publishedFromQueue;
    };
    struct Site
    {
        std::unique_ptr<GitRepo> repo;
        std::shared_ptr<SiteWorkspace> workspace;
        bool opened = false; ///< set on the worker by the first job
        bool gitMissing = false; ///< no usable git: nothing is tried again
    };
    /// Runs @p work on the worker with the site's repository (skipped when it did not open); what it posts
    /// reaches the GUI thread only while the same site is open.
    void run(bool interactive, std::function<void(Site &)> work);
    /// On the worker: opens the repository when it did not open before (repaired meanwhile); false with @p error.
    static bool ensureOpen(Site &site, QString *error);
    void post(int generation, std::function<void()> done);
    void applyFresh(const Fresh &fresh);
    void saveQueue();

    QThreadPool m_pool;
    std::shared_ptr<Site> m_site;
    SiteLayout m_layout;
    QString m_top;
    QString m_queueFile;
    QStringList m_queue;
    QString m_askPass;
    SiteState m_state = SiteState::None;
    QString m_problem;
    RepoStatus m_status;
    QDateTime m_lastFetch;
    int m_generation = 0;
    int m_jobs = 0;
    std::atomic<bool> m_interactive {false};
    std::atomic<bool> m_signInRefused {false};
};

} // namespace GravDesk
