// gravdesk-bench-index-update [--runs R] [--changed K] [N...]: how long the page index takes to follow a change
// made outside GravDesk (a `git pull` rewriting K page files, default 2,000), next to a full re-index of the
// same site, the named peer; and one page file saved, as after GravDesk's own Save.

#include "site/indexupdate.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "sitegenerator.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>

using namespace GravDesk;

namespace {

double bestOf(int runs, const std::function<void()> &work)
{
    work(); // warm-up: file system caches, thread pool, lazily built statics
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return best;
}

// Rewrites the first @p count page files below the posts (their titles change), as a pull would; returns their paths.
QStringList rewritePages(const QString &pagesDir, int count)
{
    QStringList files;
    QDirIterator it(pagesDir, {QStringLiteral("item.*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    files = files.mid(0, count);
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadWrite))
            continue;
        QByteArray bytes = f.readAll();
        const qsizetype title = bytes.indexOf("title: ");
        if (title >= 0)
            bytes.insert(title + 7, "Edited ");
        f.seek(0);
        f.write(bytes);
    }
    return files;
}

void usage()
{
    std::fprintf(stderr,
        "usage: gravdesk-bench-index-update [--runs R] [--changed K] [N...]\n"
        "  Generates a synthetic site with N posts x kk/ru/en for each N (default 2000 20000), indexes it,\n"
        "  rewrites K page files (default 2000) from outside, and prints the best of R runs (default 5,\n"
        "  after a warm-up) of (a) a full re-index (scanSite) and (b) updateIndex with the K changed paths,\n"
        "  and (c) updateIndex after one page file is saved.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 5;
    int changed = 2000;
    QList<int> sizes;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        bool ok = true;
        if (a == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = args[++i].toInt(&ok);
            ok = ok && runs > 0;
        } else if (a == QLatin1String("--changed") && i + 1 < args.size()) {
            changed = args[++i].toInt(&ok);
            ok = ok && changed > 0;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            usage();
            return 0;
        } else {
            const int n = a.toInt(&ok);
            ok = ok && n > 0;
            sizes.append(n);
        }
        if (!ok) {
            usage();
            return 1;
        }
    }
    if (sizes.isEmpty())
        sizes = {2000, 20000};

    std::printf("GravDesk index update benchmark: best of %d runs after a warm-up, page files in the OS cache,\n"
                "%d threads; (a) = full re-index (scanSite), (b) = updateIndex after K files changed outside,\n"
                "(c) = updateIndex after one page file was saved.\n\n",
        runs, QThreadPool::globalInstance()->maxThreadCount());
    std::printf("%8s %8s %8s %12s %12s %7s %12s %7s\n", "N", "files", "K", "(a) full ms", "(b) K ms", "a/b", "(c) one ms", "a/c");
    for (int n : std::as_const(sizes)) {
        QTemporaryDir tmp;
        Bench::GeneratedSite stats;
        QString error;
        if (!tmp.isValid() || !Bench::generateSite(tmp.path(), n, &stats, &error)) {
            std::fprintf(stderr, "gravdesk-bench-index-update: %s\n", qPrintable(error));
            return 1;
        }
        const SiteLayout layout = locateSite(tmp.path());
        const SiteConfig config = SiteConfig::load(layout);
        const PageIndex before = scanSite(layout, config);
        const QStringList paths = rewritePages(layout.pagesDir, changed);
        PageIndex full;
        IndexUpdate update;
        const double fullMs = bestOf(runs, [&] { full = scanSite(layout, config); });
        const double updateMs = bestOf(runs, [&] { update = updateIndex(before, paths); });
        if (!update.incremental || update.filesRead != paths.size() || update.change.changed.isEmpty()) {
            std::fprintf(
                stderr, "gravdesk-bench-index-update: the update did not do what it should (read %d files)\n", update.filesRead);
            return 1;
        }
        const QStringList one {paths.first()};
        const double oneMs = bestOf(runs, [&] { update = updateIndex(full, one); });
        std::printf("%8d %8d %8lld %12.1f %12.1f %7.1f %12.2f %7.0f\n", n, stats.pageFiles, static_cast<long long>(paths.size()),
            fullMs, updateMs, updateMs > 0 ? fullMs / updateMs : 0.0, oneMs, oneMs > 0 ? fullMs / oneMs : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
