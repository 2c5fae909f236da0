#include "pageformwidget.h"

#include "page/blueprint.h"
#include "page/envelope.h"
#include "page/pagedocument.h"
#include "site/siteconfig.h"
#include "yamltextedit.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace GravDesk {
namespace {

QString scalarText(const QVariant &v)
{
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

// A tab page that scrolls, with a form layout inside.
QFormLayout *addFormTab(QTabWidget *tabs, const QString &title)
{
    auto *scroll = new QScrollArea(tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(page);
    tabs->addTab(scroll, title);
    return form;
}

} // namespace

PageFormWidget::PageFormWidget(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_file(new QLabel(this))
    , m_headerState(new QLabel(this))
    , m_yaml(new YamlTextEdit)
    , m_yamlError(new QLabel)
{
    setObjectName(QStringLiteral("pageFormWidget"));
    m_tabs->setObjectName(QStringLiteral("formTabWidget"));
    m_tabs->setDocumentMode(true);
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerState->setObjectName(QStringLiteral("headerStateLabel"));
    m_headerState->setWordWrap(true);
    m_headerState->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    m_yaml->setObjectName(QStringLiteral("yamlPlainTextEdit"));
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yamlError->setObjectName(QStringLiteral("yamlErrorLabel"));
    m_yamlError->setWordWrap(true);
    m_yamlError->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    connect(m_yaml, &QPlainTextEdit::textChanged, this, &PageFormWidget::applyYaml);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->addWidget(m_file);
    layout->addWidget(m_headerState);
    layout->addWidget(m_tabs, 1);
    clear();
}

PageFormWidget::~PageFormWidget()
{
    // The YAML editor moves between pages of the tab widget; when it is on none, it is ours to delete.
    if (!m_yaml->parent())
        delete m_yaml;
    if (!m_yamlError->parent())
        delete m_yamlError;
}

void PageFormWidget::clear()
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = nullptr;
    m_rows.clear();
    m_otherKeys.clear();
    m_other = nullptr;
    m_yamlProblem.clear();
    // The YAML page is reused; the field tabs are rebuilt per page.
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        if (w->findChild<QPlainTextEdit *>(QStringLiteral("yamlPlainTextEdit")) == m_yaml) {
            m_yaml->setParent(nullptr);
            m_yamlError->setParent(nullptr);
        }
        delete w;
    }
    m_file->setText(tr("No page selected"));
    m_headerState->setVisible(false);
    setEnabled(false);
}

void PageFormWidget::showDocument(
    PageDocument *doc, const Blueprint &blueprint, const FieldContext &context, const SiteConfig &config, const QString &route)
{
    const int currentTab = m_tabs->currentIndex();
    clear();
    m_doc = doc;
    setEnabled(true);
    doc->setDateContext(config.dateFormatDefault(), config.timeZone());
    // An undo, a merge or another view changed the header: the form shows the document's.
    connect(doc, &PageDocument::headerChanged, this, [this] {
        if (!m_committing)
            reloadHeader();
    });
    const FrontMatterDocument &fm = doc->frontMatter();
    m_file->setText(QStringLiteral("%1   %2   ·   %3")
                        .arg(QDir::toNativeSeparators(QFileInfo(doc->path()).fileName()), route,
                            blueprint.title.isEmpty() ? blueprint.templateName : Blueprint::displayText(blueprint.title)));
    m_file->setToolTip(QDir::toNativeSeparators(doc->path()));

    QString problem;
    const HeaderParse &h = doc->header();
    if (!doc->isEditable())
        problem = doc->readOnlyReason();
    else if (!h.accepted && h.errorLine > 0)
        // The YAML tab shows the header alone: its line N is the header's line N, not the file's.
        problem = tr("Grav rejects this header (line %1 in the YAML tab, line %2 of the file): %3. Fix it in the YAML tab.")
                      .arg(h.errorLine)
                      .arg(h.errorLine + doc->envelope().headerFirstLine - 1)
                      .arg(h.error);
    else if (!h.accepted)
        problem = tr("Grav rejects this header: %1. Fix it in the YAML tab.").arg(h.error);
    else if (h.legacyOnly)
        problem = tr("Grav reads this header only with its legacy parser: %1").arg(h.error);
    else if (!fm.isEditable())
        problem = fm.editError();
    if (!blueprint.isValid())
        problem += (problem.isEmpty() ? QString() : QStringLiteral("\n")) + tr("No form for this page: %1").arg(blueprint.error);
    m_headerState->setText(problem);
    m_headerState->setVisible(!problem.isEmpty());

    const bool formUsable = h.accepted && fm.isEditable() && doc->isEditable();
    if (formUsable && blueprint.isValid()) {
        buildFields(blueprint, context);
        buildOtherProperties(blueprint);
    }
    auto *yamlPage = new QWidget;
    auto *yamlLayout = new QVBoxLayout(yamlPage);
    yamlLayout->addWidget(m_yaml, 1);
    yamlLayout->addWidget(m_yamlError);
    m_yaml->setReadOnly(!doc->isEditable());
    m_tabs->addTab(yamlPage, tr("YAML"));
    showYamlText();
    if (!h.accepted && doc->isEditable())
        m_yaml->setErrorLine(h.errorLine);
    refreshValues();
    if (currentTab >= 0 && currentTab < m_tabs->count())
        m_tabs->setCurrentIndex(currentTab);
}

void PageFormWidget::buildFields(const Blueprint &blueprint, const FieldContext &context)
{
    QSet<QString> shown;
    QFormLayout *loose = nullptr; // fields outside any tab
    std::function<void(const BlueprintField &, QFormLayout *)> walk = [&](const BlueprintField &f, QFormLayout *form) {
        switch (f.type) {
        case BlueprintFieldType::Tabs:
            for (const BlueprintField &tab : f.fields)
                walk(tab, nullptr);
            return;
        case BlueprintFieldType::Tab: {
            QFormLayout *tabForm = addFormTab(m_tabs, Blueprint::displayText(f.title.isEmpty() ? f.label : f.title));
            for (const BlueprintField &child : f.fields)
                walk(child, tabForm);
            if (tabForm->rowCount() == 0) // e.g. the content tab: only the body, edited beside the form
                delete m_tabs->widget(m_tabs->count() - 1);
            return;
        }
        case BlueprintFieldType::Section:
        case BlueprintFieldType::Fieldset:
        case BlueprintFieldType::Columns:
        case BlueprintFieldType::Column: {
            if (!form) {
                if (!loose)
                    loose = addFormTab(m_tabs, tr("Page"));
                form = loose;
            }
            const QString title = Blueprint::displayText(f.title);
            if (!title.isEmpty() && f.type == BlueprintFieldType::Section) {
                auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
                form->addRow(heading);
            }
            for (const BlueprintField &child : f.fields)
                walk(child, form);
            return;
        }
        default: break;
        }
        if (!f.isValueField() || f.headerKey().isEmpty() || f.type == BlueprintFieldType::Hidden || shown.contains(f.name))
            return;
        shown.insert(f.name);
        if (!form) {
            if (!loose)
                loose = addFormTab(m_tabs, tr("Page"));
            form = loose;
        }
        const BlueprintField *last = blueprint.field(f.name); // Grav validates with the last definition
        addField(last ? *last : f, context, form);
    };
    for (const BlueprintField &f : blueprint.fields)
        walk(f, nullptr);
}

void PageFormWidget::addField(const BlueprintField &field, const FieldContext &context, QFormLayout *form)
{
    Row row;
    row.editor = FieldEditor::create(field, context, this);
    row.error = new QLabel(this);
    row.error->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));
    row.error->setWordWrap(true);
    row.error->setVisible(false);
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    // An optional (toggleable) field has its "not set" state inside its one control.
    row.error->setObjectName(field.headerKey() + QStringLiteral("ErrorLabel"));
    cellLayout->addWidget(row.editor);
    cellLayout->addWidget(row.error);
    QString label = Blueprint::displayText(field.label);
    if (label.isEmpty())
        label = field.headerKey();
    if (field.validate.required)
        label += QStringLiteral(" *");
    form->addRow(label + QLatin1Char(':'), cell);
    m_rows.append(row);
    const int index = static_cast<int>(m_rows.size()) - 1;
    connect(row.editor, &FieldEditor::edited, this, [this, index] { apply(m_rows[index]); });
}

void PageFormWidget::buildOtherProperties(const Blueprint &blueprint)
{
    QSet<QString> covered;
    for (const BlueprintField *f : blueprint.valueFields())
        covered.insert(f->headerKey().section(QLatin1Char('.'), 0, 0));
    for (const QString &key : m_doc->frontMatter().parsed().keyOrder)
        if (!covered.contains(key))
            m_otherKeys << key;
    if (m_otherKeys.isEmpty())
        return;
    m_other = new QTableWidget(static_cast<int>(m_otherKeys.size()), 2);
    m_other->setObjectName(QStringLiteral("otherPropertiesTableWidget"));
    m_other->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_other->horizontalHeader()->setStretchLastSection(true);
    m_other->verticalHeader()->setVisible(false);
    connect(m_other, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_updating && item->column() == 1)
            applyOther(item->row());
    });
    m_tabs->addTab(m_other, tr("Other properties"));
}

void PageFormWidget::refreshValues()
{
    if (!m_doc)
        return;
    const FrontMatterDocument &fm = m_doc->frontMatter();
    m_updating = true;
    for (Row &row : m_rows) {
        const QString key = row.editor->field().headerKey();
        row.editor->setValue(fm.contains(key) ? fm.value(key) : QVariant());
        const QString invalid = row.editor->validationError();
        row.error->setText(invalid);
        row.error->setVisible(!invalid.isEmpty());
    }
    if (m_other) {
        for (int r = 0; r < m_otherKeys.size(); ++r) {
            const QVariant v = fm.value(m_otherKeys[r]);
            auto *key = new QTableWidgetItem(m_otherKeys[r]);
            key->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto *value = new QTableWidgetItem;
            if (v.typeId() == QMetaType::Bool) {
                value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                value->setCheckState(v.toBool() ? Qt::Checked : Qt::Unchecked);
                value->setText(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            } else if (v.typeId() == QMetaType::QVariantMap || v.typeId() == QMetaType::QVariantList) {
                value->setFlags(Qt::ItemIsEnabled);
                value->setText(tr("(structured value: edit it in the YAML tab)"));
            } else {
                value->setText(scalarText(v));
            }
            m_other->setItem(r, 0, key);
            m_other->setItem(r, 1, value);
        }
        m_other->resizeColumnToContents(0);
    }
    m_updating = false;
}

void PageFormWidget::apply(Row &row)
{
    if (m_updating || !m_doc)
        return;
    const QString key = row.editor->field().headerKey();
    // An optional field the user unset: its key goes, and Grav uses its default.
    const bool removeKey = row.editor->field().toggleable && !row.editor->isSet();
    const QByteArray before = m_doc->headerBytes();
    QByteArray after;
    // One user change may be several surgical edits (a renamed metadata key: a removal and an addition);
    // they are planned together and kept together or, on a refusal, not at all.
    const FrontMatterEditResult result = m_doc->planHeaderEdit(
        [&row, &key, removeKey](FrontMatterDocument &fm) {
            if (removeKey)
                return fm.remove(key);
            FrontMatterEditResult r {true, {}};
            for (const QString &path : row.editor->removals()) {
                r = fm.remove(path);
                if (!r.ok)
                    return r;
            }
            const QStringList order = row.editor->keyOrder();
            for (const auto &[path, value] : row.editor->edits()) {
                r = fm.setValue(path, value, order);
                if (!r.ok)
                    return r;
            }
            return r;
        },
        &after);
    QString message = result.ok ? row.editor->validationError() : result.error;
    row.error->setText(message);
    row.error->setVisible(!message.isEmpty());
    if (result.ok) {
        requestHeader(before, after, key);
        showYamlText();
    }
}

void PageFormWidget::applyOther(int tableRow)
{
    const QString key = m_otherKeys.value(tableRow);
    QTableWidgetItem *item = m_other->item(tableRow, 1);
    if (key.isEmpty() || !item)
        return;
    const QVariant old = m_doc->frontMatter().value(key);
    QVariant value;
    if (old.typeId() == QMetaType::Bool) {
        value = item->checkState() == Qt::Checked;
    } else if (old.typeId() == QMetaType::LongLong || old.typeId() == QMetaType::Int) {
        bool ok = false;
        const qlonglong n = item->text().trimmed().toLongLong(&ok);
        value = ok ? QVariant(n) : QVariant(item->text());
    } else if (old.typeId() == QMetaType::Double) {
        bool ok = false;
        const double d = item->text().trimmed().toDouble(&ok);
        value = ok ? QVariant(d) : QVariant(item->text());
    } else if (!old.isValid() && item->text().isEmpty()) {
        return; // still null
    } else {
        value = item->text();
    }
    const QByteArray before = m_doc->headerBytes();
    QByteArray after;
    const FrontMatterEditResult result
        = m_doc->planHeaderEdit([&key, &value](FrontMatterDocument &fm) { return fm.setValue(key, value); }, &after);
    item->setToolTip(result.ok ? QString() : result.error);
    item->setForeground(result.ok ? palette().text() : QBrush(QColor(0xb0, 0x2a, 0x37)));
    if (result.ok) {
        requestHeader(before, after, key);
        showYamlText();
    }
}

void PageFormWidget::requestHeader(const QByteArray &before, const QByteArray &after, const QString &what)
{
    if (before == after)
        return;
    // The change comes back as the document's headerChanged(): the form shows it already.
    m_committing = true;
    Q_EMIT headerEditRequested(before, after, what);
    m_committing = false;
}

void PageFormWidget::reloadHeader()
{
    if (!m_doc)
        return;
    showYamlText();
    refreshValues();
}

void PageFormWidget::showYamlText()
{
    m_updating = true;
    QByteArray text = m_doc ? m_doc->headerBytes() : QByteArray();
    text.replace("\r\n", "\n");
    const int pos = m_yaml->textCursor().position();
    m_yaml->setPlainText(QString::fromUtf8(text));
    QTextCursor c = m_yaml->textCursor();
    c.setPosition(std::min(pos, static_cast<int>(m_yaml->toPlainText().size())));
    m_yaml->setTextCursor(c);
    m_yamlProblem.clear();
    m_yamlError->clear();
    m_yaml->setErrorLine(0);
    m_updating = false;
}

void PageFormWidget::applyYaml()
{
    if (m_updating || !m_doc || m_yaml->isReadOnly())
        return;
    QString text = m_yaml->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    const QByteArray bytes = applyLineEnding(text.toUtf8(), m_doc->envelope().lineEnding);
    FrontMatterDocument candidate(bytes);
    const HeaderParse &parsed = candidate.parsed();
    if (!parsed.accepted || parsed.legacyOnly) {
        m_yamlProblem = parsed.errorLine > 0
            ? tr("Line %1, column %2: %3").arg(parsed.errorLine).arg(parsed.errorColumn).arg(parsed.error)
            : parsed.error;
        m_yamlError->setText(m_yamlProblem + QLatin1Char('\n') + tr("The page keeps its last valid header until this is fixed."));
        // The tab holds the header text only, so the parser's line is the tab's line.
        m_yaml->setErrorLine(parsed.errorLine);
        return;
    }
    m_yamlProblem.clear();
    m_yamlError->clear();
    m_yaml->setErrorLine(0);
    requestHeader(m_doc->headerBytes(), bytes, QString());
    refreshValues();
}

bool PageFormWidget::canSave(QString *why) const
{
    QStringList problems;
    if (!m_yamlProblem.isEmpty())
        problems << tr("The YAML tab has an error: %1").arg(m_yamlProblem);
    for (const Row &row : m_rows) {
        const QString invalid = row.editor->validationError();
        if (!invalid.isEmpty()) {
            QString label = Blueprint::displayText(row.editor->field().label);
            if (label.isEmpty())
                label = row.editor->field().headerKey();
            problems << QStringLiteral("%1: %2").arg(label, invalid);
        }
    }
    if (why)
        *why = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

} // namespace GravDesk
