#pragma once

// The editor of a `type: toggle` field: one radio button per blueprint option, in option order. Private
// to the form.

class QWidget;

namespace GravDesk {

class FieldEditor;
struct BlueprintField;

/**
 * A toggle shown as its options (Open Matter's `hide_from_post_list` reads "Yes" for 0 and "No" for 1);
 * the value written is the chosen option's key, a bool for `validate.type: bool`. An optional
 * (`toggleable`) toggle has one more button, "not set", which removes the key.
 */
FieldEditor *createToggleEditor(const BlueprintField &field, QWidget *parent);

} // namespace GravDesk
