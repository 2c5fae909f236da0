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

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
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

// Plugin::mergeConfig(): a plugin's settings (@p site: its defaults with the site's settings over them) with
// the page header's block of the same name over them: key by key at the top level (array_merge), or with
// @p deep recursively, lists entry by entry (array_replace_recursive). `plugin: false` in a header is
// `enabled: false`.
QVariantMap pluginConfig(const QVariantMap &site, const QString &plugin, const QVariantMap &header, bool deep = false)
{
    const auto it = header.constFind(plugin);
    if (it == header.constEnd() || !it->isValid() || it->isNull())
        return site;
    QVariantMap over;
    if (it->typeId() == QMetaType::Bool)
        over.insert(QStringLiteral("enabled"), it->toBool());
    else if (it->typeId() == QMetaType::QVariantMap)
        over = it->toMap();
    else
        return site;
    QVariantMap cfg = site;
    if (deep) {
        cfg = SiteConfig::replacedRecursive(site, over);
    } else {
        for (auto o = over.cbegin(); o != over.cend(); ++o)
            cfg.insert(o.key(), o.value());
    }
    return cfg.isEmpty() ? site : cfg;
}

// A PHP value as a string ((string) cast of a scalar: true is "1", false and null "").
QString phpString(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QString();
    return v.toString();
}

// (array) cast of a setting, as strings: a list's or map's values, a scalar as the only entry, nothing for null.
QStringList phpStrings(const QVariant &v)
{
    QStringList out;
    if (v.typeId() == QMetaType::QVariantList) {
        for (const QVariant &x : v.toList())
            out.append(phpString(x));
    } else if (v.typeId() == QMetaType::QVariantMap) {
        for (const QVariant &x : v.toMap())
            out.append(phpString(x));
    } else if (v.isValid() && !v.isNull()) {
        out.append(phpString(v));
    }
    return out;
}

// A nested setting (`a.b`) of a plugin's settings; invalid when a level is missing or not a map.
QVariant setting(const QVariantMap &cfg, const QString &key, const QString &sub)
{
    const QVariant outer = cfg.value(key);
    return outer.typeId() == QMetaType::QVariantMap ? outer.toMap().value(sub) : QVariant();
}

// PHP's empty() negated.
bool phpTruthy(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantList)
        return !v.toList().isEmpty();
    if (v.typeId() == QMetaType::QVariantMap)
        return !v.toMap().isEmpty();
    return truthy(v, false);
}

// The shortcode handlers the site's enabled plugins and its theme register with shortcode-core (found in
// their PHP sources: `getHandlers()->add('name'` / `getRawHandlers()->add('name'`).
void installedShortcodes(const SiteLayout &layout, const SiteConfig &config, QStringList &names, QStringList &rawNames)
{
    if (layout.userDir.isEmpty())
        return;
    QStringList dirs;
    const QDir plugins(layout.userDir + QStringLiteral("/plugins"));
    for (const QString &name : plugins.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (config.pluginEnabled(name))
            dirs.append(plugins.filePath(name));
    const QString theme = config.value(QStringLiteral("system.pages.theme")).toString();
    if (!theme.isEmpty() && !theme.contains(QLatin1Char('/')))
        dirs.append(layout.userDir + QStringLiteral("/themes/") + theme);
    static const QRegularExpression add(QStringLiteral("get(Raw)?Handlers\\(\\)\\s*->\\s*add\\(\\s*['\"]([A-Za-z0-9_-]+)['\"]"));
    for (const QString &dir : std::as_const(dirs)) {
        QDirIterator it(dir, {QStringLiteral("*.php")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains(QLatin1String("/vendor/")) || file.contains(QLatin1String("/tests/")))
                continue; // libraries' own examples register nothing on the site
            const FileRead php = readRegularFile(file, 2 * 1024 * 1024);
            if (!php.ok || !php.bytes.contains("Handlers()"))
                continue;
            auto m = add.globalMatch(QString::fromUtf8(php.bytes));
            while (m.hasNext()) {
                const auto match = m.next();
                QStringList &list = match.captured(1).isEmpty() ? names : rawNames;
                if (!list.contains(match.captured(2)))
                    list.append(match.captured(2));
            }
        }
    }
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

const QStringList &emulatedSiteShortcodes()
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
        QStringLiteral("youtube"), QStringLiteral("external_links"), QStringLiteral("page-inject")};
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
    ExternalLinksOptions links; ///< without the site's address (per render)
    YoutubeOptions youtubeOptions;
    bool pageInject = true; ///< page-inject enabled and active
    QString shortcodeParser; ///< shortcode-core's parser
    QStringList notEmulated; ///< settings in effect that change Grav's output in ways not emulated
    ParsedownOptions markdown; ///< without the per-render parts (preview, time budget, line map)
};

GravRenderer::Switches GravRenderer::switches(const QVariantMap &header) const
{
    Switches w;
    const QVariantMap process = withHeaderKeys(m_settings.process, header, QStringLiteral("process"));
    // Page::shouldProcess(): a switch the merged settings lack is off (a system.yaml `process:` replaces the defaults whole)
    w.processMarkdown = truthy(process.value(QStringLiteral("markdown")), false);
    w.processTwig = truthy(process.value(QStringLiteral("twig")), false);
    const QVariantMap sc = pluginConfig(m_settings.shortcodeCore, QStringLiteral("shortcode-core"), header);
    w.shortcodesActive = truthy(sc.value(QStringLiteral("active")), true);
    w.shortcodesEnabled = phpTruthy(sc.value(QStringLiteral("enabled")));
    w.shortcodeParser
        = sc.contains(QStringLiteral("parser")) ? phpString(sc.value(QStringLiteral("parser"))) : QStringLiteral("regular");
    const QVariantMap pi = pluginConfig(m_settings.pageInject, QStringLiteral("page-inject"), header);
    w.pageInject = phpTruthy(pi.value(QStringLiteral("enabled"))) && phpTruthy(pi.value(QStringLiteral("active")));

    const QVariantMap yt = pluginConfig(m_settings.youtube, QStringLiteral("youtube"), header, true);
    w.youtube = phpTruthy(yt.value(QStringLiteral("enabled")));
    YoutubeOptions &yo = w.youtubeOptions;
    yo.lazyLoad = phpTruthy(yt.value(QStringLiteral("lazy_load")));
    yo.privacyEnhanced = phpTruthy(yt.value(QStringLiteral("privacy_enhanced_mode")));
    const QVariant player = yt.value(QStringLiteral("player_parameters"));
    if (player.typeId() == QMetaType::QVariantMap) {
        const QVariantMap params = player.toMap();
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            yo.playerParameters.append({it.key(), it.value()});
    }

    const QVariantMap el = pluginConfig(m_settings.externalLinks, QStringLiteral("external_links"), header);
    const QVariant modeValue = el.value(QStringLiteral("mode"), QStringLiteral("passive"));
    const QString elMode = phpString(modeValue).toLower();
    w.externalLinks = phpTruthy(el.value(QStringLiteral("enabled"))) && phpTruthy(el.value(QStringLiteral("process")))
        && (elMode == QStringLiteral("active") || elMode == QStringLiteral("passive"));
    // the plugin writes classes only for exactly "active" (the check above lower-cases, this one does not)
    w.externalLinksActive = modeValue.typeId() == QMetaType::QString && modeValue.toString() == QStringLiteral("active");
    ExternalLinksOptions &lo = w.links;
    lo.active = w.externalLinksActive;
    const QVariant domains = setting(el, QStringLiteral("exclude"), QStringLiteral("domains"));
    lo.excludeDomains = domains.typeId() == QMetaType::QVariantList || domains.typeId() == QMetaType::QVariantMap
        ? phpStrings(domains)
        : QStringList();
    const QVariant classes = setting(el, QStringLiteral("exclude"), QStringLiteral("classes"));
    lo.excludeClasses = phpTruthy(classes) ? phpStrings(classes) : QStringList();
    const QVariant schemes = setting(el, QStringLiteral("links"), QStringLiteral("schemes"));
    lo.schemes = schemes.isValid() && !schemes.isNull() ? phpStrings(schemes)
                                                        : QStringList {QStringLiteral("http"), QStringLiteral("https")};
    lo.target = phpTruthy(el.value(QStringLiteral("target"))) ? phpString(el.value(QStringLiteral("target"))) : QString();
    lo.noFollow = phpTruthy(el.value(QStringLiteral("no_follow")));
    if (w.externalLinks) {
        for (const char *key : {"www", "redirects"})
            if (phpTruthy(setting(el, QStringLiteral("links"), QString::fromLatin1(key))))
                w.notEmulated.append(
                    QCoreApplication::translate("GravDesk::GravRenderer", "external_links links.%1 is on: not emulated")
                        .arg(QString::fromLatin1(key)));
        if (phpTruthy(el.value(QStringLiteral("title"))))
            w.notEmulated.append(
                QCoreApplication::translate("GravDesk::GravRenderer", "external_links title is on: not emulated"));
    }

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
    po.extra = truthy(md.value(QStringLiteral("extra")), false);
    po.shortcodeBlocks = m_settings.shortcodeBlocks;
    po.shortcodeNames = m_settings.shortcodeNames;
    po.notices = m_settings.notices;
    po.noticeBase = m_settings.noticeBase;
    po.noticeLevels = m_settings.noticeLevels;
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
    s.shortcodeCore = m_config.plugin(QStringLiteral("shortcode-core"));
    s.youtube = m_config.plugin(QStringLiteral("youtube"));
    s.externalLinks = m_config.plugin(QStringLiteral("external_links"));
    s.pageInject = m_config.plugin(QStringLiteral("page-inject"));
    s.shortcodeBlocks = phpTruthy(s.shortcodeCore.value(QStringLiteral("enabled")));
    const QVariantMap notices = m_config.plugin(QStringLiteral("markdown-notices"));
    s.notices = phpTruthy(notices.value(QStringLiteral("enabled")));
    const QVariant base = notices.value(QStringLiteral("base_classes"));
    s.noticeBase = base.isValid() && !base.isNull() ? phpString(base) : QStringLiteral("notices");
    const QVariant levels = notices.value(QStringLiteral("level_classes"));
    s.noticeLevels = levels.isValid() && !levels.isNull()
        ? phpStrings(levels)
        : QStringList {QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green")};
    s.shortcodeNames = emulatedSiteShortcodes();
    s.rawShortcodeNames
        = QStringList {QStringLiteral("page-inject"), QStringLiteral("content-inject"), QStringLiteral("googleslides")};
    installedShortcodes(m_layout, m_config, s.shortcodeNames, s.rawShortcodeNames);
    s.siteUrl = m_config.siteUrl();
    if (const auto parts = LinkProcessor::parseUrl(s.siteUrl)) {
        s.siteHost = parts->host;
        s.sitePath = parts->path;
        while (s.sitePath.endsWith(QLatin1Char('/')))
            s.sitePath.chop(1);
    }
    s.summary = m_config.value(QStringLiteral("site.summary")).toMap();
    s.delimiter = m_config.summaryDelimiter().isEmpty() ? QStringLiteral("===") : m_config.summaryDelimiter();
    s.delimiterParagraph = "<p>" + s.delimiter.toStdString() + "</p>";
    m_folders = std::make_shared<FolderCache>(s.mediaExtensions);
    s.defaults = std::make_shared<const Switches>(switches({}));
}

GravRenderer::GravRenderer()
    : m_languages {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}
    , m_defaultLanguage(QStringLiteral("kk"))
{
    // without a site, the languages of the oracle's built-in configuration (kk, ru, en)
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
            "slug", "routes", "process", "markdown", "shortcode-core", "youtube", "external_links", "page-inject", "summary"};
        HeaderBudget budget;
        budget.onlyKeys = &renderKeys;
        const HeaderParse hp = parseHeader(env.headerText, budget);
        if (!hp.accepted) {
            res.headerRejected = true;
            res.warnings.append(QCoreApplication::translate(
                "GravDesk::GravRenderer", "header rejected: %1 (Grav shows its Invalid Frontmatter page)")
                                    .arg(hp.error));
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
                res.warnings.append(
                    QCoreApplication::translate("GravDesk::GravRenderer", "frontmatter.yaml not parsable: %1").arg(hp.error));
        }
    }

    // Where the page is: its folder, route and the site's route maps for its language.
    LinkContext ctx;
    const QString mapLang = languages.isEmpty() ? QString() : lang;
    ctx.folderRoutes = m_folderRoutes.value(mapLang);
    ctx.routeFolders = m_routeFolders.value(mapLang);
    ctx.pagesDir = m_pagesDir;
    ctx.mediaExtensions = m_settings.mediaExtensions;
    // the site's address, unless the options give another (the oracle's --site-url and --base-url)
    QString siteUrl = o.siteUrl.isNull() ? m_settings.siteUrl : o.siteUrl;
    while (siteUrl.endsWith(QLatin1Char('/')))
        siteUrl.chop(1);
    QString sitePath = m_settings.sitePath;
    if (siteUrl == m_settings.siteUrl) {
        ctx.siteHost = m_settings.siteHost;
    } else {
        const auto parts = LinkProcessor::parseUrl(siteUrl);
        ctx.siteHost = parts ? parts->host : QString();
        sitePath = parts ? parts->path : QString();
        while (sitePath.endsWith(QLatin1Char('/')))
            sitePath.chop(1);
    }
    ctx.baseUrl = o.baseUrl.isNull() ? sitePath : o.baseUrl;
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
        res.warnings.append(
            QCoreApplication::translate("GravDesk::GravRenderer", "page folder unknown: page media cannot be resolved"));

    // the passes as the site's settings and the header decide them (most headers override none)
    std::optional<Switches> own;
    if (overridesSwitches(header))
        own = switches(header);
    const Switches &sw = own ? *own : *m_settings.defaults;

    QByteArray markdown = env.body; // UTF-8 bytes from here to the result (shared, not copied)
    if (markdown.size() > o.maxInputBytes) {
        markdown.truncate(o.maxInputBytes);
        res.truncated = true;
        res.warnings.append(QCoreApplication::translate(
            "GravDesk::GravRenderer", "page body longer than %1 bytes: only its beginning is rendered")
                                .arg(o.maxInputBytes));
    }
    QStringList unrendered; // warnings about what Grav renders and this renderer does not
    if (sw.shortcodesActive && !sw.shortcodesEnabled) {
        markdown.clear(); // ShortcodeManager returns null content: Grav empties the page
        res.warnings.append(QCoreApplication::translate(
            "GravDesk::GravRenderer", "shortcode-core enabled:false in the page header empties the content (Grav quirk)"));
    } else if (sw.shortcodesActive) {
        if (sw.shortcodeParser != QStringLiteral("regular"))
            unrendered.append(
                QCoreApplication::translate("GravDesk::GravRenderer", "shortcode parser \"%1\" not emulated; using regular")
                    .arg(sw.shortcodeParser));
        // shortcode-core's raw handlers run on the Markdown text (onPageContentRaw)
        const std::string_view text(markdown.constData(), static_cast<size_t>(markdown.size()));
        if (text.find('[') != std::string_view::npos) {
            for (const Shortcode &sc : parseShortcodes(text)) {
                const QString name = QString::fromUtf8(sc.name.data(), static_cast<qsizetype>(sc.name.size()));
                if (m_settings.rawShortcodeNames.contains(name))
                    unrendered.append(
                        QCoreApplication::translate("GravDesk::GravRenderer", "raw shortcode [%1] not emulated; left as text")
                            .arg(name));
            }
        }
    }
    // page-inject: `[plugin:page-inject](route)` is left to Markdown (a link); the preview shows a placeholder
    QStringList injected;
    if (sw.pageInject && markdown.contains(":")) {
        static const QRegularExpression injectAny(
            QStringLiteral("\\[plugin:(?:page-inject|content-inject)\\]\\("), QRegularExpression::CaseInsensitiveOption);
        QString content = fromBytes(markdown);
        if (injectAny.match(content).hasMatch()) {
            unrendered.append(QCoreApplication::translate(
                "GravDesk::GravRenderer", "[plugin:page-inject]/[plugin:content-inject] not emulated; left for Markdown"));
            if (o.previewPlaceholders) {
                static const QRegularExpression inject(
                    QStringLiteral("\\[plugin:(?:page-inject|content-inject)\\]\\([^)\\n]*\\)"),
                    QRegularExpression::CaseInsensitiveOption);
                QString out;
                qsizetype last = 0;
                auto it = inject.globalMatch(content);
                while (it.hasNext()) {
                    const auto m = it.next();
                    out += content.mid(last, m.capturedStart(0) - last);
                    out += QStringLiteral("\x1Agd-inject:%1\x1A").arg(injected.size());
                    injected.append(m.captured(0));
                    last = m.capturedEnd(0);
                }
                if (!injected.isEmpty())
                    markdown = toBytes(out + content.mid(last));
            }
        }
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
            if (youtubeRawPass(text, embedded, &ytMap, sw.youtubeOptions))
                markdown = QByteArray(embedded.data(), static_cast<qsizetype>(embedded.size()));
            QVector<int> mapped;
            mapped.reserve(ytMap.size());
            for (int from : std::as_const(ytMap))
                mapped.append(from < lineMap.size() ? lineMap.at(from) : lineMap.value(lineMap.size() - 1, 1));
            lineMap = mapped;
        } else if (youtubeRawPass(text, embedded, nullptr, sw.youtubeOptions)) {
            markdown = QByteArray(embedded.data(), static_cast<qsizetype>(embedded.size()));
        }
    }

    QStringList warnings;
    std::string rendered; // the page's HTML, UTF-8
    if (sw.processMarkdown) {
        ParsedownOptions po = sw.markdown;
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
        if (parsedown.extraFailed()) // Grav's page differs (it is an error page): listed with what is not rendered
            unrendered.append(QCoreApplication::translate("GravDesk::GravRenderer",
                "an HTML block starts with <html>, <head> or <body>: ParsedownExtra (markdown.extra) "
                "fails on it and Grav shows an error instead of this page"));
        if (parsedown.timedOut()) {
            res.truncated = true;
            res.warnings.append(QCoreApplication::translate(
                "GravDesk::GravRenderer", "Markdown took longer than %1 ms: the rest of the page is shown as plain text")
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
        ExternalLinksOptions eo = sw.links;
        eo.siteUrl = siteUrl;
        std::string linked;
        if (externalLinksPass(rendered, eo, linked))
            rendered.swap(linked);
    }
    if (sw.shortcodesActive && sw.shortcodesEnabled) {
        ShortcodeOptions so;
        so.owlIdsFromMd5 = o.owlIdsFromMd5;
        so.registeredNames = m_settings.shortcodeNames;
        so.rawNames = m_settings.rawShortcodeNames;
        so.previewPlaceholders = o.previewPlaceholders;
        so.youtube = sw.youtubeOptions;
        ShortcodeProcessor proc(so);
        std::string processed;
        if (proc.process(rendered, processed))
            rendered.swap(processed);
        unrendered += proc.warnings();
    }
    // Twig in text (not in code, pre or attribute values: what the preview's placeholders would label)
    bool hasTwig = false;
    if (rendered.find('{') != std::string::npos) {
        std::string labelled;
        hasTwig = twigPlaceholders(rendered, labelled) && labelled.find("data-gd-kind=\"twig\"") != std::string::npos;
    }
    if (sw.processTwig) {
        warnings.append(
            QCoreApplication::translate("GravDesk::GravRenderer", "process.twig is on for this page: Twig is left unprocessed"));
        if (hasTwig)
            unrendered.append(QCoreApplication::translate(
                "GravDesk::GravRenderer", "Twig in the page is not run (process.twig is on): Grav runs it"));
    } else if (hasTwig) {
        unrendered.append(QCoreApplication::translate(
            "GravDesk::GravRenderer", "Twig in the page is not run (process.twig is off): Grav shows it as text"));
    }
    unrendered += sw.notEmulated;
    if (!injected.isEmpty()) { // the page-inject markers become placeholders (whole paragraphs: blocks)
        std::string placed;
        size_t last = 0;
        for (size_t at = rendered.find("\x1Agd-inject:"); at != std::string::npos; at = rendered.find("\x1Agd-inject:", last)) {
            const size_t end = rendered.find('\x1A', at + 1);
            if (end == std::string::npos)
                break;
            const int n = QByteArray(rendered.data() + at + 11, static_cast<qsizetype>(end - at - 11)).toInt();
            size_t from = at, to = end + 1;
            const bool block = at >= 3 && rendered.compare(at - 3, 3, "<p>") == 0 && rendered.compare(to, 4, "</p>") == 0;
            if (block) {
                from -= 3;
                to += 4;
            }
            placed.append(rendered, last, from - last);
            const QByteArray source = injected.value(n).toLatin1(); // byte string → its UTF-8 bytes
            appendPlaceholder(
                placed, "page-inject", std::string_view(source.constData(), static_cast<size_t>(source.size())), block);
            last = to;
        }
        placed.append(rendered, last);
        rendered.swap(placed);
    }

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
        res.warnings.append(QCoreApplication::translate("GravDesk::GravRenderer", "rendered HTML longer than %1 bytes: cut")
                                .arg(o.maxOutputBytes));
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
    for (const QString &w : std::as_const(unrendered))
        if (!res.unrendered.contains(w))
            res.unrendered.append(w);
    warnings += res.unrendered;
    for (const QString &w : std::as_const(warnings))
        if (!res.warnings.contains(w))
            res.warnings.append(w);
    return res;
}

} // namespace GravDesk
