#pragma once

#include "page/pagechangeset.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>

class QEvent;
class QTextDocument;
class QUndoStack;

namespace GravDesk {

class PageDocument;

/**
 * One step of the page's undo history for a change to the body: it drives the editor's own
 * QTextDocument history, so typing keeps Qt's merging of keystrokes into words.
 */
class BodyEditCommand final : public QUndoCommand
{
public:
    explicit BodyEditCommand(QTextDocument *document);
    void undo() override;
    void redo() override;

private:
    QPointer<QTextDocument> m_document;
    bool m_done = true; // pushed after the edit happened: the first redo() has nothing to do
};

/**
 * A change to the header, from a form field, the YAML tab or a command (a gallery, a merge, the
 * typograph). Its redo() makes the change, so pushing it applies it. Consecutive changes of the same
 * field merge into one step, so typing a title is undone as a whole.
 */
class HeaderEditCommand final : public QUndoCommand
{
public:
    /// Views follow the document's headerChanged().
    HeaderEditCommand(PageDocument *doc, const QByteArray &before, const QByteArray &after, const QString &field);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<PageDocument> m_doc;
    QByteArray m_before;
    QByteArray m_after;
    QString m_field;
};

/**
 * A change to the files of the page's folder (photos added, media renamed, deleted or reordered, other
 * language files rewritten) as one step of the page's history. It only changes the document's pending
 * folder change: redo() records the operations, undo() takes them back; the disk is touched by Save
 * alone. Undone after a save, it records the way back as a new pending change, and the page is modified.
 */
class FolderChangeCommand final : public QUndoCommand
{
public:
    /// @p refresh shows the folder's new state (media panel, preview, form pickers).
    FolderChangeCommand(PageDocument *doc, const QString &text, const QList<FolderOp> &ops, std::function<void()> refresh,
        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    QPointer<PageDocument> m_doc;
    QList<FolderOp> m_ops;
    int m_step;
    std::function<void()> m_refresh;
};

/**
 * Sends Ctrl+Z / Ctrl+Shift+Z pressed in a text editor to @p history instead of the editor's own, so body
 * and header edits are undone in the order they were made. Call it from the editor's event filter; true
 * when @p event was such a key (it is then accepted).
 */
bool routeUndoKeys(QEvent *event, QUndoStack *history);

} // namespace GravDesk
