#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace GravDesk {

/// What one git command did. errors are values: started == false when git could not be run at all.
struct GitResult
{
    bool started = false; ///< false: the program was not found or could not start
    bool timedOut = false; ///< killed after its timeout
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return started && !timedOut && exitCode == 0; }
    /// stderr (or stdout) trimmed, credentials redacted: for a message to the user.
    QString message() const;
};

/// How one command runs.
struct GitCallOptions
{
    QByteArray input; ///< written to stdin (commit messages travel this way, never as arguments)
    QHash<QString, QString> env; ///< extra environment (e.g. GIT_INDEX_FILE)
    bool network = false; ///< talks to the remote: the longer timeout applies
    bool readOnly = false; ///< takes no optional locks (GIT_OPTIONAL_LOCKS=0), so background status never blocks a write
};

/// Whether a usable git is there.
struct GitAvailability
{
    bool ok = false;
    QString program; ///< absolute path of the git executable
    QString version; ///< e.g. "2.39.5"
    QString problem; ///< why not, for the user
};

/// Whether git's @p message says the server refused the sign-in (wrong or missing password, no rights, no key)
/// rather than that it could not be reached: such a fetch is not "offline", and queuing a publish would not help.
bool isSignInRefusal(const QString &message);

/**
 * Drives the `git` command line for one repository.
 *
 * Every call is an argument list (no shell), runs with LC_ALL=C (the output is parsed), never prompts
 * on a terminal (GIT_TERMINAL_PROMPT=0; GIT_ASKPASS, SSH_ASKPASS and core.askPass unset unless an askpass program
 * is given), with no
 * editor or pager, and is killed after its timeout. Calls on the same repository are serialized across
 * threads, one after another in arrival order, so GravDesk's own commands never race for index.lock; the
 * GUI runs them on a worker thread. Each command line is logged with credentials in URLs redacted.
 */
class GitRunner
{
public:
    static constexpr int localTimeoutMs = 30'000;
    static constexpr int networkTimeoutMs = 120'000;
    /// The oldest git whose commands and output the vcs layer relies on.
    static constexpr int minimumMajor = 2, minimumMinor = 38;

    /// @p repoDir: the repository's top folder; @p gitProgram: "" to look git up (see locateGit()).
    explicit GitRunner(const QString &repoDir, const QString &gitProgram = QString());

    const QString &repoDir() const { return m_repoDir; }
    const QString &program() const { return m_program; }

    /// Runs `git <args>` in the repository and waits for it.
    GitResult run(const QStringList &args, const GitCallOptions &options = {}) const;
    /**
     * Runs a command that only reads (ls-files, log, cat-file) beside the repository's queue: it may overlap the
     * one queued command that runs, which is how the page list is read while `git status` works. It never waits
     * for the queue and takes no optional locks (readOnly is forced); never use it for a command that writes.
     */
    GitResult runBeside(const QStringList &args, GitCallOptions options = {}) const;
    /**
     * Runs a command outside the queue, as asked (readOnly not forced): only for the one command that starts before
     * any other of this repository's can write (GitRepo::startStatusEarly()'s `git status`, which may refresh the
     * index as the user's own `git status` does, beside the read-only commands that open the repository).
     */
    GitResult runFirst(const QStringList &args, const GitCallOptions &options = {}) const;

    /// An askpass helper for prompts (the GUI's own executable in askpass mode); "" keeps prompts off.
    void setAskPass(const QString &program) { m_askPass = program; }
    /// Receives each command line (redacted) and its outcome; the default writes nothing.
    void setLogger(std::function<void(const QString &)> logger) { m_logger = std::move(logger); }

    /// The git program: GRAVDESK_GIT from the environment, else `git` on PATH, else Git for Windows' usual place.
    static QString locateGit();
    /// Finds git and checks its version (at least minimumMajor.minimumMinor).
    static GitAvailability probe(const QString &gitProgram = QString());
    /// @p text with the password (or token) of every URL replaced by "{password}".
    static QString redact(const QString &text);

private:
    GitResult execute(const QStringList &args, const GitCallOptions &options) const;
    void log(const QString &line) const;

    QString m_repoDir;
    QString m_program;
    QString m_askPass;
    std::function<void(const QString &)> m_logger;
};

} // namespace GravDesk
