#pragma once

#include "io/recoveryjournal.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace GravDesk {

class PageDocument;

/**
 * Keeps the recovery journal of one site up to date with the page documents open in its windows.
 *
 * A tracked document with unsaved edits is journaled after a pause in typing (kIdleMs) and at least every
 * kMaxWaitMs while typing goes on; its entry is removed when it is saved (no longer modified) or when it
 * goes away (its edits discarded, its window closed). A keystroke costs the GUI thread one clock read:
 * the snapshot (implicitly shared strings) is taken when the timer fires and handed to the journal's
 * worker. freeze() stops all removals, for a quit the user did not decide (SIGTERM at logout).
 *
 * Restored entries the user has not opened yet wait here (recovered()) until their page is opened.
 */
class RecoveryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryController)

public:
    static constexpr int kIdleMs = 1000; ///< journal this long after the last edit
    static constexpr int kMaxWaitMs = 5000; ///< and at least this often while edits go on

    explicit RecoveryController(QObject *parent = nullptr);
    /// Forgets the entries of the documents still tracked (their window is going away), unless frozen.
    ~RecoveryController() override;

    /// Uses the journal of the site whose user/ folder is @p siteUserDir (flushes the previous one).
    void setSite(const QString &siteUserDir);
    QString siteUserDir() const { return m_siteUserDir; }
    RecoveryJournal *journal() const { return m_journal.get(); }

    /// Journals @p doc's unsaved edits as @p slot while it lives ("main", "side-by-side/0" …).
    void track(PageDocument *doc, const QString &slot);
    /// Hands a snapshot of every tracked document with unsaved edits to the journal's worker (no wait).
    void journalNow();
    /// journalNow(), then waits until the snapshots are on disk.
    bool flushNow(QString *error = nullptr);
    /// From now on nothing is removed from the journal (the process quits without the user's word), and the
    /// photos of journaled pending changes stay in their staging folders for the next run.
    void freeze();
    /// Forgets @p entries (the user discarded them), with the photos they were waiting to save.
    void discard(const QVector<RecoveryEntry> &entries);

    /// Entries the user chose to restore whose pages were not opened yet (newest first).
    const QVector<RecoveryEntry> &recovered() const { return m_recovered; }
    void setRecovered(const QVector<RecoveryEntry> &entries);
    /**
     * Puts the newest restored entry of @p doc's file (if any) into @p doc as unsaved edits and forgets
     * the others of that file. Returns the entry applied. Call before the editors show @p doc.
     */
    std::optional<RecoveryEntry> applyRecovered(PageDocument *doc);

    /// The controller whose site holds @p path (for windows that open pages on their own), or nullptr.
    static RecoveryController *forPath(const QString &path);
    /// flushNow() and freeze() on every controller (SIGTERM).
    static void flushAllAndFreeze();

Q_SIGNALS:
    /// The list of restored entries waiting for their pages changed.
    void recoveredChanged();

private:
    struct Tracked
    {
        QPointer<PageDocument> doc;
        QString slot;
        QString path; // the file the entry is under (kept: the document may be gone when it is removed)
        bool dirty = false;
    };

    void onEdited(PageDocument *doc);
    void onModifiedChanged(PageDocument *doc, bool modified);
    void onIdle();
    void snapshot(Tracked &t);
    void forget(const Tracked &t);
    bool inSite(const QString &path) const;

    std::unique_ptr<RecoveryJournal> m_journal;
    QString m_siteUserDir;
    QHash<PageDocument *, Tracked> m_tracked;
    QVector<RecoveryEntry> m_recovered;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_lastEdit; // the last edit of any tracked document
    QElapsedTimer m_firstUnsaved; // the oldest edit not journaled yet (invalid: none)
    bool m_frozen = false;
};

} // namespace GravDesk
