#pragma once

#include "site/sitesearch.h"

#include <QByteArray>
#include <QRegularExpressionMatch>
#include <QString>
#include <QVector>

namespace GravDesk {

/**
 * The replacement of a site-wide Find and Replace. With plain text it is taken literally. With a regular
 * expression it is read as the page's find bar reads it (FindMatcher::replacementFor):
 *  - `\1` … `\9` and `$1` … `$9`: the text of that group ("" when the group did not take part); `\0` and `$0`:
 *    the whole match;
 *  - `\\` and `$$`: a backslash and a dollar sign; `\n` and `\t`: a line break and a tab;
 *  - any other character, `\` or `$` as it is.
 * A reference to a group the expression does not have is an error (the find bar leaves it empty). Group texts
 * are copied from the page as written (ё stays ё although the search took it for е).
 */
class ReplaceTemplate
{
public:
    /// False (with a sentence in @p error) when @p text refers to a group @p pattern does not have.
    bool set(const QString &text, const SearchPattern &pattern, QString *error = nullptr);
    QString text() const { return m_text; }
    /// The replacement for @p match, found in @p mapped (the text the expression ran on) whose unmapped
    /// text is @p original (same offsets).
    QString expand(const QRegularExpressionMatch &match, const QString &original) const;

private:
    struct Part
    {
        QString literal; ///< used when group is -1
        int group = -1;
    };
    QString m_text;
    bool m_regex = false;
    QVector<Part> m_parts;
};

/// The new bytes of one page file, or why it cannot be changed.
struct FileReplacement
{
    bool ok = false;
    QString error; ///< a sentence for the user (not naming the file: the caller does)
    bool stale = false; ///< a chosen match is not in the bytes any more: the file changed since the search
    QByteArray after; ///< the new bytes (ok)
    int replaced = 0;
    bool headerChanged = false; ///< a title or slug was replaced
    struct Span
    {
        qsizetype start = 0; ///< in the old bytes
        qsizetype oldLength = 0;
        qsizetype newLength = 0;
    };
    QVector<Span> spans; ///< what was replaced, in file order (to find the other matches again in the new bytes)
};

/**
 * Replaces in @p bytes (a page file) the matches of @p pattern chosen among those SearchText::search() finds in
 * them (compared by field, line, column, length and line text; folder, language and file name are not looked
 * at). Every byte outside the replaced spans stays as it was. A chosen match that is not found makes it fail
 * with @c stale set; so does a folder match (a folder is renamed by a page operation, not here).
 *
 * Title and slug matches are replaced inside their line only (a match or a replacement with a line break there is
 * refused); the header must still be one Grav reads (pageWriteProblem()) and accepts (parseHeader()). Body
 * replacements must not change the header Grav finds.
 */
FileReplacement replaceMatches(const QByteArray &bytes, const SearchPattern &pattern, const ReplaceTemplate &replacement,
    const QVector<SearchMatch> &chosen);

} // namespace GravDesk
