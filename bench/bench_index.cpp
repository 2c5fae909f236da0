// gravdesk-bench-index [--site DIR] [--runs R] [N...]: how long a full page index takes compared with
// merely reading every page file's bytes, the floor any indexer has to pay.

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

struct ReadAll
{
    int files = 0;
    qint64 bytes = 0;
};

// (a) The named peer: find every page file and read its bytes, in this process, one thread.
ReadAll readEveryPageFile(const QString &pagesDir)
{
    ReadAll r;
    QDirIterator it(pagesDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        r.bytes += f.readAll().size();
        ++r.files;
    }
    return r;
}

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

struct Row
{
    QString label;
    int files = 0;
    double megabytes = 0;
    double readMs = 0;
    double scanMs = 0;
    int nodes = 0;
    int problems = 0;
};

bool measure(const QString &root, const QString &label, int runs, Row &row)
{
    const SiteLayout layout = locateSite(root);
    if (!layout.isValid()) {
        std::fprintf(stderr, "gravdesk-bench-index: %s\n", qPrintable(layout.error));
        return false;
    }
    const SiteConfig config = SiteConfig::load(layout);
    ReadAll read;
    row.label = label;
    row.readMs = bestOf(runs, [&] { read = readEveryPageFile(layout.pagesDir); });
    PageIndex index;
    row.scanMs = bestOf(runs, [&] { index = scanSite(layout, config); });
    row.files = read.files;
    row.megabytes = static_cast<double>(read.bytes) / (1024.0 * 1024.0);
    row.nodes = index.size();
    row.problems = static_cast<int>(index.problems.size());
    return true;
}

void usage()
{
    std::fprintf(stderr,
        "usage: gravdesk-bench-index [--runs R] [N...]\n"
        "       gravdesk-bench-index [--runs R] --site DIR\n"
        "  Generates a synthetic site with N posts x kk/ru/en for each N (default 5000 20000) in a\n"
        "  temporary folder, or uses the Grav site at DIR, and prints the best of R runs (default 3,\n"
        "  after a warm-up) of (a) reading every page file and (b) scanSite, the full page index.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString site;
    int runs = 3;
    QList<int> sizes;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        bool ok = true;
        if (a == QLatin1String("--site") && i + 1 < args.size()) {
            site = args[++i];
        } else if (a == QLatin1String("--runs") && i + 1 < args.size()) {
            runs = args[++i].toInt(&ok);
            ok = ok && runs > 0;
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
    if (sizes.isEmpty() && site.isEmpty())
        sizes = {5000, 20000};

    std::printf("GravDesk page index benchmark: best of %d runs after a warm-up, page files in the OS cache,\n"
                "scanSite on %d threads; (a) = find and read every *.md in one thread, (b) = scanSite.\n\n",
        runs, QThreadPool::globalInstance()->maxThreadCount());

    QList<Row> rows;
    if (!site.isEmpty()) {
        Row row;
        if (!measure(site, QStringLiteral("site"), runs, row))
            return 1;
        rows.append(row);
    }
    for (int n : std::as_const(sizes)) {
        QTemporaryDir tmp;
        if (!tmp.isValid()) {
            std::fprintf(stderr, "gravdesk-bench-index: cannot create a temporary folder\n");
            return 1;
        }
        QElapsedTimer gen;
        gen.start();
        Bench::GeneratedSite stats;
        QString error;
        if (!Bench::generateSite(tmp.path(), n, &stats, &error)) {
            std::fprintf(stderr, "gravdesk-bench-index: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("generated N=%d: %d page files, %.1f MB in %.1f s\n", n, stats.pageFiles,
            static_cast<double>(stats.bytes) / (1024.0 * 1024.0), static_cast<double>(gen.elapsed()) / 1000.0);
        std::fflush(stdout);
        Row row;
        if (!measure(tmp.path(), QString::number(n), runs, row))
            return 1;
        rows.append(row);
    }

    std::printf(
        "\n%8s %8s %7s %8s %9s %12s %12s %7s\n", "N", "files", "MB", "nodes", "problems", "(a) read ms", "(b) scan ms", "b/a");
    for (const Row &r : std::as_const(rows))
        std::printf("%8s %8d %7.1f %8d %9d %12.1f %12.1f %7.2f\n", qPrintable(r.label), r.files, r.megabytes, r.nodes, r.problems,
            r.readMs, r.scanMs, r.readMs > 0 ? r.scanMs / r.readMs : 0.0);
    return 0;
}
