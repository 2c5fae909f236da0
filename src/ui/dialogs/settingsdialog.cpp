#include "settingsdialog.h"

#include "common/interfacelanguage.h"
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

} // namespace GravDesk
