// Find in Site per keystroke on the 20,000-post site (60,000 page files): the window's path — the dock's search
// over SiteSearchService's texts in memory with the dock's result cap, and the result list filled — for a text
// typed letter by letter, next to two peers run in the same script: ripgrep over the pages folder
// (`rg -i -F -c TEXT`, warm page cache) and the cold searchSite() (reads every file, the CLI's path).
// Target: <= 50 ms per keystroke.
//
//   gravdesk-bench-findinsite [POSTS] [--runs R]      (default 20000, 5)
#include "search/findinsitedock.h"
#include "search/sitesearchservice.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "site/sitescanner.h"
#include "sitegenerator.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

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
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 5;
    if (const qsizetype r = args.indexOf(QStringLiteral("--runs")); r >= 0 && r + 1 < args.size()) {
        runs = std::max(1, args.at(r + 1).toInt());
        args.remove(r, 2);
    }
    const int posts = args.isEmpty() ? 20000 : args.first().toInt();
    QTemporaryDir tmp;
    Bench::GeneratedSite stats;
    QString error;
    if (!tmp.isValid() || !Bench::generateSite(tmp.path(), posts, &stats, &error)) {
        std::fprintf(stderr, "gravdesk-bench-findinsite: %s\n", qPrintable(error));
        return 1;
    }
    const SiteLayout layout = locateSite(tmp.path());
    auto index = std::make_shared<const PageIndex>(scanSite(layout, SiteConfig::load(layout)));
    SiteSearchService service;
    QElapsedTimer t;
    t.start();
    service.reset(index);
    service.waitForIdle();
    const double buildMs = double(t.nsecsElapsed()) / 1e6;
    FindInSiteDock dock(&service);
    dock.resize(1200, 400);
    dock.show();
    auto *field = dock.findChild<QLineEdit *>(QStringLiteral("findInSiteLineEdit"));
    auto *regex = dock.findChild<QCheckBox *>(QStringLiteral("findInSiteRegexCheckBox"));
    const QString rg = QStandardPaths::findExecutable(QStringLiteral("rg"));
    std::printf("site: %d posts, %d page files, %.1f MB; texts read in %.0f ms; result cap %d; medians of %d runs, ms\n", posts,
        stats.pageFiles, double(stats.bytes) / 1e6, buildMs, FindInSiteDock::kResultCap, runs);
    std::printf("\n%-30s %9s %10s %12s %10s %14s\n", "typed", "listed", "search ms", "window ms", "rg -c ms", "searchSite ms");

    const QList<QPair<QString, bool>> texts {{QStringLiteral("к"), false}, {QStringLiteral("ко"), false},
        {QStringLiteral("кон"), false}, {QStringLiteral("конс"), false}, {QStringLiteral("консультация"), false},
        {QStringLiteral("жаңалықтар"), false}, {QStringLiteral("отсутствующее"), false}, {QStringLiteral("кон[а-я]+ция"), true}};
    double worst = 0;
    for (const auto &[text, isRegex] : texts) {
        regex->blockSignals(true);
        regex->setChecked(isRegex);
        regex->blockSignals(false);
        field->blockSignals(true);
        field->setText(text);
        field->blockSignals(false);
        const double windowMs = median(runs, [&] {
            dock.runSearch();
            QCoreApplication::processEvents(); // the list paints
        });
        worst = std::max(worst, windowMs);
        SearchPattern pattern;
        pattern.set(text, isRegex);
        // the search alone, without the list (the rest of the window's time is the list)
        const double searchMs = median(runs, [&] { service.snapshot().search(pattern, FindInSiteDock::kResultCap); });
        double rgMs = -1;
        if (!rg.isEmpty()) {
            QStringList rgArgs {QStringLiteral("-i"), QStringLiteral("-c")};
            if (!isRegex)
                rgArgs << QStringLiteral("-F");
            rgArgs << QStringLiteral("--") << text << layout.pagesDir;
            rgMs = median(std::min(runs, 3), [&] {
                QProcess p;
                p.setStandardOutputFile(QProcess::nullDevice());
                p.start(rg, rgArgs);
                p.waitForFinished(-1);
            });
        }
        const double coldMs = median(std::min(runs, 3), [&] { searchSite(*index, pattern); });
        const QString name = text + (isRegex ? QStringLiteral(" (regex)") : QString());
        std::printf("%s%s %9d %10.1f %12.1f %10.1f %14.1f\n", qPrintable(name),
            qPrintable(QString(std::max<qsizetype>(0, 30 - name.size()), QLatin1Char(' '))), dock.matchCount(), searchMs,
            windowMs, rgMs, coldMs);
    }
    std::printf("\nworst keystroke in the window: %.1f ms (target <= 50 ms)\n", worst);
    return 0;
}
