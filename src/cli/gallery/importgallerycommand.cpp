#include "command.h"
#include "galleryimport.h"
#include "gallerysettings.h"
#include "importgallery.h"
#include "io/safefile.h"
#include "site/pageaccess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QTextStream>

namespace GravDesk::Cli {
namespace {

QString sizeText(const QSize &s)
{
    return QString::number(s.width()) + QLatin1Char('x') + QString::number(s.height());
}

QString kilobytes(qint64 bytes)
{
    return QCoreApplication::translate("GravDesk::Cli", "%1 KB").arg((bytes + 512) / 1024);
}

} // namespace

int runImportGallery(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("GravDesk::Cli",
        "Import photos into a page folder: each one upright, shrunk, re-encoded without metadata and named after the "
        "site's convention; then print the carousel block (--insert puts it into every language file of the page)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import-gallery"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("PAGE_FOLDER"), QCoreApplication::translate("GravDesk::Cli", "The page's folder."));
    parser.addPositionalArgument(QStringLiteral("IMAGES"),
        QCoreApplication::translate("GravDesk::Cli", "Photos or folders of photos."), QStringLiteral("…"));
    const QCommandLineOption maxEdge(QStringLiteral("max-edge"),
        QCoreApplication::translate("GravDesk::Cli", "Longest edge in pixels (default: the site's setting, else 2048)."),
        QStringLiteral("N"));
    const QCommandLineOption quality(QStringLiteral("quality"),
        QCoreApplication::translate("GravDesk::Cli", "JPEG/WebP quality 1-100 (default: the site's, else 85)."),
        QStringLiteral("Q"));
    const QCommandLineOption insert(QStringLiteral("insert"),
        QCoreApplication::translate("GravDesk::Cli",
            "Insert the block into every language file (after the summary delimiter, or appended to the page's "
            "carousel), set header_image: false and extend media_order."));
    const QCommandLineOption webp(
        QStringLiteral("webp"), QCoreApplication::translate("GravDesk::Cli", "Write WebP instead of JPEG."));
    const QCommandLineOption sidecars(QStringLiteral("sidecars"),
        QCoreApplication::translate("GravDesk::Cli", "Also write <photo>.meta.yaml files with alt_text."));
    const QCommandLineOption carousel(QStringLiteral("carousel"),
        QCoreApplication::translate(
            "GravDesk::Cli", "Carousel parameters (default: the site's setting, else the ones its pages use)."),
        QStringLiteral("PARAMS"));
    const QCommandLineOption caption(QStringLiteral("caption"),
        QCoreApplication::translate(
            "GravDesk::Cli", "Caption for every photo in a language, e.g. ru=Открытие (default: the page's title)."),
        QStringLiteral("LANG=TEXT"));
    for (const QCommandLineOption *o : {&maxEdge, &quality, &insert, &webp, &sidecars, &carousel, &caption})
        parser.addOption(*o);
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 3) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1")
                   .arg(QStringLiteral("gravdesk-cli import-gallery PAGE_FOLDER IMAGES… [--max-edge N] [--quality Q] [--insert] "
                                       "[--webp] [--sidecars] [--carousel PARAMS] [--caption LANG=TEXT]"))
            << Qt::endl;
        return 2;
    }
    const QString folder = pos[1];
    if (!QFileInfo(folder).isDir()) {
        err << "gravdesk-cli import-gallery: " << QCoreApplication::translate("GravDesk::Cli", "%1: not a folder").arg(folder)
            << Qt::endl;
        return 2;
    }
    if (GalleryImport::pageFiles(folder).isEmpty() && parser.isSet(insert)) {
        err << "gravdesk-cli import-gallery: "
            << QCoreApplication::translate("GravDesk::Cli", "%1: no page file (*.md) to insert the gallery into").arg(folder)
            << Qt::endl;
        return 2;
    }
    // The photos go into the folder and --insert rewrites its page files: none may lead outside the site or be
    // read-only, and a page file that is not a regular file (a FIFO, a device) is never read.
    for (const GalleryTarget &t : GalleryImport::pageFiles(folder)) {
        const FileRead check = checkRegularFile(t.path);
        QString why = check.ok ? QString() : check.error;
        if (why.isEmpty() && parser.isSet(insert))
            why = pageReadOnlyReason(t.path);
        if (!why.isEmpty()) {
            err << "gravdesk-cli import-gallery: " << why << ' '
                << QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.") << Qt::endl;
            return 1;
        }
    }
    if (const QString why = pageReadOnlyReason(QDir::cleanPath(QFileInfo(folder).absoluteFilePath())); !why.isEmpty()) {
        err << "gravdesk-cli import-gallery: " << why << ' '
            << QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.") << Qt::endl;
        return 1;
    }

    const GallerySettings settings = GallerySettings::forPageFolder(folder);
    GalleryImportRequest req;
    req.pageFolder = folder;
    req.image = settings.image;
    req.carouselParams = parser.isSet(carousel) ? parser.value(carousel) : settings.carouselParams;
    req.writeSidecars = settings.sidecars || parser.isSet(sidecars);
    req.insertBlock = parser.isSet(insert);
    if (parser.isSet(webp))
        req.image.webp = true;
    bool ok = true;
    if (parser.isSet(maxEdge)) {
        req.image.maxEdge = parser.value(maxEdge).toInt(&ok);
        if (!ok || req.image.maxEdge < 16) {
            err << "gravdesk-cli import-gallery: "
                << QCoreApplication::translate("GravDesk::Cli", "--max-edge needs a number of pixels (16 or more)") << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(quality)) {
        req.image.quality = parser.value(quality).toInt(&ok);
        if (!ok || req.image.quality < 1 || req.image.quality > 100) {
            err << "gravdesk-cli import-gallery: "
                << QCoreApplication::translate("GravDesk::Cli", "--quality needs a number from 1 to 100") << Qt::endl;
            return 2;
        }
    }
    QMap<QString, QString> captions;
    for (const QString &c : parser.values(caption)) {
        const qsizetype eq = c.indexOf(QLatin1Char('='));
        if (eq < 0) {
            err << "gravdesk-cli import-gallery: "
                << QCoreApplication::translate("GravDesk::Cli", "--caption needs LANG=TEXT (use \"=TEXT\" for item.md)")
                << Qt::endl;
            return 2;
        }
        captions.insert(c.left(eq), c.mid(eq + 1));
    }
    const QStringList sources = expandImageSources(pos.mid(2));
    if (sources.isEmpty()) {
        err << "gravdesk-cli import-gallery: "
            << QCoreApplication::translate("GravDesk::Cli", "no photos found in %1").arg(pos.mid(2).join(QLatin1Char(' ')))
            << Qt::endl;
        return 2;
    }
    for (const QString &s : sources)
        req.items.append(GalleryItem {s, 0, captions});

    const GalleryImportResult r = GalleryImport::run(req);
    for (const GalleryItemResult &i : r.items) {
        const QString name = QFileInfo(i.source).fileName();
        if (i.ok)
            out << name << " -> " << i.fileName << "  " << sizeText(i.sourceSize) << " -> " << sizeText(i.size) << "  "
                << kilobytes(i.bytes) << '\n';
        else
            out << QCoreApplication::translate("GravDesk::Cli", "%1: not imported: %2").arg(name, i.error) << '\n';
    }
    if (!r.ok) {
        err << "gravdesk-cli import-gallery: " << r.error << Qt::endl;
        return 1;
    }
    for (const GalleryPageResult &p : r.pages) {
        out << '\n'
            << "# "
            << (p.written ? QCoreApplication::translate("GravDesk::Cli", "%1 (updated)").arg(QFileInfo(p.path).fileName())
                          : QFileInfo(p.path).fileName())
            << '\n'
            << p.block;
    }
    if (r.pages.isEmpty()) {
        // A folder without page files: the block with the default-language captions left empty.
        QList<GallerySlide> slides;
        for (const GalleryItemResult &i : r.items) {
            if (i.ok)
                slides.append({i.fileName, captions.value(QString()), captions.value(QString())});
        }
        out << '\n'
            << GalleryBlock::block(req.carouselParams.isNull() ? GalleryBlock::defaultParams() : req.carouselParams, slides);
    }
    out << '\n'
        << QCoreApplication::translate("GravDesk::Cli", "%1 of %2 photos imported into %3")
               .arg(r.imported())
               .arg(r.items.size())
               .arg(QDir(folder).absolutePath())
        << '\n';
    return r.imported() == r.items.size() ? 0 : 1;
}

} // namespace GravDesk::Cli
