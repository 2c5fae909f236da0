#pragma once

#include <QStringList>

#include <vector>

class QCommandLineParser;
class QTextStream;

namespace GravDesk {
class PageIndex;
struct SiteLayout;
} // namespace GravDesk

namespace GravDesk::Cli {

/// One `gravdesk-cli` sub-command. Each lives in its own file and registers itself with RegisterCommand.
struct Command
{
    const char *name;
    const char *usage; ///< e.g. "index SITE [--json]"
    const char *summary; ///< one or two lines for `gravdesk-cli --help`
    /// @p args are the whole argument list (args[0] the program, args[1] the command). Returns the exit code.
    int (*run)(const QStringList &args, QTextStream &out, QTextStream &err);
};

/// Parses @p args with @p parser, printing its help or error. Returns -1 to go on, else the exit code.
int parseOrExit(QCommandLineParser &parser, const QStringList &args, QTextStream &out, QTextStream &err);
/// Finds and scans the Grav site at @p path; prints why and returns false when it is not one.
bool loadSite(const QString &path, PageIndex &index, QTextStream &err);

/// When the site's languages were found from its page file names (no system.yaml anywhere), says so on @p err.
void noteInferredLanguages(const PageIndex &index, const char *command, QTextStream &err);

/// The page @p arg names in @p index: its folder relative to the pages folder (`02.news/03.slug`), the
/// folder's own path, or a route with or without a language prefix (`/news/slug`, `/ru/news/slug`); "/" is
/// the pages folder itself (node 0). -1 when none.
int findPage(const PageIndex &index, const QString &arg);

/// The site that holds @p path (a site folder, a page folder or file); invalid when none does.
SiteLayout siteAround(const QString &path);
/**
 * Finishes or rolls back the interrupted transactions of every site named in @p args and removes the
 * temp files a crash left there, before any command reads or writes (messages on @p err). main() runs
 * it for every command.
 */
void recoverSites(const QStringList &args, QTextStream &err);

/// The commands linked into this executable, sorted by name.
const std::vector<Command> &commands();

/// Registers a command at start-up: `static const RegisterCommand reg{{"name", "usage", "summary", &run}};`
struct RegisterCommand
{
    explicit RegisterCommand(const Command &command);
};

} // namespace GravDesk::Cli
