#pragma once

#include "site/pageoperations.h"
#include "site/sitelayout.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace GravDesk {

/// A page in the trash: where it came from and when it went.
struct TrashEntry
{
    QString id; ///< the entry's name in the trash, e.g. "20240614-093012-k3f9"
    QString relPath; ///< the page folder it was, relative to the pages folder ("02.news/03.slug")
    QString title; ///< the page's title when it was deleted ("" when it had none)
    QDateTime deletedAt; ///< UTC
    QString folder; ///< the copy of the page folder in the trash (absolute)
};

/**
 * The site's trash: deleted page folders kept in the user's state folder (StatePaths, `trash/`), never in
 * the site or its git repository. Each entry is a folder holding `page/` (the page folder as it was) and
 * `record.json` (where it came from and when). PageOperations::remove() and applyPageOperation() put pages
 * here; restore() plans the way back.
 */
class PageTrash
{
public:
    explicit PageTrash(const SiteLayout &layout);

    /// The trash folder of the site (created on demand; "" when it cannot be made).
    QString folder() const;
    /// The entries, newest first.
    QList<TrashEntry> entries() const;
    std::optional<TrashEntry> entry(const QString &id) const;

    /// Copies the page folder @p pageFolder (at @p relPath in the pages folder) into a new entry, synced
    /// to disk. False with @p error set (a sentence) when it cannot.
    bool store(const QString &pageFolder, const QString &relPath, const QString &title, TrashEntry &entry, QString &error) const;
    /// Removes an entry for good (after a restore, or when the delete did not happen).
    bool drop(const QString &id) const;

    /**
     * Plans putting entry @p id back where it was. When that place is taken (or its slug is used there now),
     * the plan is refused with a message, unless @p freeName: then the page comes back under a free slug.
     * The section it was in must still exist.
     */
    PageOperationPlan restore(const PageOperations &operations, const QString &id, bool freeName) const;

private:
    QString m_siteFolder;
    QString m_pagesDir;
};

/// Copies the folder @p from to the new folder @p to with everything in it (symbolic links stay links;
/// FIFOs, devices and sockets are left out), each file synced. False with @p error (a sentence) on failure.
bool copyPageFolder(const QString &from, const QString &to, QString &error);

} // namespace GravDesk
