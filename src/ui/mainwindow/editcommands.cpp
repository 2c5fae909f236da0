#include "editcommands.h"

#include "page/pagedocument.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QTextDocument>
#include <QUndoStack>

namespace GravDesk {

BodyEditCommand::BodyEditCommand(QTextDocument *document)
    : m_document(document)
{
    setText(QCoreApplication::translate("GravDesk::MainWindow", "Edit text"));
}

void BodyEditCommand::undo()
{
    if (m_document)
        m_document->undo();
}

void BodyEditCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (m_document)
        m_document->redo();
}

HeaderEditCommand::HeaderEditCommand(PageDocument *doc, const QByteArray &before, const QByteArray &after, const QString &field)
    : m_doc(doc)
    , m_before(before)
    , m_after(after)
    , m_field(field)
{
    setText(field.isEmpty() ? QCoreApplication::translate("GravDesk::MainWindow", "Edit header")
                            : QCoreApplication::translate("GravDesk::MainWindow", "Edit %1").arg(field));
}

void HeaderEditCommand::undo()
{
    if (m_doc)
        m_doc->setHeaderBytes(m_before);
}

void HeaderEditCommand::redo()
{
    if (m_doc)
        m_doc->setHeaderBytes(m_after);
}

bool HeaderEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const HeaderEditCommand *>(other);
    if (next->m_doc != m_doc || m_field.isEmpty() || next->m_field != m_field || next->m_before != m_after)
        return false;
    m_after = next->m_after;
    return true;
}

FolderChangeCommand::FolderChangeCommand(
    PageDocument *doc, const QString &text, const QList<FolderOp> &ops, std::function<void()> refresh, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_doc(doc)
    , m_ops(ops)
    , m_refresh(std::move(refresh))
{
    // A step number of its own: the document's log tells this step's entries from every other's.
    static int steps = 0;
    m_step = ++steps;
}

void FolderChangeCommand::undo()
{
    if (!m_doc)
        return;
    m_doc->recordFolderChange(m_step, true, m_ops);
    if (m_refresh)
        m_refresh();
}

void FolderChangeCommand::redo()
{
    if (!m_doc)
        return;
    m_doc->recordFolderChange(m_step, false, m_ops);
    if (m_refresh)
        m_refresh();
}

bool routeUndoKeys(QEvent *event, QUndoStack *history)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool isUndo = key->matches(QKeySequence::Undo);
    const bool isRedo = key->matches(QKeySequence::Redo);
    if (!isUndo && !isRedo)
        return false;
    if (event->type() == QEvent::KeyPress) {
        if (isUndo)
            history->undo();
        else
            history->redo();
    }
    event->accept();
    return true;
}

} // namespace GravDesk
