#include "prompter.h"

#include "dialogs/pageplandialog.h"
#include "recovery/recoverydialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace GravDesk {

Prompter::Choice MessageBoxPrompter::askSaveChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("GravDesk::Prompter", "Unsaved changes"));
    box.setText(QCoreApplication::translate("GravDesk::Prompter", "Save the changes to “%1”?").arg(documentName));
    box.setInformativeText(
        QCoreApplication::translate("GravDesk::Prompter", "If you don't save, your edits to this page are lost."));
    // Own labels: Qt ships no Kazakh translation of its standard buttons.
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.button(QMessageBox::Save)->setText(QCoreApplication::translate("GravDesk::Prompter", "&Save"));
    box.button(QMessageBox::Discard)->setText(QCoreApplication::translate("GravDesk::Prompter", "&Don't Save"));
    box.button(QMessageBox::Cancel)->setText(QCoreApplication::translate("GravDesk::Prompter", "Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return Choice::Save;
    case QMessageBox::Discard: return Choice::Discard;
    default: return Choice::Cancel;
    }
}

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.button(QMessageBox::Yes)->setText(QCoreApplication::translate("GravDesk::Prompter", "&Yes"));
    box.button(QMessageBox::No)->setText(QCoreApplication::translate("GravDesk::Prompter", "&No"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void MessageBoxPrompter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.button(QMessageBox::Ok)->setText(QCoreApplication::translate("GravDesk::Prompter", "OK"));
    box.exec();
}

int Prompter::runDialog(QDialog *dialog)
{
    return dialog->exec();
}

QString Prompter::chooseSaveFile(QWidget *parent, const QString &title, const QString &suggested)
{
    return QFileDialog::getSaveFileName(
        parent, title, suggested, QCoreApplication::translate("GravDesk::Prompter", "Pages (*.md)"));
}

bool Prompter::confirmPlan(QWidget *parent, const PlanQuestion &question, bool &updateLinks)
{
    PagePlanDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    updateLinks = dialog.updateLinks();
    return true;
}

bool Prompter::askText(QWidget *parent, const QString &title, const QString &label, QString &text, const QStringList &suggestions)
{
    bool ok = false;
    QString answer;
    if (suggestions.isEmpty()) {
        answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    } else {
        QStringList items = suggestions;
        if (!text.isEmpty() && !items.contains(text))
            items.prepend(text);
        answer = QInputDialog::getItem(parent, title, label, items, std::max<int>(0, int(items.indexOf(text))), true, &ok);
    }
    if (!ok)
        return false;
    text = answer;
    return true;
}

QStringList Prompter::chooseOpenFiles(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

int Prompter::chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current)
{
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    return ok ? int(items.indexOf(answer)) : -1;
}

bool Prompter::askPassword(QWidget *, const QString &, QString *)
{
    return false;
}

bool MessageBoxPrompter::askPassword(QWidget *parent, const QString &prompt, QString *answer)
{
    // git's own prompt ("Password for 'https://…': ") says what is wanted and for which server.
    const bool secret = !prompt.startsWith(QLatin1String("Username"), Qt::CaseInsensitive);
    bool ok = false;
    const QString text = QInputDialog::getText(parent, QCoreApplication::translate("GravDesk::Prompter", "Sign In to the Server"),
        QCoreApplication::translate("GravDesk::Prompter", "The site’s server asks:\n%1").arg(prompt),
        secret ? QLineEdit::Password : QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    *answer = text;
    return true;
}

Prompter::RecoveryChoice MessageBoxPrompter::askRecover(QWidget *parent, const QVector<RecoveryItem> &items)
{
    RecoveryDialog dialog(items, parent);
    return dialog.ask();
}

bool reportUnwrittenSave(Prompter &prompter, QWidget *parent, SaveOutcome outcome, const QString &error)
{
    // The main window's texts: one translation for every window that saves pages.
    if (outcome == SaveOutcome::ChangedOnDisk)
        return prompter.confirm(parent, QCoreApplication::translate("GravDesk::MainWindow", "File changed on disk"),
            QCoreApplication::translate(
                "GravDesk::MainWindow", "%1\n\nOverwrite it with your version? (No keeps your text in the editor, unsaved.)")
                .arg(error));
    if (outcome == SaveOutcome::Refused)
        prompter.showError(parent, QCoreApplication::translate("GravDesk::MainWindow", "Not saved"),
            QCoreApplication::translate("GravDesk::MainWindow", "%1\n\nNothing was written; your text is still in the editor.")
                .arg(error));
    if (outcome == SaveOutcome::Failed)
        prompter.showError(parent, QCoreApplication::translate("GravDesk::MainWindow", "Save failed"),
            QCoreApplication::translate(
                "GravDesk::MainWindow", "%1\n\nThe file on disk is unchanged and your text is still in the editor.")
                .arg(error));
    return false;
}

} // namespace GravDesk
