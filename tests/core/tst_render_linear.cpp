// Rendering cost grows linearly with the input on the inputs that once made a pass quadratic: each is
// rendered at n and 8n repetitions in this process and the CPU times are compared. Linear work gives a
// ratio near 8 and quadratic work 64; the bound (32) leaves room for cache effects and a loaded machine
// on both sides. No absolute time is asserted (machines differ); bench/bench_linear.cpp measures every
// construct, with PHP next to it.

#include "markdown/gravrenderer.h"

#include <QTest>

#include <algorithm>
#include <ctime>
#include <limits>

using namespace GravDesk;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

QByteArray repeated(const QByteArray &unit, int n, char separator)
{
    QByteArray out;
    out.reserve((unit.size() + 1) * n + 1);
    for (int i = 0; i < n; ++i) {
        if (i)
            out += separator;
        out += unit;
    }
    out += '\n';
    return out;
}

} // namespace

class TestRenderLinear : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growth_data();
    void growth();

private:
    GravRenderer m_renderer; // siteless
};

void TestRenderLinear::growth_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<char>("separator");
    QTest::newRow("plugin:youtube links on a line")
        << QByteArray("[plugin:youtube](https://www.youtube.com/watch?v=xxxx)") << ' ';
    QTest::newRow("unclosed links on many lines") << QByteArray("[a](b") << '\n';
    QTest::newRow("unclosed ~~ on a line") << QByteArray("~~a") << ' ';
    QTest::newRow("unclosed autolinks on a line") << QByteArray("<http://a.b") << ' ';
    QTest::newRow("unclosed autolinks on many lines") << QByteArray("<http://a.b") << '\n';
    QTest::newRow("unclosed <a tags on a line") << QByteArray("<a href=\"http://example.org/\"") << ' ';
    QTest::newRow("external <a> tags on a line") << QByteArray("<a href=\"http://example.org/\">a</a>") << ' ';
    QTest::newRow("unclosed e-mail tags") << QByteArray("<a@b") << ' ';
    QTest::newRow("unclosed {{ on a line") << QByteArray("{{ a") << ' ';
    QTest::newRow("Twig links on a line") << QByteArray("[a]({{ x }})") << ' ';
    QTest::newRow("Twig images on many lines") << QByteArray("![a]({{ x }})") << '\n';
    QTest::newRow("unclosed _ on a line") << QByteArray("_a") << ' ';
    QTest::newRow("unclosed [owl-carousel] on a line") << QByteArray("[owl-carousel]") << ' ';
}

void TestRenderLinear::growth()
{
    QFETCH(QByteArray, unit);
    QFETCH(char, separator);
    RenderOptions options;
    options.language = QStringLiteral("ru");
    options.pageFolder = QStringLiteral("02.news/x");
    options.siteUrl = QStringLiteral("https://hemcenter.kz");
    options.summary = true;
    options.sourceLines = true; // the preview's passes too
    options.previewPlaceholders = true;
    options.maxMarkdownMs = 0; // no budget: the whole input is rendered
    const int n = 4000;
    const QByteArray small = repeated(unit, n, separator);
    const QByteArray large = repeated(unit, 8 * n, separator);
    // The best of five runs of each size, alternating, so that a busy moment of the machine hits both.
    double tSmall = std::numeric_limits<double>::max();
    double tLarge = std::numeric_limits<double>::max();
    for (int run = 0; run < 5; ++run) {
        for (const QByteArray *text : {&small, &large}) {
            const double start = threadCpuMs();
            const RenderResult result = m_renderer.render(*text, QString(), options);
            const double ms = threadCpuMs() - start;
            QVERIFY(result.ok);
            double &best = text == &small ? tSmall : tLarge;
            best = std::min(best, ms);
        }
    }
    const double ratio = tLarge / std::max(tSmall, 0.05);
    qInfo("8x the input: %.1fx the CPU time (%.2f ms, %.2f ms)", ratio, tSmall, tLarge);
    QVERIFY2(ratio < 32,
        qPrintable(QStringLiteral("8x the input took %1x the CPU time (%2 ms, %3 ms): not linear")
                       .arg(ratio, 0, 'f', 1)
                       .arg(tSmall, 0, 'f', 2)
                       .arg(tLarge, 0, 'f', 2)));
}

QTEST_GUILESS_MAIN(TestRenderLinear)
#include "tst_render_linear.moc"
