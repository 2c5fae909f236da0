#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace GravDesk {

struct SiteLayout;

/**
 * A site's profile: copies of its system.yaml and site.yaml kept in GravDesk's state folder
 * (`<site state folder>/profile/`), never in the site or its repository. A Git Sync clone holds only the
 * synced folders (by default pages/), so it has no config/; SiteConfig::load() layers a profile file in
 * where the site has no user/config/ file of that name, and a site with its own keeps using it.
 */
namespace SiteProfile {

/// The profile folder of the site (not created).
QString folder(const SiteLayout &layout);
/// The profile's copy of @p name ("system" or "site"): folder() + "/" + name + ".yaml" (may not exist).
QString filePath(const SiteLayout &layout, const QString &name);

struct ImportResult
{
    bool ok = false;
    QString error; ///< why nothing was imported (a sentence naming the file)
    QStringList imported; ///< the profile files written, "system.yaml" / "site.yaml"
    QStringList notes; ///< what the user should know (e.g. the site's own file is used instead)
};

/**
 * Which profile file @p path fills: "system" or "site" by its name (system.yaml, site.yaml), else by its
 * top-level keys; "" when neither tells.
 */
QString scopeOf(const QString &path, const QStringList &topLevelKeys);

/**
 * Copies the settings files @p paths into the site's profile. Every file is read and parsed first: a file
 * that is not a readable YAML map of system or site settings, or two files of one kind, import nothing
 * and nothing in the profile is replaced.
 */
ImportResult importFiles(const SiteLayout &layout, const QStringList &paths);

/// One language code found in page file names and how many page files carry it.
struct LanguageCount
{
    QString code;
    int files = 0;
};

/**
 * The language codes of the page files under @p pagesDir (`<template>.<lang>.md`, lang a 2–3 letter code or
 * `xx-YY`), most frequent first, then by code. Hidden folders (when @p ignoreHidden) and @p ignoreFolders are
 * skipped, and folder links are not followed. Nothing is written.
 */
QVector<LanguageCount> countPageLanguages(const QString &pagesDir, const QStringList &ignoreFolders, bool ignoreHidden);

/// The note shown when a site's languages were found from its page files (in the interface language).
QString inferredLanguagesNote(const QStringList &languages);

} // namespace SiteProfile
} // namespace GravDesk
