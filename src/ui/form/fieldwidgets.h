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
    /// Shows @p value (invalid: the key is absent — the blueprint default is shown, greyed).
    virtual void setValue(const QVariant &value) = 0;
    virtual QVariant value() const = 0;
    /// The header paths and values to write for the user's change (one path for most fields;
    /// a taxonomy field writes `taxonomy.<type>` per changed type).
    virtual QList<QPair<QString, QVariant>> edits() const { return {{m_field.headerKey(), value()}}; }
    /// Header paths (below the field's key) the user's change removes, applied before edits().
    virtual QStringList removals() const { return {}; }
    /// The order new map keys are written in (a repeater's sub-fields); empty: sorted.
    virtual QStringList keyOrder() const { return {}; }
    /// Why the current value fails the field's `validate:` rules ("" when it passes).
    virtual QString validationError() const;

Q_SIGNALS:
    /// The user changed the value (not emitted by setValue()).
    void edited();

protected:
    FieldEditor(const BlueprintField &field, QWidget *parent);
    /// Runs @p apply with edited() suppressed.
    template<typename F> void quietly(F apply)
    {
        m_quiet = true;
        apply();
        m_quiet = false;
    }
    void notify()
    {
        if (!m_quiet)
            Q_EMIT edited();
    }

    BlueprintField m_field;
    bool m_quiet = false;
};

/// A scalar header value as a form shows it (booleans as true/false, absent as "").
QString headerScalarText(const QVariant &v);

} // namespace GravDesk
