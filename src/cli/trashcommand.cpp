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

int runTrash(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "List the pages in the site's trash, or restore one."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("trash"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "The site's folder."));
    const QCommandLineOption restore(QStringLiteral("restore"),
        QCoreApplication::translate("GravDesk::Cli", "Put the page ID back where it was."), QStringLiteral("ID"));
    const QCommandLineOption freeName(QStringLiteral("free-name"),
        QCoreApplication::translate(
            "GravDesk::Cli", "When its place is taken, restore it under a free slug instead of refusing."));
    parser.addOption(restore);
    parser.addOption(freeName);
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        err << "usage: gravdesk-cli trash SITE [--restore ID [--free-name]]" << Qt::endl;
        return 2;
    }
    PageIndex index;
    if (!loadSite(pos[1], index, err))
        return 2;
    const PageTrash trash(index.layout);
    if (!parser.isSet(restore)) {
        const QList<TrashEntry> entries = trash.entries();
        if (entries.isEmpty()) {
            out << QCoreApplication::translate("GravDesk::Cli", "The trash is empty.") << '\n';
            return 0;
        }
        for (const TrashEntry &e : entries)
            out << e.id << "  " << e.deletedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << e.relPath
                << (e.title.isEmpty() ? QString() : QStringLiteral("  \"") + e.title + QLatin1Char('"')) << '\n';
        return 0;
    }
    PageOperations ops(index);
    const PageOperationPlan plan = trash.restore(ops, parser.value(restore), parser.isSet(freeName));
    if (!plan.ok) {
        err << "gravdesk-cli trash: " << plan.error << ' ' << QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.")
            << Qt::endl;
        return 1;
    }
    for (const QString &w : plan.warnings)
        err << "gravdesk-cli trash: " << w << Qt::endl;
    SiteWorkspace workspace(index.layout);
    const IoResult result = applyPageOperation(workspace, plan);
    if (!result.ok) {
        err << "gravdesk-cli trash: " << result.error << ' '
            << QCoreApplication::translate("GravDesk::Cli", "Nothing was changed.") << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("GravDesk::Cli", "Restored %1.").arg(plan.resultFolder.mid(plan.pagesDir.size() + 1))
        << '\n';
    return 0;
}

const RegisterCommand registration {{"trash", "trash SITE [--restore ID [--free-name]]",
    QT_TRANSLATE_NOOP(
        "GravDesk::Cli", "List the pages deleted with rm (newest first), or put one back where it was with --restore ID."),
    &runTrash}};

} // namespace
} // namespace GravDesk::Cli
