#pragma once

#include <QDialog>
#include <QProcess>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace GravDesk {

/**
 * File ▸ Clone Site: the address of the site's git remote (the one Grav's Git Sync uses) and a new folder;
 * `git clone` runs with its progress shown (never waiting on a terminal; a password is asked through
 * GravDesk's own dialog), and the dialog is accepted when the clone is there to open.
 */
class CloneDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloneDialog)

public:
    explicit CloneDialog(const QString &askPass, QWidget *parent = nullptr);
    ~CloneDialog() override;

    void setUrl(const QString &url);
    void setFolder(const QString &folder);
    /// The folder cloned into (after Accepted).
    QString folder() const;
    /// Starts the clone (the Clone button); false with a message when the input is not usable.
    bool startClone();
    /// The clone is running: git may ask for a password.
    bool isCloning() const { return m_process && m_process->state() != QProcess::NotRunning; }
    QString lastError() const { return m_error; }

private:
    void onOutput();
    void onFinished(int code, QProcess::ExitStatus status);
    void fail(const QString &message);

    QString m_askPass;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_folder = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_clone = nullptr;
    QProcess *m_process = nullptr;
    QByteArray m_err;
    QString m_error;
    bool m_createdFolder = false;
};

} // namespace GravDesk
