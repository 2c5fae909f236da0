#include "command.h"
#include "io/siteworkspace.h"
#include "site/pageindex.h"
#include "site/pageoperations.h"
#include "site/pagetrash.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace GravDesk::Cli {
namespace {

int runRm(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GravDesk::Cli", "Move a page to the site's trash (kept outside the site; see the trash command)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("rm"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "The site's folder."));
    parser.addPositionalArgument(QStringLiteral("PAGE"),
        QCoreApplication::translate(
            "GravDesk::Cli", "The page: its folder in the pages folder (02.news/03.slug) or its route (/news/slug)."));
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3) {
        err << "usage: gravdesk-cli rm SITE PAGE" << Qt::endl;
        return 2;
    }
    PageIndex index;
    if (!loadSite(pos[1], index, err))
        return 2;
    const int page = findPage(index, pos[2]);
    if (page <= 0) {
        err << "gravdesk-cli rm: " << QCoreApplication::translate("GravDesk::Cli", "There is no page %1 in the site.").arg(pos[2])
            << Qt::endl;
        return 2;
    }
    PageOperations ops(index);
    const PageOperationPlan plan = ops.remove(page);
    if (!plan.ok) {
        err << "gravdesk-cli rm: " << plan.error << ' ' << QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.")
            << Qt::endl;
        return 1;
    }
    for (const QString &w : plan.warnings)
        err << "gravdesk-cli rm: " << w << Qt::endl;
    SiteWorkspace workspace(index.layout);
    const IoResult result = applyPageOperation(workspace, plan);
    if (!result.ok) {
        err << "gravdesk-cli rm: " << result.error << ' ' << QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.")
            << Qt::endl;
        return 1;
    }
    const QString relPath = index.nodes[page].relPath;
    QString id;
    for (const TrashEntry &e : PageTrash(index.layout).entries()) {
        if (e.relPath == relPath) {
            id = e.id;
            break;
        }
    }
    out << QCoreApplication::translate(
        "GravDesk::Cli", "%1 is in the trash as %2. To bring it back: gravdesk-cli trash SITE --restore %2")
               .arg(relPath, id)
        << '\n';
    return 0;
}

const RegisterCommand registration {{"rm", "rm SITE PAGE",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Move PAGE (its folder with every language file and its media) to the site's trash, which is kept\n"
        "in the user's state folder, outside the site and its git repository."),
    &runRm}};

} // namespace
} // namespace GravDesk::Cli
