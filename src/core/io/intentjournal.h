#pragma once

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace GravDesk {

/**
 * The plan of a transaction, in the order it is carried out once committed. Every temp name is unique
 * and of the project's own pattern, which is what makes each step idempotent: a step whose source is
 * gone was done.
 */
struct IntentPlan
{
    QString label;
    QStringList staged; ///< new content waiting next to its target; removed on rollback
    QList<QPair<QString, QString>> park; ///< phase 1: a renamed or removed entry moves to a temp name
    QList<QPair<QString, QString>> place; ///< phase 2: a temp (staged or parked) moves to its final name
    QStringList drop; ///< parked temps of removed files, deleted at the end
};

/**
 * The intent journal of one transaction: a small text file in the user's state folder, synced before
 * the site is touched, with a commit mark appended (and synced) once every new file is staged, and a
 * second mark once every old entry is parked. Without the commit mark a transaction is rolled back;
 * with it, it is rolled forward.
 */
class IntentJournal final
{
public:
    using Step = std::function<void()>;

    struct Loaded
    {
        bool complete = false; ///< the plan was written whole (a torn plan never touched the site)
        bool committed = false;
        bool parked = false;
        IntentPlan plan;
    };

    /// Writes @p plan to a new journal in @p folder and syncs it; @p path receives its name.
    static bool create(const QString &folder, const IntentPlan &plan, QString &path, QString &error);
    /// Appends the commit mark and syncs.
    static bool markCommitted(const QString &path, QString &error);
    static Loaded load(const QString &path);
    /// The journals in @p folder, oldest first.
    static QStringList journals(const QString &folder);

    /// Carries out a committed plan from wherever it stopped; @p step runs between steps (tests pause
    /// there). Returns what could not be done (empty on success) and fills @p changed.
    static QStringList rollForward(const QString &path, const Loaded &journal, QStringList &changed, const Step &step = {});
    /// Undoes a plan that was not committed: only staged temps exist, and they go.
    static void rollBack(const QString &path, const IntentPlan &plan);
};

/// Removes @p path: a file or link, or a folder with everything in it (links inside are removed, never
/// followed). True when nothing is left.
bool removeEntry(const QString &path);

/// fsync a file, or a folder (so the names in it survive a crash).
bool syncFile(const QString &path);
bool syncFolder(const QString &path);
/// syncFolder() of each of @p folders (several at once when there are many, or one syncFileSystem()).
void syncFolders(const QSet<QString> &folders);

/// From this many files or folders on, one syncFileSystem() replaces an fsync() of each.
constexpr int kSyncFileSystemFrom = 64;
/**
 * Writes everything dirty of the file system that holds @p anyPath to disk at once (Linux: syncfs(), which since
 * Linux 5.8 also reports a write-back error of any file in it). The file data and folder entries of a large change
 * (a `git pull` of 2,000 pages) then cost one call instead of thousands of fsyncs that `git pull` itself never
 * makes. False where it is not available or failed: the caller then syncs each file.
 */
bool syncFileSystem(const QString &anyPath);

} // namespace GravDesk
