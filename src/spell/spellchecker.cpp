#include "spellchecker.h"

#include "hunspelldictionary.h"
#include "text/kazakhstems.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace GravDesk {
namespace {

// Latin and Cyrillic letters that look the same; copy-paste and keyboard-layout slips mix them.
const char16_t kLookAlikes[][2] = {{u'a', u'а'}, {u'e', u'е'}, {u'o', u'о'}, {u'p', u'р'}, {u'c', u'с'}, {u'y', u'у'},
    {u'x', u'х'}, {u'i', u'і'}, {u'h', u'һ'}, {u'A', u'А'}, {u'B', u'В'}, {u'C', u'С'}, {u'E', u'Е'}, {u'H', u'Н'}, {u'K', u'К'},
    {u'M', u'М'}, {u'O', u'О'}, {u'P', u'Р'}, {u'T', u'Т'}, {u'X', u'Х'}, {u'I', u'І'}};

// @p word written in one script only (the one most of its letters are in), or "" when that is not possible.
QString oneScript(const QString &word)
{
    int latin = 0;
    int cyrillic = 0;
    for (QChar c : word) {
        if (c.unicode() >= 0x0400 && c.unicode() <= 0x052F)
            ++cyrillic;
        else if (c.isLetter() && c.unicode() < 0x0250)
            ++latin;
    }
    if (latin == 0 || cyrillic == 0)
        return QString();
    const bool toCyrillic = cyrillic >= latin;
    QString out = word;
    for (QChar &c : out) {
        for (const auto &pair : kLookAlikes) {
            if (c.unicode() == pair[toCyrillic ? 0 : 1]) {
                c = QChar(pair[toCyrillic ? 1 : 0]);
                break;
            }
        }
    }
    return out;
}

// A word list line: `word`, or `word/model` for a word that takes the endings of a known one.
QPair<QString, QString> splitEntry(const QString &entry)
{
    const int slash = static_cast<int>(entry.indexOf(QLatin1Char('/')));
    if (slash <= 0 || slash == entry.size() - 1)
        return {entry, QString()};
    return {entry.left(slash), entry.mid(slash + 1)};
}

void addEntry(HunspellDictionary &dictionary, const QString &entry)
{
    const auto [word, model] = splitEntry(entry);
    if (model.isEmpty())
        dictionary.add(word);
    else
        dictionary.addLike(word, model);
}

} // namespace

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::supportedLanguages()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QStringList SpellChecker::loadInstalledDictionaries()
{
    QStringList problems;
    for (const QString &language : supportedLanguages()) {
        const QString aff = findDictionary(language);
        QString error;
        if (aff.isEmpty())
            problems << QCoreApplication::translate("GravDesk::SpellChecker", "No %1 dictionary is installed (%2.aff, %2.dic).")
                            .arg(language, dictionaryStem(language));
        else if (!loadDictionary(language, aff, &error))
            problems << error;
    }
    return problems;
}

bool SpellChecker::loadDictionary(const QString &language, const QString &affPath, QString *error)
{
    const QFileInfo aff(affPath);
    const QString dic = aff.absolutePath() + QLatin1Char('/') + aff.completeBaseName() + QStringLiteral(".dic");
    auto dictionary = HunspellDictionary::load(affPath, dic, error);
    if (!dictionary)
        return false;
    for (const QString &line : m_wordList.words())
        addEntry(*dictionary, line);
    m_dictionaries[language] = std::move(dictionary);
    m_cache.remove(language);
    m_decisions.clear();
    return true;
}

bool SpellChecker::hasDictionary(const QString &language) const
{
    return m_dictionaries.count(language) > 0;
}

QStringList SpellChecker::languages() const
{
    QStringList out;
    for (const auto &entry : m_dictionaries)
        out << entry.first;
    return out;
}

bool SpellChecker::setWordList(const QString &path, QString *error)
{
    const QStringList before = m_wordList.words();
    m_wordList = WordList(path);
    const bool ok = m_wordList.reload(error);
    applyWordList(before);
    return ok;
}

bool SpellChecker::reloadWordList(QString *error)
{
    const QStringList before = m_wordList.words();
    const bool ok = m_wordList.reload(error);
    applyWordList(before);
    return ok;
}

void SpellChecker::applyWordList(const QStringList &before)
{
    const QStringList now = m_wordList.words();
    const QSet<QString> kept(now.cbegin(), now.cend());
    bool changed = false;
    for (auto &entry : m_dictionaries) {
        for (const QString &line : before) {
            if (!kept.contains(line)) {
                entry.second->remove(splitEntry(line).first);
                changed = true;
            }
        }
        for (const QString &line : now) {
            if (!before.contains(line)) {
                addEntry(*entry.second, line);
                changed = true;
            }
        }
    }
    if (changed)
        clearCache();
}

WriteResult SpellChecker::addToWordList(const QString &word)
{
    const QStringList before = m_wordList.words();
    const WriteResult result = m_wordList.add(word);
    if (result.ok)
        applyWordList(before);
    return result;
}

void SpellChecker::setKazakhEndings(bool on)
{
    m_kazakhEndings = on;
    m_decisions.clear();
}

void SpellChecker::ignore(const QString &word)
{
    m_ignored.insert(word);
}

bool SpellChecker::isCorrectIn(const QString &word, const QString &language)
{
    const auto found = m_dictionaries.find(language);
    if (found == m_dictionaries.end())
        return true;
    QHash<QString, bool> &cache = m_cache[language];
    const auto cached = cache.constFind(word);
    if (cached != cache.constEnd())
        return cached.value();
    bool ok = found->second->spell(word);
    if (!ok && (word.contains(QChar(0x0451)) || word.contains(QChar(0x0401)))) {
        // Writers may put ё where the dictionary has е (and the other way round: both forms are listed).
        QString ye = word;
        ye.replace(QChar(0x0451), QChar(0x0435)).replace(QChar(0x0401), QChar(0x0415));
        ok = found->second->spell(ye);
    }
    cache.insert(word, ok);
    return ok;
}

bool SpellChecker::isCorrect(const QString &word, const SpellRoute &route)
{
    if (route.language.isEmpty() || m_ignored.contains(word) || !hasDictionary(route.language))
        return true;
    // One look-up per word once it has been judged: that is what keeps typing instant.
    const QString key = route.language + QLatin1Char('|') + route.fallback + QLatin1Char('|') + word;
    const auto cached = m_decisions.constFind(key);
    if (cached != m_decisions.constEnd())
        return cached.value();
    const bool ok = judge(word, route);
    m_decisions.insert(key, ok);
    return ok;
}

bool SpellChecker::judge(const QString &word, const SpellRoute &route)
{
    if (isCorrectIn(word, route.language))
        return true;
    if (!route.fallback.isEmpty() && hasDictionary(route.fallback) && isCorrectIn(word, route.fallback))
        return true;
    // Only where Kazakh speaks first: on a Russian page, `Казахтана` must not pass as Казах|та|на.
    if (m_kazakhEndings && route.language == QLatin1String("kk")) {
        // A borrowed stem with Kazakh endings (пациент-тер-дің), or a Kazakh form the dictionary lacks
        // (дәрігер-лер-і-не).
        const QStringList stems = kazakhSuffixStems(word);
        for (const QString &stem : stems)
            for (const QString &language : {QStringLiteral("ru"), QStringLiteral("kk")})
                if (hasDictionary(language) && isCorrectIn(stem, language))
                    return true;
    }
    if (word.contains(QLatin1Char('-'))) {
        // Hunspell checks the parts of a hyphenated word in one dictionary; a kk–ru compound
        // (гематолог-дәрігерлер) needs each part in its own.
        const QStringList parts = word.split(QLatin1Char('-'), Qt::SkipEmptyParts);
        bool all = parts.size() > 1;
        for (const QString &part : parts) {
            const SpellRoute partRoute = routeSpellWord(part, route.language);
            if (part.size() > 1 && !partRoute.language.isEmpty() && !judge(part, partRoute)) {
                all = false;
                break;
            }
        }
        return all;
    }
    return false;
}

QStringList SpellChecker::suggestions(const QString &word, const SpellRoute &route, int max)
{
    QStringList out;
    const QString fixed = oneScript(word);
    if (!fixed.isEmpty()) {
        const SpellRoute fixedRoute = routeSpellWord(fixed, route.language);
        if (isCorrect(fixed, fixedRoute))
            out << fixed;
    }
    for (const QString &language : {route.language, route.fallback}) {
        const auto found = m_dictionaries.find(language);
        if (found == m_dictionaries.end())
            continue;
        for (const QString &s : found->second->suggest(word)) {
            if (out.size() >= max)
                return out;
            if (!out.contains(s))
                out << s;
        }
    }
    return out;
}

QVector<SpellToken> SpellChecker::misspelled(QStringView text, const QString &pageLanguage, int startState)
{
    QVector<SpellToken> out;
    const QVector<SpellToken> tokens = SpellTokenizer::tokenize(text, pageLanguage, startState);
    for (const SpellToken &t : tokens)
        if (!isCorrect(t.word, t.route))
            out.append(t);
    return out;
}

int SpellChecker::cachedWords() const
{
    int n = 0;
    for (const auto &words : m_cache)
        n += words.size();
    return n;
}

} // namespace GravDesk
