// Page blueprints resolved as Grav 1.7 resolves them: lookup order, extends@, import@ and the other directives.

#include "page/blueprint.h"
#include "page/blueprintresolver.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "tempsite.h"

#include <QDir>
#include <QTest>

using namespace GravDesk;

namespace {

// A small core default: two tabs, a section, a config-default@ and a data-options@.
const QByteArray systemDefault = R"(title: Default
form:
  validation: loose
  fields:
    tabs:
      type: tabs
      fields:
        content:
          type: tab
          title: Content
          fields:
            xss_check:
              type: xss
            header.title: {type: text, label: Title}
            content: {type: markdown}
            header.media_order: {type: pagemedia, label: Media}
        options:
          type: tab
          title: Options
          fields:
            publishing:
              type: section
              title: Publishing
              fields:
                header.published:
                  type: toggle
                  label: Published
                  highlight: 1
                  options: {1: 'Yes', 0: 'No'}
                  validate: {type: bool}
                header.date: {type: datetime, label: Date, toggleable: true}
            header.process:
              type: checkboxes
              config-default@: system.pages.process
              default: {markdown: true, twig: false}
              options: {markdown: Markdown, twig: Twig}
              use: keys
            name:
              type: select
              default: default
              options: {custom: Custom}
              data-options@: '\Grav\Common\Page\Pages::pageTypes'
)";

struct Site
{
    explicit Site(TempSite::Layout layout = TempSite::Layout::FullInstall, const QByteArray &theme = "mytheme")
        : temp(layout)
    {
        temp.writeConfig(QStringLiteral("system.yaml"), "pages:\n  theme: " + theme + "\n");
        if (layout == TempSite::Layout::FullInstall)
            temp.writeFile(QStringLiteral("system/blueprints/pages/default.yaml"), systemDefault);
    }
    void theme(const QString &rel, const QByteArray &yaml, const QString &name = QStringLiteral("mytheme"))
    {
        writeUser(QStringLiteral("themes/%1/blueprints/%2").arg(name, rel), yaml);
    }
    void user(const QString &rel, const QByteArray &yaml) { writeUser(QStringLiteral("blueprints/pages/") + rel, yaml); }
    void system(const QString &rel, const QByteArray &yaml)
    {
        temp.writeFile(QStringLiteral("system/blueprints/pages/") + rel, yaml);
    }
    void writeUser(const QString &rel, const QByteArray &yaml)
    {
        const QString userRel = QDir(temp.root()).relativeFilePath(temp.userDir());
        temp.writeFile(userRel.isEmpty() || userRel == QLatin1String(".") ? rel : userRel + QLatin1Char('/') + rel, yaml);
    }
    BlueprintResolver resolver() const
    {
        const SiteLayout layout = locateSite(temp.root());
        return BlueprintResolver(layout, SiteConfig::load(layout));
    }
    Blueprint resolve(const QString &templateName) const { return resolver().resolve(templateName); }

    TempSite temp;
};

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

const QStringList coreFields {QStringLiteral("header.title"), QStringLiteral("content"), QStringLiteral("header.media_order"),
    QStringLiteral("header.published"), QStringLiteral("header.date"), QStringLiteral("header.process"), QStringLiteral("name")};

} // namespace

class TestBlueprint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldHelpers();
    void themeWinsAndExtends();
    void contextSkipsTheme();
    void userDefaultExtendsSystemDefault();
    void laterDefinitionsMerge();
    void unsetAndReplace();
    void ordering();
    void imports();
    void configAndDataDirectives();
    void loopsAndDepth();
    void missingAndBroken();
    void themeInheritance();
    void modular();
    void builtinDefaultWithoutSystemFolder();
    void listsAndFlags();
};

void TestBlueprint::fieldHelpers()
{
    QCOMPARE(BlueprintField::headerKeyOf(QStringLiteral("header.summary.enabled")), QStringLiteral("summary.enabled"));
    QCOMPARE(BlueprintField::headerKeyOf(QStringLiteral("content")), QString());
    QCOMPARE(BlueprintField::headerKeyOf(QStringLiteral("folder")), QString());
    QCOMPARE(BlueprintField::typeFromName(QStringLiteral("pagemediaselect")), BlueprintFieldType::Pagemediaselect);
    QCOMPARE(BlueprintField::typeFromName(QStringLiteral("folder-slug")), BlueprintFieldType::Unknown);
    QCOMPARE(Blueprint::displayText(QStringLiteral("PLUGIN_ADMIN.PUBLISHED")), QStringLiteral("Published"));
    QCOMPARE(Blueprint::displayText(QStringLiteral("PLUGIN_ADMIN.PAGE_FILE")), QStringLiteral("Page template"));
    QCOMPARE(Blueprint::displayText(QStringLiteral("PLUGIN_ADMIN.PAGE_FILE_HELP")), QString());
    QCOMPARE(Blueprint::displayText(QStringLiteral("THEME_X.HEADER_IMAGE")), QStringLiteral("Header image"));
    QCOMPARE(Blueprint::displayText(QStringLiteral("Display Header Image")), QStringLiteral("Display Header Image"));
    QCOMPARE(Blueprint::displayText(QStringLiteral("For example: myimage.jpg")), QStringLiteral("For example: myimage.jpg"));

    Site site;
    const Blueprint bp = site.resolve(QStringLiteral("default"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    QCOMPARE(bp.title, QStringLiteral("Default"));
    QCOMPARE(bp.valueFieldNames(), coreFields); // xss_check and the section are not data
    QCOMPARE(bp.fields.size(), 1);
    QCOMPARE(bp.fields.first().type, BlueprintFieldType::Tabs);
    QVERIFY(bp.fields.first().isContainer());
    QCOMPARE(childKeys(&bp.fields.first()), (QStringList {QStringLiteral("content"), QStringLiteral("options")}));
    const BlueprintField *tab = bp.container(QStringLiteral("options"));
    QVERIFY(tab);
    QCOMPARE(tab->title, QStringLiteral("Options"));
    const BlueprintField *published = bp.field(QStringLiteral("header.published"));
    QVERIFY(published);
    QCOMPARE(published->type, BlueprintFieldType::Toggle);
    QCOMPARE(published->headerKey(), QStringLiteral("published"));
    QCOMPARE(published->options.size(), 2);
    QCOMPARE(published->options.at(0).value, QVariant(qlonglong(1)));
    QCOMPARE(published->options.at(0).label, QStringLiteral("Yes"));
    QCOMPARE(published->options.at(1).value, QVariant(qlonglong(0)));
    QCOMPARE(published->validate.type, QStringLiteral("bool"));
    QCOMPARE(published->highlight, QVariant(qlonglong(1)));
    QVERIFY(bp.field(QStringLiteral("header.date"))->toggleable);
    QCOMPARE(bp.field(QStringLiteral("content"))->headerKey(), QString());
    QVERIFY(!bp.field(QStringLiteral("nosuch")));
}

void TestBlueprint::themeWinsAndExtends()
{
    Site site;
    site.theme(QStringLiteral("item.yaml"), R"(title: Theme item
extends@: default
form:
  fields:
    tabs:
      fields:
        blog:
          type: tab
          title: Blog Item
          fields:
            summary: {type: section, title: Summary, underline: true}
            header.summary.enabled: {type: toggle, label: Summary, options: {1: Enabled, 0: Disabled}}
)");
    site.user(QStringLiteral("item.yaml"), "title: User item\n");
    const BlueprintResolver resolver = site.resolver();
    QCOMPARE(resolver.theme(), QStringLiteral("mytheme"));
    const QStringList candidates = resolver.candidates(QStringLiteral("item"));
    QCOMPARE(candidates.size(), 2);
    QVERIFY(candidates.at(0).endsWith(QStringLiteral("themes/mytheme/blueprints/item.yaml")));
    QVERIFY(candidates.at(1).endsWith(QStringLiteral("blueprints/pages/item.yaml")));

    const Blueprint bp = resolver.resolve(QStringLiteral("item"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    QCOMPARE(bp.title, QStringLiteral("Theme item"));
    QCOMPARE(bp.resolvedAs, QStringLiteral("item"));
    QCOMPARE(bp.files.size(), 2);
    QVERIFY(bp.files.at(0).endsWith(QStringLiteral("system/blueprints/pages/default.yaml")));
    QVERIFY(bp.files.at(1).endsWith(QStringLiteral("themes/mytheme/blueprints/item.yaml")));
    QCOMPARE(bp.valueFieldNames(), coreFields + QStringList {QStringLiteral("header.summary.enabled")});
    QCOMPARE(childKeys(&bp.fields.first()),
        (QStringList {QStringLiteral("content"), QStringLiteral("options"), QStringLiteral("blog")}));
    QCOMPARE(bp.field(QStringLiteral("header.summary.enabled"))->headerKey(), QStringLiteral("summary.enabled"));
}

void TestBlueprint::contextSkipsTheme()
{
    Site site;
    site.theme(QStringLiteral("default.yaml"), R"(title: Theme default
'@extends': {type: default, context: 'blueprints://pages'}
form:
  fields:
    tabs:
      fields:
        options:
          fields:
            header.show_sidebar: {type: toggle, label: Sidebar}
)");
    // With a context only user and system blueprints count; without one the theme's default comes first.
    site.theme(QStringLiteral("item.yaml"), "'@extends':\n  type: default\n  context: blueprints://pages\n");
    site.theme(QStringLiteral("page.yaml"), "extends@: default\n");
    const BlueprintResolver resolver = site.resolver();

    const Blueprint item = resolver.resolve(QStringLiteral("item"));
    QVERIFY2(item.isValid(), qPrintable(dump(item)));
    QCOMPARE(item.valueFieldNames(), coreFields);

    const Blueprint page = resolver.resolve(QStringLiteral("page"));
    QVERIFY2(page.isValid(), qPrintable(dump(page)));
    QCOMPARE(page.valueFieldNames(), coreFields + QStringList {QStringLiteral("header.show_sidebar")});
    QCOMPARE(page.files.size(), 3);

    // The theme's default is the site's default form too, and that of names nothing registered…
    QCOMPARE(resolver.resolve(QStringLiteral("default")).title, QStringLiteral("Theme default"));
    const Blueprint unknown = resolver.resolve(QStringLiteral("nosuch"));
    QCOMPARE(unknown.title, QStringLiteral("Theme default"));
    QCOMPARE(unknown.resolvedAs, QStringLiteral("default"));
    QVERIFY(!unknown.warnings.isEmpty());
    // … but a template of the theme without a blueprint of its own gets the core default (Grav's Types::register()).
    site.writeUser(QStringLiteral("themes/mytheme/templates/error.html.twig"), "{{ page.content|raw }}\n");
    const Blueprint error = resolver.resolve(QStringLiteral("error"));
    QVERIFY2(error.isValid(), qPrintable(dump(error)));
    QCOMPARE(error.title, QStringLiteral("Default"));
    QCOMPARE(error.resolvedAs, QStringLiteral("default"));
    QVERIFY2(error.warnings.isEmpty(), qPrintable(dump(error)));
}

void TestBlueprint::userDefaultExtendsSystemDefault()
{
    for (const QByteArray &extends : {QByteArray("{type: default, context: 'blueprints://pages'}"), QByteArray("'@parent'")}) {
        Site site;
        site.user(QStringLiteral("default.yaml"), "extends@: " + extends + R"(
form:
  fields:
    tabs:
      fields:
        content:
          fields:
            header.author: {type: text, label: Author}
)");
        const Blueprint bp = site.resolve(QStringLiteral("default"));
        QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
        QCOMPARE(bp.files.size(), 2);
        QCOMPARE(bp.title, QStringLiteral("Default"));
        QCOMPARE(childKeys(bp.container(QStringLiteral("content"))),
            (QStringList {QStringLiteral("xss_check"), QStringLiteral("header.title"), QStringLiteral("content"),
                QStringLiteral("header.media_order"), QStringLiteral("header.author")}));
    }
}

void TestBlueprint::laterDefinitionsMerge()
{
    Site site;
    site.theme(QStringLiteral("item.yaml"), R"(extends@: default
form:
  fields:
    tabs:
      fields:
        content:
          fields:
            header.title:
              label: Headline
              validate: {required: true, message: A headline please}
            header.subtitle: {type: text, label: Subtitle, placeholder: 'Optional'}
        options:
          fields:
            header.process:
              default: {markdown: false}
)");
    const Blueprint bp = site.resolve(QStringLiteral("item"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    // Same place, properties merged: the type stays, the label is replaced, validate is added.
    QCOMPARE(childKeys(bp.container(QStringLiteral("content"))),
        (QStringList {QStringLiteral("xss_check"), QStringLiteral("header.title"), QStringLiteral("content"),
            QStringLiteral("header.media_order"), QStringLiteral("header.subtitle")}));
    QCOMPARE(bp.container(QStringLiteral("content"))->title, QStringLiteral("Content"));
    const BlueprintField *title = bp.field(QStringLiteral("header.title"));
    QCOMPARE(title->type, BlueprintFieldType::Text);
    QCOMPARE(title->label, QStringLiteral("Headline"));
    QVERIFY(title->validate.required);
    QCOMPARE(title->validate.message, QStringLiteral("A headline please"));
    QCOMPARE(bp.field(QStringLiteral("header.subtitle"))->placeholder, QStringLiteral("Optional"));
}

void TestBlueprint::unsetAndReplace()
{
    Site site;
    site.theme(QStringLiteral("item.yaml"), R"(extends@: default
form:
  fields:
    tabs:
      fields:
        content:
          fields:
            content: {unset@: true}
            header.media_order: {unset-label@: true}
            header.title:
              replace@: true
              type: textarea
        options:
          fields:
            publishing: {unset@: true}
)");
    const Blueprint bp = site.resolve(QStringLiteral("item"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    QCOMPARE(bp.valueFieldNames(),
        (QStringList {QStringLiteral("header.title"), QStringLiteral("header.media_order"), QStringLiteral("header.process"),
            QStringLiteral("name")}));
    const BlueprintField *media = bp.field(QStringLiteral("header.media_order"));
    QCOMPARE(media->type, BlueprintFieldType::Pagemedia);
    QVERIFY(media->label.isEmpty());
    const BlueprintField *title = bp.field(QStringLiteral("header.title"));
    QCOMPARE(title->type, BlueprintFieldType::Textarea);
    QVERIFY(title->label.isEmpty()); // replaced, not merged
    QVERIFY(!title->attributes.contains(QStringLiteral("replace@")));
    QVERIFY(!bp.container(QStringLiteral("publishing")));

    // In a blueprint of its own, unset@ drops a field only when nothing else is left of it (BlueprintForm::deepInit).
    site.user(QStringLiteral("solo.yaml"),
        "form:\n  fields:\n    a: {type: text}\n    b: {unset@: true}\n    c: {unset@: true, type: text}\n");
    QCOMPARE(site.resolve(QStringLiteral("solo")).valueFieldNames(), (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
}

void TestBlueprint::ordering()
{
    Site site;
    site.theme(QStringLiteral("item.yaml"), R"(extends@: default
form:
  fields:
    tabs:
      fields:
        content:
          fields:
            header.media_order: {ordering@: 0}
            header.lead: {type: textarea, label: Lead, ordering@: header.title}
        first:
          type: tab
          title: First
          ordering@: 0
)");
    const Blueprint bp = site.resolve(QStringLiteral("item"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    QCOMPARE(childKeys(bp.container(QStringLiteral("content"))),
        (QStringList {QStringLiteral("header.media_order"), QStringLiteral("xss_check"), QStringLiteral("header.title"),
            QStringLiteral("header.lead"), QStringLiteral("content")}));
    QCOMPARE(childKeys(&bp.fields.first()),
        (QStringList {QStringLiteral("first"), QStringLiteral("content"), QStringLiteral("options")}));
    QVERIFY(!bp.field(QStringLiteral("header.lead"))->attributes.contains(QStringLiteral("ordering@")));
}

void TestBlueprint::imports()
{
    Site site;
    site.system(QStringLiteral("partials/people.yaml"), R"(form:
  fields:
    header.author: {type: text, label: Author}
    header.editor: {type: text, label: Editor}
)");
    site.user(QStringLiteral("partials/extra.yaml"), "form:\n  fields:\n    header.source: {type: text, label: Source}\n");
    site.theme(QStringLiteral("item.yaml"), R"(extends@: default
form:
  fields:
    tabs:
      fields:
        people:
          type: tab
          title: People
          import@: {type: partials/people, context: 'blueprints://pages'}
          fields:
            header.editor: {label: Desk editor}
            header.photo: {type: mediapicker, label: Photo}
        more:
          type: tab
          title: More
          import@1: partials/extra
          import@2:
            type: partials/people
            context: blueprints://pages
)");
    const Blueprint bp = site.resolve(QStringLiteral("item"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    // Imported fields come first; what the blueprint itself says wins.
    QCOMPARE(childKeys(bp.container(QStringLiteral("people"))),
        (QStringList {QStringLiteral("header.author"), QStringLiteral("header.editor"), QStringLiteral("header.photo")}));
    QCOMPARE(bp.container(QStringLiteral("people"))->fields.at(1).label, QStringLiteral("Desk editor"));
    QCOMPARE(bp.container(QStringLiteral("people"))->fields.at(1).type, BlueprintFieldType::Text);
    QCOMPARE(childKeys(bp.container(QStringLiteral("more"))),
        (QStringList {QStringLiteral("header.author"), QStringLiteral("header.editor"), QStringLiteral("header.source")}));
    QVERIFY(bp.files.filter(QStringLiteral("partials/people.yaml")).size() == 2);

    // A missing partial is skipped, as Grav skips it, with a warning.
    site.theme(QStringLiteral("broken.yaml"), "form:\n  fields:\n    t:\n      type: tab\n      import@: partials/nosuch\n");
    const Blueprint broken = site.resolve(QStringLiteral("broken"));
    QVERIFY2(broken.isValid(), qPrintable(dump(broken)));
    QVERIFY2(broken.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("partials/nosuch")), qPrintable(dump(broken)));
}

void TestBlueprint::configAndDataDirectives()
{
    Site site;
    const Blueprint plain = site.resolve(QStringLiteral("default"));
    const BlueprintField *process = plain.field(QStringLiteral("header.process"));
    QVERIFY(process);
    QVERIFY(process->hasDefault);
    // The site has no process setting of its own: Grav's built-in one.
    QCOMPARE(process->defaultValue.toMap().value(QStringLiteral("markdown")), QVariant(true));
    QCOMPARE(process->options.size(), 2);
    QCOMPARE(process->options.at(0).value, QVariant(QStringLiteral("markdown")));

    site.temp.writeConfig(QStringLiteral("system.yaml"), "pages:\n  theme: mytheme\n  process: {markdown: false, twig: true}\n");
    const Blueprint configured = site.resolve(QStringLiteral("default"));
    const QVariantMap def = configured.field(QStringLiteral("header.process"))->defaultValue.toMap();
    QCOMPARE(def.value(QStringLiteral("markdown")), QVariant(false));
    QCOMPARE(def.value(QStringLiteral("twig")), QVariant(true));

    const BlueprintField *name = configured.field(QStringLiteral("name"));
    QCOMPARE(name->dynamicOptions, QStringLiteral("\\Grav\\Common\\Page\\Pages::pageTypes"));
    QCOMPARE(name->options.size(), 1); // the static options stay; Grav adds the callable's
    QCOMPARE(name->defaultValue, QVariant(QStringLiteral("default")));
    QVERIFY(!name->attributes.contains(QStringLiteral("data-options@")));
}

void TestBlueprint::loopsAndDepth()
{
    Site site;
    site.user(QStringLiteral("a.yaml"), "title: A\nextends@: b\n");
    site.user(QStringLiteral("b.yaml"), "title: B\nextends@: a\n");
    site.user(QStringLiteral("self.yaml"), "title: Self\nform:\n  fields:\n    x:\n      type: section\n      import@: self\n");
    const BlueprintResolver resolver = site.resolver();

    const Blueprint strict = resolver.loadFile(resolver.candidates(QStringLiteral("a")).value(0));
    QVERIFY(!strict.isValid());
    QVERIFY2(strict.error.contains(QStringLiteral("loop")), qPrintable(strict.error));

    // Grav shows the default form for a blueprint it cannot load.
    const Blueprint a = resolver.resolve(QStringLiteral("a"));
    QVERIFY2(a.isValid(), qPrintable(dump(a)));
    QCOMPARE(a.resolvedAs, QStringLiteral("default"));
    QCOMPARE(a.templateName, QStringLiteral("a"));
    QCOMPARE(a.valueFieldNames(), coreFields);
    QVERIFY(a.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("loop")));

    const Blueprint self = resolver.loadFile(resolver.candidates(QStringLiteral("self")).value(0));
    QVERIFY(!self.isValid());
    QVERIFY2(self.error.contains(QStringLiteral("deeper")), qPrintable(self.error));
    QCOMPARE(resolver.resolve(QStringLiteral("self")).resolvedAs, QStringLiteral("default"));

    site.user(QStringLiteral("me.yaml"), "extends@: '@parent'\n");
    QVERIFY(resolver.loadFile(resolver.candidates(QStringLiteral("me")).value(0)).error.contains(QStringLiteral("parent")));
}

void TestBlueprint::missingAndBroken()
{
    Site site;
    site.user(QStringLiteral("orphan.yaml"), "title: Orphan\nextends@: nosuch\nform:\n  fields:\n    header.x: {type: text}\n");
    site.user(QStringLiteral("broken.yaml"), "title: Broken\nform: [unclosed\n");
    const BlueprintResolver resolver = site.resolver();

    const Blueprint orphan = resolver.resolve(QStringLiteral("orphan"));
    QVERIFY2(orphan.isValid(), qPrintable(dump(orphan)));
    QCOMPARE(orphan.valueFieldNames(), QStringList {QStringLiteral("header.x")});
    QVERIFY(orphan.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("nosuch")));

    const Blueprint none = resolver.resolve(QStringLiteral("nosuch"));
    QVERIFY(none.isValid());
    QCOMPARE(none.resolvedAs, QStringLiteral("default"));

    const Blueprint broken = resolver.resolve(QStringLiteral("broken"));
    QCOMPARE(broken.resolvedAs, QStringLiteral("default"));
    QVERIFY2(broken.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("broken.yaml:")), qPrintable(dump(broken)));

    const Blueprint gone = resolver.loadFile(site.temp.root() + QStringLiteral("/nosuch.yaml"));
    QVERIFY(!gone.isValid());

    // Hostile YAML: aliases that expand to millions of values, nesting past any sane depth.
    QByteArray laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c)
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *"
            + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + "]\n";
    site.user(QStringLiteral("laughs.yaml"), laughs);
    site.user(QStringLiteral("deep.yaml"), "form: " + QByteArray(5000, '[') + QByteArray(5000, ']') + "\n");
    for (const QString &name : {QStringLiteral("laughs"), QStringLiteral("deep")}) {
        const Blueprint bad = resolver.loadFile(resolver.candidates(name).value(0));
        QVERIFY2(!bad.isValid(), qPrintable(name));
        QCOMPARE(resolver.resolve(name).resolvedAs, QStringLiteral("default"));
    }

    // Without any default blueprint (a system/ folder without one) nothing is left to fall back on.
    Site bare;
    QVERIFY(QFile::remove(bare.temp.root() + QStringLiteral("/system/blueprints/pages/default.yaml")));
    const Blueprint nothing = bare.resolve(QStringLiteral("item"));
    QVERIFY(!nothing.isValid());
    QVERIFY(nothing.fields.isEmpty());
}

void TestBlueprint::themeInheritance()
{
    Site site(TempSite::Layout::FullInstall, "child");
    site.writeUser(QStringLiteral("themes/child/blueprints.yaml"), R"(name: Child
streams:
  schemes:
    theme:
      type: ReadOnlyStream
      prefixes:
        '':
          - user://themes/child
          - user://themes/parent
)");
    site.theme(QStringLiteral("item.yaml"), "title: Parent item\nextends@: default\n", QStringLiteral("parent"));
    site.theme(QStringLiteral("blog.yaml"), "title: Parent blog\n", QStringLiteral("parent"));
    site.theme(QStringLiteral("blog.yaml"), "title: Child blog\n", QStringLiteral("child"));
    const BlueprintResolver resolver = site.resolver();
    QCOMPARE(resolver.themeDirs().size(), 2);
    QCOMPARE(resolver.resolve(QStringLiteral("item")).title, QStringLiteral("Parent item"));
    QCOMPARE(resolver.resolve(QStringLiteral("blog")).title, QStringLiteral("Child blog"));
    QCOMPARE(resolver.candidates(QStringLiteral("blog")).size(), 2);
}

void TestBlueprint::modular()
{
    Site site;
    site.theme(QStringLiteral("modular/text.yaml"), R"(title: Text module
'@extends': {type: default, context: 'blueprints://pages'}
form:
  fields:
    tabs:
      fields:
        content:
          fields:
            header.image_align: {type: select, label: Image position, options: {left: Left, right: Right}}
)");
    const Blueprint bp = site.resolve(QStringLiteral("modular/text"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    QCOMPARE(bp.title, QStringLiteral("Text module"));
    QVERIFY(bp.field(QStringLiteral("header.image_align")));
    QCOMPARE(bp.field(QStringLiteral("header.image_align"))->options.at(1).value, QVariant(QStringLiteral("right")));
    QCOMPARE(site.resolve(QStringLiteral("modular/none")).resolvedAs, QStringLiteral("default"));
}

void TestBlueprint::builtinDefaultWithoutSystemFolder()
{
    for (const TempSite::Layout layout : {TempSite::Layout::UserFolder, TempSite::Layout::GitSyncClone}) {
        Site site(layout);
        site.user(QStringLiteral("item.yaml"), "extends@: {type: default, context: 'blueprints://pages'}\n");
        const Blueprint item = site.resolve(QStringLiteral("item"));
        QVERIFY2(item.isValid(), qPrintable(dump(item)));
        for (const char *name : {"header.title", "content", "header.media_order", "header.published", "header.date",
                 "header.taxonomy", "folder", "header.process"})
            QVERIFY2(item.field(QString::fromLatin1(name)), name);
        QCOMPARE(item.resolvedAs, QStringLiteral("item"));
        QCOMPARE(site.resolve(QStringLiteral("default")).title, QStringLiteral("PLUGIN_ADMIN.DEFAULT"));
    }
}

void TestBlueprint::listsAndFlags()
{
    Site site;
    site.user(QStringLiteral("links.yaml"), R"(title: Links
form:
  fields:
    header.links:
      type: list
      label: Links
      fields:
        .url: {type: text, label: URL, validate: {type: URL}}
        .title: {type: text, label: Title}
    plain_heading: {type: section, title: Heading}
    header.secret: {type: text, ignore@: true}
    header.skipped: {type: ignore}
    header.note: {type: spacer, text: Note}
    header.tags: {type: selectize, multiple: true, options: [news, sport], validate: {type: commalist}}
    header.count: {type: int, validate: {min: 1, max: '10', pattern: '[0-9]+'}}
    stray: just a string
)");
    const Blueprint bp = site.resolve(QStringLiteral("links"));
    QVERIFY2(bp.isValid(), qPrintable(dump(bp)));
    QCOMPARE(bp.valueFieldNames(),
        (QStringList {QStringLiteral("header.links"), QStringLiteral("header.tags"), QStringLiteral("header.count")}));
    const BlueprintField *links = bp.field(QStringLiteral("header.links"));
    QCOMPARE(links->type, BlueprintFieldType::List);
    QVERIFY(!links->isContainer());
    QCOMPARE(childKeys(links), (QStringList {QStringLiteral(".url"), QStringLiteral(".title")}));
    QCOMPARE(links->fields.at(0).name, QStringLiteral("header.links.url"));
    QCOMPARE(links->fields.at(0).validate.type, QStringLiteral("URL"));
    QVERIFY(!links->attributes.contains(QStringLiteral("fields")));
    QCOMPARE(links->attributes.value(QStringLiteral("label")), QVariant(QStringLiteral("Links")));

    const BlueprintField *tags = bp.field(QStringLiteral("header.tags"));
    QVERIFY(tags->multiple);
    QCOMPARE(tags->options.size(), 2);
    QCOMPARE(tags->options.at(1).value, QVariant(qlonglong(1))); // a YAML list: the keys are positions
    QCOMPARE(tags->options.at(1).label, QStringLiteral("sport"));
    const BlueprintField *count = bp.field(QStringLiteral("header.count"));
    QCOMPARE(count->type, BlueprintFieldType::Int);
    QCOMPARE(count->validate.min, QVariant(qlonglong(1)));
    QCOMPARE(count->validate.max, QVariant(QStringLiteral("10")));
    QCOMPARE(count->validate.pattern, QStringLiteral("[0-9]+"));
    QVERIFY(!count->validate.required);

    // Headings, ignored and spacer fields are in the tree but hold no data.
    QCOMPARE(bp.fields.size(), 7);
    QVERIFY(!bp.fields.at(1).isValueField());
    QVERIFY(bp.fields.at(2).ignored);
    QVERIFY(!bp.fields.at(2).isValueField());
    QCOMPARE(bp.fields.at(3).type, BlueprintFieldType::Ignore);
    QCOMPARE(bp.fields.at(4).type, BlueprintFieldType::Spacer);

    // form.field (one field) instead of form.fields.
    site.user(QStringLiteral("single.yaml"), "form:\n  field:\n    type: text\n    label: Only\n");
    const Blueprint single = site.resolve(QStringLiteral("single"));
    QCOMPARE(single.fields.size(), 1);
    QCOMPARE(single.fields.first().label, QStringLiteral("Only"));
}

QTEST_GUILESS_MAIN(TestBlueprint)
#include "tst_blueprint.moc"
