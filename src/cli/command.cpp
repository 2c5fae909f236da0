#include "command.h"

#include "io/siteworkspace.h"
#include "site/pageindex.h"
#include "site/siteprofile.h"

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

void noteInferredLanguages(const PageIndex &index, const char *command, QTextStream &err)
{
    if (index.config.languagesInferred())
        err << "gravdesk-cli " << command << ": " << SiteProfile::inferredLanguagesNote(index.config.languages()) << Qt::endl;
}

int findPage(const PageIndex &index, const QString &arg)
{
    QString a = arg.trimmed();
    if (a.isEmpty() || a == QLatin1String("/") || a == QLatin1String("."))
        return 0;
    const QFileInfo info(a);
    if (info.isAbsolute() && info.isDir()) {
        const QString pages = QFileInfo(index.layout.pagesDir).canonicalFilePath();
        const QString folder = info.canonicalFilePath();
        if (folder == pages)
            return 0;
        if (!pages.isEmpty() && folder.startsWith(pages + QLatin1Char('/')))
            return index.findByRelPath(folder.mid(pages.size() + 1));
    }
    while (a.size() > 1 && a.endsWith(QLatin1Char('/')))
        a.chop(1);
    QString rel = a;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    if (const int n = index.findByRelPath(rel); n > 0)
        return n;
    QStringList languages = index.config.languages();
    if (languages.isEmpty())
        languages.append(QString());
    QString route = QLatin1Char('/') + rel;
    for (const QString &lang : std::as_const(languages)) {
        if (!lang.isEmpty() && route.startsWith(QLatin1Char('/') + lang + QLatin1Char('/'))) {
            route = route.mid(lang.size() + 1);
            break;
        }
    }
    if (index.config.forceLowercaseUrls())
        route = route.toLower();
    for (const QString &lang : std::as_const(languages)) {
        const QStringList routes = index.routes(lang);
        for (int n = 1; n < routes.size(); ++n) {
            if (routes.at(n) == route)
                return n;
        }
    }
    return -1;
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
