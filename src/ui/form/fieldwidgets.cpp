#include "fieldwidgets.h"

#include "common/datetyping.h"
#include "io/clock.h"
#include "page/blueprintvalidator.h"
#include "site/gravdate.h"
#include "tablefieldwidgets.h"
#include "togglefieldwidget.h"

#include <QCalendarWidget>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

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
        m_edit->setObjectName(field.headerKey() + QStringLiteral("LineEdit"));
        // An optional field is not set while it is empty: the placeholder says what Grav uses then.
        const QString placeholder = Blueprint::displayText(field.placeholder);
        m_edit->setPlaceholderText(isOptional()
                ? (placeholder.isEmpty() ? unsetText() : unsetText() + QStringLiteral("  ·  ") + placeholder)
                : placeholder);
        m_edit->setClearButtonEnabled(isOptional());
        connect(m_edit, &QLineEdit::textChanged, this, [this] {
            if (!m_edit->isReadOnly())
                notify();
        });
    }
    void showValue(const QVariant &value) override
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
    bool isSet() const override
    {
        // An optional field left empty is not set: its key goes.
        return FieldEditor::isSet() && !(isOptional() && m_edit->text().isEmpty() && isScalar(m_original));
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
        if (isOptional())
            m_edit->setPlaceholderText(unsetText());
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this] { notify(); });
    }
    void showValue(const QVariant &value) override
    {
        quietly([&] { m_edit->setPlainText(scalarText(value)); });
    }
    QVariant value() const override { return m_edit->toPlainText(); }
    bool isSet() const override
    {
        // An optional text left empty is not set: its key goes.
        return FieldEditor::isSet() && !(isOptional() && m_edit->toPlainText().isEmpty());
    }

private:
    QPlainTextEdit *m_edit;
};

// A date in the site's wall-clock time. An optional one shows "not set" at its lowest date (a value
// no page uses); its calendar then opens at today, and the clear button unsets it again.
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
        m_edit->setObjectName(field.headerKey() + QStringLiteral("DateTimeEdit"));
        m_edit->setCalendarPopup(true);
        m_edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
        // `29.10.2025` typed as read; a half-typed year (`202`) is not written: it is taken once complete.
        installDateTyping(m_edit, [this] { onChosen(m_edit->dateTime()); });
        if (isOptional()) {
            m_edit->setMinimumDateTime(unsetDateTime());
            m_edit->setSpecialValueText(unsetText());
            m_edit->calendarWidget()->installEventFilter(this);
            auto *clear = new QToolButton(this);
            clear->setObjectName(field.headerKey() + QStringLiteral("UnsetToolButton"));
            clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
            if (clear->icon().isNull())
                clear->setText(QStringLiteral("×"));
            clear->setToolTip(FieldEditor::tr("Not set: remove the key, Grav uses its default"));
            layout()->addWidget(clear);
            connect(clear, &QToolButton::clicked, this, [this] { m_edit->setDateTime(unsetDateTime()); });
        }
        connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &chosen) {
            if (!isHalfTyped(m_edit))
                onChosen(chosen);
        });
    }
    void showValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            m_touched = false;
            // Shown as the site's wall-clock time, whatever zone this machine is in.
            const QDateTime dt = value.isValid() ? parseGravDate(value, m_format, m_zone) : QDateTime();
            if (!value.isValid() && isOptional()) {
                m_edit->setDateTime(unsetDateTime());
            } else {
                const QDateTime local = (dt.isValid() ? dt : Clock::nowUtc()).toTimeZone(m_zone);
                m_edit->setDateTime(QDateTime(local.date(), local.time()));
            }
            m_edit->setToolTip(value.isValid() ? FieldEditor::tr("As written: %1").arg(value.toString()) : QString());
            m_wasUnset = m_edit->dateTime() == unsetDateTime();
        });
    }
    QVariant value() const override
    {
        if (!m_touched || !isSet())
            return m_original;
        // FrontMatterDocument writes it in the page's format, in the site's zone.
        return QDateTime(m_edit->date(), m_edit->time(), m_zone);
    }
    bool isSet() const override { return FieldEditor::isSet() && !(isOptional() && m_edit->dateTime() == unsetDateTime()); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Opening the calendar of an unset date shows this month, not the placeholder's; the date is
        // set only when the user picks one (the calendar's own signals stay quiet meanwhile).
        if (event->type() == QEvent::Show && watched == m_edit->calendarWidget() && !isSet()) {
            QCalendarWidget *calendar = m_edit->calendarWidget();
            const QSignalBlocker blocker(calendar);
            calendar->setSelectedDate(Clock::nowUtc().toTimeZone(m_zone).date());
        }
        return FieldEditor::eventFilter(watched, event);
    }

private:
    static QDateTime unsetDateTime() { return QDateTime(QDate(1900, 1, 1), QTime(0, 0)); }

    void onChosen(const QDateTime &chosen)
    {
        // A day picked for an unset date gets the time of now, not the placeholder's midnight.
        if (!m_quiet && m_wasUnset && chosen != unsetDateTime()) {
            const QTime now = Clock::nowUtc().toTimeZone(m_zone).time();
            const QSignalBlocker blocker(m_edit);
            m_edit->setTime(QTime(now.hour(), now.minute()));
        }
        m_wasUnset = chosen == unsetDateTime();
        m_touched = true;
        notify();
    }

    QDateTimeEdit *m_edit;
    QString m_format;
    QTimeZone m_zone;
    QVariant m_original;
    bool m_touched = false;
    bool m_wasUnset = false; ///< the editor showed "not set" before this change
};

class SelectFieldEditor final : public FieldEditor
{
public:
    SelectFieldEditor(const BlueprintField &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_combo(new QComboBox(this))
    {
        layout()->addWidget(m_combo);
        m_combo->setObjectName(field.headerKey() + QStringLiteral("ComboBox"));
        const bool editable = field.type == BlueprintFieldType::Selectize || field.options.isEmpty();
        // An optional select starts with its "not set" entry (empty text in an editable one).
        if (isOptional())
            m_combo->addItem(editable ? QString() : unsetText());
        for (const BlueprintOption &o : field.options)
            m_combo->addItem(Blueprint::displayText(o.label), o.value);
        m_combo->setEditable(editable);
        if (editable && isOptional())
            m_combo->lineEdit()->setPlaceholderText(unsetText());
        connect(m_combo, &QComboBox::currentIndexChanged, this, [this] { notify(); });
        connect(m_combo, &QComboBox::editTextChanged, this, [this] { notify(); });
    }
    void showValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            if (!value.isValid() && isOptional()) {
                m_combo->setCurrentIndex(0);
                return;
            }
            const QVariant shown = value.isValid() ? value : m_field.absentValue();
            const int option = optionIndexOf(m_field, shown);
            int i = option >= 0 ? option + unsetRows() : -1;
            if (i < 0 && shown.isValid()) {
                i = m_combo->findData(shown);
                if (i < 0) {
                    m_combo->addItem(scalarText(shown), shown); // a value the blueprint does not list: keep it
                    i = m_combo->count() - 1;
                }
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
    bool isSet() const override
    {
        if (isOptional() && (m_combo->isEditable() ? m_combo->currentText().isEmpty() : m_combo->currentIndex() == 0))
            return false;
        return FieldEditor::isSet();
    }

private:
    int unsetRows() const { return isOptional() ? 1 : 0; }

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
        if (isOptional())
            m_edit->setPlaceholderText(unsetText());
        m_edit->setClearButtonEnabled(isOptional());
        connect(m_edit, &QLineEdit::textChanged, this, [this] {
            if (!m_structured)
                notify();
        });
    }
    void showValue(const QVariant &value) override
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
    bool isSet() const override
    {
        return FieldEditor::isSet() && !(isOptional() && !m_structured && splitList(m_edit->text()).isEmpty());
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
        // An optional number shows "not set" one step below its lowest value.
        const double lowest = field.validate.min.isValid() ? field.validate.min.toDouble() : -1e9;
        m_spin->setRange(isOptional() ? lowest - 1 : lowest, field.validate.max.isValid() ? field.validate.max.toDouble() : 1e9);
        if (isOptional())
            m_spin->setSpecialValueText(unsetText());
        connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this] { notify(); });
    }
    void showValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            if (!value.isValid() && isOptional())
                m_spin->setValue(m_spin->minimum());
            else
                m_spin->setValue((value.isValid() ? value : m_field.absentValue()).toDouble());
        });
    }
    QVariant value() const override
    {
        if (!FieldEditor::isSet() || (m_original.isValid() && m_original.toDouble() == m_spin->value()))
            return m_original; // not changed: the file's own spelling stays
        if (m_integer)
            return static_cast<qlonglong>(m_spin->value());
        return m_spin->value();
    }
    bool isSet() const override { return FieldEditor::isSet() && !(isOptional() && m_spin->value() == m_spin->minimum()); }

private:
    QDoubleSpinBox *m_spin;
    QVariant m_original;
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
    void showValue(const QVariant &value) override
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
    void showValue(const QVariant &value) override
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
    case BlueprintFieldType::Toggle: return createToggleEditor(field, parent);
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
    // The rule `gravdesk-cli check` applies too: one implementation, in the core.
    const bool set = isSet();
    return BlueprintValidator::problem(m_field, set ? value() : QVariant(), set);
}

QString FieldEditor::unsetText() const
{
    const QVariant fallback = m_field.absentValue();
    if (!fallback.isValid())
        return tr("(not set — Grav uses its default)");
    const int option = optionIndexOf(m_field, fallback);
    const QString shown = option >= 0 ? Blueprint::displayText(m_field.options.at(option).label) : headerScalarText(fallback);
    return tr("(not set — Grav uses the default: %1)").arg(shown);
}

} // namespace GravDesk
