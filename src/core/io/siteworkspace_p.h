#pragma once

#include "sitepolicy.h"
#include "siteworkspace.h"

#include <QList>

namespace GravDesk {

/// Holds the site's transaction lock: shared by every transaction and write, exclusive for recovery,
/// so one program never rolls back what another is committing. The kernel drops it when a process dies.
class SiteLock final
{
public:
    enum class Mode { Shared, ExclusiveTry };
    SiteLock(const QString &journalFolder, Mode mode);
    ~SiteLock();
    SiteLock(const SiteLock &) = delete;
    SiteLock &operator=(const SiteLock &) = delete;
    bool held() const { return m_fd >= 0; }

private:
    int m_fd = -1;
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
