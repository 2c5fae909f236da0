#pragma once

#include "page/pagechangeset.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QThreadPool>
#include <QVector>

#include <memory>
#include <optional>

namespace GravDesk {

/// One page document's unsaved edits, as the user had them when they were journaled.
struct RecoveryEntry
{
    /// Which editor held the document ("main", "side-by-side/0" …): one entry per editor and page file.
    QString slot;
    QString pagePath; ///< the page file's absolute path
    QString language; ///< the page file's language ("" on a single-language site)
    QString title; ///< the page title as the header had it (for the user; may be "")
    QByteArray headerBytes; ///< the header text as the user has it (PageDocument::headerBytes())
    QString body; ///< the body as the user has it
    /// Hex SHA-256 of the file as it was loaded (or last saved); "" when there was no file.
    QByteArray loadedHash;
    QDateTime time; ///< when the snapshot was taken (UTC)
    /// The page's pending change to its folder (photos added, media renamed or deleted, other language
    /// files rewritten), as PageChangeSet::ops() lists it.
    QList<FolderOp> folderOps;
    /// Where the photos of @c folderOps wait (the document's staging folder in the state folder; "" when none).
    QString stagingFolder;
    QString id; ///< the entry's file name in the journal folder (filled by list())
};

/// What list() found: the readable entries, newest first, and one sentence per entry that could not be read.
struct RecoveryListing
{
    QVector<RecoveryEntry> entries;
    QStringList problems;
};

/**
 * The journal of unsaved edits of one site, kept in the user's state folder
 * (StatePaths::ensureSiteSubfolder(siteRoot, "recovery")): never in the site, never in git.
 *
 * There is one entry file per editor slot and page file. record() and remove() only hand a snapshot
 * to a worker thread (the GUI thread pays for a hash insert and implicitly shared copies); the worker
 * serialises it and writes it atomically (temporary file, fsync, rename, fsync of the folder). Snapshots
 * of the same entry that pile up while the worker is busy are coalesced: only the newest is written.
 * Entries are read back with list(); a damaged entry is reported there, never fatal.
 */
class RecoveryJournal final
{
    Q_DISABLE_COPY_MOVE(RecoveryJournal)

public:
    /// Opens (creates) the journal of the site at @p siteRoot; see isValid().
    explicit RecoveryJournal(const QString &siteRoot);
    /// A journal in @p folder itself (tests and benchmarks).
    static std::unique_ptr<RecoveryJournal> inFolder(const QString &folder);
    /// Waits for every pending write.
    ~RecoveryJournal();

    bool isValid() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }

    /**
     * Journals @p entry (its slot and pagePath name it), replacing the previous snapshot of the same
     * editor and page. @p loadedBytes are the bytes the document was loaded from (hashed by the worker
     * into loadedHash unless the entry already has one). Returns at once.
     */
    void record(const RecoveryEntry &entry, const QByteArray &loadedBytes = {});
    /// Forgets the entry of @p slot and @p pagePath (saved or discarded). Returns at once.
    void remove(const QString &slot, const QString &pagePath);
    /// Forgets the entry stored under @p id (as list() filled it).
    void removeId(const QString &id);
    /// Forgets every entry.
    void clear();
    /// Waits until every snapshot handed over so far is on disk. False (and @p error) if a write failed.
    bool flush(QString *error = nullptr);

    /// Reads every entry (after flush()).
    RecoveryListing list();

    /// The file name of the entry for @p slot and @p pagePath.
    static QString entryId(const QString &slot, const QString &pagePath);
    /// Hex SHA-256 of @p bytes, as loadedHash holds it.
    static QByteArray hashOf(const QByteArray &bytes);
    /// Serialises an entry (UTF-8 JSON); parseEntry() reads it back, std::nullopt with @p error when damaged.
    static QByteArray serialize(const RecoveryEntry &entry);
    static std::optional<RecoveryEntry> parseEntry(const QByteArray &bytes, QString *error);

private:
    struct Pending
    {
        std::optional<RecoveryEntry> entry; // std::nullopt: remove the file
        QByteArray loadedBytes;
    };

    RecoveryJournal(const QString &folder, bool);
    void schedule(const QString &id, Pending pending);
    void writePending(const QString &id);
    void removeStaleTemps();

    QString m_folder;
    QThreadPool m_pool; // one thread, so the snapshots of one entry reach the disk in order
    QMutex m_mutex;
    QHash<QString, Pending> m_pending; // by entry id; guarded by m_mutex
    QString m_lastError; // guarded by m_mutex
};

} // namespace GravDesk
