#include "gallerysettings.h"

#include "site/siteconfig.h"
#include "site/sitelayout.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace GravDesk {

GallerySettings GallerySettings::fromConfig(const SiteConfig &config)
{
    GallerySettings s;
    const QString base = QStringLiteral("plugins.gravdesk.gallery.");
    bool ok = false;
    const int edge = config.value(base + QStringLiteral("max_edge")).toInt(&ok);
    if (ok && edge >= 64 && edge <= 16384)
        s.image.maxEdge = edge;
    const int quality = config.value(base + QStringLiteral("quality")).toInt(&ok);
    if (ok && quality >= 1 && quality <= 100)
        s.image.quality = quality;
    s.image.webp = config.flag(base + QStringLiteral("webp"), false);
    s.sidecars = config.flag(base + QStringLiteral("sidecars"), false);
    const QVariant carousel = config.value(base + QStringLiteral("carousel"));
    if (carousel.isValid() && !carousel.toString().trimmed().isEmpty())
        s.carouselParams = carousel.toString().trimmed();
    return s;
}

GallerySettings GallerySettings::forPageFolder(const QString &pageFolder)
{
    QDir dir(QFileInfo(pageFolder).absoluteFilePath());
    for (int i = 0; i < 32; ++i) {
        if (dir.dirName() == QLatin1String("pages")) {
            const SiteLayout layout = locateSite(dir.absolutePath());
            if (layout.isValid())
                return fromConfig(SiteConfig::load(layout));
            break;
        }
        if (!dir.cdUp())
            break;
    }
    return GallerySettings();
}

QStringList importableExtensions()
{
    return {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("png"),
        QStringLiteral("webp"), QStringLiteral("heic"), QStringLiteral("heif")};
}

QStringList expandImageSources(const QStringList &paths)
{
    QCollator natural;
    natural.setNumericMode(true);
    natural.setCaseSensitivity(Qt::CaseInsensitive);
    QStringList out;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (!fi.isDir()) {
            out.append(fi.absoluteFilePath());
            continue;
        }
        QStringList files;
        for (const QFileInfo &f : QDir(p).entryInfoList(QDir::Files)) {
            if (importableExtensions().contains(f.suffix().toLower()))
                files.append(f.absoluteFilePath());
        }
        std::sort(files.begin(), files.end(), [&](const QString &a, const QString &b) { return natural.compare(a, b) < 0; });
        out += files;
    }
    return out;
}

} // namespace GravDesk
