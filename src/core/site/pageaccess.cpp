#include "pageaccess.h"

#include "io/safefile.h"
#include "site/sitelayout.h"

#include <QDir>
#include <QFileInfo>

namespace GravDesk {

QString siteRootOfPage(const QString &pageFile)
{
    // Lexically, as the user named it: a page reached through a link from elsewhere is not in this site.
    QDir dir(QFileInfo(pageFile).absolutePath());
    for (int i = 0; i < 64; ++i) {
        if (dir.dirName() == QLatin1String("pages")) {
            const SiteLayout layout = locateSite(dir.absolutePath());
            if (layout.isValid())
                return layout.root;
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

QString pageReadOnlyReason(const QString &pageFile)
{
    const QString root = siteRootOfPage(pageFile);
    if (!root.isEmpty())
        return readOnlyReason(pageFile, root);
    // No site: nothing to leave; only the file's own permission.
    const QFileInfo info(pageFile);
    return readOnlyReason(pageFile, info.canonicalPath().isEmpty() ? info.absolutePath() : info.canonicalPath());
}

} // namespace GravDesk
