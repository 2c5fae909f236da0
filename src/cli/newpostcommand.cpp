#include "command.h"
#include "site/gravdate.h"
#include "site/newpost.h"
#include "site/pageindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace GravDesk::Cli {
namespace {

// The pages folder above @p path (the section must be inside one).
QString pagesFolderOf(const QString &path)
{
    QDir dir(QFileInfo(path).absoluteFilePath());
    for (int i = 0; i < 32; ++i) {
        if (dir.dirName() == QLatin1String("pages"))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

QDateTime parseDate(const QString &text, const SiteConfig &config)
{
    const QTimeZone zone = config.timeZone();
    const QString t = text.trimmed();
    for (const QString &f : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-ddTHH:mm"),
             QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd")}) {
        const QDateTime local = QDateTime::fromString(t, f);
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone);
    }
    const QString siteFormat = config.dateFormatDefault().isEmpty() ? QStringLiteral("d-m-Y H:i") : config.dateFormatDefault();
    const QDateTime site = parsePhpFormat(t, siteFormat, zone);
    if (site.isValid())
        return site;
    return QDateTime::fromString(t, Qt::ISODate);
}

int runNewPost(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "Create a post in a section, named and written like its siblings."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("new-post"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("SECTION"),
        QCoreApplication::translate("GravDesk::Cli", "The section's folder (e.g. user/pages/02.news)."));
    const QCommandLineOption title(QStringLiteral("title"),
        QCoreApplication::translate("GravDesk::Cli", "The post's title (required)."), QStringLiteral("text"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("GravDesk::Cli", "The title's language (default: the site's default language)."),
        QStringLiteral("code"));
    const QCommandLineOption date(QStringLiteral("date"),
        QCoreApplication::translate(
            "GravDesk::Cli", "Date and time, YYYY-MM-DD HH:MM or the site's format, in the site's time zone (default: now)."),
        QStringLiteral("date"));
    const QCommandLineOption slug(QStringLiteral("slug"),
        QCoreApplication::translate("GravDesk::Cli", "The slug after the date (default: transliterated from the title)."),
        QStringLiteral("slug"));
    const QCommandLineOption languages(QStringLiteral("languages"),
        QCoreApplication::translate(
            "GravDesk::Cli", "Comma-separated languages to create (default: all the site's); the others than --lang are drafts."),
        QStringLiteral("codes"));
    const QCommandLineOption published(QStringLiteral("published"),
        QCoreApplication::translate("GravDesk::Cli", "Publish the post in its language (default: draft)."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), QCoreApplication::translate("GravDesk::Cli", "Print the files instead of writing them."));
    for (const QCommandLineOption &o : {title, lang, date, slug, languages, published, dryRun})
        parser.addOption(o);
    if (!parser.parse(args)) {
        err << "gravdesk-cli new-post: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || !parser.isSet(title)) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1")
                   .arg(QStringLiteral("gravdesk-cli new-post SECTION --title TEXT [--lang CODE] [--date DATE] [--slug SLUG] "
                                       "[--languages kk,ru] [--published] [--dry-run]"))
            << Qt::endl;
        return 2;
    }
    const QString section = pos[1];
    if (!QFileInfo(section).isDir()) {
        err << "gravdesk-cli new-post: "
            << QCoreApplication::translate("GravDesk::Cli", "%1: no such section folder").arg(section) << Qt::endl;
        return 2;
    }
    const QString pages = pagesFolderOf(section);
    if (pages.isEmpty()) {
        err << "gravdesk-cli new-post: "
            << QCoreApplication::translate("GravDesk::Cli", "%1: not inside a Grav site's pages folder").arg(section) << Qt::endl;
        return 2;
    }
    PageIndex index;
    if (!loadSite(pages, index, err))
        return 2;
    const QString rel = QDir(pages).relativeFilePath(QFileInfo(section).absoluteFilePath());
    const int node = rel == QLatin1String(".") ? 0 : index.findByRelPath(rel);
    if (node < 0) {
        err << "gravdesk-cli new-post: "
            << QCoreApplication::translate("GravDesk::Cli", "%1: no such section in the site").arg(section) << Qt::endl;
        return 2;
    }

    NewPostRequest request;
    request.section = node;
    request.title = parser.value(title);
    request.language = parser.value(lang);
    request.slug = parser.value(slug);
    request.published = parser.isSet(published);
    if (parser.isSet(languages))
        request.languages = parser.value(languages).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &l : request.languages)
        l = l.trimmed();
    if (parser.isSet(date)) {
        request.date = parseDate(parser.value(date), index.config);
        if (!request.date.isValid()) {
            err << "gravdesk-cli new-post: "
                << QCoreApplication::translate("GravDesk::Cli", "\"%1\" is not a date (write YYYY-MM-DD HH:MM)")
                       .arg(parser.value(date))
                << Qt::endl;
            return 2;
        }
    }
    const NewPostPlan plan = planNewPost(index, request);
    if (!plan.ok) {
        err << "gravdesk-cli new-post: " << plan.error << ' '
            << QCoreApplication::translate("GravDesk::Cli", "Nothing was written.") << Qt::endl;
        return 1;
    }
    const QString folder = QDir(section).filePath(plan.folderName);
    if (parser.isSet(dryRun)) {
        for (const NewPostFile &f : plan.files)
            out << "==> " << QDir(folder).filePath(f.fileName) << " <==\n" << QString::fromUtf8(f.bytes) << '\n';
        return 0;
    }
    QString error;
    if (!writeNewPost(plan, error)) {
        err << "gravdesk-cli new-post: " << error << Qt::endl;
        return 1;
    }
    out << folder << '\n';
    return 0;
}

const RegisterCommand registration {{"new-post",
    "new-post SECTION --title TEXT [--lang CODE] [--date DATE] [--slug SLUG] [--languages L,L] [--published] [--dry-run]",
    QT_TRANSLATE_NOOP("GravDesk::Cli",
        "Create a post in SECTION named like its siblings (NN.YYYY-MM-DD-slug …), with a page file per\n"
        "language (the other languages as drafts to translate); prints the new folder."),
    &runNewPost}};

} // namespace
} // namespace GravDesk::Cli
