#pragma once

#include "markdown/parsedown.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace GravDesk::Markdown {

/// What a path is, as PHP's file_exists() / is_file() see it (symbolic links followed).
enum class PathKind : quint8 { Missing, File, Folder, Other };
/// What @p path is, asked of the file system.
PathKind pathKind(const QString &path);

/// What rendering needs of a page folder's files.
struct FolderListing
{
    QHash<QString, QString> media; ///< media as Grav's Media class finds them: file name → absolute path
    QSet<QString> metaFiles; ///< names of `<file>.meta.yaml` side files
    bool hasFrontmatter = false; ///< a `frontmatter.yaml` is there
    bool found = false; ///< the folder exists (`readable` false then: it is something else, or not readable)
    bool readable = false; ///< the folder could be listed (else `entries` says nothing)
    QHash<QString, PathKind> entries; ///< every entry but `.` and `..`
};

/**
 * Folder listings shared by all the renders of one renderer (thread-safe).
 * A listing is reused while its folder's modification time is unchanged —
 * adding, removing or renaming a file changes it, so a page re-rendered
 * after an image import sees the image — and only once that time is old
 * enough that a change within the file system's timestamp granularity
 * cannot hide behind it. Costs one stat() per lookup.
 */
class FolderCache
{
public:
    explicit FolderCache(QStringList mediaExtensions);
    std::shared_ptr<const FolderListing> listing(const QString &folder);
    /// What @p path (absolute, clean) is: answered from its folder's listing, so a batch run over a site
    /// asks the file system once per folder instead of once per link (a stat() for anything unusual).
    PathKind kindOf(const QString &path);
    /// A folder read once is not looked at again (a batch run over a site that does not change meanwhile).
    void setSnapshot(bool snapshot) { m_snapshot = snapshot; }

private:
    struct Entry
    {
        qint64 modified = 0; ///< ns since the epoch
        bool trusted = false; ///< modified well before the listing was read
        std::shared_ptr<const FolderListing> listing;
    };
    const QStringList m_mediaExtensions;
    bool m_snapshot = false;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

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
    QString siteHost; ///< the host of the site's address ("" when it has none): images there are local
    QString paramSeparator = QStringLiteral(":");
    QStringList validLinkAttributes {QStringLiteral("rel"), QStringLiteral("target"), QStringLiteral("id"),
        QStringLiteral("class"), QStringLiteral("classes")};
    QString themeName = QStringLiteral("bootstrap4-open-matter");
    QHash<QString, QString> folderRoutes; ///< page folder (absolute) → route
    QHash<QString, QString> routeFolders; ///< route → page folder (the smallest path for duplicates)
    QStringList mediaExtensions;
    bool actionCalls = false; ///< preview: data-grav-actions as `name(args);name(args)` (see gravrenderer.h)
    FolderCache *folders = nullptr; ///< the renderer's listings (nullptr: no media)
    std::shared_ptr<const FolderListing> pageListing; ///< pagePath's listing, when the caller has it already
};

/// What a site's links can lead to, for checking them (built once per site; see checkLinkTarget()).
struct LinkTargets
{
    QString pagesDir; ///< absolute, clean
    QString userDir; ///< Grav's user/ folder ("" when unknown: `user://` links are not checked)
    QString gravRoot; ///< the Grav root ("" for a user/ folder or a Git Sync clone: root paths and streams outside user/ are not
                      ///< checked)
    QString baseUrl; ///< the path of the site's address ("" at the domain root)
    QString themeName = QStringLiteral("bootstrap4-open-matter");
    QString paramSeparator = QStringLiteral(":");
    QStringList languages; ///< a first path segment that is one of them is a language prefix
    QHash<QString, QString> routeFolders; ///< every page's route in every language (no prefix) → its folder (absolute)
};

/// Where a link or image URL leads, as checkLinkTarget() found it.
struct LinkCheck
{
    enum Status : quint8 {
        Skipped, ///< not a link to check: external, mailto:, an anchor, Twig, a stream or root path the site cannot answer
        Found, ///< a file, a page folder or a page route
        Missing, ///< nothing there
    } status = Skipped;
    QString target; ///< what was looked for: a path relative to the pages folder or the site, or a route
};

/**
 * Checks where @p url (as written in a page body: a Markdown link, image or reference definition, or an
 * HTML href/src) leads for the page in @p pagePath (absolute folder) with route @p pageRoute, the way
 * Grav's Excerpts resolve it: a file next to the page or `../other/file.pdf` on the file system, a path
 * from the pages folder (`/02.news/x/a.pdf`), a route (`/news/slug`, with or without a language prefix,
 * also a page's medium by route: `/news/slug/a.pdf`), a folder route relative to the page, a file under
 * the Grav root, and `user://` / `theme://` streams. The query, fragment and Grav parameters (`/key:value`)
 * are not part of the target.
 */
LinkCheck checkLinkTarget(const QString &url, const LinkTargets &site, const QString &pagePath, const QString &pageRoute);

/**
 * Grav's link/image hooks bound to one page. All strings are Parsedown
 * byte strings.
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
    /**
     * PHP 8.2's parse_url() of @p url as Grav calls it, on the (raw)urlencoded URL (Utils::multibyteParseUrl,
     * @p raw false; Uri::parseUrl, @p raw true) with the parts decoded again; nothing when parse_url() fails.
     * The port is PHP's number in decimal.
     */
    static std::optional<Url> parseUrl(QStringView url, bool raw = false);
    explicit LinkProcessor(LinkContext context);
    /// Excerpts::processLinkExcerpt() (@p image: the URL of an image, no language prefix).
    void processLink(Element &a, bool image);
    /// Excerpts::processImageExcerpt(): a page medium becomes Grav's media element.
    void processImage(Element &img);
    QStringList warnings() const { return m_warnings; }

private:
    void convertUrl(Url &url, bool link);
    PathKind kindOf(const QString &path) const;
    QString buildUrl(const Url &url) const;
    const FolderListing &listingOf(const QString &folder);
    void mediumElement(Element &img, const QString &file, const FolderListing &listing, const QString &folder,
        const QString &name, const Url &parts);

    LinkContext m_ctx;
    QHash<QString, std::shared_ptr<const FolderListing>> m_listings; // other folders than the page's, looked up once per render
    QStringList m_warnings;
};

} // namespace GravDesk::Markdown
