// gravdesk-cli-gallery: `gravdesk-cli import-gallery …` after gravdesk-cli handed it over (galleryhandover.cpp), with
// the same arguments (argv[1] is "import-gallery"). gravdesk-cli has already recovered the sites they name.
#include "importgallery.h"
#include "text/interfacetranslation.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gravdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRAVDESK_VERSION));
    GravDesk::InterfaceTranslation::install(QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) != QLatin1String("import-gallery")) {
        err << QCoreApplication::translate(
            "GravDesk::Cli", "This program is run by gravdesk-cli: use “gravdesk-cli import-gallery”.")
            << "\n";
        return 2;
    }
    return GravDesk::Cli::runImportGallery(args, out, err);
}
