#include "command.h"
#include "problemoutput.h"
#include "site/pageindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace GravDesk::Cli {
namespace {

QString stateName(PublishState s)
{
    switch (s) {
    case PublishState::Published: return QStringLiteral("published");
    case PublishState::Draft: return QStringLiteral("draft");
    case PublishState::Scheduled: return QStringLiteral("scheduled");
    case PublishState::Expired: return QStringLiteral("expired");
    }
    return {};
}

QString langLabel(const QString &l)
{
    return l.isEmpty() ? QStringLiteral("-") : l;
}

QJsonObject pageJson(const PageIndex &index, int n)
{
    const PageNode &node = index.nodes[n];
    QStringList langs = index.config.languages();
    const QString def = index.config.defaultLanguage();
    QJsonObject o;
    o.insert(QStringLiteral("route"), index.route(n, def));
    o.insert(QStringLiteral("folder"), node.relPath);
    o.insert(QStringLiteral("template"), index.templateName(n, def));
    o.insert(QStringLiteral("placeholder"), node.isPlaceholder());
    o.insert(QStringLiteral("modular"), node.modular);
    if (node.order >= 0)
        o.insert(QStringLiteral("order"), node.order);
    QJsonObject routes;
    for (const QString &l : std::as_const(langs))
        routes.insert(l, index.route(n, l));
    if (!langs.isEmpty())
        o.insert(QStringLiteral("routes"), routes);
    QJsonArray languages;
    QJsonObject files, titles, dates, published, states;
    for (const PageVariant &v : node.variants) {
        const QString key = v.language;
        languages.append(key);
        files.insert(key, v.fileName);
        titles.insert(key, v.title);
        dates.insert(key, v.date.toString(Qt::ISODate));
        published.insert(key, v.isPublished());
        states.insert(key, stateName(v.publishState));
    }
    o.insert(QStringLiteral("languages"), languages);
    o.insert(QStringLiteral("files"), files);
    o.insert(QStringLiteral("titles"), titles);
    o.insert(QStringLiteral("dates"), dates);
    o.insert(QStringLiteral("published"), published);
    o.insert(QStringLiteral("states"), states);
    return o;
}

int runIndex(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "List every page of a Grav site and every problem found."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("index"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "Grav root, user/ folder or Git Sync clone."));
    QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("GravDesk::Cli", "Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1").arg(QStringLiteral("gravdesk-cli index SITE [--json]"))
            << Qt::endl;
        return 2;
    }
    PageIndex index;
    if (!loadSite(pos[1], index, err))
        return 2;
    noteInferredLanguages(index, "index", err);
    const SiteLayout &layout = index.layout;
    const SiteConfig &config = index.config;
    const QString def = config.defaultLanguage();
    const QStringList langs = config.languages();

    if (parser.isSet(json)) {
        QJsonObject site;
        site.insert(QStringLiteral("root"), layout.root);
        site.insert(QStringLiteral("layout"), layout.kindName());
        site.insert(QStringLiteral("pages_dir"), layout.pagesDir);
        site.insert(QStringLiteral("languages_inferred"), config.languagesInferred());
        site.insert(QStringLiteral("languages"), QJsonArray::fromStringList(langs));
        site.insert(QStringLiteral("default_language"), def);
        QJsonArray pages;
        for (int n = 1; n < index.size(); ++n)
            pages.append(pageJson(index, n));
        const QJsonArray problems = problemsJson(index.problems);
        QJsonObject summary;
        summary.insert(QStringLiteral("pages"), index.size() - 1);
        summary.insert(QStringLiteral("errors"), index.errorCount());
        summary.insert(QStringLiteral("warnings"), index.warningCount());
        QJsonObject root;
        root.insert(QStringLiteral("site"), site);
        root.insert(QStringLiteral("pages"), pages);
        root.insert(QStringLiteral("problems"), problems);
        root.insert(QStringLiteral("summary"), summary);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out << QCoreApplication::translate("GravDesk::Cli", "Site: %1 (%2)").arg(layout.root, layout.kindName()) << "\n";
        const QString languages = langs.isEmpty() ? QCoreApplication::translate("GravDesk::Cli", "(single language)")
                                                  : langs.join(QStringLiteral(", "));
        out << (def.isEmpty() ? QCoreApplication::translate("GravDesk::Cli", "Languages: %1").arg(languages)
                              : QCoreApplication::translate("GravDesk::Cli", "Languages: %1 (default %2)").arg(languages, def));
        out << "\n\n";
        for (int n = 1; n < index.size(); ++n) {
            const PageNode &node = index.nodes[n];
            out << index.route(n, def) << "  [" << node.relPath << "]";
            if (node.isPlaceholder()) {
                out << "  " << QCoreApplication::translate("GravDesk::Cli", "(folder without a page file)") << "\n";
                continue;
            }
            out << "  template=" << index.templateName(n, def);
            if (node.modular)
                out << "  modular";
            out << "\n";
            for (const PageVariant &v : node.variants) {
                out << "    " << langLabel(v.language) << "  " << v.date.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    << (v.dateFromFile ? QLatin1Char(' ') + QCoreApplication::translate("GravDesk::Cli", "(file time)")
                                       : QString())
                    << "  " << stateName(v.publishState) << "  "
                    << (v.title.isEmpty() ? QCoreApplication::translate("GravDesk::Cli", "(no title)") : v.title) << "  <"
                    << v.fileName << ">\n";
            }
        }
        out << "\n"
            << QCoreApplication::translate("GravDesk::Cli", "Problems (%1 errors, %2 warnings):")
                   .arg(index.errorCount())
                   .arg(index.warningCount())
            << "\n";
        printProblems(out, index.problems);
        out << "\n"
            << QCoreApplication::translate("GravDesk::Cli", "%1 pages, %2 errors, %3 warnings")
                   .arg(index.size() - 1)
                   .arg(index.errorCount())
                   .arg(index.warningCount())
            << "\n";
    }
    out.flush();
    return index.errorCount() > 0 ? 1 : 0;
}

const RegisterCommand registration {{"index", "index SITE [--json]",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "List every page (route, folder, template, languages, title, date and state per\n"
        "language) and every problem. Exits 1 when the site has errors."),
    &runIndex}};

} // namespace

} // namespace GravDesk::Cli
