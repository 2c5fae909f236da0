#include "gitrunner.h"

#include "io/statepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <map>
#include <memory>

namespace GravDesk {
namespace {

// One lock per repository folder: GravDesk's own git calls on a repository run one after another, so
// they never collide on index.lock. QMutex is not fair, but callers are few and short-lived.
QMutex *repoLock(const QString &repoDir)
{
    static QMutex registryLock;
    static std::map<QString, std::unique_ptr<QMutex>> locks;
    const QMutexLocker locker(&registryLock);
    auto &slot = locks[QDir::cleanPath(QFileInfo(repoDir).absoluteFilePath())];
    if (!slot)
        slot = std::make_unique<QMutex>();
    return slot.get();
}

} // namespace

QString GitResult::message() const
{
    if (!started)
        return QCoreApplication::translate("GravDesk::Vcs", "git could not be started");
    if (timedOut)
        return QCoreApplication::translate("GravDesk::Vcs", "git did not answer in time and was stopped");
    const QByteArray text = err.trimmed().isEmpty() ? out.trimmed() : err.trimmed();
    return GitRunner::redact(QString::fromUtf8(text));
}

GitRunner::GitRunner(const QString &repoDir, const QString &gitProgram)
    : m_repoDir(repoDir)
    , m_program(gitProgram.isEmpty() ? locateGit() : gitProgram)
{ }

QString GitRunner::locateGit()
{
    const QByteArray env = qgetenv("GRAVDESK_GIT");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    QString found = QStandardPaths::findExecutable(QStringLiteral("git"));
#ifdef Q_OS_WIN
    if (found.isEmpty()) {
        const QString programFiles = qEnvironmentVariable("ProgramFiles", QStringLiteral("C:/Program Files"));
        const QString candidate = programFiles + QStringLiteral("/Git/cmd/git.exe");
        if (QFileInfo(candidate).isExecutable())
            found = candidate;
    }
#endif
    return found;
}

GitAvailability GitRunner::probe(const QString &gitProgram)
{
    GitAvailability a;
    a.program = gitProgram.isEmpty() ? locateGit() : gitProgram;
    if (a.program.isEmpty()) {
        a.problem = QCoreApplication::translate("GravDesk::Vcs",
            "Git is not installed (or not on PATH). Publishing through git is off; everything else works as before.");
        return a;
    }
    // `git --version` of this very executable (same path, size and modification time) is remembered in the state
    // folder: every command of the command line would otherwise start one more git.
    const QFileInfo exe(a.program);
    const QByteArray key = QFile::encodeName(exe.canonicalFilePath()) + '\t' + QByteArray::number(exe.size()) + '\t'
        + QByteArray::number(exe.lastModified().toMSecsSinceEpoch());
    const QString cache = StatePaths::root() + QStringLiteral("/git-version");
    QByteArray versionLine;
    if (QFile f(cache); exe.exists() && f.open(QIODevice::ReadOnly)) {
        const QByteArray text = f.readAll();
        if (text.startsWith(QByteArray(key + '\t')))
            versionLine = text.mid(key.size() + 1).trimmed();
    }
    bool ran = false;
    if (versionLine.isEmpty()) {
        const GitRunner runner(QDir::currentPath(), a.program);
        const GitResult r = runner.run({QStringLiteral("--version")});
        if (r.ok())
            versionLine = r.out.trimmed();
        ran = true;
    }
    static const QRegularExpression versionRe(QStringLiteral("git version (\\d+)\\.(\\d+)(\\.\\d+)?"));
    const QRegularExpressionMatch m = versionRe.match(QString::fromUtf8(versionLine));
    if (ran && m.hasMatch() && exe.exists() && QDir().mkpath(StatePaths::root())) {
        QSaveFile f(cache);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(key + '\t' + versionLine + '\n');
            f.commit();
        }
    }
    if (!m.hasMatch()) {
        a.problem = QCoreApplication::translate(
            "GravDesk::Vcs", "Git could not be run (%1). Publishing through git is off; everything else works as before.")
                        .arg(a.program);
        return a;
    }
    a.version = m.captured(0).mid(12);
    const int major = m.captured(1).toInt(), minor = m.captured(2).toInt();
    if (major < minimumMajor || (major == minimumMajor && minor < minimumMinor)) {
        a.problem = QCoreApplication::translate("GravDesk::Vcs",
            "Git %1 is too old (%2.%3 or newer is needed). Publishing through git is off; everything else works as before.")
                        .arg(a.version)
                        .arg(minimumMajor)
                        .arg(minimumMinor);
        return a;
    }
    a.ok = true;
    return a;
}

QString GitRunner::redact(const QString &text)
{
    // scheme://user:secret@host and scheme://token@host: the secret part goes.
    static const QRegularExpression withUser(QStringLiteral("([a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]*):[^@/\\s]*@"));
    static const QRegularExpression tokenOnly(QStringLiteral("(https?://)[^/\\s:@]+@"));
    QString s = text;
    s.replace(withUser, QStringLiteral("\\1:{password}@"));
    s.replace(tokenOnly, QStringLiteral("\\1{password}@"));
    return s;
}

GitResult GitRunner::run(const QStringList &args, const GitCallOptions &options) const
{
    if (m_program.isEmpty())
        return {};
    const QMutexLocker locker(repoLock(m_repoDir));
    return execute(args, options);
}

GitResult GitRunner::runFirst(const QStringList &args, const GitCallOptions &options) const
{
    if (m_program.isEmpty())
        return {};
    return execute(args, options);
}

GitResult GitRunner::runBeside(const QStringList &args, GitCallOptions options) const
{
    if (m_program.isEmpty())
        return {};
    options.readOnly = true;
    return execute(args, options);
}

GitResult GitRunner::execute(const QStringList &args, const GitCallOptions &options) const
{
    GitResult r;
    QProcess p;
    p.setProgram(m_program);
    p.setArguments(args);
    p.setWorkingDirectory(m_repoDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral("true"));
    env.insert(QStringLiteral("GIT_MERGE_AUTOEDIT"), QStringLiteral("no"));
    env.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    // Credential Manager would otherwise show its own window from a background fetch.
    env.insert(QStringLiteral("GCM_INTERACTIVE"), QStringLiteral("never"));
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    env.remove(QStringLiteral("GIT_INDEX_FILE"));
    if (m_askPass.isEmpty()) {
        env.remove(QStringLiteral("GIT_ASKPASS"));
        env.remove(QStringLiteral("SSH_ASKPASS"));
        // A core.askPass of the user's would still prompt: set empty for this call (git reads GIT_CONFIG_COUNT).
        const int n = env.value(QStringLiteral("GIT_CONFIG_COUNT"), QStringLiteral("0")).toInt();
        env.insert(QStringLiteral("GIT_CONFIG_KEY_%1").arg(n), QStringLiteral("core.askPass"));
        env.insert(QStringLiteral("GIT_CONFIG_VALUE_%1").arg(n), QString());
        env.insert(QStringLiteral("GIT_CONFIG_COUNT"), QString::number(n + 1));
    } else {
        env.insert(QStringLiteral("GIT_ASKPASS"), m_askPass);
        env.insert(QStringLiteral("SSH_ASKPASS"), m_askPass);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        // The helper may be the GUI's own executable: this tells it to answer a prompt, not to open a window.
        env.insert(QStringLiteral("GRAVDESK_ASKPASS_HELPER"), QStringLiteral("1"));
    }
    if (options.readOnly)
        env.insert(QStringLiteral("GIT_OPTIONAL_LOCKS"), QStringLiteral("0"));
    for (auto it = options.env.cbegin(); it != options.env.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start();
    if (!p.waitForStarted(localTimeoutMs)) {
        if (m_logger)
            log(QStringLiteral("git %1: not started").arg(redact(args.join(QLatin1Char(' ')))));
        return r;
    }
    r.started = true;
    if (!options.input.isEmpty())
        p.write(options.input);
    p.closeWriteChannel();
    const int timeout = options.network ? networkTimeoutMs : localTimeoutMs;
    if (!p.waitForFinished(timeout)) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (m_logger)
        log(QStringLiteral("git %1 -> %2 (%3 ms)").arg(redact(args.join(QLatin1Char(' ')))).arg(r.exitCode).arg(clock.elapsed()));
    return r;
}

void GitRunner::log(const QString &line) const
{
    // Calls beside the queue may finish together: the logger hears one line at a time.
    static QMutex logLock;
    const QMutexLocker locker(&logLock);
    m_logger(line);
}

bool isSignInRefusal(const QString &message)
{
    static const char *const signIn[] = {"Authentication failed", "could not read Username", "could not read Password",
        "Permission denied (publickey", "403", "401", "terminal prompts disabled", "Invalid username or password"};
    for (const char *needle : signIn) {
        if (message.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace GravDesk
