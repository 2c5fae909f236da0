#pragma once

#include "page/blueprint.h"

#include <QMap>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>
#include <QWidget>

namespace GravDesk {

/// What an editor for one blueprint field needs to know besides the field itself.
struct FieldContext
{
    QStringList mediaFiles; ///< the page folder's media, for media/file pickers
    QStringList taxonomyTypes; ///< the site's taxonomies (site.taxonomies)
    QMap<QString, QStringList> taxonomyValues; ///< per type, every value used on the site (autocomplete)
    QString dateFormat; ///< PHP format the page's dates are written in
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< the site's time zone (system.timezone)
};

/**
 * An editor for one header value, chosen by the blueprint field's type. It shows a value as Grav reads
 * it and hands back the value the user chose, typed the way FrontMatterDocument::setValue() expects
 * (bool, qlonglong, double, QString, QDateTime, QStringList). Unknown types get a text field; values it
 * cannot show as text (maps, lists of maps) make it read-only, so nothing is rewritten unasked.
 */
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    /// The editor for @p field; never null (unknown types fall back to a text field).
    static FieldEditor *create(const BlueprintField &field, const FieldContext &context, QWidget *parent);

    const BlueprintField &field() const { return m_field; }
    /**
     * Shows @p value (invalid: the key is absent — an optional field shows its "not set" state, any
     * other the value Grav uses then, without writing it).
     */
    void setValue(const QVariant &value)
    {
        m_set = value.isValid();
        showValue(value);
    }
    virtual QVariant value() const = 0;
    /**
     * False while the field is not set: its key is absent and the user has not given it a value, or
     * the user chose the "not set" state of an optional (`toggleable`) field, whose key is then removed.
     * Only a set field is validated.
     */
    virtual bool isSet() const { return m_set; }
    /// The header paths and values to write for the user's change (one path for most fields;
    /// a taxonomy field writes `taxonomy.<type>` per changed type).
    virtual QList<QPair<QString, QVariant>> edits() const { return {{m_field.headerKey(), value()}}; }
    /// Header paths (below the field's key) the user's change removes, applied before edits().
    virtual QStringList removals() const { return {}; }
    /// The order new map keys are written in (a repeater's sub-fields); empty: sorted.
    virtual QStringList keyOrder() const { return {}; }
    /// Why the current value fails the field's `validate:` rules ("" when it passes); BlueprintValidator decides.
    virtual QString validationError() const;

Q_SIGNALS:
    /// The user changed the value (not emitted by setValue()).
    void edited();

protected:
    FieldEditor(const BlueprintField &field, QWidget *parent);
    virtual void showValue(const QVariant &value) = 0;
    /// An optional field: it has a "not set" state, and unsetting it removes the key.
    bool isOptional() const { return m_field.toggleable; }
    /// The text of the "not set" state: what Grav uses when the key is absent.
    QString unsetText() const;
    /// Runs @p apply with edited() suppressed.
    template<typename F> void quietly(F apply)
    {
        m_quiet = true;
        apply();
        m_quiet = false;
    }
    void notify()
    {
        if (m_quiet)
            return;
        m_set = true;
        Q_EMIT edited();
    }

    BlueprintField m_field;
    bool m_quiet = false;
    bool m_set = false; ///< the key is present, or the user gave it a value
};

/// A scalar header value as a form shows it (booleans as true/false, absent as "").
QString headerScalarText(const QVariant &v);

/**
 * The option of a toggle or select that stands for @p value: the option whose key PHP would compare
 * equal (1 and "1", a bool as 1 or 0); for a `validate.type: bool` field, else the option with the
 * same truth. -1 when none does.
 */
int optionIndexOf(const BlueprintField &field, const QVariant &value);

} // namespace GravDesk
