#include "pagemediapath.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace GravDesk {

QString resolvePageMediaRequest(const QString &pageFolder, const QString &encodedPath, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    if (pageFolder.isEmpty())
        return refuse(QStringLiteral("no page is open"));
    QString name = QUrl::fromPercentEncoding(encodedPath.toUtf8());
    if (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    if (name.isEmpty())
        return refuse(QStringLiteral("empty file name"));
    // Decoded once only: "%252e%252e" stays a literal name, which cannot exist as a sibling escape.
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.contains(QChar(0))
        || name == QLatin1String(".") || name == QLatin1String("..") || name.contains(QLatin1String(".."))
        || QDir::isAbsolutePath(name))
        return refuse(QStringLiteral("only files directly inside the page folder are served"));
    const QString root = QDir(pageFolder).canonicalPath();
    if (root.isEmpty())
        return refuse(QStringLiteral("the page folder does not exist"));
    const QFileInfo info(QDir(root).filePath(name));
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return refuse(QStringLiteral("no such file"));
    const QFileInfo target(canonical);
    if (!target.isFile())
        return refuse(QStringLiteral("not a file"));
    if (target.absolutePath() != root)
        return refuse(QStringLiteral("the file lies outside the page folder"));
    return canonical;
}

QString resolvePageMediaRequest(const QString &pageFolder, const QString &gravFolderUrl, const QString &encodedPath, QString *why)
{
    const QString decoded = QUrl::fromPercentEncoding(encodedPath.toUtf8());
    if (!gravFolderUrl.isEmpty() && decoded.startsWith(gravFolderUrl)) {
        // Re-encode the rest so the single decoding step (and its checks) stays in one place.
        const QString rest = decoded.mid(gravFolderUrl.size());
        return resolvePageMediaRequest(pageFolder, QString::fromLatin1(QUrl::toPercentEncoding(rest)), why);
    }
    return resolvePageMediaRequest(pageFolder, encodedPath, why);
}

} // namespace GravDesk
