// gravdesk: the desktop editor.
#include "common/interfacelanguage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/windowhost.h"
#include "preview/previewview.h"
#include "recovery/recoverycontroller.h"
#include "site/sitelayout.h"
#include "vcs/askpass.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>

namespace {

const char kUsage[] = "Usage: gravdesk [SITE | PAGE_FILE | PAGE_FOLDER]\n"
                      "\n"
                      "GravDesk — a desktop editor for Grav flat-file news sites.\n"
                      "\n"
                      "SITE is a Grav root (user/pages), a user/ folder or a Git Sync clone (pages/);\n"
                      "a page file (item.ru.md) or folder opens its site with that page selected.\n"
                      "Without SITE, GravDesk opens the most recent site, else the bundled sample site.\n"
                      "\n"
                      "Options:\n"
                      "  -h, --help       Show this help.\n"
                      "  -v, --version    Show the version.\n"
                      "  --lang CODE      Interface language (kk, ru or en; default: the system's).\n";

QString bundledSampleSite()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        appDir.filePath(QStringLiteral("../../../examples/sample-site")), // the build tree: build/<preset>/bin
        appDir.filePath(QStringLiteral("../share/gravdesk/sample-site")), // installed by the package
    };
    for (const QString &c : candidates)
        if (QFileInfo(c).isDir())
            return QDir::cleanPath(c);
    return {};
}

/// A page file or folder given on the command line: the site it belongs to and where it is in it.
struct Target
{
    QString site;
    QString pageFolder; // relative to the pages folder
    QString language;
};

Target resolveTarget(const QString &arg)
{
    Target t;
    const QFileInfo info(arg);
    if (GravDesk::locateSite(arg).isValid() && info.isDir()) {
        t.site = arg;
        return t;
    }
    QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (info.isFile()) {
        const QStringList parts = info.fileName().split(QLatin1Char('.'));
        if (parts.size() == 3)
            t.language = parts[1];
    }
    for (QDir dir(folder); !dir.isRoot(); dir.cdUp()) {
        const GravDesk::SiteLayout layout = GravDesk::locateSite(dir.absolutePath());
        // Keep going up: a Grav root holding this user/ folder is the better site to open.
        if (layout.isValid() && QString(folder + QLatin1Char('/')).startsWith(QString(layout.pagesDir + QLatin1Char('/')))) {
            t.site = dir.absolutePath();
            t.pageFolder = QDir(layout.pagesDir).relativeFilePath(folder);
            if (t.pageFolder == QLatin1String("."))
                t.pageFolder.clear();
        }
    }
    if (t.site.isEmpty())
        t.site = arg; // not inside a site: let the window explain why
    return t;
}

// SIGTERM (logout, shutdown), SIGHUP and SIGINT: the handler only writes a byte to this pipe; the event loop
// reads it, flushes the recovery journal and quits without asking anything (nobody is there to answer).
int g_signalPipe[2] = {-1, -1};

void onQuitSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

void flushJournalOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &byte, 1);
        // The edits stay in the journal (frozen: windows going away do not count as discarding them);
        // exit(), not quit(): quit() would ask to save each page first.
        GravDesk::RecoveryController::flushAllAndFreeze();
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(sig, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    // Started by git for a password: ask the running window, print the answer, no window of its own.
    if (GravDesk::AskPassServer::isHelperCall()) {
        QCoreApplication helper(argc, argv);
        return GravDesk::AskPassServer::runHelper(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    }
    // Answer --version and --help before Qt needs a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("gravdesk %s\n", GRAVDESK_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(kUsage, stdout);
            return 0;
        }
    }

    GravDesk::PreviewView::registerUrlSchemes();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GravDesk"));
    QApplication::setOrganizationName(QStringLiteral("GravDesk"));
    QApplication::setApplicationVersion(QStringLiteral(GRAVDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gravdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gravdesk.GravDesk"));

    QCommandLineParser parser;
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language."), QStringLiteral("CODE"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("site"), QStringLiteral("Grav site folder."));
    parser.process(app);

    // --lang wins over the language chosen in Settings, which wins over the system's.
    GravDesk::InterfaceLanguage::apply(
        parser.isSet(langOption) ? parser.value(langOption) : GravDesk::InterfaceLanguage::saved());

    QString site = parser.positionalArguments().value(0);
    if (site.isEmpty()) {
        const QStringList recent = GravDesk::MainWindow::recentSites();
        site = !recent.isEmpty() && QFileInfo(recent.first()).isDir() ? recent.first() : bundledSampleSite();
    }
    Target start;
    if (!site.isEmpty())
        start = resolveTarget(site);

    flushJournalOnSignals();
    // git's password prompts come back to this executable in its helper mode.
    GravDesk::AskPassServer::instance()->setProgram(QCoreApplication::applicationFilePath());
    GravDesk::MainWindow::Place place {start.site, start.pageFolder, start.language};
    if (place.page.isEmpty() && !place.site.isEmpty()) {
        // No page asked for: the page and language the user was on when they last left this site.
        const GravDesk::MainWindow::Place last = GravDesk::MainWindow::lastPlace(place.site);
        place.page = last.page;
        if (place.language.isEmpty())
            place.language = last.language;
    }
    GravDesk::WindowHost host;
    host.show(place);
    return QApplication::exec();
}
