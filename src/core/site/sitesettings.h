#pragma once

#include "io/siteworkspace.h"

#include <QString>

namespace GravDesk {

/**
 * GravDesk's own per-site settings live in `user/config/plugins/gravdesk.yaml` (Grav loads the file as
 * the settings of a plugin it does not have, and ignores them), next to the gallery settings.
 */
namespace SiteSettings {

/// The file GravDesk's per-site settings are in.
QString filePath(const SiteLayout &layout);

/**
 * @p input as a site address for `site_url`: an http(s) URL with a host, without a trailing `/`;
 * "" with a reason in @p error when it is not one.
 */
QString normalizedSiteUrl(const QString &input, QString *error = nullptr);

/**
 * Writes `site_url: '<url>'` into gravdesk.yaml through @p workspace (the site's write path), replacing
 * an existing top-level `site_url` line and keeping every other line as it is; creates the file and its
 * folders when needed. @p url must be a normalizedSiteUrl().
 */
IoResult saveSiteUrl(SiteWorkspace &workspace, const QString &url);

} // namespace SiteSettings
} // namespace GravDesk
