#include "documentmanager.h"

#include "io/safefile.h"
#include "io/siteworkspace.h"
#include "page/pagedocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace GravDesk {
namespace {

struct ReadResult
{
    QByteArray bytes;
    QString error;
    bool ok = false;
};

// Only a regular file of at most 16 MB is read (a FIFO would block the worker, a huge file the window).
ReadResult readAll(const QString &path)
{
    // Only a regular file within the size limit: a FIFO would block the worker, /dev/zero never end.
    FileRead file = readRegularFile(path);
    ReadResult r;
    r.ok = file.ok;
    r.bytes = std::move(file.bytes);
    r.error = file.error;
    return r;
}

struct SaveResult
{
    SaveOutcome outcome = SaveOutcome::Failed;
    QString error;
    QByteArray bytes;
    QString body;
};

// Saves run one at a time, in order, so two quick Ctrl+S never race on one file.
QThreadPool &savePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        return p;
    }();
    return *pool;
}

} // namespace

DocumentManager::DocumentManager(QObject *parent)
    : QObject(parent)
{ }

DocumentManager::~DocumentManager()
{
    waitForIdle();
}

void DocumentManager::open(const QString &path, const QString &language, int requestId)
{
    auto *watcher = new QFutureWatcher<ReadResult>(this);
    connect(watcher, &QFutureWatcher<ReadResult>::finished, this, [this, watcher, path, language, requestId] {
        const ReadResult r = watcher->result();
        watcher->deleteLater();
        if (!r.ok) {
            Q_EMIT openFailed(path, r.error, requestId);
            return;
        }
        Q_EMIT opened(new PageDocument(path, r.bytes, language), requestId);
    });
    watcher->setFuture(QtConcurrent::run([path] { return readAll(path); }));
}

SaveJob SaveJob::of(const PageDocument &doc)
{
    SaveJob job;
    job.path = doc.path();
    job.expected = doc.envelope().raw;
    job.bytes = doc.composedBytes();
    job.shownHeader = doc.headerBytes();
    job.shownHasHeader = doc.envelope().hasHeader || !job.shownHeader.isEmpty();
    job.isNew = doc.isNew();
    job.folder = doc.folderChanges().plan(job.path, job.bytes);
    job.label = QCoreApplication::translate("GravDesk::DocumentManager", "save %1").arg(QFileInfo(job.path).fileName());
    return job;
}

SaveOutcome DocumentManager::saveNow(SiteWorkspace &workspace, const SaveJob &job, bool force, QString *error)
{
    if (job.isEmpty())
        return SaveOutcome::Unchanged;
    std::unique_ptr<SiteTransaction> tx = workspace.begin(job.label);
    // Names are freed before they are taken: removals, then renames, then new files, then page texts.
    for (const QString &p : job.folder.removes)
        tx->remove(p);
    for (const auto &[from, to] : job.folder.renames)
        tx->rename(from, to);
    for (const auto &[target, source] : job.folder.adds)
        tx->putFile(target, source);
    for (const FolderPlan::Write &w : job.folder.writes) {
        WriteOptions o;
        o.expectedCurrent = w.expected; // a colleague's change to another language is never overwritten
        o.shownHeader = w.header;
        o.shownHasHeader = w.hasHeader;
        tx->put(w.path, w.bytes, o);
    }
    if (job.isNew || job.bytes != job.expected) {
        WriteOptions o;
        // A file another program removed while it was open is written again (the document knows it as
        // empty); it must still be absent then.
        const bool removed = !force && job.expected.isEmpty() && !QFileInfo::exists(job.path) && !QFileInfo(job.path).isSymLink();
        if (job.isNew || removed) {
            o.expectNew = true;
            o.expectedCurrent = QByteArray();
        } else if (!force) {
            o.expectedCurrent = job.expected;
        }
        if (job.checkPage) {
            o.shownHeader = job.shownHeader;
            o.shownHasHeader = job.shownHasHeader;
        }
        tx->put(job.path, job.bytes, o);
    }
    const IoResult r = tx->commit();
    if (r.ok)
        return SaveOutcome::Written;
    if (error)
        *error = r.error;
    if (r.kind == IoResult::Error::CheckFailed)
        return SaveOutcome::Refused;
    // A forced save only overrides the open file; a conflict left is another file's, and stays refused.
    return r.kind == IoResult::Error::ChangedOnDisk && !force ? SaveOutcome::ChangedOnDisk : SaveOutcome::Failed;
}

SaveOutcome DocumentManager::saveNow(
    const QString &path, const QByteArray &expectedOnDisk, const QByteArray &bytes, bool force, QString *error)
{
    SaveJob job;
    job.path = path;
    job.expected = expectedOnDisk;
    job.bytes = bytes;
    job.checkPage = false; // the caller shows no header of its own to compare with
    job.label = QCoreApplication::translate("GravDesk::DocumentManager", "save %1").arg(QFileInfo(path).fileName());
    SiteWorkspace workspace(SiteWorkspace::layoutAround(path));
    return saveNow(workspace, job, force, error);
}

void DocumentManager::setWorkspace(std::shared_ptr<SiteWorkspace> workspace)
{
    m_workspace = std::move(workspace);
}

void DocumentManager::save(PageDocument *doc, bool force)
{
    if (!doc->isEditable()) {
        Q_EMIT saveFinished(doc, SaveOutcome::Failed, doc->readOnlyReason());
        return;
    }
    const QString body = doc->body();
    const SaveJob job = SaveJob::of(*doc);
    const int steps = doc->folderChangeSteps();
    if (!doc->isModified() || job.isEmpty()) {
        Q_EMIT saveFinished(doc, SaveOutcome::Unchanged, QString());
        return;
    }
    ++m_pendingSaves;
    QPointer<PageDocument> guard(doc);
    auto *watcher = new QFutureWatcher<SaveResult>(this);
    connect(watcher, &QFutureWatcher<SaveResult>::finished, this, [this, watcher, guard, steps] {
        const SaveResult r = watcher->result();
        watcher->deleteLater();
        --m_pendingSaves;
        if (!guard)
            return;
        if (r.outcome == SaveOutcome::Written)
            guard->markSaved(r.bytes, r.body, steps);
        Q_EMIT saveFinished(guard.data(), r.outcome, r.error);
    });
    std::shared_ptr<SiteWorkspace> workspace = m_workspace;
    watcher->setFuture(QtConcurrent::run(&savePool(), [workspace, job, body, force] {
        SaveResult r;
        std::shared_ptr<SiteWorkspace> ws = workspace;
        if (!ws)
            ws = std::make_shared<SiteWorkspace>(SiteWorkspace::layoutAround(job.path));
        r.outcome = saveNow(*ws, job, force, &r.error);
        r.bytes = job.bytes;
        r.body = body;
        return r;
    }));
}

void DocumentManager::waitForIdle()
{
    savePool().waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

} // namespace GravDesk
