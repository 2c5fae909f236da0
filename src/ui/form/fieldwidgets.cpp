#include "fieldwidgets.h"

#include "io/clock.h"
#include "site/gravdate.h"
#include "tablefieldwidgets.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace GravDesk {
namespace {

QString scalarText(const QVariant &v)
{
    return headerScalarText(v);
}

bool isScalar(const QVariant &v)
{
    return !v.isValid() || (v.typeId() != QMetaType::QVariantMap && v.typeId() != QMetaType::QVariantList);
}

QStringList listOf(const QVariant &v)
{
    QStringList out;
    if (v.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : v.toList())
            out << scalarText(item);
    } else if (v.isValid()) {
        for (const QString &part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

class LineFieldEditor final : public FieldEditor
{
public:
    LineFieldEditor(const BlueprintField &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit(this))
    {
        layout()->addWidget(m_edit);
        m_edit->setPlaceholderText(Blueprint::displayText(field.placeholder));
        connect(m_edit, &QLineEdit::textEdited, this, [this] { notify(); });
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            m_edit->setReadOnly(!isScalar(value));
            m_edit->setText(isScalar(value) ? scalarText(value) : FieldEditor::tr("(structured value: edit it in the YAML tab)"));
        });
    }
    QVariant value() const override
    {
        // Text the user did not change keeps its original type (a number stays a number).
        if (scalarText(m_original) == m_edit->text() || !isScalar(m_original))
            return m_original;
        return m_edit->text();
    }

private:
    QLineEdit *m_edit;
    QVariant m_original;
};

class TextAreaFieldEditor final : public FieldEditor
{
public:
    TextAreaFieldEditor(const BlueprintField &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QPlainTextEdit(this))
    {
        layout()->addWidget(m_edit);
        m_edit->setMaximumHeight(90);
        m_edit->setTabChangesFocus(true);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { notify(); });
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] { m_edit->setPlainText(scalarText(value)); });
    }
    QVariant value() const override { return m_edit->toPlainText(); }

private:
    QPlainTextEdit *m_edit;
};

class ToggleFieldEditor final : public FieldEditor
{
public:
    ToggleFieldEditor(const BlueprintField &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_box(new QCheckBox(this))
    {
        layout()->addWidget(m_box);
        connect(m_box, &QCheckBox::toggled, this, [this] { notify(); });
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            const QVariant shown = value.isValid() ? value : m_field.defaultValue;
            const QString s = shown.toString().toLower();
            m_box->setChecked(shown.typeId() == QMetaType::Bool
                    ? shown.toBool()
                    : !(s.isEmpty() || s == QLatin1String("0") || s == QLatin1String("false")));
        });
    }
    QVariant value() const override
    {
        // A bool unless the file already writes this key as a number (1/0): then it stays one.
        const QVariant &was = m_original;
        if (m_field.validate.type != QLatin1String("bool")
            && (was.typeId() == QMetaType::LongLong || was.typeId() == QMetaType::Int))
            return qlonglong(m_box->isChecked() ? 1 : 0);
        return m_box->isChecked();
    }

private:
    QCheckBox *m_box;
    QVariant m_original;
};

class DateFieldEditor final : public FieldEditor
{
public:
    DateFieldEditor(const BlueprintField &field, const FieldContext &context, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QDateTimeEdit(this))
        , m_format(context.dateFormat)
        , m_zone(context.zone)
    {
        layout()->addWidget(m_edit);
        m_edit->setCalendarPopup(true);
        m_edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
        connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            m_touched = true;
            notify();
        });
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            m_touched = false;
            // Shown as the site's wall-clock time, whatever zone this machine is in.
            const QDateTime dt = value.isValid() ? parseGravDate(value, m_format, m_zone) : QDateTime();
            const QDateTime local = (dt.isValid() ? dt : Clock::nowUtc()).toTimeZone(m_zone);
            m_edit->setDateTime(QDateTime(local.date(), local.time()));
            m_edit->setToolTip(value.isValid() ? FieldEditor::tr("As written: %1").arg(value.toString()) : QString());
        });
    }
    QVariant value() const override
    {
        if (!m_touched)
            return m_original;
        // FrontMatterDocument writes it in the page's format, in the site's zone.
        return QDateTime(m_edit->date(), m_edit->time(), m_zone);
    }

private:
    QDateTimeEdit *m_edit;
    QString m_format;
    QTimeZone m_zone;
    QVariant m_original;
    bool m_touched = false;
};

class SelectFieldEditor final : public FieldEditor
{
public:
    SelectFieldEditor(const BlueprintField &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_combo(new QComboBox(this))
    {
        layout()->addWidget(m_combo);
        for (const BlueprintOption &o : field.options)
            m_combo->addItem(Blueprint::displayText(o.label), o.value);
        m_combo->setEditable(field.type == BlueprintFieldType::Selectize || field.options.isEmpty());
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { notify(); });
        connect(m_combo, &QComboBox::editTextChanged, this, [this] { notify(); });
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            const QVariant shown = value.isValid() ? value : m_field.defaultValue;
            int i = m_combo->findData(shown);
            if (i < 0)
                i = m_combo->findData(scalarText(shown));
            if (i < 0 && shown.isValid()) {
                m_combo->addItem(scalarText(shown), shown); // a value the blueprint does not list: keep it
                i = m_combo->count() - 1;
            }
            m_combo->setCurrentIndex(i);
        });
    }
    QVariant value() const override
    {
        if (m_combo->isEditable() && m_combo->currentText() != m_combo->itemText(m_combo->currentIndex()))
            return m_combo->currentText();
        const QVariant v = m_combo->currentData();
        // Option keys are PHP array keys ("1" → 1); keep the type the file already had.
        if (m_original.isValid() && scalarText(m_original) == scalarText(v))
            return m_original;
        return v;
    }

private:
    QComboBox *m_combo;
    QVariant m_original;
};

class ListFieldEditor final : public FieldEditor
{
public:
    ListFieldEditor(const BlueprintField &field, const QStringList &suggestions, QWidget *parent)
        : FieldEditor(field, parent)
        , m_edit(new QLineEdit(this))
    {
        layout()->addWidget(m_edit);
        m_edit->setPlaceholderText(FieldEditor::tr("comma-separated"));
        if (!suggestions.isEmpty()) {
            auto *completer = new QCompleter(suggestions, m_edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            m_edit->setCompleter(completer);
        }
        connect(m_edit, &QLineEdit::textEdited, this, [this] { notify(); });
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            // Key/value arrays and lists of maps have no comma form: shown, never rewritten from here.
            m_structured = value.typeId() == QMetaType::QVariantMap
                || (value.typeId() == QMetaType::QVariantList
                    && std::any_of(
                        value.toList().cbegin(), value.toList().cend(), [](const QVariant &v) { return !isScalar(v); }));
            m_edit->setReadOnly(m_structured);
            m_edit->setText(m_structured ? FieldEditor::tr("(structured value: edit it in the YAML tab)")
                                         : listOf(value).join(QStringLiteral(", ")));
        });
    }
    QVariant value() const override
    {
        if (m_structured)
            return m_original;
        const QStringList items = splitList(m_edit->text());
        if (items == listOf(m_original) && m_original.isValid())
            return m_original;
        return items;
    }

private:
    QLineEdit *m_edit;
    QVariant m_original;
    bool m_structured = false;
};

class NumberFieldEditor final : public FieldEditor
{
public:
    NumberFieldEditor(const BlueprintField &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_spin(new QDoubleSpinBox(this))
        , m_integer(field.type == BlueprintFieldType::Int || field.validate.type == QLatin1String("int"))
    {
        layout()->addWidget(m_spin);
        m_spin->setDecimals(m_integer ? 0 : 3);
        m_spin->setRange(field.validate.min.isValid() ? field.validate.min.toDouble() : -1e9,
            field.validate.max.isValid() ? field.validate.max.toDouble() : 1e9);
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] { notify(); });
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] { m_spin->setValue((value.isValid() ? value : m_field.defaultValue).toDouble()); });
    }
    QVariant value() const override
    {
        if (m_integer)
            return static_cast<qlonglong>(m_spin->value());
        return m_spin->value();
    }

private:
    QDoubleSpinBox *m_spin;
    bool m_integer;
};

// One line per taxonomy type of the site (category, tag …), each with the site's values to complete.
class TaxonomyFieldEditor final : public FieldEditor
{
public:
    TaxonomyFieldEditor(const BlueprintField &field, const FieldContext &context, QWidget *parent)
        : FieldEditor(field, parent)
    {
        auto *grid = new QFormLayout;
        grid->setContentsMargins(0, 0, 0, 0);
        static_cast<QHBoxLayout *>(layout())->addLayout(grid);
        for (const QString &type : context.taxonomyTypes) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(type + QStringLiteral("TaxonomyLineEdit"));
            edit->setPlaceholderText(FieldEditor::tr("comma-separated"));
            auto *completer = new QCompleter(context.taxonomyValues.value(type), edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
            connect(edit, &QLineEdit::textEdited, this, [this] { notify(); });
            grid->addRow(type + QLatin1Char(':'), edit);
            m_edits.insert(type, edit);
        }
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value.toMap();
            for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
                it.value()->setText(listOf(m_original.value(it.key())).join(QStringLiteral(", ")));
        });
    }
    QVariant value() const override
    {
        QVariantMap map = m_original;
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
            const QStringList items = splitList(it.value()->text());
            if (items != listOf(m_original.value(it.key())))
                map.insert(it.key(), items);
        }
        return map;
    }
    QList<QPair<QString, QVariant>> edits() const override
    {
        QList<QPair<QString, QVariant>> out;
        for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
            const QStringList items = splitList(it.value()->text());
            if (items != listOf(m_original.value(it.key())))
                out.append({m_field.headerKey() + QLatin1Char('.') + it.key(), items});
        }
        return out;
    }

private:
    QMap<QString, QLineEdit *> m_edits;
    QVariantMap m_original;
};

// media_order: the page folder's files in the order Grav shows them; drag to reorder.
class PageMediaFieldEditor final : public FieldEditor
{
public:
    PageMediaFieldEditor(const BlueprintField &field, const QStringList &media, QWidget *parent)
        : FieldEditor(field, parent)
        , m_list(new QListWidget(this))
        , m_media(media)
    {
        layout()->addWidget(m_list);
        m_list->setObjectName(QStringLiteral("mediaOrderListWidget"));
        m_list->setDragDropMode(QAbstractItemView::InternalMove);
        m_list->setDefaultDropAction(Qt::MoveAction);
        m_list->setMaximumHeight(120);
        m_list->setToolTip(FieldEditor::tr("Drag the files into the order the page shows them (media_order)."));
        connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] { notify(); });
    }
    void setValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            m_list->clear();
            // Listed files first, in their order; the rest as Grav sorts them (natural, case-insensitive).
            QStringList order;
            for (const QString &name : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!order.contains(name.trimmed()))
                    order << name.trimmed();
            QStringList rest = m_media;
            QCollator collator;
            collator.setNumericMode(true);
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::sort(rest.begin(), rest.end(), collator);
            for (const QString &name : std::as_const(rest))
                if (!order.contains(name))
                    order << name;
            m_list->addItems(order);
        });
    }
    QVariant value() const override
    {
        QStringList names;
        for (int i = 0; i < m_list->count(); ++i)
            names << m_list->item(i)->text();
        const QString joined = names.join(QLatin1Char(','));
        return joined == m_original.toString() ? m_original : QVariant(joined);
    }

private:
    QListWidget *m_list;
    QStringList m_media;
    QVariant m_original;
};

} // namespace

QString headerScalarText(const QVariant &v)
{
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

FieldEditor::FieldEditor(const BlueprintField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    setObjectName(field.headerKey() + QStringLiteral("FieldEditor"));
    setToolTip(Blueprint::displayText(field.help));
}

FieldEditor *FieldEditor::create(const BlueprintField &field, const FieldContext &context, QWidget *parent)
{
    switch (field.type) {
    case BlueprintFieldType::Textarea:
    case BlueprintFieldType::Markdown:
    case BlueprintFieldType::Editor: return new TextAreaFieldEditor(field, parent);
    case BlueprintFieldType::Toggle: return new ToggleFieldEditor(field, parent);
    case BlueprintFieldType::Datetime: return new DateFieldEditor(field, context, parent);
    case BlueprintFieldType::Select:
    case BlueprintFieldType::Selectize:
        if (field.multiple)
            return new ListFieldEditor(field, {}, parent);
        return new SelectFieldEditor(field, parent);
    case BlueprintFieldType::Mediapicker:
    case BlueprintFieldType::Filepicker:
    case BlueprintFieldType::Pagemediaselect: {
        BlueprintField withMedia = field;
        for (const QString &file : context.mediaFiles)
            withMedia.options.append({file, file});
        withMedia.type = BlueprintFieldType::Selectize;
        return new SelectFieldEditor(withMedia, parent);
    }
    case BlueprintFieldType::Taxonomy:
        if (!context.taxonomyTypes.isEmpty())
            return new TaxonomyFieldEditor(field, context, parent);
        return new ListFieldEditor(field, {}, parent);
    case BlueprintFieldType::Array:
        if (!field.attributes.value(QStringLiteral("value_only")).toBool())
            return createKeyValueEditor(field, parent);
        return new ListFieldEditor(field, {}, parent);
    case BlueprintFieldType::List:
        if (FieldEditor *repeater = createRepeaterEditor(field, parent))
            return repeater;
        return new ListFieldEditor(field, {}, parent);
    case BlueprintFieldType::Checkboxes: return new ListFieldEditor(field, {}, parent);
    case BlueprintFieldType::Pagemedia: return new PageMediaFieldEditor(field, context.mediaFiles, parent);
    case BlueprintFieldType::Number:
    case BlueprintFieldType::Int: return new NumberFieldEditor(field, parent);
    default: break;
    }
    return new LineFieldEditor(field, parent);
}

QString FieldEditor::validationError() const
{
    const QVariant v = value();
    const BlueprintValidation &rules = m_field.validate;
    const QString text = v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char(',')) : scalarText(v);
    if (rules.required && text.trimmed().isEmpty())
        return rules.message.isEmpty() ? tr("required") : Blueprint::displayText(rules.message);
    if (!rules.pattern.isEmpty() && !text.isEmpty()) {
        const QRegularExpression re(QStringLiteral("^(?:") + rules.pattern + QStringLiteral(")$"));
        if (re.isValid() && !re.match(text).hasMatch())
            return rules.message.isEmpty() ? tr("does not match the pattern %1").arg(rules.pattern)
                                           : Blueprint::displayText(rules.message);
    }
    const bool numeric = rules.type == QLatin1String("int") || rules.type == QLatin1String("number")
        || m_field.type == BlueprintFieldType::Int || m_field.type == BlueprintFieldType::Number;
    if (numeric) {
        if (rules.min.isValid() && v.toDouble() < rules.min.toDouble())
            return tr("at least %1").arg(rules.min.toString());
        if (rules.max.isValid() && v.toDouble() > rules.max.toDouble())
            return tr("at most %1").arg(rules.max.toString());
    } else if (!text.isEmpty()) {
        if (rules.min.isValid() && text.size() < rules.min.toInt())
            return tr("at least %n characters", nullptr, rules.min.toInt());
        if (rules.max.isValid() && text.size() > rules.max.toInt())
            return tr("at most %n characters", nullptr, rules.max.toInt());
    }
    return {};
}

} // namespace GravDesk
