#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace GravDesk {

struct BlueprintField;

/**
 * The one implementation of a blueprint field's `validate:` rules, as Grav 1.7's admin applies them
 * when it saves a page. The header form (FieldEditor::validationError()) and `gravdesk-cli check`
 * (checkAgainstBlueprint()) both ask it, so the window and the linter never disagree.
 *
 * Only a value that is set is checked. An absent key — or an optional (`toggleable`) field left
 * unset — fails only `required`, and only when the field has no default that the admin would fill in.
 * A set but empty value ('' or null) passes unless the field is required, as in Grav.
 *
 * Checked: `required`; `type` (bool, int, number, text/textarea length and lines, email, URL, array;
 * without `validate.type`, a toggle's or select's value must be one of its option keys); `min` and
 * `max` (numbers for int/number, characters for text); `pattern` (the whole value must match). A
 * `message:` in the blueprint replaces the explanation, as in Grav.
 */
class BlueprintValidator
{
    Q_DECLARE_TR_FUNCTIONS(BlueprintValidator)

public:
    /**
     * Why @p value fails @p field's rules ("" when it passes). @p present: the key is in the header
     * (and set in the form); when false @p value is ignored. Values are typed as the header reader
     * types them (bool, qlonglong, double, QString, QVariantList, QVariantMap) or as the form's editors
     * hand them back (QStringList, QDateTime).
     */
    static QString problem(const BlueprintField &field, const QVariant &value, bool present);
};

} // namespace GravDesk
