// Huge pages in the real window: how long a page with a 1 MB line, a 2,000 × 20 table, a 100 KB post and a
// file over 16 MB take to open, how long each typed key takes to reach the screen, and the peak memory of the
// process with its web engine helpers. The peer is a bare QPlainTextEdit given the same text and keys.
// Each page and side runs in a child process of its own (this program again), so that memory figures are
// one page's. See bench/README.md.
#include "dialogs/prompter.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

using namespace GravDesk;

namespace {

const QByteArray kHeader = QByteArrayLiteral("---\ntitle: 'Huge'\ndate: '25-05-2024 10:00'\n---\n\n");
const char *const kWords[] = {"гематология", "орталығында", "білім", "беру", "бағдарламасы", "өтті", "дәрігер", "жаңа",
    "әдістерді", "үйренді", "программе", "приняли", "участие", "врачи", "разных", "городов", "Казахстана", "hospital"};

QByteArray word(QRandomGenerator &random)
{
    return QByteArray(kWords[random.bounded(static_cast<int>(std::size(kWords)))]);
}

struct Case
{
    const char *name; ///< folder and command-line name
    const char *label;
    bool typeInside; ///< keys go into the middle of the first line instead of a new line at the end
};

const Case kCases[] = {
    {"line-1mb", "1 MB line (words)", false},
    {"line-1mb-inside", "1 MB line, typing in it", true},
    {"word-1mb", "1 MB line, no spaces", false},
    {"table-2000x20", "2,000 x 20 table", false},
    {"post-100kb", "100 KB post", false},
    {"file-17mb", "17 MB file", false},
};

QByteArray body(const QString &name)
{
    QRandomGenerator random(7);
    QByteArray b;
    if (name.startsWith(QLatin1String("line-1mb"))) {
        while (b.size() < 1024 * 1024)
            b += word(random) + ' ';
        return b + '\n';
    }
    if (name == QLatin1String("word-1mb"))
        return QByteArray(1024 * 1024, 'x') + '\n';
    if (name == QLatin1String("table-2000x20")) {
        for (int c = 0; c < 20; ++c)
            b += "| h" + QByteArray::number(c) + ' ';
        b += "|\n";
        for (int c = 0; c < 20; ++c)
            b += "|---";
        b += "|\n";
        for (int r = 0; r < 2000; ++r) {
            for (int c = 0; c < 20; ++c)
                b += "| " + word(random) + ' ' + QByteArray::number(r * 20 + c) + ' ';
            b += "|\n";
        }
        return b;
    }
    const QByteArray paragraph = QByteArrayLiteral(
        "Гематология орталығында **білім беру бағдарламасы** өтті: 12 дәрігер [жаңа әдістерді](https://example.org) "
        "үйренді. В программе приняли участие врачи из разных городов Казахстана.\n\n");
    const qsizetype size = name == QLatin1String("file-17mb") ? 17 * 1024 * 1024 : 100 * 1024;
    int n = 0;
    while (b.size() < size) {
        b += paragraph;
        if (++n % 8 == 0)
            b += QByteArrayLiteral("- пункт один\n- пункт два\n\n## Подзаголовок\n\n");
    }
    return b;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// ---- Memory: this process and every process below it (the web engine's helpers) ----------------------

qint64 rssKb(const QString &pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

/// The summed resident memory of @p root and its descendants, in KB.
qint64 treeRssKb(qint64 root)
{
    QHash<qint64, qint64> parent;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const qsizetype close = stat.lastIndexOf(')');
        parent.insert(pid, stat.mid(close + 2).split(' ').value(1).toLongLong());
    }
    qint64 sum = 0;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        for (qint64 p = it.key(); p > 1; p = parent.value(p, 0)) {
            if (p == root) {
                sum += rssKb(QString::number(it.key()));
                break;
            }
        }
    }
    return sum;
}

/// Samples treeRssKb() on a thread of its own, so that a frozen GUI thread is measured too.
class RssSampler
{
public:
    RssSampler()
        : m_thread([this] {
            const qint64 self = QCoreApplication::applicationPid();
            while (!m_stop) {
                m_peak = std::max(m_peak.load(), treeRssKb(self));
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        })
    { }
    ~RssSampler()
    {
        m_stop = true;
        m_thread.join();
    }
    double peakMb() const { return static_cast<double>(m_peak) / 1024.0; }

private:
    std::atomic_bool m_stop {false};
    std::atomic<qint64> m_peak {0};
    std::thread m_thread;
};

/// The longest time the event loop did not turn (a timer that should fire every 5 ms).
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_since.nsecsElapsed() / 1e6);
            m_since.start();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    double longestMs() const { return std::max(m_longest, m_since.nsecsElapsed() / 1e6); }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents();
    }
    return done();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

/**
 * Types @p keys characters, one every @p intervalMs (with a pause of half a second after every tenth, as a
 * writer pauses: what runs when typing stops is in the figures too). Each key's latency is from the moment
 * it was due until the editor has handled it and painted: a key due while the window is busy waits.
 */
std::vector<double> typeKeys(QPlainTextEdit *editor, int keys, int intervalMs)
{
    std::vector<double> ms;
    QElapsedTimer clock;
    clock.start();
    double due = 0;
    for (int k = 0; k < keys; ++k) {
        due += k > 0 && k % 10 == 0 ? 500 : intervalMs;
        while (static_cast<double>(clock.nsecsElapsed()) / 1e6 < due)
            pause(std::max(1, static_cast<int>(due - static_cast<double>(clock.nsecsElapsed()) / 1e6)));
        QTest::keyClick(editor, static_cast<char>('a' + k % 26));
        editor->viewport()->repaint();
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6 - due);
    }
    return ms;
}

void placeCursor(QPlainTextEdit *editor, bool inside)
{
    editor->setFocus();
    QTextCursor c = editor->textCursor();
    if (inside) {
        c.setPosition(std::min(2000, editor->document()->firstBlock().length() / 2));
    } else {
        c.movePosition(QTextCursor::End);
    }
    editor->setTextCursor(c);
}

void report(const QString &what, double openMs, double stallMs, double previewMs, const std::vector<double> &keys, double rssMb,
    const QString &note)
{
    std::printf("RESULT %s open=%.1f stall=%.1f preview=%.1f p95=%.1f max=%.1f rss=%.1f note=%s\n", qPrintable(what), openMs,
        stallMs, previewMs, keys.empty() ? 0.0 : percentile(keys, 0.95),
        keys.empty() ? 0.0 : *std::max_element(keys.begin(), keys.end()), rssMb, qPrintable(note));
    std::fflush(stdout);
}

// ---- The two sides, each in its own process ------------------------------------------------------------

int runGravDesk(const QString &site, const Case &c, int keys, int intervalMs)
{
    RssSampler rss;
    MainWindow window;
    auto prompter = std::make_shared<ScriptedPrompter>();
    prompter->saveChoice = Prompter::Choice::Discard; // the benchmark never writes its site
    window.setPrompter(prompter);
    window.resize(1400, 900);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::siteLoaded);
    window.openSite(site);
    if (!loaded.wait(60000))
        return 1;
    auto *preview = window.findChild<PreviewView *>(QStringLiteral("previewView"));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
    int lastApplied = 0;
    QObject::connect(preview, &PreviewView::contentApplied, preview, [&](int seq) { lastApplied = std::max(lastApplied, seq); });
    waitFor([&] { return preview->isShellReady(); }, 30000);

    StallMeter stall;
    stall.start();
    QElapsedTimer t;
    t.start();
    bool opened = false;
    QObject::connect(&window, &MainWindow::documentOpened, &window, [&] { opened = true; });
    window.selectPage(QStringLiteral("01.news/") + QString::fromLatin1(c.name));
    waitFor([&] { return opened || !prompter->lastError.isEmpty(); }, 600000);
    if (opened)
        editor->viewport()->repaint();
    const double openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    if (!opened) {
        // Refused: the message is what the user sees.
        pause(500);
        report(QString::fromLatin1(c.name), openMs, stall.longestMs(), 0, {}, rss.peakMb(),
            QStringLiteral("refused: ") + prompter->lastError.left(60).replace(QLatin1Char(' '), QLatin1Char('_')));
        return 0;
    }
    const int seq = preview->requestedSeq();
    waitFor([&] { return lastApplied >= seq; }, 120000);
    const double previewMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const double openStall = stall.longestMs();
    placeCursor(editor, c.typeInside);
    pause(300);
    const std::vector<double> ms = typeKeys(editor, keys, intervalMs);
    waitFor([&] { return lastApplied >= preview->requestedSeq(); }, 120000);
    pause(1000); // what the last keys set off (preview, counters) is in the memory figure
    const bool capped = preview->lastHtml().contains(QLatin1String("gravdesk-too-large"));
    report(QString::fromLatin1(c.name), openMs, openStall, previewMs, ms, rss.peakMb(),
        capped ? QStringLiteral("preview_capped") : QStringLiteral("-"));
    window.close();
    return 0;
}

int runPlain(const QString &file, const Case &c, int keys, int intervalMs)
{
    RssSampler rss;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    const QString text = QString::fromUtf8(f.readAll());
    QPlainTextEdit editor;
    editor.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor.resize(420, 500); // GravDesk's body editor's size in its 1400 x 900 window
    editor.show();
    QTest::qWait(200);
    StallMeter stall;
    stall.start();
    QElapsedTimer t;
    t.start();
    editor.setPlainText(text);
    editor.viewport()->repaint();
    const double openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    const double openStall = stall.longestMs();
    placeCursor(&editor, c.typeInside);
    pause(300);
    const std::vector<double> ms = typeKeys(&editor, keys, intervalMs);
    pause(1000);
    report(QString::fromLatin1(c.name), openMs, openStall, 0, ms, rss.peakMb(), QStringLiteral("-"));
    return 0;
}

struct Result
{
    double open = 0, stall = 0, preview = 0, p95 = 0, max = 0, rss = 0;
    QString note;
    bool ok = false;
};

Result runChild(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), args);
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.note = QStringLiteral("timed out");
        return r;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        for (const QByteArray &field : line.split(' ')) {
            const qsizetype eq = field.indexOf('=');
            const QByteArray key = field.left(eq), value = field.mid(eq + 1);
            if (key == "open")
                r.open = value.toDouble();
            else if (key == "stall")
                r.stall = value.toDouble();
            else if (key == "preview")
                r.preview = value.toDouble();
            else if (key == "p95")
                r.p95 = value.toDouble();
            else if (key == "max")
                r.max = value.toDouble();
            else if (key == "rss")
                r.rss = value.toDouble();
            else if (key == "note")
                r.note = QString::fromUtf8(value);
        }
        r.ok = true;
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const int i = static_cast<int>(args.indexOf(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int keys = std::max(5, option(QStringLiteral("--keys"), QStringLiteral("50")).toInt());
    const int interval = std::max(10, option(QStringLiteral("--interval"), QStringLiteral("80")).toInt());

    // A child: one page, one side.
    const QString side = option(QStringLiteral("--side"), QString());
    if (!side.isEmpty()) {
        const QString name = option(QStringLiteral("--case"), QString());
        const QString site = option(QStringLiteral("--site"), QString());
        for (const Case &c : kCases) {
            if (name != QLatin1String(c.name))
                continue;
            const int caseKeys = c.typeInside ? std::min(keys, 10) : keys;
            return side == QLatin1String("gravdesk") ? runGravDesk(site, c, caseKeys, interval)
                                                     : runPlain(site + QStringLiteral("/user/pages/01.news/")
                                                             + QString::fromLatin1(c.name) + QStringLiteral("/item.md"),
                                                         c, caseKeys, interval);
        }
        return 2;
    }

    QTemporaryDir dir;
    QStringList only = option(QStringLiteral("--cases"), QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const Case &c : kCases)
        if (!write(dir.filePath(QStringLiteral("user/pages/01.news/") + QString::fromLatin1(c.name) + QStringLiteral("/item.md")),
                kHeader + body(QString::fromLatin1(c.name))))
            return 1;
    QTextStream out(stdout);
    out << "Huge pages in the GravDesk window (1400 x 900, offscreen, preview on) next to a bare QPlainTextEdit\n"
        << "(same text, same font, the body editor's size). open: selecting the page until its text is painted\n"
        << "(the peer: setPlainText + paint); stall: the longest time the event loop did not turn while opening;\n"
        << "preview: until the preview shows it; keys: " << keys << " typed (10 in the long line), one every " << interval
        << " ms, a 500 ms pause every 10, latency from when a key is due until it is painted;\n"
        << "RSS: peak of the process plus its web engine processes (sampled every 50 ms).\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
               .arg(QStringLiteral("page"), -26)
               .arg(QStringLiteral("side"), -9)
               .arg(QStringLiteral("open ms"), 9)
               .arg(QStringLiteral("stall ms"), 9)
               .arg(QStringLiteral("preview ms"), 10)
               .arg(QStringLiteral("key p95"), 8)
               .arg(QStringLiteral("key max"), 8)
               .arg(QStringLiteral("RSS MB"), 7)
               .arg(QStringLiteral("note"));
    out.flush();
    for (const Case &c : kCases) {
        if (!only.isEmpty() && !only.contains(QLatin1String(c.name)))
            continue;
        Result sides[2];
        const char *names[2] = {"gravdesk", "plain"};
        for (int s = 0; s < 2; ++s) {
            sides[s] = runChild({QStringLiteral("--side"), QString::fromLatin1(names[s]), QStringLiteral("--case"),
                                    QString::fromLatin1(c.name), QStringLiteral("--site"), dir.path(), QStringLiteral("--keys"),
                                    QString::number(keys), QStringLiteral("--interval"), QString::number(interval)},
                900000);
            const Result &r = sides[s];
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                       .arg(QString::fromLatin1(c.label), -26)
                       .arg(s == 0 ? QStringLiteral("GravDesk") : QStringLiteral("peer"), -9)
                       .arg(r.open, 9, 'f', 0)
                       .arg(r.stall, 9, 'f', 0)
                       .arg(r.preview, 10, 'f', 0)
                       .arg(r.p95, 8, 'f', 1)
                       .arg(r.max, 8, 'f', 1)
                       .arg(r.rss, 7, 'f', 0)
                       .arg(r.ok ? r.note : QStringLiteral("failed: ") + r.note);
            out.flush();
        }
        if (sides[0].ok && sides[1].ok && sides[1].open > 0 && sides[1].p95 > 0)
            out << QStringLiteral("%1 ratio GravDesk/peer: open %2x, key p95 %3x, RSS %4x\n")
                       .arg(QString(), -26)
                       .arg(sides[0].open / sides[1].open, 0, 'f', 2)
                       .arg(sides[0].p95 / sides[1].p95, 0, 'f', 2)
                       .arg(sides[0].rss / std::max(1.0, sides[1].rss), 0, 'f', 2);
        out.flush();
    }
    return 0;
}
