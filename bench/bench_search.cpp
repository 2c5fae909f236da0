// gravdesk-bench-search [N] [--runs R]: site search after the index is built (SearchIndex), and the body lint
// on a 100 KB body. See bench/README.md.
#include "site/bodylint.h"
#include "site/sitecheck.h"
#include "site/sitelayout.h"
#include "site/sitescanner.h"
#include "site/sitesearch.h"
#include "sitegenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace GravDesk;

namespace {

double median(int runs, const std::function<void()> &work)
{
    work(); // warm-up
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 5;
    if (const qsizetype r = args.indexOf(QStringLiteral("--runs")); r >= 0 && r + 1 < args.size()) {
        runs = std::max(1, args.at(r + 1).toInt());
        args.remove(r, 2);
    }
    const int posts = args.isEmpty() ? 20000 : args.first().toInt();
    QTemporaryDir dir;
    Bench::GeneratedSite generated;
    QString error;
    if (!Bench::generateSite(dir.path(), posts, &generated, &error)) {
        std::fprintf(stderr, "gravdesk-bench-search: %s\n", qPrintable(error));
        return 1;
    }
    const SiteLayout layout = locateSite(dir.path());
    const PageIndex index = scanSite(layout, SiteConfig::load(layout));
    std::printf("site: %d posts, %d page files, %.1f MB; %d threads; medians of %d runs, ms\n", posts, generated.pageFiles,
        generated.bytes / 1e6, QThreadPool::globalInstance()->maxThreadCount(), runs);

    SearchIndex search;
    QElapsedTimer t;
    t.start();
    search.build(index);
    std::printf("SearchIndex::build: %.1f ms (%d files, %.1f MB kept twice)\n", t.nsecsElapsed() / 1e6, search.fileCount(),
        search.byteCount() / 1e6);

    std::printf("\n%-28s %9s %11s %14s %13s\n", "text", "matches", "index ms", "first 1000 ms", "searchSite ms");
    const QList<QPair<QString, bool>> texts {{QStringLiteral("консультация"), false}, {QStringLiteral("жаңалықтар"), false},
        {QStringLiteral("отсутствующее"), false}, {QStringLiteral("KaZaKhStan"), false}, {QStringLiteral("қ"), false},
        {QStringLiteral("кон[а-я]+ция"), true}};
    for (const auto &[text, regex] : texts) {
        SearchPattern p;
        p.set(text, regex);
        int matches = 0;
        const double indexMs = median(runs, [&] { matches = static_cast<int>(search.search(p).size()); });
        const double firstMs = median(runs, [&] { search.search(p, 1000); }); // what a results list shows first
        const double coldMs = median(std::min(runs, 3), [&] { searchSite(index, p); });
        // names are padded by characters, not bytes
        const QString name = text + (regex ? QStringLiteral(" (regex)") : QString());
        std::printf("%s%s %9d %11.1f %14.1f %13.1f\n", qPrintable(name),
            qPrintable(QString(std::max<qsizetype>(0, 28 - name.size()), QLatin1Char(' '))), matches, indexMs, firstMs, coldMs);
    }

    // One page saved: the update re-reads one file.
    const QString file = index.filePath(2, index.nodes[2].variants.first().fileName);
    const double updateMs = median(runs, [&] {
        QFile f(file);
        f.open(QIODevice::Append);
        f.write("\nқосымша жол\n");
        f.close();
        search.update(index, {file});
    });
    std::printf("\nSearchIndex::update after one page file changed: %.1f ms\n", updateMs);

    // The body lint after a pause in typing: a 100 KB body with links, images, shortcodes and delimiters.
    QString body;
    int i = 0;
    while (body.size() < 100 * 1024) {
        body += QStringLiteral("Абзац %1 про [файл](a.pdf), ![фото](photo.jpg) и [страницу](/news/x).\n\n").arg(++i);
        if (i % 40 == 0)
            body += QStringLiteral("[owl-carousel items=1]\n![](a.jpg)\n[/owl-carousel]\n\nТекст\n===\n\n");
    }
    const Markdown::LinkTargets links = linkTargetsOf(index);
    const BodyLintContext context = bodyLintContext(index, 2, QStringLiteral("ru"), &links);
    int findings = 0;
    const double lintMs = median(runs, [&] { findings = static_cast<int>(lintBody(body, context).size()); });
    std::printf("lintBody, %lld characters (%d findings): %.1f ms\n", qlonglong(body.size()), findings, lintMs);
    return 0;
}
