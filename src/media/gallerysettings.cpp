#include "gallerysettings.h"

#include "site/siteconfig.h"
#include "site/sitelayout.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

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
    return {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jpe"), QStringLiteral("png"), QStringLiteral("webp"),
        QStringLiteral("heic"), QStringLiteral("heif")};
}

bool naturalLess(const QString &a, const QString &b)
{
    // Runs of digits compare by value; everything else case-insensitively (no locale needed).
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const QString da = a.mid(i, ei - i), db = b.mid(j, ej - j);
            const QString na = da.size() > 1 ? QString(da).remove(QRegularExpression(QStringLiteral("^0+(?=\\d)"))) : da;
            const QString nb = db.size() > 1 ? QString(db).remove(QRegularExpression(QStringLiteral("^0+(?=\\d)"))) : db;
            if (na.size() != nb.size())
                return na.size() < nb.size();
            if (na != nb)
                return na < nb;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded(), cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

QStringList expandImageSources(const QStringList &paths)
{
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
        std::sort(files.begin(), files.end(), naturalLess);
        out += files;
    }
    return out;
}

} // namespace GravDesk
