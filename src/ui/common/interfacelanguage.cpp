#include "interfacelanguage.h"

#include "common/appsettings.h"
#include "common/uitext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace GravDesk {
namespace {

struct Installed
{
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> own;
    QString code;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList InterfaceLanguage::choices()
{
    return {QString(), QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
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
    if (!choice.isEmpty())
        return choice;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return choices().contains(system) ? system : QStringLiteral("en");
}

void InterfaceLanguage::apply(const QString &choice)
{
    Installed &s = installed();
    for (auto *t : {s.qt.get(), s.own.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    s.qt.reset();
    s.own.reset();
    const QString code = resolve(choice);
    const QLocale locale(code);
    QLocale::setDefault(locale); // dates and numbers follow the interface language
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)
        || (code == QLatin1String("kk")
            && qt->load(QLocale(QStringLiteral("ru")), QStringLiteral("qtbase"), QStringLiteral("_"), qtDir))) {
        QCoreApplication::installTranslator(qt.get());
        s.qt = std::move(qt);
    }
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("gravdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own.get());
        s.own = std::move(own);
    }
    s.code = code;
}

QString InterfaceLanguage::current()
{
    return installed().code;
}

} // namespace GravDesk
