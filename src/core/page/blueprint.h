#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>

namespace GravDesk {

struct YamlTree;

/// The field types GravDesk's form knows; anything else is Unknown (its type name is kept).
enum class BlueprintFieldType {
    Unknown,
    Text,
    Textarea,
    Markdown,
    Editor,
    Toggle,
    Datetime,
    Select,
    Selectize,
    Checkboxes,
    Taxonomy,
    Array,
    List,
    Number,
    Int,
    Filepicker,
    Mediapicker,
    Pagemedia,
    Pagemediaselect,
    Hidden,
    Spacer,
    Section,
    Columns,
    Column,
    Tabs,
    Tab,
    Fieldset,
    Ignore,
};

/// One choice of a select, toggle or checkboxes field, in blueprint order.
struct BlueprintOption
{
    QVariant value; ///< the option's key as PHP sees it: an integer for `1:`, else a string
    QString label;
};

/// A field's `validate:` block.
struct BlueprintValidation
{
    bool required = false;
    QString type; ///< bool, int, number, text, array, commalist, slug, email, URL …
    QString pattern;
    QVariant min; ///< invalid when not set
    QVariant max; ///< invalid when not set
    QString message;
    QString rule; ///< a named rule from the blueprint's `rules:` (e.g. slug)
};

/**
 * One entry of a blueprint form: a value field (bound to a data path) or a
 * layout container (tabs, tab, section, columns, column, fieldset) with children.
 */
struct BlueprintField
{
    /**
     * The data path: `header.title`, `header.summary.enabled`, `content`, `folder` …
     * Keys starting with '.' are relative to the enclosing value field (list
     * sub-fields); their name is completed with it.
     */
    QString name;
    QString key; ///< the key as written under `fields:`
    QString typeName; ///< the type as written (e.g. "folder-slug" for an Unknown type)
    BlueprintFieldType type = BlueprintFieldType::Unknown;

    QString label;
    QString title; ///< tabs and sections have a title instead of a label
    QString help;
    QString placeholder;
    QVariant defaultValue; ///< typed; invalid when hasDefault is false or the default is null
    bool hasDefault = false;
    QList<BlueprintOption> options; ///< in blueprint order
    bool toggleable = false; ///< unchecked: the key is not written
    bool multiple = false;
    QVariant highlight; ///< the option value shown highlighted (toggles)
    QString size;
    BlueprintValidation validate;

    /**
     * The PHP callable of a `data-options@` directive. GravDesk cannot run it,
     * so options holds only the static ones; the form should substitute its own
     * (page templates, date formats …).
     */
    QString dynamicOptions;
    /// `ignore@: true`: Grav leaves the field out of the saved data.
    bool ignored = false;

    QVariantMap attributes; ///< every property as written (typed), directives resolved, `fields` left out
    QList<BlueprintField> fields; ///< children of a container; sub-fields of a list

    /// Tabs, tab, section with children, columns, column, fieldset: only arranges other fields.
    bool isContainer() const;
    /// Bound to data: not a container, spacer, section heading, ignored field or admin-only widget (xss, display, blueprint).
    bool isValueField() const;
    /// The front-matter key path (name minus "header."); "" for content, folder, route, name, ordering …
    QString headerKey() const { return headerKeyOf(name); }
    /**
     * The value Grav uses when the key is absent: the blueprint's `default`, else what Grav's page
     * code assumes for a core header key (`published` and `routable`: true); invalid when unknown.
     */
    QVariant absentValue() const;

    static QString headerKeyOf(const QString &name);
    static BlueprintFieldType typeFromName(const QString &typeName);
};

/**
 * A page blueprint resolved as Grav 1.7 resolves it: the form's field tree
 * after extends@, import@ and the other directives.
 */
class Blueprint
{
public:
    QString templateName; ///< what was asked for ("item", "modular/text")
    QString resolvedAs; ///< the blueprint type actually used ("default" after a fallback)
    QString title;
    /// Files merged into the form, in load order (ancestors first, then imports).
    QStringList files;
    QList<BlueprintField> fields; ///< the top level of `form.fields`
    QVariantMap rules; ///< named validation rules (`rules:`)
    QString error; ///< why no form could be built (fields empty)
    QStringList warnings; ///< problems Grav tolerates (a missing extends@ or import@ target …)

    bool isValid() const { return error.isEmpty(); }

    /// Every value field in form order, containers walked; list sub-fields are not listed (they live in their list).
    QList<const BlueprintField *> allValueFields() const;
    /**
     * Each data path once, at the place it first appears in the form, with its last
     * definition (the one Grav validates with and takes the default from). A path is
     * bound twice when a blueprint adds a tab for a field its parent already shows;
     * Grav's admin then renders it twice.
     */
    QList<const BlueprintField *> valueFields() const;
    QStringList valueFieldNames() const;
    /// The last definition of @p name in form order (the one Grav validates with); nullptr when absent.
    const BlueprintField *field(const QString &name) const;
    /// A container (tab, section …) by its key; nullptr when absent.
    const BlueprintField *container(const QString &key) const;

    /**
     * Text of a label, title, help or placeholder for display. Blueprints name
     * texts of Grav's admin plugin by key (`PLUGIN_ADMIN.PUBLISHED`), whose
     * language files a site does not have: known keys get GravDesk's own
     * (translatable) words, other help/placeholder keys "", other keys their words
     * ("THEME.HEADER_IMAGE" → "Header image"). Plain text is returned as it is.
     */
    static QString displayText(const QString &text);

    /// Looks up a dotted configuration path for `config-<property>@` directives (invalid: not set).
    using ConfigLookup = std::function<QVariant(const QString &dottedPath)>;
    /**
     * Builds fields from a resolved `fields:` map (directives already applied by the resolver);
     * @p parentName completes keys that start with '.'.
     */
    static QList<BlueprintField> buildFields(
        const YamlTree &fieldsMap, const ConfigLookup &config, const QString &parentName = QString());
};

} // namespace GravDesk
