// ParsedownExtra (markdown.extra) against the PHP oracle (shared/oracle/grav-render.php with extra on):
// every input of ParsedownExtra 0.8.1's own test suite, edge cases of each Extra construct, and where
// the setting comes from (a page header's `markdown:` or the site's system.yaml).

#include "markdown/gravrenderer.h"
#include "oracle.h"
#include "site/pageindex.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

QString extraDir()
{
    return TestPaths::sharedDir() + QStringLiteral("/corpus/parsedown-extra-0.8.1");
}

const QByteArray kExtraHeader = QByteArrayLiteral("---\nmarkdown:\n  extra: true\n---\n");

// The site address both sides get (the oracle's default; the test sites have none of their own).
const QString kSiteUrl = QStringLiteral("https://hemcenter.kz");

// The oracle's scripts, through the shared runner.
QByteArray php(const QString &script, const QStringList &args, const QByteArray &input, QString *why)
{
    return Oracle::runScript(script, args, input, why);
}

QString firstDifference(const QByteArray &mine, const QByteArray &oracle)
{
    const QList<QByteArray> a = mine.split('\n');
    const QList<QByteArray> b = oracle.split('\n');
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray l = i < a.size() ? a.at(i) : QByteArray("<end>");
        const QByteArray r = i < b.size() ? b.at(i) : QByteArray("<end>");
        if (l != r)
            return QStringLiteral("line %1:\n  core:   %2\n  oracle: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(l), QString::fromUtf8(r));
    }
    return QStringLiteral("(no line differs)");
}

/*
 * Compares the core's page.content for the page file @p path with the oracle's (extra options of
 * grav-render.php in @p oracleArgs): byte-identical, or, when @p normalisedReason says why bytes may
 * differ, equal after html-normalize.php (which would hide most of what ParsedownExtra's HTML
 * rewriting changes: quotes, entities, end tags). "" when equal.
 */
QString compareWithOracle(const GravRenderer &renderer, const QString &path, RenderOptions options, const QStringList &oracleArgs,
    const char *normalisedReason = nullptr)
{
    options.siteUrl = kSiteUrl;
    const RenderResult mine = renderer.renderFile(path, options);
    if (!mine.ok)
        return mine.error;
    QString why;
    const QByteArray oracle = php(QStringLiteral("grav-render.php"),
        QStringList {QStringLiteral("--quiet"), QStringLiteral("--site-url"), kSiteUrl} + oracleArgs + QStringList {path}, {},
        &why);
    if (oracle.isNull())
        return why;
    const QByteArray mineBytes = mine.html.toUtf8();
    if (mineBytes == oracle)
        return {};
    if (!normalisedReason)
        return QStringLiteral("not byte-identical: ") + firstDifference(mineBytes, oracle);
    const QByteArray a = php(QStringLiteral("html-normalize.php"), {QStringLiteral("-")}, mineBytes, &why);
    const QByteArray b = php(QStringLiteral("html-normalize.php"), {QStringLiteral("-")}, oracle, &why);
    if (a.isNull() || b.isNull())
        return why;
    if (a != b)
        return firstDifference(a, b);
    return {};
}

/*
 * Cases whose bytes may differ from the oracle's, with why; compared after normalisation. The
 * external_links pass writes a link's non-ASCII href as DOMDocument's &#x...; references
 * (externallinks.h), which the oracle's README lists as a libxml detail to normalise.
 */
const char *normalisedOnly(const QByteArray &name)
{
    if (name == "footnote Kazakh label")
        return "external_links writes the non-ASCII footnote hrefs with character references";
    return nullptr;
}

// Extra edge cases: name → Markdown body (rendered with `markdown: {extra: true}` in the header).
// ParsedownExtra 0.8.1 leaves fenced code to Parsedown: `~~~ .lang` gives class="language-.lang".
const QVector<QPair<const char *, QByteArray>> &edgeCases()
{
    static const QVector<QPair<const char *, QByteArray>> cases {
        {"footnote in a footnote", "Text[^1].\n\n[^1]: A note with a reference[^2].\n\n[^2]: Inner note.\n"},
        {"footnote undefined", "See [^missing], [^1] and [^].\n\n[^1]: Defined.\n"},
        {"footnote repeated", "A[^n] B[^n] C[^n] and [^m].\n\n[^n]: Three times.\n[^m]: Once.\n"},
        {"footnote unreferenced", "Text only.\n\n[^x]: Never referenced.\n"},
        {"footnote redefined", "A[^1] and B[^2].\n\n[^1]: First.\n[^2]: Two.\n[^1]: Second.\n"},
        {"footnote blocks", "Ref[^code].\n\n[^code]: Intro\n\n        indented code\n\n    - a list\n    - of two\n\nAfter.\n"},
        {"footnote Kazakh label", "Мәтін[^ескерту] және тағы[^2].\n\n[^ескерту]: Қазақша түсініктеме.\n[^2]: Екінші.\n"},
        {"footnote inside link text", "[Link with note[^1]](/news)\n\n[^1]: Note.\n"},
        {"abbreviations overlapping",
            "*[HTML]: Hyper Text Markup Language\n*[HTML5]: HTML version 5\n*[Text]: A text\n"
            "*[ML]: Markup Language\n\nHTML5 and HTML, XHTML, HTML-5 and Text: ML.\n"},
        {"abbreviation in a later meaning", "*[W3C]: World Wide Web Consortium\n*[Web]: the World Wide Web\n\nW3C on the Web.\n"},
        {"abbreviation redefined", "*[CMS]: Content Management System\n*[CMS]: Flat-file CMS\n\nGrav is a CMS.\n"},
        {"abbreviations Cyrillic",
            "*[ҚР]: Қазақстан Республикасы\n*[РК]: Республика Казахстан\n*[WHO]: Дүниежүзілік денсаулық "
            "сақтау ұйымы\n\nҚР мен РК. WHO ұсынымы, xҚР, WHOм және WHO-ның.\n"},
        {"abbreviation with markup characters", "*[a&b]: A \"and\" B\n*[x]: <ex>\n\nThe a&b and x cases, $0 too.\n"},
        {"abbreviations holding < or >",
            "*[HTML]: Hyper Text\n*[\">HTML]: weird\n*[Text]: words\n\nHTML here, Text too.\n\n"
            "*[br />]: break\n\nline  \nnext\n"},
        {"attributes Cyrillic",
            "## Тақырып {#kz-title .main}\n\n## Заголовок {#заголовок .ru}\n\n"
            "[сілтеме](https://hemcenter.kz/kk) {.btn #link-kk}\n\n![сурет](/x.jpg) {.img-fluid .сурет}\n"},
        {"attributes several classes",
            "# Title {.a .b .c #id1}\n\nSetext title {.x .y #s}\n---\n\n### H3 ### {#h3 .one}\n\n"
            "# Two ids {#a #b}\n\n# Not attributes {a}\n\n[l](/news) {#l .c1 .c2 .c3}\n\n"
            "[r][ref]{.ref}\n\n[ref]: https://example.com \"T\"\n"},
        {"definition lists",
            "Apple\nApricot\n:   A fruit.\n:   A company.\nlazy line\n\nOrange\n:   Citrus\n\n"
            "    Second paragraph\n\n:   Another definition\n\nTerm\n: x\n: y\n"},
        {"definition list after blank", "Term\n\n: loose *one*\n\n: loose two\n\nNext paragraph.\n"},
        {"markdown in HTML nested",
            "<div markdown=\"1\">\n# Heading\n\n* item *em*\n\n<section markdown=\"1\">\n**bold** text\n"
            "</section>\n\n<div>\n_raw_\n</div>\n</div>\n\nAfter.\n"},
        {"markdown in HTML with footnote",
            "*[CMS]: Content Management System\n\nGrav is a CMS[^1].\n\n<div markdown=\"1\">\n"
            "Inside CMS[^2].\n\n[^2]: Inner.\n</div>\n\nAfter CMS[^1].\n\n[^1]: Flat-file.\n"},
        {"HTML blocks rewritten",
            "<div class='box' data-x=1 hidden>\nText &copy; &foo; <b>bold</b> «Қазақ»\n<p>para\n"
            "<ul><li>one<li>two</ul>\n</div>\n\n<table>\n<tr><td>a</td><td>b</td></tr>\n</table>\n\n"
            "<p title=\"it's &quot;x&quot;\"><a href=\"/a b/Қ?x=1&amp;y\">l</a></p>\n"},
        {"fenced code attributes",
            "~~~ .lang\ncode\n~~~\n\n```{.python}\nx = 1\n```\n\n~~~ {.html #id}\n<b>\n~~~\n\n"
            "``` php\n<?php echo 1;\n```\n"},
        {"definition list resets definitions", "[ref]: https://example.com\n\nTerm\n\n:   loose [ref][]\n\n[again][ref]\n"},
        {"definition list edges",
            "A:\n: first\n\n: colon start\n\nx\n: y\n: z\nlazy\n    indented\n\n    para after blank\n\nafter\n"},
        {"definition lists merged", "Term\n:   one\n\nTerm2\n:   two\n\nPara\n\n```\n</dl>\n\n<dl>\n x\n```\n"},
        {"abbreviations in markup words",
            "*[br]: break\n*[abbr]: abbreviation\n*[title]: T\n\nline one  \nline two br abbr title\n"},
        {"abbreviation reset by markdown HTML", "*[X]: Ex\n\nX before\n\n<div markdown=\"1\">\ninner X\n</div>\n\nX after\n"},
        {"heading attribute edges",
            "# Header {#id}#\n\n# Header #{#id2}\n\n## {.only}\n\n# H {.a}{.b}\n\n# H {#x .y } \n\n"
            "# H { #x}\n\n# H {#x.y}\n\nTwo lines\nsecond {.c}\n---\n"},
        {"link attribute edges",
            "[a](/x){.c}\n\n[b](/x)  {#id}\n\n[c](/x) {#id .a} tail\n\n![i](/x.jpg){.c}\n\n"
            "[d](/x \"t\") {.t}\n\n<https://x.kz> {.no}\n\n[e](https://ext.example.com/?classes=q) {.c}\n"},
        {"footnote labels", "[^]: empty\n[^ ]: space\n[^a b]: spaced\n\nRefs [^a b] [^ ] [^a b].\n"},
        {"HTML implied end tags",
            "<ul>\n<li>one</li>\n<li>two\n<li>three</ul>\n\n<dl>\n<dt>a<dd>b\n<dt>c</dl>\n\n"
            "<div>\n<p>unclosed <b>bold\n</div>\n\n<div><p>a</div>\n\n<div>\n<ul>a<ol>y</ol>b</ul></div>\n"},
        {"HTML raw text and forms",
            "<div>\n<script>var x = \"<b>a</b>\"; if (a < b && c > d) {}</script>\n"
            "<style>.a > .b { color: red }</style>\n<!-- комментарий -->\n</div>\n\n"
            "<form action=\"/s p\"><select><option selected>a<option>b</select>"
            "<textarea>t &lt; x</textarea></form>\n"},
        {"HTML void elements and URLs",
            "<div>\n  <img src=\"a b.jpg\" alt=\"Қ\">\n  <br/>\n  <hr/>\n"
            "  <input type=\"checkbox\" checked>\n<a href=\"http://example.com/a?b=1&c=2#x y\">x</a>\n"
            "</div>\n\n<video controls src=\"v.mp4\"><source src=\"v.webm\"></video>\n"},
        {"HTML start tags that close script",
            "<div><script><noscript>x</script></div>\n\n<div><script><b>x</b></script></div>\n\n"
            "<div><p>a<noscript>n</noscript></div>\n\n<div><style><noscript>s</style></div>\n"},
        {"HTML attributes and references",
            "<div a=1 b = \"2\" c= 'x' D=Up e f=>x</div>\n\n<div id=a id=b class=\"c\" class=\"d\">x</div>\n\n"
            "<div>&#0; &#xD800; &#65 &amp &AMP; &#x1F600; &#1234567; &#x; &#; &;</div>\n\n"
            "<div title=\"a &amp b &lt;c&gt; &quot;\">&lt;tag&gt; &nbsp; &NotReal; &copy</div>\n\n"
            "<div data-x=\"a\tb\" href=\"  /p a\"><a name=\"a b\">n</a><input value=\"a&b\" disabled=\"no\"></div>\n"},
        {"HTML comments and processing instructions",
            "<div><!-- c1 --><!-- c2 -- --><!---->x</div>\n\n<div><?php echo 1; ?>x<?xml y?></div>\n\n"
            "<div></br></p><p></p></span><b><i>x</b></i></div>\n"},
        {"HTML nested too deep", QByteArray("<div>") + QByteArray("<span>").repeated(300) + "x\n\n</div>\n\nafter\n"},
    };
    return cases;
}

} // namespace

class TestRenderExtra : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extraSuite_data();
    void extraSuite();
    void edgeCase_data();
    void edgeCase();
    void fromPageHeader();
    void fromSiteConfig();
    void previewAnnotations();
    void documentTagWarning();

private:
    GravRenderer m_siteless;
    QTemporaryDir m_tmp;
};

void TestRenderExtra::extraSuite_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(extraDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        QTest::newRow("no ParsedownExtra inputs") << QString();
        return;
    }
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << extraDir() + QLatin1Char('/') + f;
}

void TestRenderExtra::extraSuite()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP(qPrintable(
            QStringLiteral("ParsedownExtra's test inputs are absent (%1); point GRAVDESK_SHARED_DIR at the shared folder")
                .arg(extraDir())));
    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QFile in(path);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QVERIFY(m_tmp.isValid());
    const QString page = m_tmp.filePath(QFileInfo(path).fileName());
    QFile out(page);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(kExtraHeader + in.readAll());
    out.close();
    RenderOptions options;
    options.pageFolder = QStringLiteral("02.news/x");
    const QString difference
        = compareWithOracle(m_siteless, page, options, {QStringLiteral("--page-folder"), QStringLiteral("02.news/x")});
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestRenderExtra::edgeCase_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const auto &c : edgeCases())
        QTest::newRow(c.first) << c.second;
}

void TestRenderExtra::edgeCase()
{
    QFETCH(QByteArray, body);
    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_tmp.isValid());
    const QString page = m_tmp.filePath(QStringLiteral("edge.md"));
    QFile out(page);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(kExtraHeader + body);
    out.close();
    RenderOptions options;
    options.pageFolder = QStringLiteral("02.news/x");
    const QString difference = compareWithOracle(m_siteless, page, options,
        {QStringLiteral("--page-folder"), QStringLiteral("02.news/x")}, normalisedOnly(QTest::currentDataTag()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestRenderExtra::fromPageHeader()
{
    // the built-in configuration has extra off: only the header turns it on
    const QByteArray body = QByteArrayLiteral("Note[^1] on HTML.\n\n*[HTML]: Hyper Text\n\n[^1]: The note.\n");
    const RenderResult plain = m_siteless.render(body, QStringLiteral("plain.md"));
    QVERIFY(plain.ok);
    QVERIFY2(
        !plain.html.contains(QStringLiteral("footnote")) && plain.html.contains(QStringLiteral("[^1]")), qPrintable(plain.html));
    const RenderResult extra = m_siteless.render(kExtraHeader + body, QStringLiteral("extra.md"));
    QVERIFY(extra.ok);
    QVERIFY2(extra.html.contains(QStringLiteral("<div class=\"footnotes\">"))
            && extra.html.contains(QStringLiteral("<abbr title=\"Hyper Text\">HTML</abbr>")),
        qPrintable(extra.html));
    QVERIFY2(!extra.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("extra")),
        qPrintable(extra.warnings.join(QLatin1Char('\n'))));
    // `extra: false` in a header wins too
    const RenderResult off
        = m_siteless.render(QByteArrayLiteral("---\nmarkdown:\n  extra: false\n---\n") + body, QStringLiteral("off.md"));
    QCOMPARE(off.html, plain.html);

    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_tmp.isValid());
    const QString page = m_tmp.filePath(QStringLiteral("header.md"));
    QFile out(page);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(kExtraHeader + body);
    out.close();
    RenderOptions options;
    options.pageFolder = QStringLiteral("02.news/x");
    const QString difference
        = compareWithOracle(m_siteless, page, options, {QStringLiteral("--page-folder"), QStringLiteral("02.news/x")});
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestRenderExtra::fromSiteConfig()
{
    TempSite site;
    QVERIFY(site.isValid());
    site.writeDefaultConfig();
    QVERIFY(!site.writeConfig(QStringLiteral("system.yaml"),
                     QByteArrayLiteral("languages:\n  supported: [kk, ru, en]\n  default_lang: kk\n"
                                       "pages:\n  markdown:\n    extra: true\n"))
                 .isEmpty());
    const QByteArray body = QByteArrayLiteral("Term\n:   Definition with a note[^a].\n\n[^a]: Site-wide extra.\n");
    const QString on = site.writePage(QStringLiteral("02.news/on/item.kk.md"), TempSite::page("title: On\n", body));
    const QString off = site.writePage(
        QStringLiteral("02.news/off/item.kk.md"), TempSite::page("title: Off\nmarkdown:\n  extra: false\n", body));
    QVERIFY(!on.isEmpty() && !off.isEmpty());
    const SiteLayout layout = locateSite(site.root());
    QVERIFY2(layout.isValid(), qPrintable(layout.error));
    const GravRenderer renderer(scanSite(layout, SiteConfig::load(layout)));
    const RenderResult a = renderer.renderFile(on);
    QVERIFY2(
        a.html.contains(QStringLiteral("<dl>")) && a.html.contains(QStringLiteral("class=\"footnotes\"")), qPrintable(a.html));
    const RenderResult b = renderer.renderFile(off);
    QVERIFY2(!b.html.contains(QStringLiteral("<dl>")) && !b.html.contains(QStringLiteral("footnotes")), qPrintable(b.html));

    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    for (const QString &path : {on, off}) {
        const QString difference = compareWithOracle(renderer, path, {}, {});
        QVERIFY2(difference.isEmpty(), qPrintable(path + QLatin1Char('\n') + difference));
    }
}

void TestRenderExtra::previewAnnotations()
{
    // source lines go on the page's own top-level blocks only (not on the footnotes, nor inside markdown="1"),
    // and without them the HTML is exactly Grav's
    const QByteArray page = kExtraHeader
        + QByteArrayLiteral("Term\n: one[^1]\n\nTerm 2\n: two\n\n<div markdown=\"1\">\n*inner*\n</div>\n\n[^1]: Note.\n");
    RenderOptions options;
    options.sourceLines = true;
    const RenderResult annotated = m_siteless.render(page, QStringLiteral("preview.md"), options);
    const RenderResult plain = m_siteless.render(page, QStringLiteral("preview.md"));
    QVERIFY(annotated.ok && plain.ok);
    QCOMPARE(annotated.html.count(QStringLiteral("<dl")), 1); // the two lists merge as in Grav
    QVERIFY2(annotated.html.contains(QStringLiteral("<dl data-gd-line=\"5\">")), qPrintable(annotated.html));
    QVERIFY2(annotated.html.contains(QStringLiteral("<div data-gd-line=\"11\">")), qPrintable(annotated.html));
    QCOMPARE(annotated.html.count(QStringLiteral("data-gd-line")), 2);
    QString stripped = annotated.html;
    stripped.remove(QRegularExpression(QStringLiteral(" data-gd-line=\"\\d+\"")));
    QCOMPARE(stripped, plain.html);
}

void TestRenderExtra::documentTagWarning()
{
    // ParsedownExtra's DOM calls fail on an HTML block that starts with <body> (PHP stops with a fatal error, so
    // there is no output to compare): the page renders, with a warning; elsewhere, or without extra, no warning
    const auto warned = [this](const QByteArray &page) {
        return m_siteless.render(page, QStringLiteral("w.md"))
            .warnings.join(QLatin1Char('\n'))
            .contains(QStringLiteral("<body>"));
    };
    QVERIFY(warned(kExtraHeader + QByteArrayLiteral("Text.\n\n<body class=\"x\">\n<p>x</p>\n</body>\n")));
    QVERIFY(warned(kExtraHeader + QByteArrayLiteral("<html>\n<p>x</p>\n</html>\n")));
    QVERIFY(!warned(kExtraHeader + QByteArrayLiteral("<div>\n<body><p>x</p></body>\n</div>\n")));
    QVERIFY(!warned(QByteArrayLiteral("<body class=\"x\">\n<p>x</p>\n</body>\n")));
}

QTEST_GUILESS_MAIN(TestRenderExtra)
#include "tst_render_extra.moc"
