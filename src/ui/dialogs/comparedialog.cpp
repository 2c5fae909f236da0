#include "comparedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GravDesk {
namespace {

enum Column { ItemColumn, DiskColumn, MineColumn };

QString shown(const QString &text)
{
    QString t = text;
    while (t.endsWith(QLatin1Char('\n')))
        t.chop(1);
    return t.isEmpty() ? CompareDialog::tr("(absent)") : t;
}

} // namespace

CompareDialog::CompareDialog(const PageComparison &comparison, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_comparison(comparison)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare with Disk — %1").arg(fileName));
    resize(1000, 620);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Another program changed this page on disk while you edited it. For each difference, "
                                "tick the version to keep: the one on disk or yours. The result stays unsaved in the editor."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("compareTreeWidget"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Where"), tr("On disk"), tr("Yours")});
    m_tree->setRootIsDecorated(false);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tree->header()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(DiskColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    int paragraph = 0;
    for (int k = 0; k < m_comparison.items.size(); ++k) {
        const CompareItem &c = m_comparison.items.at(k);
        if (c.kind == CompareItem::Kind::BodyPart)
            ++paragraph;
        if (!c.differs)
            continue;
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(ItemColumn,
            c.kind == CompareItem::Kind::HeaderField ? tr("Header: %1").arg(c.key) : tr("Text, paragraph %1").arg(paragraph));
        item->setText(DiskColumn, shown(c.diskText));
        item->setText(MineColumn, shown(c.mineText));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        m_itemOf.append(k);
    }
    connect(m_tree, &QTreeWidget::itemChanged, this, &CompareDialog::onItemChanged);
    layout->addWidget(m_tree, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummaryLabel"));
    layout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *allDisk = buttons->addButton(tr("All From &Disk"), QDialogButtonBox::ActionRole);
    allDisk->setObjectName(QStringLiteral("allDiskButton"));
    QPushButton *allMine = buttons->addButton(tr("All &Mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(QStringLiteral("allMineButton"));
    QPushButton *apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    apply->setObjectName(QStringLiteral("applyCompareButton"));
    apply->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(allDisk, &QPushButton::clicked, this, [this] {
        m_comparison.takeAll(false);
        refresh();
    });
    connect(allMine, &QPushButton::clicked, this, [this] {
        m_comparison.takeAll(true);
        refresh();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refresh();
}

void CompareDialog::choose(int row, bool mine)
{
    if (row < 0 || row >= m_itemOf.size())
        return;
    m_comparison.items[m_itemOf.at(row)].takeMine = mine;
    refresh();
}

void CompareDialog::refresh()
{
    m_updating = true;
    int mine = 0;
    for (int row = 0; row < m_itemOf.size(); ++row) {
        const bool takeMine = m_comparison.items.at(m_itemOf.at(row)).takeMine;
        mine += takeMine ? 1 : 0;
        QTreeWidgetItem *item = m_tree->topLevelItem(row);
        item->setCheckState(DiskColumn, takeMine ? Qt::Unchecked : Qt::Checked);
        item->setCheckState(MineColumn, takeMine ? Qt::Checked : Qt::Unchecked);
        QFont chosen = m_tree->font();
        chosen.setBold(true);
        item->setFont(DiskColumn, takeMine ? m_tree->font() : chosen);
        item->setFont(MineColumn, takeMine ? chosen : m_tree->font());
    }
    m_summary->setText(tr("%n difference(s): ", nullptr, int(m_itemOf.size()))
        + tr("%1 from disk, %2 yours.").arg(m_itemOf.size() - mine).arg(mine));
    m_updating = false;
}

void CompareDialog::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || (column != DiskColumn && column != MineColumn))
        return;
    const int row = m_tree->indexOfTopLevelItem(item);
    const bool ticked = item->checkState(column) == Qt::Checked;
    // Exactly one side per row: ticking one unticks the other, unticking one ticks the other.
    choose(row, column == MineColumn ? ticked : !ticked);
}

} // namespace GravDesk
