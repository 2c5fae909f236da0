#include "text/kazakhstems.h"

#include <QVector>

namespace GravDesk {
namespace {

// Longest first, so that -ндағы is tried before -дағы and -ғы.
const QVector<QStringView> &suffixes()
{
    static const QVector<QStringView> list = [] {
        QVector<QStringView> s = {// -лық/-шылық: adjectives and abstract nouns; -дағы: "the one in"
            u"шылық", u"шілік", u"ндағы", u"ндегі", u"дағы", u"дегі", u"тағы", u"тегі", u"лық", u"лік", u"дық", u"дік", u"тық",
            u"тік",
            // plural
            u"лар", u"лер", u"дар", u"дер", u"тар", u"тер",
            // genitive, ablative, locative after possessive, instrumental
            u"ның", u"нің", u"дың", u"дің", u"тың", u"тің", u"нан", u"нен", u"дан", u"ден", u"тан", u"тен", u"нда", u"нде",
            u"мен", u"бен", u"пен",
            // dative, accusative, locative, possessive, -шы (agent), -ғы/-гі (adjectival)
            u"ға", u"ге", u"қа", u"ке", u"на", u"не", u"ны", u"ні", u"ды", u"ді", u"ты", u"ті", u"да", u"де", u"та", u"те", u"сы",
            u"сі", u"шы", u"ші", u"ғы", u"гі", u"қы", u"кі", u"ым", u"ім", u"ың", u"ің"};
        std::stable_sort(s.begin(), s.end(), [](QStringView a, QStringView b) { return a.size() > b.size(); });
        return s;
    }();
    return list;
}

bool isVowel(QChar c)
{
    return QStringView(u"аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ").contains(c);
}

// Vowel harmony: a suffix's vowel is back (а ы ұ) or front (е і ә) as the stem's last vowel is. и, у, ю
// and э say nothing (they are often the last vowel of Russian stems), so they allow either.
enum class Harmony { Back, Front, Any };

Harmony harmonyOf(QChar vowel)
{
    const QChar c = vowel.toLower();
    if (QStringView(u"аоұыяё").contains(c))
        return Harmony::Back;
    if (QStringView(u"әөүіе").contains(c))
        return Harmony::Front;
    return Harmony::Any;
}

Harmony stemHarmony(QStringView stem)
{
    for (qsizetype i = stem.size() - 1; i >= 0; --i)
        if (isVowel(stem[i]))
            return harmonyOf(stem[i]);
    return Harmony::Any;
}

bool harmonises(QStringView stem, QStringView suffix)
{
    Harmony want = Harmony::Any;
    for (QChar c : suffix)
        if (isVowel(c))
            want = harmonyOf(c);
    const Harmony have = stemHarmony(stem);
    return want == Harmony::Any || have == Harmony::Any || want == have;
}

int letters(QStringView w)
{
    int n = 0;
    for (QChar c : w)
        if (c.isLetter())
            ++n;
    return n;
}

void strip(QStringView word, int depth, QStringList &out)
{
    if (depth == 3)
        return;
    QStringList level;
    const QString lower = word.toString().toLower();
    for (QStringView s : suffixes()) {
        if (lower.size() <= s.size() || !QStringView(lower).endsWith(s))
            continue;
        const QStringView stem = word.left(word.size() - s.size());
        if (letters(stem) >= 4 && harmonises(stem, s) && !level.contains(stem.toString()))
            level << stem.toString();
    }
    // The possessive -ы/-і follows a consonant (a vowel takes -сы/-сі).
    const QChar last = lower.isEmpty() ? QChar() : lower.back();
    if ((last == QChar(u'ы') || last == QChar(u'і')) && word.size() >= 2 && !isVowel(word[word.size() - 2])) {
        const QStringView stem = word.left(word.size() - 1);
        if (letters(stem) >= 4 && harmonises(stem, QStringView(lower).right(1)) && !level.contains(stem.toString()))
            level << stem.toString();
    }
    for (const QString &stem : std::as_const(level))
        if (!out.contains(stem))
            out << stem;
    for (const QString &stem : std::as_const(level))
        strip(stem, depth + 1, out);
}

} // namespace

QStringList kazakhSuffixStems(QStringView word)
{
    QStringList out;
    strip(word, 0, out);
    return out;
}

} // namespace GravDesk
