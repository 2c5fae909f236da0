#pragma once

#include <QString>
#include <QStringList>

namespace GravDesk {

/**
 * Kazakh adds its suffixes to borrowed words: `пациент` → `пациенттердің`, `гематология` →
 * `гематологиялық`, `кафедра` → `кафедрасының`. The Kazakh dictionary knows few such stems and the
 * Russian one knows no Kazakh endings, so both flag these words. This returns the stems left after
 * taking off up to four Kazakh suffixes (plural, case, possessive, participles, -лық/-дағы/-сыз …) from the end of
 * @p word, shallowest first; each stem keeps at least four letters. A word the Russian dictionary
 * (borrowing) or the Kazakh one knows (a form it lacks) as one of these stems is accepted.
 *
 * Suffixes that begin with a vowel (-ы, -ын, -ымыз, -атын, and the verbal noun -у) are taken off only
 * after a consonant (or у, й, which behave as consonants here), so
 * a misspelt stem (`пациентер`) is not made correct by a suffix that is really part of it; and only
 * where vowel harmony allows the suffix (back а ы ұ after a back vowel, front е і ә after a front one),
 * so `дәрігерлар` does not pass for `дәрігерлер`.
 */
QStringList kazakhSuffixStems(QStringView word);

} // namespace GravDesk
