// The renderer under generated site configurations, each compared with the PHP oracle
// (shared/oracle/grav-render.php) run on the same site: pages of the hemcenter corpus and probe pages
// rendered with varied plugin settings (markdown-notices classes, external_links target, rel, exclusions
// with an IDN/Cyrillic domain, schemes, youtube options), settings set in the site's config and
// overridden in page headers, numeric language codes and site addresses other than hemcenter's.
// Also the placeholders and warnings for what the renderer does not emulate (page-inject, shortcodes of
// installed plugins, Twig, other shortcode parsers).

#include "fileutil.h"
#include "markdown/gravrenderer.h"
#include "oracle.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace GravDesk;

namespace {

// Corpus news items with links, a YouTube embed and carousels, each in kk, ru and en.
const QStringList kCorpusFolders {QStringLiteral("01.2023-02-28-patient-school"), QStringLiteral("09.2019-03-02-guests"),
    QStringLiteral("10.2019-03-16-eha-tutorial"), QStringLiteral("11.2019-05-16-vi-eurasian-hematology-forum"),
    QStringLiteral("03.2023-01-09-practical-conference"), QStringLiteral("21.2021-08-25-online-hemostasis-school")};

QString corpusNews()
{
    return TestPaths::corpusDir() + QStringLiteral("/user/pages/02.news");
}

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

// A probe page: every construct whose output depends on the settings under test.
QByteArray probeBody()
{
    return QByteArrayLiteral(
        "# Probe\n\n"
        "! level one\n\n"
        "!! level two\n\n"
        "!!! level three\n\n"
        "!!!! level four\n\n"
        "!!!!! level five\n\n"
        "!!!!!! level six\n\n"
        "[ext](https://example.com/a) [own](https://hemcenter.kz/ru/news) [learn](https://learn.example.org/x)\n"
        "[cyr](https://пример.рф/путь) [idn](https://xn--e1afmkfd.xn--p1ai/) [CYR](https://ПРИМЕР.РФ/)\n"
        "[yt](https://www.youtube.com/watch?v=Z978BK_D3yI) [wiki](https://ru.wikipedia.org/wiki/X)\n"
        "[mail](mailto:a@b.kz) [tel](tel:+77001234567) [ftp](ftp://files.example.com/f.zip) [HTTP](HTTP://EXAMPLE.COM/)\n"
        "[rel](https://example.net/?rel=me) [keep](https://example.org/?classes=keep) "
        "[exc](https://example.org/?classes=exclude)\n"
        "[dot](https://exampleXcom.net/) [news](/news) [www](www.example.com)\n\n"
        "[plugin:youtube](https://youtu.be/TvF1rKuCeCE)\n\n"
        "[youtube class=\"vid\" rel=\"0\"]https://www.youtube.com/watch?v=Z978BK_D3yI[/youtube]\n\n"
        "[youtube autoplay=\"1\" loop=\"1\" lazy_load=\"true\" "
        "privacy_enhanced_mode=\"1\"]https://youtu.be/TvF1rKuCeCE[/youtube]\n\n"
        "Text with a line break\nafter it.\n");
}

// Probe pages: no override, and page headers overriding the site's settings as Grav merges them.
QVector<QPair<QString, QByteArray>> probeHeaders()
{
    return {
        {QStringLiteral("plain"), QByteArray()},
        {QStringLiteral("header"),
            QByteArrayLiteral("external_links:\n  target: _top\n  no_follow: false\n"
                              "youtube:\n  privacy_enhanced_mode: true\n  player_parameters:\n    autoplay: 1\n    color: white\n"
                              "markdown:\n  auto_line_breaks: true\n"
                              "markdown-notices:\n  level_classes: [x, y]\n")},
        {QStringLiteral("exclude"),
            QByteArrayLiteral("external_links:\n  exclude:\n    domains: [example.com, 'пример.рф']\n  mode: passive\n")},
        {QStringLiteral("off"), QByteArrayLiteral("external_links: false\nyoutube:\n  enabled: false\n")},
        {QStringLiteral("lazy"),
            QByteArrayLiteral("youtube:\n  lazy_load: true\n  player_parameters:\n    rel: 0\n    loop: 1\n"
                              "external_links:\n  links:\n    schemes: [https]\n  target: '0'\n")},
    };
}

// One generated site configuration.
struct SiteSpec
{
    QString name;
    QByteArray system; ///< user/config/system.yaml
    QVector<QPair<QString, QByteArray>> plugins; ///< user/config/plugins/<name>.yaml
    QString oracleSiteUrl; ///< --site-url for the oracle: the address GravDesk must find in the config
    QStringList languages {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}; ///< corpus kk, ru, en renamed
};

QByteArray systemYaml(const QByteArray &languages, const QByteArray &extra)
{
    return QByteArrayLiteral("force_lowercase_urls: true\nhome:\n  alias: /home\n") + languages
        + QByteArrayLiteral("pages:\n  theme: bootstrap4-open-matter\n") + extra;
}

const QByteArray kHemcenterLanguages = QByteArrayLiteral(
    "languages:\n  supported: [kk, ru, en]\n  default_lang: kk\n  include_default_lang: true\n  pages_fallback_only: true\n");

QVector<SiteSpec> siteSpecs()
{
    QVector<SiteSpec> specs;
    specs.append({QStringLiteral("defaults, custom_base_url"),
        systemYaml(kHemcenterLanguages, QByteArrayLiteral("custom_base_url: 'https://hemcenter.kz'\n")), {},
        QStringLiteral("https://hemcenter.kz")});
    specs.append({QStringLiteral("learn notices, gravdesk site_url, target _self"), systemYaml(kHemcenterLanguages, {}),
        {{QStringLiteral("markdown-notices"), QByteArrayLiteral("level_classes: [note, info, tip, warning]\n")},
            {QStringLiteral("external_links"), QByteArrayLiteral("target: _self\nno_follow: false\n")},
            {QStringLiteral("gravdesk"), QByteArrayLiteral("site_url: 'https://learn.example.org/'\n")}},
        QStringLiteral("https://learn.example.org")});
    specs.append({QStringLiteral("two notices, IDN exclusions, classes"), systemYaml(kHemcenterLanguages, {}),
        {{QStringLiteral("markdown-notices"), QByteArrayLiteral("base_classes: 'alert,box'\nlevel_classes: [note, info]\n")},
            {QStringLiteral("external_links"),
                QByteArrayLiteral(
                    "exclude:\n  domains: [youtube.com, 'пример.рф', 'xn--e1afmkfd.xn--p1ai', 'files.example.com/*']\n"
                    "  classes: [keep]\n")},
            {QStringLiteral("gravdesk"), QByteArrayLiteral("site_url: 'https://hemcenter.kz'\n")}},
        QStringLiteral("https://hemcenter.kz")});
    specs.append({QStringLiteral("six notices, youtube options, passive links"),
        systemYaml(kHemcenterLanguages, QByteArrayLiteral("custom_base_url: 'https://гемцентр.kz'\n")),
        {{QStringLiteral("markdown-notices"), QByteArrayLiteral("level_classes: [a, b, c, d, e, f]\nbase_classes: ''\n")},
            {QStringLiteral("youtube"),
                QByteArrayLiteral("lazy_load: true\nprivacy_enhanced_mode: true\nplayer_parameters:\n  autoplay: 1\n  rel: 0\n"
                                  "  loop: 1\n  color: white\n  hl: kk\n")},
            {QStringLiteral("external_links"), QByteArrayLiteral("mode: passive\nno_follow: false\ntarget: ''\n")}},
        QStringLiteral("https://гемцентр.kz")});
    specs.append({QStringLiteral("one notice, schemes, markdown and process switches"),
        systemYaml(kHemcenterLanguages,
            QByteArrayLiteral("  markdown:\n    auto_line_breaks: true\n    special_chars: {'>': gt, '<': lt, '\"': quot}\n"
                              "    valid_link_attributes: [rel, target]\n  process:\n    markdown: true\n    twig: true\n")),
        {{QStringLiteral("markdown-notices"), QByteArrayLiteral("level_classes: [only]\n")},
            {QStringLiteral("external_links"), QByteArrayLiteral("links:\n  schemes: [HTTP, https, mailto]\ntarget: _parent\n")},
            {QStringLiteral("gravdesk"), QByteArrayLiteral("site_url: 'http://localhost:8080'\n")}},
        QStringLiteral("http://localhost:8080")});
    specs.append({QStringLiteral("no address, notices off, youtube off"), systemYaml(kHemcenterLanguages, {}),
        {{QStringLiteral("markdown-notices"), QByteArrayLiteral("enabled: false\n")},
            {QStringLiteral("youtube"), QByteArrayLiteral("enabled: false\n")}},
        QString()});
    specs.append({QStringLiteral("invalid exclusion expression, process off"), systemYaml(kHemcenterLanguages, {}),
        {{QStringLiteral("external_links"), QByteArrayLiteral("exclude:\n  domains: ['*.wikipedia.org']\n")},
            {QStringLiteral("gravdesk"), QByteArrayLiteral("site_url: 'https://hemcenter.kz'\n")}},
        QStringLiteral("https://hemcenter.kz")});
    specs.append({QStringLiteral("external_links process off, markdown off"),
        systemYaml(
            kHemcenterLanguages, QByteArrayLiteral("  process:\n    markdown: false\ncustom_base_url: 'https://hemcenter.kz'\n")),
        {{QStringLiteral("external_links"), QByteArrayLiteral("process: false\n")}}, QStringLiteral("https://hemcenter.kz")});
    // a config file's `process:` replaces Grav's whole: markdown, not given, is off
    specs.append({QStringLiteral("process replaced whole"),
        systemYaml(kHemcenterLanguages, QByteArrayLiteral("  process:\n    twig: true\n")),
        {{QStringLiteral("markdown-notices"), QByteArrayLiteral("level_classes: [only]\n")}}, QString()});
    SiteSpec numeric {QStringLiteral("numeric language codes"),
        systemYaml(QByteArrayLiteral("languages:\n  supported: [17, 16, 15]\n  default_lang: 17\n  include_default_lang: true\n"
                                     "  pages_fallback_only: true\n"),
            QByteArrayLiteral("custom_base_url: 'https://learn.example.org'\n")),
        {{QStringLiteral("markdown-notices"), QByteArrayLiteral("level_classes: [note, info, tip, warning]\n")}},
        QStringLiteral("https://learn.example.org")};
    numeric.languages = {QStringLiteral("17"), QStringLiteral("16"), QStringLiteral("15")};
    specs.append(numeric);
    return specs;
}

// Writes the site of @p spec; returns its page files.
QStringList buildSite(TempSite &site, const SiteSpec &spec)
{
    site.writeConfig(QStringLiteral("system.yaml"), spec.system);
    for (const auto &[name, yaml] : spec.plugins)
        site.writeConfig(QStringLiteral("plugins/") + name + QStringLiteral(".yaml"), yaml);
    static const QStringList corpusLanguages {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
    auto renamed = [&](QString file) {
        for (int i = 0; i < corpusLanguages.size(); ++i)
            file.replace(QLatin1Char('.') + corpusLanguages[i] + QStringLiteral(".md"),
                QLatin1Char('.') + spec.languages[i] + QStringLiteral(".md"));
        return file;
    };
    const QString news = site.pagesDir() + QStringLiteral("/02.news");
    QDir().mkpath(news);
    for (const QString &lang : corpusLanguages)
        QFile::copy(corpusNews() + QStringLiteral("/blog.") + lang + QStringLiteral(".md"),
            news + QLatin1Char('/') + renamed(QStringLiteral("blog.") + lang + QStringLiteral(".md")));
    for (const QString &folder : kCorpusFolders) {
        QDir().mkpath(news + QLatin1Char('/') + folder);
        const QDir from(corpusNews() + QLatin1Char('/') + folder);
        for (const QString &f : from.entryList(QDir::Files))
            QFile::copy(from.filePath(f), news + QLatin1Char('/') + folder + QLatin1Char('/') + renamed(f));
    }
    int n = 90;
    for (const auto &[name, header] : probeHeaders()) {
        const QByteArray file = QByteArrayLiteral("---\ntitle: Probe\n") + header + QByteArrayLiteral("---\n\n") + probeBody();
        site.writePage(QStringLiteral("02.news/%1.probe-%2/item.%3.md").arg(n++).arg(name, spec.languages.at(1)), file);
    }
    QStringList files;
    QDirIterator it(site.pagesDir(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestRenderConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteAgainstOracle_data();
    void siteAgainstOracle();
    void pageInjectPlaceholder();
    void installedShortcodes();
    void twigAndParserWarnings();
    void numericLanguages();
    void siteAddress();
};

void TestRenderConfig::siteAgainstOracle_data()
{
    QTest::addColumn<int>("spec");
    const QVector<SiteSpec> specs = siteSpecs();
    for (int i = 0; i < specs.size(); ++i)
        QTest::newRow(qPrintable(specs.at(i).name)) << i;
}

void TestRenderConfig::siteAgainstOracle()
{
    QFETCH(int, spec);
    if (!QDir(corpusNews()).exists())
        QSKIP(qPrintable(QStringLiteral("the hemcenter corpus is absent (%1); point GRAVDESK_SHARED_DIR at the shared folder")
                             .arg(corpusNews())));
    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const SiteSpec s = siteSpecs().at(spec);
    TempSite site;
    QVERIFY(site.isValid());
    const QStringList files = buildSite(site, s);
    QVERIFY(files.size() > 20);
    const SiteLayout layout = locateSite(site.root());
    QVERIFY2(layout.isValid(), qPrintable(layout.error));
    const SiteConfig config = SiteConfig::load(layout);
    QVERIFY2(config.warnings().isEmpty(), qPrintable(config.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(config.siteUrl(), s.oracleSiteUrl);
    const GravRenderer renderer(scanSite(layout, config));
    int equal = 0;
    QStringList failures;
    for (const QString &file : files) {
        const RenderResult mine = renderer.renderFile(file);
        QVERIFY2(mine.ok, qPrintable(mine.error));
        QString why;
        const QByteArray oracle = php(QStringLiteral("grav-render.php"),
            {QStringLiteral("--quiet"), QStringLiteral("--site-url"), s.oracleSiteUrl, file}, {}, &why);
        QVERIFY2(!oracle.isNull(), qPrintable(why));
        const QByteArray bytes = mine.html.toUtf8();
        if (bytes != oracle) {
            const QByteArray a = php(QStringLiteral("html-normalize.php"), {QStringLiteral("-")}, bytes, &why);
            const QByteArray b = php(QStringLiteral("html-normalize.php"), {QStringLiteral("-")}, oracle, &why);
            QVERIFY2(!a.isNull() && !b.isNull(), qPrintable(why));
            if (a != b) {
                failures << QDir(site.pagesDir()).relativeFilePath(file) + QStringLiteral(": ") + firstDifference(a, b);
                continue;
            }
        }
        ++equal;
    }
    qInfo("%s: %d of %d pages equal to the oracle", qPrintable(s.name), equal, int(files.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestRenderConfig::pageInjectPlaceholder()
{
    TempSite site;
    site.writeDefaultConfig();
    const QString file = site.writePage(QStringLiteral("02.news/01.a/item.ru.md"),
        TempSite::page(QByteArrayLiteral("title: A\n"),
            QByteArrayLiteral("[plugin:page-inject](/news/b)\n\nSee [plugin:content-inject](/news/c) here.\n")));
    const SiteLayout layout = locateSite(site.root());
    const GravRenderer renderer(scanSite(layout, SiteConfig::load(layout)));
    RenderOptions preview;
    preview.previewPlaceholders = true;
    const RenderResult shown = renderer.renderFile(file, preview);
    QVERIFY2(shown.html.contains(QStringLiteral(
                 "<div class=\"gd-placeholder\" data-gd-kind=\"page-inject\">[plugin:page-inject](/news/b)</div>")),
        qPrintable(shown.html));
    QVERIFY2(
        shown.html.contains(QStringLiteral(
            "See <span class=\"gd-placeholder\" data-gd-kind=\"page-inject\">[plugin:content-inject](/news/c)</span> here.")),
        qPrintable(shown.html));
    const RenderResult published = renderer.renderFile(file);
    QVERIFY(!published.html.contains(QStringLiteral("gd-placeholder")));
    QVERIFY(published.html.contains(QStringLiteral("<a href=\"/ru/news/b\">plugin:page-inject</a>")));
    QVERIFY2(published.unrendered.join(QLatin1Char('\n')).contains(QStringLiteral("page-inject")),
        qPrintable(published.warnings.join(QLatin1Char('\n'))));
    QVERIFY(published.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("page-inject")));

    // the raw shortcode form, and page-inject switched off in the page header: nothing to warn about then
    const QString raw = site.writePage(QStringLiteral("02.news/02.b/item.ru.md"),
        TempSite::page(QByteArrayLiteral("title: B\n"), QByteArrayLiteral("Before\n\n[page-inject path=\"/news/a\" /]\n")));
    const RenderResult rawShown = renderer.renderFile(raw, preview);
    QVERIFY2(rawShown.unrendered.join(QLatin1Char('\n')).contains(QStringLiteral("raw shortcode [page-inject]")),
        qPrintable(rawShown.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(rawShown.html.contains(QStringLiteral("data-gd-kind=\"shortcode\">[page-inject path=\"/news/a\" /]")),
        qPrintable(rawShown.html));
    const QString off = site.writePage(QStringLiteral("02.news/03.c/item.ru.md"),
        TempSite::page(QByteArrayLiteral("title: C\npage-inject:\n  active: false\n"),
            QByteArrayLiteral("[plugin:page-inject](/news/b)\n")));
    QVERIFY(renderer.renderFile(off).unrendered.isEmpty());
}

void TestRenderConfig::installedShortcodes()
{
    TempSite site;
    site.writeDefaultConfig();
    site.writeFile(QStringLiteral("user/plugins/gallery-pro/gallery-pro.yaml"), QByteArrayLiteral("enabled: true\n"));
    site.writeFile(QStringLiteral("user/plugins/gallery-pro/shortcodes/GalleryShortcode.php"),
        QByteArrayLiteral("<?php\nclass GalleryShortcode extends Shortcode {\n  public function init() {\n"
                          "    $this->shortcode->getHandlers()->add('gallery', function ($sc) { return 'x'; });\n"
                          "    $this->shortcode->getRawHandlers()->add('snippet', function ($sc) { return 'y'; });\n  }\n}\n"));
    site.writeFile(QStringLiteral("user/plugins/disabled-one/disabled-one.yaml"), QByteArrayLiteral("enabled: false\n"));
    site.writeFile(QStringLiteral("user/plugins/disabled-one/shortcodes/TabsShortcode.php"),
        QByteArrayLiteral("<?php\n$this->shortcode->getHandlers()->add('tabs', function ($sc) { return ''; });\n"));
    const QString file = site.writePage(QStringLiteral("02.news/01.a/item.ru.md"),
        TempSite::page(QByteArrayLiteral("title: A\n"),
            QByteArrayLiteral("[gallery]\n![a](a.jpg)\n[/gallery]\n\nText [tabs]t[/tabs] and [snippet name=\"x\"].\n")));
    const SiteLayout layout = locateSite(site.root());
    const GravRenderer renderer(scanSite(layout, SiteConfig::load(layout)));
    RenderOptions preview;
    preview.previewPlaceholders = true;
    const RenderResult r = renderer.renderFile(file, preview);
    const QString unrendered = r.unrendered.join(QLatin1Char('\n'));
    QVERIFY2(unrendered.contains(QStringLiteral("shortcode [gallery] is registered on the site but not emulated")),
        qPrintable(unrendered));
    QVERIFY2(unrendered.contains(QStringLiteral("raw shortcode [snippet]")), qPrintable(unrendered));
    QVERIFY2(!unrendered.contains(QStringLiteral("[tabs]")),
        qPrintable(unrendered)); // its plugin is disabled: Grav leaves it as text too
    // a registered name makes its line a shortcode line (no <p>), and the preview labels it
    QVERIFY2(r.html.startsWith(QStringLiteral("<div class=\"gd-placeholder\" data-gd-kind=\"shortcode\">[gallery]</div>")),
        qPrintable(r.html));
    QVERIFY2(r.html.contains(QStringLiteral("[tabs]t[/tabs]")), qPrintable(r.html));
    QVERIFY(!r.html.contains(QStringLiteral("data-gd-kind=\"shortcode\">[tabs]")));
}

void TestRenderConfig::twigAndParserWarnings()
{
    TempSite site;
    site.writeDefaultConfig();
    const QString twig = site.writePage(QStringLiteral("02.news/01.a/item.ru.md"),
        TempSite::page(QByteArrayLiteral("title: A\n"), QByteArrayLiteral("Hello {{ page.title }}.\n")));
    const QString regex = site.writePage(QStringLiteral("02.news/02.b/item.ru.md"),
        TempSite::page(QByteArrayLiteral("title: B\nshortcode-core:\n  parser: regex\n"), QByteArrayLiteral("[u]x[/u]\n")));
    // Twig in code is text for Grav as for any reader: nothing to warn about
    const QString plain = site.writePage(QStringLiteral("02.news/03.c/item.ru.md"),
        TempSite::page(
            QByteArrayLiteral("title: C\n"), QByteArrayLiteral("[u]x[/u] {not twig} `{{ code }}`\n\n    {% block %}\n")));
    const SiteLayout layout = locateSite(site.root());
    const GravRenderer renderer(scanSite(layout, SiteConfig::load(layout)));
    RenderOptions preview;
    preview.previewPlaceholders = true;
    const RenderResult t = renderer.renderFile(twig, preview);
    QVERIFY2(t.unrendered.join(QLatin1Char('\n')).contains(QStringLiteral("process.twig is off")),
        qPrintable(t.warnings.join(QLatin1Char('\n'))));
    QVERIFY2(t.html.contains(QStringLiteral("<span class=\"gd-placeholder\" data-gd-kind=\"twig\">{{ page.title }}</span>")),
        qPrintable(t.html));
    const RenderResult r = renderer.renderFile(regex);
    QVERIFY2(r.unrendered.join(QLatin1Char('\n')).contains(QStringLiteral("shortcode parser \"regex\" not emulated")),
        qPrintable(r.warnings.join(QLatin1Char('\n'))));
    QVERIFY(renderer.renderFile(plain).unrendered.isEmpty());
}

void TestRenderConfig::numericLanguages()
{
    TempSite site;
    site.writeConfig(QStringLiteral("system.yaml"),
        QByteArrayLiteral("languages:\n  supported: [17, 16, 15]\n  default_lang: 16\n  include_default_lang: false\n"
                          "  content_fallback:\n    15: [16]\n"));
    site.writePage(QStringLiteral("01.docs/docs.16.md"), TempSite::page(QByteArrayLiteral("title: Docs\n")));
    const QString en = site.writePage(QStringLiteral("01.docs/docs.15.md"),
        TempSite::page(QByteArrayLiteral("title: Docs\n"), QByteArrayLiteral("[other](../02.other) [root](/)\n")));
    site.writePage(QStringLiteral("02.other/default.16.md"), TempSite::page(QByteArrayLiteral("title: Other\nslug: andere\n")));
    const SiteLayout layout = locateSite(site.root());
    const SiteConfig config = SiteConfig::load(layout);
    QCOMPARE(config.languages(), (QStringList {QStringLiteral("17"), QStringLiteral("16"), QStringLiteral("15")}));
    QCOMPARE(config.defaultLanguage(), QStringLiteral("16"));
    QCOMPARE(
        config.fallbackLanguages(QStringLiteral("15")), (QStringList {QStringLiteral("15"), QStringLiteral("16"), QString()}));
    site.writePage(QStringLiteral("02.other/default.18.md"), TempSite::page(QByteArrayLiteral("title: Other\n")));
    const PageIndex index = scanSite(layout, config);
    // the index: 16 is a language of 02.other; 18 is a code the site does not have (Grav ignores that file)
    const int other = index.findByRelPath(QStringLiteral("02.other"));
    QVERIFY(other > 0);
    QCOMPARE(index.nodes[other].variants.size(), 1);
    QCOMPARE(index.nodes[other].variants.first().language, QStringLiteral("16"));
    QVERIFY(std::any_of(index.problems.cbegin(), index.problems.cend(), [](const SiteProblem &p) {
        return p.kind == ProblemKind::UnsupportedLanguage && p.path.endsWith(QLatin1String("default.18.md"));
    }));
    const GravRenderer renderer(index);
    const RenderResult r = renderer.renderFile(en);
    // the other folder's page is found through the fallback (its 16 file, slug andere); the 15 prefix is written
    QVERIFY2(r.html.contains(QStringLiteral("href=\"/15/andere\"")), qPrintable(r.html));
    QVERIFY2(r.html.contains(QStringLiteral("href=\"/15/\"")), qPrintable(r.html));
    if (Oracle::unavailableReason().isEmpty()) {
        QString why;
        const QByteArray oracle = php(QStringLiteral("grav-render.php"),
            {QStringLiteral("--quiet"), QStringLiteral("--site-url"), QString(), en}, {}, &why);
        QVERIFY2(!oracle.isNull(), qPrintable(why));
        QCOMPARE(r.html.toUtf8(), oracle);
    }
}

void TestRenderConfig::siteAddress()
{
    TempSite site;
    site.writeDefaultConfig();
    const QString file = site.writePage(QStringLiteral("02.news/01.a/item.ru.md"),
        TempSite::page(
            QByteArrayLiteral("title: A\n"), QByteArrayLiteral("[a](https://news.example.kz/x) [b](https://other.kz/site/y)\n")));
    {
        const SiteLayout layout = locateSite(site.root());
        const SiteConfig config = SiteConfig::load(layout);
        QCOMPARE(config.siteUrl(), QString());
        // no address: as the plugin's expression with an empty alternative, no link is external
        const RenderResult r = GravRenderer(scanSite(layout, config)).renderFile(file);
        QVERIFY2(!r.html.contains(QStringLiteral("external-link")), qPrintable(r.html));
    }
    site.writeConfig(QStringLiteral("plugins/gravdesk.yaml"),
        QByteArrayLiteral("gallery:\n  quality: 80\nsite_url: https://news.example.kz/\n"));
    {
        const SiteLayout layout = locateSite(site.root());
        const SiteConfig config = SiteConfig::load(layout);
        QCOMPARE(config.siteUrl(), QStringLiteral("https://news.example.kz"));
        QVERIFY(!config.siteUrlFromSystem());
        const RenderResult r = GravRenderer(scanSite(layout, config)).renderFile(file);
        QVERIFY2(r.html.contains(QStringLiteral("<a href=\"https://news.example.kz/x\">a</a>")), qPrintable(r.html));
        QVERIFY2(r.html.contains(QStringLiteral("<a href=\"https://other.kz/site/y\" target=\"_blank\"")), qPrintable(r.html));
    }
    // system.yaml's custom_base_url comes first; its path is Grav's base URL
    QString system = QString::fromUtf8(readFile(site.configDir() + QStringLiteral("/system.yaml")));
    site.writeConfig(
        QStringLiteral("system.yaml"), (system + QStringLiteral("custom_base_url: 'https://other.kz/site'\n")).toUtf8());
    {
        const SiteLayout layout = locateSite(site.root());
        const SiteConfig config = SiteConfig::load(layout);
        QCOMPARE(config.siteUrl(), QStringLiteral("https://other.kz/site"));
        QVERIFY(config.siteUrlFromSystem());
        const RenderResult r = GravRenderer(scanSite(layout, config)).renderFile(file);
        QVERIFY2(r.html.contains(QStringLiteral("<a href=\"https://other.kz/site/y\">b</a>")), qPrintable(r.html));
        QVERIFY2(r.html.contains(QStringLiteral("external-link")), qPrintable(r.html));
    }
}

QTEST_GUILESS_MAIN(TestRenderConfig)
#include "tst_render_config.moc"
