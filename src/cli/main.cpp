// gravdesk-cli: GravDesk's batch companion. Each command is in its own *command.cpp and registers itself.
#include "command.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: gravdesk-cli COMMAND [options]\n\n"
           "GravDesk's command-line companion for Grav 1.7 sites.\n\n"
           "Commands:\n";
    for (const GravDesk::Cli::Command &c : GravDesk::Cli::commands()) {
        out << "  " << c.usage << "\n";
        for (const QString &line : QString::fromUtf8(c.summary).split(QLatin1Char('\n')))
            out << "      " << line << "\n";
    }
    out << "\nSITE is a Grav root (user/pages), a user/ folder, or a Git Sync clone (pages/).\n"
           "Exit status: 0 success, 1 the command found errors, 2 bad usage or unreadable input.\n\n"
           "Options:\n"
           "  -h, --help            Show this help (also: gravdesk-cli COMMAND --help).\n"
           "  -v, --version         Show the version.\n";
}

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
    err << "gravdesk-cli: unknown command \"" << args[1] << "\"\n\n";
    printHelp(err);
    return 2;
}
