// status, sync, publish and history: the site's git remote (Grav Git Sync) from the command line.
#include "command.h"
#include "io/changestream.h"
#include "io/siteworkspace.h"
#include "site/pageindex.h"
#include "site/sitelayout.h"
#include "vcs/gitrepo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>

#include <array>
#include <cstring>
#include <future>

namespace GravDesk::Cli {
namespace {

// Exit codes shared by the four commands.
enum Exit { Ok = 0, Failed = 1, Usage = 2, DecisionNeeded = 3, NoGit = 4, Queued = 5 };

// The site and its repository, or the exit code and a message when there is none.
// @p writes: the command changes the repository, so its local settings (D1: no CRLF conversion, …) are applied first.
// @p statusNext: the command's next step is the status, with no fetch before it (GitRepo::startStatusEarly()).
int openRepo(const QString &sitePath, SiteLayout &layout, std::unique_ptr<GitRepo> &repo, QTextStream &err, bool writes = false,
    bool statusNext = false)
{
    layout = locateSite(sitePath);
    if (!layout.isValid()) {
        err << QCoreApplication::translate("GravDesk::Cli", "Not a Grav site: %1").arg(layout.error) << "\n";
        return Failed;
    }
    // git's version is checked while the repository is opened (each is a git start-up the user waits for); a
    // missing or too old git is reported before anything the opening said.
    const QString program = GitRunner::locateGit();
    auto probe = std::async(std::launch::async, [program] { return GitRunner::probe(program); });
    repo = std::make_unique<GitRepo>(layout, program);
    repo->setForeground(true); // the user waits, as for `git status`
    if (qEnvironmentVariableIsSet("GRAVDESK_GIT_TRACE")) {
        // Every git command this command runs, with its exit code and duration, when it ended (ms since the start).
        static QElapsedTimer sinceStart;
        sinceStart.start();
        repo->setLogger([](const QString &line) {
            QTextStream(stderr) << "gravdesk-cli: " << sinceStart.elapsed() << " ms: " << line << Qt::endl;
        });
    }
    if (statusNext && !program.isEmpty())
        repo->startStatusEarly();
    const bool opened = !program.isEmpty() && repo->open();
    const GitAvailability git = probe.get();
    if (!git.ok) {
        err << git.problem << "\n";
        return NoGit;
    }
    if (!opened || (writes && !repo->configureLocal())) {
        err << repo->error() << "\n";
        return Failed;
    }
    return -1;
}

// PAGE as the user typed it: a page folder or file (absolute, relative to the working folder or to the
// site), or a route; the page folder, "" when none.
QString resolvePage(const QString &arg, const SiteLayout &layout, GitRepo &repo, bool *isFile)
{
    *isFile = false;
    const QStringList candidates
        = {QFileInfo(arg).absoluteFilePath(), layout.root + QLatin1Char('/') + arg, layout.pagesDir + QLatin1Char('/') + arg};
    for (const QString &candidate : candidates) {
        const QFileInfo fi(candidate);
        if (fi.isDir())
            return fi.absoluteFilePath();
        if (fi.isFile()) {
            *isFile = true;
            return fi.absoluteFilePath();
        }
    }
    // A folder gone here (deleted or moved away) still names a page the repository knows; a typo names none.
    for (const QString &candidate : candidates) {
        const QString rel = repo.relative(candidate);
        QByteArray tree;
        if (!rel.isEmpty() && QFileInfo(candidate).absoluteDir().exists() && QFileInfo(arg).isRelative()
            && arg.contains(QLatin1Char('/')) && repo.readAt(QStringLiteral("HEAD"), QDir::cleanPath(rel), &tree))
            return QDir::cleanPath(candidate);
    }
    if (arg.startsWith(QLatin1Char('/'))) {
        // "/news/item/" is the route "/news/item".
        QString route = arg;
        while (route.size() > 1 && route.endsWith(QLatin1Char('/')))
            route.chop(1);
        const PageIndex index = scanSite(layout, SiteConfig::load(layout));
        const QStringList langs = index.config.languages().isEmpty() ? QStringList {QString()} : index.config.languages();
        for (const QString &lang : langs) {
            const QStringList routes = index.routes(lang);
            for (int i = 1; i < routes.size(); ++i) {
                if (routes.at(i) == route)
                    return index.absolutePath(i);
            }
        }
    }
    return QString();
}

QString decisionText(const FileDecision &d)
{
    switch (d.reason) {
    case FileDecision::Reason::BothEdited:
        return QCoreApplication::translate("GravDesk::Cli", "changed here and on the server in the same place");
    case FileDecision::Reason::EditedHereDeletedOnServer:
        return QCoreApplication::translate("GravDesk::Cli", "edited here, deleted on the server");
    case FileDecision::Reason::DeletedHereEditedOnServer:
        return QCoreApplication::translate("GravDesk::Cli", "deleted here, changed on the server");
    case FileDecision::Reason::BothAdded:
        return QCoreApplication::translate("GravDesk::Cli", "added here and on the server with different content");
    }
    return QString();
}

void printNameWarnings(const QList<PathWarning> &warnings, QTextStream &out)
{
    if (warnings.isEmpty())
        return;
    out << QCoreApplication::translate("GravDesk::Cli", "Names from the server that Windows cannot check out:") << "\n";
    for (const PathWarning &w : warnings)
        out << "  " << pathWarningText(w) << "\n";
}

void printDecisions(const QList<FileDecision> &decisions, QTextStream &out)
{
    for (const FileDecision &d : decisions) {
        out << "  " << d.path << ": " << decisionText(d) << "\n";
        for (const MergeConflict &c : d.conflicts) {
            if (c.kind == MergeConflict::Kind::HeaderField)
                out << "    " << QCoreApplication::translate("GravDesk::Cli", "field “%1”").arg(c.key) << "\n";
            else if (c.kind == MergeConflict::Kind::Paragraphs)
                out << "    " << QCoreApplication::translate("GravDesk::Cli", "paragraph: %1").arg(c.mine.trimmed().left(60))
                    << "\n";
        }
    }
}

// A literal appended by its known length (20,000 pages × 6 literals: no strlen, no general insert).
template<std::size_t N> void appendLiteral(QByteArray &json, const char (&text)[N])
{
    const qsizetype at = json.size();
    json.resize(at + qsizetype(N) - 1);
    std::memcpy(json.data() + at, text, N - 1);
}

// A string as QJsonDocument writes it: ", \\ and control characters escaped, everything else as UTF-8.
void appendJsonString(QByteArray &json, const QString &text)
{
    // Most names are plain ASCII: written straight into the buffer, without a UTF-8 copy of their own.
    const qsizetype n = text.size();
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.constData());
    bool plainAscii = true;
    for (qsizetype i = 0; i < n && plainAscii; ++i)
        plainAscii = chars[i] >= 0x20 && chars[i] < 0x80 && chars[i] != '"' && chars[i] != '\\';
    if (plainAscii) {
        const qsizetype at = json.size();
        json.resize(at + n + 2);
        char *out = json.data() + at;
        *out++ = '"';
        for (qsizetype i = 0; i < n; ++i)
            *out++ = char(chars[i]);
        *out = '"';
        return;
    }
    json += '"';
    const QByteArray utf8 = text.toUtf8();
    qsizetype plain = 0; // the start of the run of bytes that need no escape, appended in one go
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        json.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        json += '\\';
        switch (u) {
        case '"': json += '"'; break;
        case '\\': json += '\\'; break;
        case '\b': json += 'b'; break;
        case '\f': json += 'f'; break;
        case '\n': json += 'n'; break;
        case '\r': json += 'r'; break;
        case '\t': json += 't'; break;
        default: json += "u00" + QByteArray::number(u, 16).rightJustified(2, '0');
        }
    }
    json.append(utf8.constData() + plain, utf8.size() - plain);
    json += '"';
}

// `status --json`, byte for byte what QJsonDocument::toJson(Indented) makes of the same object (keys sorted),
// written directly: building a QJsonObject per page of a 20,000-post site costs more than git's own status.
QByteArray statusJson(const RepoStatus &s, bool offline)
{
    // The state names as JSON strings, made once rather than once per page.
    std::array<QByteArray, int(PageGitState::NeedsDecision) + 1> stateNames;
    for (int i = 0; i < int(stateNames.size()); ++i)
        appendJsonString(stateNames[i], pageGitStateName(PageGitState(i)));
    QByteArray json;
    json.reserve(256 + s.pages.size() * 180);
    // Keys in the order QJsonDocument writes them (sorted), so the bytes are what a QJsonObject would give.
    json += "{\n    \"ahead\": " + QByteArray::number(s.ahead)
        + ",\n    \"awaitingServer\": " + QByteArray::number(s.awaitingServer) + ",\n    \"awaitingSince\": ";
    appendJsonString(json, s.awaitingSince.isValid() ? s.awaitingSince.toString(Qt::ISODate) : QString());
    json += ",\n    \"behind\": " + QByteArray::number(s.behind) + ",\n    \"branch\": ";
    appendJsonString(json, s.branch);
    json += ",\n    \"lastServerSync\": ";
    appendJsonString(json, s.lastServerSync.isValid() ? s.lastServerSync.toString(Qt::ISODate) : QString());
    json += ",\n    \"nameWarnings\": [\n";
    for (qsizetype i = 0; i < s.nameWarnings.size(); ++i) {
        const PathWarning &w = s.nameWarnings.at(i);
        if (i > 0)
            json += ",\n";
        json += "        {\n            \"page\": ";
        appendJsonString(json, w.page);
        json += ",\n            \"path\": ";
        appendJsonString(json, w.path);
        json += ",\n            \"problem\": ";
        appendJsonString(json, w.problem);
        json += "\n        }";
    }
    json += s.nameWarnings.isEmpty() ? "    ]" : "\n    ]";
    json += ",\n    \"offline\": ";
    json += offline ? "true" : "false";
    json += ",\n    \"pages\": [\n";
    for (qsizetype i = 0; i < s.pages.size(); ++i) {
        const PageGitStatus &p = s.pages.at(i);
        appendLiteral(json, "        {\n            \"files\": [\n");
        for (qsizetype f = 0; f < p.files.size(); ++f) {
            appendLiteral(json, "                ");
            appendJsonString(json, p.files.at(f));
            if (f + 1 < p.files.size())
                appendLiteral(json, ",\n");
            else
                appendLiteral(json, "\n");
        }
        appendLiteral(json, "            ],\n            \"folder\": ");
        appendJsonString(json, p.folder);
        if (!p.movedTo.isEmpty()) {
            appendLiteral(json, ",\n            \"movedTo\": ");
            appendJsonString(json, p.movedTo);
        }
        appendLiteral(json, ",\n            \"state\": ");
        json += stateNames.at(int(p.state));
        if (i + 1 < s.pages.size())
            appendLiteral(json, "\n        },\n");
        else
            appendLiteral(json, "\n        }\n");
    }
    json += "    ],\n    \"serverMayBeStuck\": ";
    json += s.serverMayBeStuck ? "true" : "false";
    if (s.serverMayBeStuck) {
        json += ",\n    \"serverStuck\": ";
        appendJsonString(json, serverStuckText(s));
    }
    json += "\n}\n";
    return json;
}

int runStatus(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "Show each page's git state and how far this copy is from the server."));
    parser.addPositionalArgument(QStringLiteral("status"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "Grav root, user/ folder or Git Sync clone."));
    const QCommandLineOption json(
        QStringLiteral("json"), QCoreApplication::translate("GravDesk::Cli", "Print JSON instead of text."));
    const QCommandLineOption noFetch(
        QStringLiteral("no-fetch"), QCoreApplication::translate("GravDesk::Cli", "Do not ask the server first."));
    parser.addOption(json);
    parser.addOption(noFetch);
    parser.addHelpOption();
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 2) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1").arg(QStringLiteral("gravdesk-cli status SITE [--json]"))
            << "\n";
        return Usage;
    }
    SiteLayout layout;
    std::unique_ptr<GitRepo> repo;
    if (const int code = openRepo(parser.positionalArguments().at(1), layout, repo, err, false, parser.isSet(noFetch)); code >= 0)
        return code;
    bool offline = false;
    if (!parser.isSet(noFetch) && !repo->fetch()) {
        offline = true;
        err << repo->error() << "\n";
    }
    const RepoStatus s = repo->status();
    if (!s.ok) {
        err << s.error << "\n";
        return Failed;
    }
    if (parser.isSet(json)) {
        // UTF-8 bytes as they are (3 MB for a 20,000-post site: no round trip through UTF-16)
        const QByteArray json = statusJson(s, offline);
        out.flush();
        if (QIODevice *device = out.device())
            device->write(json);
        else
            out << QString::fromUtf8(json);
        return Ok;
    }
    out << QCoreApplication::translate("GravDesk::Cli", "Branch %1: %2 ahead, %3 behind the server")
               .arg(s.branch)
               .arg(s.ahead)
               .arg(s.behind)
        << "\n";
    out << QCoreApplication::translate("GravDesk::Cli", "Server last synced: %1")
               .arg(s.lastServerSync.isValid() ? s.lastServerSync.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                               : QCoreApplication::translate("GravDesk::Cli", "never seen"))
        << "\n";
    if (s.serverMayBeStuck)
        out << QCoreApplication::translate("GravDesk::Cli", "warning: %1").arg(serverStuckText(s)) << "\n";
    printNameWarnings(s.nameWarnings, out);
    int synced = 0;
    for (const PageGitStatus &p : s.pages) {
        if (p.state == PageGitState::Synced) {
            ++synced;
            continue;
        }
        out << "  " << p.folder << ": " << pageGitStateText(p.state);
        if (!p.movedTo.isEmpty())
            out << " → " << p.movedTo;
        out << "\n";
    }
    out << QCoreApplication::translate("GravDesk::Cli", "%1 pages synced").arg(synced) << "\n";
    return Ok;
}

int runSync(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "Update the site from the server; pages edited on both sides are merged."));
    parser.addPositionalArgument(QStringLiteral("sync"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "Grav root, user/ folder or Git Sync clone."));
    const QCommandLineOption take(QStringLiteral("take"),
        QCoreApplication::translate("GravDesk::Cli", "Settle conflicts with this side: mine or server."), QStringLiteral("SIDE"));
    parser.addOption(take);
    parser.addHelpOption();
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QString side = parser.value(take);
    if (parser.positionalArguments().size() != 2
        || (parser.isSet(take) && side != QLatin1String("mine") && side != QLatin1String("server"))) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1")
                   .arg(QStringLiteral("gravdesk-cli sync SITE [--take mine|server]"))
            << "\n";
        return Usage;
    }
    SiteLayout layout;
    std::unique_ptr<GitRepo> repo;
    if (const int code = openRepo(parser.positionalArguments().at(1), layout, repo, err, true); code >= 0)
        return code;
    ChangeStream changes;
    SiteWorkspace workspace(layout, &changes);
    const MergeTake how = !parser.isSet(take) ? MergeTake::Nobody
        : side == QLatin1String("mine")       ? MergeTake::Mine
                                              : MergeTake::Theirs;
    const SyncOutcome o = repo->sync(workspace, how);
    printNameWarnings(o.nameWarnings, out);
    switch (o.result) {
    case SyncOutcome::Result::UpToDate:
        out << QCoreApplication::translate("GravDesk::Cli", "Already up to date.") << "\n";
        return Ok;
    case SyncOutcome::Result::Updated:
        out << QCoreApplication::translate(
            "GravDesk::Cli", "Updated: %1 files from the server, %2 merged with edits made here, %3 removed.")
                   .arg(o.updated.size())
                   .arg(o.merged.size())
                   .arg(o.removed.size())
            << "\n";
        if (!o.decisions.isEmpty()) {
            out << QCoreApplication::translate("GravDesk::Cli", "Settled by taking %1:").arg(side) << "\n";
            printDecisions(o.decisions, out);
        }
        return Ok;
    case SyncOutcome::Result::NeedsDecision:
        out << QCoreApplication::translate(
            "GravDesk::Cli", "A decision is needed; nothing was changed. Run again with --take mine or --take server.")
            << "\n";
        printDecisions(o.decisions, out);
        return DecisionNeeded;
    case SyncOutcome::Result::Offline:
    case SyncOutcome::Result::Failed: break;
    }
    err << o.error << "\n";
    return Failed;
}

int runPublish(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GravDesk::Cli", "Publish pages to the server as one commit (other drafts stay as they are)."));
    parser.addPositionalArgument(QStringLiteral("publish"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "Grav root, user/ folder or Git Sync clone."));
    parser.addPositionalArgument(QStringLiteral("PAGE"),
        QCoreApplication::translate("GravDesk::Cli", "A page folder, page file or route."), QStringLiteral("PAGE…"));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
        QCoreApplication::translate("GravDesk::Cli", "The commit message."), QStringLiteral("MESSAGE"));
    parser.addOption(message);
    parser.addHelpOption();
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < 3) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1")
                   .arg(QStringLiteral("gravdesk-cli publish SITE PAGE… [-m MESSAGE]"))
            << "\n";
        return Usage;
    }
    SiteLayout layout;
    std::unique_ptr<GitRepo> repo;
    if (const int code = openRepo(pos.at(1), layout, repo, err, true); code >= 0)
        return code;
    QStringList folders;
    for (const QString &arg : pos.mid(2)) {
        bool isFile = false;
        QString page = resolvePage(arg, layout, *repo, &isFile);
        if (page.isEmpty()) {
            err << QCoreApplication::translate("GravDesk::Cli", "No such page: %1").arg(arg) << "\n";
            return Failed;
        }
        folders.append(isFile ? QFileInfo(page).absolutePath() : page);
    }
    ChangeStream changes;
    SiteWorkspace workspace(layout, &changes);
    const PublishOutcome o = repo->publish(workspace, folders, parser.value(message));
    printNameWarnings(o.sync.nameWarnings, out);
    for (const QString &w : o.warnings)
        err << QCoreApplication::translate("GravDesk::Cli", "warning: %1").arg(w) << "\n";
    switch (o.result) {
    case PublishOutcome::Result::Published:
        out << QCoreApplication::translate("GravDesk::Cli", "Published %1 (%2 files): %3")
                   .arg(o.commit.left(10))
                   .arg(o.files.size())
                   .arg(o.message)
            << "\n";
        out << QCoreApplication::translate("GravDesk::Cli", "The site updates when the server syncs.") << "\n";
        return Ok;
    case PublishOutcome::Result::NothingToPublish:
        out << QCoreApplication::translate("GravDesk::Cli", "Nothing to publish: the pages are as on the server.") << "\n";
        return Ok;
    case PublishOutcome::Result::Queued:
        out << QCoreApplication::translate("GravDesk::Cli", "The server cannot be reached; the commit %1 waits to be published.")
                   .arg(o.commit.left(10))
            << "\n";
        err << o.error << "\n";
        return Queued;
    case PublishOutcome::Result::NeedsDecision:
        out << QCoreApplication::translate(
            "GravDesk::Cli", "The server changed these pages in the same places; run sync and decide first.")
            << "\n";
        printDecisions(o.sync.decisions, out);
        return DecisionNeeded;
    case PublishOutcome::Result::Failed: break;
    }
    err << o.error << "\n";
    return Failed;
}

int runHistory(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GravDesk::Cli", "List the commits that changed a page, newest first."));
    parser.addPositionalArgument(QStringLiteral("history"), QCoreApplication::translate("GravDesk::Cli", "The command."));
    parser.addPositionalArgument(
        QStringLiteral("SITE"), QCoreApplication::translate("GravDesk::Cli", "Grav root, user/ folder or Git Sync clone."));
    parser.addPositionalArgument(
        QStringLiteral("PAGE"), QCoreApplication::translate("GravDesk::Cli", "A page folder, page file or route."));
    parser.addHelpOption();
    if (const int code = parseOrExit(parser, args, out, err); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 3) {
        err << QCoreApplication::translate("GravDesk::Cli", "usage: %1").arg(QStringLiteral("gravdesk-cli history SITE PAGE"))
            << "\n";
        return Usage;
    }
    SiteLayout layout;
    std::unique_ptr<GitRepo> repo;
    if (const int code = openRepo(pos.at(1), layout, repo, err); code >= 0)
        return code;
    bool isFile = false;
    const QString page = resolvePage(pos.at(2), layout, *repo, &isFile);
    if (page.isEmpty()) {
        err << QCoreApplication::translate("GravDesk::Cli", "No such page: %1").arg(pos.at(2)) << "\n";
        return Failed;
    }
    for (const HistoryEntry &h : repo->history(page))
        out << h.commit.left(10) << "  " << h.when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << h.author << "  "
            << h.subject << "\n";
    return Ok;
}

const RegisterCommand regStatus {{"status", "status SITE [--json]",
    QT_TRANSLATE_NOOP("GravDesk::Cli", "Each page's git state, ahead/behind the server."), &runStatus}};
const RegisterCommand regSync {{"sync", "sync SITE [--take mine|server]",
    QT_TRANSLATE_NOOP("GravDesk::Cli", "Update from the server (exit 3: a decision is needed)."), &runSync}};
const RegisterCommand regPublish {{"publish", "publish SITE PAGE… [-m MESSAGE]",
    QT_TRANSLATE_NOOP("GravDesk::Cli", "Publish pages as one commit pushed to the server."), &runPublish}};
const RegisterCommand regHistory {
    {"history", "history SITE PAGE", QT_TRANSLATE_NOOP("GravDesk::Cli", "The commits that changed a page."), &runHistory}};

} // namespace
} // namespace GravDesk::Cli
