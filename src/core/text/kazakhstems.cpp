#include "text/kazakhstems.h"

#include <QVector>

namespace GravDesk {
namespace {

struct Suffix
{
    QStringView text;
    bool afterConsonant; // starts with a vowel (or is -у): only after a consonant, or the semivowels у й
};

// Longest first, so that -ндағы is tried before -дағы and -ғы.
const QVector<Suffix> &suffixes()
{
    static const QVector<Suffix> list = [] {
        QVector<Suffix> s;
        const QStringView consonantInitial[]
            = {// -лық/-шылық: adjectives and abstract nouns; -дағы: "the one in"; -сыз: "without"
                u"шылық", u"шілік", u"ндағы", u"ндегі", u"дағы", u"дегі", u"тағы", u"тегі", u"лық", u"лік", u"дық", u"дік",
                u"тық", u"тік", u"сыз", u"сіз",
                // plural; "our"
                u"лар", u"лер", u"дар", u"дер", u"тар", u"тер", u"мыз", u"міз",
                // genitive, ablative, locative after possessive, instrumental
                u"ның", u"нің", u"дың", u"дің", u"тың", u"тің", u"нан", u"нен", u"дан", u"ден", u"тан", u"тен", u"нда", u"нде",
                u"мен", u"бен", u"пен",
                // past participle -ған; present participle -йтын
                u"ған", u"ген", u"қан", u"кен", u"йтын", u"йтін",
                // dative, accusative, locative, possessive after a vowel, -шы (agent), -ғы/-гі (adjectival)
                u"ға", u"ге", u"қа", u"ке", u"на", u"не", u"ны", u"ні", u"ды", u"ді", u"ты", u"ті", u"да", u"де", u"та", u"те",
                u"сы", u"сі", u"шы", u"ші", u"ғы", u"гі", u"қы", u"кі"};
        const QStringView vowelInitial[] = {// possessive (+ accusative, "our", "your"), present participle, verbal noun
            u"ымыз", u"іміз", u"ыңыз", u"іңіз", u"атын", u"етін", u"ын", u"ін", u"ым", u"ім", u"ың", u"ің", u"ы", u"і", u"у"};
        for (QStringView t : consonantInitial)
            s.append({t, false});
        for (QStringView t : vowelInitial)
            s.append({t, true});
        std::stable_sort(s.begin(), s.end(), [](const Suffix &a, const Suffix &b) { return a.text.size() > b.text.size(); });
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
    if (depth == 4)
        return;
    QStringList level;
    const QString lower = word.toString().toLower();
    for (const Suffix &s : suffixes()) {
        if (lower.size() <= s.text.size() || !QStringView(lower).endsWith(s.text))
            continue;
        const QStringView stem = word.left(word.size() - s.text.size());
        if (letters(stem) < 4 || !harmonises(stem, s.text) || level.contains(stem.toString()))
            continue;
        if (s.afterConsonant) {
            const QChar before = stem.back().toLower();
            if (isVowel(before) && before != QChar(u'у') && before != QChar(u'ю'))
                continue;
        }
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
