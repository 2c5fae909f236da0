#pragma once

#include "page/pagecompare.h"

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;
class QLabel;

namespace GravDesk {

/**
 * The page on disk and the user's unsaved version side by side: each header field and each paragraph
 * that differs is a row; the user takes either side row by row (or all of one side) and applies.
 */
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    CompareDialog(const PageComparison &comparison, const QString &fileName, QWidget *parent = nullptr);

    /// The comparison with the user's choices.
    PageComparison comparison() const { return m_comparison; }
    /// Chooses a side for the differing row @p row (0-based among the differing rows); for tests.
    void choose(int row, bool mine);

private:
    void refresh();
    void onItemChanged(QTreeWidgetItem *item, int column);

    PageComparison m_comparison;
    QList<int> m_itemOf; // tree row → comparison item
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    bool m_updating = false;
};

} // namespace GravDesk
