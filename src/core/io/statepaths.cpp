#include "statepaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace GravDesk::StatePaths {

QString root()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return QDir::cleanPath(base + QStringLiteral("/gravdesk"));
}

QString siteFolder(const QString &siteRoot)
{
    const QFileInfo info(siteRoot);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    QString name = QFileInfo(canonical).fileName();
    // Keep the readable part to plain characters: it only helps a human find the folder.
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    if (name.isEmpty())
        name = QStringLiteral("site");
    return root() + QStringLiteral("/sites/") + name.left(40) + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString ensureSiteSubfolder(const QString &siteRoot, const QString &name)
{
    const QString path = siteFolder(siteRoot) + QLatin1Char('/') + name;
    if (!QDir().mkpath(path))
        return QString();
    return path;
}

} // namespace GravDesk::StatePaths
