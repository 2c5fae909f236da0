#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace GravDesk {

class PageIndex;

/// A page folder that a change moves or renames: where it is and will be, and its routes before and after.
struct PageMove
{
    QString oldFolder; ///< absolute, clean
    QString newFolder; ///< absolute, clean
    QHash<QString, QString> oldRoutes; ///< language ("" on a site without languages) → route, e.g. "/news/slug"
    QHash<QString, QString> newRoutes;
};

/// One link target in a page file that a change rewrites.
struct LinkChange
{
    int line = 0; ///< 1-based line in the file
    QString before; ///< the target as written
    QString after;
};

/// A page file whose links a change rewrites: only the link targets differ between before and after.
struct PageLinkEdit
{
    QString path; ///< the file now (absolute)
    QByteArray before; ///< its bytes as read (the write expects exactly these on disk)
    QByteArray after;
    QList<LinkChange> changes;
    QList<LinkChange> unchanged; ///< links Grav resolves into a moved page that could not be rewritten (after: "")
};

/**
 * Finds the links to pages that move and rewrites them in the style they are written in: a route
 * (`/news/slug`, `/ru/news/slug/photo.jpg`), a path of page folders from the pages folder
 * (`/02.news/03.slug/file.pdf`), or a relative one (`../slug`, `../02.news/03.slug/photo.jpg`).
 *
 * A link counts when Grav resolves it into a moved page: each candidate goes through Grav's own link
 * processing (Markdown::LinkProcessor, with the site's routes) before it is rewritten. Links are found in
 * Markdown inline links and images, reference definitions, HTML `href`/`src` attributes and header values
 * that name paths (`image: ../03.slug/a.jpg`, comma-separated `media_order` entries); fenced code is left
 * alone. Files inside a moved folder also get their own relative links to pages outside it re-aimed, since
 * they now start from another place. Every byte but the link targets stays as it was.
 */
class LinkRewriter
{
public:
    explicit LinkRewriter(const PageIndex &index);
    ~LinkRewriter();
    LinkRewriter(const LinkRewriter &) = delete;
    LinkRewriter &operator=(const LinkRewriter &) = delete;

    /// The route of every language of @p node (key "" on a site without languages).
    QHash<QString, QString> routesOf(int node) const;
    /// The page at @p route in @p language (a route two pages share: the one Grav serves), -1 when none.
    int pageAt(const QString &language, const QString &route) const;
    /// The routes @p node would have as the child @p folderName of @p parent (its header slugs kept).
    QHash<QString, QString> routesAt(int node, int parent, const QString &folderName) const;

    /// Reads every page file of the site (in parallel, a quick byte search first) and returns those whose
    /// links change when @p moves happen. Files that cannot be read are skipped.
    QList<PageLinkEdit> edits(const QList<PageMove> &moves) const;
    /// The links of page file @p fileName of @p node, holding @p bytes, rewritten for @p moves.
    PageLinkEdit rewrite(int node, const QString &fileName, const QByteArray &bytes, const QList<PageMove> &moves) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace GravDesk
