#include "site/sitesettings.h"

#include "io/safefile.h"
#include "site/sitelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace GravDesk::SiteSettings {

QString filePath(const SiteLayout &layout)
{
    return layout.configDir + QStringLiteral("/plugins/gravdesk.yaml");
}

QString normalizedSiteUrl(const QString &input, QString *error)
{
    QString text = input.trimmed();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QString why;
    if (text.isEmpty())
        why = QCoreApplication::translate("GravDesk::SiteSettings", "the address is empty");
    else if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        why = QCoreApplication::translate("GravDesk::SiteSettings", "the address must start with http:// or https://");
    else if (url.host().isEmpty())
        why = QCoreApplication::translate("GravDesk::SiteSettings", "the address has no host name");
    else if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty() || text.contains(QLatin1Char('\'')))
        why = QCoreApplication::translate("GravDesk::SiteSettings", "the address must be only the site's scheme, host and path");
    if (error)
        *error = why;
    return why.isEmpty() ? text : QString();
}

IoResult saveSiteUrl(SiteWorkspace &workspace, const QString &url)
{
    const SiteLayout &layout = workspace.layout();
    const QString path = filePath(layout);
    QByteArray before;
    bool exists = false;
    const FileRead current = readRegularFile(path);
    if (current.ok) {
        before = current.bytes;
        exists = true;
    } else if (current.kind != FileRead::Error::NotFound) {
        IoResult r;
        r.error = current.error;
        r.kind = IoResult::Error::Failed;
        return r;
    }
    for (const QString &folder : QStringList {layout.configDir, layout.configDir + QStringLiteral("/plugins")}) {
        if (QFileInfo(folder).isDir())
            continue;
        const IoResult made = workspace.makeFolder(folder);
        if (!made.ok && !QFileInfo(folder).isDir())
            return made;
    }
    // a single-quoted YAML scalar: only `'` would need escaping, and normalizedSiteUrl() refuses it
    const QByteArray line = "site_url: '" + url.toUtf8() + "'";
    QList<QByteArray> lines = before.split('\n');
    if (!before.isEmpty() && before.endsWith('\n'))
        lines.removeLast();
    bool replaced = false;
    for (QByteArray &l : lines) {
        if (l.startsWith("site_url:") || l.startsWith("site_url :")) {
            l = line;
            replaced = true;
            break;
        }
    }
    if (!replaced) {
        if (lines.size() == 1 && lines.first().isEmpty())
            lines.clear();
        lines.append(line);
    }
    WriteOptions options;
    options.expectedCurrent = before; // someone else's change in between is not overwritten
    options.expectNew = !exists;
    return workspace.write(path, lines.join('\n') + '\n', options);
}

} // namespace GravDesk::SiteSettings
