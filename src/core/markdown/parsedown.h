#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace GravDesk::Markdown {

/*
 * Grav and Parsedown are byte-oriented (strlen, substr, PCRE without /u).
 * The Parsedown engine and the passes after it (external_links, shortcodes,
 * preview annotations) work on the UTF-8 bytes themselves (std::string_view
 * in, std::string out); the link hooks and the few regular expressions hold
 * them as "byte strings": a QString whose every QChar is one byte of the
 * UTF-8 text (QString::fromLatin1 of the bytes), so offsets, extents and
 * their regular expressions are exactly Parsedown's. Convert with
 * toBytes()/fromBytes() at the edges.
 */
inline QString fromBytes(const QByteArray &b)
{
    return QString::fromLatin1(b);
}
inline QByteArray toBytes(const QString &s)
{
    return s.toLatin1();
}
/// A byte string holding @p utf8 text.
inline QString bytesOf(const QString &text)
{
    return QString::fromLatin1(text.toUtf8());
}
/// The text a byte string holds.
inline QString textOf(const QString &bytes)
{
    return QString::fromUtf8(bytes.toLatin1());
}

/// A compiled regular expression for @p pattern, kept per thread (compiling is the costly part; copies share it).
QRegularExpression cachedRegex(const QString &pattern, QRegularExpression::PatternOptions options = {});

/// An HTML element as Parsedown builds it (attributes keep their order; a null value is not written).
struct Element
{
    enum class Handler { None, Line, Child };
    QString name;
    QVector<QPair<QString, QString>> attributes;
    bool hasText = false;
    QString text;
    Handler handler = Handler::None;
    std::shared_ptr<Element> child;

    QString attribute(const QString &name) const;
    bool hasAttribute(const QString &name) const;
    void setAttribute(const QString &name, const QString &value); ///< replaces in place or appends
    void removeAttribute(const QString &name);
};

/// Grav's link/image hooks (Excerpts.php): rewrite an `<a>` or `<img>` element in place.
struct LinkHooks
{
    std::function<void(Element &a, bool isImageUrl)> link;
    std::function<void(Element &img)> image;
};

/// Options of Grav's Parsedown (system.pages.markdown + plugins that add block types).
struct ParsedownOptions
{
    bool breaksEnabled = false; ///< auto_line_breaks
    bool urlsLinked = false; ///< auto_url_links
    bool markupEscaped = false; ///< escape_markup
    QVector<QPair<QChar, QString>> specialChars {{QChar(u'>'), QStringLiteral("gt")}, {QChar(u'<'), QStringLiteral("lt")}};
    bool twigBlocks = true; ///< ParsedownGravTrait::blockTwigTag
    bool shortcodeBlocks = true; ///< shortcode-core's block type
    QStringList shortcodeNames; ///< registered non-raw handler names
    bool extra = false; ///< markdown.extra: ParsedownExtra 0.8.1 on top of Parsedown (parsedownextra.cpp)
    bool notices = true; ///< markdown-notices
    QString noticeBase = QStringLiteral("notices");
    QStringList noticeLevels {QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green")};
    int maxDepth = 32; ///< nesting of lists/quotes/notices and inline elements beyond which text is kept flat
    // Preview annotations (see RenderOptions in gravrenderer.h).
    bool sourceLines = false; ///< top-level blocks get data-gd-line
    QVector<int> lineMap; ///< line index of the text given to text() → 1-based line in the page file
    bool previewPlaceholders = false; ///< Twig lines become placeholder divs
    qint64 maxMs = 0; ///< time budget of text(); the lines after it stay escaped text (<= 0: none)
};

/// The marker put before a top-level shortcode line with sourceLines: `<!--gd-line:N-->`.
QString sourceLineMarker(int line);
/// Moves every sourceLineMarker() in @p html (UTF-8) onto the element that follows it (`<x` → `<x data-gd-line="N"`)
/// and drops the rest, into @p out; false when there is no marker (@p out untouched).
bool applySourceLineMarkers(std::string_view html, std::string &out);
/// Wraps Twig in text (outside tags, pre, code and existing placeholders) of @p html (UTF-8) as placeholders, into
/// @p out; false when there is no `{` (@p out untouched).
bool twigPlaceholders(std::string_view html, std::string &out);
/// Appends `<span class="gd-placeholder" data-gd-kind="KIND">TEXT escaped</span>` (a div when @p block).
void appendPlaceholder(std::string &out, std::string_view kind, std::string_view text, bool block);

/**
 * A Parsedown 1.7.4 compatible block and inline parser with Grav 1.7's
 * hooks (see gravrenderer.h for why this is not cmark-gfm), and with
 * ParsedownOptions::extra, ParsedownExtra 0.8.1's additions: footnotes,
 * abbreviations, definition lists, `{#id .class}` on headings and links,
 * and HTML blocks rewritten as its DOMDocument round trip does
 * (parsedownextra.cpp, parsedownhtml.cpp).
 *
 * It works on the UTF-8 bytes, as Parsedown does (strlen, substr, PCRE
 * without /u), with hand-written scanners in place of Parsedown's regular
 * expressions: each one returns what PCRE's backtracking order would return
 * (the reasoning is next to each scanner), and a scanner that could be asked
 * again from every marker of a hostile line keeps its answer for the line.
 */
class Parsedown
{
public:
    Parsedown(const ParsedownOptions &options, LinkHooks hooks);
    /// Parsedown::text() on UTF-8 bytes.
    std::string text(std::string_view markdown);
    /// Whether the last text() ran out of its time budget (ParsedownOptions::maxMs).
    bool timedOut() const { return m_timedOut; }
    /// Whether the last text() had an HTML block that makes ParsedownExtra fail (one starting with <html>, <head> or
    /// <body>: PHP stops with a fatal error, Grav shows an error page); the engine renders the block's content.
    bool extraFailed() const { return m_extraFailed; }

private:
    struct Line;
    struct Block;
    struct Inline;
    struct Scan;
    struct Definition
    {
        std::string url;
        std::string title;
        bool hasTitle = false;
    };
    struct Note
    {
        std::string label;
        std::string text;
        int count = 0; // markers seen
        int number = 0; // 0: not referenced yet
    };
    struct Abbreviations;

    // Parsedown::text() (definitions reset, lines, trimmed) and ParsedownExtra::text() on top of it.
    std::string baseText(std::string_view markdown);
    std::string extraText(std::string_view markdown);
    void resetDefinitions();
    // ParsedownExtra (parsedownextra.cpp)
    bool startExtraBlock(int type, const Line &line, Block *current, Block &out);
    bool continueExtraBlock(const Line &line, Block &block);
    void completeBlock(Block &block);
    void renderDefinitionList(const Block &block, std::string &out);
    bool footnoteMarker(std::string_view text, size_t pos, std::string &html, size_t &extent);
    void linkAttributes(std::string_view text, size_t pos, Element &e, size_t &extent) const;
    void abbreviate(std::string_view text, std::string &out) const;
    std::string footnotesElement();
    std::string processTag(std::string_view markup, int depth);

    void lines(const std::vector<std::string_view> &lines, std::string &out);
    bool startBlock(int type, const Line &line, Block *current, Block &out);
    bool continueBlock(const Line &line, Block &block);
    void renderBlock(const Block &block, std::string &out);
    bool reference(std::string_view text);

    void line(std::string_view text, unsigned nonNestables, std::string &out);
    bool inlineAt(unsigned type, std::string_view text, size_t pos, size_t start, Scan &scan, Inline &out);
    bool inlineEmphasis(std::string_view text, size_t pos, Scan &scan, Inline &out);
    size_t emphasisEnd(std::string_view text, size_t contentStart, char marker, bool strong);
    bool inlineLink(std::string_view text, size_t pos, Scan &scan, Inline &out, bool forImage);
    bool inlineImage(std::string_view text, size_t pos, Scan &scan, Inline &out);
    bool baseLink(std::string_view text, size_t pos, Scan &scan, Element &e, size_t &extent);
    static bool twigOnNothing(const QString &attribute, std::string_view twig, Inline &out);
    void unmarkedText(std::string_view text, std::string &out) const;
    void plainText(std::string_view text, std::string &out) const;
    void element(const Element &e, unsigned nonNestables, std::string &out);
    void emit(const Inline &in, unsigned nonNestables, std::string &out);

    ParsedownOptions m_options;
    LinkHooks m_hooks;
    std::unordered_map<std::string, Definition> m_references; // lower-cased id → definition
    size_t m_longestReference = 0;
    // ParsedownExtra's DefinitionData: footnotes and abbreviations in definition order (a redefinition keeps
    // the first one's place, as a PHP array key does)
    std::vector<Note> m_footnotes;
    std::unordered_map<std::string, size_t> m_footnoteIndex;
    bool m_footnotesDefined = false;
    int m_footnoteCount = 0; // not reset by nested text() calls, as ParsedownExtra's $footnoteCount
    std::shared_ptr<Abbreviations> m_abbreviations;
    // the settings of the options as bytes, and the settings they come from
    struct Vocabulary
    {
        QVector<QPair<QChar, QString>> specialChars;
        QStringList shortcodeNames;
        QString noticeBase;
        QStringList noticeLevels;
        std::vector<std::pair<char, std::string>> entities; // character → "&name;"
        std::vector<std::string> shortcodes;
        std::string noticeClassBase; // "notices " (commas of the setting as spaces)
        std::vector<std::string> noticeClasses;
    };
    std::shared_ptr<const Vocabulary> m_vocabulary;
    // emphasis scanner: positions already explored (by generation) and its depth-first stack
    std::vector<uint32_t> m_visited;
    uint32_t m_visitGeneration = 0;
    std::vector<std::pair<size_t, int>> m_frames;
    int m_depth = 0;
    int m_leadingNewlines = 0; // trimmed by text() before the first line
    QDeadlineTimer m_deadline;
    bool m_timedOut = false;
    bool m_extraFailed = false;
};

} // namespace GravDesk::Markdown
