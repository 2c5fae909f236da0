#include "recoverycontroller.h"

#include "io/statepaths.h"
#include "page/pagedocument.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace GravDesk {
namespace {

// The step number of a restored folder change: one step of its own, never one of the undo commands'.
const int kRecoveredStep = -1;

// Every live controller, for windows that open pages on their own (the side by side window) and for SIGTERM.
QList<RecoveryController *> &registry()
{
    static QList<RecoveryController *> controllers;
    return controllers;
}

} // namespace

RecoveryController::RecoveryController(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RecoveryController::onIdle);
    registry().append(this);
}

RecoveryController::~RecoveryController()
{
    registry().removeAll(this);
    if (!m_frozen) {
        // The window is going away with the user's word (saved, discarded or unmodified documents).
        for (const Tracked &t : std::as_const(m_tracked))
            forget(t);
    }
    if (m_journal)
        m_journal->flush();
}

void RecoveryController::setSite(const QString &siteUserDir)
{
    if (siteUserDir == m_siteUserDir && m_journal)
        return;
    if (m_journal)
        m_journal->flush();
    m_siteUserDir = QDir::cleanPath(siteUserDir);
    m_journal = std::make_unique<RecoveryJournal>(m_siteUserDir);
    m_recovered.clear();
    // Photos prepared for a Save that never came (a crash, a discard) go, unless the journal still offers
    // them or a running GravDesk uses them.
    QStringList keep;
    for (const RecoveryEntry &e : m_journal->list().entries)
        keep << e.stagingFolder;
    const QString staged = StatePaths::siteFolder(m_siteUserDir) + QStringLiteral("/staged");
    if (QFileInfo(staged).isDir())
        PageDocument::removeOrphanStagingFolders(staged, keep);
    Q_EMIT recoveredChanged();
}

void RecoveryController::freeze()
{
    m_frozen = true;
    for (const Tracked &t : std::as_const(m_tracked))
        if (t.doc && !t.doc->folderChanges().isEmpty())
            t.doc->keepStagingFolder();
}

void RecoveryController::discard(const QVector<RecoveryEntry> &entries)
{
    if (!m_journal)
        return;
    const QString staged = StatePaths::siteFolder(m_siteUserDir) + QStringLiteral("/staged/");
    for (const RecoveryEntry &e : entries) {
        m_journal->removeId(e.id);
        if (!e.stagingFolder.isEmpty() && QDir::cleanPath(e.stagingFolder).startsWith(staged))
            QDir(e.stagingFolder).removeRecursively();
    }
    m_journal->flush();
}

void RecoveryController::track(PageDocument *doc, const QString &slot)
{
    if (!doc || m_tracked.contains(doc))
        return;
    Tracked t;
    t.doc = doc;
    t.slot = slot;
    t.path = QDir::cleanPath(doc->path());
    m_tracked.insert(doc, t);
    connect(doc, &PageDocument::bodyChanged, this, [this, doc] { onEdited(doc); });
    connect(doc, &PageDocument::headerChanged, this, [this, doc] { onEdited(doc); });
    connect(doc, &PageDocument::folderChanged, this, [this, doc] { onEdited(doc); });
    connect(doc, &PageDocument::modifiedChanged, this, [this, doc](bool modified) { onModifiedChanged(doc, modified); });
    connect(doc, &QObject::destroyed, this, [this, doc] {
        const auto it = m_tracked.find(doc);
        if (it == m_tracked.end())
            return;
        if (!m_frozen)
            forget(*it);
        m_tracked.erase(it);
    });
}

void RecoveryController::onEdited(PageDocument *doc)
{
    // The cost of a keystroke: a lookup and a clock read. The snapshot waits for the timer.
    const auto it = m_tracked.find(doc);
    if (it == m_tracked.end())
        return;
    it->dirty = true;
    m_lastEdit.start();
    if (!m_firstUnsaved.isValid())
        m_firstUnsaved.start();
    if (!m_timer->isActive())
        m_timer->start(kIdleMs);
}

void RecoveryController::onModifiedChanged(PageDocument *doc, bool modified)
{
    const auto it = m_tracked.find(doc);
    if (it == m_tracked.end())
        return;
    if (modified) {
        onEdited(doc);
        return;
    }
    // Saved, or edited back to what is on disk: nothing to recover.
    it->dirty = false;
    forget(*it);
}

void RecoveryController::onIdle()
{
    if (!m_firstUnsaved.isValid())
        return;
    const qint64 sinceEdit = m_lastEdit.elapsed();
    const qint64 sinceFirst = m_firstUnsaved.elapsed();
    if (sinceEdit < kIdleMs && sinceFirst < kMaxWaitMs) {
        // Still typing: wait for the pause, or for the longest gap allowed, whichever comes first.
        m_timer->start(static_cast<int>(std::max<qint64>(1, std::min(kIdleMs - sinceEdit, kMaxWaitMs - sinceFirst))));
        return;
    }
    m_firstUnsaved.invalidate();
    for (Tracked &t : m_tracked)
        if (t.dirty)
            snapshot(t);
}

void RecoveryController::snapshot(Tracked &t)
{
    t.dirty = false;
    if (!m_journal || !t.doc || !t.doc->isModified() || !t.doc->isEditable() || !inSite(t.path))
        return;
    const PageDocument &doc = *t.doc;
    RecoveryEntry e;
    e.slot = t.slot;
    e.pagePath = t.path;
    e.language = doc.language();
    e.title = doc.header().values.value(QStringLiteral("title")).toString();
    e.headerBytes = doc.headerBytes();
    e.body = doc.body();
    e.folderOps = doc.folderChanges().ops();
    if (!e.folderOps.isEmpty())
        e.stagingFolder = doc.currentStagingFolder();
    e.time = QDateTime::currentDateTimeUtc();
    // The file as this document last saw it on disk; the worker hashes it.
    m_journal->record(e, doc.envelope().raw);
}

void RecoveryController::forget(const Tracked &t)
{
    if (m_journal && !m_frozen && inSite(t.path))
        m_journal->remove(t.slot, t.path);
}

bool RecoveryController::inSite(const QString &path) const
{
    // A document of the site open before (a side by side window left open across Open Site) never goes
    // into this site's journal.
    return path.startsWith(m_siteUserDir + QLatin1Char('/'));
}

void RecoveryController::journalNow()
{
    m_firstUnsaved.invalidate();
    m_timer->stop();
    for (Tracked &t : m_tracked)
        if (t.doc && t.doc->isModified())
            snapshot(t);
}

bool RecoveryController::flushNow(QString *error)
{
    journalNow();
    return m_journal ? m_journal->flush(error) : true;
}

void RecoveryController::setRecovered(const QVector<RecoveryEntry> &entries)
{
    m_recovered = entries;
    Q_EMIT recoveredChanged();
}

std::optional<RecoveryEntry> RecoveryController::applyRecovered(PageDocument *doc)
{
    if (!doc || m_recovered.isEmpty() || !doc->isEditable())
        return std::nullopt;
    const QString path = QDir::cleanPath(doc->path());
    QVector<RecoveryEntry> taken;
    for (auto it = m_recovered.begin(); it != m_recovered.end();) {
        if (QDir::cleanPath(it->pagePath) == path && it->language == doc->language()) {
            taken << *it;
            it = m_recovered.erase(it);
        } else {
            ++it;
        }
    }
    if (taken.isEmpty())
        return std::nullopt;
    const RecoveryEntry &newest = taken.first(); // m_recovered is newest first
    doc->setHeaderBytes(newest.headerBytes);
    doc->setBody(newest.body);
    if (!newest.folderOps.isEmpty() && doc->folderChanges().isEmpty()) {
        // The photos wait where the crashed run prepared them; an operation whose prepared file is gone
        // is left out (the page text that shows it is restored all the same).
        QList<FolderOp> ops;
        for (const FolderOp &op : newest.folderOps)
            if (op.kind != FolderOp::Kind::AddFile || QFileInfo(op.source).isFile())
                ops << op;
        doc->adoptStagingFolder(newest.stagingFolder);
        if (!ops.isEmpty())
            doc->recordFolderChange(kRecoveredStep, false, ops);
    }
    const auto it = m_tracked.find(doc);
    if (it != m_tracked.end() && m_journal) {
        // The text is journaled under this editor before the old entries go (one worker, in order), so a
        // crash right now still finds it.
        snapshot(*it);
        const QString current = RecoveryJournal::entryId(it->slot, it->path);
        for (const RecoveryEntry &e : std::as_const(taken))
            if (e.id != current)
                m_journal->removeId(e.id);
    }
    Q_EMIT recoveredChanged();
    return newest;
}

RecoveryController *RecoveryController::forPath(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    for (RecoveryController *c : std::as_const(registry()))
        if (c->m_journal && c->inSite(clean))
            return c;
    return nullptr;
}

void RecoveryController::flushAllAndFreeze()
{
    for (RecoveryController *c : std::as_const(registry())) {
        c->flushNow();
        c->freeze();
    }
}

} // namespace GravDesk
