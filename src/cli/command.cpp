#include "command.h"

#include "io/siteworkspace.h"
#include "site/pageindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
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

SiteLayout siteAround(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return SiteLayout();
    QDir dir(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    for (int i = 0; i < 64; ++i) {
        const SiteLayout layout = locateSite(dir.absolutePath());
        if (layout.isValid())
            return layout;
        if (!dir.cdUp())
            break;
    }
    return SiteLayout();
}

void recoverSites(const QStringList &args, QTextStream &err)
{
    QSet<QString> done;
    for (qsizetype i = 2; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1Char('-')))
            continue;
        const SiteLayout layout = siteAround(args.at(i));
        if (!layout.isValid() || done.contains(layout.userDir))
            continue;
        done.insert(layout.userDir);
        SiteWorkspace workspace(layout);
        const SiteWorkspace::Recovery recovery = workspace.recover();
        for (const QString &message : recovery.messages)
            err << "gravdesk-cli: " << message << Qt::endl;
    }
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
