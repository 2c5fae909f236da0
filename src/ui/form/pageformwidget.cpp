#include "pageformwidget.h"

#include "page/pagedocument.h"
#include "site/gravdate.h"
#include "site/siteconfig.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace GravDesk {

PageFormWidget::PageFormWidget(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_published(new QCheckBox(tr("Published"), this))
    , m_file(new QLabel(this))
    , m_headerState(new QLabel(this))
{
    setObjectName(QStringLiteral("pageFormWidget"));
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_date->setObjectName(QStringLiteral("dateLineEdit"));
    m_published->setObjectName(QStringLiteral("publishedCheckBox"));
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_headerState->setObjectName(QStringLiteral("headerStateLabel"));
    m_title->setReadOnly(true);
    m_date->setReadOnly(true);
    m_published->setEnabled(false);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headerState->setWordWrap(true);
    m_headerState->setVisible(false);
    m_headerState->setStyleSheet(QStringLiteral("QLabel { color: #b02a37; }"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->addRow(tr("Title:"), m_title);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_published);
    form->addRow(tr("Date:"), dateRow);
    form->addRow(tr("File:"), m_file);
    form->addRow(m_headerState);
    clear();
}

void PageFormWidget::clear()
{
    m_title->clear();
    m_date->clear();
    m_published->setChecked(false);
    m_file->setText(tr("No page selected"));
    m_headerState->setVisible(false);
    setEnabled(false);
}

void PageFormWidget::showDocument(const PageDocument *doc, const SiteConfig &config, const QString &route)
{
    setEnabled(true);
    const HeaderParse &h = doc->header();
    const QVariantMap values = h.values;
    m_title->setText(values.value(QStringLiteral("title")).toString().trimmed());
    m_title->setPlaceholderText(tr("(no title: Grav uses the folder name)"));
    const QVariant date = values.value(QStringLiteral("date"));
    QString format = values.value(QStringLiteral("dateformat")).toString();
    if (format.isEmpty())
        format = config.dateFormatDefault();
    const QDateTime when = parseGravDate(date, format, config.timeZone());
    if (!date.isValid()) {
        m_date->setText(QString());
        m_date->setPlaceholderText(tr("(no date: Grav uses the file's modification time)"));
    } else if (when.isValid()) {
        m_date->setText(QStringLiteral("%1   (%2)").arg(date.toString(), QLocale().toString(when, QLocale::LongFormat)));
    } else {
        m_date->setText(tr("%1   (Grav cannot read this date)").arg(date.toString()));
    }
    const QVariant published = values.value(QStringLiteral("published"));
    m_published->setChecked(!published.isValid() || published.toBool());
    m_file->setText(QStringLiteral("%1   %2").arg(QDir::toNativeSeparators(QFileInfo(doc->path()).fileName()), route));
    m_file->setToolTip(QDir::toNativeSeparators(doc->path()));
    QString problem;
    if (!doc->envelope().validUtf8 || !doc->isEditable())
        problem = doc->readOnlyReason();
    else if (!h.accepted)
        problem
            = tr("Grav rejects this header (line %1): %2").arg(h.errorLine + doc->envelope().headerFirstLine - 1).arg(h.error);
    else if (h.legacyOnly)
        problem = tr("Grav reads this header only with its legacy parser: %1").arg(h.error);
    m_headerState->setText(problem);
    m_headerState->setVisible(!problem.isEmpty());
}

} // namespace GravDesk
