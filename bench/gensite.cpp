// gravdesk-gensite OUT_DIR N: writes a synthetic Grav news site with N posts in kk, ru and en.

#include "sitegenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    bool ok = false;
    const int posts = args.size() == 2 ? args[1].toInt(&ok) : 0;
    if (!ok || posts < 0) {
        std::fprintf(stderr,
            "usage: gravdesk-gensite OUT_DIR N\n"
            "  writes a Grav site (user/config, user/pages/02.news with N posts x kk/ru/en) into OUT_DIR,\n"
            "  which must be empty or not exist yet\n");
        return 1;
    }
    const QDir out(args[0]);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        std::fprintf(stderr, "gravdesk-gensite: %s is not empty\n", qPrintable(QDir::toNativeSeparators(out.absolutePath())));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    GravDesk::Bench::GeneratedSite stats;
    QString error;
    if (!GravDesk::Bench::generateSite(out.absolutePath(), posts, &stats, &error)) {
        std::fprintf(stderr, "gravdesk-gensite: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: %d page files, %.1f MB in %.1f s\n", qPrintable(QDir::toNativeSeparators(out.absolutePath())),
        stats.pageFiles, static_cast<double>(stats.bytes) / (1024.0 * 1024.0), static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}
