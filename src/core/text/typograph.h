#pragma once

#include <QString>
#include <QVector>

namespace GravDesk {

/// One change the typograph makes: @c length characters at @c position become @c text.
struct TypographEdit
{
    int position = 0;
    int length = 0;
    QString text;
};

/**
 * Typographic clean-up of a page body for Russian and Kazakh (and, more
 * lightly, English) news text.
 *
 * Rules, applied only to prose (see typographProtectedMask() for what is never touched):
 *  - quotes: ru/kk get «ёлочки» outside and „лапки“ inside; en gets “double” outside and
 *    ‘single’ inside. Only `"` and the double curly quotes are read as quotes, so English
 *    apostrophes (`Center’s`, `don't`) stay as they are. A paragraph whose quotes do not
 *    pair up is left alone: guessing would be wrong half the time, and while typing the
 *    closing quote is simply not there yet;
 *  - a spaced dash (` - `, ` -- `, ` – `, ` — `) between words becomes an em dash with a
 *    no-break space before it (`слово\u00A0— слово`); between two numbers it is left alone
 *    (`22 - 24` is a range, not a dash);
 *  - `...` (exactly three dots) becomes `…`;
 *  - ru/kk: the space after a one- or two-letter word becomes a no-break space
 *    (`в\u00A0городе`, `по\u00A0данным`), so the short word never ends a line;
 *  - every language: the space between a number and a unit (`5 мг`, `10 %`, `2024 г.`,
 *    `5 mg`) and after `№`/`§` becomes a no-break space. A space is never added or removed:
 *    `10%` stays `10%` and `10 %` becomes `10\u00A0%` (GOST 8.417 writes the space; the
 *    author decides whether there is one).
 * The result is idempotent: typographing it again changes nothing.
 */
class Typograph
{
public:
    /// Reading speed used for reading-time estimates (words per minute) of ru/kk text.
    static constexpr int kCyrillicWordsPerMinute = 180;
    /// Reading speed for English text (words per minute).
    static constexpr int kEnglishWordsPerMinute = 230;

    /**
     * The typographed Markdown body (LF line endings, without the front matter) for @p language
     * ("kk", "ru", "en"; any other language is treated as ru/kk when it is written in Cyrillic,
     * else as en).
     */
    static QString markdown(const QString &body, const QString &language);

    /**
     * The typographed text of @p body's range [@p from, @p to), read in the context of the whole body
     * (code fences, paragraphs for quote pairing). Replacing the range with it is what as-you-type does
     * for the paragraph being typed, leaving the rest of the page as the author left it.
     */
    static QString markdownRange(const QString &body, const QString &language, int from, int to);

    /**
     * The changes markdown() makes, in increasing position order and not overlapping: an editor applies
     * them (from the last) as one undoable step and keeps the cursor where it was.
     */
    static QVector<TypographEdit> edits(const QString &body, const QString &language);

    /// Plain text (a title, a description): the same rules with nothing protected.
    static QString plainText(const QString &text, const QString &language);

    /**
     * One flag per UTF-16 unit of @p body: true where the text is Markdown, HTML, Twig,
     * a shortcode, code or a URL and must never change: fenced and indented code, inline
     * code, `{{ }}` `{% %}` `{# #}`, HTML tags, comments and the contents of
     * script/style/pre/code/textarea, shortcodes and other `[..]` not followed by a link
     * destination, link syntax and destinations, images, bare URLs, reference definitions,
     * backslash escapes, line-start markers (headings, quotes, list items), table pipes
     * and alignment rows, thematic breaks, setext underlines, the `===` summary delimiter, and a
     * front matter block at the very start (when a whole page file is given).
     */
    static QVector<bool> protectedMask(const QString &body);

    /**
     * Folds what the typograph changes (quotes, dashes, no-break spaces, the ellipsis) back
     * to plain ASCII, so that normalise(text) == normalise(markdown(text)) for every text.
     */
    static QString normalise(const QString &text);
};

/// Counts for the status bar.
struct TextStatistics
{
    int words = 0;
    int characters = 0; ///< user-perceived characters (code points), line breaks not counted
    int charactersWithoutSpaces = 0;
    int readingMinutes = 0; ///< rounded up; 0 only for an empty text
};

/// Word and character counts of @p text (a Markdown body is counted as written); reading time by language.
TextStatistics textStatistics(const QString &text, const QString &language);

} // namespace GravDesk
