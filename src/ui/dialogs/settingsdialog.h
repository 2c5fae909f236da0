#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace GravDesk {

/// GravDesk's settings: the interface language, and the open site's address.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The interface language chosen ("" = the system's).
    QString language() const;
    void setLanguage(const QString &code);

    /**
     * Shows the open site's address (SiteConfig::siteUrl()). @p fromSystem: it is system.yaml's
     * custom_base_url, shown read-only; otherwise GravDesk's own setting, asked for when empty.
     * Without a call (no site open) the address row is hidden.
     */
    void setSiteUrl(const QString &url, bool fromSystem);
    /// The address entered, normalised (no trailing `/`); "" when none was entered.
    QString siteUrl() const;

public Q_SLOTS:
    /// Refuses an address that is not an http(s) URL, saying why.
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace GravDesk
