#include "vcscontroller.h"

#include "io/clock.h"
#include "io/siteworkspace.h"
#include "io/statepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QSaveFile>

namespace GravDesk {
VcsController::VcsController(QObject *parent)
    : QObject(parent)
{
    // One worker: git calls of the site run one after another, in the order they were asked for.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

VcsController::~VcsController()
{
    m_pool.waitForDone();
}

void VcsController::clear()
{
    ++m_generation;
    m_site.reset();
    m_state = SiteState::None;
    m_problem.clear();
    m_status = RepoStatus();
    m_lastFetch = QDateTime();
    m_queue.clear();
    m_queueFile.clear();
    m_top.clear();
    Q_EMIT statusChanged();
}

void VcsController::setSite(const SiteLayout &layout, std::shared_ptr<SiteWorkspace> workspace)
{
    clear();
    m_layout = layout;
    if (!layout.isValid() || !GitRepo::hasOwnRepository(layout.pagesDir))
        return;
    m_site = std::make_shared<Site>();
    m_site->workspace = std::move(workspace);
    m_site->repo = std::make_unique<GitRepo>(layout);
    m_site->repo->setAskPass(m_askPass);
    m_state = SiteState::Checking;
    const QString folder = StatePaths::ensureSiteSubfolder(layout.userDir, QStringLiteral("git"));
    if (!folder.isEmpty()) {
        m_queueFile = folder + QStringLiteral("/publish-queue");
        QFile f(m_queueFile);
        if (f.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : f.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    m_queue.append(QString::fromUtf8(line.trimmed()));
            }
        }
    }
    Q_EMIT statusChanged();
    const int generation = m_generation;
    run(false, [this, generation](Site &site) {
        const GitAvailability git = GitRunner::probe(site.repo->runner().program());
        if (!git.ok) {
            site.gitMissing = true;
            post(generation, [this, git] {
                m_state = SiteState::GitMissing;
                m_problem = git.problem;
                Q_EMIT statusChanged();
            });
            return;
        }
        site.opened = site.repo->open();
        const QString error = site.repo->error();
        const QString top = site.repo->topDir();
        // What is known without the network first; the fetch follows as a job of its own.
        const RepoStatus status = site.opened ? site.repo->status() : RepoStatus();
        post(generation, [this, site = site.opened, error, top, status] {
            m_top = top;
            if (!site) {
                m_state = SiteState::Problem;
                m_problem = error;
            } else {
                m_status = status;
            }
            Q_EMIT statusChanged();
        });
    });
    refresh(true);
}

QString VcsController::repoRelative(const QString &pageFolder) const
{
    if (m_top.isEmpty())
        return QString();
    const QString rel = QDir(m_top).relativeFilePath(QDir::cleanPath(pageFolder));
    return rel.startsWith(QLatin1String("..")) ? QString() : rel;
}

QSet<QString> VcsController::queuedPages() const
{
    QSet<QString> out;
    if (m_top.isEmpty())
        return out;
    const QDir pages(m_layout.pagesDir);
    for (const QString &folder : m_queue) {
        const QString rel = pages.relativeFilePath(m_top + QLatin1Char('/') + folder);
        if (!rel.startsWith(QLatin1String("..")) && rel != QLatin1String("."))
            out.insert(rel);
    }
    return out;
}

QHash<QString, PageGitState> VcsController::pageStates() const
{
    QHash<QString, PageGitState> states;
    if (m_top.isEmpty())
        return states;
    const QDir pages(m_layout.pagesDir);
    for (const PageGitStatus &p : m_status.pages) {
        QString rel = pages.relativeFilePath(m_top + QLatin1Char('/') + p.folder);
        if (rel == QLatin1String("."))
            rel.clear();
        if (!rel.startsWith(QLatin1String("..")))
            states.insert(rel, p.state);
    }
    return states;
}

void VcsController::run(bool interactive, std::function<void(Site &)> work)
{
    if (!m_site)
        return;
    ++m_jobs;
    if (m_jobs == 1)
        Q_EMIT busyChanged(true);
    std::shared_ptr<Site> site = m_site;
    m_pool.start([this, site, interactive, work = std::move(work)] {
        m_interactive.store(interactive);
        work(*site);
        m_interactive.store(false);
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (--m_jobs == 0)
                    Q_EMIT busyChanged(false);
            },
            Qt::QueuedConnection);
    });
}

void VcsController::post(int generation, std::function<void()> done)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, done = std::move(done)] {
            if (generation == m_generation)
                done();
        },
        Qt::QueuedConnection);
}

void VcsController::refresh(bool fetch, bool interactive)
{
    const int generation = m_generation;
    const QStringList queue = m_queue;
    m_signInRefused.store(false);
    run(interactive, [this, generation, fetch, queue](Site &site) {
        Fresh f;
        f.reopened = !site.opened;
        if (!ensureOpen(site, &f.openError)) {
            if (!f.openError.isEmpty())
                post(generation, [this, f] { applyFresh(f); });
            return;
        }
        f.top = site.repo->topDir();
        if (fetch) {
            f.fetched = true;
            f.fetchOk = site.repo->fetch();
            if (!f.fetchOk) {
                f.fetchError = site.repo->error();
                f.fetchRefused = site.repo->fetchRefused();
            }
        }
        // Pages published while offline go out once the server answers again.
        if (f.fetchOk && !queue.isEmpty() && site.workspace && site.repo->configureLocal()) {
            for (const QString &folder : queue) {
                const PublishOutcome o = site.repo->publish(*site.workspace, {site.repo->topDir() + QLatin1Char('/') + folder});
                if (o.result == PublishOutcome::Result::Published || o.result == PublishOutcome::Result::NothingToPublish)
                    f.publishedFromQueue.append(folder);
            }
        }
        f.status = site.repo->status();
        post(generation, [this, f] { applyFresh(f); });
    });
}

bool VcsController::ensureOpen(Site &site, QString *error)
{
    if (!site.opened && !site.gitMissing) {
        // A repository left mid-rebase (or otherwise unusable) when the site opened may have been repaired in a
        // terminal since: every job looks again rather than doing nothing.
        site.opened = site.repo->open();
        if (!site.opened)
            *error = site.repo->error();
    }
    return site.opened;
}

void VcsController::applyFresh(const Fresh &f)
{
    if (!f.openError.isEmpty()) {
        m_state = SiteState::Problem;
        m_problem = f.openError;
        Q_EMIT statusChanged();
        return;
    }
    if (f.reopened && !f.top.isEmpty()) {
        m_top = f.top;
        if (m_state == SiteState::Problem)
            m_state = SiteState::Checking;
    }
    if (f.status.ok)
        m_status = f.status;
    if (f.fetched) {
        if (f.fetchOk) {
            m_state = SiteState::Online;
            m_problem.clear();
            m_lastFetch = Clock::nowUtc();
        } else if (f.fetchRefused) {
            // The server answered: not offline, and queuing a publish would not help.
            m_state = SiteState::BranchMissing;
            m_problem = f.fetchError;
        } else {
            m_state = m_signInRefused.exchange(false) ? SiteState::SignInNeeded : classifyFailure(f.fetchError);
            m_problem = f.fetchError;
        }
    } else if (m_state == SiteState::Checking) {
        m_state = SiteState::Online;
    }
    if (!f.status.ok && f.status.error.size() && m_state == SiteState::Online) {
        m_problem = f.status.error;
    }
    if (!f.publishedFromQueue.isEmpty()) {
        for (const QString &folder : f.publishedFromQueue)
            m_queue.removeAll(folder);
        saveQueue();
        Q_EMIT queuedPublished(f.publishedFromQueue);
    }
    Q_EMIT statusChanged();
}

void VcsController::update(const QList<SyncDecision> &decisions)
{
    const int generation = m_generation;
    m_signInRefused.store(false);
    run(true, [this, generation, decisions](Site &site) {
        SyncOutcome o;
        Fresh f;
        f.reopened = !site.opened;
        if (!site.workspace || !ensureOpen(site, &f.openError)) {
            o.error = f.openError;
            post(generation, [this, o, f] {
                applyFresh(f);
                Q_EMIT updateFinished(o);
            });
            return;
        }
        f.top = site.repo->topDir();
        if (!site.repo->configureLocal()) {
            o.error = site.repo->error();
        } else {
            o = decisions.isEmpty() ? site.repo->sync(*site.workspace) : site.repo->sync(*site.workspace, decisions);
        }
        f.status = site.repo->status();
        f.fetched = true;
        f.fetchRefused = site.repo->fetchRefused();
        f.fetchOk = o.result != SyncOutcome::Result::Offline && !isSignInRefusal(o.error) && !f.fetchRefused;
        f.fetchError = o.error;
        post(generation, [this, o, f] {
            applyFresh(f);
            Q_EMIT updateFinished(o);
        });
    });
}

void VcsController::publish(const QString &pageFolder)
{
    const int generation = m_generation;
    m_signInRefused.store(false);
    run(true, [this, generation, pageFolder](Site &site) {
        PublishOutcome o;
        Fresh f;
        f.reopened = !site.opened;
        if (!site.workspace || !ensureOpen(site, &f.openError)) {
            o.error = f.openError;
            post(generation, [this, o, f, pageFolder] {
                applyFresh(f);
                Q_EMIT publishFinished(pageFolder, o);
            });
            return;
        }
        f.top = site.repo->topDir();
        if (!site.repo->configureLocal())
            o.error = site.repo->error();
        else
            o = site.repo->publish(*site.workspace, {pageFolder});
        f.status = site.repo->status();
        f.fetched = true;
        f.fetchRefused = site.repo->fetchRefused();
        f.fetchOk = o.sync.result != SyncOutcome::Result::Offline && o.result != PublishOutcome::Result::Queued
            && !isSignInRefusal(o.sync.error) && !f.fetchRefused;
        f.fetchError = o.error;
        const QString rel = site.repo->relative(pageFolder);
        post(generation, [this, o, f, rel, pageFolder] {
            if (o.result == PublishOutcome::Result::Queued && !m_queue.contains(rel)) {
                m_queue.append(rel);
                saveQueue();
            } else if (o.result == PublishOutcome::Result::Published && m_queue.removeAll(rel) > 0) {
                saveQueue();
            }
            applyFresh(f);
            Q_EMIT publishFinished(pageFolder, o);
        });
    });
}

void VcsController::loadHeldVersions(const QStringList &files)
{
    const int generation = m_generation;
    const QString upstream = m_status.upstream;
    run(true, [this, generation, files, upstream](Site &site) {
        QList<HeldVersion> changed;
        QString error;
        if (!ensureOpen(site, &error)) {
            post(generation, [this, error] { Q_EMIT heldVersionsReady({}, error); });
            return;
        }
        if (!site.repo->fetch()) {
            error = site.repo->error();
        } else if (!upstream.isEmpty()) {
            for (const QString &file : files) {
                HeldVersion h;
                h.file = file;
                h.path = site.repo->relative(file);
                // A file new here, or gone from the server, is not merged with the editor: the update decides.
                if (h.path.isEmpty() || !site.repo->readAt(QStringLiteral("HEAD"), h.path, &h.base)
                    || !site.repo->readAt(upstream, h.path, &h.theirs))
                    continue;
                if (toLf(h.base) != toLf(h.theirs))
                    changed.append(h);
            }
        }
        post(generation, [this, changed, error] { Q_EMIT heldVersionsReady(changed, error); });
    });
}

void VcsController::loadHistory(const QString &pageFolder)
{
    const int generation = m_generation;
    run(false, [this, generation, pageFolder](Site &site) {
        if (!site.opened)
            return;
        const QList<HistoryEntry> entries = site.repo->history(pageFolder);
        post(generation, [this, pageFolder, entries] { Q_EMIT historyReady(pageFolder, entries); });
    });
}

void VcsController::loadVersion(const QString &commit, const QString &file)
{
    const int generation = m_generation;
    run(false, [this, generation, commit, file](Site &site) {
        if (!site.opened)
            return;
        QByteArray bytes;
        const bool found = site.repo->readAt(commit, file, &bytes);
        post(generation, [this, commit, file, found, bytes] { Q_EMIT versionReady(commit, file, found, bytes); });
    });
}

void VcsController::saveQueue()
{
    if (m_queueFile.isEmpty())
        return;
    if (m_queue.isEmpty()) {
        QFile::remove(m_queueFile);
        return;
    }
    QSaveFile f(m_queueFile);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(m_queue.join(QLatin1Char('\n')).toUtf8() + '\n');
        f.commit();
    }
}

VcsController::SiteState VcsController::classifyFailure(const QString &message)
{
    return isSignInRefusal(message) ? SiteState::SignInNeeded : SiteState::Offline;
}

QString VcsController::stateText(SiteState state)
{
    switch (state) {
    case SiteState::None: return QString();
    case SiteState::Checking: return tr("Checking the server…");
    case SiteState::Online: return tr("Online");
    case SiteState::Offline: return tr("Offline");
    case SiteState::SignInNeeded: return tr("Sign-in needed");
    case SiteState::BranchMissing: return tr("Branch missing on the server");
    case SiteState::GitMissing: return tr("Git missing");
    case SiteState::Problem: return tr("Repository needs repair");
    }
    return QString();
}

} // namespace GravDesk
