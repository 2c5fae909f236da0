// Gallery import throughput and peak memory, next to ImageMagick and vipsthumbnail on the same files
// in the same run. Every side runs in child processes; their peak RSS comes from wait4().
//
//   gravdesk-bench-gallery [--photos DIR] [--count N] [--max-edge E] [--quality Q] [--runs R] [--profile]
//
// Without --photos it writes N (default 20) synthetic 20 MP JPEGs (5472 x 3648, noise over gradients,
// about the size a camera writes at quality 92) into a temporary folder. See bench/README.md.

#include "galleryimport.h"
#include "gallerysettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <random>

extern char **environ;

using namespace GravDesk;

namespace {

struct Side
{
    QString name;
    bool ran = false;
    QString why; // when it did not run
    double seconds = 0;
    long peakKb = 0;
    int failures = 0;
};

QImage photoLike(int w, int h, unsigned seed)
{
    QImage img(w, h, QImage::Format_RGB32);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> noise(-10, 10);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int n = noise(rng);
            const int r = (x * 255 / w + n + int(seed * 37)) & 0xff;
            const int g = ((y * 255 / h) + n) & 0xff;
            const int b = (((x + y) * 127 / (w + h)) + 64 + n) & 0xff;
            line[x] = qRgb(r, g, b);
        }
    }
    return img;
}

// A child's peak RSS must not include ours: a child started by vfork/posix_spawn (or fork) inherits our
// peak as its starting "maximum" at exec, so the kernel's figure for it would be at least our own. GNU
// time forks each command from its own small process and writes that command's own peak (%M, KB).
QString g_time;
QTemporaryDir *g_rssDir = nullptr;
int g_rssFiles = 0;

// Runs every command, at most @p parallel at once, and waits for all; peak RSS is the largest child's.
Side runAll(const QString &name, const QList<QStringList> &givenCommands, int parallel)
{
    Side side;
    side.name = name;
    QList<QStringList> commands;
    QStringList rssFiles;
    for (const QStringList &c : givenCommands) {
        if (g_time.isEmpty()) {
            commands.append(c);
            continue;
        }
        const QString f = g_rssDir->filePath(QStringLiteral("rss-%1.txt").arg(++g_rssFiles));
        rssFiles.append(f);
        commands.append(QStringList {g_time, QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), f} + c);
    }
    QElapsedTimer timer;
    timer.start();
    int running = 0;
    qsizetype next = 0;
    while (next < commands.size() || running > 0) {
        while (running < parallel && next < commands.size()) {
            const QStringList &cmd = commands.at(next++);
            QList<QByteArray> storage;
            for (const QString &a : cmd)
                storage.append(QFile::encodeName(a));
            std::vector<char *> argv;
            for (QByteArray &s : storage)
                argv.push_back(s.data());
            argv.push_back(nullptr);
            posix_spawn_file_actions_t actions;
            posix_spawn_file_actions_init(&actions);
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
            pid_t pid = 0;
            const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
            posix_spawn_file_actions_destroy(&actions);
            if (rc != 0) {
                side.why = QStringLiteral("cannot start %1").arg(cmd.first());
                return side;
            }
            ++running;
        }
        int status = 0;
        rusage ru {};
        if (wait4(-1, &status, 0, &ru) <= 0)
            break;
        --running;
        side.peakKb = std::max(side.peakKb, long(ru.ru_maxrss));
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
            ++side.failures;
    }
    side.seconds = timer.nsecsElapsed() / 1e9;
    side.ran = true;
    if (!rssFiles.isEmpty()) {
        side.peakKb = 0;
        for (const QString &f : std::as_const(rssFiles)) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
                side.peakKb = std::max(side.peakKb, lines.last().trimmed().toLong());
            }
        }
    }
    return side;
}

// The child: one GravDesk import of every photo into @p folder (photos only, as the GUI stages them).
int childImport(const QString &folder, const QStringList &photos, int maxEdge, int quality)
{
    GalleryImportRequest req;
    req.pageFolder = folder;
    req.image.maxEdge = maxEdge;
    req.image.quality = quality;
    req.insertBlock = false;
    for (const QString &p : photos)
        req.items.append(GalleryItem {p, 0, {}});
    const GalleryImportResult r = GalleryImport::run(req);
    return r.ok && r.imported() == photos.size() ? 0 : 1;
}

QString firstExecutable(const QStringList &names)
{
    for (const QString &n : names) {
        const QString p = QStandardPaths::findExecutable(n);
        if (!p.isEmpty())
            return p;
    }
    return QString();
}

void printSide(const Side &s, int count)
{
    if (!s.ran) {
        std::printf("%-28s  not run: %s\n", qPrintable(s.name), qPrintable(s.why));
        return;
    }
    std::printf("%-28s %8.2f s %8.2f img/s %8ld MB peak RSS%s\n", qPrintable(s.name), s.seconds, count / s.seconds,
        s.peakKb / 1024, s.failures ? qPrintable(QStringLiteral("  (%1 failed)").arg(s.failures)) : "");
}

// One photo, one thread: where the time of a photo goes (best of 5).
void profileSteps(const QString &photo, int maxEdge, int quality)
{
    auto best = [](const std::function<void()> &f) {
        qint64 b = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            f();
            b = std::min(b, t.nsecsElapsed());
        }
        return b / 1e6;
    };
    QImage img;
    QString error;
    const double full = best([&] {
        QImageReader r(photo);
        img = r.read();
    });
    const double atScale = best([&] { ImagePipeline::decode(photo, maxEdge, img, error); });
    QImage scaledDecode;
    const double qtSmooth = best([&] {
        QImageReader r(photo);
        const QSize s = r.size();
        r.setScaledSize(s.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio));
        r.setQuality(75);
        scaledDecode = r.read();
    });
    ImageOptions o;
    o.maxEdge = maxEdge;
    o.quality = quality;
    const double whole = best([&] { ImagePipeline::process(photo, o); });
    std::printf("one photo, one thread: full decode %.0f ms, decode at scale (GravDesk) %.0f ms, Qt's own scaled "
                "read (smooth) %.0f ms, whole pipeline %.0f ms\n",
        full, atScale, qtSmooth, whole);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    if (args.size() >= 5 && args.at(1) == QLatin1String("--child-import"))
        return childImport(args.at(2), args.mid(5), args.at(3).toInt(), args.at(4).toInt());

    QString photosDir;
    int count = 20, maxEdge = 2048, quality = 85, runs = 3;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--photos"))
            photosDir = args.at(++i);
        else if (args.at(i) == QLatin1String("--count"))
            count = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--max-edge"))
            maxEdge = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--quality"))
            quality = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(++i).toInt());
    }
    QTemporaryDir work;
    QTemporaryDir rssDir;
    g_rssDir = &rssDir;
    g_time = QFileInfo(QStringLiteral("/usr/bin/time")).isExecutable() ? QStringLiteral("/usr/bin/time") : QString();
    QStringList photos;
    if (!photosDir.isEmpty()) {
        photos = expandImageSources({photosDir});
    } else {
        std::printf("writing %d synthetic 20 MP JPEGs…\n", count);
        std::fflush(stdout);
        const int distinct = std::min(count, 4);
        for (int k = 0; k < distinct; ++k) {
            QImageWriter w(work.filePath(QStringLiteral("src-%1.jpg").arg(k)), "jpeg");
            w.setQuality(92);
            w.write(photoLike(5472, 3648, unsigned(k + 1)));
        }
        for (int i = 0; i < count; ++i) {
            const QString p = work.filePath(QStringLiteral("DSC_%1.JPG").arg(i, 4, 10, QLatin1Char('0')));
            QFile::copy(work.filePath(QStringLiteral("src-%1.jpg").arg(i % distinct)), p);
            photos.append(p);
        }
    }
    if (photos.isEmpty()) {
        std::fprintf(stderr, "no photos\n");
        return 2;
    }
    qint64 bytes = 0;
    for (const QString &p : photos)
        bytes += QFileInfo(p).size();
    const int cores = QThread::idealThreadCount();
    std::printf("%lld photos, %.1f MB, longest edge -> %d px, quality %d, %d cores\n", qlonglong(photos.size()), bytes / 1e6,
        maxEdge, quality, cores);

    // Warm the page cache so that every side reads the files from memory.
    for (const QString &p : photos) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            f.readAll();
    }
    const int n = int(photos.size());
    if (args.contains(QLatin1String("--profile")))
        profileSteps(photos.first(), maxEdge, quality);

    auto outDir = [&](const QString &name) {
        const QString d = work.filePath(name);
        QDir().mkpath(d);
        return d;
    };

    // Each side runs R times, interleaved (the machine's load changes over time); the best run counts.
    Side gravdesk, magick, vips;
    QList<double> magickRatios, vipsRatios;
    auto keepBest = [](Side &best, const Side &run) {
        if (!best.ran || (run.ran && run.seconds < best.seconds)) {
            const long peak = std::max(best.peakKb, run.peakKb);
            best = run;
            best.peakKb = peak;
        } else {
            best.peakKb = std::max(best.peakKb, run.peakKb);
        }
    };
    for (int round = 0; round < runs; ++round) {
        for (const QString &d : {QStringLiteral("gravdesk"), QStringLiteral("magick"), QStringLiteral("vips")})
            QDir(work.filePath(d)).removeRecursively();
        const QString self = QCoreApplication::applicationFilePath();
        const QString ours = outDir(QStringLiteral("gravdesk"));
        const Side g = runAll(QStringLiteral("GravDesk (1 process)"),
            {QStringList {self, QStringLiteral("--child-import"), ours, QString::number(maxEdge), QString::number(quality)}
                + photos},
            1);

        // ImageMagick: one convert per photo, as many at once as there are cores.
        Side m;
        m.name = QStringLiteral("ImageMagick convert");
        const QString convert = firstExecutable({QStringLiteral("convert-im6.q16"), QStringLiteral("convert")});
        if (convert.isEmpty()) {
            m.why = QStringLiteral("convert not found (Debian imagemagick)");
        } else {
            const QString d = outDir(QStringLiteral("magick"));
            QList<QStringList> cmds;
            for (int i = 0; i < n; ++i)
                cmds.append({convert, photos.at(i), QStringLiteral("-auto-orient"), QStringLiteral("-resize"),
                    QStringLiteral("%1x%1").arg(maxEdge), QStringLiteral("-strip"), QStringLiteral("-quality"),
                    QString::number(quality), d + QStringLiteral("/%1.jpg").arg(i)});
            m = runAll(m.name, cmds, cores);
        }

        // vipsthumbnail: one process per core, each with its share of the photos.
        Side v;
        v.name = QStringLiteral("vipsthumbnail");
        const QString vipsthumbnail = firstExecutable({QStringLiteral("vipsthumbnail")});
        if (vipsthumbnail.isEmpty()) {
            v.why = QStringLiteral("vipsthumbnail not found (Debian libvips-tools)");
        } else {
            const QString d = outDir(QStringLiteral("vips"));
            QList<QStringList> cmds;
            for (int c = 0; c < cores; ++c) {
                QStringList cmd {vipsthumbnail, QStringLiteral("-s"), QStringLiteral("%1x%1").arg(maxEdge), QStringLiteral("-o"),
                    d + QStringLiteral("/%s.jpg[Q=%1,strip,interlace]").arg(quality)};
                for (int i = c; i < n; i += cores)
                    cmd.append(photos.at(i));
                if (cmd.size() > 5)
                    cmds.append(cmd);
            }
            v = runAll(v.name, cmds, cores);
        }

        keepBest(gravdesk, g);
        keepBest(magick, m);
        keepBest(vips, v);
        if (g.ran && m.ran)
            magickRatios.append(m.seconds / g.seconds);
        if (g.ran && v.ran)
            vipsRatios.append(g.seconds / v.seconds);
        std::printf(
            "round %d: GravDesk %.2f s, ImageMagick %.2f s, vipsthumbnail %.2f s\n", round + 1, g.seconds, m.seconds, v.seconds);
        std::fflush(stdout);
    }
    std::printf("\n");
    printSide(gravdesk, n);
    printSide(magick, n);
    printSide(vips, n);
    std::printf("\n");
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0.0 : (v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2);
    };
    // Ratios within a round compare the sides under the same load; their median over the rounds is
    // the figure to quote on a busy machine, the best-of ratio the one for a quiet one.
    if (gravdesk.ran && magick.ran)
        std::printf("speed vs ImageMagick:  best %5.2fx, median of rounds %5.2fx faster (target >= 5x)   memory %.2fx\n",
            magick.seconds / gravdesk.seconds, median(magickRatios), double(gravdesk.peakKb) / std::max(1L, magick.peakKb));
    if (gravdesk.ran && vips.ran)
        std::printf("time vs vipsthumbnail: best %5.2fx, median of rounds %5.2fx        (target <= 1.3x) memory %.2fx\n",
            gravdesk.seconds / vips.seconds, median(vipsRatios), double(gravdesk.peakKb) / std::max(1L, vips.peakKb));
    if (g_time.isEmpty())
        std::printf("(GNU time not found: peak RSS figures are wait4()'s and include this program's own peak)\n");
    std::printf("GravDesk peak RSS %ld MB (target <= 300 MB for twenty 20 MP photos)\n", gravdesk.peakKb / 1024);
    return gravdesk.ran && gravdesk.failures == 0 ? 0 : 1;
}
