#pragma once

#include "vcs/gitrepo.h"

#include <QByteArray>
#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace GravDesk {

/**
 * Page ▸ History: the commits that changed the page (Git Sync's merge commits left out), the selected
 * version's text, and "Restore This Version as a Draft", which puts that text into the editor as unsaved
 * edits (nothing is checked out; the page on disk stays as it is until Save).
 */
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    HistoryDialog(const QString &pageName, const QList<HistoryEntry> &entries, QWidget *parent = nullptr);

    /// Selects version @p row (0: the newest); versionWanted() asks for its text.
    void selectVersion(int row);
    /// The text of @p commit, as loaded (found false: the file did not exist in that version).
    void showVersion(const QString &commit, bool found, const QByteArray &bytes);
    /// The selected version's commit and text (empty until loaded).
    QString selectedCommit() const { return m_commit; }
    QByteArray selectedBytes() const { return m_bytes; }
    bool hasVersion() const { return m_loaded; }
    /// The selected entry ("" when none).
    HistoryEntry selectedEntry() const;

Q_SIGNALS:
    void versionWanted(const QString &commit);

private:
    QList<HistoryEntry> m_entries;
    QTreeWidget *m_list = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_restore = nullptr;
    QString m_commit;
    QByteArray m_bytes;
    bool m_loaded = false;
};

} // namespace GravDesk
