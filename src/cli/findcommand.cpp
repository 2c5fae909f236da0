#include "command.h"
#include "site/sitesearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace GravDesk::Cli {
namespace {

QJsonObject matchJson(const SearchMatch &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("folder"), m.folder);
    o.insert(QStringLiteral("language"), m.language);
    o.insert(QStringLiteral("file"), m.file);
    o.insert(QStringLiteral("field"), searchFieldName(m.field));
    o.insert(QStringLiteral("line"), m.line);
    o.insert(QStringLiteral("column"), m.column);
    o.insert(QStringLiteral("length"), m.length);
    o.insert(QStringLiteral("text"), m.lineText);
    return o;
}

// The line around the match for a terminal: a long paragraph is cut to about 120 characters, marked with "…".
QString excerpt(const SearchMatch &m)
{
    constexpr int before = 40;
    constexpr int width = 120;
    const QString &line = m.lineText;
    if (line.size() <= width)
        return line.trimmed();
    const qsizetype from = std::max<qsizetype>(0, m.column - 1 - before);
    const qsizetype to = std::min<qsizetype>(line.size(), std::max<qsizetype>(from + width, m.column - 1 + m.length));
    return (from > 0 ? QStringLiteral("…") : QString()) + line.mid(from, to - from).trimmed()
        + (to < line.size() ? QStringLiteral("…") : QString());
}

int runFind(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("GravDesk::Cli",
        "Find a text in every page of a Grav site: titles, slugs, folder names and bodies, in every language. "
        "Any case matches, ё and е are the same letter."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("find"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "Grav root, user/ folder or Git Sync clone."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("GravDesk::Cli", "The text to find."));
    const QCommandLineOption regex(QStringLiteral("regex"),
        QCoreApplication::translate("GravDesk::Cli", "TEXT is a regular expression (Perl syntax; any case still matches)."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("GravDesk::Cli", "Print JSON instead of text."));
    parser.addOption(regex);
    parser.addOption(json);
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1")
                   .arg(QStringLiteral("gravdesk-cli find SITE TEXT [--regex] [--json]"))
            << Qt::endl;
        return 2;
    }
    SearchPattern pattern;
    QString why;
    if (!pattern.set(pos[2], parser.isSet(regex), &why)) {
        err << "gravdesk-cli: " << why << Qt::endl;
        return 2;
    }
    const SiteLayout layout = locateSite(pos[1]);
    if (!layout.isValid()) {
        err << "gravdesk-cli: " << layout.error << Qt::endl;
        return 2;
    }
    // Only the folders and file names: the search reads the files itself, headers need no parsing.
    const PageIndex index = listSite(layout, SiteConfig::load(layout));
    SearchStats stats;
    if (!parser.isSet(json)) {
        // The listing: every match formatted on the thread that found it, then written at once.
        const QString folderName = QCoreApplication::translate("GravDesk::Cli", "(folder name)");
        const SearchTextOutput found = searchSiteText(
            index, pattern,
            [&folderName](const SearchMatch &m) {
                if (m.field == SearchField::Folder)
                    return (m.folder + QStringLiteral("  -  ") + folderName + QLatin1Char('\n')).toUtf8();
                return (m.folder + QStringLiteral("  ") + (m.language.isEmpty() ? QStringLiteral("-") : m.language)
                    + QStringLiteral("  ") + m.file + QLatin1Char(':') + QString::number(m.line) + QLatin1Char(':')
                    + QString::number(m.column) + QStringLiteral(": ") + excerpt(m) + QLatin1Char('\n'))
                    .toUtf8();
            },
            &stats);
        for (const QString &e : std::as_const(stats.errors))
            err << "gravdesk-cli: " << e << Qt::endl;
        out.flush();
        if (QIODevice *device = out.device()) {
            device->write(found.text);
        } else {
            out << QString::fromUtf8(found.text);
        }
        out << "\n"
            << QCoreApplication::translate("GravDesk::Cli", "%1 matches in %2 page files and folders (%3 page files searched)")
                   .arg(found.matches)
                   .arg(found.files)
                   .arg(stats.files)
            << "\n";
        out.flush();
        return found.matches == 0 ? 1 : 0;
    }
    const QVector<SearchMatch> matches = searchSite(index, pattern, &stats);
    for (const QString &e : std::as_const(stats.errors))
        err << "gravdesk-cli: " << e << Qt::endl;
    QJsonArray list;
    for (const SearchMatch &m : matches)
        list.append(matchJson(m));
    QJsonObject summary;
    summary.insert(QStringLiteral("matches"), static_cast<int>(matches.size()));
    summary.insert(QStringLiteral("files_searched"), stats.files);
    summary.insert(QStringLiteral("unreadable"), stats.unreadable);
    QJsonObject root;
    root.insert(QStringLiteral("text"), pattern.text());
    root.insert(QStringLiteral("regex"), pattern.isRegex());
    root.insert(QStringLiteral("matches"), list);
    root.insert(QStringLiteral("summary"), summary);
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    out.flush();
    return matches.isEmpty() ? 1 : 0;
}

const RegisterCommand registration {{"find", "find SITE TEXT [--regex] [--json]",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Find a text in titles, slugs, folder names and bodies of every page file: any case,\n"
        "ё = е, Kazakh letters kept apart from Russian ones. Prints folder, language,\n"
        "file:line:column and the line. Exits 1 when nothing is found."),
    &runFind}};

} // namespace
} // namespace GravDesk::Cli
