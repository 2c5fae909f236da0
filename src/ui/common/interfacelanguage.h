#pragma once

#include <QString>
#include <QStringList>

namespace GravDesk {

/**
 * The interface language: GravDesk's own translation and Qt's (standard dialogs, context menus), and the
 * locale dates and numbers follow. The user's choice is kept in QSettings ("" = the system's language).
 */
class InterfaceLanguage
{
public:
    /// The choices Settings offers: "" (the system's), then each shipped translation.
    static QStringList choices();
    /// The name of a choice in its own language ("Қазақша"); @p code "" gives "System language" (translated).
    static QString displayName(const QString &code);
    static QString saved();
    static void save(const QString &code);
    /// The language code used for @p choice ("" → the system locale's, when GravDesk has it, else "en"):
    /// InterfaceTranslation::resolve().
    static QString resolve(const QString &choice);
    /// Installs the translators for @p choice (InterfaceTranslation::install()).
    static void apply(const QString &choice);
    /// The code apply() installed last.
    static QString current();
};

} // namespace GravDesk
