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
     * the default. Debian ships no Kazakh translation of Qt's own texts: with kk, GravDesk's own Kazakh texts of
     * the Qt buttons and dialogs it shows (translations/gravdesk_qt_kk.ts) go over Qt's Russian, so anything else
     * falls back kk → ru → en.
     */
    static void install(const QString &choice);
    /// The language install() installed last ("" before the first call).
    static QString current();
};

} // namespace GravDesk
