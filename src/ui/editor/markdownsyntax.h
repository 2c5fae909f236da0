#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <functional>

namespace GravDesk {

/// What a stretch of a Markdown body is, as Grav's Parsedown reads it (the highlighter gives each a colour).
enum class MarkdownStyle : quint8 {
    Heading,
    HeadingMarker, ///< the `#` run of an ATX heading, a setext underline
    Emphasis,
    Strong,
    CodeSpan,
    CodeBlock, ///< indented and fenced code, the fence lines included
    Link,
    LinkTarget, ///< `(url "title")`, `[ref]`, a reference definition
    Image,
    Quote,
    ListMarker,
    Table,
    TableDelimiter,
    Rule,
    Html,
    HtmlComment,
    Shortcode,
    Notice,
    Twig,
    SummaryDelimiter,
    Escape,
    Count
};

/// The block a line belongs to (tests compare these with what the renderer makes of the same text).
enum class MarkdownLine : quint8 {
    Blank,
    Paragraph,
    Heading, ///< an ATX heading, or a line of a paragraph a setext underline makes a heading
    SetextUnderline,
    CodeBlock, ///< indented code, or a line inside a fence
    Fence, ///< the opening or closing line of fenced code
    List,
    Quote,
    Html,
    Comment,
    Table,
    Rule,
    Notice,
    Twig,
    Shortcode,
    Reference,
    SummaryDelimiter,
};

/// One styled stretch of a line (UTF-16 offsets in the line).
struct MarkdownSpan
{
    int start = 0;
    int length = 0;
    MarkdownStyle style = MarkdownStyle::Heading;
};

/// What MarkdownSyntax found on one line.
struct MarkdownLineResult
{
    MarkdownLine kind = MarkdownLine::Blank;
    bool blockStart = false; ///< the line starts a top-level block (a heading's first line, a list's first item …)
    int headingLevel = 0; ///< 1–6 for Heading lines
    QVector<MarkdownSpan> spans; ///< block styles first, then inline ones (later spans are drawn over earlier ones)
};

/**
 * Reads a Markdown body line by line the way Parsedown 1.7.4 with Grav's additions (Twig, shortcodes,
 * notices) reads it at the top level, so that an editor can colour one line from the state the line
 * before it ended in (QSyntaxHighlighter keeps one int per block). The block rules follow
 * Parsedown::lines() and its block types (src/core/markdown/parsedownblocks.cpp); inline rules are a
 * one-line approximation of Parsedown's inline types (an emphasis that spans two lines is not shown).
 *
 * A paragraph line needs the lines after it: a `===`/`---` underline makes the whole paragraph a heading,
 * a `|---|` line makes it a table header, and a `===` line alone is Grav's summary delimiter only when
 * the paragraph ends with it. Those are read through @p nextLine (at most kLookahead lines).
 */
class MarkdownSyntax
{
public:
    /// The state before the first line.
    static constexpr int StartState = 0;
    /// States fit in this many bits (the highlighter packs them beside the spelling state).
    static constexpr int StateBits = 14;
    /// Lines longer than this get their block style on their first characters only, and no inline styles.
    static constexpr int kMaxStyledLine = 10000;
    /// How many following lines a paragraph line reads to find a setext underline or a table delimiter.
    static constexpr int kLookahead = 24;

    /// Gives the next line after the one being read (successive calls: the line after that); false at the end.
    using NextLine = std::function<bool(QString *line)>;

    /**
     * Reads @p line, given the state the previous line ended in; returns the state this line ends in.
     * @p delimiter is the site's summary delimiter (Grav's default `===`).
     */
    static int highlightLine(QStringView line, int previousState, const NextLine &nextLine, MarkdownLineResult *out,
        const QString &delimiter = QStringLiteral("==="));

    /// True when a line ending in @p state leaves a paragraph open (a line after it may make it a heading or a table).
    static bool isOpenParagraph(int state) { return (state & 31) == 1; }

    /// The inline styles of @p text (a paragraph's, heading's, list item's … text), offset by @p offset.
    static void inlineSpans(QStringView text, int offset, QVector<MarkdownSpan> *out);
};

} // namespace GravDesk
