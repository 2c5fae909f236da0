#pragma once

#include "site/problemtext.h"

#include <QStringList>
#include <QTimeZone>
#include <QVariantMap>
#include <QVector>

namespace GravDesk {

struct SiteLayout;

/**
 * A site's configuration layered as Grav layers it: built-in defaults (used
 * when the site has no system/ folder, and the shipped settings of the
 * plugins that change page content) ← each plugin's own
 * user/plugins/<name>/<name>.yaml ← system/config/ ← user/config/ (their
 * .yaml files), where a site without its own user/config/system.yaml or site.yaml takes the one of
 * its profile in GravDesk's state folder (SiteProfile). A file merges into the maps below it key by key where Grav's
 * blueprints define sections; a map Grav treats as one field's value
 * (pages.process, a plugin setting such as youtube's lists) and any other
 * value replaces what was there.
 */
class SiteConfig
{
public:
    SiteConfig();

    /// Loads system.yaml, site.yaml, media.yaml and plugins/*.yaml. Problems go to warnings().
    static SiteConfig load(const SiteLayout &layout);

    /// A value by dotted path, e.g. "system.pages.dateformat.default".
    QVariant value(const QString &dottedPath, const QVariant &fallback = {}) const;
    QStringList stringList(const QString &dottedPath) const;
    bool flag(const QString &dottedPath, bool fallback) const;

    QStringList languages() const; ///< system.languages.supported ("" entries removed)
    QString defaultLanguage() const; ///< default_lang, else the first supported language
    bool isMultilang() const { return !languages().isEmpty(); }
    /// Languages Grav tries, in order, when @p lang is active; "" is the language-less page file.
    QStringList fallbackLanguages(const QString &lang) const;

    bool forceLowercaseUrls() const;
    QString paramSeparator() const;
    QString dateFormatDefault() const; ///< system.pages.dateformat.default (may be empty)
    QTimeZone timeZone() const; ///< system.timezone, else the machine's zone
    bool publishDates() const;
    QString summaryDelimiter() const;
    QStringList taxonomies() const;
    QString homeAlias() const;
    QStringList mediaExtensions() const; ///< lower-case extensions Grav treats as page media

    /// A plugin's settings (`plugins.<name>`): its defaults with the site's settings over them.
    QVariantMap plugin(const QString &name) const;
    /// Whether the plugin's settings say `enabled` (false for a plugin the configuration does not know).
    bool pluginEnabled(const QString &name) const;
    /**
     * The site's address (scheme, host and any base path, without a trailing `/`): `system.custom_base_url`
     * when set, else GravDesk's per-site `site_url` in user/config/plugins/gravdesk.yaml; "" when the site has none.
     */
    QString siteUrl() const;
    /// Whether siteUrl() comes from system.yaml's custom_base_url (then GravDesk's own setting is not used).
    bool siteUrlFromSystem() const;

    /// The warnings' texts in the interface language.
    QStringList warnings() const;
    /// The warnings as sentences and their arguments (worded when shown).
    QVector<ProblemText> warningMessages() const { return m_warnings; }
    QStringList loadedFiles() const { return m_files; }
    /// The files of the site's profile (SiteProfile) that were layered in, where the site has no such file.
    QStringList profileFiles() const { return m_profileFiles; }
    /**
     * Whether languages() were found from the page file names (`<template>.<lang>.md`): neither the site nor
     * its profile has a user-level system.yaml. The default language is then the most frequent one.
     */
    bool languagesInferred() const { return m_languagesInferred; }

    /// Deep merge: maps merge key by key, everything else is replaced by @p over.
    static QVariantMap merged(const QVariantMap &base, const QVariantMap &over);
    /// PHP's array_replace_recursive(): as merged(), but lists too are replaced entry by entry.
    static QVariantMap replacedRecursive(const QVariantMap &base, const QVariantMap &over);

private:
    void mergeFile(const QString &scope, const QString &path);
    QTimeZone resolveZone() const;

    QVariantMap m_root; // "system", "site", "media", "plugins" → maps
    QTimeZone m_zone; // resolved once: building a QTimeZone reads the zone database
    QVector<ProblemText> m_warnings;
    QStringList m_files;
    QStringList m_profileFiles;
    bool m_languagesInferred = false;
};

} // namespace GravDesk
