#pragma once

#include <QString>
#include <QStringList>

namespace GravDesk {

/**
 * The translators of GravDesk's texts (the compiled translations under `:/i18n`, which each program
 * embeds) and of Qt's own, for one interface language. The window (InterfaceLanguage, which adds the
 * user's saved choice) and `gravdesk-cli` (the locale's language) both install them through here.
 */
class InterfaceTranslation
{
public:
    /// The languages GravDesk ships a translation for: "kk", "ru", "en".
    static QStringList languages();
    /**
     * The shipped language the system locale asks for (QLocale::system().uiLanguages(): LANGUAGE, then
     * LC_ALL, LC_MESSAGES, LANG), "en" when it asks for none of them.
     */
    static QString systemLanguage();
    /// @p choice when it is a shipped language, else systemLanguage().
    static QString resolve(const QString &choice);
    /**
     * Installs the translators for resolve(@p choice), replacing any installed before, and makes its locale
     * the default. Qt ships no Kazakh translation of its own texts in Debian: with kk they use Qt's Russian,
     * which Kazakh readers know, rather than English.
     */
    static void install(const QString &choice);
    /// The language install() installed last ("" before the first call).
    static QString current();
};

} // namespace GravDesk
