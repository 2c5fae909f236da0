#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>

namespace GravDesk::Markdown {

/// Settings of the external_links plugin that change the HTML (the plugin's defaults unless set).
struct ExternalLinksOptions
{
    /// The site's address: links matching it are internal. "" (a site without an address) matches every
    /// link, as the plugin's expression with an empty alternative does: then no link is external.
    QString siteUrl;
    QStringList excludeDomains; ///< exclude.domains, each a regular expression for the plugin (see below)
    QStringList excludeClasses {QStringLiteral("exclude")};
    QStringList schemes {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"), QStringLiteral("irc"),
        QStringLiteral("mailto"), QStringLiteral("news"), QStringLiteral("nntp"), QStringLiteral("rtsp"), QStringLiteral("sftp"),
        QStringLiteral("ssh"), QStringLiteral("tel"), QStringLiteral("telnet"), QStringLiteral("webcal")};
    QString target = QStringLiteral("_blank"); ///< "" for none (PHP's empty(): also for "0")
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

/**
 * The plugin's expression for links that are not external (ExternalLinks.php): the excluded domains and
 * the site's address, each as written and quoted with preg_quote(), joined with `|`, a quoted star and a
 * slash followed by a star replaced by `.*?`. A domain as written is a regular expression too (`.` matches any character, and a
 * domain starting with `*` makes the expression invalid, which PHP treats as no match). Non-ASCII bytes
 * are private-use characters, as the pass matches the UTF-8 bytes (case-insensitive for ASCII only).
 */
QString externalLinksInternalPattern(const ExternalLinksOptions &options);

} // namespace GravDesk::Markdown
