#pragma once

#include "sitepolicy.h"
#include "siteworkspace.h"

#include <QList>

namespace GravDesk {

/// Holds the site's transaction lock: shared by every transaction and write, exclusive for recovery,
/// so one program never rolls back what another is committing. The kernel drops it when a process dies.
///
/// While a process holds the lock shared it keeps a marker of its own in the journal folder
/// (`needs-sweep.<pid>.<token>`, made and synced before any temp file can appear): temps may be left in the
/// site if it dies. When its last shared lock on the folder is released and every write under it ended cleanly,
/// it removes the marker again, so the next recovery only walks the whole site (a second on 20,000 posts) when a
/// writer really died or failed to clean up (markUnclean()).
class SiteLock final
{
public:
    enum class Mode { Shared, ExclusiveTry };
    SiteLock(const QString &journalFolder, Mode mode);
    ~SiteLock();
    SiteLock(const SiteLock &) = delete;
    SiteLock &operator=(const SiteLock &) = delete;
    bool held() const { return m_fd >= 0; }
    /// A write under this lock may have left temps (it failed, or its rollback did): the marker stays for the
    /// next recovery's sweep.
    void markUnclean();

private:
    int m_fd = -1;
    QString m_folder; ///< the journal folder (shared locks that made or share this process's marker)
};

struct SiteWorkspace::Private
{
    SiteLayout layout;
    ChangeStream *changes = nullptr;
    SitePolicy policy;
    PageCheck pageCheck;

    Private(const SiteLayout &l, ChangeStream *c);
    /// The folder of the site's intent journals ("" when the state folder cannot be created).
    QString journalFolder() const;
    void report(const QStringList &changed) const;
    /// Checks a put against the options: what the file holds now, and the page check.
    IoResult checkContent(const QString &path, const QString &target, const QByteArray &bytes, const WriteOptions &options) const;
};

struct SiteTransaction::Private
{
    enum class Kind { Put, Staged, PutFile, Rename, Remove };
    struct Op
    {
        Kind kind;
        QString path; ///< target (Put, Staged, PutFile), source (Rename), the removed file (Remove)
        QString other; ///< staged temp, source file, or rename destination
        QByteArray bytes;
        WriteOptions options;
    };

    SiteWorkspace::Private *ws = nullptr;
    QString label;
    QList<Op> ops;
    QStringList ownTemps; ///< every temp this transaction created or handed out (removed on rollback)
    bool finished = false;
    std::unique_ptr<SiteLock> lock;
};

/// The folder a workspace may write in and whose state folder holds its journals: Grav's user/ folder.
QString siteFolderOf(const SiteLayout &layout);
/// A fresh hidden temp name next to @p target, of the project's own pattern.
QString ownTempName(const QString &target);
/// Pauses between commit steps when GRAVDESK_TEST_COMMIT_PAUSE_US is set (kill tests aim there).
void testCommitPause();

} // namespace GravDesk
