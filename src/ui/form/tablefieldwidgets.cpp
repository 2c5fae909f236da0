#include "tablefieldwidgets.h"

#include "fieldwidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace GravDesk {
namespace {

bool isFlat(const QVariantMap &map)
{
    return std::all_of(map.cbegin(), map.cend(),
        [](const QVariant &v) { return v.typeId() != QMetaType::QVariantMap && v.typeId() != QMetaType::QVariantList; });
}

// A table with add/remove (and, for lists, move) buttons under it; the base of both editors.
class TableFieldEditor : public FieldEditor
{
public:
    TableFieldEditor(const BlueprintField &field, const QStringList &headers, bool movable, QWidget *parent)
        : FieldEditor(field, parent)
        , m_table(new QTableWidget(0, static_cast<int>(headers.size()), this))
    {
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        static_cast<QHBoxLayout *>(layout())->addLayout(column);
        m_table->setObjectName(field.headerKey() + QStringLiteral("TableWidget"));
        m_table->setHorizontalHeaderLabels(headers);
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->setVisible(movable);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setMaximumHeight(160);
        column->addWidget(m_table);
        auto *buttons = new QHBoxLayout;
        column->addLayout(buttons);
        m_add = addButton(buttons, QStringLiteral("list-add"), QStringLiteral("+"), FieldEditor::tr("Add a row"),
            QStringLiteral("addRowToolButton"));
        m_remove = addButton(buttons, QStringLiteral("list-remove"), QStringLiteral("−"),
            FieldEditor::tr("Remove the selected rows"), QStringLiteral("removeRowToolButton"));
        if (movable) {
            m_up = addButton(buttons, QStringLiteral("go-up"), QStringLiteral("↑"), FieldEditor::tr("Move up"),
                QStringLiteral("moveUpToolButton"));
            m_down = addButton(buttons, QStringLiteral("go-down"), QStringLiteral("↓"), FieldEditor::tr("Move down"),
                QStringLiteral("moveDownToolButton"));
            connect(m_up, &QToolButton::clicked, this, [this] { moveRow(-1); });
            connect(m_down, &QToolButton::clicked, this, [this] { moveRow(1); });
        }
        buttons->addStretch();
        connect(m_add, &QToolButton::clicked, this, [this] {
            const int r = m_table->rowCount();
            quietly([&] { appendRow({}); });
            m_table->setCurrentCell(r, 0);
            m_table->editItem(m_table->item(r, 0));
        });
        connect(m_remove, &QToolButton::clicked, this, [this] {
            QList<int> rows;
            for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
                rows << i.row();
            std::sort(rows.rbegin(), rows.rend());
            for (int r : rows)
                m_table->removeRow(r);
            if (!rows.isEmpty())
                notify();
        });
        connect(m_table, &QTableWidget::itemChanged, this, [this] { notify(); });
    }

protected:
    /// Adds a row for @p item (a map of the row's values; empty for a new row).
    virtual void appendRow(const QVariantMap &item) = 0;

    /// The text cell of @p column in a new row, remembering the value it showed (to keep its type).
    QTableWidgetItem *cell(int row, int column, const QVariant &value, bool checkable = false)
    {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::UserRole, value);
        if (checkable) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setText(headerScalarText(value));
        }
        m_table->setItem(row, column, item);
        return item;
    }

    /// What a cell holds now: its original typed value while its text (or check) is unchanged.
    static QVariant cellValue(const QTableWidgetItem *item, bool checkable, bool numeric)
    {
        if (!item)
            return {};
        const QVariant original = item->data(Qt::UserRole);
        if (checkable)
            return item->checkState() == Qt::Checked;
        if (original.isValid() && headerScalarText(original) == item->text())
            return original;
        if (numeric) {
            bool ok = false;
            const qlonglong i = item->text().toLongLong(&ok);
            if (ok)
                return i;
            const double d = item->text().toDouble(&ok);
            if (ok)
                return d;
        }
        return item->text();
    }

    void setStructured(bool structured)
    {
        m_structured = structured;
        m_table->setEnabled(!structured);
        m_add->setEnabled(!structured);
        m_remove->setEnabled(!structured);
        if (m_up) {
            m_up->setEnabled(!structured);
            m_down->setEnabled(!structured);
        }
        m_table->setToolTip(structured ? FieldEditor::tr("Nested values: edit them in the YAML tab.") : QString());
    }

    QTableWidget *m_table;
    bool m_structured = false;

private:
    QToolButton *addButton(
        QHBoxLayout *row, const QString &icon, const QString &fallback, const QString &tip, const QString &name)
    {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setIcon(QIcon::fromTheme(icon));
        if (b->icon().isNull())
            b->setText(fallback);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        row->addWidget(b);
        return b;
    }
    void moveRow(int delta)
    {
        const int r = m_table->currentRow();
        const int to = r + delta;
        if (r < 0 || to < 0 || to >= m_table->rowCount())
            return;
        quietly([&] {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                QTableWidgetItem *a = m_table->takeItem(r, c);
                QTableWidgetItem *b = m_table->takeItem(to, c);
                m_table->setItem(r, c, b);
                m_table->setItem(to, c, a);
            }
        });
        m_table->setCurrentCell(to, m_table->currentColumn());
        notify();
    }

    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
};

// `type: array`: one row per key. Each changed key is its own surgical edit (`metadata.description`),
// so the lines of untouched keys stay exactly as written.
class KeyValueFieldEditor final : public TableFieldEditor
{
public:
    KeyValueFieldEditor(const BlueprintField &field, QWidget *parent)
        : TableFieldEditor(field,
            {field.attributes.value(QStringLiteral("placeholder_key")).toString().isEmpty()
                    ? FieldEditor::tr("Key")
                    : Blueprint::displayText(field.attributes.value(QStringLiteral("placeholder_key")).toString()),
                field.attributes.value(QStringLiteral("placeholder_value")).toString().isEmpty()
                    ? FieldEditor::tr("Value")
                    : Blueprint::displayText(field.attributes.value(QStringLiteral("placeholder_value")).toString())},
            false, parent)
    { }
    void showValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value.toMap();
            m_table->setRowCount(0);
            setStructured(value.isValid() && (value.typeId() != QMetaType::QVariantMap || !isFlat(m_original)));
            if (m_structured)
                return;
            for (auto it = m_original.cbegin(); it != m_original.cend(); ++it)
                appendRow({{QStringLiteral("key"), it.key()}, {QStringLiteral("value"), it.value()}});
        });
    }
    QVariant value() const override
    {
        if (m_structured)
            return m_original;
        QVariantMap map;
        for (const auto &[key, v] : rows())
            map.insert(key, v);
        return map;
    }
    QStringList removals() const override
    {
        if (m_structured || !validationError().isEmpty())
            return {};
        const QList<QPair<QString, QVariant>> now = rows();
        if (now.isEmpty() && !m_original.isEmpty())
            return {m_field.headerKey()}; // no key left: the whole map goes, not an empty `metadata:`
        QStringList out;
        for (auto it = m_original.cbegin(); it != m_original.cend(); ++it)
            if (std::none_of(now.cbegin(), now.cend(), [&](const auto &r) { return r.first == it.key(); }))
                out << m_field.headerKey() + QLatin1Char('.') + it.key();
        return out;
    }
    QList<QPair<QString, QVariant>> edits() const override
    {
        QList<QPair<QString, QVariant>> out;
        if (m_structured || !validationError().isEmpty())
            return out;
        for (const auto &[key, v] : rows()) {
            const auto old = m_original.constFind(key);
            if (old == m_original.cend() || old.value() != v)
                out.append({m_field.headerKey() + QLatin1Char('.') + key, v});
        }
        return out;
    }
    QString validationError() const override
    {
        QSet<QString> seen;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const QString key = keyAt(r);
            if (key.isEmpty()) {
                if (!textAt(r).isEmpty())
                    return FieldEditor::tr("row %1 has a value but no key").arg(r + 1);
                continue;
            }
            if (key.contains(QLatin1Char('.')))
                return FieldEditor::tr("the key \"%1\" contains a dot; edit it in the YAML tab").arg(key);
            if (seen.contains(key))
                return FieldEditor::tr("the key \"%1\" is used twice").arg(key);
            seen.insert(key);
        }
        return FieldEditor::validationError();
    }

protected:
    void appendRow(const QVariantMap &item) override
    {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        cell(r, 0, item.value(QStringLiteral("key")));
        cell(r, 1, item.value(QStringLiteral("value")));
    }

private:
    QString keyAt(int r) const
    {
        const QTableWidgetItem *k = m_table->item(r, 0);
        return k ? k->text().trimmed() : QString();
    }
    QString textAt(int r) const
    {
        const QTableWidgetItem *v = m_table->item(r, 1);
        return v ? v->text() : QString();
    }
    // Rows with a key, in table order; a row whose key is unchanged keeps the typed value it showed.
    QList<QPair<QString, QVariant>> rows() const
    {
        QList<QPair<QString, QVariant>> out;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const QString key = keyAt(r);
            if (!key.isEmpty())
                out.append({key, cellValue(m_table->item(r, 1), false, false)});
        }
        return out;
    }

    QVariantMap m_original;
};

// `type: list` with sub-fields: one row per item, one column per sub-field (`.name`, `.url` …). The
// list is written through FrontMatterDocument's list merge, so unchanged items keep their lines.
class RepeaterFieldEditor final : public TableFieldEditor
{
public:
    struct Column
    {
        QString key;
        bool checkable = false;
        bool numeric = false;
    };

    RepeaterFieldEditor(const BlueprintField &field, const QList<Column> &columns, const QStringList &labels, QWidget *parent)
        : TableFieldEditor(field, labels, true, parent)
        , m_columns(columns)
    { }
    void showValue(const QVariant &value) override
    {
        quietly([&] {
            m_original = value;
            m_table->setRowCount(0);
            const QVariantList items = value.toList();
            const bool structured = value.isValid()
                && (value.typeId() != QMetaType::QVariantList || std::any_of(items.cbegin(), items.cend(), [](const QVariant &i) {
                       return i.typeId() != QMetaType::QVariantMap || !isFlat(i.toMap());
                   }));
            setStructured(structured);
            if (!structured)
                for (const QVariant &item : items)
                    appendRow(item.toMap());
        });
    }
    QVariant value() const override
    {
        if (m_structured)
            return m_original;
        QVariantList items;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            QVariantMap item = m_table->item(r, 0)->data(Qt::UserRole + 1).toMap(); // keys no column shows stay
            for (int c = 0; c < m_columns.size(); ++c) {
                const Column &col = m_columns[c];
                const QTableWidgetItem *cellItem = m_table->item(r, c);
                const bool had = item.contains(col.key);
                const QVariant v = cellValue(cellItem, col.checkable, col.numeric);
                if (!had && (col.checkable ? !v.toBool() : v.toString().isEmpty()))
                    continue; // an empty cell adds no key
                item.insert(col.key, v);
            }
            items.append(item);
        }
        return items;
    }
    QList<QPair<QString, QVariant>> edits() const override
    {
        const QVariant now = value();
        if (m_structured || (m_original.isValid() && now == m_original))
            return {};
        return {{m_field.headerKey(), now}};
    }
    QStringList keyOrder() const override
    {
        QStringList keys;
        for (const Column &c : m_columns)
            keys << c.key;
        return keys;
    }

protected:
    void appendRow(const QVariantMap &item) override
    {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        for (int c = 0; c < m_columns.size(); ++c) {
            const Column &col = m_columns[c];
            QTableWidgetItem *i = cell(r, c, item.value(col.key), col.checkable);
            if (c == 0)
                i->setData(Qt::UserRole + 1, item);
        }
    }

private:
    QList<Column> m_columns;
    QVariant m_original;
};

} // namespace

FieldEditor *createKeyValueEditor(const BlueprintField &field, QWidget *parent)
{
    return new KeyValueFieldEditor(field, parent);
}

FieldEditor *createRepeaterEditor(const BlueprintField &field, QWidget *parent)
{
    QList<RepeaterFieldEditor::Column> columns;
    QStringList labels;
    for (const BlueprintField &sub : field.fields) {
        if (!sub.isValueField())
            continue;
        QString key = sub.key.startsWith(QLatin1Char('.')) ? sub.key.mid(1) : sub.key;
        key = key.section(QLatin1Char('.'), -1);
        if (key.isEmpty())
            continue;
        RepeaterFieldEditor::Column col;
        col.key = key;
        col.checkable = sub.type == BlueprintFieldType::Toggle || sub.typeName == QLatin1String("checkbox");
        col.numeric = sub.type == BlueprintFieldType::Number || sub.type == BlueprintFieldType::Int;
        columns.append(col);
        const QString label = Blueprint::displayText(sub.label);
        labels << (label.isEmpty() ? key : label);
    }
    if (columns.isEmpty())
        return nullptr;
    return new RepeaterFieldEditor(field, columns, labels, parent);
}

} // namespace GravDesk
