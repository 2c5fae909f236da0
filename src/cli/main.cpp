// gravdesk-cli: GravDesk's batch companion.
#include "indexcommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

const char kHelp[] = "Usage: gravdesk-cli COMMAND [options]\n"
                     "\n"
                     "GravDesk's command-line companion for Grav 1.7 sites.\n"
                     "\n"
                     "Commands:\n"
                     "  index SITE [--json]   List every page (route, folder, template, languages,\n"
                     "                        title, date and state per language) and every problem.\n"
                     "                        Exits 1 when the site has errors, 2 on bad usage.\n"
                     "\n"
                     "SITE is a Grav root (user/pages), a user/ folder, or a Git Sync clone (pages/).\n"
                     "\n"
                     "Options:\n"
                     "  -h, --help            Show this help (also: gravdesk-cli COMMAND --help).\n"
                     "  -v, --version         Show the version.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gravdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRAVDESK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h")
        || args[1] == QLatin1String("help")) {
        out << kHelp;
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == QLatin1String("--version") || args[1] == QLatin1String("-v")) {
        out << "gravdesk-cli " << GRAVDESK_VERSION << Qt::endl;
        return 0;
    }
    if (args[1] == QLatin1String("index"))
        return GravDesk::Cli::runIndex(args, out, err);
    err << "gravdesk-cli: unknown command \"" << args[1] << "\"\n\n" << kHelp;
    return 2;
}
