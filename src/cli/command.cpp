#include "command.h"

#include "site/pageindex.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <algorithm>
#include <cstring>

namespace GravDesk::Cli {
namespace {

std::vector<Command> &registry()
{
    static std::vector<Command> list;
    return list;
}

} // namespace

int parseOrExit(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!parser.parse(args)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    return -1;
}

bool loadSite(const QString &path, PageIndex &index, QTextStream &err)
{
    const SiteLayout layout = locateSite(path);
    if (!layout.isValid()) {
        err << "gravdesk-cli: " << layout.error << Qt::endl;
        return false;
    }
    index = scanSite(layout, SiteConfig::load(layout));
    return true;
}

const std::vector<Command> &commands()
{
    return registry();
}

RegisterCommand::RegisterCommand(const Command &command)
{
    auto &list = registry();
    list.push_back(command);
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return std::strcmp(a.name, b.name) < 0; });
}

} // namespace GravDesk::Cli
