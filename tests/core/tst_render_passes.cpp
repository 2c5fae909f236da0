// The post-Markdown passes on their own (external_links, shortcodes, youtube, summary, preview
// annotations): the edge cases their scanners must get right. The link, shortcode and youtube rows
// agree with the PHP oracle (grav-render.php --page-folder 02.news/x --lang ru on each input as a
// page, compared normalised) and are written in the exact bytes the renderer produces; untouched
// inputs must come back as they are, without a copy.

#include "markdown/externallinks.h"
#include "markdown/gravrenderer.h"
#include "markdown/parsedown.h"
#include "markdown/shortcodes.h"

#include <QTest>

using namespace GravDesk;
using namespace GravDesk::Markdown;

namespace {

// The plugin's defaults on the corpus site (its address is the production site's).
ExternalLinksOptions hemcenterLinks()
{
    ExternalLinksOptions o;
    o.siteUrl = QStringLiteral("https://hemcenter.kz");
    return o;
}

std::string_view viewOf(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()));
}

// A pass's result: its output when it changed something, else the input.
QByteArray passed(const QByteArray &in, bool changed, const std::string &out)
{
    return changed ? QByteArray(out.data(), static_cast<qsizetype>(out.size())) : in;
}

ShortcodeOptions siteShortcodes()
{
    ShortcodeOptions o;
    o.registeredNames
        = QStringLiteral("center left right justify color columns div h2 size span u owl-carousel raw").split(QChar(u' '));
    return o;
}

} // namespace

class TestRenderPasses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void externalLinks_data();
    void externalLinks();
    void externalLinksUntouchedWithoutLinks();
    void externalLinksManyOpenTags();
    void shortcodes_data();
    void shortcodes();
    void shortcodesUntouchedWithoutShortcodes();
    void youtube_data();
    void youtube();
    void youtubeUntouchedAndLineMap();
    void truncate_data();
    void truncate();
    void summaryTextLength();
    void twigPlaceholdersSkipTagsAndCode();
};

void TestRenderPasses::externalLinks_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("upper case and odd quoting")
        << QByteArray("<p><A HREF='https://x.org' class=' a  b '>x</A> <a\thref=https://x.org rel=\"me  nofollow me\">y</a></p>")
        << QByteArray("<p><a HREF='https://x.org' class=\"a b external-link no-image\" target=\"_blank\" rel=\"nofollow noopener "
                      "noreferrer\">x</a> <a href=https://x.org rel=\"me nofollow noopener noreferrer\" target=\"_blank\" "
                      "class=\"external-link no-image\">y</a></p>");
    QTest::newRow("start tag across lines") << QByteArray("<a\nhref=\"https://x.org\"\n>x</a>")
                                            << QByteArray("<a href=\"https://x.org\" target=\"_blank\" rel=\"nofollow noopener "
                                                          "noreferrer\" class=\"external-link no-image\">x</a>");
    QTest::newRow("body across lines stays")
        << QByteArray("<a href=\"https://x.org\">x\ny</a>") << QByteArray("<a href=\"https://x.org\">x\ny</a>");
    QTest::newRow("not a link tag")
        << QByteArray("<ab href=\"https://x.org\">x</ab> <a/href=\"https://x.org\">y</a> <abbr title=\"t\">z</abbr>")
        << QByteArray("<ab href=\"https://x.org\">x</ab> <a/href=\"https://x.org\">y</a> <abbr title=\"t\">z</abbr>");
    QTest::newRow("escaped link in code stays, raw one in code changes")
        << QByteArray("<code>&lt;a href=\"https://x.org\"&gt;x&lt;/a&gt;</code> <code><a href=\"https://x.org\">y</a></code>")
        << QByteArray("<code>&lt;a href=\"https://x.org\"&gt;x&lt;/a&gt;</code> <code><a href=\"https://x.org\" "
                      "target=\"_blank\" rel=\"nofollow noopener noreferrer\" class=\"external-link no-image\">y</a></code>");
    QTest::newRow("internal, excluded, mailto, empty")
        << QByteArray("<a href=\"HTTPS://HEMCENTER.KZ/ru\">i</a> <a class=\"exclude\" href=\"https://x.org\">e</a> <a "
                      "href=\"mailto:a@b.kz\">m</a> <a href=\"\">n</a> <a name=\"top\">t</a>")
        << QByteArray("<a href=\"HTTPS://HEMCENTER.KZ/ru\">i</a> <a class=\"exclude\" href=\"https://x.org\">e</a> <a "
                      "href=\"mailto:a@b.kz\" class=\"mailto\">m</a> <a href=\"\">n</a> <a name=\"top\">t</a>");
    QTest::newRow("not a listed scheme")
        << QByteArray("<a href=\"javascript:x\">j</a> <a href=\"//x.org/p\">p</a> <a href=\"/ru/news\">r</a>")
        << QByteArray("<a href=\"javascript:x\">j</a> <a href=\"//x.org/p\">p</a> <a href=\"/ru/news\">r</a>");
    QTest::newRow("image classes")
        << QByteArray("<a href=\"https://x.org\"><img src=\"a.png\" width=\"16\"></a> <a href=\"https://x.org\"><img "
                      "style=\"height: 2pt\" src=\"b\"></a> <a href=\"https://x.org\">x <img src=\"c\"></a> <a "
                      "href=\"https://x.org\"> <img src=\"d\"> <IMG src=\"e\"> </a>")
        << QByteArray(
               "<a href=\"https://x.org\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" class=\"external-link "
               "icon\">\n  <img src=\"a.png\" width=\"16\" />\n</a> <a href=\"https://x.org\" target=\"_blank\" "
               "rel=\"nofollow noopener noreferrer\" class=\"external-link icon\">\n  <img style=\"height: 2pt\" src=\"b\" "
               "/>\n</a> <a href=\"https://x.org\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" "
               "class=\"external-link image\">x <img src=\"c\" /></a> <a href=\"https://x.org\" target=\"_blank\" "
               "rel=\"nofollow noopener noreferrer\" class=\"external-link images\"> <img src=\"d\" /> <img src=\"e\" /> "
               "</a>");
    QTest::newRow("entities in attributes")
        << QByteArray("<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\" class=\"&lt;x&gt;\">e</a>")
        << QByteArray("<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\" class=\"&lt;x&gt; external-link no-image\" "
                      "target=\"_blank\" rel=\"nofollow noopener noreferrer\">e</a>");
    QTest::newRow("first closing tag ends the link")
        << QByteArray("<a href=\"https://x.org\">a</a>b</a> <a href=\"https://x.org\"><a href=\"https://y.org\">c</a>")
        << QByteArray("<a href=\"https://x.org\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" class=\"external-link "
                      "no-image\">a</a>b</a> <a href=\"https://x.org\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" "
                      "class=\"external-link no-image\"></a><a href=\"https://y.org\">c</a>");
    QTest::newRow("elements only: one a line")
        << QByteArray("<a href=\"/ru/y\"><strong><em>x</em></strong></a>z")
        << QByteArray("<a href=\"/ru/y\">\n  <strong>\n    <em>x</em>\n  </strong>\n</a>z");
    QTest::newRow("comment, void and empty elements")
        << QByteArray("<a href=\"/y\"><!-- c --><br><EM>q</EM><span/><wbr><code>x</code></a>")
        << QByteArray("<a href=\"/y\">\n  <!-- c -->\n  <br />\n  <em>q</em>\n  <span></span>\n  <wbr>\n    <code>x</code>\n  "
                      "</wbr>\n</a>");
    QTest::newRow("nested link: the fragment closes at the first end tag")
        << QByteArray("<a href=\"/ru/y\"><em><a href=\"http://a.kz\">http://a.kz</a></em> y</a>")
        << QByteArray("<a href=\"/ru/y\">\n  <em>\n    <a href=\"http://a.kz\">http://a.kz</a>\n  </em>\n</a></em> y</a>");
    QTest::newRow("stray end tags dropped, open ones closed")
        << QByteArray("<em><a href=\"x\"></em>b</a> <a href=\"/y\"><b><i>q</b>r</a>")
        << QByteArray("<em><a href=\"x\">b</a> <a href=\"/y\"><b><i>q</i></b>r</a>");
    QTest::newRow("self-closed link start tag") << QByteArray("<a href=\"/y\"/>text</a> <a href=/y/>text</a>")
                                                << QByteArray("<a href=\"/y\"></a>text <a href=/y/>text</a>");
    QTest::newRow("character references without digits dropped")
        << QByteArray("<a href=\"x\">a&#xZZ;b&#;c&#Q&#</a>") << QByteArray("<a href=\"x\">aZZ;bcQ</a>");
    QTest::newRow("text decoded and escaped again")
        << QByteArray("<a href=\"/y\">[span class=&quot;x&quot;]a &#039;&#91;&#x41F;&#0; &amp; &lt;b&gt; a > b &c\r</a>")
        << QByteArray("<a href=\"/y\">[span class=\"x\"]a '[\xd0\x9f &amp; &lt;b&gt; a &gt; b &amp;c&#13;</a>");
    QTest::newRow("duplicate attributes: the first wins")
        << QByteArray("<a href=\"https://x.org\" href=\"/local\" CLASS=\"one\" class=\"two\">d</a>")
        << QByteArray("<a href=\"https://x.org\" class=\"one external-link no-image\" target=\"_blank\" rel=\"nofollow noopener "
                      "noreferrer\">d</a>");
    QTest::newRow("an attribute ending in a multibyte character keeps it")
        << QByteArray("<a href=\"https://x.org\"><img src=\"a.jpg\" title=\xC3\xA0></a>")
        << QByteArray("<a href=\"https://x.org\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" class=\"external-link "
                      "image\">\n  <img src=\"a.jpg\" title=\xC3\xA0 />\n</a>");
    QTest::newRow("unterminated tags")
        << QByteArray("<a href=\"https://x.org\" <a href=\"https://y.org\">x</a> <a href=\"https://z.org\">no end")
        << QByteArray("<a href=\"https://x.org\" <a target=\"_blank\" rel=\"nofollow noopener noreferrer\" class=\"external-link "
                      "no-image\">x</a> <a href=\"https://z.org\">no end");
}

void TestRenderPasses::externalLinks()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    std::string out;
    const bool changed = externalLinksPass(viewOf(html), hemcenterLinks(), out);
    QCOMPARE(passed(html, changed, out), expected);
}

void TestRenderPasses::externalLinksUntouchedWithoutLinks()
{
    for (const char *html :
        {"<p>text <b>bold</b> <abbr>x</abbr></p>", "", "<", "<a", "<a href=\"https://x.org\">x", "text</a>"}) {
        std::string out = "untouched";
        QVERIFY(!externalLinksPass(html, hemcenterLinks(), out)); // nothing written, not even a copy
        QCOMPARE(out, std::string("untouched"));
    }
}

// Open tags that never close on their line: each one is looked at once, and nothing changes.
void TestRenderPasses::externalLinksManyOpenTags()
{
    const QByteArray in = QByteArray("<a ").repeated(50000) + "x\n</a> " + QByteArray("<a>").repeated(50000) + "\n</a>";
    std::string out;
    QVERIFY(!externalLinksPass(viewOf(in), hemcenterLinks(), out));
}

void TestRenderPasses::shortcodes_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("brackets without a shortcode") << QByteArray("<p>[1] and [ ] and a [b and c] d [/x] \\[center]e</p>")
                                                  << QByteArray("<p>[1] and [ ] and a [b and c] d [/x] \\[center]e</p>");
    QTest::newRow("nested") << QByteArray("[center][u]x[/u] [color=red]r[/color][/center]")
                            << QByteArray("<div style=\"text-align: center;\"><span style=\"text-decoration: "
                                          "underline;\">x</span> <span style=\"color: red;\">r</span></div>");
    QTest::newRow("unclosed") << QByteArray("[div class=\"a\"] text [span]s[/span]")
                              << QByteArray("<div  class=\"a\"></div> text <span   >s</span>");
    QTest::newRow("crossed closing tags")
        << QByteArray("[center][left]a[/center][/left]")
        << QByteArray("<div style=\"text-align: center;\"><div style=\"text-align: left;\"></div>a</div>[/left]");
    QTest::newRow("raw protects its content")
        << QByteArray("[raw] [center]kept[/center] [/raw]") << QByteArray("[center]kept[/center]");
    QTest::newRow("raw trims white space, not the end of a multibyte character")
        << QByteArray("[raw] x \xC3\xA0\n[/raw]") << QByteArray("x \xC3\xA0");
    QTest::newRow("parameters and quoting")
        << QByteArray("[div class=\"a b\" id=x style='c']d[/div] [div a=\"unterminated]x[/div]")
        << QByteArray("<div  id=\"x\"  class=\"a b\" style=\"'c'\">d</div> [div a=\"unterminated]x[/div]");
    QTest::newRow("unknown names keep their text, content processed")
        << QByteArray("[unknown a=b][u]x[/u][/unknown] [x.y]z[/x.y]")
        << QByteArray("[unknown a=b]<span style=\"text-decoration: underline;\">x</span>[/unknown] [x.y]z[/x.y]");
    QTest::newRow("self-closing and bbcode")
        << QByteArray("[span/] [size=20]big[/size] [h2 id=t]H[/h2] [h7]no[/h7]")
        << QByteArray("<span   ></span> <span style=\"font-size: 20px;\">big</span> <h2 id=\"t\" >H</h2> [h7]no[/h7]");
    QTest::newRow("owl-carousel") << QByteArray(
        "[owl-carousel items=1]\n<p><img src=\"a.jpg\" alt=\"\" />\n<img src=\"b.jpg\" alt=\"\" /></p>\n[/owl-carousel]")
                                  << QByteArray("<div class=\"owl-carousel owl-theme\" id=\"owl-1\">\n    <img src=\"a.jpg\" "
                                                "alt=\"\" />\n<img src=\"b.jpg\" alt=\"\" />\n\n</div>\n\n");
}

void TestRenderPasses::shortcodes()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    ShortcodeProcessor processor(siteShortcodes());
    std::string out;
    const bool changed = processor.process(viewOf(html), out);
    QCOMPARE(passed(html, changed, out), expected);
}

void TestRenderPasses::shortcodesUntouchedWithoutShortcodes()
{
    for (const char *html : {"<p>no brackets</p>", "[", "[ ]", "a [ b", "[/x]", "[x y", "\\[center]x[/center"}) {
        ShortcodeProcessor processor(siteShortcodes());
        std::string out = "untouched";
        QVERIFY(!processor.process(html, out));
        QCOMPARE(out, std::string("untouched"));
        QVERIFY(processor.warnings().isEmpty());
    }
}

void TestRenderPasses::youtube_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("case-insensitive, with size")
        << QByteArray("a [PLUGIN:YouTube](https://youtu.be/TvF1rKuCeCE?size=640,360) b")
        << QByteArray("a <div class=\"grav-youtube-wrapper \">\n  <div class=\"grav-youtube\">\n      <iframe "
                      "src=\"https://www.youtube.com/embed/TvF1rKuCeCE\" frameborder=\"0\" allowfullscreen></iframe>\n  "
                      "</div>\n</div> b");
    QTest::newRow("not a youtube URL stays")
        << QByteArray("[plugin:youtube](https://example.com/x) [plugin: youtube](https://youtu.be/TvF1rKuCeCE)")
        << QByteArray("[plugin:youtube](https://example.com/x) [plugin: youtube](https://youtu.be/TvF1rKuCeCE)");
    QTest::newRow("watch URL, two on a line")
        << QByteArray("[plugin:youtube](https://www.youtube.com/watch?v=TvF1rKuCeCE)[plugin:youtube](https://www.youtube.com/"
                      "embed/abcdefghijk)")
        << QByteArray(
               "<div class=\"grav-youtube-wrapper \">\n  <div class=\"grav-youtube\">\n      <iframe "
               "src=\"https://www.youtube.com/embed/abcdefghijk\" frameborder=\"0\" allowfullscreen></iframe>\n  </div>\n</div>");
}

void TestRenderPasses::youtube()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, expected);
    std::string out;
    const bool changed = youtubeRawPass(viewOf(markdown), out);
    QCOMPARE(passed(markdown, changed, out), expected);
}

void TestRenderPasses::youtubeUntouchedAndLineMap()
{
    QVector<int> lines;
    std::string out = "untouched";
    QVERIFY(!youtubeRawPass("a: b\nplugin: c\n[plugin:vimeo](x)\n", out, &lines));
    QCOMPARE(out, std::string("untouched"));
    QCOMPARE(lines, QVector<int>({0, 1, 2, 3}));
    // the embed's five lines all come from the tag's line
    QVERIFY(youtubeRawPass("x\n[plugin:youtube](https://youtu.be/TvF1rKuCeCE)\ny", out, &lines));
    QCOMPARE(lines, QVector<int>({0, 1, 1, 1, 1, 1, 2}));
}

void TestRenderPasses::truncate_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("self-closing and void tags") << QByteArray("<p>One<br/>two <img src=\"x\"> three <span/>four five six</p>")
                                                << QByteArray("<p>One<br/>two <img src=\"x\"> thre...</p>");
    QTest::newRow("lone brackets and comments")
        << QByteArray("<p>a < b <!-- c --> d </x e f g h i j k</p>") << QByteArray("<p>a < b <!-- c --> d </x e f g h i j k</p>");
}

void TestRenderPasses::truncate()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QCOMPARE(truncateHtml(QString::fromUtf8(html), 12).toUtf8(), expected);
}

// The text length decides whether the summary is cut: tags do not count, a `<` without `>` does.
void TestRenderPasses::summaryTextLength()
{
    const QString html = QStringLiteral("<p>12345</p><p>67890</p>");
    QCOMPARE(gravSummary(html, QStringLiteral("==="), true, QStringLiteral("long"), 10), html);
    QCOMPARE(
        gravSummary(html, QStringLiteral("==="), true, QStringLiteral("long"), 9), QStringLiteral("<p>12345</p><p>6789...</p>"));
    const QString lone = QStringLiteral("<p>1 < 2 and more</p>");
    QCOMPARE(gravSummary(lone, QStringLiteral("==="), true, QStringLiteral("long"), 20), lone);
}

void TestRenderPasses::twigPlaceholdersSkipTagsAndCode()
{
    const QByteArray in = "<p title=\"{{ a }}\">{{ b }}</p><pre>{{ c }}</pre><code>{% d %}</code>{# e #}";
    std::string out;
    QVERIFY(twigPlaceholders(viewOf(in), out));
    QCOMPARE(passed(in, true, out),
        QByteArray(
            "<p title=\"{{ a }}\"><span class=\"gd-placeholder\" data-gd-kind=\"twig\">{{ b }}</span></p><pre>{{ c }}</pre>"
            "<code>{% d %}</code><span class=\"gd-placeholder\" data-gd-kind=\"twig\">{# e #}</span>"));
    out = "untouched";
    QVERIFY(!twigPlaceholders("<p>no twig</p>", out));
    QCOMPARE(out, std::string("untouched"));
}

QTEST_GUILESS_MAIN(TestRenderPasses)
#include "tst_render_passes.moc"
