// The page.content pipeline of Grav 1.7 (Page::content() with the cache off) for one page file:
// raw plugins → Markdown → external_links → shortcodes → summary delimiter removal.
#include "markdown/gravrenderer.h"

#include "io/safefile.h"
#include "markdown/externallinks.h"
#include "markdown/gravlinks.h"
#include "markdown/parsedown.h"
#include "markdown/parsedownparts.h"
#include "markdown/shortcodes.h"
#include "page/envelope.h"
#include "page/frontmatter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace GravDesk {

using namespace Markdown;

namespace {

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QDir::cleanPath(path) : c;
}

bool truthy(const QVariant &v, bool fallback)
{
    if (!v.isValid() || v.isNull())
        return fallback;
    if (v.typeId() == QMetaType::QString)
        return !v.toString().isEmpty() && v.toString() != QStringLiteral("0");
    return v.toBool();
}

// A plugin's settings (@p site: its defaults with the site's settings over them) with the page header's
// block of the same name over them (Grav's pluginConfig).
QVariantMap pluginConfig(const QVariantMap &site, const QString &plugin, const QVariantMap &header)
{
    const auto it = header.constFind(plugin);
    if (it == header.constEnd() || !it->isValid() || it->isNull())
        return site;
    if (it->typeId() == QMetaType::Bool) {
        QVariantMap cfg = site;
        cfg.insert(QStringLiteral("enabled"), it->toBool());
        return cfg;
    }
    return SiteConfig::merged(site, it->toMap());
}

// @p base with the page header's map @p key over it, key by key (a header without it: @p base itself).
QVariantMap withHeaderKeys(const QVariantMap &base, const QVariantMap &header, const QString &key)
{
    const auto it = header.constFind(key);
    if (it == header.constEnd())
        return base;
    QVariantMap out = base;
    const QVariantMap over = it->toMap();
    for (auto o = over.cbegin(); o != over.cend(); ++o)
        out.insert(o.key(), o.value());
    return out;
}

// The language of a page file named `<stem>.<lang>.md` (neither part with a dot), else "".
QStringView fileNameLanguage(const QString &filePath)
{
    QStringView name(filePath);
    name = name.mid(name.lastIndexOf(QChar(u'/')) + 1);
    if (!name.endsWith(QLatin1String(".md")))
        return {};
    name.chop(3);
    const qsizetype dot = name.indexOf(QChar(u'.'));
    if (dot < 0 || dot + 1 == name.size() || name.indexOf(QChar(u'.'), dot + 1) >= 0)
        return {};
    return name.mid(dot + 1);
}

const QStringList &registeredShortcodes()
{
    static const QStringList names = QStringLiteral(
        "center left right justify color columns details div figure fa h1 h2 h3 h4 h5 h6 lang lorem mark notice raw "
        "safe-email section size span u owl-carousel youtube badge button clearboth embedly h5p hideifembedded "
        "markdownfile pdf showifembedded speakerdeck twitter wcstopnote iframe")
                                         .split(QChar(u' '));
    return names;
}

QString frontmatterErrorMarkdown(
    const QString &lang, const QString &slug, const QString &path, const QString &message, const QString &raw)
{
    if (lang == QStringLiteral("ru"))
        return QStringLiteral(
            "---\ntitle: %1\n---\n\n# Ошибка: недопустимое содержимое Frontmatter\n\nПуть: `%2`\n\n**%3**\n\n```\n%4\n```")
            .arg(slug, path, message, raw);
    return QStringLiteral("---\ntitle: %1\n---\n\n# Error: Invalid Frontmatter\n\nPath: `%2`\n\n**%3**\n\n```\n%4\n```")
        .arg(slug, path, message, raw);
}

// The header keys that override the site's settings of the passes (Switches); `summary` is read only for page.summary.
bool overridesSwitches(const QVariantMap &header)
{
    static const QStringList keys {QStringLiteral("process"), QStringLiteral("markdown"), QStringLiteral("shortcode-core"),
        QStringLiteral("youtube"), QStringLiteral("external_links")};
    return std::any_of(keys.cbegin(), keys.cend(), [&header](const QString &k) { return header.contains(k); });
}

} // namespace

// What the site's settings and a page's header decide about the passes of its render.
struct GravRenderer::Switches
{
    bool processMarkdown = true;
    bool processTwig = false;
    bool shortcodesActive = true;
    bool shortcodesEnabled = true;
    bool youtube = true;
    bool externalLinks = true; ///< enabled, process on, mode active or passive
    bool externalLinksActive = true;
    bool markdownExtra = false; ///< asked for, not supported
    ParsedownOptions markdown; ///< without the per-render parts (preview, time budget, line map)
};

GravRenderer::Switches GravRenderer::switches(const QVariantMap &header) const
{
    Switches w;
    const QVariantMap process = withHeaderKeys(m_settings.process, header, QStringLiteral("process"));
    w.processMarkdown = truthy(process.value(QStringLiteral("markdown")), true);
    w.processTwig = truthy(process.value(QStringLiteral("twig")), false);
    const QVariantMap sc = pluginConfig(m_settings.shortcodeCore, QStringLiteral("shortcode-core"), header);
    w.shortcodesActive = truthy(sc.value(QStringLiteral("active")), true);
    w.shortcodesEnabled = truthy(sc.value(QStringLiteral("enabled")), true);
    w.youtube
        = truthy(pluginConfig(m_settings.youtube, QStringLiteral("youtube"), header).value(QStringLiteral("enabled")), true);
    const QVariantMap el = pluginConfig(m_settings.externalLinks, QStringLiteral("external_links"), header);
    const QString elMode = el.value(QStringLiteral("mode")).toString().toLower();
    w.externalLinks = truthy(el.value(QStringLiteral("enabled")), true) && truthy(el.value(QStringLiteral("process")), true)
        && (elMode == QStringLiteral("active") || elMode == QStringLiteral("passive"));
    w.externalLinksActive = elMode == QStringLiteral("active");

    const QVariantMap md = withHeaderKeys(m_settings.markdown, header, QStringLiteral("markdown"));
    ParsedownOptions &po = w.markdown;
    po.breaksEnabled = truthy(md.value(QStringLiteral("auto_line_breaks")), false);
    po.urlsLinked = truthy(md.value(QStringLiteral("auto_url_links")), false);
    po.markupEscaped = truthy(md.value(QStringLiteral("escape_markup")), false);
    if (md.contains(QStringLiteral("special_chars"))) {
        po.specialChars.clear();
        const QVariantMap chars = md.value(QStringLiteral("special_chars")).toMap();
        for (auto it = chars.cbegin(); it != chars.cend(); ++it)
            if (!it.key().isEmpty())
                po.specialChars.append({QChar(it.key().at(0)), it.value().toString()});
    }
    w.markdownExtra = truthy(md.value(QStringLiteral("extra")), false);
    po.shortcodeBlocks = m_settings.shortcodeBlocks;
    po.shortcodeNames = registeredShortcodes();
    po.notices = m_settings.notices;
    return w;
}

void GravRenderer::prepare()
{
    Settings &s = m_settings;
    s.mediaExtensions = m_config.mediaExtensions();
    s.validLinkAttributes = m_config.stringList(QStringLiteral("system.pages.markdown.valid_link_attributes"));
    s.paramSeparator = m_config.paramSeparator();
    s.forceLowercase = m_config.forceLowercaseUrls();
    s.homeAlias = s.forceLowercase ? m_config.homeAlias().toLower() : m_config.homeAlias();
    s.process = m_config.value(QStringLiteral("system.pages.process")).toMap();
    s.markdown = m_config.value(QStringLiteral("system.pages.markdown")).toMap();
    const QVariantMap plugins = m_config.value(QStringLiteral("plugins")).toMap();
    const auto site = [&plugins](const QVariantMap &defaults, const QString &plugin) {
        return SiteConfig::merged(defaults, plugins.value(plugin).toMap());
    };
    s.shortcodeCore
        = site({{QStringLiteral("enabled"), true}, {QStringLiteral("active"), true}}, QStringLiteral("shortcode-core"));
    s.youtube = site({{QStringLiteral("enabled"), true}}, QStringLiteral("youtube"));
    s.externalLinks = site({{QStringLiteral("enabled"), true}, {QStringLiteral("process"), true},
                               {QStringLiteral("mode"), QStringLiteral("active")}},
        QStringLiteral("external_links"));
    s.shortcodeBlocks = truthy(m_config.value(QStringLiteral("plugins.shortcode-core.enabled")), true);
    s.notices = truthy(m_config.value(QStringLiteral("plugins.markdown-notices.enabled")), true);
    s.summary = m_config.value(QStringLiteral("site.summary")).toMap();
    s.delimiter = m_config.summaryDelimiter().isEmpty() ? QStringLiteral("===") : m_config.summaryDelimiter();
    s.delimiterParagraph = "<p>" + s.delimiter.toStdString() + "</p>";
    s.defaultSiteUrl = RenderOptions().siteUrl;
    s.defaultSiteHost = QUrl(s.defaultSiteUrl).host();
    m_folders = std::make_shared<FolderCache>(s.mediaExtensions);
    s.defaults = std::make_shared<const Switches>(switches({}));
}

GravRenderer::GravRenderer()
    : m_languages {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}
    , m_defaultLanguage(QStringLiteral("kk"))
{
    // without a site, the languages of the built-in (hemcenter) configuration, as the oracle uses
    prepare();
    for (const QString &lang : std::as_const(m_languages)) {
        m_folderRoutes.insert(lang, {});
        m_routeFolders.insert(lang, {});
    }
}

GravRenderer::GravRenderer(const PageIndex &index)
    : m_config(index.config)
    , m_layout(index.layout)
    , m_languages(index.config.languages())
    , m_defaultLanguage(index.config.defaultLanguage())
{
    const QVariant include = m_config.value(QStringLiteral("system.languages.include_default_lang"));
    m_includeDefaultLanguage = !(include.typeId() == QMetaType::Bool && !include.toBool());
    prepare();
    if (!index.layout.pagesDir.isEmpty()) {
        m_pagesDir = canonical(index.layout.pagesDir);
        m_gravRoot = m_pagesDir.endsWith(QStringLiteral("/user/pages")) ? m_pagesDir.chopped(11) : QString();
    }
    // Canonical page folders, resolved once: a folder's is its parent's plus its name unless it is a symlink
    // (the scan's listing saw which are: no lstat() here, nor realpath()'s walk over every path component).
    QStringList canonicalOf(index.size());
    const QString given = QDir::cleanPath(index.layout.pagesDir); // the node paths below it are clean too
    m_canonicalFolders.reserve(2 * index.size());
    if (!m_pagesDir.isEmpty() && index.size() > 0) {
        canonicalOf[0] = m_pagesDir;
        m_canonicalFolders.insert(given, m_pagesDir);
        m_canonicalFolders.insert(m_pagesDir, m_pagesDir);
    }
    for (int n = 1; n < index.size(); ++n) {
        const PageNode &node = index.nodes[n];
        const QString path = given + QChar(u'/') + node.relPath;
        const int parent = node.parent;
        const bool derived = parent >= 0 && parent < n && !canonicalOf.at(parent).isEmpty() && !node.isSymLink;
        canonicalOf[n] = derived ? canonicalOf.at(parent) + QChar(u'/') + node.folderName : canonical(path);
        m_canonicalFolders.insert(path, canonicalOf.at(n));
        if (canonicalOf.at(n) != path) // a site below a symlink, or a linked folder
            m_canonicalFolders.insert(canonicalOf.at(n), canonicalOf.at(n));
    }
    QStringList langs = m_languages;
    if (langs.isEmpty())
        langs.append(QString());
    QString homeAlias = m_config.homeAlias();
    if (m_config.forceLowercaseUrls())
        homeAlias = homeAlias.toLower();
    for (const QString &lang : std::as_const(langs)) {
        QHash<QString, QString> folders, routes;
        folders.reserve(index.size());
        routes.reserve(index.size());
        const QStringList nodeRoutes = index.routes(lang);
        for (int n = 1; n < index.size(); ++n) {
            const QString &folder = canonicalOf.at(n);
            const QString &route = nodeRoutes.at(n);
            folders.insert(folder, route);
            const auto it = routes.constFind(route);
            if (it == routes.constEnd() || folder < *it) // duplicates: the smallest folder, deterministically
                routes.insert(route, folder);
        }
        if (routes.contains(homeAlias)) {
            routes.insert(QStringLiteral("/"), routes.value(homeAlias));
            folders.insert(routes.value(homeAlias), QStringLiteral("/"));
        }
        m_folderRoutes.insert(lang, folders);
        m_routeFolders.insert(lang, routes);
    }
}

// The canonical folder of a page file: a string lookup for the index's page folders, the file system for others.
QString GravRenderer::canonicalFolder(const QString &filePath) const
{
    // an absolute, clean path is its own absolute path: found as it is
    const qsizetype slash = filePath.lastIndexOf(QChar(u'/'));
    const auto known = slash > 0 ? m_canonicalFolders.constFind(filePath.left(slash)) : m_canonicalFolders.constEnd();
    return known != m_canonicalFolders.constEnd() ? *known : canonical(QFileInfo(filePath).absolutePath());
}

void GravRenderer::setSnapshot(bool snapshot)
{
    m_folders->setSnapshot(snapshot);
}

RenderResult GravRenderer::renderFile(const QString &filePath, const RenderOptions &options) const
{
    // Only a regular file within the size limit: a FIFO would block, /dev/zero never end.
    FileRead file = readRegularFile(filePath);
    if (!file.ok) {
        RenderResult r;
        r.ok = false;
        r.error = file.error;
        return r;
    }
    return render(file.bytes, filePath, options);
}

RenderResult GravRenderer::render(const QByteArray &fileBytes, const QString &filePath, const RenderOptions &o) const
{
    RenderResult res;
    const QStringList &languages = m_languages;

    QString lang = o.language;
    if (lang.isEmpty() && !filePath.isEmpty()) {
        const QStringView fromName = fileNameLanguage(filePath);
        if (!fromName.isEmpty() && languages.contains(fromName))
            lang = fromName.toString();
    }
    if (lang.isEmpty())
        lang = m_defaultLanguage;

    Envelope env = splitEnvelope(fileBytes);
    QVariantMap header;
    if (env.hasHeader) {
        // the header keys render() reads (the others are checked, not built)
        static const QList<QByteArrayView> renderKeys {
            "slug", "routes", "process", "markdown", "shortcode-core", "youtube", "external_links", "summary"};
        HeaderBudget budget;
        budget.onlyKeys = &renderKeys;
        const HeaderParse hp = parseHeader(env.headerText, budget);
        if (!hp.accepted) {
            res.headerRejected = true;
            res.warnings.append(QStringLiteral("header rejected: %1 (Grav shows its Invalid Frontmatter page)").arg(hp.error));
            const QString slug = filePath.isEmpty()
                ? QStringLiteral("page")
                : QFileInfo(filePath).absoluteDir().dirName().remove(QRegularExpression(QStringLiteral("^[0-9]+\\.")));
            QString shown = filePath;
            if (!m_gravRoot.isEmpty() && canonical(filePath).startsWith(m_gravRoot + QChar(u'/')))
                shown = canonical(filePath).mid(m_gravRoot.size() + 1);
            QString raw = QString::fromUtf8(fileBytes);
            while (raw.startsWith(QChar(0xFEFF)))
                raw.remove(0, 1);
            raw.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QChar(u'\r'), QChar(u'\n'));
            env = splitEnvelope(frontmatterErrorMarkdown(lang, slug, shown, hp.error, raw).toUtf8());
        } else {
            header = hp.values;
        }
    }
    const QString fileDir = filePath.isEmpty() ? QString() : canonicalFolder(filePath);
    const std::shared_ptr<const FolderListing> listing = m_folders->listing(fileDir);
    if (listing->hasFrontmatter) {
        const FileRead fm = readRegularFile(fileDir + QStringLiteral("/frontmatter.yaml"));
        if (fm.ok) {
            const HeaderParse hp = parseHeader(fm.bytes);
            if (hp.accepted)
                header = SiteConfig::merged(hp.values, header);
            else
                res.warnings.append(QStringLiteral("frontmatter.yaml not parsable: ") + hp.error);
        }
    }

    // Where the page is: its folder, route and the site's route maps for its language.
    LinkContext ctx;
    const QString mapLang = languages.isEmpty() ? QString() : lang;
    ctx.folderRoutes = m_folderRoutes.value(mapLang);
    ctx.routeFolders = m_routeFolders.value(mapLang);
    ctx.pagesDir = m_pagesDir;
    ctx.mediaExtensions = m_settings.mediaExtensions;
    ctx.baseUrl = o.baseUrl;
    ctx.siteHost = o.siteUrl == m_settings.defaultSiteUrl ? m_settings.defaultSiteHost : QUrl(o.siteUrl).host();
    ctx.folders = m_folders.get();
    ctx.paramSeparator = m_settings.paramSeparator;
    ctx.actionCalls = o.previewPlaceholders;
    const QStringList &valid = m_settings.validLinkAttributes;
    if (!valid.isEmpty())
        ctx.validLinkAttributes = valid;
    if (!languages.isEmpty()) {
        const bool include = !(m_defaultLanguage == lang && !m_includeDefaultLanguage);
        ctx.languagePrefix = include ? QChar(u'/') + lang : QString();
    }
    if (!m_pagesDir.isEmpty() && !fileDir.isEmpty()
        && QString(fileDir + QChar(u'/')).startsWith(QString(m_pagesDir + QChar(u'/')))) {
        ctx.pagePath = fileDir;
        ctx.relFolder = fileDir.mid(m_pagesDir.size() + 1);
    } else if (!o.pageFolder.isEmpty()) {
        ctx.relFolder = o.pageFolder;
        while (ctx.relFolder.endsWith(QChar(u'/')))
            ctx.relFolder.chop(1);
        while (ctx.relFolder.startsWith(QChar(u'/')))
            ctx.relFolder.remove(0, 1);
        if (!m_pagesDir.isEmpty() && QFileInfo(m_pagesDir + QChar(u'/') + ctx.relFolder).isDir())
            ctx.pagePath = canonical(m_pagesDir + QChar(u'/') + ctx.relFolder);
        else
            ctx.pagePath = fileDir;
    } else {
        ctx.pagePath = fileDir;
    }
    if (ctx.pagePath == fileDir)
        ctx.pageListing = listing;
    const QString headerSlug = header.value(QStringLiteral("slug")).toString();
    const QString routesDefault = header.value(QStringLiteral("routes")).toMap().value(QStringLiteral("default")).toString();
    if (!ctx.pagePath.isEmpty() && ctx.folderRoutes.contains(ctx.pagePath)) {
        ctx.route = ctx.folderRoutes.value(ctx.pagePath);
        if (!headerSlug.isEmpty()) {
            QString parent = ctx.route.left(ctx.route.lastIndexOf(QChar(u'/')));
            ctx.route = parent + QChar(u'/') + headerSlug;
        }
        if (!routesDefault.isEmpty())
            ctx.route = routesDefault;
    } else if (!ctx.relFolder.isEmpty()) {
        QStringList segs;
        static const QRegularExpression prefix(QStringLiteral("^[0-9]+\\."));
        for (QString s : ctx.relFolder.split(QChar(u'/'))) {
            s.remove(prefix);
            segs.append(m_settings.forceLowercase ? s.toLower() : s);
        }
        if (!headerSlug.isEmpty())
            segs.last() = headerSlug;
        ctx.route = QChar(u'/') + segs.join(QChar(u'/'));
    } else {
        ctx.route = QStringLiteral("/");
    }
    ctx.rawRoute = ctx.route;
    const QString &homeAlias = m_settings.homeAlias;
    if (ctx.route == homeAlias || ctx.route == QStringLiteral("/")) {
        ctx.home = true;
        ctx.rawRoute = homeAlias;
        ctx.route = QStringLiteral("/");
    }
    if (ctx.relFolder.isNull() && ctx.pagePath.isEmpty())
        res.warnings.append(QStringLiteral("page folder unknown: page media cannot be resolved"));

    // the passes as the site's settings and the header decide them (most headers override none)
    std::optional<Switches> own;
    if (overridesSwitches(header))
        own = switches(header);
    const Switches &sw = own ? *own : *m_settings.defaults;

    QByteArray markdown = env.body; // UTF-8 bytes from here to the result (shared, not copied)
    if (markdown.size() > o.maxInputBytes) {
        markdown.truncate(o.maxInputBytes);
        res.truncated = true;
        res.warnings.append(
            QStringLiteral("page body longer than %1 bytes: only its beginning is rendered").arg(o.maxInputBytes));
    }
    if (sw.shortcodesActive && !sw.shortcodesEnabled) {
        markdown.clear(); // ShortcodeManager returns null content: Grav empties the page
        res.warnings.append(QStringLiteral("shortcode-core enabled:false in the page header empties the content (Grav quirk)"));
    }
    // preview: which line of the page file each line of the Markdown text comes from
    QVector<int> lineMap;
    if (o.sourceLines) {
        const QByteArray prefix = env.raw.left(env.bodyOffset);
        int bodyLine = 1;
        for (qsizetype i = 0; i < prefix.size(); ++i)
            if (prefix.at(i) == '\n' || (prefix.at(i) == '\r' && (i + 1 >= prefix.size() || prefix.at(i + 1) != '\n')))
                ++bodyLine;
        if (res.headerRejected)
            bodyLine = 1;
        const int lines = static_cast<int>(markdown.count('\n')) + 1;
        lineMap.reserve(lines);
        for (int i = 0; i < lines; ++i)
            lineMap.append(bodyLine + i);
    }
    if (sw.youtube) {
        std::string embedded;
        const std::string_view text(markdown.constData(), static_cast<size_t>(markdown.size()));
        if (o.sourceLines) {
            QVector<int> ytMap;
            if (youtubeRawPass(text, embedded, &ytMap))
                markdown = QByteArray(embedded.data(), static_cast<qsizetype>(embedded.size()));
            QVector<int> mapped;
            mapped.reserve(ytMap.size());
            for (int from : std::as_const(ytMap))
                mapped.append(from < lineMap.size() ? lineMap.at(from) : lineMap.value(lineMap.size() - 1, 1));
            lineMap = mapped;
        } else if (youtubeRawPass(text, embedded)) {
            markdown = QByteArray(embedded.data(), static_cast<qsizetype>(embedded.size()));
        }
    }

    QStringList warnings;
    std::string rendered; // the page's HTML, UTF-8
    if (sw.processMarkdown) {
        ParsedownOptions po = sw.markdown;
        if (sw.markdownExtra)
            res.warnings.append(QStringLiteral("markdown.extra is not supported: rendered with plain Parsedown"));
        po.sourceLines = o.sourceLines;
        po.lineMap = lineMap;
        po.previewPlaceholders = o.previewPlaceholders;
        po.maxMs = o.maxMarkdownMs;

        LinkProcessor links(std::move(ctx));
        LinkHooks hooks;
        hooks.link = [&links](Element &a, bool image) { links.processLink(a, image); };
        hooks.image = [&links](Element &img) { links.processImage(img); };
        Parsedown parsedown(po, hooks);

        static const QString tokA = QStringLiteral("/Tw9"), tokB = QStringLiteral("k7Q/");
        if (sw.processTwig) { // rare: the byte string QString the expressions were written for
            QString content = fromBytes(markdown);
            for (const char *pattern : {"(\\{#.*?#\\})", "(\\{\\{.*?\\}\\})", "(\\{%.*?%\\})"}) {
                const QRegularExpression re = cachedRegex(QString::fromLatin1(pattern));
                QString out;
                int last = 0;
                auto it = re.globalMatch(content);
                while (it.hasNext()) {
                    const auto m = it.next();
                    out += content.mid(last, m.capturedStart(0) - last) + tokA
                        + QString::fromLatin1(toBytes(m.captured(1)).toBase64()) + tokB;
                    last = static_cast<int>(m.capturedEnd(0));
                }
                content = out + content.mid(last);
            }
            markdown = toBytes(content);
        }
        rendered = parsedown.text(std::string_view(markdown.constData(), static_cast<size_t>(markdown.size())));
        if (parsedown.timedOut()) {
            res.truncated = true;
            res.warnings.append(QStringLiteral("Markdown took longer than %1 ms: the rest of the page is shown as plain text")
                                    .arg(o.maxMarkdownMs));
        }
        if (sw.processTwig) {
            static const QRegularExpression back(QStringLiteral("/Tw9([A-Za-z0-9+/]+={0,2})k7Q/"));
            const QString content = toByteString(rendered);
            QString out;
            int last = 0;
            auto it = back.globalMatch(content);
            while (it.hasNext()) {
                const auto m = it.next();
                out += content.mid(last, m.capturedStart(0) - last) + fromBytes(QByteArray::fromBase64(toBytes(m.captured(1))));
                last = static_cast<int>(m.capturedEnd(0));
            }
            rendered = toBytes(out + content.mid(last)).toStdString();
        }
        warnings += links.warnings();
    } else {
        rendered.assign(markdown.constData(), static_cast<size_t>(markdown.size()));
    }
    markdown.clear();

    if (o.externalLinks && sw.externalLinks) {
        ExternalLinksOptions eo;
        eo.siteUrl = o.siteUrl;
        eo.active = sw.externalLinksActive;
        std::string linked;
        if (externalLinksPass(rendered, eo, linked))
            rendered.swap(linked);
    }
    if (sw.shortcodesActive && sw.shortcodesEnabled) {
        ShortcodeOptions so;
        so.owlIdsFromMd5 = o.owlIdsFromMd5;
        so.registeredNames = registeredShortcodes();
        so.previewPlaceholders = o.previewPlaceholders;
        ShortcodeProcessor proc(so);
        std::string processed;
        if (proc.process(rendered, processed))
            rendered.swap(processed);
        warnings += proc.warnings();
    }
    if (sw.processTwig)
        warnings.append(QStringLiteral("process.twig is on for this page: Twig is left unprocessed"));

    if (o.sourceLines) {
        std::string marked;
        if (applySourceLineMarkers(rendered, marked))
            rendered.swap(marked);
        // the delimiter paragraph must still be found (and removed) with its line number on it:
        // `<p data-gd-line="N">` before the delimiter and `</p>` becomes `<p>`
        constexpr std::string_view numbered = "<p data-gd-line=\"";
        const std::string_view delimited = std::string_view(m_settings.delimiterParagraph).substr(3); // DELIMITER</p>
        std::string unnumbered;
        size_t last = 0;
        for (size_t at = rendered.find(numbered); at != std::string::npos; at = rendered.find(numbered, at + 1)) {
            size_t end = at + numbered.size();
            const size_t digits = end;
            while (end < rendered.size() && isDigit(rendered[end]))
                ++end;
            if (end == digits || rendered.compare(end, 2, "\">") != 0)
                continue;
            end += 2;
            if (rendered.compare(end, delimited.size(), delimited) == 0) {
                unnumbered.append(rendered, last, at - last);
                unnumbered += "<p>";
                last = end;
            }
        }
        if (last > 0) {
            unnumbered.append(rendered, last);
            rendered.swap(unnumbered);
        }
    }
    if (o.previewPlaceholders) {
        std::string placed;
        if (twigPlaceholders(rendered, placed))
            rendered.swap(placed);
    }
    // page.content is copied once out of the rendered bytes (without every delimiter paragraph, as
    // QByteArray::replace() would remove them) and converted to text once, as is the summary's part.
    const std::string_view withDelimiter(rendered);
    const std::string &delimiterParagraph = m_settings.delimiterParagraph;
    const size_t delimiterFound = withDelimiter.find(delimiterParagraph);
    const qsizetype delimiterAt = delimiterFound == std::string_view::npos ? -1 : static_cast<qsizetype>(delimiterFound);
    QByteArray html;
    if (!o.keepSummaryDelimiter && delimiterAt >= 0) {
        html.reserve(static_cast<qsizetype>(withDelimiter.size() - delimiterParagraph.size()));
        size_t from = 0;
        for (size_t at = delimiterFound; at != std::string_view::npos; at = withDelimiter.find(delimiterParagraph, from)) {
            html.append(withDelimiter.data() + from, static_cast<qsizetype>(at - from));
            from = at + delimiterParagraph.size();
        }
        html.append(withDelimiter.data() + from, static_cast<qsizetype>(withDelimiter.size() - from));
    } else {
        html = QByteArray(withDelimiter.data(), static_cast<qsizetype>(withDelimiter.size()));
    }
    if (html.size() > o.maxOutputBytes) {
        html.truncate(o.maxOutputBytes);
        res.truncated = true;
        res.warnings.append(QStringLiteral("rendered HTML longer than %1 bytes: cut").arg(o.maxOutputBytes));
    }
    if (o.utf8)
        res.htmlUtf8 = html;
    else
        res.html = QString::fromUtf8(html);
    if (o.summary) {
        const QVariantMap summary = header.contains(QStringLiteral("summary"))
            ? SiteConfig::merged(m_settings.summary, header.value(QStringLiteral("summary")).toMap())
            : m_settings.summary;
        const bool summaryEnabled = truthy(summary.value(QStringLiteral("enabled")), true);
        const QString summaryFormat = summary.value(QStringLiteral("format"), QStringLiteral("short")).toString();
        if (summaryEnabled && summaryFormat == QStringLiteral("short") && delimiterAt >= 0) { // as gravSummary() would
            if (o.utf8)
                res.summaryUtf8 = QByteArray(withDelimiter.data(), delimiterAt);
            else
                res.summary = QString::fromUtf8(withDelimiter.data(), delimiterAt);
        } else {
            const auto size = static_cast<qsizetype>(withDelimiter.size());
            const QString text = !o.utf8 && html.size() == size ? res.html : QString::fromUtf8(withDelimiter.data(), size);
            const QString s = gravSummary(
                text, m_settings.delimiter, summaryEnabled, summaryFormat, summary.value(QStringLiteral("size"), 300).toInt());
            if (o.utf8)
                res.summaryUtf8 = s.toUtf8();
            else
                res.summary = s;
        }
    }
    for (const QString &w : std::as_const(warnings))
        if (!res.warnings.contains(w))
            res.warnings.append(w);
    return res;
}

} // namespace GravDesk
