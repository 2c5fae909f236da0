#include "command.h"
#include "problemoutput.h"
#include "site/sitecheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace GravDesk::Cli {
namespace {

int runCheck(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("GravDesk::Cli",
        "Lint a Grav site: everything Grav would do differently from what the "
        "pages seem to say."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("check"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "Grav root, user/ folder or Git Sync clone."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("GravDesk::Cli", "Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1").arg(QStringLiteral("gravdesk-cli check SITE [--json]"))
            << Qt::endl;
        return 2;
    }
    PageIndex index;
    if (!loadSite(pos[1], index, err))
        return 2;
    noteInferredLanguages(index, "check", err);
    QVector<SiteProblem> problems = checkSite(index);
    problems += checkRendering(index); // warnings after the index's own problems, in page order
    const auto count = [&problems](Severity s) {
        return static_cast<int>(
            std::count_if(problems.cbegin(), problems.cend(), [s](const SiteProblem &p) { return p.severity == s; }));
    };
    const int errors = count(Severity::Error);
    const int warnings = count(Severity::Warning);
    if (parser.isSet(json)) {
        QJsonObject summary;
        summary.insert(QStringLiteral("pages"), index.size() - 1);
        summary.insert(QStringLiteral("errors"), errors);
        summary.insert(QStringLiteral("warnings"), warnings);
        QJsonObject root;
        root.insert(QStringLiteral("problems"), problemsJson(problems));
        root.insert(QStringLiteral("summary"), summary);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        printProblems(out, problems);
        out << "\n"
            << QCoreApplication::translate("GravDesk::Cli", "%1 pages checked: %2 errors, %3 warnings")
                   .arg(index.size() - 1)
                   .arg(errors)
                   .arg(warnings)
            << "\n";
    }
    out.flush();
    return errors > 0 ? 1 : 0;
}

const RegisterCommand registration {{"check", "check SITE [--json]",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Lint the site: the index's problems, plus unquoted dates, yes/no words Grav keeps\n"
        "as text, header values failing their blueprint rules, and content Grav renders that\n"
        "GravDesk does not (page-inject, plugins' shortcodes, Twig). Exits 1 on errors."),
    &runCheck}};

} // namespace
} // namespace GravDesk::Cli
