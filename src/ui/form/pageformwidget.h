#pragma once

#include "form/fieldwidgets.h"
#include "page/frontmatterdocument.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace GravDesk {

class PageDocument;
class SiteConfig;
class YamlTextEdit;
class Blueprint;

/**
 * The page header as a form built from the site's blueprint for the page's template, plus an "Other
 * properties" grid for keys no blueprint field covers and a "YAML" tab with the header text. Every
 * change goes through FrontMatterDocument: only the edited field's lines change, and an edit that would
 * not read back as the user's value is refused with a message beside the field.
 */
class PageFormWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFormWidget)

public:
    explicit PageFormWidget(QWidget *parent = nullptr);
    ~PageFormWidget() override;

    /// Shows @p doc with @p blueprint's fields; edits go into @p doc's header.
    void showDocument(PageDocument *doc, const Blueprint &blueprint, const FieldContext &context, const SiteConfig &config,
        const QString &route);
    void clear();
    /// False when saving now would write something the user did not mean: an error in the YAML tab, or
    /// fields failing their blueprint validation. @p why lists them.
    bool canSave(QString *why) const;
    /// Shows the document's header again (done by itself when the document's header changes elsewhere).
    void reloadHeader();

Q_SIGNALS:
    /**
     * The user changed the header in the form or the YAML tab: the document's header should go from
     * @p before to @p after (checked already). @p what is the field's key ("" for the YAML tab). The
     * receiver makes the change (an undo command); the form does not.
     */
    void headerEditRequested(const QByteArray &before, const QByteArray &after, const QString &what);

private:
    struct Row
    {
        FieldEditor *editor = nullptr;
        QLabel *error = nullptr;
    };

    void buildFields(const Blueprint &blueprint, const FieldContext &context);
    void addField(const BlueprintField &field, const FieldContext &context, QFormLayout *form);
    void buildOtherProperties(const Blueprint &blueprint);
    void apply(Row &row);
    void applyOther(int tableRow);
    void applyYaml();
    void refreshValues();
    void showYamlText();
    void requestHeader(const QByteArray &before, const QByteArray &after, const QString &what);

    QTabWidget *m_tabs;
    QLabel *m_file;
    QLabel *m_headerState;
    YamlTextEdit *m_yaml;
    QLabel *m_yamlError;
    QTableWidget *m_other = nullptr;
    QList<Row> m_rows;
    QStringList m_otherKeys;
    QPointer<PageDocument> m_doc; ///< holds the header: the form keeps no copy of its own
    bool m_updating = false;
    bool m_committing = false; ///< the document's headerChanged() comes from the form's own edit
    QString m_yamlProblem;
};

} // namespace GravDesk
