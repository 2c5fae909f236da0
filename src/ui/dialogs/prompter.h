#pragma once

#include "page/documentmanager.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

class QDialog;
class QWidget;

namespace GravDesk {

/// The one seam through which the UI asks the user something; tests replace it.
class Prompter
{
public:
    enum class Choice { Save, Discard, Cancel };
    /// What to do with the unsaved edits found in the recovery journal.
    enum class RecoveryChoice { Restore, Discard, Later };
    /// A page with unsaved edits, as the "Recover Unsaved Changes" dialog lists it.
    struct RecoveryItem
    {
        QString title;
        QString file; ///< relative to the site's folder
        QDateTime time;
        QString note; ///< e.g. that the file changed on disk since; "" when nothing to say
    };

    /// A change to the site's pages as the confirmation dialog shows it.
    struct PlanView
    {
        QStringList lines; ///< what happens, one line each (PageOperationPlan::describe())
        QStringList warnings; ///< what the user should know before going ahead
        QString error; ///< why it cannot be done ("" when it can): the dialog then only shows it
    };
    /// A confirmation of a page operation: the plan, and "Update links in other pages" when it applies.
    struct PlanQuestion
    {
        QString title;
        QString intro; ///< one sentence above the plan
        QString acceptText; ///< the button that goes ahead ("Rename", "Move", "Delete" …)
        bool offersLinkUpdate = false; ///< shows the "Update links in other pages" checkbox (on by default)
        std::function<PlanView(bool updateLinks)> plan; ///< the plan for the checkbox's state
    };

    virtual ~Prompter() = default;
    /// "Save changes to X?" — Save, Discard or Cancel.
    virtual Choice askSaveChanges(QWidget *parent, const QString &documentName) = 0;
    /// A yes/no question (e.g. overwrite a file changed on disk).
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Runs a dialog of the window's own (e.g. Compare with Disk); returns its result code. Tests answer it.
    virtual int runDialog(QDialog *dialog);
    /// Asks for a new file name (Save As); "" when cancelled.
    virtual QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggested);
    /// Shows a page operation's plan and asks to go ahead; false when cancelled (or the plan cannot be done).
    /// @p updateLinks: the checkbox's state when the user went ahead.
    virtual bool confirmPlan(QWidget *parent, const PlanQuestion &question, bool &updateLinks);
    /// Asks for one line of text (@p suggestions: values to pick from, any other may be typed); false when cancelled.
    virtual bool askText(
        QWidget *parent, const QString &title, const QString &label, QString &text, const QStringList &suggestions = {});
    /// Asks for files to open (e.g. documents to attach; @p filter as QFileDialog takes it); empty when cancelled.
    virtual QStringList chooseOpenFiles(QWidget *parent, const QString &title, const QString &filter = {});
    /// Asks to choose one of @p items; the index chosen, -1 when cancelled.
    virtual int chooseItem(
        QWidget *parent, const QString &title, const QString &label, const QStringList &items, int current = 0);
    /// "Recover Unsaved Changes": restore the listed pages' edits, discard them, or decide later (keeps them).
    virtual RecoveryChoice askRecover(QWidget * /*parent*/, const QVector<RecoveryItem> & /*items*/)
    {
        return RecoveryChoice::Later;
    }
    /// git asks for a user name or password (@p prompt is git's); false when the user cancelled.
    virtual bool askPassword(QWidget *parent, const QString &prompt, QString *answer);
};

/**
 * Tells the user about a save that did not write: a file changed on disk since it was opened (asks whether
 * to overwrite it) or a failed write. Returns true when the user chose to overwrite: save again, forced.
 */
bool reportUnwrittenSave(Prompter &prompter, QWidget *parent, SaveOutcome outcome, const QString &error);

/// Asks with QMessageBox.
class MessageBoxPrompter final : public Prompter
{
public:
    Choice askSaveChanges(QWidget *parent, const QString &documentName) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    RecoveryChoice askRecover(QWidget *parent, const QVector<RecoveryItem> &items) override;
    bool askPassword(QWidget *parent, const QString &prompt, QString *answer) override;
};

/// Answers from callbacks, for tests and scripted runs; records the errors it was shown.
class ScriptedPrompter final : public Prompter
{
public:
    Choice saveChoice = Choice::Cancel;
    bool confirmAnswer = false;
    int saveQuestions = 0;
    QString lastError;
    /// Answers runDialog(): called with the dialog (it may set it up), returns the result code; unset: rejected.
    std::function<int(QDialog *)> dialogAnswer;
    int dialogs = 0;
    QString saveFileAnswer;
    RecoveryChoice recoverChoice = RecoveryChoice::Later;
    QVector<RecoveryItem> recoverItems; ///< what the last recovery question listed
    int recoverQuestions = 0;
    /// confirmPlan(): whether to go ahead, and the checkbox's answer (the plan is asked for with it).
    bool planAnswer = false;
    bool planUpdateLinks = true;
    int planQuestions = 0;
    QString lastPlanTitle;
    PlanView lastPlan; ///< the plan the last confirmation showed
    /// askText(): answered in turn; none left: cancelled.
    QStringList textAnswers;
    QStringList lastSuggestions;
    /// chooseItem(): the text of the item to choose, in turn (an answer not among the items: cancelled).
    QStringList itemAnswers;
    QStringList lastItems;
    QStringList openFilesAnswer; ///< chooseOpenFiles()

    Choice askSaveChanges(QWidget *, const QString &) override
    {
        ++saveQuestions;
        return saveChoice;
    }
    bool confirm(QWidget *, const QString &, const QString &) override { return confirmAnswer; }
    void showError(QWidget *, const QString &, const QString &text) override { lastError = text; }
    int runDialog(QDialog *dialog) override
    {
        ++dialogs;
        return dialogAnswer ? dialogAnswer(dialog) : 0;
    }
    QString chooseSaveFile(QWidget *, const QString &, const QString &) override { return saveFileAnswer; }
    bool confirmPlan(QWidget *, const PlanQuestion &question, bool &updateLinks) override
    {
        ++planQuestions;
        lastPlanTitle = question.title;
        updateLinks = question.offersLinkUpdate ? planUpdateLinks : true;
        lastPlan = question.plan ? question.plan(updateLinks) : PlanView();
        return planAnswer && lastPlan.error.isEmpty();
    }
    bool askText(QWidget *, const QString &, const QString &, QString &text, const QStringList &suggestions) override
    {
        lastSuggestions = suggestions;
        if (textAnswers.isEmpty())
            return false;
        text = textAnswers.takeFirst();
        return true;
    }
    QStringList chooseOpenFiles(QWidget *, const QString &, const QString &) override { return openFilesAnswer; }
    int chooseItem(QWidget *, const QString &, const QString &, const QStringList &items, int) override
    {
        lastItems = items;
        return itemAnswers.isEmpty() ? -1 : int(items.indexOf(itemAnswers.takeFirst()));
    }
    RecoveryChoice askRecover(QWidget *, const QVector<RecoveryItem> &items) override
    {
        ++recoverQuestions;
        recoverItems = items;
        return recoverChoice;
    }
    /// git's password prompts: each is recorded; answered with passwordAnswer unless it is empty (cancelled).
    QStringList passwordPrompts;
    QString passwordAnswer;
    bool askPassword(QWidget *, const QString &prompt, QString *answer) override
    {
        passwordPrompts.append(prompt);
        *answer = passwordAnswer;
        return !passwordAnswer.isEmpty();
    }
};

} // namespace GravDesk
