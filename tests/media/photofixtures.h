#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace GravDesk::PhotoFixtures {

/// The four colours of the quadrant pattern: top-left, top-right, bottom-left, bottom-right.
QList<QColor> quadrantColours();
/// A picture as it should look upright: four solid quadrants (width > height, so rotations show).
QImage quadrants(int width, int height);
/// A simple landscape (sky, sun, hills) that differs with @p seed: fixtures that look like photos in screenshots.
QImage scene(int width, int height, int seed);
/// The pixels a camera stores for @p upright when it tags the file with EXIF @p orientation (1..8).
QImage storedFor(const QImage &upright, int orientation);

/// JPEG bytes of @p image (as Qt writes them: JFIF, no EXIF).
QByteArray jpeg(const QImage &image, int quality = 90);
/**
 * @p jpegBytes with an EXIF APP1 segment (orientation, camera make and serial, a GPS position and an
 * embedded thumbnail pointer) and a COM comment inserted after SOI, as a camera writes them.
 */
QByteArray withCameraMetadata(const QByteArray &jpegBytes, int orientation);
/// The camera make and serial written by withCameraMetadata() (to look for in outputs).
QByteArray cameraMake();
QByteArray cameraSerial();
QByteArray commentText();

/// The marker bytes (0xE0..0xFE) of the segments before the image data of a JPEG.
QList<int> jpegMarkers(const QByteArray &jpegBytes);

/**
 * Writes @p image (RGB) as a HEIC file to @p path with libheif's HEVC encoder. False with the reason in
 * @p why when it cannot: a build without libheif (GRAVDESK_TEST_LIBHEIF) or a libheif without an encoder.
 */
bool writeHeic(const QString &path, const QImage &image, QString *why);

/// Writes @p bytes to @p path.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace GravDesk::PhotoFixtures
