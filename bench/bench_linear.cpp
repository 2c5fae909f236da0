// gravdesk-bench-linear [--full] [--no-php] [--only NAME] [--budget MS] [--oracle DIR] [--php PHP]: adversarial
// inputs for every construct of the renderer (inline, block, plugin links, shortcodes, notices, external links),
// each repeated n times on one line and on n lines, n doubling; rendered by GravRenderer (page.content, and the
// preview's annotations) and by the PHP oracle's render path (bench/linear_oracle.php, timed inside PHP).
// Prints milliseconds of CPU time, the ratio to PHP, the growth exponent between sizes (1 = linear, 2 = quadratic) and
// whether both sides produced the same bytes. See bench/README.md.

#include "markdown/gravrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>
#include <vector>

using namespace GravDesk;

namespace {

enum class Layout { OneLine, ManyLines };

// One adversarial input family: element(i) is the i-th repetition; oneLine joins them with a space, many
// lines with a newline. prefix/suffix frame the repetitions (an unclosed fence, a table header ...).
struct Construct
{
    const char *name;
    std::function<QByteArray(int i)> element;
    bool oneLine = true;
    bool manyLines = true;
    QByteArray prefix;
    QByteArray suffix;
    std::function<QByteArray(int n)> tail = nullptr; // after the suffix, for frames that depend on n
};

std::function<QByteArray(int)> same(const char *unit)
{
    const QByteArray u(unit);
    return [u](int) { return u; };
}

QByteArray number(int i)
{
    return QByteArray::number(i);
}

Construct make(const char *name, std::function<QByteArray(int)> element, bool oneLine = true, bool manyLines = true,
    const QByteArray &prefix = {}, const QByteArray &suffix = {}, std::function<QByteArray(int)> tail = nullptr)
{
    return Construct {name, std::move(element), oneLine, manyLines, prefix, suffix, std::move(tail)};
}

std::vector<Construct> constructs()
{
    std::vector<Construct> c;
    // Inline constructs: openers without closers make a backtracking scanner look at the rest of the line.
    c.push_back(make("emphasis *a unclosed", same("*a")));
    c.push_back(make("strong ** unclosed", same("**a")));
    c.push_back(make("emphasis ***a runs", same("***a")));
    c.push_back(make("emphasis *a** closers", same("*a**")));
    c.push_back(make("emphasis _a unclosed", same("_a")));
    c.push_back(make("emphasis closed *a*", same("*a* **b**")));
    c.push_back(make("backtick unbalanced", same("`a")));
    c.push_back(make("backtick runs ``a`", same("``a`")));
    c.push_back(make("link [ unclosed", same("[a")));
    c.push_back(make("link [a]( unclosed", same("[a](b")));
    c.push_back(make("image ![ unclosed", same("![a")));
    c.push_back(make("nested brackets [[a]", same("[[a]")));
    c.push_back(make("links [a](/b)", [](int i) -> QByteArray { return "[a" + number(i) + "](/b" + number(i) + ")"; }));
    c.push_back(make("autolink < unclosed", same("<http://a.b")));
    c.push_back(make("inline tag <b unclosed", same("<b a=\"x\"")));
    c.push_back(make("inline tags <b>a", same("<b>a")));
    c.push_back(make("entities &amp", same("&amp &#1 &x")));
    c.push_back(make("backslashes \\*", same("\\*a\\")));
    c.push_back(make("strike ~~ unclosed", same("~~a")));
    c.push_back(
        make("urls for autolinking", [](int i) -> QByteArray { return "http://example.com/" + number(i) + " www.a.org"; }));
    c.push_back(make("twig {{ unclosed", same("{{ a")));
    c.push_back(make("twig links [a]({{ x }})", same("[a]({{ x }})")));
    c.push_back(make("twig images ![a]({{ x }})", same("![a]({{ x }})")));
    c.push_back(make("links after a twig link", same("[a](b) [b]("), true, true, "[t]({{ x }}) "));
    // Block constructs (nesting stays below the engine's depth cap of 32, where output would be flattened).
    c.push_back(make(
        "lists nested (sawtooth)", [](int i) -> QByteArray { return QByteArray(2 * (i % 16), ' ') + "- a"; }, false));
    c.push_back(make(
        "blockquotes nested", [](int i) -> QByteArray { return QByteArray("> ").repeated(i % 16) + "a"; }, false));
    c.push_back(make("fenced code unclosed", same("a"), true, true, "```\n"));
    c.push_back(make("fences opening", same("```"), false));
    c.push_back(make("html blocks unclosed <div>", same("<div>"), false));
    c.push_back(make("html block one <div>", same("a"), false, true, "<div>\n"));
    c.push_back(make("table columns", same("a |"), true, false, "", "\n",
        [](int n) -> QByteArray { return QByteArray("-|").repeated(n) + "\n" + QByteArray("b |").repeated(n); }));
    c.push_back(make("table rows", same("| a | b | c |"), false, true, "| h | h | h |\n| - | - | - |\n"));
    c.push_back(make("setext underlines", same("a\n==="), false));
    c.push_back(make(
        "reference definitions",
        [](int i) -> QByteArray { return "[r" + number(i) + "]: http://example.com/" + number(i) + "\n[x][r" + number(i) + "]"; },
        false));
    c.push_back(make(
        "reference uses", [](int i) -> QByteArray { return "[x][r" + number(i) + "]"; }, true, true, "[r1]: /a\n\n"));
    // Plugin links (rewritten before Markdown).
    c.push_back(make("plugin:youtube links", same("[plugin:youtube](https://www.youtube.com/watch?v=xxxx)")));
    c.push_back(make("plugin:page-inject links", same("[plugin:page-inject](/home)")));
    // Shortcodes.
    c.push_back(make("[owl-carousel] unclosed", same("[owl-carousel]")));
    c.push_back(make("[owl-carousel] nested", same("[owl-carousel]a"), true, true, "", "\n[/owl-carousel]"));
    c.push_back(make("[owl-carousel] pairs", same("[owl-carousel]a[/owl-carousel]")));
    c.push_back(make("[youtube] unclosed", same("[youtube]")));
    c.push_back(make("[youtube]x[/youtube]", same("[youtube]xxxx[/youtube]")));
    c.push_back(make("unknown [x]", same("[x]")));
    c.push_back(make("closers [/x]", same("[/x]")));
    // markdown-notices.
    c.push_back(make("notices !", same("! a"), false));
    c.push_back(make("notices !!!!", same("!!!! a"), false));
    // external_links.
    c.push_back(make("external links", [](int i) -> QByteArray { return "[a](http://example" + number(i % 97) + ".com/x)"; }));
    c.push_back(make("external <a> tags", same("<a href=\"http://example.org/\">a</a>")));
    c.push_back(make("unclosed <a tags", same("<a href=\"http://example.org/\"")));
    return c;
}

QByteArray input(const Construct &c, int n, Layout layout)
{
    QByteArray out = c.prefix;
    const char sep = layout == Layout::OneLine ? ' ' : '\n';
    for (int i = 0; i < n; ++i) {
        if (i)
            out += sep;
        out += c.element(i);
    }
    out += c.suffix;
    if (c.tail)
        out += c.tail(n);
    out += '\n';
    return out;
}

// CPU time of this thread, not wall time: on a shared machine the wall clock also counts the time other
// processes had the cores (the PHP side measures its CPU time too).
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double msOf(const std::function<void()> &work)
{
    const double start = threadCpuMs();
    work();
    return threadCpuMs() - start;
}

struct Row
{
    int n = 0;
    qsizetype bytes = 0;
    double ms = -1; // < 0: skipped (the previous size was over the budget)
    double previewMs = -1;
    double phpMs = -1;
    QByteArray html;
    QString file;
};

// Growth exponent between two sizes: log(t2/t1) / log(n2/n1); times under 0.5 ms are too noisy to say.
QByteArray exponent(double t1, int n1, double t2, int n2)
{
    if (t1 < 0 || t2 < 0 || t1 < 0.5)
        return "-";
    return QByteArray::number(std::log(t2 / t1) / std::log(double(n2) / n1), 'f', 2);
}

QByteArray cell(double ms)
{
    return ms < 0 ? QByteArray("skip") : QByteArray::number(ms, 'f', ms < 10 ? 2 : 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool full = false;
    bool php = true;
    QString only;
    double budgetMs = 1000;
    QString oracleDir = QStringLiteral(GRAVDESK_DEFAULT_SHARED_DIR "/oracle");
    QString phpExe = QStringLiteral("php");
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--full"))
            full = true;
        else if (a == QLatin1String("--no-php"))
            php = false;
        else if (a == QLatin1String("--only") && i + 1 < args.size())
            only = args.at(++i);
        else if (a == QLatin1String("--budget") && i + 1 < args.size())
            budgetMs = args.at(++i).toDouble();
        else if (a == QLatin1String("--oracle") && i + 1 < args.size())
            oracleDir = args.at(++i);
        else if (a == QLatin1String("--php") && i + 1 < args.size())
            phpExe = args.at(++i);
        else {
            std::fprintf(stderr,
                "usage: gravdesk-bench-linear [--full] [--no-php] [--only NAME] [--budget MS] [--oracle DIR] [--php PHP]\n");
            return 2;
        }
    }
    const QString harness = QStringLiteral(GRAVDESK_BENCH_DIR "/linear_oracle.php");
    if (php && !QFile::exists(oracleDir + QStringLiteral("/lib/bootstrap.php"))) {
        std::fprintf(stderr, "no oracle in %s (--oracle DIR, or --no-php)\n", qPrintable(oracleDir));
        return 2;
    }
    // Default: 1 000, 4 000, 16 000 repetitions; --full: 1 000 to 64 000, doubling.
    std::vector<int> sizes
        = full ? std::vector<int> {1000, 2000, 4000, 8000, 16000, 32000, 64000} : std::vector<int> {1000, 4000, 16000};
    QTemporaryDir work;
    const GravRenderer renderer; // siteless, like tst_render_fuzz's documents and the oracle without --pages-root
    RenderOptions content;
    content.language = QStringLiteral("ru");
    content.pageFolder = QStringLiteral("02.news/x");
    content.siteUrl = QStringLiteral("https://hemcenter.kz");
    content.summary = false;
    content.utf8 = true;
    content.maxMarkdownMs = 0; // the whole input, however long it takes
    RenderOptions preview = content;
    preview.summary = true;
    preview.sourceLines = true;
    preview.previewPlaceholders = true;

    std::printf("| construct | layout | n | bytes | GravDesk ms | exp | preview ms | exp | PHP ms | exp | ratio | same |\n");
    std::printf("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    std::fflush(stdout);
    int index = 0;
    for (const Construct &c : constructs()) {
        if (!only.isEmpty() && !QString::fromUtf8(c.name).contains(only, Qt::CaseInsensitive))
            continue;
        for (Layout layout : {Layout::OneLine, Layout::ManyLines}) {
            if ((layout == Layout::OneLine && !c.oneLine) || (layout == Layout::ManyLines && !c.manyLines))
                continue;
            std::vector<Row> rows;
            bool over = false;
            bool previewOver = false;
            QStringList files;
            for (int n : sizes) {
                Row r;
                r.n = n;
                const QByteArray text = input(c, n, layout);
                r.bytes = text.size();
                r.file = work.filePath(QStringLiteral("in-%1-%2.md").arg(index).arg(n));
                QFile f(r.file);
                if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                    return 1;
                f.close();
                files << r.file;
                // Best of up to 3 runs while the runs stay short.
                auto best = [&](const RenderOptions &o, QByteArray *html) {
                    double t = std::numeric_limits<double>::max();
                    for (int run = 0; run < 3; ++run) {
                        RenderResult result;
                        const double ms = msOf([&] { result = renderer.render(text, QString(), o); });
                        t = std::min(t, ms);
                        if (html)
                            *html = result.htmlUtf8;
                        if (ms > 200)
                            break;
                    }
                    return t;
                };
                if (!over) {
                    r.ms = best(content, &r.html);
                    over = r.ms > budgetMs;
                }
                if (!previewOver) {
                    r.previewMs = best(preview, nullptr);
                    previewOver = r.previewMs > budgetMs;
                }
                rows.push_back(r);
            }
            if (php) {
                QProcess p;
                p.start(phpExe, QStringList {harness, oracleDir, QString::number(budgetMs)} + files);
                // A PHP row over the budget stops after that size; a single run stuck in PCRE is cut off here.
                p.waitForFinished(int(std::max(60000.0, 20 * budgetMs)));
                if (p.state() != QProcess::NotRunning) {
                    p.kill();
                    p.waitForFinished();
                }
                const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
                for (std::size_t i = 0; i < rows.size() && int(i) < lines.size(); ++i) {
                    bool ok = false;
                    const double ms = lines.at(int(i)).toDouble(&ok);
                    if (ok)
                        rows[i].phpMs = ms;
                }
            }
            for (std::size_t i = 0; i < rows.size(); ++i) {
                const Row &r = rows[i];
                const Row *prev = i ? &rows[i - 1] : nullptr;
                QByteArray same = "-";
                if (r.phpMs >= 0 && r.ms >= 0) {
                    QFile h(r.file + QStringLiteral(".php.html"));
                    same = h.open(QIODevice::ReadOnly) && h.readAll() == r.html ? "yes" : "NO";
                }
                const QByteArray ratio
                    = r.ms >= 0 && r.phpMs > 0 ? QByteArray::number(r.ms / r.phpMs, 'f', 2) + "x" : QByteArray("-");
                std::printf("| %s | %s | %d | %lld | %s | %s | %s | %s | %s | %s | %s | %s |\n", c.name,
                    layout == Layout::OneLine ? "one line" : "many lines", r.n, static_cast<long long>(r.bytes),
                    cell(r.ms).constData(), prev ? exponent(prev->ms, prev->n, r.ms, r.n).constData() : "",
                    cell(r.previewMs).constData(), prev ? exponent(prev->previewMs, prev->n, r.previewMs, r.n).constData() : "",
                    php ? cell(r.phpMs).constData() : "-",
                    prev && php ? exponent(prev->phpMs, prev->n, r.phpMs, r.n).constData() : "", ratio.constData(),
                    same.constData());
            }
            std::fflush(stdout);
            ++index;
        }
    }
    return 0;
}
