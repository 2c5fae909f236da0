// Crash recovery's cost on the GUI thread while typing: an editor wired to a page document as the main
// window wires it (each key sets the document's body), typed into key by key, without and with the
// recovery journal tracking the document. Prints per keystroke p95 and max (µs) of both sides and their
// ratio, the journal's own share (its hook per key, and the snapshot handed to the worker when its
// timer fires), and what the worker then spends per entry (serialise, write, fsync, rename).
#include "common/uitext.h"
#include "page/pagedocument.h"
#include "recovery/recoverycontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace GravDesk;

namespace {

QByteArray post(qsizetype bytes)
{
    QByteArray body;
    const QByteArray paragraph = QByteArrayLiteral(
        "Гематология орталығында **білім беру бағдарламасы** өтті: 12 дәрігер [жаңа әдістерді](https://example.org) "
        "үйренді. В программе приняли участие врачи из разных городов Казахстана.\n\n");
    while (body.size() < bytes)
        body += paragraph;
    return QByteArrayLiteral("---\ntitle: 'Benchmark'\ndate: '25-05-2024 10:00'\n---\n\n") + body;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

// The calling thread's CPU time and the wall clock, in µs: the first is what the GUI thread spends, the
// second also holds the time the scheduler gave the CPU to others (on a loaded machine, most of it).
struct Clock
{
    static double threadCpuUs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
    }
    double cpu0 = threadCpuUs();
    QElapsedTimer wall;
    Clock() { wall.start(); }
    double cpu() const { return threadCpuUs() - cpu0; }
    double wallUs() const { return static_cast<double>(wall.nsecsElapsed()) / 1e3; }
};

struct Samples
{
    std::vector<double> cpu, wall;
    void add(const Clock &c)
    {
        cpu.push_back(c.cpu());
        wall.push_back(c.wallUs());
    }
};

struct Figures
{
    Samples keystroke; // key event and the events it caused, journal included when on
    Samples hook; // the journal's slot on the document's change signal
    Samples snapshot; // the snapshot handed to the worker (what its timer does)
    std::vector<double> worker; // ms: the worker writing one entry
};

/**
 * Types @p keys keys into an editor holding @p bytes. With @p journal, a RecoveryController tracks the
 * document; every @p snapshotEvery keys its timer's work (a snapshot) runs inside the measured key, as if
 * the timer fired then (at 5 keys/s, every 25 keys is its 5 s maximum wait while typing goes on).
 */
Figures typeInto(const QByteArray &bytes, int keys, bool journal, int snapshotEvery)
{
    Figures f;
    QTemporaryDir state;
    qputenv("XDG_STATE_HOME", state.path().toUtf8());
    QTemporaryDir site;
    const QString path = site.filePath(QStringLiteral("user/pages/02.news/a/item.ru.md"));
    auto doc = std::make_unique<PageDocument>(path, bytes, QStringLiteral("ru"));
    QPlainTextEdit editor;
    editor.resize(700, 900);
    editor.setPlainText(doc->body());
    editor.show();
    QObject::connect(&editor, &QPlainTextEdit::textChanged, &editor, [&] { doc->setBody(editorText(&editor)); });
    std::unique_ptr<RecoveryController> recovery;
    if (journal) {
        recovery = std::make_unique<RecoveryController>();
        recovery->setSite(site.filePath(QStringLiteral("user")));
        recovery->track(doc.get(), QStringLiteral("main"));
    }
    QTextCursor c = editor.textCursor();
    c.setPosition(static_cast<int>(editor.document()->characterCount() / 2));
    editor.setTextCursor(c);
    QCoreApplication::processEvents();
    const QString letters = QStringLiteral("абвгдеёжзийклмнопрстуфхцчшщъыьэюя әғқңөұүһі ");
    for (int i = 0; i < keys; ++i) {
        const QString key(letters.at(i % letters.size()));
        const bool snapshotHere = recovery && i % snapshotEvery == snapshotEvery - 1;
        {
            const Clock k;
            QTest::sendKeyEvent(QTest::Click, &editor, Qt::Key_unknown, key, Qt::NoModifier);
            QCoreApplication::processEvents();
            if (snapshotHere) {
                const Clock s;
                recovery->journalNow();
                f.snapshot.add(s);
            }
            f.keystroke.add(k);
        }
        if (recovery) {
            // The hook alone: what a keystroke costs the journal (the document's change signal).
            const Clock h;
            Q_EMIT doc->bodyChanged();
            f.hook.add(h);
        }
        if (snapshotHere) {
            const Clock w;
            recovery->journal()->flush();
            f.worker.push_back(w.wallUs() / 1e3);
        }
    }
    return f;
}

void printRow(const char *name, const std::vector<double> &off, const std::vector<double> &on, const std::vector<double> &hook,
    const std::vector<double> &snapshot)
{
    const double p95Off = percentile(off, 0.95), p95On = percentile(on, 0.95);
    std::printf("  %-7s %9.0f %9.0f %9.0f %9.0f %7.2f %9.1f %9.1f %10.1f %10.1f\n", name, p95Off, percentile(off, 1.0), p95On,
        percentile(on, 1.0), p95On / p95Off, percentile(hook, 0.95), percentile(hook, 1.0), percentile(snapshot, 0.95),
        percentile(snapshot, 1.0));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    int keys = 600;
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--keys") == 0)
            keys = std::max(50, std::atoi(argv[i + 1]));
    const int snapshotEvery = 25;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine().trimmed() : QByteArray("?");
    std::printf("Recovery journal on the GUI thread: %d keys per post, a snapshot every %d keys (platform %s, %d CPUs, "
                "load %s)\n\n",
        keys, snapshotEvery, qPrintable(QGuiApplication::platformName()), QThread::idealThreadCount(), load.constData());
    struct Run
    {
        const char *name;
        Figures off, on;
    };
    std::vector<Run> runs;
    for (const qsizetype size : {qsizetype(10 * 1024), qsizetype(100 * 1024)}) {
        const QByteArray bytes = post(size);
        // Warm up both sides once (fonts, layouts, the worker thread), then measure each.
        typeInto(bytes, 50, false, snapshotEvery);
        typeInto(bytes, 50, true, snapshotEvery);
        Run r {size == 10 * 1024 ? "10 KB" : "100 KB", typeInto(bytes, keys, false, snapshotEvery),
            typeInto(bytes, keys, true, snapshotEvery)};
        runs.push_back(std::move(r));
    }
    for (const bool cpu : {true, false}) {
        std::printf("%s\n",
            cpu ? "GUI thread CPU time, µs (what the journal costs the thread)"
                : "Wall time, µs (also the time the scheduler gave the CPU to other work)");
        std::printf("  %-7s %19s %19s %7s %19s %21s\n", "post", "key, no journal", "key, journal", "p95 x", "journal hook",
            "snapshot handover");
        std::printf(
            "  %-7s %9s %9s %9s %9s %7s %9s %9s %10s %10s\n", "", "p95", "max", "p95", "max", "", "p95", "max", "p95", "max");
        for (const Run &r : runs) {
            if (cpu)
                printRow(r.name, r.off.keystroke.cpu, r.on.keystroke.cpu, r.on.hook.cpu, r.on.snapshot.cpu);
            else
                printRow(r.name, r.off.keystroke.wall, r.on.keystroke.wall, r.on.hook.wall, r.on.snapshot.wall);
        }
        std::printf("\n");
    }
    std::printf("Worker, one entry (serialise, write, fsync, rename), ms:\n");
    for (const Run &r : runs)
        std::printf("  %-7s median %6.1f  max %6.1f\n", r.name, percentile(r.on.worker, 0.5), percentile(r.on.worker, 1.0));
    return 0;
}
