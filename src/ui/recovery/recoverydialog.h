#pragma once

#include "dialogs/prompter.h"

#include <QDialog>

namespace GravDesk {

/**
 * "Recover Unsaved Changes": the pages whose unsaved edits a crash, kill or logout left in the recovery
 * journal (title, file, when), and whether their files changed on disk since. Restore is the default
 * button (Enter); Discard forgets the edits; closing the dialog (Esc) keeps them for the next start.
 */
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    RecoveryDialog(const QVector<Prompter::RecoveryItem> &items, QWidget *parent = nullptr);

    /// Shows the dialog (modal) and returns the user's choice.
    Prompter::RecoveryChoice ask();

private:
    Prompter::RecoveryChoice m_choice = Prompter::RecoveryChoice::Later;
};

} // namespace GravDesk
