// libFuzzer harness: the Grav renderer (GravRenderer::render) with its passes.
//
// Input: the bytes of a page file. Each input is rendered twice: by the site-less renderer (Parsedown 1.7.4 and
// Grav's passes, as a page of 02.news/x) and by a renderer over a small temporary site whose system.yaml turns
// `markdown.extra` on (ParsedownExtra 0.8.1); one of the two, chosen by the input's bytes, with the preview
// annotations (data-gd-line, placeholders). The Markdown time budget is off, so that a slow input is libFuzzer's
// timeout (-timeout) rather than a cut page. Never a crash, undefined behaviour, a hang or a leak, and for an
// input that is valid UTF-8 the HTML and the summary are valid UTF-8 (abort otherwise). An input that is not
// is rendered as Grav renders it, byte for byte: PHP's strings are bytes, and Parsedown passes the invalid
// sequences through (only its /u patterns fail on them, which the engine follows), so its output is not UTF-8
// either; the preview's QString results replace them.

#include "fuzzcheck.h"
#include "markdown/gravrenderer.h"
#include "page/envelope.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace GravDesk;

namespace {

struct Renderers
{
    QTemporaryDir site;
    GravRenderer siteless;
    std::unique_ptr<GravRenderer> extra;
    QString extraPage;
};

Renderers *renderers = nullptr;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

void check(const RenderResult &r, const QByteArray &input, const char *which)
{
    if (!isValidUtf8(input))
        return;
    FUZZ_CHECK(isValidUtf8(r.htmlUtf8),
        QStringLiteral("%1: the HTML is not valid UTF-8 (input %2 bytes)").arg(QString::fromLatin1(which)).arg(input.size()));
    FUZZ_CHECK(isValidUtf8(r.summaryUtf8), QStringLiteral("%1: the summary is not valid UTF-8").arg(QString::fromLatin1(which)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    renderers = new Renderers;
    std::atexit([] { delete renderers; }); // removes the temporary site when libFuzzer's run ends
    const QString root = renderers->site.path();
    const bool written = writeFile(root + QStringLiteral("/user/config/system.yaml"),
                             QByteArrayLiteral("languages:\n  supported: [kk, ru, en]\n  default_lang: kk\n"
                                               "pages:\n  markdown:\n    extra: true\n"))
        && writeFile(root + QStringLiteral("/user/pages/02.news/x/item.ru.md"), QByteArrayLiteral("---\ntitle: X\n---\n"))
        && writeFile(root + QStringLiteral("/user/pages/02.news/x/photo.jpg"), QByteArrayLiteral("\xFF\xD8\xFF\xD9"));
    const SiteLayout layout = locateSite(root);
    if (!renderers->site.isValid() || !written || !layout.isValid()) {
        std::fprintf(stderr, "fuzz_render: cannot write the temporary site in %s\n", qPrintable(root));
        std::abort();
    }
    renderers->extra = std::make_unique<GravRenderer>(scanSite(layout, SiteConfig::load(layout)));
    renderers->extra->setSnapshot(true);
    renderers->extraPage = layout.pagesDir + QStringLiteral("/02.news/x/item.ru.md");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    unsigned sum = 0;
    for (size_t i = 0; i < size; ++i)
        sum += data[i];
    const bool annotateFirst = (sum & 1) != 0;

    RenderOptions options;
    options.utf8 = true;
    options.maxMarkdownMs = 0;
    options.siteUrl = QStringLiteral("https://example.kz");

    RenderOptions plain = options;
    plain.pageFolder = QStringLiteral("02.news/x");
    plain.sourceLines = plain.previewPlaceholders = annotateFirst;
    check(renderers->siteless.render(input, QStringLiteral("item.en.md"), plain), input, "Parsedown");

    RenderOptions extra = options;
    extra.sourceLines = extra.previewPlaceholders = !annotateFirst;
    check(renderers->extra->render(input, renderers->extraPage, extra), input, "ParsedownExtra");
    return 0;
}
