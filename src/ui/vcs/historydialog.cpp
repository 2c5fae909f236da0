#include "historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GravDesk {

HistoryDialog::HistoryDialog(const QString &pageName, const QList<HistoryEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(pageName));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(split);
    m_list->setObjectName(QStringLiteral("historyTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const HistoryEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, e.author);
        item->setText(2, e.subject);
        item->setToolTip(2, e.commit);
    }
    m_text = new QPlainTextEdit(split);
    m_text->setObjectName(QStringLiteral("historyTextEdit"));
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(
        entries.isEmpty() ? tr("This page has no published versions yet.") : tr("Select a version to see its text."));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("Restore This Version as a Draft"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreVersionButton"));
    m_restore->setEnabled(false);
    m_restore->setToolTip(tr("Puts this text into the editor as unsaved edits; the page on disk changes only when you save."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0 || row >= m_entries.size())
            return;
        m_commit = m_entries.at(row).commit;
        m_loaded = false;
        m_bytes.clear();
        m_restore->setEnabled(false);
        m_text->setPlainText(tr("Loading…"));
        Q_EMIT versionWanted(m_commit);
    });
}

void HistoryDialog::selectVersion(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

void HistoryDialog::showVersion(const QString &commit, bool found, const QByteArray &bytes)
{
    if (commit != m_commit)
        return;
    m_loaded = found;
    m_bytes = bytes;
    m_text->setPlainText(found ? QString::fromUtf8(bytes) : tr("This language file did not exist in that version."));
    m_restore->setEnabled(found);
}

HistoryEntry HistoryDialog::selectedEntry() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : HistoryEntry();
}

} // namespace GravDesk
