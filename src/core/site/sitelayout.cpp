#include "sitelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace GravDesk {

QString SiteLayout::kindName() const
{
    switch (kind) {
    case SiteLayoutKind::FullInstall: return QCoreApplication::translate("GravDesk::SiteLayout", "Grav installation");
    case SiteLayoutKind::UserFolder: return QCoreApplication::translate("GravDesk::SiteLayout", "user folder");
    case SiteLayoutKind::GitSyncClone: return QCoreApplication::translate("GravDesk::SiteLayout", "Git Sync clone");
    case SiteLayoutKind::Invalid: break;
    }
    return QCoreApplication::translate("GravDesk::SiteLayout", "not a Grav site");
}

static bool isDir(const QString &path)
{
    return QFileInfo(path).isDir();
}

static SiteLayout fromUserDir(const QString &root, const QString &userDir, SiteLayoutKind kind)
{
    SiteLayout l;
    l.kind = kind;
    l.root = root;
    l.userDir = userDir;
    l.pagesDir = QDir(userDir).filePath(QStringLiteral("pages"));
    l.configDir = QDir(userDir).filePath(QStringLiteral("config"));
    return l;
}

SiteLayout locateSite(const QString &path)
{
    SiteLayout bad;
    const QFileInfo info(path);
    if (!info.exists()) {
        bad.error = QCoreApplication::translate("GravDesk::SiteLayout", "%1 does not exist").arg(QDir::toNativeSeparators(path));
        return bad;
    }
    if (!info.isDir()) {
        bad.error = QCoreApplication::translate("GravDesk::SiteLayout", "%1 is not a folder").arg(QDir::toNativeSeparators(path));
        return bad;
    }
    const QString root = QDir::cleanPath(info.absoluteFilePath());
    const QDir dir(root);

    if (isDir(dir.filePath(QStringLiteral("user/pages")))) {
        SiteLayout l = fromUserDir(root, dir.filePath(QStringLiteral("user")), SiteLayoutKind::FullInstall);
        if (isDir(dir.filePath(QStringLiteral("system")))) {
            l.systemDir = dir.filePath(QStringLiteral("system"));
            l.systemConfigDir = dir.filePath(QStringLiteral("system/config"));
        }
        return l;
    }
    if (isDir(dir.filePath(QStringLiteral("pages")))) {
        const bool hasConfig = isDir(dir.filePath(QStringLiteral("config")));
        const bool isGit = QFileInfo::exists(dir.filePath(QStringLiteral(".git")));
        SiteLayout l = fromUserDir(root, root,
            (isGit && !hasConfig) || (!hasConfig && info.fileName() != QLatin1String("user")) ? SiteLayoutKind::GitSyncClone
                                                                                              : SiteLayoutKind::UserFolder);
        // A user/ folder inside a Grav root: use the root's system/ defaults too.
        const QDir parent(QFileInfo(root).absolutePath());
        if (info.fileName() == QLatin1String("user") && isDir(parent.filePath(QStringLiteral("system/config")))) {
            l.systemDir = parent.filePath(QStringLiteral("system"));
            l.systemConfigDir = parent.filePath(QStringLiteral("system/config"));
        }
        return l;
    }
    // The pages folder itself: its parent must look like a user/ folder (config/ or the name) or a Git Sync
    // clone (.git: a clone holds pages/ only), so that any folder named "pages" is not taken for a site.
    if (info.fileName() == QLatin1String("pages")) {
        const QString parentPath = QFileInfo(root).absolutePath();
        const QDir parentDir(parentPath);
        if (isDir(parentDir.filePath(QStringLiteral("config"))) || QFileInfo(parentPath).fileName() == QLatin1String("user")
            || QFileInfo::exists(parentDir.filePath(QStringLiteral(".git")))) {
            SiteLayout l = locateSite(parentPath);
            l.root = root;
            return l;
        }
    }
    bad.error = QCoreApplication::translate("GravDesk::SiteLayout",
        "%1 holds no Grav pages: expected user/pages/ (a Grav installation), pages/ (a user folder or a Git "
        "Sync clone)")
                    .arg(QDir::toNativeSeparators(root));
    return bad;
}

} // namespace GravDesk
