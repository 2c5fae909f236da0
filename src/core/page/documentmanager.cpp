#include "documentmanager.h"

#include "io/atomicwriter.h"
#include "io/safefile.h"
#include "page/pagedocument.h"
#include "page/savecheck.h"

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
    FileRead read = readRegularFile(path);
    ReadResult r;
    r.ok = read.ok;
    r.bytes = std::move(read.bytes);
    r.error = read.error;
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

SaveOutcome DocumentManager::saveNow(
    const QString &path, const QByteArray &expectedOnDisk, const QByteArray &bytes, bool force, QString *error)
{
    if (bytes == expectedOnDisk)
        return SaveOutcome::Unchanged;
    // A file another program removed while it was open is written again (the document knows it as empty).
    if (!force && expectedOnDisk.isEmpty() && !QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
        // nothing on disk to overwrite
    } else if (!force) {
        const ReadResult current = readAll(path);
        if (!current.ok) {
            if (error)
                *error = QStringLiteral("%1 can no longer be read: %2").arg(QDir::toNativeSeparators(path), current.error);
            return SaveOutcome::ChangedOnDisk;
        }
        if (current.bytes != expectedOnDisk) {
            if (error)
                *error
                    = QStringLiteral("%1 was changed by another program since it was opened").arg(QDir::toNativeSeparators(path));
            return SaveOutcome::ChangedOnDisk;
        }
    }
    const WriteResult w = AtomicWriter::write(path, bytes);
    if (!w.ok) {
        if (error)
            *error = w.error;
        return SaveOutcome::Failed;
    }
    return SaveOutcome::Written;
}

void DocumentManager::save(PageDocument *doc, bool force)
{
    if (!doc->isEditable()) {
        Q_EMIT saveFinished(doc, SaveOutcome::Failed, doc->readOnlyReason());
        return;
    }
    const QString path = doc->path();
    const QByteArray expected = doc->envelope().raw;
    const QString body = doc->body();
    const QByteArray bytes = doc->composedBytes();
    if (!doc->isModified() || bytes == expected) {
        Q_EMIT saveFinished(doc, SaveOutcome::Unchanged, QString());
        return;
    }
    // Nothing is written unless Grav would read from these bytes the header the user sees.
    const QString problem
        = pageWriteProblem(bytes, doc->headerBytes(), doc->envelope().hasHeader || !doc->headerBytes().isEmpty());
    if (!problem.isEmpty()) {
        Q_EMIT saveFinished(doc, SaveOutcome::Refused, problem);
        return;
    }
    ++m_pendingSaves;
    QPointer<PageDocument> guard(doc);
    auto *watcher = new QFutureWatcher<SaveResult>(this);
    connect(watcher, &QFutureWatcher<SaveResult>::finished, this, [this, watcher, guard] {
        const SaveResult r = watcher->result();
        watcher->deleteLater();
        --m_pendingSaves;
        if (!guard)
            return;
        if (r.outcome == SaveOutcome::Written)
            guard->markSaved(r.bytes, r.body);
        Q_EMIT saveFinished(guard.data(), r.outcome, r.error);
    });
    watcher->setFuture(QtConcurrent::run(&savePool(), [path, expected, bytes, body, force] {
        SaveResult r;
        r.outcome = saveNow(path, expected, bytes, force, &r.error);
        r.bytes = bytes;
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
