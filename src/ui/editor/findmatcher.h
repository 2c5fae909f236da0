#pragma once

#include <QRegularExpression>
#include <QString>
#include <QVector>

namespace GravDesk {

/// How FindMatcher compares.
struct FindOptions
{
    bool caseSensitive = false;
    bool wholeWord = false;
    bool regularExpression = false;
    bool yoIsYe = true; ///< ё/Ё and е/Е are the same letter (Russian text is written both ways)
};

/// One match: UTF-16 offsets in the searched text.
struct FindMatch
{
    int start = 0;
    int length = 0;
};

/**
 * The search of the find bar: a pattern with its options, applied to a text. Plain text, whole words and
 * regular expressions all run as one QRegularExpression. "ё = е" replaces ё by е (either case) in both the
 * pattern and the text before matching: the mapping keeps every offset, so a match in the mapped text is
 * the same range of the original, and it works the same inside regular expressions (`[ё]` → `[е]`).
 */
class FindMatcher
{
public:
    /// Sets the pattern; false (with the message in @p error) when it is not a valid regular expression.
    bool setPattern(const QString &pattern, const FindOptions &options, QString *error = nullptr);
    bool isValid() const { return m_valid; }
    bool isEmpty() const { return m_pattern.isEmpty(); }
    const FindOptions &options() const { return m_options; }

    /// The text as the matcher compares it (ё mapped when the option is on); offsets are those of @p text.
    QString prepare(const QString &text) const;
    /**
     * Up to @p limit matches in @p prepared (from prepare()), from the start; @p more is set when there
     * are more. Empty matches are skipped: replacing them would never end.
     */
    QVector<FindMatch> findAll(const QString &prepared, int limit, bool *more = nullptr) const;
    /// The first match starting at or after @p from (wrapping round to the start), or length 0.
    FindMatch findNext(const QString &prepared, int from) const;
    /// The last match ending at or before @p to (wrapping round to the end), or length 0.
    FindMatch findPrevious(const QString &prepared, int to) const;
    /// True when [start, start + length) of @p prepared is exactly one match.
    bool matchesExactly(const QString &prepared, int start, int length) const;

    /**
     * What replaces the match at @p match of @p original: @p replacement as it is, or in regular expression
     * mode with `\1`…`\9` and `$0`…`$9` replaced by the groups (taken from the original text).
     */
    QString replacementFor(
        const QString &original, const QString &prepared, const FindMatch &match, const QString &replacement) const;
    /// @p original with every match replaced; @p count is set to their number.
    QString replaceAll(const QString &original, const QString &replacement, int *count) const;

    /// Maps ё→е and Ё→Е in place (length-preserving): SearchFold::mapYo(), shared with site search.
    static void mapYo(QString &text);

private:
    QRegularExpression m_regex;
    QString m_pattern;
    FindOptions m_options;
    bool m_valid = false;
};

} // namespace GravDesk
