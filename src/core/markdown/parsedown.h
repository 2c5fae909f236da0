#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace GravDesk::Markdown {

/*
 * Strings in this engine are "byte strings": a QString whose every QChar is
 * one byte of the UTF-8 input (QString::fromLatin1 of the bytes). Parsedown
 * is byte-oriented (strlen, substr, non-/u PCRE), so this keeps every
 * offset, extent and regular expression exactly as Parsedown sees them while
 * still using QRegularExpression (PCRE2, without Unicode properties, like
 * PHP's preg_*). Convert with toBytes()/fromBytes() at the edges.
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

/// htmlspecialchars(): ENT_QUOTES (`'` → &#039;) or ENT_NOQUOTES.
QString escapeHtml(const QString &s, bool quotes);

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
    QStringList nonNestables;

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
/// Moves every sourceLineMarker() onto the element that follows it (`<x` → `<x data-gd-line="N"`) and drops the rest.
QString applySourceLineMarkers(const QString &html);
/// Wraps Twig in text (outside tags, pre, code and existing placeholders) as placeholders.
QString twigPlaceholders(const QString &html);
/// `<span class="gd-placeholder" data-gd-kind="KIND">TEXT escaped</span>` (a div when @p block).
QString placeholder(const QString &kind, const QString &text, bool block);

/**
 * A Parsedown 1.7.4 compatible block and inline parser with Grav 1.7's
 * hooks (see gravrenderer.h for why this is not cmark-gfm).
 */
class Parsedown
{
public:
    Parsedown(const ParsedownOptions &options, LinkHooks hooks);
    /// Parsedown::text() on a byte string; returns a byte string.
    QString text(const QString &markdown);
    /// Whether the last text() ran out of its time budget (ParsedownOptions::maxMs).
    bool timedOut() const { return m_timedOut; }

private:
    struct Line;
    struct Block;
    struct Inline;

    QString lines(const QStringList &lines);
    bool startBlock(int type, const Line &line, Block *current, Block &out);
    bool continueBlock(const Line &line, Block &block);
    void completeBlock(Block &block);
    QString renderBlock(const Block &block);
    bool reference(const QString &text);

    QString line(const QString &text, const QStringList &nonNestables = {});
    bool inlineAt(const QString &type, const QString &text, int pos, Inline &out);
    bool inlineLink(const QString &text, int pos, Inline &out, bool forImage);
    bool inlineImage(const QString &text, int pos, Inline &out);
    bool baseLink(const QString &text, int pos, Element &e, int &extent);
    QString unmarkedText(const QString &text) const;
    QString element(const Element &e);

    ParsedownOptions m_options;
    LinkHooks m_hooks;
    QHash<QString, QPair<QString, QString>> m_references; // id → url, title (null title: none)
    QSet<QString> m_referencesWithTitle;
    QRegularExpression m_shortcodeLine;
    // Searches that Parsedown repeats from every `[` of a line (its Twig-link and bracket regexes):
    // the leftmost match from an earlier start is reused, which keeps hostile lines linear.
    struct SearchCache
    {
        const QChar *data = nullptr;
        qsizetype size = -1;
        int from = 0;
        QRegularExpressionMatch match;
    };
    static QRegularExpressionMatch search(const QRegularExpression &re, const QString &text, int pos, SearchCache &cache);
    SearchCache m_twigCache;
    SearchCache m_bracketCache;
    int m_depth = 0;
    int m_contextStart = 0;
    int m_leadingNewlines = 0; // trimmed by text() before the first line
    QDeadlineTimer m_deadline;
    bool m_timedOut = false;
};

} // namespace GravDesk::Markdown
