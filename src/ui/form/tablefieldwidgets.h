#pragma once

// Editors for header values that are tables: `type: array` (key/value maps such as `metadata`) and
// `type: list` with sub-fields (repeaters: a list of flat maps). Private to the form.

class QWidget;

namespace GravDesk {

class FieldEditor;
struct BlueprintField;

/// Key/value map editor (`type: array` without `value_only`).
FieldEditor *createKeyValueEditor(const BlueprintField &field, QWidget *parent);
/// Repeater editor (`type: list` with sub-fields); one row per item, one column per sub-field; null
/// when no sub-field holds a value.
FieldEditor *createRepeaterEditor(const BlueprintField &field, QWidget *parent);

} // namespace GravDesk
