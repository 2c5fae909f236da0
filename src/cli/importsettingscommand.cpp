#include "command.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "site/siteprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace GravDesk::Cli {
namespace {

int runImportSettings(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("GravDesk::Cli",
        "Keep a copy of the site's system.yaml (and site.yaml) in GravDesk's state folder, for a site without "
        "config/ such as a Git Sync clone."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("import-settings"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "The site's folder."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QCoreApplication::translate("GravDesk::Cli", "A system.yaml or site.yaml."), QStringLiteral("FILE…"));
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 3) {
        err << "usage: gravdesk-cli import-settings SITE FILE…" << Qt::endl;
        return 2;
    }
    const SiteLayout layout = locateSite(pos[1]);
    if (!layout.isValid()) {
        err << "gravdesk-cli import-settings: " << layout.error << Qt::endl;
        return 2;
    }
    const SiteProfile::ImportResult result = SiteProfile::importFiles(layout, pos.mid(2));
    if (!result.ok) {
        err << "gravdesk-cli import-settings: " << result.error << Qt::endl;
        return 2;
    }
    for (const QString &note : result.notes)
        err << "gravdesk-cli import-settings: " << note << Qt::endl;
    const SiteConfig config = SiteConfig::load(layout);
    for (const QString &w : config.warnings())
        err << "gravdesk-cli import-settings: " << w << Qt::endl;
    out << QCoreApplication::translate("GravDesk::Cli", "Imported %1 into %2.")
               .arg(result.imported.join(QStringLiteral(", ")), SiteProfile::folder(layout))
        << '\n';
    const QStringList languages = config.languages();
    if (languages.isEmpty())
        out << QCoreApplication::translate("GravDesk::Cli", "The site has one language (no languages.supported).") << '\n';
    else
        out << QCoreApplication::translate("GravDesk::Cli", "Languages: %1 (default %2).")
                   .arg(languages.join(QStringLiteral(", ")), config.defaultLanguage())
            << '\n';
    return 0;
}

const RegisterCommand registration {{"import-settings", "import-settings SITE FILE…",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Keep a copy of the site's system.yaml and site.yaml for a site that has no config/ (a Git Sync clone): used "
        "only while the site has no such file of its own. Bad input (exit 2) imports nothing."),
    &runImportSettings}};

} // namespace
} // namespace GravDesk::Cli
