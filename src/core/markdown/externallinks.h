#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace GravDesk::Markdown {

/// Settings of the external_links plugin that change the HTML (site defaults).
struct ExternalLinksOptions
{
    QString siteUrl = QStringLiteral("https://hemcenter.kz"); ///< links containing it are internal
    QStringList excludeDomains;
    QStringList excludeClasses {QStringLiteral("exclude")};
    QStringList schemes {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"), QStringLiteral("irc"),
        QStringLiteral("mailto"), QStringLiteral("news"), QStringLiteral("nntp"), QStringLiteral("rtsp"), QStringLiteral("sftp"),
        QStringLiteral("ssh"), QStringLiteral("tel"), QStringLiteral("telnet"), QStringLiteral("webcal")};
    QString target = QStringLiteral("_blank");
    bool noFollow = true;
    bool active = true; ///< mode: active (classes are written)
};

/**
 * The external_links plugin's pass over the HTML (UTF-8 bytes): every
 * one-line `<a …>…</a>` (up to its first `</a>`) gets `target`, `rel` and
 * classes as the plugin sets them, and its text is written back as the
 * plugin's DOMDocument round trip does (libxml's tree and formatted output).
 * The start tag's unchanged attributes are kept as written, and so are named
 * entities other than &quot; and &apos;, which equals the plugin's output
 * after HTML normalisation; local image files are not measured (an image
 * link counts as `image`, not `icon`, unless width/height/style say 32 px or
 * less). The result goes to @p out; false when the HTML has no link (the
 * usual case: one memchr scan, @p out untouched).
 */
bool externalLinksPass(std::string_view html, const ExternalLinksOptions &options, std::string &out);

} // namespace GravDesk::Markdown
