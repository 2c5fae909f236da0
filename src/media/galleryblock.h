#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace GravDesk {

/// One slide of a carousel as written in a page file: `![alt](file "title")`.
struct GallerySlide
{
    QString fileName;
    QString alt;
    QString title;
};

/// Where a carousel sits in a page body (offsets into the body text, end exclusive, after its line break).
struct CarouselRange
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString params; ///< what follows `owl-carousel` in the opening tag
    QStringList files; ///< the image files of its slides, in order
};

/**
 * The owl-carousel block the site's galleries use:
 *
 *     [owl-carousel class="gallery-owl" items=1 margin=10 loop=true autoplay=false lazyLoad=true]
 *     ![Title](2019-07-22-1.jpg "Title")
 *     ![Title](2019-07-22-2.jpg "Title")
 *     [/owl-carousel]
 *
 * Image lines are consecutive (no blank lines): Parsedown makes them one paragraph whose images become
 * the slides; a blank line between them would leave unbalanced `</p><p>` in the carousel.
 */
namespace GalleryBlock {

/// The parameters every carousel of the hemcenter site uses (the default when a site has none yet).
QString defaultParams();
/// The most common carousel parameters on the site under @p pagesDir (defaultParams() when it has none).
QString learnParams(const QString &pagesDir);
/// One slide line; `]`, `[` and line breaks in alt, quotes in title are made harmless for Parsedown.
QString slideLine(const GallerySlide &slide);
/// The whole block, each line ending with "\n".
QString block(const QString &params, const QList<GallerySlide> &slides);
/// The carousels in @p body.
QList<CarouselRange> find(const QString &body);
/// The carousel that contains @p position (or overlaps [position, position + length)); -1 if none.
int carouselAt(const QList<CarouselRange> &ranges, qsizetype position, qsizetype length = 0);

/// @p body with @p block put at @p position on lines of its own, with a blank line before and after.
QString insertAt(const QString &body, qsizetype position, const QString &block);
/// @p body with the carousel @p range replaced by @p block.
QString replace(const QString &body, const CarouselRange &range, const QString &block);
/**
 * Where a batch import puts new slides: appended to the page's first carousel when it has one (after its
 * last image line), else a new block right after the summary delimiter line (`===` by default, the corpus's
 * layout), else at the end of the body.
 */
QString insertDefault(const QString &body, const QString &params, const QList<GallerySlide> &slides,
    const QString &summaryDelimiter = QStringLiteral("==="));

} // namespace GalleryBlock
} // namespace GravDesk
