// import-gallery: listed with the other commands, run by gravdesk-cli-gallery (src/cli/gallery/), the only part of
// the command line that needs Qt Gui (QImage). The process becomes that program (execv) with the same arguments,
// so its output, exit status and signals are the command's own.
#include "command.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace GravDesk::Cli {
namespace {

// Beside gravdesk-cli (the build tree), else in GravDesk's libexec folder (an installed copy).
QString galleryProgram()
{
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates = {here + QStringLiteral("/gravdesk-cli-gallery"),
        QDir::cleanPath(here + QStringLiteral("/" GRAVDESK_LIBEXEC_FROM_BIN "/gravdesk-cli-gallery"))};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QString();
}

int handOverImportGallery(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString program = galleryProgram();
    if (program.isEmpty()) {
        err << QCoreApplication::translate("GravDesk::Cli",
            "The photo import program (gravdesk-cli-gallery) is missing beside gravdesk-cli; reinstall GravDesk.")
            << "\n";
        return 2;
    }
    out.flush();
    err.flush();
    std::vector<QByteArray> encoded;
    encoded.reserve(size_t(args.size()));
    // argv[0] stays gravdesk-cli's, so usage and error lines name the program the user ran.
    for (const QString &arg : args)
        encoded.push_back(QFile::encodeName(arg));
    std::vector<char *> argv;
    for (QByteArray &a : encoded)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray path = QFile::encodeName(program);
    ::execv(path.constData(), argv.data());
    err << QCoreApplication::translate("GravDesk::Cli", "The photo import program cannot be run (%1): %2")
               .arg(program, QString::fromLocal8Bit(std::strerror(errno)))
        << "\n";
    return 2;
}

const RegisterCommand registration {
    {"import-gallery", "import-gallery PAGE_FOLDER IMAGES… [--max-edge N] [--quality Q] [--insert]",
        QT_TRANSLATE_NOOP("GravDesk::Cli",
            "Import photos into a page: upright, shrunk, without metadata, named like the site's\n"
            "photos; prints one line per photo and the carousel block (--insert writes it into the page)."),
        &handOverImportGallery}};

} // namespace
} // namespace GravDesk::Cli
