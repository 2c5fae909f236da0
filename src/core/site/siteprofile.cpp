#include "siteprofile.h"

#include "io/atomicwriter.h"
#include "io/safefile.h"
#include "io/statepaths.h"
#include "page/frontmatter.h"
#include "site/sitelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace GravDesk::SiteProfile {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GravDesk::SiteProfile", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Settings files are small; a larger one is not a system.yaml.
constexpr qint64 kMaxSettingsBytes = 1024 * 1024;

} // namespace

QString folder(const SiteLayout &layout)
{
    // The user/ folder names the site whether it was opened at its root, user/ or pages/ (as the journals).
    const QString site = layout.userDir.isEmpty() ? layout.root : layout.userDir;
    return StatePaths::siteFolder(site) + QStringLiteral("/profile");
}

QString filePath(const SiteLayout &layout, const QString &name)
{
    return folder(layout) + QLatin1Char('/') + name + QStringLiteral(".yaml");
}

QString scopeOf(const QString &path, const QStringList &topLevelKeys)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name == QLatin1String("system.yaml") || name == QLatin1String("system.yml"))
        return QStringLiteral("system");
    if (name == QLatin1String("site.yaml") || name == QLatin1String("site.yml"))
        return QStringLiteral("site");
    // A renamed copy (hemcenter-system.yaml): the keys only one of the two files has.
    static const QStringList systemKeys {QStringLiteral("languages"), QStringLiteral("pages"), QStringLiteral("home"),
        QStringLiteral("cache"), QStringLiteral("twig"), QStringLiteral("timezone"), QStringLiteral("param_sep")};
    static const QStringList siteKeys {QStringLiteral("title"), QStringLiteral("taxonomies"), QStringLiteral("metadata"),
        QStringLiteral("author"), QStringLiteral("summary"), QStringLiteral("blog")};
    const bool system
        = std::any_of(topLevelKeys.cbegin(), topLevelKeys.cend(), [](const QString &k) { return systemKeys.contains(k); });
    const bool site
        = std::any_of(topLevelKeys.cbegin(), topLevelKeys.cend(), [](const QString &k) { return siteKeys.contains(k); });
    if (system == site)
        return {};
    return system ? QStringLiteral("system") : QStringLiteral("site");
}

ImportResult importFiles(const SiteLayout &layout, const QStringList &paths)
{
    ImportResult result;
    if (!layout.isValid()) {
        result.error = layout.error;
        return result;
    }
    if (paths.isEmpty()) {
        result.error = tr("Name a system.yaml or site.yaml to import.");
        return result;
    }
    // Everything is read and checked before anything is written.
    QHash<QString, QByteArray> bytesByScope;
    QHash<QString, QString> sourceByScope;
    for (const QString &path : paths) {
        const FileRead file = readRegularFile(path, kMaxSettingsBytes);
        if (!file.ok) {
            result.error = file.kind == FileRead::Error::NotFound ? tr("%1 does not exist.").arg(shown(path)) : file.error;
            return result;
        }
        const HeaderParse parsed = parseHeader(file.bytes);
        if (!parsed.accepted) {
            result.error = tr("%1 is not valid YAML (line %2): %3. Nothing was imported.")
                               .arg(shown(path), QString::number(parsed.errorLine), parsed.error);
            return result;
        }
        if (parsed.values.isEmpty()) {
            result.error = tr("%1 holds no settings. Nothing was imported.").arg(shown(path));
            return result;
        }
        const QString scope = scopeOf(path, parsed.values.keys());
        if (scope.isEmpty()) {
            result.error = tr("Cannot tell whether %1 is a system.yaml or a site.yaml: give it one of these names. "
                              "Nothing was imported.")
                               .arg(shown(path));
            return result;
        }
        if (sourceByScope.contains(scope)) {
            result.error = tr("%1 and %2 are both a %3.yaml: import one of them. Nothing was imported.")
                               .arg(shown(sourceByScope.value(scope)), shown(path), scope);
            return result;
        }
        if (scope == QLatin1String("system") && parsed.values.contains(QStringLiteral("languages"))
            && parsed.values.value(QStringLiteral("languages")).typeId() != QMetaType::QVariantMap) {
            result.error
                = tr("%1: languages must be a map (supported:, default_lang: …). Nothing was imported.").arg(shown(path));
            return result;
        }
        bytesByScope.insert(scope, file.bytes);
        sourceByScope.insert(scope, path);
    }
    if (!QDir().mkpath(folder(layout))) {
        result.error = tr("Cannot create the folder %1.").arg(shown(folder(layout)));
        return result;
    }
    for (const QString &scope : {QStringLiteral("system"), QStringLiteral("site")}) {
        if (!bytesByScope.contains(scope))
            continue;
        const WriteResult written = AtomicWriter::write(filePath(layout, scope), bytesByScope.value(scope));
        if (!written.ok) {
            result.error = written.error;
            return result;
        }
        result.imported.append(scope + QStringLiteral(".yaml"));
        const QString own = QDir(layout.configDir).filePath(scope + QStringLiteral(".yaml"));
        if (QFileInfo::exists(own))
            result.notes.append(
                tr("The site has its own %1: it is used, and the imported copy only while the site has none.").arg(shown(own)));
    }
    result.ok = true;
    return result;
}

QVector<LanguageCount> countPageLanguages(const QString &pagesDir, const QStringList &ignoreFolders, bool ignoreHidden)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    QHash<QString, int> counts;
    QStringList pending {pagesDir};
    while (!pending.isEmpty()) {
        const QString dirPath = pending.takeLast();
        QDirIterator it(dirPath, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString name = info.fileName();
            if (info.isDir()) {
                if (info.isSymLink() || ignoreFolders.contains(name) || (ignoreHidden && name.startsWith(QLatin1Char('.'))))
                    continue;
                pending.append(info.filePath());
                continue;
            }
            if (!name.endsWith(QLatin1String(".md")))
                continue;
            const QString base = name.left(name.size() - 3);
            const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
            // <template>.<lang>.md: a template name without dots, as Grav's page files are named
            if (dot <= 0 || base.left(dot).contains(QLatin1Char('.')))
                continue;
            const QString lang = base.mid(dot + 1);
            if (code.match(lang).hasMatch())
                ++counts[lang];
        }
    }
    QVector<LanguageCount> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(),
        [](const LanguageCount &a, const LanguageCount &b) { return a.files != b.files ? a.files > b.files : a.code < b.code; });
    return out;
}

QString inferredLanguagesNote(const QStringList &languages)
{
    return tr("Languages %1 found from the page files; import the site's system.yaml for its exact settings.")
        .arg(languages.join(QStringLiteral(", ")));
}

} // namespace GravDesk::SiteProfile
