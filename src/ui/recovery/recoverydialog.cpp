#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GravDesk {

RecoveryDialog::RecoveryDialog(const QVector<Prompter::RecoveryItem> &items, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Changes"));
    setModal(true);
    resize(760, 360);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("GravDesk was closed before these pages were saved. Restore puts your unsaved text back into "
                                "the editors, still unsaved: nothing is written until you save."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("recoveryTreeWidget"));
    list->setRootIsDecorated(false);
    list->setColumnCount(4);
    list->setHeaderLabels({tr("Page"), tr("File"), tr("Unsaved since"), tr("Note")});
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    list->setColumnWidth(0, 240);
    list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list->setTextElideMode(Qt::ElideMiddle);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    list->setFocusPolicy(Qt::NoFocus); // Enter goes to the default button
    bool anyNote = false;
    for (const Prompter::RecoveryItem &item : items) {
        auto *row = new QTreeWidgetItem(list);
        row->setText(0, item.title.isEmpty() ? tr("(no title)") : item.title);
        row->setText(1, item.file);
        row->setToolTip(1, item.file);
        row->setText(2, QLocale().toString(item.time.toLocalTime(), QLocale::ShortFormat));
        if (!item.note.isEmpty()) {
            anyNote = true;
            row->setText(3, item.note);
            row->setToolTip(3, item.note);
            row->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    layout->addWidget(list, 1);
    if (anyNote) {
        auto *warning = new QLabel(tr("Some files changed on disk after your edits began. Restored text still replaces them "
                                      "in the editor; compare before you save."),
            this);
        warning->setObjectName(QStringLiteral("recoveryWarningLabel"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restorePushButton"));
    QPushButton *discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardPushButton"));
    discard->setToolTip(tr("Forget these unsaved edits"));
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterPushButton"));
    later->setToolTip(tr("Keep them and ask again the next time this site is opened"));
    restore->setDefault(true);
    restore->setAutoDefault(true);
    discard->setAutoDefault(false);
    later->setAutoDefault(false);
    connect(restore, &QPushButton::clicked, this, [this] {
        m_choice = Prompter::RecoveryChoice::Restore;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_choice = Prompter::RecoveryChoice::Discard;
        accept();
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    restore->setFocus();
}

Prompter::RecoveryChoice RecoveryDialog::ask()
{
    m_choice = Prompter::RecoveryChoice::Later;
    exec();
    return m_choice;
}

} // namespace GravDesk
