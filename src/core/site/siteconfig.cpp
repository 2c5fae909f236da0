#include "siteconfig.h"

#include "io/safefile.h"
#include "page/frontmatter.h"
#include "site/sitelayout.h"

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

} // namespace

SiteConfig::SiteConfig()
{
    m_root.insert(QStringLiteral("system"), builtinSystem());
    m_root.insert(QStringLiteral("site"), builtinSite());
    m_root.insert(QStringLiteral("media"), builtinMedia());
    m_root.insert(QStringLiteral("plugins"), QVariantMap {});
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

void SiteConfig::mergeFile(const QString &scope, const QString &path)
{
    // Only a regular file: a FIFO named system.yaml would block, a link to a device never end.
    const FileRead file = readRegularFile(path);
    if (file.kind == FileRead::Error::NotFound)
        return;
    if (!file.ok) {
        m_warnings.append(QStringLiteral("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.error));
        return;
    }
    const QByteArray &text = file.bytes;
    const HeaderParse parsed = parseHeader(text);
    if (!parsed.accepted) {
        m_warnings.append(QStringLiteral("%1:%2: %3 — Grav would refuse this configuration file; its values are ignored here")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(parsed.errorLine)
                              .arg(parsed.error));
        return;
    }
    if (parsed.legacyOnly)
        m_warnings.append(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), parsed.error));
    m_files.append(path);
    const QStringList parts = scope.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        m_root.insert(scope, merged(m_root.value(scope).toMap(), parsed.values));
    } else {
        QVariantMap outer = m_root.value(parts[0]).toMap();
        outer.insert(parts[1], merged(outer.value(parts[1]).toMap(), parsed.values));
        m_root.insert(parts[0], outer);
    }
}

SiteConfig SiteConfig::load(const SiteLayout &layout)
{
    SiteConfig config;
    QStringList dirs;
    if (!layout.systemConfigDir.isEmpty())
        dirs << layout.systemConfigDir;
    dirs << layout.configDir;
    for (const QString &dirPath : std::as_const(dirs)) {
        const QDir dir(dirPath);
        if (!dir.exists())
            continue;
        for (const char *name : {"system", "site", "media"})
            config.mergeFile(QString::fromLatin1(name), dir.filePath(QString::fromLatin1(name) + QStringLiteral(".yaml")));
        const QDir plugins(dir.filePath(QStringLiteral("plugins")));
        const QStringList files = plugins.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            config.mergeFile(QStringLiteral("plugins.") + QFileInfo(file).completeBaseName(), plugins.filePath(file));
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
