#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace GravDesk {

/// GravDesk's settings: the interface language.
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

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace GravDesk
