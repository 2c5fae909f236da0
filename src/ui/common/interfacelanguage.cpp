#include "interfacelanguage.h"

#include "common/appsettings.h"
#include "common/uitext.h"
#include "text/interfacetranslation.h"

#include <QCoreApplication>

namespace GravDesk {

QStringList InterfaceLanguage::choices()
{
    return QStringList {QString()} + InterfaceTranslation::languages();
}

QString InterfaceLanguage::displayName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("GravDesk::SettingsDialog", "System language");
    return nativeLanguageName(code);
}

QString InterfaceLanguage::saved()
{
    const QString code = AppSettings::interfaceLanguage.get();
    return choices().contains(code) ? code : QString();
}

void InterfaceLanguage::save(const QString &code)
{
    AppSettings::interfaceLanguage.set(code);
}

QString InterfaceLanguage::resolve(const QString &choice)
{
    return InterfaceTranslation::resolve(choice);
}

void InterfaceLanguage::apply(const QString &choice)
{
    InterfaceTranslation::install(choice);
}

QString InterfaceLanguage::current()
{
    return InterfaceTranslation::current();
}

} // namespace GravDesk
