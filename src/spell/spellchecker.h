#pragma once

#include "io/atomicwriter.h"
#include "text/spelltokens.h"
#include "wordlist.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace GravDesk {

class HunspellDictionary;

/**
 * Several Hunspell dictionaries at once (kk, ru, en) behind the routing of SpellTokenizer, with the
 * newsroom word list added to all of them and a per-language cache of answers, so that checking a line
 * again while the user types costs hash look-ups for the words already seen.
 * Not thread-safe: load it anywhere, then use it from one thread.
 */
class SpellChecker final
{
public:
    SpellChecker();
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    /// The languages GravDesk checks, in the order their dictionaries are looked for.
    static QStringList supportedLanguages();

    /// Loads every installed dictionary of supportedLanguages(); returns a message per missing one.
    QStringList loadInstalledDictionaries();
    /// Loads @p affPath and the .dic beside it as @p language's dictionary (replacing one loaded before).
    bool loadDictionary(const QString &language, const QString &affPath, QString *error = nullptr);
    bool hasDictionary(const QString &language) const;
    QStringList languages() const;

    /// Uses the word list at @p path (read now; "" for none) in every dictionary.
    bool setWordList(const QString &path, QString *error = nullptr);
    /// Reads the word list again (colleagues' words pulled by git).
    bool reloadWordList(QString *error = nullptr);
    const WordList &wordList() const { return m_wordList; }
    /// Adds @p word to the word list file and to every dictionary.
    WriteResult addToWordList(const QString &word);
    /// Whether Kazakh endings on known stems are accepted (on by default; the benchmark compares).
    void setKazakhEndings(bool on);
    /// Accepts @p word everywhere until the checker is destroyed (nothing is written).
    void ignore(const QString &word);

    /**
     * True when the route's dictionary (or its fallback) knows @p word, or no dictionary can judge it.
     * Where Kazakh speaks first, a Russian or Kazakh stem with Kazakh endings counts (kazakhSuffixStems()), and the parts of a
     * hyphenated word are judged each in its own language.
     */
    bool isCorrect(const QString &word, const SpellRoute &route);
    /// Asks one dictionary only (ё is also tried as е); a missing dictionary accepts everything.
    bool isCorrectIn(const QString &word, const QString &language);
    /**
     * Up to @p max replacements: the word with its Latin/Cyrillic look-alike letters made one script
     * (when that is a correct word), then the route's dictionary's suggestions, then the fallback's.
     */
    QStringList suggestions(const QString &word, const SpellRoute &route, int max = 7);
    /// The misspelt words of @p text.
    QVector<SpellToken> misspelled(QStringView text, const QString &pageLanguage, int startState = SpellTokenizer::BodyStart);

    void clearCache()
    {
        m_cache.clear();
        m_decisions.clear();
    }
    int cachedWords() const;

private:
    void applyWordList(const QStringList &before);
    bool judge(const QString &word, const SpellRoute &route);

    std::map<QString, std::unique_ptr<HunspellDictionary>> m_dictionaries;
    QHash<QString, QHash<QString, bool>> m_cache; // language → word → correct
    QHash<QString, bool> m_decisions; // "language|fallback|word" → isCorrect()
    QSet<QString> m_ignored;
    bool m_kazakhEndings = true;
    WordList m_wordList;
};

} // namespace GravDesk
