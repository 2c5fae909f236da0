#pragma once

#include "dialogs/prompter.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace GravDesk {

/**
 * Asks before a page operation: what it renames, moves, copies or deletes, and which links in which
 * pages change, with "Update links in other pages" (on by default) that plans again when it is changed.
 * A plan that cannot be done shows why and cannot be confirmed.
 */
class PagePlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagePlanDialog)

public:
    explicit PagePlanDialog(const Prompter::PlanQuestion &question, QWidget *parent = nullptr);

    bool updateLinks() const;
    /// The plan shown now.
    const Prompter::PlanView &plan() const { return m_view; }

private:
    void replan();

    Prompter::PlanQuestion m_question;
    Prompter::PlanView m_view;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_warnings = nullptr;
    QCheckBox *m_links = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace GravDesk
