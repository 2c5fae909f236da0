#include "trashdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GravDesk {

TrashDialog::TrashDialog(const QList<TrashEntry> &entries, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Trash"));
    resize(720, 400);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(entries.isEmpty() ? tr("The trash is empty.")
                                               : tr("Pages deleted from this site. They are kept outside the site, in "
                                                    "GravDesk's own folder; Restore puts one back where it was."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("trashTreeWidget"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Title"), tr("Was at"), tr("Deleted")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    for (const TrashEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, e.title.isEmpty() ? e.relPath.section(QLatin1Char('/'), -1) : e.title);
        item->setText(1, e.relPath);
        item->setText(2, QLocale().toString(e.deletedAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, e.id);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { m_restore->setEnabled(!selectedId().isEmpty()); });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedId().isEmpty())
            accept();
    });
    layout->addWidget(buttons);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString TrashDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace GravDesk
