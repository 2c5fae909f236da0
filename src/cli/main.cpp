// gravdesk-cli: GravDesk's batch companion. Each command is in its own *command.cpp and registers itself.
#include "command.h"
#include "text/interfacetranslation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("GravDesk::Cli", "Usage: gravdesk-cli COMMAND [options]") << "\n\n"
        << QCoreApplication::translate("GravDesk::Cli", "GravDesk's command-line companion for Grav 1.7 sites.") << "\n\n"
        << QCoreApplication::translate("GravDesk::Cli", "Commands:") << "\n";
    for (const GravDesk::Cli::Command &c : GravDesk::Cli::commands()) {
        out << "  " << c.usage << "\n";
        for (const QString &line : QCoreApplication::translate("GravDesk::Cli", c.summary).split(QLatin1Char('\n')))
            out << "      " << line << "\n";
    }
    out << "\n"
        << QCoreApplication::translate("GravDesk::Cli",
               "SITE is a Grav root (user/pages), a user/ folder, or a Git Sync clone (pages/).\n"
               "Exit status: 0 success, 1 the command found errors, 2 bad usage or unreadable input.")
        << "\n\n"
        << QCoreApplication::translate("GravDesk::Cli", "Options:") << "\n"
        << "  -h, --help            "
        << QCoreApplication::translate("GravDesk::Cli", "Show this help (also: gravdesk-cli COMMAND --help).") << "\n"
        << "  -v, --version         " << QCoreApplication::translate("GravDesk::Cli", "Show the version.") << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gravdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRAVDESK_VERSION));
    // The locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), as the window's "System language".
    GravDesk::InterfaceTranslation::install(QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")
        || args[1] == QLatin1String("help")) {
        printHelp(out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
        out << "gravdesk-cli " << GRAVDESK_VERSION << Qt::endl;
        return 0;
    }
    for (const GravDesk::Cli::Command &c : GravDesk::Cli::commands()) {
        if (args[1] == QLatin1String(c.name)) {
            GravDesk::Cli::recoverSites(args, err);
            return c.run(args, out, err);
        }
    }
    err << "gravdesk-cli: " << QCoreApplication::translate("GravDesk::Cli", "unknown command \"%1\"").arg(args[1]) << "\n\n";
    printHelp(err);
    return 2;
}
