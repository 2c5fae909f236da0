// Configuration layering (built-ins ← system/config ← user/config) and the language fallback rules.

#include "fileutil.h"
#include "io/siteworkspace.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "site/sitesettings.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QTest>

using namespace GravDesk;

namespace {

SiteConfig loadSite(const TempSite &site)
{
    return SiteConfig::load(locateSite(site.root()));
}

SiteConfig withLanguages(TempSite &site, const QByteArray &system)
{
    site.writeConfig(QStringLiteral("system.yaml"), system);
    return loadSite(site);
}

} // namespace

class TestSiteConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtins();
    void layering_data();
    void layering();
    void listsAndScalarsReplace();
    void merged_data();
    void merged();
    void fallbackLanguages_data();
    void fallbackLanguages();
    void defaultLanguage_data();
    void defaultLanguage();
    void timeZone_data();
    void timeZone();
    void brokenFileIsIgnored();
    void corpus();
    void blueprintSectionsJoin();
    void pluginLayers();
    void numericLanguageCodes();
    void siteUrl();
    void saveSiteUrl();
};

void TestSiteConfig::builtins()
{
    const SiteConfig c;
    QVERIFY(c.languages().isEmpty());
    QVERIFY(!c.isMultilang());
    QCOMPARE(c.defaultLanguage(), QString());
    QCOMPARE(c.fallbackLanguages(QStringLiteral("ru")), QStringList {QString()});
    QVERIFY(c.forceLowercaseUrls());
    QCOMPARE(c.paramSeparator(), QStringLiteral(":"));
    QCOMPARE(c.dateFormatDefault(), QString());
    QCOMPARE(c.summaryDelimiter(), QStringLiteral("==="));
    QCOMPARE(c.taxonomies(), (QStringList {QStringLiteral("category"), QStringLiteral("tag")}));
    QCOMPARE(c.homeAlias(), QStringLiteral("/home"));
    QVERIFY(c.publishDates());
    QVERIFY(c.mediaExtensions().contains(QStringLiteral("jpg")));
    QVERIFY(c.mediaExtensions().contains(QStringLiteral("pdf")));
    QVERIFY(!c.mediaExtensions().contains(QStringLiteral("md")));
    QCOMPARE(c.value(QStringLiteral("system.pages.markdown.extra")), QVariant(false));
    QCOMPARE(c.value(QStringLiteral("system.pages.process.twig")), QVariant(false));
    QCOMPARE(c.value(QStringLiteral("system.no.such.key"), QStringLiteral("fallback")), QVariant(QStringLiteral("fallback")));
    // A path through a scalar is not a path.
    QCOMPARE(c.value(QStringLiteral("system.param_sep.deeper")), QVariant());
    QVERIFY(c.warnings().isEmpty());
    QVERIFY(c.loadedFiles().isEmpty());
}

void TestSiteConfig::layering_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("expected");

    // Only in user/config.
    QTest::newRow("user wins a scalar") << QStringLiteral("system.timezone") << QVariant(QStringLiteral("Asia/Almaty"));
    // Only in system/config.
    QTest::newRow("system value kept") << QStringLiteral("system.param_sep") << QVariant(QStringLiteral(";"));
    QTest::newRow("system value deep") << QStringLiteral("system.pages.theme") << QVariant(QStringLiteral("quark"));
    // In both: maps merge key by key.
    QTest::newRow("user wins deep") << QStringLiteral("system.pages.dateformat.default") << QVariant(QStringLiteral("d-m-Y H:i"));
    QTest::newRow("sibling from system") << QStringLiteral("system.pages.dateformat.short") << QVariant(QStringLiteral("jS M Y"));
    QTest::newRow("user false over system true") << QStringLiteral("system.pages.markdown.extra") << QVariant(false);
    QTest::newRow("system over built-in") << QStringLiteral("system.pages.markdown.auto_line_breaks") << QVariant(true);
    QTest::newRow("built-in untouched") << QStringLiteral("system.pages.markdown.escape_markup") << QVariant(false);
    QTest::newRow("built-in map untouched") << QStringLiteral("system.pages.process.markdown") << QVariant(true);
    QTest::newRow("default_lang from system")
        << QStringLiteral("system.languages.default_lang") << QVariant(QStringLiteral("en"));
    // site.yaml layers the same way.
    QTest::newRow("site: system value") << QStringLiteral("site.summary.delimiter") << QVariant(QStringLiteral("<!--more-->"));
    QTest::newRow("site: user value") << QStringLiteral("site.summary.size") << QVariant(qlonglong(100));
    QTest::newRow("site: built-in value") << QStringLiteral("site.summary.format") << QVariant(QStringLiteral("short"));
    QTest::newRow("site: system false") << QStringLiteral("site.summary.enabled") << QVariant(false);
    // plugins/<name>.yaml lands under plugins.<name>.
    QTest::newRow("plugin setting") << QStringLiteral("plugins.shortcode-core.parser") << QVariant(QStringLiteral("wordpress"));
    QTest::newRow("plugin from system") << QStringLiteral("plugins.git-sync.enabled") << QVariant(false);
    QTest::newRow("plugin user over system")
        << QStringLiteral("plugins.git-sync.folders") << QVariant(QVariantList {QStringLiteral("pages"), QStringLiteral("data")});
}

void TestSiteConfig::layering()
{
    QFETCH(QString, path);
    QFETCH(QVariant, expected);

    TempSite site(TempSite::Layout::FullInstall);
    QVERIFY(site.isValid());
    site.writeSystemConfig(QStringLiteral("system.yaml"),
        QByteArrayLiteral("timezone: ''\n"
                          "param_sep: ';'\n"
                          "languages:\n"
                          "  supported: [en, fr]\n"
                          "  default_lang: en\n"
                          "  pages_fallback_only: false\n"
                          "pages:\n"
                          "  theme: quark\n"
                          "  dateformat:\n"
                          "    default: 'Y-m-d'\n"
                          "    short: 'jS M Y'\n"
                          "  markdown:\n"
                          "    extra: true\n"
                          "    auto_line_breaks: true\n"));
    site.writeSystemConfig(
        QStringLiteral("site.yaml"), QByteArrayLiteral("summary:\n  enabled: false\n  delimiter: '<!--more-->'\n"));
    site.writeSystemConfig(QStringLiteral("plugins/git-sync.yaml"), QByteArrayLiteral("enabled: false\nfolders: [pages]\n"));
    site.writeConfig(QStringLiteral("system.yaml"),
        QByteArrayLiteral("timezone: Asia/Almaty\n"
                          "languages:\n"
                          "  supported: [kk, ru]\n"
                          "pages:\n"
                          "  dateformat:\n"
                          "    default: 'd-m-Y H:i'\n"
                          "  markdown:\n"
                          "    extra: false\n"));
    site.writeConfig(QStringLiteral("site.yaml"), QByteArrayLiteral("taxonomies: [category]\nsummary:\n  size: 100\n"));
    site.writeConfig(QStringLiteral("plugins/shortcode-core.yaml"), QByteArrayLiteral("parser: wordpress\n"));
    site.writeConfig(QStringLiteral("plugins/git-sync.yaml"), QByteArrayLiteral("folders: [pages, data]\n"));

    const SiteConfig c = loadSite(site);
    QVERIFY2(c.warnings().isEmpty(), qPrintable(c.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(c.loadedFiles().size(), 7);
    QCOMPARE(c.value(path), expected);
}

// Lists are values like any other: a later layer replaces them whole.
void TestSiteConfig::listsAndScalarsReplace()
{
    TempSite site(TempSite::Layout::FullInstall);
    site.writeSystemConfig(
        QStringLiteral("system.yaml"), QByteArrayLiteral("languages:\n  supported: [en, fr]\n  default_lang: en\n"));
    site.writeConfig(QStringLiteral("system.yaml"), QByteArrayLiteral("languages:\n  supported: [kk, ru]\n"));
    site.writeConfig(QStringLiteral("site.yaml"), QByteArrayLiteral("taxonomies: [category]\n"));
    const SiteConfig c = loadSite(site);
    QCOMPARE(c.languages(), (QStringList {QStringLiteral("kk"), QStringLiteral("ru")}));
    QCOMPARE(c.taxonomies(), QStringList {QStringLiteral("category")});
    // default_lang "en" survives the merge but is not a supported language: the first one is the default.
    QCOMPARE(c.value(QStringLiteral("system.languages.default_lang")), QVariant(QStringLiteral("en")));
    QCOMPARE(c.defaultLanguage(), QStringLiteral("kk"));
}

void TestSiteConfig::merged_data()
{
    QTest::addColumn<QVariantMap>("base");
    QTest::addColumn<QVariantMap>("over");
    QTest::addColumn<QVariantMap>("expected");

    const auto s = [](const char *t) { return QVariant(QString::fromUtf8(t)); };
    QTest::newRow("disjoint") << QVariantMap {{QStringLiteral("a"), 1}} << QVariantMap {{QStringLiteral("b"), 2}}
                              << QVariantMap {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
    QTest::newRow("scalar replaced") << QVariantMap {{QStringLiteral("a"), 1}} << QVariantMap {{QStringLiteral("a"), s("x")}}
                                     << QVariantMap {{QStringLiteral("a"), s("x")}};
    QTest::newRow("maps merge")
        << QVariantMap {{QStringLiteral("m"), QVariantMap {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}}}}
        << QVariantMap {{QStringLiteral("m"), QVariantMap {{QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}}}}
        << QVariantMap {
               {QStringLiteral("m"), QVariantMap {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}, {QStringLiteral("c"), 3}}}};
    QTest::newRow("three levels")
        << QVariantMap {{QStringLiteral("a"),
               QVariantMap {{QStringLiteral("b"), QVariantMap {{QStringLiteral("c"), 1}, {QStringLiteral("d"), 1}}}}}}
        << QVariantMap {{QStringLiteral("a"), QVariantMap {{QStringLiteral("b"), QVariantMap {{QStringLiteral("d"), 2}}}}}}
        << QVariantMap {{QStringLiteral("a"),
               QVariantMap {{QStringLiteral("b"), QVariantMap {{QStringLiteral("c"), 1}, {QStringLiteral("d"), 2}}}}}};
    QTest::newRow("list replaced") << QVariantMap {{QStringLiteral("l"), QVariantList {1, 2}}}
                                   << QVariantMap {{QStringLiteral("l"), QVariantList {3}}}
                                   << QVariantMap {{QStringLiteral("l"), QVariantList {3}}};
    QTest::newRow("map replaced by scalar") << QVariantMap {{QStringLiteral("m"), QVariantMap {{QStringLiteral("a"), 1}}}}
                                            << QVariantMap {{QStringLiteral("m"), s("flat")}}
                                            << QVariantMap {{QStringLiteral("m"), s("flat")}};
    QTest::newRow("scalar replaced by map") << QVariantMap {{QStringLiteral("m"), s("flat")}}
                                            << QVariantMap {{QStringLiteral("m"), QVariantMap {{QStringLiteral("a"), 1}}}}
                                            << QVariantMap {{QStringLiteral("m"), QVariantMap {{QStringLiteral("a"), 1}}}};
    QTest::newRow("null replaces") << QVariantMap {{QStringLiteral("a"), 1}} << QVariantMap {{QStringLiteral("a"), QVariant()}}
                                   << QVariantMap {{QStringLiteral("a"), QVariant()}};
}

void TestSiteConfig::merged()
{
    QFETCH(QVariantMap, base);
    QFETCH(QVariantMap, over);
    QFETCH(QVariantMap, expected);
    QCOMPARE(SiteConfig::merged(base, over), expected);
}

void TestSiteConfig::fallbackLanguages_data()
{
    QTest::addColumn<QByteArray>("languages"); // the languages: block of user/config/system.yaml
    QTest::addColumn<QString>("active");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    const QString kk = QStringLiteral("kk"), ru = QStringLiteral("ru"), en = QStringLiteral("en");
    const QByteArray base = QByteArrayLiteral("languages:\n  supported: [kk, ru, en]\n  default_lang: kk\n");
    const QByteArray onlyTrue = base + QByteArrayLiteral("  pages_fallback_only: true\n");
    const QByteArray onlyFalse = base + QByteArrayLiteral("  pages_fallback_only: false\n");

    // Deprecated pages_fallback_only: the active language, then those listed before it in reverse, then "".
    QTest::newRow("fallback_only kk") << onlyTrue << kk << QStringList {kk, none};
    QTest::newRow("fallback_only ru") << onlyTrue << ru << QStringList {ru, kk, none};
    QTest::newRow("fallback_only en") << onlyTrue << en << QStringList {en, ru, kk, none};
    // Grav 1.7's default: the active language, the default language, then "".
    QTest::newRow("default kk") << onlyFalse << kk << QStringList {kk, none};
    QTest::newRow("default ru") << onlyFalse << ru << QStringList {ru, kk, none};
    QTest::newRow("default en") << onlyFalse << en << QStringList {en, kk, none};
    QTest::newRow("unset means false") << base << en << QStringList {en, kk, none};
    // content_fallback wins over both; "" follows the default language only when it is listed.
    const QByteArray content = onlyTrue + QByteArrayLiteral("  content_fallback:\n    en: [ru]\n    ru: [kk, en]\n");
    QTest::newRow("content_fallback without default") << content << en << QStringList {en, ru};
    QTest::newRow("content_fallback with default") << content << ru << QStringList {ru, kk, none, en};
    QTest::newRow("content_fallback unset for kk") << content << kk << QStringList {kk, none};
    // Grav also reads a comma-separated string there.
    const QByteArray asString = onlyFalse + QByteArrayLiteral("  content_fallback:\n    en: 'ru,kk'\n");
    QTest::newRow("content_fallback as a string") << asString << en << QStringList {en, ru, kk, none};
    // A content_fallback at the top level of system.yaml (as on the corpus site) is not Grav's setting.
    const QByteArray topLevel = onlyTrue + QByteArrayLiteral("content_fallback:\n  en: [en]\n");
    QTest::newRow("top-level content_fallback ignored") << topLevel << en << QStringList {en, ru, kk, none};
    // An unknown language is served as the default one.
    QTest::newRow("unsupported language") << onlyTrue << QStringLiteral("de") << QStringList {kk, none};
    QTest::newRow("no languages") << QByteArrayLiteral("languages:\n  supported: []\n") << ru << QStringList {none};
}

void TestSiteConfig::fallbackLanguages()
{
    QFETCH(QByteArray, languages);
    QFETCH(QString, active);
    QFETCH(QStringList, expected);

    TempSite site(TempSite::Layout::UserFolder);
    const SiteConfig c = withLanguages(site, languages);
    QVERIFY2(c.warnings().isEmpty(), qPrintable(c.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(c.fallbackLanguages(active), expected);
}

void TestSiteConfig::defaultLanguage_data()
{
    QTest::addColumn<QByteArray>("languages");
    QTest::addColumn<QString>("expected");

    QTest::newRow("explicit") << QByteArrayLiteral("languages:\n  supported: [kk, ru]\n  default_lang: ru\n")
                              << QStringLiteral("ru");
    QTest::newRow("missing: first") << QByteArrayLiteral("languages:\n  supported: [kk, ru]\n") << QStringLiteral("kk");
    QTest::newRow("null: first") << QByteArrayLiteral("languages:\n  supported: [ru, kk]\n  default_lang: ~\n")
                                 << QStringLiteral("ru");
    QTest::newRow("unsupported: first") << QByteArrayLiteral("languages:\n  supported: [kk, ru]\n  default_lang: de\n")
                                        << QStringLiteral("kk");
    QTest::newRow("single language") << QByteArrayLiteral("languages:\n  supported: [en]\n") << QStringLiteral("en");
    QTest::newRow("blank entries dropped") << QByteArrayLiteral("languages:\n  supported: ['', ru, ' ', ru]\n")
                                           << QStringLiteral("ru");
}

void TestSiteConfig::defaultLanguage()
{
    QFETCH(QByteArray, languages);
    QFETCH(QString, expected);
    TempSite site(TempSite::Layout::UserFolder);
    const SiteConfig c = withLanguages(site, languages);
    QCOMPARE(c.defaultLanguage(), expected);
    QVERIFY(!c.languages().contains(QString()));
    QCOMPARE(c.languages().count(expected), 1);
}

void TestSiteConfig::timeZone_data()
{
    QTest::addColumn<QByteArray>("system");
    QTest::addColumn<QByteArray>("zoneId");

    QTest::newRow("almaty") << QByteArrayLiteral("timezone: Asia/Almaty\n") << QByteArrayLiteral("Asia/Almaty");
    QTest::newRow("utc") << QByteArrayLiteral("timezone: UTC\n") << QByteArrayLiteral("UTC");
    QTest::newRow("quoted") << QByteArrayLiteral("timezone: 'Europe/Moscow'\n") << QByteArrayLiteral("Europe/Moscow");
}

void TestSiteConfig::timeZone()
{
    QFETCH(QByteArray, system);
    QFETCH(QByteArray, zoneId);
    TempSite site(TempSite::Layout::FullInstall);
    site.writeConfig(QStringLiteral("system.yaml"), system);
    const SiteConfig c = loadSite(site);
    QVERIFY(c.timeZone().isValid());
    QCOMPARE(c.timeZone().id(), zoneId);
}

// Grav refuses a configuration file it cannot parse; the editor warns and keeps the other layers.
void TestSiteConfig::brokenFileIsIgnored()
{
    TempSite site(TempSite::Layout::FullInstall);
    site.writeSystemConfig(QStringLiteral("system.yaml"), QByteArrayLiteral("languages:\n  supported: [en]\n"));
    const QString broken
        = site.writeConfig(QStringLiteral("system.yaml"), QByteArrayLiteral("timezone: UTC\nlanguages:\n  supported: [kk, ru\n"));
    site.writeConfig(QStringLiteral("site.yaml"), QByteArrayLiteral("taxonomies: [tag]\n"));
    const SiteConfig c = loadSite(site);
    QCOMPARE(c.warnings().size(), 1);
    QVERIFY2(c.warnings().first().contains(QStringLiteral("system.yaml")), qPrintable(c.warnings().first()));
    QVERIFY(!c.loadedFiles().contains(broken));
    QCOMPARE(c.languages(), QStringList {QStringLiteral("en")});
    QCOMPARE(c.value(QStringLiteral("system.timezone")), QVariant(QString()));
    QCOMPARE(c.taxonomies(), QStringList {QStringLiteral("tag")});
}

void TestSiteConfig::corpus()
{
    const QString root = TestPaths::corpusDir();
    if (!QFileInfo(root + QStringLiteral("/user/config/system.yaml")).isFile())
        QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(root)));
    const SiteLayout layout = locateSite(root);
    QVERIFY2(layout.isValid(), qPrintable(layout.error));
    const SiteConfig c = SiteConfig::load(layout);
    QVERIFY2(c.warnings().isEmpty(), qPrintable(c.warnings().join(QLatin1Char('\n'))));
    QVERIFY(c.loadedFiles().contains(root + QStringLiteral("/system/config/system.yaml")));
    QVERIFY(c.loadedFiles().contains(root + QStringLiteral("/user/config/system.yaml")));

    const QString kk = QStringLiteral("kk"), ru = QStringLiteral("ru"), en = QStringLiteral("en");
    QCOMPARE(c.languages(), (QStringList {kk, ru, en}));
    QCOMPARE(c.defaultLanguage(), kk);
    QCOMPARE(c.timeZone().id(), QByteArrayLiteral("Asia/Almaty"));
    QCOMPARE(c.summaryDelimiter(), QStringLiteral("==="));
    QCOMPARE(c.taxonomies(), (QStringList {QStringLiteral("category"), QStringLiteral("tag")}));
    QVERIFY(c.forceLowercaseUrls());
    QCOMPARE(c.paramSeparator(), QStringLiteral(":"));
    QCOMPARE(c.dateFormatDefault(), QString()); // `default: null`
    QCOMPARE(c.homeAlias(), QStringLiteral("/home"));
    QVERIFY(c.publishDates());
    QCOMPARE(c.value(QStringLiteral("system.pages.markdown.extra")), QVariant(false));
    QCOMPARE(c.value(QStringLiteral("system.pages.theme")), QVariant(QStringLiteral("bootstrap4-open-matter")));
    // pages_fallback_only: true; the site's top-level content_fallback block is not read by Grav.
    QCOMPARE(c.fallbackLanguages(kk), (QStringList {kk, QString()}));
    QCOMPARE(c.fallbackLanguages(ru), (QStringList {ru, kk, QString()}));
    QCOMPARE(c.fallbackLanguages(en), (QStringList {en, ru, kk, QString()}));
}

// Data::join(): a file merges key by key only into blueprint sections; a field's hash or list, and a key
// no blueprint defines, replace what was below them.
void TestSiteConfig::blueprintSectionsJoin()
{
    TempSite site(TempSite::Layout::FullInstall);
    site.writeSystemConfig(QStringLiteral("system.yaml"),
        QByteArrayLiteral("pages:\n  process: {markdown: true, twig: false}\n  markdown:\n    extra: false\n"
                          "    special_chars: {'>': gt, '<': lt}\n"));
    site.writeConfig(QStringLiteral("system.yaml"),
        QByteArrayLiteral(
            "pages:\n  process: {twig: true}\n  markdown:\n    auto_line_breaks: true\n    special_chars: {'&': amp}\n"));
    site.writeConfig(QStringLiteral("plugins/youtube.yaml"), QByteArrayLiteral("player_parameters:\n  rel: 0\n"));
    site.writeConfig(QStringLiteral("plugins/external_links.yaml"),
        QByteArrayLiteral("exclude:\n  domains: [a.kz]\nlinks:\n  schemes: [https]\n"));
    site.writeConfig(QStringLiteral("plugins/markdown-notices.yaml"), QByteArrayLiteral("level_classes: [note, info]\n"));
    const SiteConfig c = loadSite(site);
    QCOMPARE(c.value(QStringLiteral("system.pages.process")).toMap(), (QVariantMap {{QStringLiteral("twig"), true}}));
    QCOMPARE(c.value(QStringLiteral("system.pages.markdown.extra")), QVariant(false)); // a section: merged
    QCOMPARE(c.value(QStringLiteral("system.pages.markdown.auto_line_breaks")), QVariant(true));
    QCOMPARE(c.value(QStringLiteral("system.pages.markdown.special_chars")).toMap().keys(), QStringList {QStringLiteral("&")});
    const QVariantMap youtube = c.plugin(QStringLiteral("youtube"));
    QCOMPARE(youtube.value(QStringLiteral("player_parameters")).toMap().value(QStringLiteral("rel")), QVariant(0));
    QCOMPARE(youtube.value(QStringLiteral("player_parameters")).toMap().value(QStringLiteral("color")),
        QVariant(QStringLiteral("red")));
    const QVariantMap links = c.plugin(QStringLiteral("external_links"));
    QCOMPARE(links.value(QStringLiteral("exclude")).toMap().value(QStringLiteral("classes")).toList(),
        QVariantList {QStringLiteral("exclude")});
    QCOMPARE(links.value(QStringLiteral("links")).toMap().value(QStringLiteral("schemes")).toList(),
        QVariantList {QStringLiteral("https")});
    QCOMPARE(links.value(QStringLiteral("target")), QVariant(QStringLiteral("_blank")));
    QCOMPARE(c.stringList(QStringLiteral("plugins.markdown-notices.level_classes")),
        (QStringList {QStringLiteral("note"), QStringLiteral("info")}));

    // array_replace_recursive (youtube's page header merge): lists entry by entry
    const QVariantMap merged = SiteConfig::replacedRecursive(
        {{QStringLiteral("l"), QVariantList {1, 2, 3}},
            {QStringLiteral("m"), QVariantMap {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}}}},
        {{QStringLiteral("l"), QVariantList {9}}, {QStringLiteral("m"), QVariantMap {{QStringLiteral("b"), 5}}}});
    QCOMPARE(merged.value(QStringLiteral("l")).toList(), (QVariantList {9, 2, 3}));
    QCOMPARE(merged.value(QStringLiteral("m")).toMap(), (QVariantMap {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 5}}));
}

// Built-in plugin defaults ← the plugin's own <name>.yaml ← user/config/plugins/<name>.yaml.
void TestSiteConfig::pluginLayers()
{
    TempSite site;
    QCOMPARE(loadSite(site).stringList(QStringLiteral("plugins.markdown-notices.level_classes")),
        (QStringList {QStringLiteral("yellow"), QStringLiteral("red"), QStringLiteral("blue"), QStringLiteral("green")}));
    QVERIFY(loadSite(site).pluginEnabled(QStringLiteral("external_links")));
    QVERIFY(!loadSite(site).pluginEnabled(QStringLiteral("unknown")));
    site.writeFile(QStringLiteral("user/plugins/markdown-notices/markdown-notices.yaml"),
        QByteArrayLiteral("enabled: true\nbase_classes: notices\nlevel_classes: [a, b, c]\n"));
    QCOMPARE(loadSite(site).stringList(QStringLiteral("plugins.markdown-notices.level_classes")),
        (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    site.writeConfig(QStringLiteral("plugins/markdown-notices.yaml"), QByteArrayLiteral("level_classes: [note]\n"));
    const SiteConfig c = loadSite(site);
    QCOMPARE(c.stringList(QStringLiteral("plugins.markdown-notices.level_classes")), QStringList {QStringLiteral("note")});
    QCOMPARE(c.value(QStringLiteral("plugins.markdown-notices.base_classes")), QVariant(QStringLiteral("notices")));
}

// Grav casts supported languages to strings: `[17, 16, 15]` are the codes "17", "16", "15".
void TestSiteConfig::numericLanguageCodes()
{
    TempSite site;
    const SiteConfig c = withLanguages(
        site, QByteArrayLiteral("languages:\n  supported: [17, 16, 15]\n  default_lang: 16\n  pages_fallback_only: true\n"));
    QCOMPARE(c.languages(), (QStringList {QStringLiteral("17"), QStringLiteral("16"), QStringLiteral("15")}));
    QCOMPARE(c.defaultLanguage(), QStringLiteral("16"));
    QVERIFY(c.isMultilang());
    QCOMPARE(c.fallbackLanguages(QStringLiteral("15")),
        (QStringList {QStringLiteral("15"), QStringLiteral("16"), QStringLiteral("17"), QString()}));
}

void TestSiteConfig::siteUrl()
{
    TempSite site;
    QCOMPARE(loadSite(site).siteUrl(), QString());
    site.writeConfig(QStringLiteral("plugins/gravdesk.yaml"), QByteArrayLiteral("site_url: 'https://example.kz/'\n"));
    QCOMPARE(loadSite(site).siteUrl(), QStringLiteral("https://example.kz"));
    QVERIFY(!loadSite(site).siteUrlFromSystem());
    site.writeConfig(QStringLiteral("system.yaml"), QByteArrayLiteral("custom_base_url: 'https://grav.example.org/docs'\n"));
    QCOMPARE(loadSite(site).siteUrl(), QStringLiteral("https://grav.example.org/docs"));
    QVERIFY(loadSite(site).siteUrlFromSystem());
}

// site_url goes into gravdesk.yaml through the site's write path, keeping the gallery settings there.
void TestSiteConfig::saveSiteUrl()
{
    QString why;
    QCOMPARE(
        SiteSettings::normalizedSiteUrl(QStringLiteral(" https://example.kz/ "), &why), QStringLiteral("https://example.kz"));
    QVERIFY(why.isEmpty());
    QCOMPARE(SiteSettings::normalizedSiteUrl(QStringLiteral("example.kz"), &why), QString());
    QVERIFY(!why.isEmpty());
    QCOMPARE(SiteSettings::normalizedSiteUrl(QStringLiteral("https://example.kz/?a=1")), QString());

    TempSite site(TempSite::Layout::UserFolder);
    QVERIFY(QDir(site.configDir()).removeRecursively()); // no config folder yet: created on the way
    const SiteLayout layout = locateSite(site.root());
    {
        SiteWorkspace workspace(layout);
        const IoResult r = SiteSettings::saveSiteUrl(workspace, QStringLiteral("https://example.kz"));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QCOMPARE(readFile(SiteSettings::filePath(layout)), QByteArrayLiteral("site_url: 'https://example.kz'\n"));
    site.writeConfig(
        QStringLiteral("plugins/gravdesk.yaml"), QByteArrayLiteral("gallery:\n  quality: 80\nsite_url: 'https://old.kz'\n"));
    {
        SiteWorkspace workspace(layout);
        const IoResult r = SiteSettings::saveSiteUrl(workspace, QStringLiteral("https://new.kz"));
        QVERIFY2(r.ok, qPrintable(r.error));
    }
    QCOMPARE(
        readFile(SiteSettings::filePath(layout)), QByteArrayLiteral("gallery:\n  quality: 80\nsite_url: 'https://new.kz'\n"));
    const SiteConfig c = SiteConfig::load(layout);
    QCOMPARE(c.siteUrl(), QStringLiteral("https://new.kz"));
    QCOMPARE(c.value(QStringLiteral("plugins.gravdesk.gallery.quality")), QVariant(80));
}

QTEST_GUILESS_MAIN(TestSiteConfig)
#include "tst_siteconfig.moc"
