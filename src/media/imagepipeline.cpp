#include "imagepipeline.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageIOHandler>
#include <QImageReader>
#include <QImageWriter>
#include <QLibrary>
#include <QPainter>
#include <QTransform>

#include <cmath>

#ifdef GRAVDESK_HAVE_LIBHEIF
#include <libheif/heif.h>
#endif

namespace GravDesk {
namespace {

QSize fitted(const QSize &size, int maxEdge)
{
    const int longest = std::max(size.width(), size.height());
    if (maxEdge <= 0 || longest <= maxEdge)
        return size;
    const double f = double(maxEdge) / longest;
    return QSize(std::max(1, int(std::lround(size.width() * f))), std::max(1, int(std::lround(size.height() * f))));
}

// The size libjpeg produces when decoding @p stored at the largest 1/2^k scale not below @p target.
QSize jpegDctSize(const QSize &stored, const QSize &target)
{
    int d = 1;
    while (d < 8 && stored.width() / (d * 2) >= target.width() && stored.height() / (d * 2) >= target.height())
        d *= 2;
    return QSize((stored.width() + d - 1) / d, (stored.height() + d - 1) / d);
}

QString readerError(const QImageReader &reader, const QString &path)
{
    switch (reader.error()) {
    case QImageReader::UnsupportedFormatError:
        return QCoreApplication::translate("ImagePipeline", "%1 is not an image GravDesk can read (JPEG, PNG, WebP or HEIC)")
            .arg(QFileInfo(path).fileName());
    case QImageReader::FileNotFoundError:
        return QCoreApplication::translate("ImagePipeline", "%1 cannot be opened").arg(QFileInfo(path).fileName());
    default:
        return QCoreApplication::translate("ImagePipeline", "%1 is damaged or incomplete (%2)")
            .arg(QFileInfo(path).fileName(), reader.errorString());
    }
}

// libjpeg only warns about a file that ends early and hands back the picture padded with grey; a
// camera file always ends with EOI, so look for it (entropy-coded data never holds FF D9).
bool jpegIsComplete(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const qint64 tail = std::min<qint64>(f.size(), 64 * 1024);
    f.seek(f.size() - tail);
    return f.read(tail).contains(QByteArray("\xff\xd9", 2));
}

#ifdef GRAVDESK_HAVE_LIBHEIF
// libheif is loaded on the first HEIC photo, not linked: its codecs' static initialisers (libde265 alone
// ~25 M instructions) would otherwise run at every start of the program, also for runs that import no photo.
#define GRAVDESK_HEIF_FUNCTIONS(X)                                                                                               \
    X(heif_context_alloc)                                                                                                        \
    X(heif_context_free)                                                                                                         \
    X(heif_context_read_from_file)                                                                                               \
    X(heif_context_get_primary_image_handle)                                                                                     \
    X(heif_decode_image)                                                                                                         \
    X(heif_image_get_plane_readonly)                                                                                             \
    X(heif_image_get_width)                                                                                                      \
    X(heif_image_get_height)                                                                                                     \
    X(heif_image_handle_get_raw_color_profile_size)                                                                              \
    X(heif_image_handle_get_raw_color_profile)                                                                                   \
    X(heif_image_release)                                                                                                        \
    X(heif_image_handle_release)

struct HeifApi
{
#define GRAVDESK_HEIF_POINTER(name) decltype(&::name) name = nullptr;
    GRAVDESK_HEIF_FUNCTIONS(GRAVDESK_HEIF_POINTER)
#undef GRAVDESK_HEIF_POINTER
    QString error; ///< why libheif cannot be used ("" when it can)
};

const HeifApi &heifApi()
{
    static const HeifApi api = [] {
        HeifApi a;
        QLibrary lib(QStringLiteral("heif"), 1); // libheif.so.1; never unloaded
        if (!lib.load()) {
            a.error = lib.errorString();
            return a;
        }
#define GRAVDESK_HEIF_RESOLVE(name)                                                                                              \
    a.name = reinterpret_cast<decltype(a.name)>(lib.resolve(#name));                                                             \
    if (!a.name && a.error.isEmpty())                                                                                            \
        a.error = lib.errorString();
        GRAVDESK_HEIF_FUNCTIONS(GRAVDESK_HEIF_RESOLVE)
#undef GRAVDESK_HEIF_RESOLVE
        return a;
    }();
    return api;
}
#undef GRAVDESK_HEIF_FUNCTIONS

bool decodeHeif(const QString &path, int maxEdge, QImage &image, QString &error, QSize *sourceSize)
{
    const HeifApi &api = heifApi();
    if (!api.error.isEmpty()) {
        error = QCoreApplication::translate("ImagePipeline", "%1 is a HEIC image; this build of GravDesk cannot read HEIC")
                    .arg(QFileInfo(path).fileName())
            + QStringLiteral(" (%1)").arg(api.error); // the loader's reason: libheif1 missing or too old
        return false;
    }
    heif_context *ctx = api.heif_context_alloc();
    const QByteArray local = QFile::encodeName(path);
    heif_error err = api.heif_context_read_from_file(ctx, local.constData(), nullptr);
    heif_image_handle *handle = nullptr;
    if (err.code == heif_error_Ok)
        err = api.heif_context_get_primary_image_handle(ctx, &handle);
    heif_image *img = nullptr;
    if (err.code == heif_error_Ok)
        err = api.heif_decode_image(handle, &img, heif_colorspace_RGB, heif_chroma_interleaved_RGBA, nullptr);
    bool ok = false;
    if (err.code == heif_error_Ok) {
        int stride = 0;
        const uint8_t *data = api.heif_image_get_plane_readonly(img, heif_channel_interleaved, &stride);
        const int w = api.heif_image_get_width(img, heif_channel_interleaved);
        const int h = api.heif_image_get_height(img, heif_channel_interleaved);
        if (data && w > 0 && h > 0) {
            if (sourceSize)
                *sourceSize = QSize(w, h);
            const QImage wrapped(data, w, h, stride, QImage::Format_RGBA8888);
            const QSize target = fitted(wrapped.size(), maxEdge);
            image = target == wrapped.size() ? wrapped.copy()
                                             : wrapped.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            const size_t iccSize = api.heif_image_handle_get_raw_color_profile_size(handle);
            if (iccSize > 0) {
                QByteArray icc(qsizetype(iccSize), Qt::Uninitialized);
                if (api.heif_image_handle_get_raw_color_profile(handle, icc.data()).code == heif_error_Ok)
                    image.setColorSpace(QColorSpace::fromIccProfile(icc));
            }
            ok = true;
        }
    }
    if (!ok)
        error = QCoreApplication::translate("ImagePipeline", "%1 is not a HEIC image GravDesk can read (%2)")
                    .arg(QFileInfo(path).fileName(), QString::fromUtf8(err.message ? err.message : "no image"));
    if (img)
        api.heif_image_release(img);
    if (handle)
        api.heif_image_handle_release(handle);
    api.heif_context_free(ctx);
    return ok;
}
#endif

} // namespace

bool ImagePipeline::heifSupported()
{
#ifdef GRAVDESK_HAVE_LIBHEIF
    return heifApi().error.isEmpty();
#else
    return false;
#endif
}

bool ImagePipeline::looksLikeHeif(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(32);
    if (head.size() < 12 || head.mid(4, 4) != "ftyp")
        return false;
    const QByteArray brand = head.mid(8, 4);
    for (const char *b : {"heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif"}) {
        if (brand == b)
            return true;
    }
    return false;
}

bool ImagePipeline::decode(const QString &path, int maxEdge, QImage &image, QString &error, QSize *sourceSize)
{
    if (looksLikeHeif(path)) {
#ifdef GRAVDESK_HAVE_LIBHEIF
        return decodeHeif(path, maxEdge, image, error, sourceSize);
#else
        error = QCoreApplication::translate("ImagePipeline", "%1 is a HEIC image; this build of GravDesk cannot read HEIC")
                    .arg(QFileInfo(path).fileName());
        return false;
#endif
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (!stored.isValid()) {
        error = readerError(reader, path);
        if (reader.error() == QImageReader::UnknownError)
            error = QCoreApplication::translate("ImagePipeline", "%1 is not an image GravDesk can read (JPEG, PNG, WebP or HEIC)")
                        .arg(QFileInfo(path).fileName());
        return false;
    }
    if (sourceSize)
        *sourceSize = stored;
    if (reader.format() == "jpeg" && !jpegIsComplete(path)) {
        error = QCoreApplication::translate("ImagePipeline", "%1 is incomplete (the file ends before the picture does)")
                    .arg(QFileInfo(path).fileName());
        return false;
    }
    // Qt's default allocation limit (128 MB) stays: a JPEG is decoded at scale and never needs it, so a
    // photo that would have to be decoded in full beyond it (a 48 MP PNG) is refused with a message.
    const QSize target = fitted(stored, maxEdge);
    const bool jpeg = reader.format() == "jpeg";
    if (target != stored) {
        if (jpeg) {
            // Where the time goes. libjpeg decodes at 1/2, 1/4 or 1/8 scale with reduced-size IDCTs: ask
            // for the largest such fraction still at least the target, so the handler adds no scaling of
            // its own (its quality < 50 default also picks the fast 8x8 IDCT, which a reduced-size decode
            // does not use), then smooth-scale the rest here.
            reader.setScaledSize(jpegDctSize(stored, target));
        } else {
            reader.setScaledSize(target);
            reader.setQuality(75); // smooth scaling
        }
    }
    if (!reader.read(&image)) {
        error = readerError(reader, path);
        return false;
    }
    // The target in the picture's upright orientation (an EXIF rotation by 90° swaps the edges).
    const QSize wanted = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90) ? target.transposed() : target;
    if (image.size() != wanted)
        image = image.scaled(wanted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return true;
}

qint64 ImagePipeline::estimateDecodeBytes(const QString &path, int maxEdge)
{
    QImageReader reader(path);
    const QSize s = reader.size();
    if (!s.isValid())
        return 64ll << 20; // HEIC and unknown files: assume a phone photo
    const QSize t = fitted(s, maxEdge);
    qint64 decoded = qint64(s.width()) * s.height() * 4;
    if (reader.format() == "jpeg") {
        const QSize dct = jpegDctSize(s, t);
        decoded = qint64(dct.width()) * dct.height() * 4;
    }
    return decoded + qint64(t.width()) * t.height() * 4 * 2;
}

ProcessedImage ImagePipeline::process(const QString &path, const ImageOptions &options, int rotation)
{
    ProcessedImage out;
    QImage image;
    if (!decode(path, options.maxEdge, image, out.error, &out.sourceSize))
        return out;
    rotation = ((rotation % 360) + 360) % 360;
    if (rotation != 0)
        image = image.transformed(QTransform().rotate(rotation));

    const bool jpeg = !options.webp;
    if (jpeg && image.hasAlphaChannel()) {
        // JPEG has no transparency: put the picture on white rather than let transparent pixels turn black.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        flat.setColorSpace(image.colorSpace());
        QPainter p(&flat);
        p.drawImage(0, 0, image);
        p.end();
        image = flat;
    }
    // A view of the pixels without the source's text keys (JPEG comments would be written back as COM
    // markers); only the colour profile is carried over.
    QImage clean(image.constBits(), image.width(), image.height(), image.bytesPerLine(), image.format());
    if (image.colorSpace().isValid())
        clean.setColorSpace(image.colorSpace());

    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, jpeg ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("webp"));
    writer.setQuality(std::clamp(options.quality, 1, 100));
    if (jpeg) {
        writer.setProgressiveScanWrite(true);
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(clean)) {
        out.bytes.clear();
        out.error = QCoreApplication::translate("ImagePipeline", "%1 could not be encoded (%2)")
                        .arg(QFileInfo(path).fileName(), writer.errorString());
        return out;
    }
    out.size = image.size();
    out.extension = jpeg ? QStringLiteral("jpg") : QStringLiteral("webp");
    out.ok = true;
    return out;
}

} // namespace GravDesk
