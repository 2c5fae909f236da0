#pragma once

#include <QString>

namespace GravDesk {

/// How a Grav site folder is organised on disk.
enum class SiteLayoutKind {
    Invalid,
    FullInstall, ///< Grav root: user/pages, user/config, system/config
    UserFolder, ///< a bare user/ folder: pages/, config/
    GitSyncClone, ///< a clone of Git Sync's repository (the user/ folder): pages/ at the root
};

/// Where a site's folders are. All paths are absolute and clean.
struct SiteLayout
{
    SiteLayoutKind kind = SiteLayoutKind::Invalid;
    QString root; ///< the folder the user opened
    QString userDir; ///< Grav's user/ folder (or the clone's root)
    QString pagesDir; ///< user/pages
    QString configDir; ///< user/config (may not exist)
    QString systemConfigDir; ///< system/config (empty when the site has no system/)
    QString systemDir; ///< system/ (empty when absent)
    QString error; ///< why the folder is not a Grav site

    bool isValid() const { return kind != SiteLayoutKind::Invalid; }
    QString kindName() const;
};

/**
 * Recognises a Grav site from a folder: a Grav root, a user/ folder, a Git
 * Sync clone, or (for convenience) one of their pages/ folders.
 */
SiteLayout locateSite(const QString &path);

} // namespace GravDesk
