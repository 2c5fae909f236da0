#include "prompter.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace GravDesk {

Prompter::Choice MessageBoxPrompter::askSaveChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("GravDesk::Prompter", "Unsaved changes"));
    box.setText(QCoreApplication::translate("GravDesk::Prompter", "Save the changes to “%1”?").arg(documentName));
    box.setInformativeText(QCoreApplication::translate("GravDesk::Prompter", "If you don't save, your edits to this page are lost."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return Choice::Save;
    case QMessageBox::Discard: return Choice::Discard;
    default: return Choice::Cancel;
    }
}

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void MessageBoxPrompter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

} // namespace GravDesk
