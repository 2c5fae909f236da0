// A gallery commit through SiteTransaction (intent journal synced, pages staged and synced, commit mark,
// renames, journal removed) next to its plain peer: the same staged photos renamed into place and the
// same page files written with AtomicWriter (temp, fsync, rename, folder fsync), as the import did before
// the seam. Same process, same files, sides alternated; prints the medians and their ratio.
//
//   gravdesk-bench-commit [PHOTOS] [ROUNDS]     (default 15 photos of 200 KB, 3 page files, 21 rounds)

#include "io/atomicwriter.h"
#include "io/siteworkspace.h"
#include "site/sitelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace GravDesk;

namespace {

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int photos = args.size() > 1 ? args.at(1).toInt() : 15;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 21;
    QTemporaryDir tmp;
    const QString root = tmp.path() + QStringLiteral("/site");
    const QString folder = root + QStringLiteral("/user/pages/02.news/01.item");
    QDir().mkpath(folder);
    QDir().mkpath(root + QStringLiteral("/user/config"));
    qputenv("XDG_STATE_HOME", QFile::encodeName(tmp.path() + QStringLiteral("/state")));
    const QStringList languages {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")};
    const QByteArray oldPage = "---\ntitle: Forum\n---\n\nText.\n";
    const QByteArray newPage = oldPage + "\n[owl-carousel items=1]\n" + QByteArray(photos * 40, 'x') + "\n[/owl-carousel]\n";
    const QByteArray photo(200 * 1024, 'j');
    const SiteLayout layout = locateSite(root);
    SiteWorkspace workspace(layout);

    const auto reset = [&] {
        for (const QString &l : languages)
            writeRaw(folder + QStringLiteral("/item.") + l + QStringLiteral(".md"), oldPage);
        for (int i = 0; i < photos; ++i)
            QFile::remove(folder + QStringLiteral("/photo-%1.jpg").arg(i + 1));
    };
    const auto finalName = [&](int i) -> QString { return folder + QStringLiteral("/photo-%1.jpg").arg(i + 1); };

    QList<double> transaction, plain;
    for (int round = 0; round < rounds; ++round) {
        for (int side = 0; side < 2; ++side) {
            const bool tx = (side + round) % 2 == 0;
            reset();
            QElapsedTimer clock;
            double ms = 0;
            if (tx) {
                auto t = workspace.begin(QStringLiteral("gallery import"));
                for (int i = 0; i < photos; ++i)
                    writeRaw(t->stagingPath(finalName(i)), photo);
                clock.start();
                for (const QString &l : languages)
                    t->put(folder + QStringLiteral("/item.") + l + QStringLiteral(".md"), newPage);
                const IoResult r = t->commit();
                ms = clock.nsecsElapsed() / 1e6;
                if (!r.ok) {
                    std::fprintf(stderr, "commit failed: %s\n", qPrintable(r.error));
                    return 1;
                }
                transaction.append(ms);
            } else {
                QStringList temps;
                for (int i = 0; i < photos; ++i) {
                    temps.append(folder + QStringLiteral("/.gravdesk-import-bench-%1.jpg").arg(i + 1));
                    writeRaw(temps.last(), photo);
                }
                clock.start();
                for (int i = 0; i < photos; ++i)
                    QFile::rename(temps.at(i), finalName(i));
                for (const QString &l : languages)
                    AtomicWriter::write(folder + QStringLiteral("/item.") + l + QStringLiteral(".md"), newPage);
                ms = clock.nsecsElapsed() / 1e6;
                plain.append(ms);
            }
        }
    }
    const double t = median(transaction), p = median(plain);
    std::printf("gallery commit, %d photos + %d page files, median of %d rounds\n", photos, int(languages.size()), rounds);
    std::printf("  SiteTransaction commit           %8.2f ms\n", t);
    std::printf("  plain renames + AtomicWriter      %8.2f ms\n", p);
    std::printf("  ratio transaction / plain         %8.2f\n", p > 0 ? t / p : 0.0);
    return 0;
}
