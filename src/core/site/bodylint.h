#pragma once

#include "markdown/gravlinks.h"
#include "site/pageindex.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace GravDesk {

/// Where the body being linted belongs, for what the lint looks up.
struct BodyLintContext
{
    QString delimiter = QStringLiteral("==="); ///< the site's summary delimiter (site.summary.delimiter)
    const Markdown::LinkTargets *links = nullptr; ///< the site's link targets; null: links are not checked
    QString pagePath; ///< the page's folder (absolute)
    QString pageRoute; ///< the page's route, no language prefix
    /// Shortcodes that take a closing tag (the default: shortcode-core's and the emulated plugins' container tags).
    QStringList closingShortcodes = defaultClosingShortcodes();

    static QStringList defaultClosingShortcodes();
};

/// One finding of lintBody(): where, what, and the sentence to show.
struct BodyFinding
{
    int line = 0; ///< 1-based line of the body
    int column = 0; ///< 1-based, UTF-16 units
    int length = 0; ///< what to underline (UTF-16 units)
    Severity severity = Severity::Warning;
    ProblemKind kind = ProblemKind::BrokenLink;
    ProblemText message;
};

/**
 * What in a page body (the Markdown after the header, as the editor holds it) does not do what it seems
 * to: the summary delimiter right under a paragraph line (Parsedown's setext rule makes the paragraph a
 * heading and the delimiter is gone), a link or image to a file or page that does not exist (see
 * Markdown::checkLinkTarget()), a shortcode that takes a closing tag without one, a line starting with
 * `---`. Fenced code blocks are skipped. Fast enough to run after each pause in typing (a 100 KB body
 * takes a few milliseconds, see bench/README.md).
 */
QVector<BodyFinding> lintBody(const QString &body, const BodyLintContext &context);

/// Twig (`{{ … }}`, `{% … %}`) in @p body outside fenced code: its line (1-based), column and text.
QVector<BodyFinding> findTwig(const QString &body);

} // namespace GravDesk
