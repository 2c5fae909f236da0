// The Grav renderer on hand-written inputs: expectations taken from the PHP oracle (grav-render.php
// --page-folder 02.news/x --lang ru) and checked against the Grav/Parsedown sources, plus hostile
// inputs that must stay bounded in time and size.

#include "markdown/gravlinks.h"
#include "markdown/gravrenderer.h"
#include "site/pageindex.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <utime.h>
#endif

using namespace GravDesk;

namespace {

RenderResult renderRu(const QByteArray &markdown, RenderOptions options = {})
{
    static const GravRenderer renderer; // built-in site configuration: kk, ru, en
    options.pageFolder = QStringLiteral("02.news/x");
    options.language = QStringLiteral("ru");
    if (options.siteUrl.isNull())
        options.siteUrl = QStringLiteral("https://hemcenter.kz"); // the corpus site's address, as the oracle's default
    return renderer.render(markdown, QString(), options);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Makes a folder look as if it had last changed an hour ago (so a renderer trusts its cached listing).
void ageFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const time_t hourAgo = QDateTime::currentSecsSinceEpoch() - 3600;
    const utimbuf times {hourAgo, hourAgo};
    QCOMPARE(::utime(QFile::encodeName(folder).constData(), &times), 0);
#else
    Q_UNUSED(folder);
#endif
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialect_data();
    void dialect();
    void parseUrl_data();
    void parseUrl();
    void owlIdsCountInDocumentOrder();
    void summary();
    void truncateHtmlKeepsTagsBalanced();
    void hostile_data();
    void hostile();
    void inputSizeCap();
    void outputSizeCap();
    void markdownTimeBudget();
    void folderChangesShowOnRerender();
    void pathKindsFromListings();
};

void TestRender::dialect_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("atx heading without space") << QByteArray("#Title\n") << QByteArray("<h1>Title</h1>");
    QTest::newRow("setext takes the whole paragraph")
        << QByteArray("line one\nline two\n=\n") << QByteArray("<h1>line one\nline two</h1>");
    QTest::newRow("quotes stay, ampersand and gt escaped")
        << QByteArray("He said \"hi\" & <b>left</b> 5 > 3\n") << QByteArray("<p>He said \"hi\" &amp; <b>left</b> 5 &gt; 3</p>");
    QTest::newRow("trailing backslash is no break")
        << QByteArray("back\\\nslash  \nbreak\n") << QByteArray("<p>back\\\nslash<br />\nbreak</p>");
    QTest::newRow("HTML block across blank lines")
        << QByteArray("<div>\n\n*raw*\n\n</div>\nafter\n") << QByteArray("<div>\n\n*raw*\n\n</div>\n<p>after</p>");
    QTest::newRow("shortcode and Twig lines raw")
        << QByteArray("text\n[upcoming]\n{{ page.title }}\n") << QByteArray("<p>text</p>\n[upcoming]\n{{ page.title }}");
    QTest::newRow("markdown-notices") << QByteArray("! Note **this**\n!! Danger\n")
                                      << QByteArray(
                                             "<div class=\"notices yellow\">\n<p>Note <strong>this</strong>\nDanger</p>\n</div>");
    QTest::newRow("youtube plugin link")
        << QByteArray("[plugin:youtube](https://youtu.be/TvF1rKuCeCE)\n")
        << QByteArray(
               "<div class=\"grav-youtube-wrapper \">\n  <div class=\"grav-youtube\">\n      <iframe "
               "src=\"https://www.youtube.com/embed/TvF1rKuCeCE\" frameborder=\"0\" allowfullscreen></iframe>\n  </div>\n</div>");
    QTest::newRow("owl-carousel") << QByteArray("[owl-carousel items=1]\n![a](x.jpg)\n![b](y.jpg)\n[/owl-carousel]\n")
                                  << QByteArray(
                                         "<div class=\"owl-carousel owl-theme\" id=\"owl-1\">\n    <img src=\"/news/x/x.jpg\" "
                                         "alt=\"a\" />\n<img src=\"/news/x/y.jpg\" alt=\"b\" />\n\n</div>\n\n");
    QTest::newRow("link language prefix and query attributes")
        << QByteArray("[n](/ru/news) [r](../other) [f](#top) [q](/x?target=_blank&classes=a,b&v=1)\n")
        << QByteArray("<p><a href=\"/ru/ru/news\">n</a> <a href=\"/ru/news/other\">r</a> <a href=\"#top\">f</a> <a "
                      "href=\"/ru/x?v=1\" target=\"_blank\" class=\"a b\">q</a></p>");
    QTest::newRow("link targets as PHP's parse_url splits them")
        << QByteArray("[t](/blog/page:2) [u](news/page:2) [a](:) [p](foo:5) ![i](news/page:2) [s](theme://) "
                      "[q](x:1/y?target=_blank)\n")
        << QByteArray("<p><a href=\"/ru/news/x/\">t</a> <a href=\"//news:2/ru/page:2\">u</a> <a href=\"/ru/news/x/\">a</a> "
                      "<a href=\"//foo:5/ru/news/x/\">p</a> <img src=\"//news:2/page:2\" alt=\"i\" /> <a "
                      "href=\"/ru/news/x/\">s</a> <a href=\"//x:1/ru/y\" target=\"_blank\">q</a></p>");
    QTest::newRow("summary delimiter removed")
        << QByteArray("Intro\n\n===\n\nRest\n") << QByteArray("<p>Intro</p>\n\n<p>Rest</p>");
    QTest::newRow("external_links and mailto")
        << QByteArray("[ext](https://example.com) [m](mailto:a@b.kz)\n")
        << QByteArray("<p><a href=\"https://example.com\" target=\"_blank\" rel=\"nofollow noopener noreferrer\" "
                      "class=\"external-link no-image\">ext</a> <a href=\"mailto:a@b.kz\" class=\"mailto\">m</a></p>");
    // the first and fifth are left as they are without parsing; the others are not plain enough for that
    const QByteArray ext = " target=\"_blank\" rel=\"nofollow noopener noreferrer\" class=\"external-link no-image\">";
    QTest::newRow("web links kept or rebuilt")
        << QByteArray("[a](https://example.com/a/b-c_d.~e) [b](HTTPS://Example.com/x) [c](https://ex.com:8080/x) "
                      "[d](https://ex.com/a?target=_blank) [e](http://ex.com) [f](https://ex.com/%41)\n")
        << QByteArray("<p><a href=\"https://example.com/a/b-c_d.~e\"" + ext + "a</a> <a href=\"HTTPS://Example.com/x\"" + ext
               + "b</a> <a href=\"https://ex.com:8080/x\"" + ext + "c</a> <a href=\"https://ex.com/a\"" + ext
               + "d</a> <a href=\"http://ex.com\"" + ext + "e</a> <a href=\"https://ex.com/A\"" + ext + "f</a></p>");
    QTest::newRow("loose list") << QByteArray("- a\n- b\n\n- c\n")
                                << QByteArray("<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n<li>\n<p>c</p>\n</li>\n</ul>");
    QTest::newRow("aligned table")
        << QByteArray("| a | b |\n|:-:|--:|\n| 1 | 2 |\n")
        << QByteArray("<table>\n<thead>\n<tr>\n<th style=\"text-align: center;\">a</th>\n<th style=\"text-align: "
                      "right;\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td style=\"text-align: center;\">1</td>\n<td "
                      "style=\"text-align: right;\">2</td>\n</tr>\n</tbody>\n</table>");
    QTest::newRow("header markdown auto_line_breaks")
        << QByteArray("---\nmarkdown:\n  auto_line_breaks: true\n---\na\nb\n") << QByteArray("<p>a<br />\nb</p>");
    QTest::newRow("header process markdown false")
        << QByteArray("---\nprocess:\n  markdown: false\n---\n*x*\n") << QByteArray("*x*\n");
}

void TestRender::dialect()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, html);
    const RenderResult r = renderRu(markdown);
    QVERIFY(r.ok);
    QCOMPARE(r.html.toUtf8(), html);
}

// Expected parts from PHP 8.2: parse_url() of the URL urlencoded (Utils::multibyteParseUrl) and rawurlencoded
// (Uri::parseUrl), each part decoded again; "false" when parse_url() fails.
void TestRender::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("parts");
    QTest::addColumn<QString>("rawParts");
    QTest::newRow("/blog/page:2") << QStringLiteral("/blog/page:2") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("news/page:2") << QStringLiteral("news/page:2") << QStringLiteral("- - - \"news\" \"2\" \"/page:2\" - -")
                                 << QStringLiteral("- - - \"news\" \"2\" \"/page:2\" - -");
    QTest::newRow(":") << QStringLiteral(":") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("foo:5") << QStringLiteral("foo:5") << QStringLiteral("- - - \"foo\" \"5\" - - -")
                           << QStringLiteral("- - - \"foo\" \"5\" - - -");
    QTest::newRow("//h:0/x:5") << QStringLiteral("//h:0/x:5") << QStringLiteral("- - - \"h\" \"0\" \"/x:5\" - -")
                               << QStringLiteral("- - - \"h\" \"0\" \"/x:5\" - -");
    QTest::newRow("//h: 5/") << QStringLiteral("//h: 5/") << QStringLiteral("- - - \"h\" \"5\" \"/\" - -")
                             << QStringLiteral("false");
    QTest::newRow("//h:5x/") << QStringLiteral("//h:5x/") << QStringLiteral("- - - \"h\" \"5\" \"/\" - -")
                             << QStringLiteral("- - - \"h\" \"5\" \"/\" - -");
    QTest::newRow("//h:-0/") << QStringLiteral("//h:-0/") << QStringLiteral("- - - \"h\" \"0\" \"/\" - -")
                             << QStringLiteral("- - - \"h\" \"0\" \"/\" - -");
    QTest::newRow("//h:-1/") << QStringLiteral("//h:-1/") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("//h:é/") << QStringLiteral("//h:é/") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("//h:5!/") << QStringLiteral("//h:5!/") << QStringLiteral("- - - \"h\" \"5\" \"/\" - -")
                             << QStringLiteral("- - - \"h\" \"5\" \"/\" - -");
    QTest::newRow("a:99999") << QStringLiteral("a:99999") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("a:123456") << QStringLiteral("a:123456") << QStringLiteral("\"a\" - - - - \"123456\" - -")
                              << QStringLiteral("\"a\" - - - - \"123456\" - -");
    QTest::newRow("theme://") << QStringLiteral("theme://") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("user://x/y") << QStringLiteral("user://x/y") << QStringLiteral("\"user\" - - \"x\" - \"/y\" - -")
                                << QStringLiteral("\"user\" - - \"x\" - \"/y\" - -");
    QTest::newRow("x?y:1") << QStringLiteral("x?y:1") << QStringLiteral("- - - - - \"x\" \"y:1\" -")
                           << QStringLiteral("- - - - - \"x\" \"y:1\" -");
    QTest::newRow("a/b?c:1") << QStringLiteral("a/b?c:1") << QStringLiteral("- - - - - \"a/b\" \"c:1\" -")
                             << QStringLiteral("- - - - - \"a/b\" \"c:1\" -");
    QTest::newRow("http:") << QStringLiteral("http:") << QStringLiteral("\"http\" - - - - - - -")
                           << QStringLiteral("\"http\" - - - - - - -");
    QTest::newRow("h:0:5") << QStringLiteral("h:0:5") << QStringLiteral("\"h\" - - - - \"0:5\" - -")
                           << QStringLiteral("\"h\" - - - - \"0:5\" - -");
    QTest::newRow("//a@b:c@h:1/p") << QStringLiteral("//a@b:c@h:1/p") << QStringLiteral("- \"a@b\" \"c\" \"h\" \"1\" \"/p\" - -")
                                   << QStringLiteral("- \"a@b\" \"c\" \"h\" \"1\" \"/p\" - -");
    QTest::newRow("a:/x") << QStringLiteral("a:/x") << QStringLiteral("\"a\" - - - - \"/x\" - -")
                          << QStringLiteral("\"a\" - - - - \"/x\" - -");
    QTest::newRow("file:///c:/x") << QStringLiteral("file:///c:/x") << QStringLiteral("\"file\" - - - - \"c:/x\" - -")
                                  << QStringLiteral("\"file\" - - - - \"c:/x\" - -");
    QTest::newRow("#") << QStringLiteral("#") << QStringLiteral("- - - - - - - \"\"") << QStringLiteral("- - - - - - - \"\"");
    QTest::newRow("?") << QStringLiteral("?") << QStringLiteral("- - - - - - \"\" -") << QStringLiteral("- - - - - - \"\" -");
    QTest::newRow("x#") << QStringLiteral("x#") << QStringLiteral("- - - - - \"x\" - \"\"")
                        << QStringLiteral("- - - - - \"x\" - \"\"");
    QTest::newRow(":abc") << QStringLiteral(":abc") << QStringLiteral("- - - - - \":abc\" - -")
                          << QStringLiteral("- - - - - \":abc\" - -");
    QTest::newRow("//:5/") << QStringLiteral("//:5/") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("//h:/") << QStringLiteral("//h:/") << QStringLiteral("- - - \"h\" - \"/\" - -")
                           << QStringLiteral("- - - \"h\" - \"/\" - -");
    QTest::newRow("a.com:80/x") << QStringLiteral("a.com:80/x") << QStringLiteral("- - - \"a.com\" \"80\" \"/x\" - -")
                                << QStringLiteral("- - - \"a.com\" \"80\" \"/x\" - -");
    QTest::newRow("https://hemcenter.kz/ru/news?x=1#top")
        << QStringLiteral("https://hemcenter.kz/ru/news?x=1#top")
        << QStringLiteral("\"https\" - - \"hemcenter.kz\" - \"/ru/news\" \"x=1\" \"top\"")
        << QStringLiteral("\"https\" - - \"hemcenter.kz\" - \"/ru/news\" \"x=1\" \"top\"");
    QTest::newRow("mailto:a@b.kz") << QStringLiteral("mailto:a@b.kz") << QStringLiteral("\"mailto\" - - - - \"a@b.kz\" - -")
                                   << QStringLiteral("\"mailto\" - - - - \"a@b.kz\" - -");
    QTest::newRow("a b:c") << QStringLiteral("a b:c") << QStringLiteral("\"a b\" - - - - \"c\" - -")
                           << QStringLiteral("- - - - - \"a b:c\" - -");
    QTest::newRow("a+b:c") << QStringLiteral("a+b:c") << QStringLiteral("- - - - - \"a+b:c\" - -")
                           << QStringLiteral("- - - - - \"a+b:c\" - -");
    QTest::newRow("a_b:c") << QStringLiteral("a_b:c") << QStringLiteral("- - - - - \"a_b:c\" - -")
                           << QStringLiteral("- - - - - \"a_b:c\" - -");
    QTest::newRow("/x/y#f?q") << QStringLiteral("/x/y#f?q") << QStringLiteral("- - - - - \"/x/y\" - \"f?q\"")
                              << QStringLiteral("- - - - - \"/x/y\" - \"f?q\"");
    QTest::newRow("?q#f") << QStringLiteral("?q#f") << QStringLiteral("- - - - - - \"q\" \"f\"")
                          << QStringLiteral("- - - - - - \"q\" \"f\"");
    QTest::newRow("//h") << QStringLiteral("//h") << QStringLiteral("- - - \"h\" - - - -")
                         << QStringLiteral("- - - \"h\" - - - -");
    QTest::newRow("//h?x") << QStringLiteral("//h?x") << QStringLiteral("- - - \"h\" - - \"x\" -")
                           << QStringLiteral("- - - \"h\" - - \"x\" -");
    QTest::newRow("//") << QStringLiteral("//") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("///x") << QStringLiteral("///x") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("http://[::1]:80/") << QStringLiteral("http://[::1]:80/")
                                      << QStringLiteral("\"http\" - - \"[::1]\" \"80\" \"/\" - -")
                                      << QStringLiteral("\"http\" - - \"[::1]\" \"80\" \"/\" - -");
    QTest::newRow("page:2") << QStringLiteral("page:2") << QStringLiteral("- - - \"page\" \"2\" - - -")
                            << QStringLiteral("- - - \"page\" \"2\" - - -");
    QTest::newRow("tel:+7701") << QStringLiteral("tel:+7701") << QStringLiteral("\"tel\" - - - - \"+7701\" - -")
                               << QStringLiteral("\"tel\" - - - - \"+7701\" - -");
    QTest::newRow("//h:65536/") << QStringLiteral("//h:65536/") << QStringLiteral("false") << QStringLiteral("false");
    QTest::newRow("//h:00080/") << QStringLiteral("//h:00080/") << QStringLiteral("- - - \"h\" \"80\" \"/\" - -")
                                << QStringLiteral("- - - \"h\" \"80\" \"/\" - -");
    QTest::newRow("x:1/y") << QStringLiteral("x:1/y") << QStringLiteral("- - - \"x\" \"1\" \"/y\" - -")
                           << QStringLiteral("- - - \"x\" \"1\" \"/y\" - -");
    QTest::newRow("a:12345/b") << QStringLiteral("a:12345/b") << QStringLiteral("- - - \"a\" \"12345\" \"/b\" - -")
                               << QStringLiteral("- - - \"a\" \"12345\" \"/b\" - -");
    QTest::newRow("Қ:1") << QStringLiteral("Қ:1") << QStringLiteral("- - - \"Қ\" \"1\" - - -")
                         << QStringLiteral("- - - \"Қ\" \"1\" - - -");
}

void TestRender::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, parts);
    QFETCH(QString, rawParts);
    const auto describe = [](const std::optional<Markdown::LinkProcessor::Url> &u) {
        if (!u)
            return QStringLiteral("false");
        QStringList out;
        for (const QString *p : {&u->scheme, &u->user, &u->pass, &u->host, &u->port, &u->path, &u->query, &u->fragment})
            out.append(p->isNull() ? QStringLiteral("-") : QChar(u'"') + *p + QChar(u'"'));
        return out.join(QChar(u' '));
    };
    QCOMPARE(describe(Markdown::LinkProcessor::parseUrl(url)), parts);
    QCOMPARE(describe(Markdown::LinkProcessor::parseUrl(url, true)), rawParts);
}

void TestRender::owlIdsCountInDocumentOrder()
{
    const RenderResult r
        = renderRu("[owl-carousel]\n![a](a.jpg)\n[/owl-carousel]\n\n[owl-carousel]\n![b](b.jpg)\n[/owl-carousel]\n");
    QVERIFY(r.html.indexOf(QLatin1String("id=\"owl-1\"")) >= 0);
    QVERIFY(r.html.indexOf(QLatin1String("id=\"owl-2\"")) > r.html.indexOf(QLatin1String("id=\"owl-1\"")));
    RenderOptions md5;
    md5.owlIdsFromMd5 = true;
    const RenderResult m = renderRu("[owl-carousel]\n![a](a.jpg)\n[/owl-carousel]\n", md5);
    QVERIFY2(!m.html.contains(QLatin1String("owl-1")), qPrintable(m.html));
    QVERIFY(m.html.contains(QLatin1String("id=\"owl-")));
}

void TestRender::summary()
{
    const RenderResult r = renderRu("Intro *one*\n\n===\n\nRest\n");
    QCOMPARE(r.summary, QStringLiteral("<p>Intro <em>one</em></p>\n"));
    QCOMPARE(r.html, QStringLiteral("<p>Intro <em>one</em></p>\n\n<p>Rest</p>"));
    // no delimiter: the whole content when it is short enough
    QCOMPARE(renderRu("Short\n").summary, QStringLiteral("<p>Short</p>"));
    QCOMPARE(gravSummary(QStringLiteral("<p>abc</p><p>===</p><p>d</p>"), QStringLiteral("==="), true, QStringLiteral("long"), 0),
        QStringLiteral("<p>abc</p><p>d</p>"));
}

void TestRender::truncateHtmlKeepsTagsBalanced()
{
    QCOMPARE(truncateHtml(QStringLiteral("<p>Hello <b>world</b> and more</p>"), 8), QStringLiteral("<p>Hello <b>wo...</b></p>"));
    QCOMPARE(truncateHtml(QStringLiteral("<p>a &amp; b</p>"), 3), QStringLiteral("<p>a &amp;...</p>"));
    QCOMPARE(truncateHtml(QStringLiteral("<p>short</p>"), 100), QStringLiteral("<p>short</p>"));
}

void TestRender::hostile_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::newRow("deep blockquotes") << QByteArray(20000, '>') + " x\n";
    QTest::newRow("deep lists") << [] {
        QByteArray b;
        for (int i = 0; i < 2000; ++i)
            b += QByteArray(i * 2, ' ') + "- item\n";
        return b;
    }();
    QTest::newRow("many brackets") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("many stars") << QByteArray(200000, '*');
    QTest::newRow("many underscores") << QByteArray("_a") + QByteArray(100000, '_');
    QTest::newRow("many backticks") << QByteArray(100000, '`') + "x";
    QTest::newRow("unclosed html") << QByteArray("<div>\n") + QByteArray("text\n").repeated(50000);
    QTest::newRow("nested shortcodes") << QByteArray("[div]").repeated(5000) + "x" + QByteArray("[/div]").repeated(5000);
    QTest::newRow("unclosed shortcodes") << QByteArray("[div a=\"b\" ").repeated(20000);
    QTest::newRow("many links") << QByteArray("[a](b) ").repeated(20000);
    QTest::newRow("nested link brackets") << QByteArray("[").repeated(5000) + "x" + QByteArray("]").repeated(5000) + "(y)";
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe *x* \xc3\n");
    QTest::newRow("nul bytes") << QByteArray("a\0b *c*\n", 8);
    QTest::newRow("10 000 quote markers") << QByteArray(10000, '>') + " x\n";
    QTest::newRow("10 000 open brackets") << QByteArray(10000, '[') + "x\n";
    QTest::newRow("10 000 stars around a word") << QByteArray(10000, '*') + "x" + QByteArray(10000, '*') + "\n";
    QTest::newRow("huge table") << [] {
        QByteArray b = QByteArray("| h ").repeated(20) + "|\n" + QByteArray("|---").repeated(20) + "|\n";
        b += QByteArray(QByteArray("| *c* ").repeated(20) + "|\n").repeated(2000);
        return b;
    }();
    QTest::newRow("1 MB document") << QByteArray("Word *emphasis* [link](x.jpg) & more text here.\n\n").repeated(22000);
}

void TestRender::hostile()
{
    QFETCH(QByteArray, markdown);
    // No clock here (speed is for bench/): a hang is caught by the test's CTest timeout, and the
    // renderer's own time budget is checked deterministically in markdownTimeBudget().
    const RenderResult r = renderRu(markdown);
    QVERIFY(r.ok);
    QVERIFY(r.html.size() < markdown.size() * 64 + 4096);
    QVERIFY(!r.truncated || !r.warnings.isEmpty()); // a cut render always says so
}

void TestRender::inputSizeCap()
{
    RenderOptions o;
    o.maxInputBytes = 1000;
    const RenderResult r = renderRu(QByteArray("word ").repeated(1000), o);
    QVERIFY(r.truncated);
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY(r.html.size() < 1100);
}

void TestRender::outputSizeCap()
{
    RenderOptions o;
    o.maxOutputBytes = 4096;
    const RenderResult r = renderRu(QByteArray("para *x*\n\n").repeated(5000), o);
    QVERIFY(r.ok);
    QVERIFY(r.truncated);
    QVERIFY(!r.warnings.isEmpty());
    QVERIFY(r.html.toUtf8().size() <= 4096);
}

// A page that outlasts the Markdown budget: the rest is shown as escaped text and the result is flagged.
void TestRender::markdownTimeBudget()
{
    RenderOptions o;
    o.maxMarkdownMs = 1;
    const QByteArray page = QByteArray("line with *emphasis* and <b>x</b> and [a](b)\n").repeated(200000);
    const RenderResult r = renderRu(page, o);
    QVERIFY(r.ok);
    QVERIFY(r.truncated);
    QVERIFY(r.warnings.join(QChar(u'\n')).contains(QStringLiteral("longer than 1 ms")));
    QVERIFY(r.html.contains(QStringLiteral("<pre>")));
    QVERIFY(r.html.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;"))); // escaped, not dropped
    // with the default budget the same page renders in full
    const RenderResult full = renderRu(QByteArray("line with *emphasis*\n").repeated(100));
    QVERIFY(!full.truncated);
}

// The renderer caches folder listings (media, frontmatter.yaml): an image imported into the page folder, or a
// frontmatter.yaml added, must show on the next render with the same renderer.
void TestRender::folderChangesShowOnRerender()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString folder = tmp.path() + QStringLiteral("/user/pages/02.news/x");
    const QString page = folder + QStringLiteral("/item.ru.md");
    QVERIFY(writeFile(page, "---\ntitle: X\n---\n\n![](photo.jpg)\n"));
    const SiteLayout layout = locateSite(tmp.path());
    QVERIFY(layout.isValid());
    const GravRenderer renderer(scanSite(layout, SiteConfig::load(layout)));
    QFile bytes(page);
    QVERIFY(bytes.open(QIODevice::ReadOnly));
    const QByteArray file = bytes.readAll();

    ageFolder(folder);
    const RenderResult before = renderer.render(file, page);
    QVERIFY2(!before.html.contains(QStringLiteral("/user/pages/02.news/x/photo.jpg")), qPrintable(before.html));
    QVERIFY(renderer.render(file, page).html == before.html); // cached

    QVERIFY(writeFile(folder + QStringLiteral("/photo.jpg"), "not really a JPEG"));
    const RenderResult after = renderer.render(file, page);
    QVERIFY2(after.html.contains(QStringLiteral("src=\"/user/pages/02.news/x/photo.jpg\"")), qPrintable(after.html));

    ageFolder(folder);
    QVERIFY(writeFile(folder + QStringLiteral("/photo.jpg.meta.yaml"), "alt: Фото\n"));
    QVERIFY(renderer.render(file, page).html.contains(QStringLiteral("alt=\"Фото\"")));

    ageFolder(folder);
    QVERIFY(renderer.render(file, page).html.contains(QStringLiteral("<img")));
    QVERIFY(writeFile(folder + QStringLiteral("/frontmatter.yaml"), "process:\n    markdown: false\n"));
    const RenderResult shared = renderer.render(file, page);
    QVERIFY2(!shared.html.contains(QStringLiteral("<img")), qPrintable(shared.html)); // Markdown off: the text as is
}

// The links' file_exists()/is_file() questions are answered from cached folder listings: the answers must be
// the file system's, for every kind of entry, in a live and in a snapshot cache, before and after a change.
void TestRender::pathKindsFromListings()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString root = tmp.path();
    QVERIFY(writeFile(root + QStringLiteral("/page/photo.jpg"), "x"));
    QVERIFY(writeFile(root + QStringLiteral("/page/item.ru.md"), "x"));
    QVERIFY(writeFile(root + QStringLiteral("/page/.hidden"), "x"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/page/sub")));
    QStringList names {QStringLiteral("photo.jpg"), QStringLiteral("item.ru.md"), QStringLiteral(".hidden"),
        QStringLiteral("sub"), QStringLiteral("none.jpg"), QStringLiteral("Photo.jpg")};
#ifdef Q_OS_UNIX
    QVERIFY(QFile::link(root + QStringLiteral("/page/photo.jpg"), root + QStringLiteral("/page/to-file")));
    QVERIFY(QFile::link(root + QStringLiteral("/page/sub"), root + QStringLiteral("/page/to-folder")));
    QVERIFY(QFile::link(root + QStringLiteral("/page/gone"), root + QStringLiteral("/page/broken")));
    names << QStringLiteral("to-file") << QStringLiteral("to-folder") << QStringLiteral("broken");
#endif
    QStringList paths;
    for (const QString &n : std::as_const(names))
        paths << root + QStringLiteral("/page/") + n;
    paths << root + QStringLiteral("/page") << root + QStringLiteral("/page/") << root + QStringLiteral("/missing/x.jpg")
          << root + QStringLiteral("/page/photo.jpg/x") << root + QStringLiteral("/page/sub/..");
    for (const bool snapshot : {false, true}) {
        Markdown::FolderCache cache({QStringLiteral("jpg")});
        cache.setSnapshot(snapshot);
        for (int round = 0; round < 2; ++round) // the second round from the cache
            for (const QString &path : std::as_const(paths))
                QVERIFY2(cache.kindOf(path) == Markdown::pathKind(path), qPrintable(path));
        QVERIFY(Markdown::pathKind(paths.first()) == Markdown::PathKind::File);
        QVERIFY(Markdown::pathKind(paths.at(3)) == Markdown::PathKind::Folder);
        QVERIFY(Markdown::pathKind(paths.at(4)) == Markdown::PathKind::Missing);
    }
    // a live cache sees a new file at once
    Markdown::FolderCache live({QStringLiteral("jpg")});
    const QString added = root + QStringLiteral("/page/none.jpg");
    QVERIFY(live.kindOf(added) == Markdown::PathKind::Missing);
    QVERIFY(writeFile(added, "x"));
    QVERIFY(live.kindOf(added) == Markdown::PathKind::File);
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
