#include "command.h"
#include "io/siteworkspace.h"
#include "site/pageindex.h"
#include "site/pageoperations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace GravDesk::Cli {
namespace {

QString rel(const PageOperationPlan &plan, const QString &path)
{
    return path.startsWith(plan.pagesDir + QLatin1Char('/')) ? path.mid(plan.pagesDir.size() + 1) : path;
}

QJsonObject planJson(const PageOperationPlan &plan, const IoResult *result)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), result ? result->ok : plan.ok);
    if (!plan.ok || (result && !result->ok))
        o.insert(QStringLiteral("error"), plan.ok ? result->error : plan.error);
    QJsonArray renames;
    for (const auto &r : plan.renames)
        renames.append(QJsonObject {{QStringLiteral("from"), rel(plan, r.first)}, {QStringLiteral("to"), rel(plan, r.second)}});
    o.insert(QStringLiteral("renames"), renames);
    QJsonArray files;
    for (const PageLinkEdit &e : plan.linkEdits) {
        QJsonArray changes;
        for (const LinkChange &c : e.changes)
            changes.append(QJsonObject {
                {QStringLiteral("line"), c.line}, {QStringLiteral("before"), c.before}, {QStringLiteral("after"), c.after}});
        files.append(QJsonObject {{QStringLiteral("file"), rel(plan, e.path)}, {QStringLiteral("changes"), changes}});
    }
    o.insert(QStringLiteral("links"), files);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings));
    return o;
}

int runMv(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "Move or rename a page, updating the links of other pages to it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mv"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "The site's folder."));
    parser.addPositionalArgument(QStringLiteral("PAGE"),
        QCoreApplication::translate(
            "GravDesk::Cli", "The page: its folder in the pages folder (02.news/03.slug) or its route (/news/slug)."));
    parser.addPositionalArgument(QStringLiteral("DEST"),
        QCoreApplication::translate("GravDesk::Cli",
            "Where it goes: a section to move it into, or its new folder or route (02.news/04.new-slug, /news/new-slug)."));
    const QCommandLineOption noLinks(
        QStringLiteral("no-links"), QCoreApplication::translate("GravDesk::Cli", "Leave the links of other pages as they are."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("GravDesk::Cli", "Print what changed as JSON."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("GravDesk::Cli", "Print what would change; change nothing."));
    parser.addOption(noLinks);
    parser.addOption(json);
    parser.addOption(dryRun);
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 4) {
        err << "usage: gravdesk-cli mv SITE PAGE DEST [--no-links] [--json] [--dry-run]" << Qt::endl;
        return 2;
    }
    PageIndex index;
    if (!loadSite(pos[1], index, err))
        return 2;
    const int page = findPage(index, pos[2]);
    if (page <= 0) {
        err << "gravdesk-cli mv: " << QCoreApplication::translate("GravDesk::Cli", "There is no page %1 in the site.").arg(pos[2])
            << Qt::endl;
        return 2;
    }
    PageOperations ops(index);
    PageOperations::Options options;
    options.updateLinks = !parser.isSet(noLinks);

    // DEST is a page to move into, or the page's new place (its parent must exist).
    PageOperationPlan plan;
    const int into = findPage(index, pos[3]);
    if (into >= 0 && into == index.nodes[page].parent) {
        err << "gravdesk-cli mv: "
            << QCoreApplication::translate("GravDesk::Cli", "The page %1 is already in %2; nothing was changed.")
                   .arg(pos[2], pos[3])
            << Qt::endl;
        return 1;
    }
    if (into >= 0 && into != page) {
        plan = ops.move(page, into, QString(), options);
    } else {
        QString dest = pos[3];
        while (dest.size() > 1 && dest.endsWith(QLatin1Char('/')))
            dest.chop(1);
        const qsizetype slash = dest.lastIndexOf(QLatin1Char('/'));
        const QString parentArg = slash < 0 ? QString() : dest.left(slash);
        const QString last = dest.mid(slash + 1);
        const int parent = slash < 0 ? index.nodes[page].parent : findPage(index, parentArg);
        if (parent < 0) {
            err << "gravdesk-cli mv: "
                << QCoreApplication::translate("GravDesk::Cli", "There is no page %1 in the site to move the page into.")
                       .arg(parentArg)
                << Qt::endl;
            return 2;
        }
        static const QRegularExpression numbered(QStringLiteral("^\\d+\\."));
        static const QRegularExpression prefix(QStringLiteral("^(\\d+\\.)"));
        QString folderName = last;
        if (!numbered.match(last).hasMatch()) {
            const auto m = prefix.match(index.nodes[page].folderName);
            folderName = (m.hasMatch() ? m.captured(1) : QString()) + last;
        }
        plan = parent == index.nodes[page].parent ? ops.renameFolder(page, folderName, options)
                                                  : ops.move(page, parent, folderName, options);
    }
    if (!plan.ok) {
        if (parser.isSet(json))
            out << QJsonDocument(planJson(plan, nullptr)).toJson();
        err << "gravdesk-cli mv: " << plan.error << ' ' << QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.")
            << Qt::endl;
        return 1;
    }
    if (parser.isSet(dryRun)) {
        if (parser.isSet(json))
            out << QJsonDocument(planJson(plan, nullptr)).toJson();
        else
            for (const QString &line : plan.describe())
                out << line << '\n';
        for (const QString &w : std::as_const(plan.warnings))
            err << "gravdesk-cli mv: " << w << Qt::endl;
        return 0;
    }
    SiteWorkspace workspace(index.layout);
    const IoResult result = applyPageOperation(workspace, plan);
    if (parser.isSet(json)) {
        out << QJsonDocument(planJson(plan, &result)).toJson();
    } else if (result.ok) {
        for (const QString &line : plan.describe())
            out << line << '\n';
    }
    for (const QString &w : std::as_const(plan.warnings))
        err << "gravdesk-cli mv: " << w << Qt::endl;
    if (!result.ok) {
        err << "gravdesk-cli mv: " << result.error << ' ' << QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.")
            << Qt::endl;
        return 1;
    }
    return 0;
}

const RegisterCommand registration {{"mv", "mv SITE PAGE DEST [--no-links] [--json] [--dry-run]",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Move PAGE into the section DEST, or rename it to DEST (a folder or a route), in one change;\n"
        "the links of other pages to it are updated and listed."),
    &runMv}};

} // namespace
} // namespace GravDesk::Cli
