// gravdesk-bench-render [--runs R] [--site DIR] [N]: renders every page of a synthetic site (N posts ×
// kk/ru/en, default 20 000: the site of the render-speed issue) with the Grav renderer (the whole
// page.content pipeline: envelope, header, Parsedown dialect, links and media, external_links,
// shortcodes) and with plain cmark_markdown_to_html() on the same bodies, in this process, one thread;
// prints MB/s and the ratio of the times (the measure (a), target at most 1.3×).

#include "markdown/gravrenderer.h"
#include "page/envelope.h"
#include "site/pageindex.h"
#include "sitegenerator.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <vector>

using namespace GravDesk;

namespace {

struct Page
{
    QString path;
    QByteArray file;
    QByteArray body;
};

double secondsOf(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 5;
    int posts = 20000;
    QString site;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = args[++i].toInt();
        else if (args[i] == QLatin1String("--site") && i + 1 < args.size())
            site = args[++i];
        else
            posts = args[i].toInt();
    }
    QTemporaryDir tmp;
    if (site.isEmpty()) {
        Bench::GeneratedSite stats;
        QString error;
        if (!Bench::generateSite(tmp.path(), posts, &stats, &error)) {
            std::fprintf(stderr, "cannot generate the site: %s\n", qPrintable(error));
            return 1;
        }
        site = tmp.path();
    }
    const SiteLayout layout = locateSite(site);
    if (!layout.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(layout.error));
        return 1;
    }
    GravRenderer renderer(scanSite(layout, SiteConfig::load(layout)));
    renderer.setSnapshot(true); // as gravdesk-cli renders a site

    QVector<Page> pages;
    qint64 bodyBytes = 0;
    QDirIterator it(layout.pagesDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        Page p;
        p.path = it.next();
        QFile f(p.path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        p.file = f.readAll();
        p.body = splitEnvelope(p.file).body;
        bodyBytes += p.body.size();
        pages.append(p);
    }

    qint64 sink = 0; // keeps the work from being optimised away
    const auto cmark = [&] {
        for (const Page &p : std::as_const(pages)) {
            char *html = cmark_markdown_to_html(p.body.constData(), static_cast<size_t>(p.body.size()), CMARK_OPT_DEFAULT);
            sink += static_cast<qint64>(std::strlen(html));
            std::free(html);
        }
    };
    RenderOptions options; // page.content as UTF-8, as cmark gives it (page.summary is a separate property)
    options.siteUrl = QStringLiteral("https://hemcenter.kz"); // the corpus site's address: its external links are marked
    options.summary = false;
    options.utf8 = true;
    const auto grav = [&] {
        for (const Page &p : std::as_const(pages))
            sink += renderer.render(p.file, p.path, options).htmlUtf8.size();
    };
    // Rounds alternate the two sides, so that both see the same machine: on shared cores the speed changes
    // from second to second, and the median of the rounds' ratios is steadier than the ratio of the bests.
    cmark(); // warm-up: lazily built regular expressions, caches, folder listings
    grav();
    double cmarkBest = std::numeric_limits<double>::max(), gravBest = cmarkBest;
    std::vector<double> ratios;
    for (int i = 0; i < runs; ++i) {
        const double c = secondsOf(cmark), g = secondsOf(grav);
        cmarkBest = std::min(cmarkBest, c);
        gravBest = std::min(gravBest, g);
        ratios.push_back(g / c);
    }
    std::sort(ratios.begin(), ratios.end());
    const size_t n = ratios.size();
    const double median = n % 2 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
    const double mb = static_cast<double>(bodyBytes) / (1024.0 * 1024.0);
    std::printf("pages %lld, bodies %.2f MB, %d rounds (sink %lld)\n", static_cast<long long>(pages.size()), mb, runs,
        static_cast<long long>(sink % 10));
    std::printf("  cmark_markdown_to_html  best %8.1f ms  %8.2f MB/s\n", cmarkBest * 1e3, mb / cmarkBest);
    std::printf("  GravRenderer::render    best %8.1f ms  %8.2f MB/s\n", gravBest * 1e3, mb / gravBest);
    std::printf("  ratio (a), Grav / cmark time: median of rounds %.2fx (%.2f-%.2f), of the bests %.2fx (target: at most 1.3x)\n",
        median, ratios.front(), ratios.back(), gravBest / cmarkBest);
    return 0;
}
