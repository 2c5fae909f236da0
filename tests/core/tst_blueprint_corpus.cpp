// Page blueprints of real sites: the corpus (Open Matter on Grav 1.7.50) and the project's sample site.

#include "page/blueprint.h"
#include "page/blueprintresolver.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace GravDesk;

namespace {

QString dump(const Blueprint &bp)
{
    return QStringLiteral("error: %1\nwarnings: %2\nfiles: %3\nfields: %4")
        .arg(bp.error, bp.warnings.join(QStringLiteral("; ")), bp.files.join(QStringLiteral(", ")),
            bp.valueFieldNames().join(QStringLiteral(", ")));
}

QStringList childKeys(const BlueprintField *container)
{
    QStringList keys;
    if (container) {
        for (const BlueprintField &f : container->fields)
            keys.append(f.key);
    }
    return keys;
}

} // namespace

class TestBlueprintCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusItem();
    void corpusAllTemplates();
    void sampleSiteItem();
};

void TestBlueprintCorpus::corpusItem()
{
    const QString root = TestPaths::corpusDir();
    if (!QFileInfo(root + QStringLiteral("/system/blueprints/pages/default.yaml")).isFile())
        QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(root)));
    const SiteLayout layout = locateSite(root);
    const BlueprintResolver resolver(layout, SiteConfig::load(layout));
    QCOMPARE(resolver.theme(), QStringLiteral("bootstrap4-open-matter"));

    const Blueprint bp = resolver.resolve(QStringLiteral("item"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    QVERIFY2(bp.warnings.isEmpty(), qPrintable(dump(bp)));
    QCOMPARE(bp.title, QStringLiteral("Open Matter Item Options"));
    QCOMPARE(bp.files.size(), 2);
    QVERIFY(bp.files.at(0).endsWith(QStringLiteral("system/blueprints/pages/default.yaml")));
    QVERIFY(bp.files.at(1).endsWith(QStringLiteral("bootstrap4-open-matter/blueprints/item.yaml")));

    const QStringList expected {QStringLiteral("header.title"), QStringLiteral("content"), QStringLiteral("header.media_order"),
        QStringLiteral("header.published"), QStringLiteral("header.date"), QStringLiteral("header.publish_date"),
        QStringLiteral("header.unpublish_date"), QStringLiteral("header.metadata"), QStringLiteral("header.taxonomy"),
        QStringLiteral("folder"), QStringLiteral("route"), QStringLiteral("name"), QStringLiteral("header.body_classes"),
        QStringLiteral("ordering"), QStringLiteral("order"), QStringLiteral("header.dateformat"), QStringLiteral("header.menu"),
        QStringLiteral("header.slug"), QStringLiteral("header.redirect"), QStringLiteral("header.process"),
        QStringLiteral("header.twig_first"), QStringLiteral("header.never_cache_twig"), QStringLiteral("header.child_type"),
        QStringLiteral("header.routable"), QStringLiteral("header.cache_enable"), QStringLiteral("header.visible"),
        QStringLiteral("header.debugger"), QStringLiteral("header.template"), QStringLiteral("header.append_url_extension"),
        QStringLiteral("header.redirect_default_route"), QStringLiteral("header.routes.default"),
        QStringLiteral("header.routes.canonical"), QStringLiteral("header.routes.aliases"),
        QStringLiteral("header.admin.children_display_order"), QStringLiteral("header.order_by"),
        QStringLiteral("header.order_manual"), QStringLiteral("header.header_image"), QStringLiteral("header.header_image_file"),
        QStringLiteral("header.header_image_width"), QStringLiteral("header.header_image_height"),
        QStringLiteral("header.header_image_alt_text"), QStringLiteral("header.header_image_credit"),
        QStringLiteral("header.header_image_creditlink"), QStringLiteral("header.summary.enabled"),
        QStringLiteral("header.summary.format"), QStringLiteral("header.summary.size"),
        QStringLiteral("header.summary.delimiter"), QStringLiteral("header.icon"), QStringLiteral("header.hide_from_post_list"),
        QStringLiteral("header.continue_link"), QStringLiteral("header.hide_git_sync_repo_link")};
    QCOMPARE(bp.valueFieldNames(), expected);
    QCOMPARE(bp.allValueFields().size(), expected.size());

    // Tabs in Grav's order, the theme's "Blog Item" last; its Options tab (default.yaml) is not part of item.
    QCOMPARE(childKeys(&bp.fields.first()),
        (QStringList {QStringLiteral("content"), QStringLiteral("options"), QStringLiteral("advanced"), QStringLiteral("blog")}));
    QCOMPARE(bp.container(QStringLiteral("blog"))->title, QStringLiteral("Blog Item"));
    QVERIFY(!bp.field(QStringLiteral("header.hide_page_title")));
    QVERIFY(!bp.field(QStringLiteral("header.show_sidebar")));

    // The theme's `content` adds a default to the core's markdown field.
    const BlueprintField *content = bp.field(QStringLiteral("content"));
    QCOMPARE(content->type, BlueprintFieldType::Markdown);
    QVERIFY(content->defaultValue.toString().startsWith(QStringLiteral("Your page summary goes here.")));
    QCOMPARE(content->validate.type, QStringLiteral("textarea"));

    const BlueprintField *hide = bp.field(QStringLiteral("header.hide_from_post_list"));
    QCOMPARE(hide->type, BlueprintFieldType::Toggle);
    QCOMPARE(hide->defaultValue, QVariant(qlonglong(0)));
    QCOMPARE(hide->options.at(0).value, QVariant(qlonglong(0)));
    QCOMPARE(hide->options.at(0).label, QStringLiteral("Yes"));
    QCOMPARE(bp.field(QStringLiteral("header.header_image_width"))->validate.max, QVariant(qlonglong(5000)));
    QCOMPARE(bp.field(QStringLiteral("header.header_image_alt_text"))->hasDefault, true);
    QVERIFY(!bp.field(QStringLiteral("header.header_image_alt_text"))->defaultValue.isValid());
    QCOMPARE(bp.field(QStringLiteral("header.summary.format"))->options.size(), 2);
    QCOMPARE(bp.field(QStringLiteral("header.taxonomy"))->type, BlueprintFieldType::Taxonomy);
    QVERIFY(bp.field(QStringLiteral("header.taxonomy"))->multiple);
    QCOMPARE(bp.field(QStringLiteral("header.dateformat"))->dynamicOptions, QStringLiteral("\\Grav\\Common\\Utils::dateFormats"));
    QCOMPARE(bp.field(QStringLiteral("header.process"))->defaultValue.toMap().value(QStringLiteral("twig")), QVariant(false));
    QCOMPARE(bp.field(QStringLiteral("folder"))->typeName, QStringLiteral("folder-slug"));
    QCOMPARE(bp.field(QStringLiteral("header.title"))->headerKey(), QStringLiteral("title"));
}

void TestBlueprintCorpus::corpusAllTemplates()
{
    const QString root = TestPaths::corpusDir();
    if (!QFileInfo(root + QStringLiteral("/system/blueprints/pages/default.yaml")).isFile())
        QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(root)));
    const SiteLayout layout = locateSite(root);
    const BlueprintResolver resolver(layout, SiteConfig::load(layout));

    const Blueprint def = resolver.resolve(QStringLiteral("default"));
    QVERIFY2(def.isValid(), qPrintable(dump(def)));
    QCOMPARE(def.title, QStringLiteral("Git Sync Options")); // Open Matter's default.yaml, extending the core one
    QVERIFY(def.field(QStringLiteral("header.show_sidebar")));
    QVERIFY(def.field(QStringLiteral("header.title")));

    // Every blueprint the themes and the core ship builds without an error.
    QStringList templates;
    const QStringList dirs {layout.userDir + QStringLiteral("/themes/bootstrap4-open-matter/blueprints"),
        layout.systemDir + QStringLiteral("/blueprints/pages")};
    for (const QString &dir : dirs) {
        const QDir d(dir);
        for (const QString &f : d.entryList({QStringLiteral("*.yaml")}, QDir::Files))
            templates.append(f.chopped(5));
        for (const QString &f : QDir(dir + QStringLiteral("/modular")).entryList({QStringLiteral("*.yaml")}, QDir::Files))
            templates.append(QStringLiteral("modular/") + f.chopped(5));
    }
    QVERIFY(templates.size() > 20);
    for (const QString &t : templates) {
        const Blueprint bp = resolver.resolve(t);
        QVERIFY2(bp.isValid() && bp.resolvedAs == t, qPrintable(t + QLatin1Char('\n') + dump(bp)));
    }
    const Blueprint external = resolver.resolve(QStringLiteral("external"));
    QVERIFY(external.field(QStringLiteral("header.external_url")));
    QVERIFY(!external.field(QStringLiteral("content")));
    QVERIFY(!external.field(QStringLiteral("header.taxonomy")));
    const Blueprint modular = resolver.resolve(QStringLiteral("modular"));
    QVERIFY(modular.field(QStringLiteral("header.content.items")));
}

void TestBlueprintCorpus::sampleSiteItem()
{
    const QString root = TestPaths::sourceDir() + QStringLiteral("/examples/sample-site");
    const SiteLayout layout = locateSite(root);
    QVERIFY2(layout.isValid(), qPrintable(layout.error));
    const BlueprintResolver resolver(layout, SiteConfig::load(layout));
    const Blueprint bp = resolver.resolve(QStringLiteral("item"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    QCOMPARE(bp.title, QStringLiteral("News item"));
    QCOMPARE(bp.resolvedAs, QStringLiteral("item"));
    const BlueprintField *news = bp.container(QStringLiteral("news"));
    QVERIFY(news);
    QCOMPARE(news->title, QStringLiteral("News"));
    QCOMPARE(childKeys(news),
        (QStringList {QStringLiteral("header.title"), QStringLiteral("header.date"), QStringLiteral("header.published"),
            QStringLiteral("header.publish_date"), QStringLiteral("header.taxonomy"), QStringLiteral("header.header_image"),
            QStringLiteral("header.media_order")}));
    // The core default (built in: the sample site has no system/ folder) still supplies the other tabs.
    QVERIFY(bp.container(QStringLiteral("advanced")));
    // header.title is bound in the Content tab and again in News: listed once, validated by the later definition.
    QCOMPARE(bp.valueFieldNames().count(QStringLiteral("header.title")), 1);
    QCOMPARE(bp.valueFieldNames().first(), QStringLiteral("header.title"));
    QVERIFY(bp.valueFields().first()->validate.required);
    QCOMPARE(bp.allValueFields().first()->validate.required, false); // the Content tab's binding
    QVERIFY(bp.field(QStringLiteral("header.title"))->validate.required);
    QCOMPARE(bp.field(QStringLiteral("header.header_image"))->options.at(0).label, QStringLiteral("On"));
    QVERIFY(bp.field(QStringLiteral("content"))->defaultValue.toString().contains(QStringLiteral("===")));
}

QTEST_GUILESS_MAIN(TestBlueprintCorpus)
#include "tst_blueprint_corpus.moc"
