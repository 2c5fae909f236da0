// Preview annotations of the Grav renderer (RenderOptions::sourceLines, previewPlaceholders): the
// contract the preview codes against. With both options off the output must stay Grav's.

#include "markdown/gravrenderer.h"
#include "site/pageindex.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace GravDesk;

namespace {

RenderResult renderRu(const QByteArray &page, bool lines, bool placeholders)
{
    static const GravRenderer renderer; // built-in site configuration: kk, ru, en
    RenderOptions o;
    o.pageFolder = QStringLiteral("02.news/x");
    o.language = QStringLiteral("ru");
    o.sourceLines = lines;
    o.previewPlaceholders = placeholders;
    return renderer.render(page, QString(), o);
}

// The same in a real site whose page folder 02.news/x holds a.jpg and b.jpg (page media).
RenderResult renderInSite(const QByteArray &page, bool lines, bool placeholders)
{
    static TempSite site;
    static std::unique_ptr<GravRenderer> renderer;
    static QString file;
    if (!renderer) {
        site.writeDefaultConfig();
        file = site.writePage(QStringLiteral("02.news/x/item.ru.md"), "---\ntitle: x\n---\n\nx\n");
        site.writePage(QStringLiteral("02.news/x/a.jpg"), "jpg");
        site.writePage(QStringLiteral("02.news/x/b.jpg"), "jpg");
        const SiteLayout layout = locateSite(site.root());
        renderer = std::make_unique<GravRenderer>(scanSite(layout, SiteConfig::load(layout)));
    }
    RenderOptions o;
    o.sourceLines = lines;
    o.previewPlaceholders = placeholders;
    return renderer->render(page, file, o);
}

// A five-line header: the body's first line is line 6 of the file.
const QByteArray kHeader = "---\ntitle: 'T'\npublished: true\n---\n\n";

} // namespace

class TestRenderPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceLines_data();
    void sourceLines();
    void placeholders_data();
    void placeholders();
    void offByDefault_data();
    void offByDefault();
    void imageActionCalls();
    void corpusPagesOnlyGainAttributes();
};

void TestRenderPreview::sourceLines_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("html");

    QTest::newRow("headings and paragraphs")
        << QByteArray("# Title\n\nfirst line\nsecond line\n\nafter\n")
        << QStringLiteral("<h1 data-gd-line=\"6\">Title</h1>\n<p data-gd-line=\"8\">first line\nsecond line</p>\n"
                          "<p data-gd-line=\"11\">after</p>");
    QTest::newRow("setext heading starts at its paragraph") << QByteArray(
        "one\ntwo\n===\n\nnext\n") << QStringLiteral("<h1 data-gd-line=\"6\">one\ntwo</h1>\n<p data-gd-line=\"10\">next</p>");
    QTest::newRow("lists, nested items unnumbered")
        << QByteArray("- a\n- b\n  - c\n\n1. x\n2. y\n")
        << QStringLiteral("<ul data-gd-line=\"6\">\n<li>a</li>\n<li>b\n<ul>\n<li>c</li>\n</ul></li>\n</ul>\n"
                          "<ol data-gd-line=\"10\">\n<li>x</li>\n<li>y</li>\n</ol>");
    QTest::newRow("table starts at its header row")
        << QByteArray("text\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        << QStringLiteral("<p data-gd-line=\"6\">text</p>\n<table data-gd-line=\"8\">\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n"
                          "</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>");
    QTest::newRow("fenced code, rule, quote")
        << QByteArray("```php\nx\n\ny\n```\n\n---\n\n> q\n> r\n")
        << QStringLiteral("<pre data-gd-line=\"6\"><code class=\"language-php\">x\n\ny</code></pre>\n<hr data-gd-line=\"12\" />\n"
                          "<blockquote data-gd-line=\"14\">\n<p>q\nr</p>\n</blockquote>");
    QTest::newRow("HTML block across blank lines")
        << QByteArray("<div class=\"x\">\n\n*raw*\n\n</div>\nafter\n")
        << QStringLiteral("<div data-gd-line=\"6\" class=\"x\">\n\n*raw*\n\n</div>\n<p data-gd-line=\"11\">after</p>");
    QTest::newRow("notice") << QByteArray("intro\n\n! Note **this**\n! more\n")
                            << QStringLiteral(
                                   "<p data-gd-line=\"6\">intro</p>\n<div data-gd-line=\"8\" class=\"notices yellow\">\n"
                                   "<p>Note <strong>this</strong>\nmore</p>\n</div>");
    QTest::newRow("summary delimiter still removed") << QByteArray(
        "lead\n\n===\n\nrest\n") << QStringLiteral("<p data-gd-line=\"6\">lead</p>\n\n<p data-gd-line=\"10\">rest</p>");
    QTest::newRow("site: owl carousel: the outer div carries the tag's line")
        << QByteArray("text\n\n[owl-carousel items=1 loop=true]\n![](a.jpg)\n![](b.jpg)\n[/owl-carousel]\n\nafter\n")
        << QStringLiteral(
               "<p data-gd-line=\"6\">text</p>\n<div data-gd-line=\"8\" class=\"owl-carousel owl-theme\" id=\"owl-1\">\n"
               "    <img alt=\"\" src=\"/user/pages/02.news/x/a.jpg\" />\n<img alt=\"\" src=\"/user/pages/02.news/x/b.jpg\" />\n"
               "\n</div>\n\n\n<p data-gd-line=\"13\">after</p>");
    QTest::newRow("center shortcode wraps its paragraph")
        << QByteArray("[center]\npara\n[/center]\n")
        << QStringLiteral("<div data-gd-line=\"6\" style=\"text-align: center;\">\n<p data-gd-line=\"7\">para</p>\n</div>");
    QTest::newRow("youtube embed keeps later lines right")
        << QByteArray("[plugin:youtube](https://youtu.be/abcdefghijk)\n\nafter\n") << QString();
}

void TestRenderPreview::sourceLines()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, html);
    const RenderResult r = QByteArray(QTest::currentDataTag()).startsWith("site:") ? renderInSite(kHeader + body, true, false)
                                                                                   : renderRu(kHeader + body, true, false);
    if (html.isNull()) { // only the line of the paragraph after the embed is checked
        QVERIFY2(r.html.endsWith(QStringLiteral("<p data-gd-line=\"8\">after</p>")), qPrintable(r.html));
        return;
    }
    QCOMPARE(r.html, html);
}

void TestRenderPreview::placeholders_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("html");
    QTest::newRow("twig line") << QByteArray("{{ page.title }}\n")
                               << QStringLiteral("<div class=\"gd-placeholder\" data-gd-kind=\"twig\">{{ page.title }}</div>");
    QTest::newRow("twig tag line escaped") << QByteArray(
        "{% if a < b %}\n") << QStringLiteral("<div class=\"gd-placeholder\" data-gd-kind=\"twig\">{% if a &lt; b %}</div>");
    QTest::newRow("inline twig")
        << QByteArray("Hello {{ user.name }} and {# note #}.\n")
        << QStringLiteral("<p>Hello <span class=\"gd-placeholder\" data-gd-kind=\"twig\">{{ user.name }}</span> and "
                          "<span class=\"gd-placeholder\" data-gd-kind=\"twig\">{# note #}</span>.</p>");
    QTest::newRow("twig in code stays") << QByteArray("`{{ x }}`\n") << QStringLiteral("<p><code>{{ x }}</code></p>");
    QTest::newRow("twig link target stays in the attribute")
        << QByteArray("[a]({{ url }})\n") << QStringLiteral("<p><a href=\"{{ url }}\">a</a></p>");
    QTest::newRow("inline shortcode not emulated")
        << QByteArray("Call [fa icon=\"phone\" /] now\n")
        << QStringLiteral(
               "<p>Call <span class=\"gd-placeholder\" data-gd-kind=\"shortcode\">[fa icon=\"phone\" /]</span> now</p>");
    QTest::newRow("block shortcode not emulated, content rendered")
        << QByteArray("[details summary=\"More\"]\ninner *text*\n[/details]\n")
        << QStringLiteral(
               "<div class=\"gd-placeholder\" data-gd-kind=\"shortcode\">[details summary=\"More\"]</div>\n"
               "<p>inner <em>text</em></p>\n<div class=\"gd-placeholder\" data-gd-kind=\"shortcode\">[/details]</div>");
    QTest::newRow("unregistered names are text in Grav too")
        << QByteArray("See [1] and [sic]\n") << QStringLiteral("<p>See [1] and [sic]</p>");
    QTest::newRow("emulated shortcode rendered")
        << QByteArray("[u]x[/u]\n") << QStringLiteral("<p><span style=\"text-decoration: underline;\">x</span></p>");
}

void TestRenderPreview::placeholders()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, html);
    QCOMPARE(renderRu(kHeader + body, false, true).html, html);
}

void TestRenderPreview::offByDefault_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("blocks") << QByteArray(
        "# T\n\npara\n\n- a\n\n| a |\n|---|\n| 1 |\n\n```\nx\n```\n\n<div>\n\nx\n</div>\n! n\n");
    QTest::newRow("twig and shortcodes") << QByteArray("{{ x }}\n\nHi {{ y }} [fa icon=x /]\n\n[details]\nx\n[/details]\n");
    QTest::newRow("owl") << QByteArray(
        "[owl-carousel items=1]\n![](a.jpg)\n![](b.jpg?cropResize=300,200&quality=80)\n[/owl-carousel]\n");
}

void TestRenderPreview::offByDefault()
{
    QFETCH(QByteArray, body);
    const RenderResult plain = renderInSite(kHeader + body, false, false);
    QVERIFY(!plain.html.contains(QStringLiteral("data-gd-")));
    QVERIFY(!plain.html.contains(QStringLiteral("gd-placeholder")));
    QVERIFY(plain.html.contains(QStringLiteral("data-grav-actions")) == body.contains("cropResize"));
    QVERIFY(!plain.html.contains(QStringLiteral("cropResize(")));
    // line numbers only add attributes: without them the output is Grav's
    QString lines = renderInSite(kHeader + body, true, false).html;
    QVERIFY(lines.contains(QStringLiteral("data-gd-line")));
    lines.remove(QRegularExpression(QStringLiteral(" data-gd-line=\"[0-9]+\"")));
    QCOMPARE(lines, plain.html);
}

void TestRenderPreview::imageActionCalls()
{
    // (Grav rebuilds the query: a valueless action reads `=1`, so it is a call with argument 1)
    const QByteArray body = "![a](b.jpg?cropResize=300,200&quality=80&grayscale)\n";
    const RenderResult grav = renderInSite(kHeader + body, false, false);
    QVERIFY2(grav.html.contains(QStringLiteral("data-grav-actions=\"cropResize=300,200&amp;quality=80&amp;grayscale=1\"")),
        qPrintable(grav.html));
    const RenderResult preview = renderInSite(kHeader + body, false, true);
    QVERIFY2(preview.html.contains(QStringLiteral("data-grav-actions=\"cropResize(300,200);quality(80);grayscale(1)\"")),
        qPrintable(preview.html));
}

// Every page of the corpus: with sourceLines the output is Grav's plus data-gd-line attributes, and each
// line number points at a non-blank line of the file.
void TestRenderPreview::corpusPagesOnlyGainAttributes()
{
    const QString root = TestPaths::corpusDir();
    if (!QFileInfo::exists(root + QStringLiteral("/user/pages")))
        QSKIP("corpus not available");
    const SiteLayout layout = locateSite(root);
    const GravRenderer renderer(scanSite(layout, SiteConfig::load(layout)));
    static const QRegularExpression attr(QStringLiteral(" data-gd-line=\"([0-9]+)\""));
    int pages = 0, annotated = 0;
    QDirIterator it(layout.pagesDir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QList<QByteArray> fileLines = bytes.split('\n');
        RenderOptions o;
        const QString plain = renderer.render(bytes, path, o).html;
        o.sourceLines = true;
        QString lines = renderer.render(bytes, path, o).html;
        auto m = attr.globalMatch(lines);
        while (m.hasNext()) {
            const int n = m.next().captured(1).toInt();
            QVERIFY2(n >= 1 && n <= fileLines.size() && !fileLines.at(n - 1).trimmed().isEmpty(), qPrintable(path));
            ++annotated;
        }
        lines.remove(attr);
        QVERIFY2(lines == plain, qPrintable(path));
        o.previewPlaceholders = true;
        QVERIFY(renderer.render(bytes, path, o).ok);
        ++pages;
    }
    QVERIFY(pages > 100);
    QVERIFY(annotated > pages);
}

QTEST_GUILESS_MAIN(TestRenderPreview)
#include "tst_render_preview.moc"
