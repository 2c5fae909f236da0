// gravdesk-bench-typograph [--runs R] [--site DIR]: the cost of one typograph pass (Typograph::edits on a
// whole body, what as-you-type does on each trigger key and Typograph This Post does once) on synthetic
// ru/kk bodies of 10 KB and 100 KB and, with --site, on every page body of a site; prints ms per pass.

#include "page/envelope.h"
#include "text/typograph.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <limits>

using namespace GravDesk;

namespace {

// News-like prose with the constructs the typograph reads: quotes, dashes, short words, units, links, code, a gallery.
QString syntheticBody(int bytes)
{
    const QString paragraph = QStringLiteral(
        "В программе \"Школа пациентов\" приняли участие 12 врачей из городов Казахстана - Астана, Алматы и Шымкент. "
        "Доза 5 мг, рост на 10 % за год... Подробнее на [сайте](https://hemcenter.kz/ru/news \"Новости\") и в `коде`.\n\n"
        "Бағдарламаға \"Жедел лейкоз\" тақырыбы бойынша 20 дәрігер қатысты - бұл маңызды оқиға.\n\n"
        "[owl-carousel items=1 margin=10]\n![Фото](photo-1.jpg)\n![Фото](photo-2.jpg)\n[/owl-carousel]\n\n");
    QString body = QStringLiteral("Анонс.\n\n===\n\n");
    while (body.toUtf8().size() < bytes)
        body += paragraph;
    return body;
}

double msPerPass(const QString &body, int runs)
{
    Typograph::edits(body, QStringLiteral("ru")); // warm-up: static tables and regular expressions
    double best = std::numeric_limits<double>::max();
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const auto edits = Typograph::edits(body, QStringLiteral("ru"));
        best = std::min(best, static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (edits.isEmpty())
            std::fputs("unexpected: no edits\n", stderr);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 20;
    QString site;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--site") == 0 && i + 1 < argc)
            site = QString::fromLocal8Bit(argv[++i]);
    }
    std::printf("%10s %14s\n", "body", "ms per pass");
    for (const int kb : {10, 100}) {
        const QString body = syntheticBody(kb * 1024);
        std::printf("%7d KB %14.3f\n", kb, msPerPass(body, runs));
    }
    if (!site.isEmpty()) {
        int files = 0;
        double total = 0, worst = 0;
        QDirIterator it(site, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString body = QString::fromUtf8(splitEnvelope(f.readAll()).body);
            QElapsedTimer t;
            t.start();
            Typograph::edits(body, QStringLiteral("ru"));
            const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
            total += ms;
            worst = std::max(worst, ms);
            ++files;
        }
        std::printf("%d page files: %.3f ms on average, %.3f ms at most\n", files, files ? total / files : 0.0, worst);
    }
    return 0;
}
