#pragma once

#include "page/blueprint.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"

#include <QString>
#include <QStringList>

namespace GravDesk {

/**
 * Finds and assembles page blueprints the way Grav 1.7 does.
 *
 * A template's blueprint is the first of: the theme's `blueprints/<template>.yaml`
 * (a child theme first, then the parents its blueprints.yaml lists under
 * streams.schemes.theme.prefixes), `user/blueprints/pages/<template>.yaml`,
 * `system/blueprints/pages/<template>.yaml`; without one, `default`. The
 * files after the first are its parents (`extends@: parent@`). A site without
 * a system/ folder (a user/ folder or a Git Sync clone) gets Grav 1.7's core
 * default blueprint built in.
 *
 * Directives follow RocketTheme's BlueprintForm: `extends@` / `@extends`
 * (a type, or {type, context}; a context such as `blueprints://pages` skips the
 * theme), `import@`, `unset@`, `unset-<property>@`, `replace@`, `ordering@`,
 * then Grav's `config-<property>@` (from the site configuration) and
 * `data-options@` (recorded, not run). Loops, missing files and broken YAML
 * give errors or warnings, never a hang.
 *
 * The resolver only reads files and holds no state between calls: a const
 * instance may be used from a worker thread.
 */
class BlueprintResolver
{
public:
    BlueprintResolver(const SiteLayout &layout, const SiteConfig &config);

    /**
     * The form for pages using @p templateName ("item", "modular/text"). When that
     * blueprint cannot be built, Grav shows the default one: so does this, with the
     * reason in warnings and resolvedAs "default"; error is set only when even that fails.
     * A template the theme has (templates/<name>.html.twig) but no blueprint for gets
     * the core default, as Grav registers it; any other name gets the `default` type
     * (which the theme may override).
     */
    Blueprint resolve(const QString &templateName) const;
    /// One blueprint file with its extends@ and import@, no fallback.
    Blueprint loadFile(const QString &path) const;

    /// The files Grav would consider for @p templateName, the one used first.
    QStringList candidates(const QString &templateName) const;
    QString theme() const { return m_theme; } ///< system.pages.theme
    QStringList themeDirs() const { return m_themeDirs; } ///< child theme first

private:
    friend struct BlueprintLoader;

    Blueprint build(const QString &templateName, const QStringList &files) const;
    QStringList filesFor(const QString &type, const QString &context, bool useContext) const;
    QStringList streamDirs(const QString &stream) const;
    QString systemBlueprintsDir() const;
    bool themeHasTemplate(const QString &templateName) const;

    SiteLayout m_layout;
    SiteConfig m_config;
    QString m_theme;
    QStringList m_themeDirs;
    QStringList m_themeWarnings;
};

} // namespace GravDesk
