#include "command.h"
#include "problemoutput.h"
#include "site/pageindex.h"

#include <QCommandLineParser>
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
    parser.setApplicationDescription(QStringLiteral("List every page of a Grav site and every problem found."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("index"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("SITE"), QStringLiteral("Grav root, user/ folder or Git Sync clone."));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
    parser.addOption(json);
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        err << "usage: gravdesk-cli index SITE [--json]" << Qt::endl;
        return 2;
    }
    PageIndex index;
    if (!loadSite(pos[1], index, err))
        return 2;
    const SiteLayout &layout = index.layout;
    const SiteConfig &config = index.config;
    const QString def = config.defaultLanguage();
    const QStringList langs = config.languages();

    if (parser.isSet(json)) {
        QJsonObject site;
        site.insert(QStringLiteral("root"), layout.root);
        site.insert(QStringLiteral("layout"), layout.kindName());
        site.insert(QStringLiteral("pages_dir"), layout.pagesDir);
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
        out << "Site: " << layout.root << " (" << layout.kindName() << ")\n";
        out << "Languages: " << (langs.isEmpty() ? QStringLiteral("(single language)") : langs.join(QStringLiteral(", ")));
        if (!def.isEmpty())
            out << " (default " << def << ")";
        out << "\n\n";
        for (int n = 1; n < index.size(); ++n) {
            const PageNode &node = index.nodes[n];
            out << index.route(n, def) << "  [" << node.relPath << "]";
            if (node.isPlaceholder()) {
                out << "  (folder without a page file)\n";
                continue;
            }
            out << "  template=" << index.templateName(n, def);
            if (node.modular)
                out << "  modular";
            out << "\n";
            for (const PageVariant &v : node.variants) {
                out << "    " << langLabel(v.language) << "  " << v.date.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    << (v.dateFromFile ? QStringLiteral(" (file time)") : QString()) << "  " << stateName(v.publishState) << "  "
                    << (v.title.isEmpty() ? QStringLiteral("(no title)") : v.title) << "  <" << v.fileName << ">\n";
            }
        }
        out << "\nProblems (" << index.errorCount() << " errors, " << index.warningCount() << " warnings):\n";
        printProblems(out, index.problems);
        out << "\n"
            << index.size() - 1 << " pages, " << index.errorCount() << " errors, " << index.warningCount() << " warnings\n";
    }
    out.flush();
    return index.errorCount() > 0 ? 1 : 0;
}

const RegisterCommand registration {{"index", "index SITE [--json]",
    "List every page (route, folder, template, languages, title, date and state per\n"
    "language) and every problem. Exits 1 when the site has errors.",
    &runIndex}};

} // namespace

} // namespace GravDesk::Cli
