#include "slug.h"

#include <QHash>

namespace GravDesk {
namespace {

using Table = QHash<QChar, QString>;

// Letters both languages share, lower case; the tables below override what differs.
Table icaoRussian()
{
    const char16_t *cyr = u"абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    const char *lat[] = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
        "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"};
    Table t;
    for (int i = 0; cyr[i]; ++i)
        t.insert(QChar(cyr[i]), QString::fromLatin1(lat[i]));
    return t;
}

Table gostRussian()
{
    Table t = icaoRussian();
    t.insert(QChar(u'ё'), QStringLiteral("yo"));
    t.insert(QChar(u'й'), QStringLiteral("j"));
    t.insert(QChar(u'х'), QStringLiteral("x"));
    t.insert(QChar(u'ц'), QStringLiteral("cz")); // "c" before е, и, ы, й: handled in transliterate()
    t.insert(QChar(u'щ'), QStringLiteral("shh"));
    t.insert(QChar(u'ъ'), QString());
    t.insert(QChar(u'ы'), QStringLiteral("y"));
    t.insert(QChar(u'э'), QStringLiteral("e"));
    t.insert(QChar(u'ю'), QStringLiteral("yu"));
    t.insert(QChar(u'я'), QStringLiteral("ya"));
    return t;
}

Table commonRussian()
{
    Table t = icaoRussian();
    t.insert(QChar(u'й'), QStringLiteral("y"));
    t.insert(QChar(u'ъ'), QString());
    t.insert(QChar(u'ю'), QStringLiteral("yu"));
    t.insert(QChar(u'я'), QStringLiteral("ya"));
    t.insert(QChar(u'ё'), QStringLiteral("yo"));
    return t;
}

// The 2021 Kazakh Latin alphabet for all 42 letters, folded to ASCII.
Table kazakh()
{
    const char16_t *cyr = u"аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";
    const char *lat[] = {"a", "a", "b", "v", "g", "g", "d", "e", "io", "j", "z", "i", "i", "k", "q", "l", "m", "n", "ng", "o",
        "o", "p", "r", "s", "t", "u", "u", "u", "f", "h", "h", "ts", "ch", "sh", "shch", "", "y", "i", "", "e", "iu", "ia"};
    Table t;
    for (int i = 0; cyr[i]; ++i)
        t.insert(QChar(cyr[i]), QString::fromLatin1(lat[i]));
    return t;
}

bool isKazakhOnly(QChar c)
{
    static const QString letters = QStringLiteral("әғқңөұүһі");
    return letters.contains(c);
}

// Diacritics folded: "é" → "e", "ß" → "ss", "ø" → "o".
QString foldLatin(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(u'ß'))
            out += QStringLiteral("ss");
        else if (c == QChar(u'ø') || c == QChar(u'Ø'))
            out += QLatin1Char(c.isUpper() ? 'O' : 'o');
        else if (c == QChar(u'æ'))
            out += QStringLiteral("ae");
        else if (c == QChar(u'ı'))
            out += QLatin1Char('i');
        else
            out += c;
    }
    return out;
}

} // namespace

QString transliterate(const QString &text, const QString &language, RussianScheme scheme)
{
    static const Table kk = kazakh();
    static const Table icao = icaoRussian();
    static const Table gost = gostRussian();
    static const Table common = commonRussian();
    const Table &ru = scheme == RussianScheme::Gost779B ? gost : scheme == RussianScheme::Common ? common : icao;
    const bool kazakhText = language == QLatin1String("kk");
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar lower = c.toLower();
        const Table &table = kazakhText || isKazakhOnly(lower) ? kk : ru;
        const auto it = table.constFind(lower);
        if (it == table.cend()) {
            out += c;
            continue;
        }
        QString latin = *it;
        if (!kazakhText && scheme == RussianScheme::Gost779B && lower == QChar(u'ц') && i + 1 < text.size()) {
            static const QString softening = QStringLiteral("еиыйэ");
            if (softening.contains(text[i + 1].toLower()))
                latin = QStringLiteral("c");
        }
        if (c.isUpper() && !latin.isEmpty()) {
            // "Жаңа" → "Zhana", "ЖАҢА" → "ZHANA".
            const bool nextUpper = i + 1 < text.size() && text[i + 1].isUpper();
            latin = nextUpper ? latin.toUpper() : latin.left(1).toUpper() + latin.mid(1);
        }
        out += latin;
    }
    return foldLatin(out);
}

QString slugify(const QString &title, const QString &language, RussianScheme scheme, int maxLength)
{
    const QString latin = transliterate(title, language, scheme).toLower();
    QStringList words;
    QString word;
    for (const QChar c : latin) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            word += c;
        } else if (c == QLatin1Char('\'') || c == QChar(u'’')) {
            continue; // "don't" → "dont", not "don-t"
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    QString slug;
    for (const QString &w : std::as_const(words)) {
        const qsizetype add = (slug.isEmpty() ? 0 : 1) + w.size();
        if (slug.size() + add > maxLength) {
            if (slug.isEmpty())
                slug = w.left(maxLength); // one very long word: cut it
            break;
        }
        if (!slug.isEmpty())
            slug += QLatin1Char('-');
        slug += w;
    }
    return slug.isEmpty() ? QStringLiteral("post") : slug;
}

} // namespace GravDesk
