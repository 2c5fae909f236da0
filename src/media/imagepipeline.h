#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

class QImage;

namespace GravDesk {

/// How imported photos are re-encoded (a site-level setting; see GallerySettings).
struct ImageOptions
{
    int maxEdge = 2048; ///< longest edge of the output in pixels (never enlarged)
    int quality = 85; ///< JPEG / WebP quality 1..100
    bool webp = false; ///< write WebP instead of progressive JPEG
};

/// One photo turned into the bytes to publish; on failure @c error says why.
struct ProcessedImage
{
    bool ok = false;
    QString error;
    QByteArray bytes; ///< the encoded file: no EXIF, GPS, comments or thumbnails (an ICC profile at most)
    QSize sourceSize; ///< as stored in the file (before orientation)
    QSize size; ///< of the output
    QString extension; ///< "jpg" or "webp"
};

/**
 * Decodes, orients, shrinks and re-encodes photos.
 *
 * JPEG is decoded at reduced scale (QImageReader::setScaledSize lets libjpeg
 * skip DCT coefficients: 1/2, 1/4, 1/8), so a 48 MP photo is never decoded in
 * full when the output is 2048 px. The EXIF orientation is applied, then any
 * rotation the user asked for. PNG, WebP and (when built with libheif) HEIC
 * are read too. The output is built from the pixels alone, so nothing of the
 * source's metadata survives except its colour profile.
 */
class ImagePipeline
{
public:
    /// @p rotation: extra clockwise rotation by the user, a multiple of 90 degrees.
    static ProcessedImage process(const QString &path, const ImageOptions &options, int rotation = 0);

    /// Decodes @p path upright with its longest edge at most @p maxEdge (thumbnails, previews).
    static bool decode(const QString &path, int maxEdge, QImage &image, QString &error, QSize *sourceSize = nullptr);

    /// Bytes a decode of @p path at @p maxEdge will need at most (for the import's memory budget).
    static qint64 estimateDecodeBytes(const QString &path, int maxEdge);

    /// True when @p path starts like a HEIF/HEIC file (ftyp box with a HEIF brand).
    static bool looksLikeHeif(const QString &path);
    /// True when this build reads HEIC through libheif (built with its header, and libheif.so.1 loads).
    static bool heifSupported();
};

} // namespace GravDesk
