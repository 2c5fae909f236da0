#pragma once

#include <QString>

namespace GravDesk {

/**
 * Where GravDesk keeps what belongs to the user and never to a site: the recovery journal of unsaved
 * edits, the intent journals of interrupted transactions, photos waiting for a Save. Nothing here ever
 * enters a site folder or its git repository.
 *
 * The root is `$XDG_STATE_HOME/gravdesk` (`~/.local/state/gravdesk` when unset). Each site has a folder
 * of its own under `sites/`, named after the site folder and a hash of its canonical path, so two sites
 * with the same folder name never share one.
 */
namespace StatePaths {

/// The user's state folder for GravDesk (not created).
QString root();
/// The state folder of the site at @p siteRoot (any path of the site's root folder; not created).
QString siteFolder(const QString &siteRoot);
/// siteFolder(@p siteRoot) + "/" + @p name, created if missing; "" when it cannot be created.
QString ensureSiteSubfolder(const QString &siteRoot, const QString &name);

} // namespace StatePaths
} // namespace GravDesk
