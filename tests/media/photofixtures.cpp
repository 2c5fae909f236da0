#include "photofixtures.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QTransform>

#include <cmath>
#include <cstring>

#ifdef GRAVDESK_TEST_LIBHEIF
#include <libheif/heif.h>
#endif

namespace GravDesk::PhotoFixtures {
namespace {

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff));
    b.append(char(v >> 8));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xffff));
    put16(b, quint16(v >> 16));
}

void entry(QByteArray &b, quint16 tag, quint16 type, quint32 count, quint32 valueOrOffset)
{
    put16(b, tag);
    put16(b, type);
    put32(b, count);
    put32(b, valueOrOffset);
}

QImage transposed(const QImage &src)
{
    QImage out(src.height(), src.width(), src.format());
    for (int y = 0; y < src.height(); ++y)
        for (int x = 0; x < src.width(); ++x)
            out.setPixel(y, x, src.pixel(x, y));
    return out;
}

} // namespace

QList<QColor> quadrantColours()
{
    return {QColor(220, 30, 30), QColor(30, 200, 40), QColor(30, 40, 220), QColor(240, 230, 40)};
}

QImage quadrants(int width, int height)
{
    QImage img(width, height, QImage::Format_RGB32);
    const QList<QColor> c = quadrantColours();
    QPainter p(&img);
    const int w2 = width / 2, h2 = height / 2;
    p.fillRect(0, 0, w2, h2, c[0]);
    p.fillRect(w2, 0, width - w2, h2, c[1]);
    p.fillRect(0, h2, w2, height - h2, c[2]);
    p.fillRect(w2, h2, width - w2, height - h2, c[3]);
    p.end();
    return img;
}

QImage scene(int width, int height, int seed)
{
    QImage img(width, height, QImage::Format_RGB32);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor skies[] = {QColor(120, 180, 235), QColor(250, 170, 110), QColor(90, 120, 200), QColor(170, 210, 240)};
    const QColor hills[] = {QColor(70, 140, 60), QColor(150, 110, 60), QColor(40, 90, 70), QColor(110, 160, 80)};
    QLinearGradient sky(0, 0, 0, height);
    sky.setColorAt(0, skies[seed % 4].darker(130));
    sky.setColorAt(1, skies[seed % 4].lighter(130));
    p.fillRect(img.rect(), sky);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 235, 150));
    p.drawEllipse(QPointF(width * (0.2 + 0.15 * (seed % 5)), height * 0.25), height * 0.1, height * 0.1);
    for (int layer = 0; layer < 3; ++layer) {
        QPainterPath path;
        path.moveTo(0, height);
        for (int x = 0; x <= width; x += width / 16) {
            const double y
                = height * (0.55 + 0.12 * layer) + height * 0.06 * std::sin((x * 0.01 + seed * 1.7 + layer) * (1 + layer * 0.3));
            path.lineTo(x, y);
        }
        path.lineTo(width, height);
        path.closeSubpath();
        p.setBrush(hills[(seed + layer) % 4].darker(100 + layer * 25));
        p.drawPath(path);
    }
    p.end();
    return img;
}

QImage storedFor(const QImage &upright, int orientation)
{
    // Orientations 2, 3, 4, 5 and 7 are their own inverse; 6 and 8 are inverse to each other.
    switch (orientation) {
    case 2: return upright.mirrored(true, false);
    case 3: return upright.transformed(QTransform().rotate(180));
    case 4: return upright.mirrored(false, true);
    case 5: return transposed(upright);
    case 6: return upright.transformed(QTransform().rotate(270));
    case 7: return transposed(upright).transformed(QTransform().rotate(180));
    case 8: return upright.transformed(QTransform().rotate(90));
    default: return upright;
    }
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QImageWriter w(&buf, "jpeg");
    w.setQuality(quality);
    w.write(image);
    return bytes;
}

QByteArray cameraMake()
{
    return QByteArrayLiteral("GravTestCam");
}

QByteArray cameraSerial()
{
    return QByteArrayLiteral("SN-0042-7731");
}

QByteArray commentText()
{
    return QByteArrayLiteral("private comment from the camera");
}

QByteArray withCameraMetadata(const QByteArray &jpegBytes, int orientation)
{
    // TIFF (little endian): IFD0 {Make, Orientation, ExifIFD, GPSIFD}, Exif IFD {BodySerialNumber},
    // GPS IFD {VersionID, LatitudeRef, Latitude}, IFD1 {JPEGInterchangeFormat(Length)} for a thumbnail.
    const QByteArray make = cameraMake() + '\0';
    const QByteArray serial = cameraSerial() + '\0';
    const quint32 ifd0 = 8, ifd0Size = 2 + 4 * 12 + 4;
    const quint32 makeAt = ifd0 + ifd0Size;
    const quint32 exifAt = makeAt + quint32(make.size());
    const quint32 exifSize = 2 + 1 * 12 + 4;
    const quint32 serialAt = exifAt + exifSize;
    const quint32 gpsAt = serialAt + quint32(serial.size());
    const quint32 gpsSize = 2 + 3 * 12 + 4;
    const quint32 latAt = gpsAt + gpsSize;
    const quint32 ifd1At = latAt + 24;
    const QByteArray thumb = jpeg(quadrants(16, 12), 50);
    const quint32 ifd1Size = 2 + 2 * 12 + 4;
    const quint32 thumbAt = ifd1At + ifd1Size;

    QByteArray t("II");
    put16(t, 42);
    put32(t, ifd0);
    put16(t, 4);
    entry(t, 0x010f, 2, quint32(make.size()), makeAt);
    entry(t, 0x0112, 3, 1, quint32(orientation));
    entry(t, 0x8769, 4, 1, exifAt);
    entry(t, 0x8825, 4, 1, gpsAt);
    put32(t, ifd1At);
    t += make;
    put16(t, 1);
    entry(t, 0xa431, 2, quint32(serial.size()), serialAt);
    put32(t, 0);
    t += serial;
    put16(t, 3);
    entry(t, 0x0000, 1, 4, 0x00000302);
    entry(t, 0x0001, 2, 2, 'N');
    entry(t, 0x0002, 5, 3, latAt);
    put32(t, 0);
    for (quint32 v : {43u, 1u, 15u, 1u, 2230u, 100u})
        put32(t, v);
    put16(t, 2);
    entry(t, 0x0201, 4, 1, thumbAt);
    entry(t, 0x0202, 4, 1, quint32(thumb.size()));
    put32(t, 0);
    t += thumb;

    QByteArray app1("\xff\xe1", 2);
    const int len = 2 + 6 + int(t.size());
    app1.append(char(len >> 8));
    app1.append(char(len & 0xff));
    app1 += QByteArray("Exif\0\0", 6) + t;

    QByteArray com("\xff\xfe", 2);
    const int clen = 2 + int(commentText().size());
    com.append(char(clen >> 8));
    com.append(char(clen & 0xff));
    com += commentText();

    // After SOI (and before Qt's JFIF APP0, as cameras that write EXIF put APP1 first).
    return jpegBytes.left(2) + app1 + com + jpegBytes.mid(2);
}

QList<int> jpegMarkers(const QByteArray &b)
{
    QList<int> out;
    qsizetype i = 2;
    while (i + 4 <= b.size() && uchar(b[i]) == 0xff) {
        const int marker = uchar(b[i + 1]);
        out.append(marker);
        if (marker == 0xda)
            break;
        const int len = (uchar(b[i + 2]) << 8) | uchar(b[i + 3]);
        i += 2 + len;
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool writeHeic(const QString &path, const QImage &image, QString *why)
{
#ifndef GRAVDESK_TEST_LIBHEIF
    Q_UNUSED(path)
    Q_UNUSED(image)
    *why = QStringLiteral("built without libheif (Debian libheif-dev)");
    return false;
#else
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    heif_context *ctx = heif_context_alloc();
    heif_encoder *encoder = nullptr;
    if (heif_context_get_encoder_for_format(ctx, heif_compression_HEVC, &encoder).code != heif_error_Ok) {
        heif_context_free(ctx);
        *why = QStringLiteral("libheif has no HEVC encoder here; cannot make a HEIC fixture");
        return false;
    }
    heif_encoder_set_lossy_quality(encoder, 90);
    heif_image *img = nullptr;
    bool ok = heif_image_create(rgb.width(), rgb.height(), heif_colorspace_RGB, heif_chroma_interleaved_RGB, &img).code
            == heif_error_Ok
        && heif_image_add_plane(img, heif_channel_interleaved, rgb.width(), rgb.height(), 8).code == heif_error_Ok;
    if (ok) {
        int stride = 0;
        uint8_t *plane = heif_image_get_plane(img, heif_channel_interleaved, &stride);
        for (int y = 0; y < rgb.height(); ++y)
            memcpy(plane + y * stride, rgb.constScanLine(y), size_t(rgb.width()) * 3);
        ok = heif_context_encode_image(ctx, img, encoder, nullptr, nullptr).code == heif_error_Ok
            && heif_context_write_to_file(ctx, QFile::encodeName(path).constData()).code == heif_error_Ok;
    }
    if (!ok)
        *why = QStringLiteral("libheif could not encode %1").arg(path);
    if (img)
        heif_image_release(img);
    heif_encoder_release(encoder);
    heif_context_free(ctx);
    return ok;
#endif
}

} // namespace GravDesk::PhotoFixtures
