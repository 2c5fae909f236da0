// The News view's and the tree's filters per keystroke on the 20,000-post site (60,000 rows in the News view: every
// post in kk, ru and en; 20,000 pages in the tree): a search text typed letter by letter, each keystroke asking the
// site search which page files hold the text (the body lookup), then refiltering and re-sorting (the News view
// newest first; the tree by date within each parent, matches shown with their ancestors), next to a plain
// QSortFilterProxyModel doing a case-insensitive fixed-string filter over the titles of a QStandardItemModel with
// the same rows (Qt's own way to filter a list) in the same process. Target: <= 50 ms per keystroke.
//
//   gravdesk-bench-newsfilter [POSTS]      (default 20000)
#include "pagetree/newsview.h"
#include "pagetree/pagefilter.h"
#include "pagetree/pagetreemodel.h"
#include "pagetree/pagetreeproxy.h"
#include "search/sitesearchservice.h"
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
    // The texts of every page file in memory, as the window keeps them.
    SiteSearchService search;
    t.restart();
    search.reset(index);
    search.waitForIdle();
    const double searchMs = double(t.nsecsElapsed()) / 1e6;
    PageTextHits hits;

    QStandardItemModel peerModel(model.rowCount(), 2);
    for (int r = 0; r < model.rowCount(); ++r) {
        peerModel.setItem(r, 0, new QStandardItem(model.row(r).title));
        peerModel.setItem(r, 1, new QStandardItem(model.row(r).date.toString(Qt::ISODate)));
    }
    QSortFilterProxyModel peer;
    peer.setSourceModel(&peerModel);
    peer.setFilterKeyColumn(0);
    peer.setFilterCaseSensitivity(Qt::CaseInsensitive);

    // The tree: the page model with the proxy the window puts between it and the view, sorted by date.
    PageTreeModel treeModel;
    treeModel.setIndex(index);
    PageTreeProxy tree(&treeModel);
    tree.sort(PageTreeModel::DateColumn, Qt::DescendingOrder);
    const QModelIndex newsSection = tree.index(1, 0); // 01.home, 02.news
    (void)tree.rowCount(newsSection);

    const QStringList words {QStringLiteral("консультация"), QStringLiteral("жаңалық"), QStringLiteral("Hospital")};
    std::printf("%d posts, %d rows in the News view (built in %.0f ms), %d pages in the tree; page texts read in %.0f ms\n\n",
        posts, model.rowCount(), buildMs, treeModel.nodeCount() - 1, searchMs);
    std::printf("%-8s %-16s %8s %12s %12s %12s %12s %8s\n", "view", "typed", "rows", "GravDesk ms", "max ms", "of it text ms",
        "Qt proxy ms", "ratio");
    for (const bool inTree : {false, true}) {
        for (const QString &word : words) {
            QVector<double> ours, lookups, theirs;
            double worst = 0;
            int rows = 0;
            for (int i = 1; i <= word.size(); ++i) {
                PageFilterCriteria c;
                c.text = word.left(i);
                t.restart();
                hits.update(&search, c.text); // the body lookup: once per keystroke
                lookups << double(t.nsecsElapsed()) / 1e6;
                if (inTree) {
                    tree.setCriteria(c, &hits);
                    rows = tree.matchCount();
                    (void)tree.rowCount(tree.index(0, 0));
                    (void)tree.rowCount(tree.index(1, 0));
                } else {
                    filter.setSettings(c, &hits);
                    filter.sort(NewsModel::DateColumn, Qt::DescendingOrder);
                    rows = filter.rowCount();
                }
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
            std::printf("%-8s %-16s %8d %12.1f %12.1f %12.1f %12.1f %8.2f\n", inTree ? "tree" : "news", qPrintable(word), rows, a,
                worst, median(lookups), b, b > 0 ? a / b : 0);
        }
    }
    std::printf("\n(median per keystroke over the letters typed, the site search's body lookup included (its median\n"
                "alone: \"of it text\"); ratio = GravDesk / Qt proxy on titles only; target <= 50 ms)\n");
    return 0;
}
