#include "clonedialog.h"

#include "site/sitelayout.h"
#include "vcs/gitrunner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace GravDesk {

CloneDialog::CloneDialog(const QString &askPass, QWidget *parent)
    : QDialog(parent)
    , m_askPass(askPass)
{
    setObjectName(QStringLiteral("cloneDialog"));
    setWindowTitle(tr("Clone Site"));
    resize(620, 220);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("cloneUrlLineEdit"));
    m_url->setPlaceholderText(tr("https://example.org/newsroom/site.git"));
    form->addRow(tr("Address of the site's repository:"), m_url);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("cloneFolderLineEdit"));
    auto *browse = new QToolButton(this);
    browse->setText(QStringLiteral("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Site"), QDir::homePath());
        if (!dir.isEmpty())
            m_folder->setText(QDir(dir).filePath(QStringLiteral("site")));
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("New folder:"), folderRow);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("cloneProgressBar"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_message = new QLabel(tr("Passwords are asked when needed and never stored by GravDesk."), this);
    m_message->setObjectName(QStringLiteral("cloneMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_clone = buttons->addButton(tr("Clone"), QDialogButtonBox::ActionRole);
    m_clone->setObjectName(QStringLiteral("cloneButton"));
    m_clone->setDefault(true);
    connect(m_clone, &QPushButton::clicked, this, &CloneDialog::startClone);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

CloneDialog::~CloneDialog()
{
    if (isCloning()) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

void CloneDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void CloneDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString CloneDialog::folder() const
{
    return QFileInfo(m_folder->text().trimmed()).absoluteFilePath();
}

void CloneDialog::fail(const QString &message)
{
    m_error = message;
    m_message->setText(message);
    m_clone->setEnabled(true);
    m_url->setEnabled(true);
    m_folder->setEnabled(true);
    m_progress->setVisible(false);
}

bool CloneDialog::startClone()
{
    const QString url = m_url->text().trimmed();
    const QString dest = folder();
    if (url.isEmpty()) {
        fail(tr("Type the address of the site's repository."));
        return false;
    }
    // A password in the address would be kept in the clone's settings for anyone to read.
    static const QRegularExpression withPassword(QStringLiteral("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/@]*:[^/@]*@"));
    if (withPassword.match(url).hasMatch()) {
        fail(tr("The address holds a password. Remove it: GravDesk asks for the password when the server wants it, "
                "and never stores it."));
        return false;
    }
    if (m_folder->text().trimmed().isEmpty()) {
        fail(tr("Choose a new folder for the site."));
        return false;
    }
    if (QFileInfo::exists(dest) && !QDir(dest).isEmpty()) {
        fail(tr("The folder %1 is not empty; choose a new one.").arg(QDir::toNativeSeparators(dest)));
        return false;
    }
    const GitAvailability git = GitRunner::probe();
    if (!git.ok) {
        fail(git.problem);
        return false;
    }
    m_createdFolder = !QFileInfo::exists(dest);
    if (!QDir().mkpath(QFileInfo(dest).absolutePath())) {
        fail(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(QFileInfo(dest).absolutePath())));
        return false;
    }
    m_error.clear();
    m_err.clear();
    m_process = new QProcess(this);
    m_process->setProgram(git.program);
    m_process->setArguments({QStringLiteral("-c"), QStringLiteral("core.autocrlf=false"), QStringLiteral("clone"),
        QStringLiteral("--progress"), QStringLiteral("--"), url, dest});
    m_process->setWorkingDirectory(QFileInfo(dest).absolutePath());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.insert(QStringLiteral("GCM_INTERACTIVE"), QStringLiteral("never"));
    if (!m_askPass.isEmpty()) {
        env.insert(QStringLiteral("GIT_ASKPASS"), m_askPass);
        env.insert(QStringLiteral("SSH_ASKPASS"), m_askPass);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        env.insert(QStringLiteral("GRAVDESK_ASKPASS_HELPER"), QStringLiteral("1"));
    }
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyReadStandardError, this, &CloneDialog::onOutput);
    connect(m_process, &QProcess::finished, this, &CloneDialog::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("git could not be started."));
    });
    m_clone->setEnabled(false);
    m_url->setEnabled(false);
    m_folder->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setValue(0);
    m_message->setText(tr("Cloning into %1…").arg(QDir::toNativeSeparators(dest)));
    m_process->start();
    return true;
}

void CloneDialog::onOutput()
{
    const QByteArray chunk = m_process->readAllStandardError();
    m_err += chunk;
    // "Receiving objects:  45% (450/1000)": the phases share one bar (counting, compressing, receiving, resolving).
    static const QRegularExpression phase(QStringLiteral("(Counting|Compressing|Receiving|Resolving|Updating)[^:]*:\\s+(\\d+)%"));
    QRegularExpressionMatch last;
    for (auto it = phase.globalMatch(QString::fromUtf8(chunk)); it.hasNext();)
        last = it.next();
    if (!last.hasMatch())
        return;
    const QString name = last.captured(1);
    const int percent = last.captured(2).toInt();
    const int base = name == QLatin1String("Receiving") ? 10
        : name == QLatin1String("Resolving")            ? 80
        : name == QLatin1String("Updating")             ? 90
                                                        : 0;
    const int span = name == QLatin1String("Receiving") ? 70 : 10;
    m_progress->setValue(base + percent * span / 100);
}

void CloneDialog::onFinished(int code, QProcess::ExitStatus status)
{
    if (status == QProcess::NormalExit && code == 0) {
        m_progress->setValue(100);
        if (!locateSite(folder()).isValid()) {
            fail(tr("The clone in %1 is not a Grav site (no pages folder).").arg(QDir::toNativeSeparators(folder())));
            return;
        }
        accept();
        return;
    }
    QString text = GitRunner::redact(QString::fromUtf8(m_err)).trimmed();
    const qsizetype fatal = text.lastIndexOf(QLatin1String("fatal:"));
    if (fatal >= 0)
        text = text.mid(fatal);
    fail(tr("The site could not be cloned: %1").arg(text.isEmpty() ? tr("git stopped.") : text));
    if (m_createdFolder)
        QDir(folder()).removeRecursively();
}

} // namespace GravDesk
