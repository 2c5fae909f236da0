#pragma once

#include "site/pagetrash.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace GravDesk {

/// Page ▸ Trash…: the pages deleted from the site, newest first; Restore puts the chosen one back.
class TrashDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrashDialog)

public:
    explicit TrashDialog(const QList<TrashEntry> &entries, QWidget *parent = nullptr);

    /// The entry chosen for Restore ("" when none).
    QString selectedId() const;

private:
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace GravDesk
