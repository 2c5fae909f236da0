#pragma once

#include "markdown/parsedown.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace GravDesk::Markdown {

/**
 * Where a page sits in its site, as Grav's link and image processing needs
 * it (Excerpts.php, Uri::convertUrl). File-system paths are absolute and
 * canonical; routes have no language prefix and no base URL.
 */
struct LinkContext
{
    QString pagesDir; ///< the pages folder ("" when unknown: no file-system lookups)
    QString pagePath; ///< the page's folder ("" when unknown)
    QString relFolder; ///< the page's folder relative to pagesDir (null when unknown)
    QString route = QStringLiteral("/"); ///< the page's route ("/" for the home page)
    QString rawRoute = QStringLiteral("/"); ///< the home page's alias route, else route
    bool home = false;
    QString languagePrefix; ///< "/ru", or "" when the site has no languages
    QString baseUrl; ///< Grav's base URL ("" at the domain root)
    QString siteHost = QStringLiteral("hemcenter.kz");
    QString paramSeparator = QStringLiteral(":");
    QStringList validLinkAttributes {QStringLiteral("rel"), QStringLiteral("target"), QStringLiteral("id"),
        QStringLiteral("class"), QStringLiteral("classes")};
    QString themeName = QStringLiteral("bootstrap4-open-matter");
    QHash<QString, QString> folderRoutes; ///< page folder (absolute) → route
    QHash<QString, QString> routeFolders; ///< route → page folder (the smallest path for duplicates)
    QStringList mediaExtensions;
    bool actionCalls = false; ///< preview: data-grav-actions as `name(args);name(args)` (see gravrenderer.h)
};

/// Media of a page folder as Grav's Media class finds them: file name → absolute path.
QHash<QString, QString> pageMedia(const QString &folder, const QStringList &mediaExtensions);

/**
 * Grav's link/image hooks bound to one page. Holds a media cache; all
 * strings are Parsedown byte strings.
 */
class LinkProcessor
{
public:
    /// A URL split as PHP's parse_url() splits it (null members: absent).
    struct Url
    {
        QString scheme, user, pass, host, port, path, query, fragment;
        QVector<QPair<QString, QString>> params;
        bool stream = false;
    };
    explicit LinkProcessor(LinkContext context);
    /// Excerpts::processLinkExcerpt() (@p image: the URL of an image, no language prefix).
    void processLink(Element &a, bool image);
    /// Excerpts::processImageExcerpt(): a page medium becomes Grav's media element.
    void processImage(Element &img);
    QStringList warnings() const { return m_warnings; }

private:
    void convertUrl(Url &url, bool link);
    QString buildUrl(const Url &url) const;
    const QHash<QString, QString> &mediaOf(const QString &folder);
    void mediumElement(Element &img, const QString &file, const QString &folder, const QString &name, const Url &parts);

    LinkContext m_ctx;
    QHash<QString, QHash<QString, QString>> m_media;
    QStringList m_warnings;
};

} // namespace GravDesk::Markdown
