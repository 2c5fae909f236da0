// The photo pipeline on files made here: the eight EXIF orientations (checked by pixels), metadata
// stripping (checked by bytes and, when present, by exiftool), sizes, a 48 MP photo that must be
// decoded at scale, and files that are not (or no longer) images.

#include "imagepipeline.h"
#include "photofixtures.h"
#include "programrun.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

// Which quadrant colour is at each quarter point, or a description of the mismatch.
QString checkUpright(const QImage &img)
{
    const QList<QColor> want = PhotoFixtures::quadrantColours();
    const QPoint points[4] = {{img.width() / 4, img.height() / 4}, {img.width() * 3 / 4, img.height() / 4},
        {img.width() / 4, img.height() * 3 / 4}, {img.width() * 3 / 4, img.height() * 3 / 4}};
    for (int i = 0; i < 4; ++i) {
        const QColor got = img.pixelColor(points[i]);
        if (!near(got, want[i]))
            return QStringLiteral("quadrant %1 is %2, expected %3").arg(i).arg(got.name(), want[i].name());
    }
    return {};
}

QImage decodeBytes(const QByteArray &bytes)
{
    QImage img;
    img.loadFromData(bytes);
    return img;
}

} // namespace

class TestImagePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void orientation_data();
    void orientation();
    void metadataStripped();
    void exiftoolSeesNoMetadata();
    void manualRotation();
    void neverEnlarged();
    void megapixels48DecodedAtScale();
    void truncatedJpeg();
    void textFileNamedJpg();
    void pngAndWebp();
    void heic();
    void webpOutput();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestImagePipeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImagePipeline::orientation_data()
{
    QTest::addColumn<int>("orientation");
    for (int o = 1; o <= 8; ++o)
        QTest::newRow(qPrintable(QStringLiteral("orientation %1").arg(o))) << o;
}

void TestImagePipeline::orientation()
{
    QFETCH(int, orientation);
    const QImage upright = PhotoFixtures::quadrants(320, 200);
    const QString file = path(QStringLiteral("o%1.jpg").arg(orientation));
    QVERIFY(PhotoFixtures::writeFile(file,
        PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(PhotoFixtures::storedFor(upright, orientation)), orientation)));

    ImageOptions options;
    options.maxEdge = 160;
    const ProcessedImage out = ImagePipeline::process(file, options);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.size, QSize(160, 100));
    const QImage img = decodeBytes(out.bytes);
    QCOMPARE(img.size(), QSize(160, 100));
    const QString why = checkUpright(img);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestImagePipeline::metadataStripped()
{
    const QString file = path(QStringLiteral("gps.jpg"));
    const QByteArray src = PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(PhotoFixtures::quadrants(400, 300)), 1);
    QVERIFY(PhotoFixtures::writeFile(file, src));
    QVERIFY(src.contains(QByteArray("Exif\0\0", 6)));
    QVERIFY(src.contains(PhotoFixtures::cameraSerial()));

    const ProcessedImage out = ImagePipeline::process(file, ImageOptions());
    QVERIFY2(out.ok, qPrintable(out.error));
    QVERIFY(!out.bytes.contains(QByteArray("Exif\0\0", 6)));
    QVERIFY(!out.bytes.contains(PhotoFixtures::cameraMake()));
    QVERIFY(!out.bytes.contains(PhotoFixtures::cameraSerial()));
    QVERIFY(!out.bytes.contains(PhotoFixtures::commentText()));
    const QList<int> markers = PhotoFixtures::jpegMarkers(out.bytes);
    QVERIFY(!markers.isEmpty());
    for (int m : markers) {
        // Allowed: APP0 (JFIF), APP2 (an ICC profile), tables, frame and scan headers. No APP1 (EXIF/XMP), no COM.
        QVERIFY2(m != 0xe1 && m != 0xfe && !(m >= 0xe3 && m <= 0xef), qPrintable(QString::number(m, 16)));
    }
    // Progressive: the frame header is SOF2.
    QVERIFY(markers.contains(0xc2));
}

void TestImagePipeline::exiftoolSeesNoMetadata()
{
    const QString exiftool = QStandardPaths::findExecutable(QStringLiteral("exiftool"));
    if (exiftool.isEmpty())
        QSKIP("exiftool is not installed (Debian package libimage-exiftool-perl)");
    const QString file = path(QStringLiteral("gps-exiftool.jpg"));
    QVERIFY(PhotoFixtures::writeFile(
        file, PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(PhotoFixtures::quadrants(400, 300)), 6)));
    // The fixture really carries what a phone writes.
    const ProgramRun before = runProgram(exiftool, {QStringLiteral("-a"), QStringLiteral("-G1"), file});
    QVERIFY(before.out.contains("GPS Latitude"));
    QVERIFY(before.out.contains("Serial Number"));

    const ProcessedImage out = ImagePipeline::process(file, ImageOptions());
    QVERIFY2(out.ok, qPrintable(out.error));
    const QString result = path(QStringLiteral("gps-exiftool-out.jpg"));
    QVERIFY(PhotoFixtures::writeFile(result, out.bytes));
    const ProgramRun after = runProgram(exiftool, {QStringLiteral("-a"), QStringLiteral("-G1"), result});
    QCOMPARE(after.code, 0);
    for (const char *word : {"[GPS]", "[IFD0]", "[ExifIFD]", "[IFD1]", "Serial", "Thumbnail", "Comment", "Orientation"})
        QVERIFY2(!after.out.contains(word), qPrintable(QString::fromUtf8(after.out)));
}

void TestImagePipeline::manualRotation()
{
    // Stored sideways with orientation 6, then turned a further 90° by hand: upside down of upright,
    // i.e. the upright picture rotated 90° clockwise.
    const QImage upright = PhotoFixtures::quadrants(320, 200);
    const QString file = path(QStringLiteral("rot.jpg"));
    QVERIFY(PhotoFixtures::writeFile(
        file, PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(PhotoFixtures::storedFor(upright, 6)), 6)));
    ImageOptions options;
    options.maxEdge = 160;
    const ProcessedImage out = ImagePipeline::process(file, options, 90);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.size, QSize(100, 160));
    // Turning the result back by 270° must give the upright picture.
    const QImage back = decodeBytes(out.bytes).transformed(QTransform().rotate(270));
    const QString why = checkUpright(back);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestImagePipeline::neverEnlarged()
{
    const QString file = path(QStringLiteral("small.jpg"));
    QVERIFY(PhotoFixtures::writeFile(file, PhotoFixtures::jpeg(PhotoFixtures::quadrants(300, 200))));
    const ProcessedImage out = ImagePipeline::process(file, ImageOptions());
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.size, QSize(300, 200));
    QCOMPARE(out.sourceSize, QSize(300, 200));
}

void TestImagePipeline::megapixels48DecodedAtScale()
{
    // 8000 x 6000 = 192 MB decoded, above Qt's 128 MB allocation limit: the import only succeeds
    // because the JPEG is decoded at reduced scale.
    QVERIFY(QImageReader::allocationLimit() <= 128);
    const QString file = path(QStringLiteral("48mp.jpg"));
    {
        const QImage big = PhotoFixtures::quadrants(8000, 6000);
        QVERIFY(PhotoFixtures::writeFile(file, PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(big, 80), 1)));
    }
    QImage full;
    QVERIFY2(!QImageReader(file).read(&full), "a full decode of a 48 MP JPEG should exceed Qt's allocation limit");

    const ProcessedImage out = ImagePipeline::process(file, ImageOptions());
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.sourceSize, QSize(8000, 6000));
    QCOMPARE(out.size, QSize(2048, 1536));
    const QImage img = decodeBytes(out.bytes);
    QCOMPARE(img.size(), QSize(2048, 1536));
    const QString why = checkUpright(img);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestImagePipeline::truncatedJpeg()
{
    const QByteArray whole = PhotoFixtures::jpeg(PhotoFixtures::quadrants(800, 600));
    const QString file = path(QStringLiteral("cut.jpg"));
    QVERIFY(PhotoFixtures::writeFile(file, whole.left(whole.size() * 2 / 5)));
    const ProcessedImage out = ImagePipeline::process(file, ImageOptions());
    QVERIFY(!out.ok);
    QVERIFY2(
        out.error.contains(QLatin1String("cut.jpg")) && out.error.contains(QLatin1String("incomplete")), qPrintable(out.error));
    QVERIFY(out.bytes.isEmpty());
}

void TestImagePipeline::textFileNamedJpg()
{
    const QString file = path(QStringLiteral("notes.jpg"));
    QVERIFY(PhotoFixtures::writeFile(file, "These are meeting notes, not a photo.\n"));
    const ProcessedImage out = ImagePipeline::process(file, ImageOptions());
    QVERIFY(!out.ok);
    QVERIFY2(out.error.contains(QLatin1String("notes.jpg")) && out.error.contains(QLatin1String("not an image")),
        qPrintable(out.error));
}

void TestImagePipeline::pngAndWebp()
{
    const QImage upright = PhotoFixtures::quadrants(640, 400);
    for (const char *format : {"png", "webp"}) {
        if (!QImageWriter::supportedImageFormats().contains(format))
            QSKIP(qPrintable(QStringLiteral("no %1 plugin (Debian qt6-image-formats-plugins)").arg(QLatin1String(format))));
        const QString file = path(QStringLiteral("in.") + QLatin1String(format));
        QImageWriter w(file, format);
        w.setQuality(95);
        QVERIFY(w.write(upright));
        ImageOptions options;
        options.maxEdge = 320;
        const ProcessedImage out = ImagePipeline::process(file, options);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.extension, QStringLiteral("jpg"));
        QCOMPARE(out.size, QSize(320, 200));
        QVERIFY(out.bytes.startsWith("\xff\xd8"));
        const QString why = checkUpright(decodeBytes(out.bytes));
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
}

void TestImagePipeline::heic()
{
    if (!ImagePipeline::heifSupported())
        QSKIP("gravdesk_media was built without libheif, or libheif.so.1 does not load");
    const QString file = path(QStringLiteral("phone.heic"));
    QString why;
    if (!PhotoFixtures::writeHeic(file, PhotoFixtures::quadrants(640, 400), &why))
        QSKIP(qPrintable(why));

    QVERIFY(ImagePipeline::looksLikeHeif(file));
    ImageOptions options;
    options.maxEdge = 320;
    const ProcessedImage out = ImagePipeline::process(file, options);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.sourceSize, QSize(640, 400));
    QCOMPARE(out.size, QSize(320, 200));
    const QString why2 = checkUpright(decodeBytes(out.bytes));
    QVERIFY2(why2.isEmpty(), qPrintable(why2));
}

void TestImagePipeline::webpOutput()
{
    if (!QImageWriter::supportedImageFormats().contains("webp"))
        QSKIP("no WebP plugin (Debian qt6-image-formats-plugins)");
    const QString file = path(QStringLiteral("towebp.jpg"));
    QVERIFY(PhotoFixtures::writeFile(
        file, PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(PhotoFixtures::quadrants(640, 400)), 1)));
    ImageOptions options;
    options.webp = true;
    const ProcessedImage out = ImagePipeline::process(file, options);
    QVERIFY2(out.ok, qPrintable(out.error));
    QCOMPARE(out.extension, QStringLiteral("webp"));
    QVERIFY(out.bytes.startsWith("RIFF"));
    QVERIFY(!out.bytes.contains("EXIF"));
    QVERIFY(!out.bytes.contains(PhotoFixtures::cameraSerial()));
}

QTEST_GUILESS_MAIN(TestImagePipeline)
#include "tst_imagepipeline.moc"
