#include "blueprint.h"

#include "blueprintyaml.h"

#include <QHash>

namespace GravDesk {
namespace {

struct TypeName
{
    const char *name;
    BlueprintFieldType type;
};

const TypeName typeNames[] = {
    {"text", BlueprintFieldType::Text},
    {"textarea", BlueprintFieldType::Textarea},
    {"markdown", BlueprintFieldType::Markdown},
    {"editor", BlueprintFieldType::Editor},
    {"toggle", BlueprintFieldType::Toggle},
    {"datetime", BlueprintFieldType::Datetime},
    {"select", BlueprintFieldType::Select},
    {"selectize", BlueprintFieldType::Selectize},
    {"checkboxes", BlueprintFieldType::Checkboxes},
    {"taxonomy", BlueprintFieldType::Taxonomy},
    {"array", BlueprintFieldType::Array},
    {"list", BlueprintFieldType::List},
    {"number", BlueprintFieldType::Number},
    {"int", BlueprintFieldType::Int},
    {"filepicker", BlueprintFieldType::Filepicker},
    {"mediapicker", BlueprintFieldType::Mediapicker},
    {"pagemedia", BlueprintFieldType::Pagemedia},
    {"pagemediaselect", BlueprintFieldType::Pagemediaselect},
    {"hidden", BlueprintFieldType::Hidden},
    {"spacer", BlueprintFieldType::Spacer},
    {"section", BlueprintFieldType::Section},
    {"columns", BlueprintFieldType::Columns},
    {"column", BlueprintFieldType::Column},
    {"tabs", BlueprintFieldType::Tabs},
    {"tab", BlueprintFieldType::Tab},
    {"fieldset", BlueprintFieldType::Fieldset},
    {"ignore", BlueprintFieldType::Ignore},
};

// Key syntax of directives: "unset@", "@unset", "import@2", "config-default@" → ("config", "default").
bool directive(const QString &key, QString &action, QString &property)
{
    if (!key.contains(QLatin1Char('@')))
        return false;
    QString core = key;
    while (core.startsWith(QLatin1Char('@')))
        core.remove(0, 1);
    const qsizetype at = core.indexOf(QLatin1Char('@'));
    if (at >= 0)
        core.truncate(at);
    const qsizetype dash = core.indexOf(QLatin1Char('-'));
    action = dash < 0 ? core : core.left(dash);
    property = dash < 0 ? QString() : core.mid(dash + 1);
    return true;
}

QList<BlueprintOption> optionsOf(const YamlTree &tree)
{
    QList<BlueprintOption> options;
    if (tree.isMap()) {
        for (const auto &[key, label] : tree.entries)
            options.append({phpArrayKey(key), label.isScalar() ? label.text : QString()});
    } else if (tree.isSequence()) {
        // A YAML list is a PHP list: the keys are the positions.
        for (qsizetype i = 0; i < tree.items.size(); ++i) {
            const YamlTree &label = tree.items.at(i);
            options.append({QVariant(static_cast<qlonglong>(i)), label.isScalar() ? label.text : QString()});
        }
    }
    return options;
}

BlueprintValidation validationOf(const YamlTree &tree)
{
    BlueprintValidation v;
    if (!tree.isMap())
        return v;
    if (const YamlTree *r = tree.value(QStringLiteral("required")))
        v.required = r->truthy();
    v.type = tree.string(QStringLiteral("type"));
    v.pattern = tree.string(QStringLiteral("pattern"));
    v.message = tree.string(QStringLiteral("message"));
    v.rule = tree.string(QStringLiteral("rule"));
    if (const YamlTree *m = tree.value(QStringLiteral("min")))
        v.min = m->toVariant();
    if (const YamlTree *m = tree.value(QStringLiteral("max")))
        v.max = m->toVariant();
    return v;
}

QString textOf(const QVariant &v)
{
    return v.isValid() ? v.toString() : QString();
}

BlueprintField buildField(
    const QString &key, const YamlTree &tree, const Blueprint::ConfigLookup &config, const QString &parentName)
{
    BlueprintField f;
    f.key = key;
    f.name = key.startsWith(QLatin1Char('.')) && !parentName.isEmpty() ? parentName + key : key;

    // Properties first, then the dynamic directives Grav applies after loading (Blueprint::init()).
    for (const auto &[prop, value] : tree.entries) {
        QString action, property;
        if (directive(prop, action, property))
            continue;
        if (prop == QLatin1String("fields"))
            continue;
        f.attributes.insert(prop, value.toVariant());
    }
    for (const auto &[prop, value] : tree.entries) {
        QString action, property;
        if (!directive(prop, action, property) || property.isEmpty())
            continue;
        if (action == QLatin1String("config") && config) {
            // Grav: the configured value replaces the property unless it is null.
            const QVariant configured = config(value.text);
            if (configured.isValid())
                f.attributes.insert(property, configured);
        } else if (action == QLatin1String("data")) {
            const QString callable = value.isSequence() && !value.items.isEmpty() ? value.items.first().text : value.text;
            if (property == QLatin1String("options"))
                f.dynamicOptions = callable;
            else
                f.attributes.insert(QStringLiteral("data-%1@").arg(property), callable);
        }
    }
    if (const YamlTree *ignore = tree.value(QStringLiteral("ignore@")))
        f.ignored = ignore->truthy();

    f.typeName = textOf(f.attributes.value(QStringLiteral("type")));
    f.type = BlueprintField::typeFromName(f.typeName);
    f.label = textOf(f.attributes.value(QStringLiteral("label")));
    f.title = textOf(f.attributes.value(QStringLiteral("title")));
    f.help = textOf(f.attributes.value(QStringLiteral("help")));
    f.placeholder = textOf(f.attributes.value(QStringLiteral("placeholder")));
    f.size = textOf(f.attributes.value(QStringLiteral("size")));
    f.highlight = f.attributes.value(QStringLiteral("highlight"));
    f.hasDefault = f.attributes.contains(QStringLiteral("default"));
    f.defaultValue = f.attributes.value(QStringLiteral("default"));
    if (const YamlTree *t = tree.value(QStringLiteral("toggleable")))
        f.toggleable = t->truthy();
    if (const YamlTree *m = tree.value(QStringLiteral("multiple")))
        f.multiple = m->truthy();
    if (const YamlTree *o = tree.value(QStringLiteral("options")))
        f.options = optionsOf(*o);
    if (const YamlTree *v = tree.value(QStringLiteral("validate")))
        f.validate = validationOf(*v);
    // A config-default@ resolved after `default:` was read into the tree: the attribute map has the final value.

    if (const YamlTree *children = tree.value(QStringLiteral("fields"))) {
        // Relative keys ('.x') belong to the nearest value field; layout containers pass their parent's name on.
        const bool layout = f.type == BlueprintFieldType::Tabs || f.type == BlueprintFieldType::Tab
            || f.type == BlueprintFieldType::Section || f.type == BlueprintFieldType::Columns
            || f.type == BlueprintFieldType::Column || f.type == BlueprintFieldType::Fieldset || f.typeName.isEmpty();
        f.fields = Blueprint::buildFields(*children, config, layout ? parentName : f.name);
    }
    return f;
}

void collect(const QList<BlueprintField> &fields, QList<const BlueprintField *> &out)
{
    for (const BlueprintField &f : fields) {
        if (f.isValueField())
            out.append(&f);
        else if (f.isContainer())
            collect(f.fields, out);
    }
}

const BlueprintField *findContainer(const QList<BlueprintField> &fields, const QString &key)
{
    for (const BlueprintField &f : fields) {
        if (!f.isContainer())
            continue;
        if (f.key == key)
            return &f;
        if (const BlueprintField *inner = findContainer(f.fields, key))
            return inner;
    }
    return nullptr;
}

} // namespace

bool BlueprintField::isContainer() const
{
    switch (type) {
    case BlueprintFieldType::Tabs:
    case BlueprintFieldType::Tab:
    case BlueprintFieldType::Columns:
    case BlueprintFieldType::Column:
    case BlueprintFieldType::Fieldset: return true;
    case BlueprintFieldType::Section: return !fields.isEmpty();
    // A merged entry that lost its type (its parent blueprint is missing) still arranges its children.
    case BlueprintFieldType::Unknown: return typeName.isEmpty() && !fields.isEmpty();
    default: return false;
    }
}

bool BlueprintField::isValueField() const
{
    if (ignored || isContainer())
        return false;
    switch (type) {
    case BlueprintFieldType::Section:
    case BlueprintFieldType::Spacer:
    case BlueprintFieldType::Ignore: return false;
    case BlueprintFieldType::Unknown:
        // Admin-only widgets that hold no page data (the XSS check, read-only text, the blueprint name).
        return !typeName.isEmpty() && typeName != QLatin1String("xss") && typeName != QLatin1String("display")
            && typeName != QLatin1String("blueprint");
    default: return true;
    }
}

QVariant BlueprintField::absentValue() const
{
    if (hasDefault && defaultValue.isValid())
        return defaultValue;
    // Grav's Page starts with these set (Page::init()): a page without the key is published and routable.
    const QString key = headerKey();
    if (key == QLatin1String("published") || key == QLatin1String("routable"))
        return true;
    return {};
}

QString BlueprintField::headerKeyOf(const QString &name)
{
    static const QString prefix = QStringLiteral("header.");
    return name.startsWith(prefix) ? name.mid(prefix.size()) : QString();
}

BlueprintFieldType BlueprintField::typeFromName(const QString &typeName)
{
    static const QHash<QString, BlueprintFieldType> byName = [] {
        QHash<QString, BlueprintFieldType> h;
        for (const TypeName &t : typeNames)
            h.insert(QString::fromLatin1(t.name), t.type);
        return h;
    }();
    return byName.value(typeName, BlueprintFieldType::Unknown);
}

QList<const BlueprintField *> Blueprint::allValueFields() const
{
    QList<const BlueprintField *> out;
    collect(fields, out);
    return out;
}

QList<const BlueprintField *> Blueprint::valueFields() const
{
    // First place in the form, last definition: Grav's schema (validation, defaults) keeps the later one.
    const QList<const BlueprintField *> all = allValueFields();
    QList<const BlueprintField *> out;
    QHash<QString, qsizetype> slot;
    for (const BlueprintField *f : all) {
        const auto it = slot.constFind(f->name);
        if (it != slot.constEnd()) {
            out[*it] = f;
            continue;
        }
        slot.insert(f->name, out.size());
        out.append(f);
    }
    return out;
}

QStringList Blueprint::valueFieldNames() const
{
    QStringList names;
    for (const BlueprintField *f : valueFields())
        names.append(f->name);
    return names;
}

const BlueprintField *Blueprint::field(const QString &name) const
{
    const BlueprintField *found = nullptr;
    for (const BlueprintField *f : allValueFields()) {
        if (f->name == name)
            found = f;
    }
    return found;
}

const BlueprintField *Blueprint::container(const QString &key) const
{
    return findContainer(fields, key);
}

QList<BlueprintField> Blueprint::buildFields(const YamlTree &fieldsMap, const ConfigLookup &config, const QString &parentName)
{
    QList<BlueprintField> out;
    for (const auto &[key, value] : fieldsMap.entries) {
        // Grav skips entries that are not arrays (a stray `key: value` under fields:).
        if (!value.isMap())
            continue;
        out.append(buildField(key, value, config, parentName));
    }
    return out;
}

} // namespace GravDesk
