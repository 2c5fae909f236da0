// The News view's filter per keystroke on the 20,000-post site (60,000 rows: every post in kk, ru and en): a search
// text typed letter by letter, each keystroke refiltering and re-sorting the list newest first, next to a plain
// QSortFilterProxyModel doing a case-insensitive fixed-string filter over the titles of a QStandardItemModel with
// the same rows (Qt's own way to filter a list) in the same process. Target: <= 50 ms per keystroke.
//
//   gravdesk-bench-newsfilter [POSTS]      (default 20000)
#include "pagetree/newsview.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "sitegenerator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace GravDesk;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int posts = argc > 1 ? std::atoi(argv[1]) : 20000;
    QTemporaryDir tmp;
    Bench::GeneratedSite stats;
    QString error;
    if (!tmp.isValid() || !Bench::generateSite(tmp.path(), posts, &stats, &error)) {
        std::fprintf(stderr, "gravdesk-bench-newsfilter: %s\n", qPrintable(error));
        return 1;
    }
    const SiteLayout layout = locateSite(tmp.path());
    auto index = std::make_shared<const PageIndex>(scanSite(layout, SiteConfig::load(layout)));
    NewsModel model;
    QElapsedTimer t;
    t.start();
    model.setIndex(index);
    const double buildMs = double(t.nsecsElapsed()) / 1e6;
    NewsFilter filter(&model);

    QStandardItemModel peerModel(model.rowCount(), 2);
    for (int r = 0; r < model.rowCount(); ++r) {
        peerModel.setItem(r, 0, new QStandardItem(model.row(r).title));
        peerModel.setItem(r, 1, new QStandardItem(model.row(r).date.toString(Qt::ISODate)));
    }
    QSortFilterProxyModel peer;
    peer.setSourceModel(&peerModel);
    peer.setFilterKeyColumn(0);
    peer.setFilterCaseSensitivity(Qt::CaseInsensitive);

    std::printf("%d posts, %d rows in the News view (built in %.0f ms)\n\n", posts, model.rowCount(), buildMs);
    std::printf("%-16s %12s %12s %12s %12s %8s\n", "typed", "rows", "GravDesk ms", "max ms", "Qt proxy ms", "ratio");
    for (const QString &word : {QStringLiteral("консультация"), QStringLiteral("жаңалық"), QStringLiteral("Hospital")}) {
        QVector<double> ours, theirs;
        double worst = 0;
        int rows = 0;
        for (int i = 1; i <= word.size(); ++i) {
            NewsFilter::Settings s;
            s.text = word.left(i);
            t.restart();
            filter.setSettings(s);
            filter.sort(NewsModel::DateColumn, Qt::DescendingOrder);
            rows = filter.rowCount();
            const double ms = double(t.nsecsElapsed()) / 1e6;
            ours << ms;
            worst = std::max(worst, ms);
            t.restart();
            peer.setFilterFixedString(word.left(i));
            peer.sort(1, Qt::DescendingOrder);
            (void)peer.rowCount();
            theirs << double(t.nsecsElapsed()) / 1e6;
        }
        const double a = median(ours), b = median(theirs);
        std::printf("%-16s %12d %12.1f %12.1f %12.1f %8.2f\n", qPrintable(word), rows, a, worst, b, b > 0 ? a / b : 0);
    }
    std::printf("\n(median per keystroke over the letters typed; ratio = GravDesk / Qt proxy; target <= 50 ms)\n");
    return 0;
}
