#include "siteconfig.h"

#include "io/safefile.h"
#include "page/frontmatter.h"
#include "site/sitelayout.h"
#include "site/siteprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace GravDesk {
namespace {

QVariantMap builtinSystem()
{
    // The content-relevant part of Grav 1.7's system/config/system.yaml.
    QVariantMap languages {
        {QStringLiteral("supported"), QVariantList {}},
        {QStringLiteral("default_lang"), QVariant()},
        {QStringLiteral("include_default_lang"), true},
        {QStringLiteral("include_default_lang_file_extension"), true},
        {QStringLiteral("pages_fallback_only"), false},
    };
    QVariantMap pages {
        {QStringLiteral("theme"), QStringLiteral("quark")},
        {QStringLiteral("dateformat"),
            QVariantMap {{QStringLiteral("default"), QVariant()}, {QStringLiteral("short"), QStringLiteral("jS M Y")}}},
        {QStringLiteral("publish_dates"), true},
        {QStringLiteral("process"), QVariantMap {{QStringLiteral("markdown"), true}, {QStringLiteral("twig"), false}}},
        {QStringLiteral("markdown"),
            QVariantMap {{QStringLiteral("extra"), false}, {QStringLiteral("auto_line_breaks"), false},
                {QStringLiteral("auto_url_links"), false}, {QStringLiteral("escape_markup"), false}}},
        {QStringLiteral("ignore_files"), QVariantList {QStringLiteral(".DS_Store")}},
        {QStringLiteral("ignore_folders"), QVariantList {QStringLiteral(".git"), QStringLiteral(".idea")}},
        {QStringLiteral("ignore_hidden"), true},
        {QStringLiteral("hide_empty_folders"), false},
    };
    return QVariantMap {
        {QStringLiteral("languages"), languages},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("home"), QVariantMap {{QStringLiteral("alias"), QStringLiteral("/home")}}},
        {QStringLiteral("force_lowercase_urls"), true},
        {QStringLiteral("param_sep"), QStringLiteral(":")},
        {QStringLiteral("timezone"), QString()},
    };
}

QVariantMap builtinSite()
{
    return QVariantMap {
        {QStringLiteral("taxonomies"), QVariantList {QStringLiteral("category"), QStringLiteral("tag")}},
        {QStringLiteral("summary"),
            QVariantMap {{QStringLiteral("enabled"), true}, {QStringLiteral("format"), QStringLiteral("short")},
                {QStringLiteral("size"), 300}, {QStringLiteral("delimiter"), QStringLiteral("===")}}},
    };
}

QVariantMap builtinMedia()
{
    QVariantMap types;
    const char *exts[] = {"jpg", "jpeg", "jpe", "png", "webp", "avif", "gif", "svg", "mp3", "wav", "wma", "ogg", "m4a", "aif",
        "aiff", "mp4", "mov", "m4v", "ogv", "webm", "flv", "swf", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pps",
        "rtf", "txt", "zip", "gz", "7z", "tar", "json", "xml", "css", "js", "htm", "html", "psd", "ai", "bmp", "tiff", "avi",
        "mpg", "mpeg", "wmv", "vcf", "ics"};
    for (const char *e : exts)
        types.insert(QString::fromLatin1(e), QVariantMap {});
    return QVariantMap {{QStringLiteral("types"), types}};
}

QVariantMap builtinPlugins()
{
    // The shipped <plugin>.yaml of the plugins whose settings change page.content (used when the site's
    // user/plugins/<plugin>/ does not have it, e.g. a Git Sync clone without plugins).
    QVariantMap player;
    const std::pair<const char *, QVariant> params[] = {{"autoplay", 0}, {"cc_load_policy", 0}, {"color", QStringLiteral("red")},
        {"controls", 1}, {"disablekb", 0}, {"enablejsapi", 0}, {"fs", 1}, {"hl", QString()}, {"iv_load_policy", 1}, {"loop", 0},
        {"modestbranding", 0}, {"origin", QString()}, {"playsinline", 0}, {"rel", 1}, {"vq", QStringLiteral("default")}};
    for (const auto &[key, value] : params)
        player.insert(QString::fromLatin1(key), value);
    QVariantList schemes;
    for (const char *s :
        {"http", "https", "ftp", "irc", "mailto", "news", "nntp", "rtsp", "sftp", "ssh", "tel", "telnet", "webcal"})
        schemes.append(QString::fromLatin1(s));
    return QVariantMap {
        {QStringLiteral("shortcode-core"),
            QVariantMap {{QStringLiteral("enabled"), true}, {QStringLiteral("active"), true},
                {QStringLiteral("parser"), QStringLiteral("regular")}, {QStringLiteral("include_default_shortcodes"), true}}},
        {QStringLiteral("shortcode-owl-carousel"),
            QVariantMap {{QStringLiteral("enabled"), true}, {QStringLiteral("built_in_css"), true}}},
        {QStringLiteral("markdown-notices"),
            QVariantMap {{QStringLiteral("enabled"), true}, {QStringLiteral("base_classes"), QStringLiteral("notices")},
                {QStringLiteral("level_classes"),
                    QVariantList {
                        QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green")}}}},
        {QStringLiteral("youtube"),
            QVariantMap {{QStringLiteral("enabled"), true}, {QStringLiteral("built_in_css"), true},
                {QStringLiteral("lazy_load"), false}, {QStringLiteral("privacy_enhanced_mode"), false},
                {QStringLiteral("player_parameters"), player}}},
        {QStringLiteral("external_links"),
            QVariantMap {{QStringLiteral("enabled"), true}, {QStringLiteral("built_in_css"), true}, {QStringLiteral("weight"), 0},
                {QStringLiteral("exclude"),
                    QVariantMap {{QStringLiteral("classes"), QVariantList {QStringLiteral("exclude")}},
                        {QStringLiteral("domains"), QVariant()}}},
                {QStringLiteral("links"),
                    QVariantMap {{QStringLiteral("www"), false}, {QStringLiteral("redirects"), false},
                        {QStringLiteral("schemes"), schemes}}},
                {QStringLiteral("process"), true}, {QStringLiteral("title"), false}, {QStringLiteral("no_follow"), true},
                {QStringLiteral("target"), QStringLiteral("_blank")}, {QStringLiteral("mode"), QStringLiteral("active")}}},
        {QStringLiteral("page-inject"),
            QVariantMap {{QStringLiteral("enabled"), true}, {QStringLiteral("active"), true},
                {QStringLiteral("processed_content"), false}}},
    };
}

/*
 * Maps a config file replaces whole instead of merging into key by key. Grav joins each file with
 * Data::join() → BlueprintSchema::mergeArrays(), which recurses only into blueprint sections; a field
 * whose value is a hash (pages.process, languages.content_fallback) and a key no blueprint defines
 * (pages.markdown.special_chars) are replaced. Plugin settings below the plugin's top level are fields
 * except the sections listed.
 */
bool replacedWhole(const QString &path)
{
    static const QStringList fields {QStringLiteral("system.pages.process"),
        QStringLiteral("system.pages.markdown.special_chars"), QStringLiteral("system.languages.content_fallback")};
    static const QStringList pluginSections {QStringLiteral("plugins.youtube.player_parameters"),
        QStringLiteral("plugins.external_links.exclude"), QStringLiteral("plugins.external_links.links")};
    if (fields.contains(path))
        return true;
    // plugins.<name>.<key>: deeper than a plugin's top level
    return path.startsWith(QLatin1String("plugins.")) && path.count(QLatin1Char('.')) >= 2 && !pluginSections.contains(path);
}

// Data::join(): @p over into @p base below the dotted @p path.
QVariantMap joined(const QVariantMap &base, const QVariantMap &over, const QString &path)
{
    QVariantMap out = base;
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        const QString key = path + QLatin1Char('.') + it.key();
        const auto existing = out.constFind(it.key());
        if (existing != out.cend() && existing->typeId() == QMetaType::QVariantMap && it->typeId() == QMetaType::QVariantMap
            && !replacedWhole(key))
            out.insert(it.key(), joined(existing->toMap(), it->toMap(), key));
        else
            out.insert(it.key(), *it);
    }
    return out;
}

} // namespace

SiteConfig::SiteConfig()
{
    m_root.insert(QStringLiteral("system"), builtinSystem());
    m_root.insert(QStringLiteral("site"), builtinSite());
    m_root.insert(QStringLiteral("media"), builtinMedia());
    m_root.insert(QStringLiteral("plugins"), builtinPlugins());
}

QVariantMap SiteConfig::replacedRecursive(const QVariantMap &base, const QVariantMap &over)
{
    QVariantMap out = base;
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        const auto existing = out.constFind(it.key());
        if (existing == out.cend()) {
            out.insert(it.key(), *it);
            continue;
        }
        const int was = existing->typeId(), is = it->typeId();
        if (was == QMetaType::QVariantMap && is == QMetaType::QVariantMap) {
            out.insert(it.key(), replacedRecursive(existing->toMap(), it->toMap()));
        } else if (was == QMetaType::QVariantList && is == QMetaType::QVariantList) {
            // PHP lists are arrays with keys 0, 1, ...: replaced entry by entry, longer ones extend
            QVariantList list = existing->toList();
            const QVariantList with = it->toList();
            for (qsizetype i = 0; i < with.size(); ++i) {
                const QVariant &v = with.at(i);
                if (i >= list.size())
                    list.append(v);
                else if (list.at(i).typeId() == QMetaType::QVariantMap && v.typeId() == QMetaType::QVariantMap)
                    list[i] = replacedRecursive(list.at(i).toMap(), v.toMap());
                else
                    list[i] = v;
            }
            out.insert(it.key(), list);
        } else {
            out.insert(it.key(), *it);
        }
    }
    return out;
}

QVariantMap SiteConfig::merged(const QVariantMap &base, const QVariantMap &over)
{
    QVariantMap out = base;
    for (auto it = over.cbegin(); it != over.cend(); ++it) {
        const auto existing = out.constFind(it.key());
        if (existing != out.cend() && existing->typeId() == QMetaType::QVariantMap && it->typeId() == QMetaType::QVariantMap)
            out.insert(it.key(), merged(existing->toMap(), it->toMap()));
        else
            out.insert(it.key(), *it);
    }
    return out;
}

QStringList SiteConfig::warnings() const
{
    QStringList out;
    for (const ProblemText &w : m_warnings)
        out.append(w.toString());
    return out;
}

void SiteConfig::mergeFile(const QString &scope, const QString &path)
{
    // Only a regular file: a FIFO named system.yaml would block, a link to a device never end.
    const FileRead file = readRegularFile(path);
    if (file.kind == FileRead::Error::NotFound)
        return;
    if (!file.ok) {
        m_warnings.append({ProblemMessage::ConfigUnreadable, {QDir::toNativeSeparators(path), file.error}});
        return;
    }
    const QByteArray &text = file.bytes;
    const HeaderParse parsed = parseHeader(text);
    if (!parsed.accepted) {
        m_warnings.append(
            {ProblemMessage::ConfigRefused, {QDir::toNativeSeparators(path), QString::number(parsed.errorLine), parsed.error}});
        return;
    }
    if (parsed.legacyOnly)
        m_warnings.append({ProblemMessage::ConfigLegacy, {QDir::toNativeSeparators(path), parsed.error}});
    m_files.append(path);
    const QStringList parts = scope.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        m_root.insert(scope, joined(m_root.value(scope).toMap(), parsed.values, scope));
    } else {
        QVariantMap outer = m_root.value(parts[0]).toMap();
        outer.insert(parts[1], joined(outer.value(parts[1]).toMap(), parsed.values, scope));
        m_root.insert(parts[0], outer);
    }
}

SiteConfig SiteConfig::load(const SiteLayout &layout)
{
    SiteConfig config;
    // A plugin's own <name>.yaml (its defaults) comes before any config folder.
    if (!layout.userDir.isEmpty()) {
        const QDir plugins(layout.userDir + QStringLiteral("/plugins"));
        const QStringList names = plugins.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names)
            config.mergeFile(
                QStringLiteral("plugins.") + name, plugins.filePath(name + QLatin1Char('/') + name + QStringLiteral(".yaml")));
    }
    QStringList dirs;
    if (!layout.systemConfigDir.isEmpty())
        dirs << layout.systemConfigDir;
    dirs << layout.configDir;
    bool userSystem = false; // the site's own user/config/system.yaml, or its profile's copy
    for (const QString &dirPath : std::as_const(dirs)) {
        const QDir dir(dirPath);
        const bool userLevel = dirPath == layout.configDir;
        if (!dir.exists() && !userLevel)
            continue;
        for (const char *name : {"system", "site", "media"}) {
            const QString scope = QString::fromLatin1(name);
            QString path = dir.filePath(scope + QStringLiteral(".yaml"));
            // A Git Sync clone has no config/ unless it is synced: the profile's copy stands in for the site's file.
            const bool profiled = userLevel && scope != QLatin1String("media") && !QFileInfo::exists(path)
                && QFileInfo::exists(SiteProfile::filePath(layout, scope));
            if (profiled) {
                path = SiteProfile::filePath(layout, scope);
                config.m_profileFiles.append(path);
            }
            if (userLevel && scope == QLatin1String("system") && QFileInfo::exists(path))
                userSystem = true;
            config.mergeFile(scope, path);
        }
        if (!dir.exists())
            continue;
        const QDir plugins(dir.filePath(QStringLiteral("plugins")));
        const QStringList files = plugins.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            config.mergeFile(QStringLiteral("plugins.") + QFileInfo(file).completeBaseName(), plugins.filePath(file));
    }
    if (!userSystem && !layout.pagesDir.isEmpty() && config.languages().isEmpty()) {
        // Neither the site nor its profile says which languages it has: the page file names do.
        const QVector<SiteProfile::LanguageCount> found
            = SiteProfile::countPageLanguages(layout.pagesDir, config.stringList(QStringLiteral("system.pages.ignore_folders")),
                config.flag(QStringLiteral("system.pages.ignore_hidden"), true));
        if (!found.isEmpty()) {
            QVariantList supported;
            for (const SiteProfile::LanguageCount &c : found)
                supported.append(c.code);
            QVariantMap system = config.m_root.value(QStringLiteral("system")).toMap();
            QVariantMap languages = system.value(QStringLiteral("languages")).toMap();
            languages.insert(QStringLiteral("supported"), supported);
            languages.insert(QStringLiteral("default_lang"), found.first().code);
            system.insert(QStringLiteral("languages"), languages);
            config.m_root.insert(QStringLiteral("system"), system);
            config.m_languagesInferred = true;
        }
    }
    config.m_zone = config.resolveZone();
    return config;
}

QVariant SiteConfig::value(const QString &dottedPath, const QVariant &fallback) const
{
    QVariant cur = m_root;
    const QStringList parts = dottedPath.split(QLatin1Char('.'));
    for (const QString &p : parts) {
        if (cur.typeId() != QMetaType::QVariantMap)
            return fallback;
        const QVariantMap m = cur.toMap();
        const auto it = m.constFind(p);
        if (it == m.cend())
            return fallback;
        cur = *it;
    }
    return cur;
}

QStringList SiteConfig::stringList(const QString &dottedPath) const
{
    const QVariant v = value(dottedPath);
    QStringList out;
    if (v.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : v.toList())
            if (item.isValid())
                out.append(item.toString());
    } else if (v.typeId() == QMetaType::QVariantMap) {
        for (const QVariant &item : v.toMap())
            if (item.isValid())
                out.append(item.toString());
    } else if (v.isValid() && !v.toString().isEmpty()) {
        out.append(v.toString());
    }
    return out;
}

bool SiteConfig::flag(const QString &dottedPath, bool fallback) const
{
    const QVariant v = value(dottedPath);
    if (!v.isValid())
        return fallback;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    // PHP truthiness of strings and numbers.
    const QString s = v.toString();
    return !(s.isEmpty() || s == QLatin1String("0"));
}

QStringList SiteConfig::languages() const
{
    QStringList out;
    for (const QString &l : stringList(QStringLiteral("system.languages.supported")))
        if (!l.trimmed().isEmpty() && !out.contains(l.trimmed()))
            out.append(l.trimmed());
    return out;
}

QString SiteConfig::defaultLanguage() const
{
    const QStringList langs = languages();
    const QString d = value(QStringLiteral("system.languages.default_lang")).toString();
    if (!d.isEmpty() && langs.contains(d))
        return d;
    return langs.isEmpty() ? QString() : langs.first();
}

QStringList SiteConfig::fallbackLanguages(const QString &lang) const
{
    const QStringList langs = languages();
    if (langs.isEmpty())
        return {QString()};
    const QString active = langs.contains(lang) ? lang : defaultLanguage();
    const QString def = defaultLanguage();
    QStringList out;
    const QVariant configured = value(QStringLiteral("system.languages.content_fallback.") + active);
    if (configured.isValid()) {
        // Grav also takes a comma-separated string here (explode(',', ...)).
        QStringList listed;
        if (configured.typeId() == QMetaType::QVariantList) {
            for (const QVariant &v : configured.toList())
                listed.append(v.toString());
        } else if (configured.typeId() == QMetaType::QString && !configured.toString().isEmpty()) {
            listed = configured.toString().split(QLatin1Char(','));
        }
        out.append(active);
        for (const QString &l : std::as_const(listed)) {
            if (!out.contains(l) && langs.contains(l))
                out.append(l);
            if (l == def && !out.contains(QString()))
                out.append(QString());
        }
        return out;
    }
    if (!flag(QStringLiteral("system.languages.pages_fallback_only"), false)) {
        out << active;
        if (def != active)
            out << def;
        out << QString();
        return out;
    }
    out << active;
    const int idx = static_cast<int>(langs.indexOf(active));
    for (int i = idx - 1; i >= 0; --i)
        out << langs[i];
    out << QString();
    return out;
}

bool SiteConfig::forceLowercaseUrls() const
{
    return flag(QStringLiteral("system.force_lowercase_urls"), true);
}

QString SiteConfig::paramSeparator() const
{
    const QString s = value(QStringLiteral("system.param_sep")).toString();
    return s.isEmpty() ? QStringLiteral(":") : s;
}

QString SiteConfig::dateFormatDefault() const
{
    return value(QStringLiteral("system.pages.dateformat.default")).toString();
}

QTimeZone SiteConfig::timeZone() const
{
    return m_zone;
}

QTimeZone SiteConfig::resolveZone() const
{
    const QByteArray id = value(QStringLiteral("system.timezone")).toString().toUtf8();
    if (!id.isEmpty()) {
        QTimeZone tz(id);
        if (tz.isValid())
            return tz;
    }
    return QTimeZone::systemTimeZone();
}

bool SiteConfig::publishDates() const
{
    return flag(QStringLiteral("system.pages.publish_dates"), true);
}

QString SiteConfig::summaryDelimiter() const
{
    const QString d = value(QStringLiteral("site.summary.delimiter")).toString();
    return d.isEmpty() ? QStringLiteral("===") : d;
}

QStringList SiteConfig::taxonomies() const
{
    return stringList(QStringLiteral("site.taxonomies"));
}

QString SiteConfig::homeAlias() const
{
    const QString a = value(QStringLiteral("system.home.alias")).toString();
    return a.isEmpty() ? QStringLiteral("/home") : a;
}

QVariantMap SiteConfig::plugin(const QString &name) const
{
    return m_root.value(QStringLiteral("plugins")).toMap().value(name).toMap();
}

bool SiteConfig::pluginEnabled(const QString &name) const
{
    return flag(QStringLiteral("plugins.") + name + QStringLiteral(".enabled"), false);
}

QString SiteConfig::siteUrl() const
{
    QString url = value(QStringLiteral("system.custom_base_url")).toString().trimmed();
    if (url.isEmpty())
        url = value(QStringLiteral("plugins.gravdesk.site_url")).toString().trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

bool SiteConfig::siteUrlFromSystem() const
{
    return !value(QStringLiteral("system.custom_base_url")).toString().trimmed().isEmpty();
}

QStringList SiteConfig::mediaExtensions() const
{
    QStringList out;
    const QVariantMap types = value(QStringLiteral("media.types")).toMap();
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        if (it.key() != QLatin1String("defaults"))
            out.append(it.key().toLower());
    return out;
}

} // namespace GravDesk
