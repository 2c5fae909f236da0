#pragma once

#include <QString>

namespace GravDesk {

/// The site folder a page file belongs to: the site of the nearest `pages` folder above it ("" when none).
QString siteRootOfPage(const QString &pageFile);

/**
 * Why the page file at @p pageFile must be opened read-only, or "" when it may be edited and saved:
 * readOnlyReason() against the site it belongs to (outside the site after links, or no write
 * permission). Without a site only the permission counts.
 */
QString pageReadOnlyReason(const QString &pageFile);

} // namespace GravDesk
