#pragma once

#include "vcs/gitrepo.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

namespace GravDesk {

/**
 * Update from Server when both sides changed the same place: per article, each header field and each
 * paragraph in question with the server's and this desktop's text side by side (the words that differ
 * marked), and Server / Mine / Edit for each; a page deleted on one side and edited on the other is
 * explained and kept or let go. "All mine" and "All server" answer everything at once. Nothing is written
 * here: decisions() goes to GitRepo::sync().
 */
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    /// @p pagesDir: the repository-relative pages folder's absolute path, to name files; @p titles: page titles by path.
    DecisionDialog(const QList<FileDecision> &decisions, const QString &topDir, QWidget *parent = nullptr);

    /// The user's answers, one per file.
    QList<SyncDecision> decisions() const;
    /// Answers everything with one side (the "All mine" and "All server" buttons).
    void takeAll(MergeTake side);
    /// Answers conflict @p conflict of file @p file (an edit with @p text); for tests.
    void choose(int file, int conflict, MergeChoice::Side side, const QString &text = QString());
    int fileCount() const { return m_files.size(); }

private:
    struct ConflictRow
    {
        MergeConflict conflict;
        QButtonGroup *sides = nullptr; // 0 server, 1 mine, 2 edit
        QPlainTextEdit *edit = nullptr;
    };
    struct FileRow
    {
        FileDecision decision;
        QButtonGroup *whole = nullptr; // deleted on one side: 0 server, 1 mine
        QList<ConflictRow> rows;
    };
    QWidget *fileWidget(FileRow &row, QWidget *parent);
    QWidget *conflictWidget(ConflictRow &row, QWidget *parent);
    void updateSummary();

    QString m_top;
    QList<FileRow> m_files;
    QLabel *m_summary = nullptr;
};

} // namespace GravDesk
