#pragma once

#include "site/sitelayout.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace GravDesk {

class ChangeStream;
class SiteWorkspace;
class SitePolicy;

/// The outcome of a write or a transaction; errors are values.
struct IoResult
{
    enum class Error { None, ChangedOnDisk, ReadOnly, OutsideSite, NotRegular, CheckFailed, Failed };

    bool ok = false;
    Error kind = Error::None;
    QString error; ///< a sentence for the user that names the file
    QStringList changed; ///< absolute paths written, renamed (both sides) or removed
};

/// What a write must find and check before it replaces a file.
struct WriteOptions
{
    /// Refuse with ChangedOnDisk unless the file holds exactly these bytes now (std::nullopt: do not check;
    /// an empty QByteArray with expectNew = true: the file must not exist).
    std::optional<QByteArray> expectedCurrent;
    bool expectNew = false;
    /// Page files: refuse with CheckFailed unless the page check finds the header Grav would read from
    /// the bytes equal to this one (the header shown to the user).
    std::optional<QByteArray> shownHeader;
    bool shownHasHeader = true;
};

/**
 * A change of several files that happens entirely or not at all, even across a crash or SIGKILL.
 *
 * The whole plan is written to an intent journal in the user's state folder (never in the site) and
 * synced before the site is touched; new content is staged in hidden temp files next to the targets;
 * a commit mark is synced; then the renames and removals happen and the journal is deleted.
 * SiteWorkspace::recover() rolls back a journal without a commit mark and rolls forward one with it.
 *
 * Operations are applied in the order given. Nothing touches the site before commit(), except the
 * files a caller writes itself at stagingPath() names.
 */
class SiteTransaction
{
public:
    ~SiteTransaction();
    SiteTransaction(const SiteTransaction &) = delete;
    SiteTransaction &operator=(const SiteTransaction &) = delete;

    const QString &label() const;

    /// Replaces (or creates) @p path with @p bytes at commit.
    void put(const QString &path, const QByteArray &bytes, const WriteOptions &options = {});
    /// A hidden temp name in @p target's folder, of the project's own pattern; the caller writes a file
    /// there (e.g. a processed photo) and commit renames it to @p target (never over an existing file).
    /// A transaction that does not commit removes it. The caller may also make a folder there (a copied
    /// page folder, its files synced), which commit puts in place whole.
    QString stagingPath(const QString &target);
    /// Copies @p sourceFile (from anywhere, e.g. the state folder) into @p target at commit; @p target
    /// must not exist.
    void putFile(const QString &target, const QString &sourceFile);
    /// Gives a file staged at @p stagingPath another target in the same folder, or drops it (the file
    /// is removed) when @p target is empty; false when @p stagingPath was not handed out here.
    bool restage(const QString &stagingPath, const QString &target);
    /// Renames @p from to @p to at commit; swaps (a->b, b->a) and chains are safe. @p from may be a
    /// folder (a page folder moves whole); a file inside it may then be put() in the same change, under its
    /// old path: the new content is staged there and moves with the folder. Nothing else may happen inside
    /// a folder that is renamed or removed.
    void rename(const QString &from, const QString &to);
    /// Removes @p path at commit; a folder goes with everything in it (links inside are not followed).
    void remove(const QString &path);

    /// True when nothing was planned.
    bool isEmpty() const;

    /// Checks everything first (policy, expectedCurrent, page check), then commits. On failure
    /// nothing in the site changed.
    IoResult commit();
    /// Drops the plan and every staged file; also done by the destructor when not committed.
    void rollback();

private:
    friend class SiteWorkspace;
    struct Private;
    explicit SiteTransaction(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/**
 * The one way GravDesk changes a site on disk. Every write goes through its policy: the path must lie
 * inside the site's folder, lexically and after resolving symbolic links (a link to a file inside the
 * site is written through and stays a link; one leading outside is refused); an existing target must
 * be a regular file with write permission; a page file written with a shown header is checked before
 * anything is written. Every change is reported to the ChangeStream as Own.
 */
class SiteWorkspace
{
public:
    /// Returns "" when the header and body Grav would read from @p bytes equal what the user is shown,
    /// else why not (the signature of pageWriteProblem()).
    using PageCheck = std::function<QString(const QByteArray &bytes, const QByteArray &shownHeader, bool shownHasHeader)>;

    explicit SiteWorkspace(const SiteLayout &layout, ChangeStream *changes = nullptr);
    ~SiteWorkspace();
    SiteWorkspace(const SiteWorkspace &) = delete;
    SiteWorkspace &operator=(const SiteWorkspace &) = delete;

    const SiteLayout &layout() const;
    ChangeStream *changeStream() const;

    /// One atomic file write through the policy.
    IoResult write(const QString &path, const QByteArray &bytes, const WriteOptions &options = {});
    std::unique_ptr<SiteTransaction> begin(const QString &label);
    /// Creates the folder @p path (its parent must exist); refused outside the site and when it exists.
    IoResult makeFolder(const QString &path);
    /// Removes the folder @p path when it is empty (a page the server deleted or moved away); refused outside
    /// the site. An empty folder that cannot be removed or a non-empty one is not an error: nothing changes.
    IoResult removeEmptyFolder(const QString &path);
    /// The policy alone: inside the site after links, a regular file (when it exists), write permission.
    IoResult checkWritable(const QString &path) const;

    struct Recovery
    {
        int completed = 0;
        int rolledBack = 0;
        int tempsRemoved = 0;
        QStringList messages; ///< one sentence per thing done or not done, for the user
        bool didSomething() const { return completed + rolledBack + tempsRemoved > 0 || !messages.isEmpty(); }
    };
    /// Finishes or undoes interrupted transactions, then removes the project's own temp files under the
    /// site's folders. Run before anything else by every CLI command and at GUI site open.
    Recovery recover();

    /// The check used for page files written with a shown header (pageWriteProblem() by default).
    void setPageCheck(PageCheck check);

    /// The site that holds @p path (a site folder, page folder or file); for a path in no site, a
    /// layout whose only folder is @p path's own folder (kind Invalid), so a loose file can still be
    /// written there and nowhere else.
    static SiteLayout layoutAround(const QString &path);

    /// True when @p fileName (no folder) is one of the project's own temp names.
    static bool isOwnTempName(const QString &fileName);

private:
    friend class SiteTransaction;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace GravDesk
