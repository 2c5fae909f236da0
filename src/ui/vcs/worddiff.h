#pragma once

#include <QString>

namespace GravDesk {

/// Two texts as HTML with the words that differ between them marked (paragraphs are often one long line).
struct WordDiffHtml
{
    QString left; ///< @p a: words not in @p b marked as removed
    QString right; ///< @p b: words not in @p a marked as added
};

/// Compares @p a and @p b word by word (a longest common subsequence of words, spaces and punctuation).
WordDiffHtml wordDiffHtml(const QString &a, const QString &b);

} // namespace GravDesk
