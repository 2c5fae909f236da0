#include "interfacetranslation.h"

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
    std::unique_ptr<QTranslator> qtKazakh; ///< GravDesk's Kazakh texts of Qt's buttons and dialogs, over Qt's Russian
    std::unique_ptr<QTranslator> own;
    QString code;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList InterfaceTranslation::languages()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString InterfaceTranslation::systemLanguage()
{
    // uiLanguages() follows LC_MESSAGES (the language of messages), where name() follows LC_NUMERIC.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (languages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString InterfaceTranslation::resolve(const QString &choice)
{
    return languages().contains(choice) ? choice : systemLanguage();
}

void InterfaceTranslation::install(const QString &choice)
{
    Installed &s = installed();
    for (auto *t : {s.qt.get(), s.qtKazakh.get(), s.own.get()})
        if (t)
            QCoreApplication::removeTranslator(t);
    s.qt.reset();
    s.qtKazakh.reset();
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
    // Debian ships no Kazakh Qt translation: GravDesk's own texts of the buttons and dialogs it shows go over Qt's
    // Russian one (the translator installed last is asked first), so the fallback is kk → ru → en.
    auto qtKazakh = std::make_unique<QTranslator>();
    if (code == QLatin1String("kk") && qtKazakh->load(QStringLiteral(":/i18n/gravdesk_qt_kk.qm"))) {
        QCoreApplication::installTranslator(qtKazakh.get());
        s.qtKazakh = std::move(qtKazakh);
    }
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("gravdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own.get());
        s.own = std::move(own);
    }
    s.code = code;
}

QString InterfaceTranslation::current()
{
    return installed().code;
}

} // namespace GravDesk
