#pragma once

/*
 * The Grav 1.7 page renderer: the HTML Grav puts into `page.content`.
 *
 * Design decision (why not cmark-gfm's AST here): Grav 1.7 renders with
 * Parsedown 1.7.4, whose block structure differs from CommonMark at the
 * root: any block start interrupts a paragraph, a setext underline takes the
 * whole paragraph, HTML blocks run to the matching close tag across blank
 * lines, list items are split by indentation rules of their own, and
 * plugins add line-based block types (shortcode lines, Twig lines,
 * `! notices`). Inline parsing is a left-to-right excerpt scan whose
 * regular expressions (emphasis, links with recursive brackets, Grav's
 * greedy Twig link hijack) have no CommonMark delimiter-stack equivalent.
 * Re-shaping cmark-gfm's output could not reproduce those results, so the
 * renderer is a Parsedown-compatible block and inline parser written for
 * this project (parsedown.h), with Grav's layers on top: link/media URL
 * rewriting (gravlinks.h), external_links (externallinks.h), shortcode-core
 * with owl-carousel and friends (shortcodes.h), and the pipeline below.
 * cmark-gfm remains the project's CommonMark view (plainrenderer.h) and the
 * speed baseline of bench/bench_render.cpp; its HTML escaping is not reused
 * because Grav's escaping differs (no `"` escaping in text, `&#039;` in
 * attributes).
 *
 * Settings come from the site (SiteConfig: the plugins' defaults, their
 * user/config/plugins/<name>.yaml, system.yaml) with the page header's overrides
 * merged over them as Grav merges them: `process:` and `markdown:` key by key,
 * `shortcode-core:` and `external_links:` key by key at their top level
 * (Plugin::mergeConfig()), `youtube:` recursively (array_replace_recursive);
 * markdown-notices' classes are site settings only. The site's address
 * (SiteConfig::siteUrl()) decides which links external_links marks.
 *
 * `markdown.extra` (site config or a page header's `markdown:`) switches
 * the engine to ParsedownExtra 0.8.1 (ParsedownOptions::extra).
 *
 * Not supported (reported as warnings, and listed in RenderResult::unrendered
 * where Grav's page would differ): Twig execution (and Twig shown as text
 * when process.twig is off), page-inject (`[plugin:page-inject](…)` and the
 * raw shortcodes), shortcode-core parsers other than `regular`, image
 * manipulation (actions are listed in `data-grav-actions`), shortcodes other
 * than the emulated ones (also those of plugins installed on the site),
 * external_links' `links.www`, `links.redirects` and `title`; with
 * markdown.extra, an HTML block that starts with <html>, <head> or <body>
 * (ParsedownExtra fails on it: Grav shows an error page).
 *
 * Preview annotations (RenderOptions; all off by default, and then the
 * output is exactly Grav's):
 *  - `sourceLines`: every top-level block of page.content gets
 *    `data-gd-line="N"`, N the 1-based line in the whole page file (header
 *    included) where the block starts: p, h1–h6, ul/ol, table, pre,
 *    blockquote, hr, a notice's div, the first element of an HTML block, and
 *    the outer element a shortcode line produces (owl-carousel's div, a
 *    `[center]` div …: the line of the opening tag).
 *  - `previewPlaceholders`: Twig (`{{ … }}`, `{% … %}`, `{# … #}`) in text,
 *    shortcodes the site registers but this renderer does not emulate and
 *    `[plugin:page-inject](…)` / `[plugin:content-inject](…)` become
 *    `<span class="gd-placeholder" data-gd-kind="twig|shortcode|page-inject">`
 *    holding the original text (escaped); a placeholder that is a whole line
 *    is a `<div>` instead. Twig inside `<pre>`/`<code>` and attribute values
 *    is left alone. Image actions in `data-grav-actions` are then written as
 *    calls, `name(args);name(args)` — e.g. `cropResize(300,200);quality(80)`
 *    — in query order, arguments percent-decoded and comma-separated as
 *    written (Grav rebuilds the query, so a valueless action such as
 *    `?grayscale` reads `grayscale(1)`); without the flag the attribute keeps
 *    the oracle's form `cropResize=300,200&quality=80`.
 * With sourceLines an owl-carousel's md5 id (owlIdsFromMd5) changes, since
 * it hashes the annotated HTML.
 */

#include "site/pageindex.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <string>

namespace GravDesk {

namespace Markdown {
class FolderCache;
}

/// What rendering one page produced. Errors are values: `ok` is false only when nothing could be rendered.
struct RenderResult
{
    bool ok = true;
    QString error;
    QString html; ///< page.content
    QString summary; ///< page.summary (site.summary rules)
    QByteArray htmlUtf8; ///< page.content as UTF-8, instead of html (RenderOptions::utf8)
    QByteArray summaryUtf8; ///< page.summary as UTF-8, instead of summary (RenderOptions::utf8)
    bool headerRejected = false; ///< Grav shows its "Invalid Frontmatter" page (rendered in html)
    bool truncated = false; ///< input or output hit the size cap; a notice is in warnings
    QStringList warnings;
    /// The warnings about content Grav renders but this renderer cannot (page-inject, shortcodes and
    /// Twig it does not run, settings it does not emulate): the page on the site differs there.
    QStringList unrendered;
};

/// Rendering options that are not part of the site (normalisations for comparisons and tests).
struct RenderOptions
{
    QString language; ///< active language; empty: from the file name, else the site default
    QString pageFolder; ///< folder relative to the pages folder for a file outside it (e.g. "02.news/x")
    QString siteUrl; ///< the site's address; null: the site's own (SiteConfig::siteUrl()), "" for none
    QString baseUrl; ///< Grav's base URL path; null: the path of the site's address (none at the domain root)
    bool owlIdsFromMd5 = false;
    bool externalLinks = true;
    bool keepSummaryDelimiter = false;
    bool summary = true; ///< also work out page.summary (Grav does only when a template asks for it)
    bool utf8 = false; ///< results as UTF-8 (htmlUtf8, summaryUtf8) for writing to files: no round trip through UTF-16
    bool sourceLines = false; ///< preview: top-level blocks carry data-gd-line (1-based line in the page file)
    bool previewPlaceholders = false; ///< preview: Twig and unrendered shortcodes become labelled placeholders
    qsizetype maxInputBytes = 8 * 1024 * 1024; ///< longer bodies are cut (with a notice)
    qsizetype maxOutputBytes = 64 * 1024 * 1024;
    qint64 maxMarkdownMs = 10000; ///< Markdown pass budget: lines after it are kept as escaped text (with a notice); <= 0: none
};

/**
 * Renders pages of one site. Construct once per site (it builds the route
 * maps from the index); render() is const and may run on several threads.
 */
class GravRenderer
{
public:
    /// A site-less renderer (built-in configuration: the oracle's languages kk, ru, en; no address; no media or
    /// route lookups).
    GravRenderer();
    explicit GravRenderer(const PageIndex &index);

    /// Renders the page file @p filePath with contents @p fileBytes (the path places it in the site).
    RenderResult render(const QByteArray &fileBytes, const QString &filePath, const RenderOptions &options = {}) const;
    /// Reads and renders a page file.
    RenderResult renderFile(const QString &filePath, const RenderOptions &options = {}) const;

    const SiteConfig &config() const { return m_config; }
    QString pagesDir() const { return m_pagesDir; }
    /// Batch runs over a site that does not change meanwhile: a page folder is listed once and not looked at
    /// again on later renders. Off by default, so that a preview shows the images just imported.
    void setSnapshot(bool snapshot);

private:
    struct Switches;
    void prepare();
    Switches switches(const QVariantMap &header) const;
    QString canonicalFolder(const QString &filePath) const;

    // Configuration values every render needs, read once (SiteConfig lookups walk nested maps).
    struct Settings
    {
        QStringList mediaExtensions;
        QStringList validLinkAttributes;
        QString paramSeparator;
        QString homeAlias;
        bool forceLowercase = true;
        QVariantMap process;
        QVariantMap markdown;
        QVariantMap shortcodeCore; // plugin settings (defaults, then the site's); a page header may override them
        QVariantMap youtube;
        QVariantMap externalLinks;
        QVariantMap pageInject;
        bool shortcodeBlocks = true;
        bool notices = true;
        QString noticeBase; // markdown-notices (site settings only: the plugin reads them from the config)
        QStringList noticeLevels;
        QStringList shortcodeNames; // registered handlers: the emulated plugin set's and those of the site's plugins
        QStringList rawShortcodeNames; // raw-content handlers (page-inject, ...)
        QVariantMap summary;
        QString delimiter;
        std::string delimiterParagraph; // <p>DELIMITER</p> in UTF-8
        QString siteUrl; // the site's address and its host and path, parsed once
        QString siteHost;
        QString sitePath;
        std::shared_ptr<const Switches> defaults; // the switches of a page whose header overrides none
    };

    SiteConfig m_config;
    Settings m_settings;
    SiteLayout m_layout;
    QStringList m_languages; // the site's, or the built-in kk, ru, en
    QString m_defaultLanguage;
    bool m_includeDefaultLanguage = true;
    QString m_pagesDir; // canonical
    QHash<QString, QString> m_canonicalFolders; // the index's page folders: absolute path as given and canonical → canonical
    std::shared_ptr<Markdown::FolderCache> m_folders; // listings of page folders, shared by all renders
    QString m_gravRoot;
    QHash<QString, QHash<QString, QString>> m_folderRoutes; // language → folder → route
    QHash<QString, QHash<QString, QString>> m_routeFolders; // language → route → folder
};

/**
 * Grav's page.summary for rendered @p html: with `format: short` the HTML
 * before the first `<p>DELIMITER</p>`; else (or without a delimiter) the
 * HTML cut to `size` characters of text (tags kept balanced, `...` added);
 * `size: 0` or disabled → the whole content. @p htmlWithDelimiter is the
 * content before delimiter removal.
 */
QString gravSummary(const QString &htmlWithDelimiter, const QString &delimiter, bool enabled, const QString &format, int size);

/// HTML-aware truncation to @p length characters of text (Utils::truncateHtml).
QString truncateHtml(const QString &html, int length, const QString &ellipsis = QStringLiteral("..."));

} // namespace GravDesk
