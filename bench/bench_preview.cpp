// Keystroke → preview: how long from a key press in the editor until the preview page confirms it shows
// the new text, in the real main window, for a 10 KB and a 100 KB post. Prints p50/p95 next to the
// targets, and how often the preview page reloaded while typing (it never should).
#include "dialogs/prompter.h"
#include "mainwindow/mainwindow.h"
#include "page/pagedocument.h"
#include "preview/previewview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace GravDesk;

namespace {

QByteArray post(qsizetype bytes)
{
    QByteArray body;
    const QByteArray paragraph = QByteArrayLiteral(
        "Гематология орталығында **білім беру бағдарламасы** өтті: 12 дәрігер [жаңа әдістерді](https://example.org) "
        "үйренді. В программе приняли участие врачи из разных городов Казахстана.\n\n");
    int n = 0;
    while (body.size() < bytes) {
        body += paragraph;
        if (++n % 8 == 0)
            body += QByteArrayLiteral("- пункт один\n- пункт два\n\n## Подзаголовок\n\n");
    }
    return QByteArrayLiteral("---\ntitle: 'Benchmark'\ndate: '25-05-2024 10:00'\n---\n\n") + body;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

// Runs the event loop until @p done holds (checked each time the preview confirms a render) or @p timeoutMs pass.
// The loop sleeps until an event comes, as the application's does. QTest::qWaitFor would sleep 10 ms between
// passes, and the web engine's browser side runs as Qt events, one step per pass: the script's result would
// wait 10 ms per step and the benchmark would time its own polling.
bool waitForApplied(PreviewView *preview, const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(preview, &PreviewView::contentApplied, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    PreviewView::registerUrlSchemes();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int keys = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 100;

    QTemporaryDir dir;
    const QString pages = dir.filePath(QStringLiteral("user/pages/01.news"));
    if (!write(pages + QStringLiteral("/a-10k/item.md"), post(10 * 1024))
        || !write(pages + QStringLiteral("/b-100k/item.md"), post(100 * 1024))) {
        std::fprintf(stderr, "cannot write the benchmark site\n");
        return 1;
    }
    MainWindow window;
    // Moving on from an edited post discards the edits: the benchmark never writes its site.
    auto prompter = std::make_shared<ScriptedPrompter>();
    prompter->saveChoice = Prompter::Choice::Discard;
    window.setPrompter(prompter);
    window.resize(1400, 900);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::siteLoaded);
    window.openSite(dir.path());
    if (!loaded.wait(30000))
        return 1;
    auto *preview = window.findChild<PreviewView *>(QStringLiteral("previewView"));
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("bodyPlainTextEdit"));
    int lastApplied = 0;
    QObject::connect(
        preview, &PreviewView::contentApplied, preview, [&lastApplied](int seq) { lastApplied = std::max(lastApplied, seq); });
    int reloads = 0;
    QObject::connect(preview->page(), &QWebEnginePage::loadStarted, preview, [&reloads] { ++reloads; });

    QTextStream out(stdout);
    out << "GravDesk keystroke → preview latency: " << keys << " keystrokes per post, each 40 ms after the last was shown\n"
        << "(a fast typist), timed from the key event to the preview page confirming the patched DOM (sequence\n"
        << "numbers), waiting in the event loop as the application does.\n\n";
    out << "  post      p50 ms   p95 ms   max ms   target p95   reloads\n";
    const struct
    {
        const char *folder;
        const char *label;
        double target;
    } cases[] = {{"01.news/a-10k", "10 KB", 50}, {"01.news/b-100k", "100 KB", 150}};
    for (const auto &c : cases) {
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        window.selectPage(QString::fromLatin1(c.folder));
        if (!opened.wait(10000) && !window.currentDocument())
            return 1;
        if (!waitForApplied(
                preview, [&] { return preview->isShellReady() && lastApplied >= preview->requestedSeq(); }, 20000)) {
            std::fprintf(stderr, "the preview of %s never appeared\n", c.folder);
            return 1;
        }
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        reloads = 0;
        std::vector<double> ms;
        for (int k = 0; k < keys; ++k) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(editor, static_cast<char>('a' + k % 26));
            const int seq = preview->requestedSeq();
            if (!waitForApplied(
                    preview, [&] { return lastApplied >= seq; }, 5000)) {
                std::fprintf(stderr, "the preview did not confirm keystroke %d\n", k);
                return 1;
            }
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            pause(40);
        }
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(QString::fromLatin1(c.label), -7)
                   .arg(percentile(ms, 0.5), 8, 'f', 1)
                   .arg(percentile(ms, 0.95), 8, 'f', 1)
                   .arg(*std::max_element(ms.begin(), ms.end()), 8, 'f', 1)
                   .arg(c.target, 12, 'f', 0)
                   .arg(reloads, 9);
        out.flush();
    }
    window.close(); // discards the edits (see the prompter above)
    return 0;
}
