#include "togglefieldwidget.h"

#include "fieldwidgets.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

namespace GravDesk {
namespace {

// PHP's truthiness, which Grav applies to a bool field's value.
bool phpTruthy(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool: return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong: return v.toLongLong() != 0;
    case QMetaType::Double: return v.toDouble() != 0.0;
    default: break;
    }
    const QString s = v.toString();
    return !s.isEmpty() && s != QLatin1String("0");
}

class ToggleFieldEditor final : public FieldEditor
{
public:
    ToggleFieldEditor(const BlueprintField &field, QWidget *parent)
        : FieldEditor(field, parent)
        , m_group(new QButtonGroup(this))
        , m_note(new QLabel(this))
    {
        // A toggle without options is Grav's plain on/off.
        if (m_field.options.isEmpty())
            m_field.options = {{qlonglong(1), FieldEditor::tr("Yes")}, {qlonglong(0), FieldEditor::tr("No")}};
        const QString key = field.headerKey();
        for (qsizetype i = 0; i < m_field.options.size(); ++i) {
            const BlueprintOption &o = m_field.options.at(i);
            auto *radio = new QRadioButton(Blueprint::displayText(o.label), this);
            radio->setObjectName(key + QLatin1Char('_') + headerScalarText(o.value) + QStringLiteral("RadioButton"));
            m_group->addButton(radio, static_cast<int>(i));
            layout()->addWidget(radio);
        }
        if (isOptional()) {
            // Short beside the options; the tooltip says it in full.
            const QVariant fallback = m_field.absentValue();
            const int option = optionIndexOf(m_field, fallback);
            m_unset = new QRadioButton(option >= 0
                    ? FieldEditor::tr("not set (Grav: %1)").arg(Blueprint::displayText(m_field.options.at(option).label))
                    : FieldEditor::tr("not set"),
                this);
            m_unset->setObjectName(key + QStringLiteral("_unsetRadioButton"));
            m_unset->setToolTip(unsetText() + QLatin1Char('\n') + FieldEditor::tr("The key is not written."));
            m_group->addButton(m_unset, static_cast<int>(m_field.options.size()));
            layout()->addWidget(m_unset);
        }
        m_note->setObjectName(key + QStringLiteral("NoteLabel"));
        m_note->setEnabled(false); // greyed: a remark, not a value
        m_note->setVisible(false);
        layout()->addWidget(m_note);
        static_cast<QHBoxLayout *>(layout())->addStretch(1);
        connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (!checked)
                return;
            m_note->setVisible(false);
            notify();
        });
    }

    void showValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            m_note->setVisible(false);
            const int shown = optionIndexOf(m_field, value);
            if (shown >= 0) {
                m_group->button(shown)->setChecked(true);
            } else if (!value.isValid() && m_unset) {
                m_unset->setChecked(true);
            } else if (!value.isValid()) {
                // Not in the file: the option Grav uses then, marked as not written.
                const int fallback = optionIndexOf(m_field, m_field.absentValue());
                check(fallback);
                m_note->setText(fallback >= 0 ? FieldEditor::tr("(default: not in the file)") : FieldEditor::tr("(not set)"));
                m_note->setVisible(true);
            } else {
                check(-1);
                m_note->setText(FieldEditor::tr("(written as “%1”, which no option stands for)").arg(headerScalarText(value)));
                m_note->setVisible(true);
            }
            m_shownIndex = m_group->checkedId();
        });
    }

    QVariant value() const override
    {
        const int i = m_group->checkedId();
        if (i < 0 || i >= m_field.options.size())
            return m_original;
        // Unchanged: the file's own spelling stays (1 stays 1, 'true' stays 'true').
        if (m_original.isValid() && i == m_shownIndex)
            return m_original;
        const QVariant key = m_field.options.at(i).value;
        // As Grav's admin saves it: `validate.type: bool` filters the option key to a bool; so does a
        // file that already writes this key as a bool. Otherwise the key as the blueprint writes it.
        if (m_field.validate.type.compare(QLatin1String("bool"), Qt::CaseInsensitive) == 0
            || m_original.typeId() == QMetaType::Bool)
            return phpTruthy(key);
        return key;
    }

    bool isSet() const override
    {
        if (m_unset && m_unset->isChecked())
            return false;
        return FieldEditor::isSet();
    }

private:
    void check(int id)
    {
        if (QAbstractButton *b = m_group->button(id)) {
            b->setChecked(true);
            return;
        }
        // An exclusive group cannot uncheck its last button.
        m_group->setExclusive(false);
        for (QAbstractButton *b : m_group->buttons())
            b->setChecked(false);
        m_group->setExclusive(true);
    }

    QButtonGroup *m_group;
    QRadioButton *m_unset = nullptr;
    QLabel *m_note;
    QVariant m_original;
    int m_shownIndex = -1;
};

} // namespace

int optionIndexOf(const BlueprintField &field, const QVariant &value)
{
    if (!value.isValid() || value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantList)
        return -1;
    // PHP compares an option key with the posted value as text; a bool posts as 1 or 0.
    const QString text = value.typeId() == QMetaType::Bool ? QString::number(value.toBool() ? 1 : 0) : headerScalarText(value);
    for (qsizetype i = 0; i < field.options.size(); ++i)
        if (headerScalarText(field.options.at(i).value) == text)
            return static_cast<int>(i);
    const bool boolean = field.validate.type.compare(QLatin1String("bool"), Qt::CaseInsensitive) == 0
        || field.type == BlueprintFieldType::Toggle;
    if (!boolean)
        return -1;
    // Grav reads a bool field by its truth: 'true', 'yes' or 2 all mean the option whose key is true.
    const bool truth = phpTruthy(value);
    for (qsizetype i = 0; i < field.options.size(); ++i)
        if (phpTruthy(field.options.at(i).value) == truth)
            return static_cast<int>(i);
    return -1;
}

FieldEditor *createToggleEditor(const BlueprintField &field, QWidget *parent)
{
    return new ToggleFieldEditor(field, parent);
}

} // namespace GravDesk
