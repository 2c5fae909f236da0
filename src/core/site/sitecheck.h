#pragma once

#include "markdown/gravlinks.h"
#include "site/bodylint.h"
#include "site/pageindex.h"

#include <QByteArray>
#include <QVector>

namespace GravDesk {

class Blueprint;
struct HeaderParse;

/**
 * Header values that Grav reads differently from how they look: unquoted dates (Symfony turns
 * `2024-05-25` into a Unix-time integer, so Grav's date parsing may fall back to the file time) and
 * YAML 1.1 boolean words (`yes`, `no`, `on`, `off` stay text for Symfony; PHP then treats "no" as true).
 * @p headerText is Grav's header text (LF); lines are reported as file lines from @p headerFirstLine.
 */
QVector<SiteProblem> lintHeaderText(const QString &relPath, const QByteArray &headerText, int headerFirstLine);

/**
 * Header lines that start with a tab (@p rawHeader: the header's bytes as in the file). Grav turns the
 * first tab of a line into four spaces before parsing, so such a header works on the site, but every
 * other YAML reader (editors, linters, Grav's own admin when it re-saves) rejects or re-indents it.
 * Only reported for headers Grav accepts; a rejected one is already an invalid-header error.
 */
QVector<SiteProblem> lintHeaderTabs(const QString &relPath, const QByteArray &rawHeader, int headerFirstLine);

/**
 * Header values that fail their blueprint field's `validate:` rules (required, type, pattern, min, max),
 * decided by BlueprintValidator — the rule the form shows beside each field. Absent keys fail only
 * `required` (and only without a default).
 */
QVector<SiteProblem> checkAgainstBlueprint(const QString &relPath, const HeaderParse &header, const Blueprint &blueprint);

/// Where the links of @p index's pages can lead (every page route in every language, the site's folders).
Markdown::LinkTargets linkTargetsOf(const PageIndex &index);

/// The context lintBody() needs for the page in @p node, language @p language (@p links from linkTargetsOf()).
BodyLintContext bodyLintContext(const PageIndex &index, int node, const QString &language, const Markdown::LinkTargets *links);

/**
 * A page file whose header Grav does not find: the closing `---` glued to the end of a header line
 * (`title: x---`), no closing line at all, or no opening `---` above `key: value` lines at the start of
 * the file. Grav then publishes those lines as text (or takes the page up to a later `---` line for its
 * header). @p raw: the file's bytes.
 */
QVector<SiteProblem> checkHeaderBoundary(const QString &relPath, const QByteArray &raw);

/// Everything the index reports plus the two checks above for every page file of the site, the header
/// boundary, lintBody() of every body and Twig in pages without process.twig.
QVector<SiteProblem> checkSite(const PageIndex &index);

/**
 * Renders every page file of the site and reports, as warnings, what Grav renders there and GravDesk
 * does not emulate (RenderResult::unrendered: page-inject, shortcodes of installed plugins, Twig,
 * shortcode parsers other than `regular`, ...), one problem per page and message. Also a warning for
 * the site itself when it has no address (external_links then marks no link).
 */
QVector<SiteProblem> checkRendering(const PageIndex &index);

} // namespace GravDesk
