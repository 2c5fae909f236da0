#include "sitepolicy.h"

#include "io/pathwithin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace GravDesk {
namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SitePolicy::SitePolicy(const QString &siteRoot)
    : m_root(QDir::cleanPath(QDir(siteRoot).absolutePath()))
    , m_canonicalRoot(QFileInfo(m_root).canonicalFilePath())
{
    if (m_canonicalRoot.isEmpty())
        m_canonicalRoot = m_root;
}

IoResult SitePolicy::failure(IoResult::Error kind, const QString &error)
{
    IoResult r;
    r.kind = kind;
    r.error = error;
    return r;
}

QString SitePolicy::absolute(const QString &path) const
{
    return QDir::cleanPath(QDir::isAbsolutePath(path) ? path : m_root + QLatin1Char('/') + path);
}

bool SitePolicy::insideLexically(const QString &absolutePath) const
{
    return absolutePath != m_root && (isPathWithin(absolutePath, m_root) || isPathWithin(absolutePath, m_canonicalRoot));
}

bool SitePolicy::insideCanonical(const QString &canonicalPath) const
{
    return canonicalPath != m_canonicalRoot && isPathWithin(canonicalPath, m_canonicalRoot);
}

IoResult SitePolicy::resolveEntry(const QString &path, bool mustExist, QString &entry, bool allowFolder) const
{
    const QString abs = absolute(path);
    if (!insideLexically(abs))
        return failure(IoResult::Error::OutsideSite,
            QCoreApplication::translate("SiteWorkspace", "%1 is outside the site; GravDesk does not write there.")
                .arg(shown(abs)));
    const QFileInfo info(abs);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return failure(IoResult::Error::Failed,
            QCoreApplication::translate("SiteWorkspace", "The folder of %1 does not exist.").arg(shown(abs)));
    if (folder != m_canonicalRoot && !insideCanonical(folder))
        return failure(IoResult::Error::OutsideSite,
            QCoreApplication::translate(
                "SiteWorkspace", "%1 leads outside the site through a link; GravDesk does not write there.")
                .arg(shown(abs)));
    entry = folder + QLatin1Char('/') + info.fileName();
    struct stat st;
    if (::lstat(QFile::encodeName(entry).constData(), &st) != 0) {
        if (mustExist)
            return failure(
                IoResult::Error::Failed, QCoreApplication::translate("SiteWorkspace", "%1 does not exist.").arg(shown(abs)));
        IoResult ok;
        ok.ok = true;
        return ok;
    }
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode) && !(allowFolder && S_ISDIR(st.st_mode)))
        return failure(IoResult::Error::NotRegular,
            QCoreApplication::translate("SiteWorkspace", "%1 is not a regular file; GravDesk does not change it.")
                .arg(shown(abs)));
    IoResult ok;
    ok.ok = true;
    return ok;
}

IoResult SitePolicy::resolveForWrite(const QString &path, QString &target) const
{
    QString entry;
    IoResult r = resolveEntry(path, false, entry);
    if (!r.ok)
        return r;
    const QString abs = absolute(path);
    const QByteArray native = QFile::encodeName(entry);
    struct stat st;
    if (::lstat(native.constData(), &st) != 0) {
        target = entry;
        return r;
    }
    if (S_ISLNK(st.st_mode)) {
        // A link inside the site is written through so it stays a link; one leading out is refused.
        const QString real = QFileInfo(entry).canonicalFilePath();
        if (real.isEmpty())
            return failure(IoResult::Error::NotRegular,
                QCoreApplication::translate("SiteWorkspace", "%1 is a link to nothing; GravDesk does not write through it.")
                    .arg(shown(abs)));
        if (!insideCanonical(real))
            return failure(IoResult::Error::OutsideSite,
                QCoreApplication::translate(
                    "SiteWorkspace", "%1 is a link to %2, outside the site; GravDesk does not write there.")
                    .arg(shown(abs), shown(real)));
        target = real;
        if (::stat(QFile::encodeName(real).constData(), &st) != 0)
            return failure(
                IoResult::Error::Failed, QCoreApplication::translate("SiteWorkspace", "%1 cannot be read.").arg(shown(abs)));
    } else {
        target = entry;
    }
    if (!S_ISREG(st.st_mode))
        return failure(IoResult::Error::NotRegular,
            QCoreApplication::translate("SiteWorkspace", "%1 is not a regular file; GravDesk does not change it.")
                .arg(shown(abs)));
    // The mode bits as well as access(): a file made read-only on purpose stays so even for root.
    if ((st.st_mode & 0222) == 0 || ::access(QFile::encodeName(target).constData(), W_OK) != 0)
        return failure(IoResult::Error::ReadOnly,
            QCoreApplication::translate("SiteWorkspace", "%1 is read-only; use Save As.").arg(shown(abs)));
    return r;
}

} // namespace GravDesk
