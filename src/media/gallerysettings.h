#pragma once

#include "imagepipeline.h"

#include <QString>
#include <QStringList>

namespace GravDesk {

class SiteConfig;

/**
 * A site's gallery settings, from `user/config/plugins/gravdesk.yaml` (Grav loads it as plugin config
 * and ignores it; no plugin of that name exists):
 *
 *     gallery:
 *       max_edge: 2048
 *       quality: 85
 *       webp: false
 *       sidecars: false
 *       carousel: 'class="gallery-owl" items=1 margin=10 loop=true autoplay=false lazyLoad=true'
 *
 * Missing keys keep their defaults; a missing `carousel` is learned from the site's pages.
 */
struct GallerySettings
{
    ImageOptions image;
    bool sidecars = false;
    QString carouselParams; ///< null: learn from the site

    static GallerySettings fromConfig(const SiteConfig &config);
    /// The settings of the site @p pageFolder belongs to (defaults when it is in none).
    static GallerySettings forPageFolder(const QString &pageFolder);
};

/// Files to import from what was dropped or named: folders give their images (by natural name order).
QStringList expandImageSources(const QStringList &paths);
/// Natural, case-insensitive name order (`a-2.jpg` before `a-10.jpg`), as Grav sorts a page's media.
bool naturalLess(const QString &a, const QString &b);
/// Extensions (lower case) a folder's files need to be picked up by expandImageSources().
QStringList importableExtensions();

} // namespace GravDesk
