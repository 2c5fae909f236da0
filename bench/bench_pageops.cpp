// gravdesk-bench-pageops [POSTS] [ROUNDS]: moving one page of a big site to another section with the links of
// 50 other pages to it updated (plan: read and parse the candidates; apply: one SiteTransaction), next to the
// named peer: a plain QDir::rename of the folder plus a naive full-text replace over every page file (which
// also rewrites text that is no link). The page index is scanned before each move, as the window has it
// already (its time is printed apart). Default: the 20,000-post generated site, 5 rounds each way.

#include "io/siteworkspace.h"
#include "site/pageindex.h"
#include "site/pageoperations.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "sitegenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace GravDesk;

namespace {

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool append(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(bytes) == bytes.size();
}

// The peer: rename the folder, then replace the old folder name and route in every page file that holds them.
int naiveMove(const QString &pagesDir, const QString &from, const QString &to, const QByteArray &oldRoute,
    const QByteArray &newRoute, const QByteArray &oldFolder, const QByteArray &newFolder)
{
    if (!QDir().rename(from, to))
        return -1;
    int written = 0;
    QDirIterator it(pagesDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QByteArray text = f.readAll();
        f.close();
        if (!text.contains(oldRoute) && !text.contains(oldFolder))
            continue;
        text.replace(oldRoute, newRoute).replace(oldFolder, newFolder);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size())
            ++written;
    }
    return written;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int posts = args.size() > 1 ? args.at(1).toInt() : 20000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 5;
    QTemporaryDir tmp;
    qputenv("XDG_STATE_HOME", QFile::encodeName(tmp.path() + QStringLiteral("/state")));
    const QString root = tmp.path() + QStringLiteral("/site");
    QString error;
    Bench::GeneratedSite stats;
    QElapsedTimer gen;
    gen.start();
    if (!Bench::generateSite(root, posts, &stats, &error)) {
        std::fprintf(stderr, "gravdesk-bench-pageops: %s\n", qPrintable(error));
        return 1;
    }
    const QString pagesDir = root + QStringLiteral("/user/pages");
    const QString news = pagesDir + QStringLiteral("/02.news");
    const QString archive = pagesDir + QStringLiteral("/03.archive");
    QDir().mkpath(archive);
    const QStringList folders = QDir(news).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const QString target = folders.at(folders.size() / 2);
    const QString slug = target.section(QLatin1Char('.'), 1);
    append(news + QLatin1Char('/') + target + QStringLiteral("/photo.jpg"), "JPEG");
    // 50 pages link to it: by route, and an image by a relative folder path.
    int linking = 0;
    for (const QString &f : folders) {
        if (f == target || linking == 50)
            continue;
        append(news + QLatin1Char('/') + f + QStringLiteral("/item.ru.md"),
            "\n\nСм. [материал](/news/" + slug.toUtf8() + ") и ![фото](../" + target.toUtf8() + "/photo.jpg).\n");
        ++linking;
    }
    std::printf("site: %d posts, %d page files, %.1f MB (generated in %.1f s); page %s, linked from %d pages\n", posts,
        stats.pageFiles, double(stats.bytes) / 1e6, ms(gen) / 1000, qPrintable(target), linking);

    const SiteLayout layout = locateSite(root);
    QList<double> scanMs, opsMs, planMs, applyMs, naiveMs;
    int links = 0, files = 0;
    bool ok = true;
    for (int round = 0; round < 2 * rounds && ok; ++round) {
        const bool out = round % 2 == 0; // 02.news → 03.archive, then back
        QElapsedTimer t;
        t.start();
        const PageIndex index = scanSite(layout, SiteConfig::load(layout));
        scanMs.append(ms(t));
        t.restart();
        PageOperations ops(index);
        opsMs.append(ms(t));
        const QString rel = (out ? QStringLiteral("02.news/") : QStringLiteral("03.archive/")) + target;
        const PageOperationPlan plan = ops.move(index.findByRelPath(rel),
            index.findByRelPath(out ? QStringLiteral("03.archive") : QStringLiteral("02.news")), QString(), {});
        planMs.append(ms(t));
        if (!plan.ok) {
            std::fprintf(stderr, "gravdesk-bench-pageops: %s\n", qPrintable(plan.error));
            return 1;
        }
        t.restart();
        SiteWorkspace workspace(layout);
        const IoResult r = applyPageOperation(workspace, plan);
        applyMs.append(ms(t));
        ok = r.ok;
        if (!ok)
            std::fprintf(stderr, "gravdesk-bench-pageops: %s\n", qPrintable(r.error));
        links = plan.linkCount();
        files = int(plan.linkEdits.size());
    }
    // The peer, the same moves.
    for (int round = 0; round < 2 * rounds && ok; ++round) {
        const bool out = round % 2 == 0;
        const QString from = (out ? news : archive) + QLatin1Char('/') + target;
        const QString to = (out ? archive : news) + QLatin1Char('/') + target;
        const QByteArray oldRoute = (out ? "/news/" : "/archive/") + slug.toUtf8();
        const QByteArray newRoute = (out ? "/archive/" : "/news/") + slug.toUtf8();
        const QByteArray oldFolder = (out ? "../" : "../../03.archive/") + target.toUtf8();
        const QByteArray newFolder = (out ? "../../03.archive/" : "../") + target.toUtf8();
        QElapsedTimer t;
        t.start();
        ok = naiveMove(pagesDir, from, to, oldRoute, newRoute, oldFolder, newFolder) >= 0;
        naiveMs.append(ms(t));
    }
    if (!ok)
        return 1;
    const double move = median(planMs) + median(applyMs);
    std::printf("move with link updates (%d links in %d files): %.0f ms median (plan %.0f ms + apply %.0f ms), %d rounds\n",
        links, files, move, median(planMs), median(applyMs), int(planMs.size()));
    std::printf("  of the plan, the site's routes prepared (PageOperations): %.0f ms median\n", median(opsMs));
    std::printf("page index scan before it (the window has it already): %.0f ms median\n", median(scanMs));
    std::printf("peer: QDir::rename + naive full-text replace over all page files: %.0f ms median\n", median(naiveMs));
    std::printf("target <= 1000 ms: %s\n", move <= 1000 ? "met" : "NOT met");
    return 0;
}
