#pragma once

#include <QString>
#include <QVector>

namespace GravDesk {

/// Which dictionaries a word goes to.
struct SpellRoute
{
    QString language; ///< "kk", "ru", "en"; empty: no dictionary for this script (the word is not checked)
    QString fallback; ///< a second opinion for Cyrillic words that only Kazakh or only Russian may have; may be empty
};

/// One word of Markdown body text that a dictionary should check.
struct SpellToken
{
    int start = 0; ///< UTF-16 offset in the text (or line) that was tokenised
    int length = 0; ///< UTF-16 length of the word as written
    QString word; ///< what the dictionary is asked: soft hyphens and stress marks removed, ’ and ʼ as '
    SpellRoute route;
};

/// True when @p word has one of the letters only Kazakh Cyrillic has (ә ғ қ ң ө ұ ү һ і, either case).
bool hasKazakhLetter(QStringView word);

/**
 * Routes one word by its letters: Kazakh-specific letters → kk; other Cyrillic → the page's language
 * when it is kk or ru (else ru), with the other Cyrillic dictionary as fallback; Latin → en. A Cyrillic
 * word with a Latin look-alike letter in it goes to the Cyrillic dictionary, which then flags it, as it
 * should. Other scripts (Greek, CJK …) get an empty route.
 */
SpellRoute routeSpellWord(QStringView word, const QString &pageLanguage);

/**
 * Splits Markdown body text (Grav's dialect) into the words a spell checker should see, line by line,
 * so that an editor can recheck only the lines that changed.
 *
 * Never yields a word inside: fenced and indented code, inline code, HTML comments, HTML tags and their
 * attributes (and the contents of script/style/pre/textarea), `<…>` autolinks, URLs, e-mail addresses,
 * link destinations `](…)` and reference definitions, shortcodes `[name …]` / `[/name]`, Twig
 * `{{ }}` `{% %}` `{# #}`, Markdown Extra attributes `{#id .class}`, entities, file names and dotted or
 * snake_case identifiers, absolute paths, and — in a page file — the front matter's keys and comments.
 * Words in capitals only (acronyms such as ЖШС, COVID, roman numerals) and single letters are not
 * checked either: they are almost never misspelt and would be most of the false alarms. A letter part
 * that follows digits in a hyphenated word is a case or ordinal suffix (`5-ші`, `10-летие`) and is
 * skipped too.
 */
class SpellTokenizer
{
public:
    /// The state before the first line of a Markdown body (QSyntaxHighlighter's "no state").
    static constexpr int BodyStart = -1;
    /// The state before the first line of a whole page file: a `---` line opens the front matter.
    static int pageFileStart();
    /// The state inside a front matter (the header's YAML without its `---` lines).
    static int frontMatterStart();

    /**
     * The words of one line (offsets relative to @p line, which has no line break), given the state the
     * previous line ended in; the state this line ends in is stored in @p nextState. States are >= 0
     * except BodyStart.
     */
    static QVector<SpellToken> tokenizeLine(QStringView line, int previousState, int *nextState, const QString &pageLanguage);

    /// All words of @p text (offsets relative to @p text), starting in @p startState.
    static QVector<SpellToken> tokenize(QStringView text, const QString &pageLanguage, int startState = BodyStart);
};

} // namespace GravDesk
