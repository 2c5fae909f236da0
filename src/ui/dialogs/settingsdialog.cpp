#include "settingsdialog.h"

#include "common/interfacelanguage.h"
#include "site/sitesettings.h"
#include "ui_settingsdialog.h"

namespace GravDesk {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    for (const QString &code : InterfaceLanguage::choices())
        m_ui->languageComboBox->addItem(InterfaceLanguage::displayName(code), code);
    setLanguage(InterfaceLanguage::saved());
    m_ui->siteUrlEdit->setObjectName(QStringLiteral("siteUrlEdit"));
    for (QWidget *w : {static_cast<QWidget *>(m_ui->siteUrlLabel), static_cast<QWidget *>(m_ui->siteUrlEdit),
             static_cast<QWidget *>(m_ui->siteUrlHintLabel)})
        w->setVisible(false);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_ui->languageComboBox->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &code)
{
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(code)));
}

void SettingsDialog::setSiteUrl(const QString &url, bool fromSystem)
{
    m_ui->siteUrlLabel->setVisible(true);
    m_ui->siteUrlEdit->setVisible(true);
    m_ui->siteUrlHintLabel->setVisible(true);
    m_ui->siteUrlEdit->setText(url);
    m_ui->siteUrlEdit->setReadOnly(fromSystem);
    if (fromSystem)
        m_ui->siteUrlHintLabel->setText(tr("Set by the site's system.yaml (custom_base_url)."));
    else if (url.isEmpty())
        m_ui->siteUrlHintLabel->setText(tr("The site has no address yet. Enter the address it is published at, so "
                                           "that the preview shows links to it as Grav does (not as external links)."));
    else
        m_ui->siteUrlHintLabel->setText(tr("Links to this address are the site's own; saved in the site's "
                                           "user/config/plugins/gravdesk.yaml."));
    if (url.isEmpty() && !fromSystem)
        m_ui->siteUrlEdit->setFocus();
}

QString SettingsDialog::siteUrl() const
{
    return SiteSettings::normalizedSiteUrl(m_ui->siteUrlEdit->text());
}

void SettingsDialog::accept()
{
    const QString text = m_ui->siteUrlEdit->text().trimmed();
    if (m_ui->siteUrlEdit->isVisible() && !m_ui->siteUrlEdit->isReadOnly() && !text.isEmpty() && siteUrl().isEmpty()) {
        m_ui->siteUrlHintLabel->setText(
            tr("“%1” is not a site address: enter it as https://example.com (with http:// or https://).").arg(text));
        m_ui->siteUrlEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace GravDesk
