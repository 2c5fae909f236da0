#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace GravDesk {

/// One change to a file of a page folder, other than the open page file; nothing of it is on disk yet.
struct FolderOp
{
    enum class Kind {
        WriteText, ///< another page file of the folder gets new bytes
        AddFile, ///< a new file, its bytes prepared outside the site (@c source)
        Rename, ///< @c path becomes @c to
        Remove, ///< @c path goes; @c source, when set, keeps a copy so the removal can be undone after a save
    };
    Kind kind = Kind::WriteText;
    QString path; ///< absolute
    QString to; ///< Rename: absolute
    QString source; ///< AddFile: the prepared file; Remove: its copy ("" when none)
    QByteArray before; ///< WriteText: the bytes the file holds before this change
    QByteArray after; ///< WriteText: the new bytes
    QByteArray headerBefore; ///< WriteText: the header the user was shown for @c before
    QByteArray headerAfter; ///< WriteText: the header the user is shown for @c after
    /// Remove made by undoing the addition of a file that is already saved: it is dropped at Save when a
    /// page file still refers to the name, so undo never takes away a photo a saved page shows.
    bool keepIfUsed = false;

    /// The change that takes this one back.
    FolderOp inverse() const;
};

/// A file of the page folder as it will be after Save.
struct PlannedFile
{
    QString name;
    QString readFrom; ///< where its bytes are now (the folder, or the prepared file outside the site)
    QString renamedFrom; ///< its name on disk now when that differs ("" otherwise)
    bool added = false; ///< not in the folder yet
};

/// What Save must do to the folder besides writing the open page file, in the order a transaction runs it.
struct FolderPlan
{
    struct Write
    {
        QString path;
        QByteArray expected; ///< the bytes on disk when the change was made
        QByteArray bytes;
        QByteArray header; ///< the header shown for @c bytes
        bool hasHeader = true;
    };
    QStringList removes;
    QList<QPair<QString, QString>> renames;
    QList<QPair<QString, QString>> adds; ///< (target, prepared file)
    QList<Write> writes;
    bool isEmpty() const { return removes.isEmpty() && renames.isEmpty() && adds.isEmpty() && writes.isEmpty(); }
};

/**
 * The pending change of a page's folder: what a gallery import, a media rename, delete or reorder did to
 * the files beside the open page file, held in memory (and prepared files outside the site) until Save.
 *
 * It is a log of steps, each one undo command's operations, forward or taken back. Undo of a step that is
 * still pending drops it; undo of a step that was saved records its inverse as a new pending change, so
 * after a save Ctrl+Z only ever changes what the next Save will write. plan() folds the log into the net
 * effect on the folder.
 */
class PageChangeSet
{
public:
    explicit PageChangeSet(const QString &folder = {});

    QString folder() const { return m_folder; }

    /// Records step @p step (an undo command's id) forward or taken back, or drops it when the opposite
    /// direction of the same step is the last thing recorded.
    void record(int step, bool inverse, const QList<FolderOp> &ops);
    /// Forgets everything (after a save or a discard).
    void clear() { m_log.clear(); }
    int stepCount() const { return int(m_log.size()); }
    /// Forgets the first @p count steps (they were saved).
    void dropFirst(int count) { m_log.remove(0, std::min<qsizetype>(count, m_log.size())); }
    /// True when the net effect leaves the folder as it is.
    bool isEmpty() const;

    /// The bytes of page file @p path as the next Save leaves it; false when it does not exist.
    bool currentBytes(const QString &path, QByteArray *bytes) const;
    /// The folder's plain files as Save will leave them (unsorted; callers filter and order them).
    QList<PlannedFile> plannedFiles() const;
    /// The net effect. @p openPath / @p openBytes: the open page file as it will be written, so a
    /// keepIfUsed removal of a name it refers to is dropped.
    FolderPlan plan(const QString &openPath = {}, const QByteArray &openBytes = {}) const;
    /// Every prepared file the log refers to.
    QStringList sources() const;
    /// The whole log as one list of operations in the order they apply (what recovery journals).
    QList<FolderOp> ops() const;

private:
    struct Step
    {
        int step = 0;
        bool inverse = false;
        QList<FolderOp> ops;
    };
    struct Origin
    {
        bool exists = false;
        QString disk; ///< the name it has on disk now ("" for a prepared file)
        QString source; ///< the prepared file
    };
    QMap<QString, Origin> fold(QMap<QString, bool> *guarded) const;

    QString m_folder;
    QList<Step> m_log;
};

} // namespace GravDesk
