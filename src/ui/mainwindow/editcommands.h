#pragma once

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
 * A change to the header, from a form field or the YAML tab. Consecutive changes of the same field
 * merge into one step, so typing a title is undone as a whole.
 */
class HeaderEditCommand final : public QUndoCommand
{
public:
    /// @p apply puts header bytes into the page and shows them (form, preview).
    HeaderEditCommand(PageDocument *doc, const QByteArray &before, const QByteArray &after, const QString &field,
        std::function<void()> refresh);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<PageDocument> m_doc;
    QByteArray m_before;
    QByteArray m_after;
    QString m_field;
    std::function<void()> m_refresh;
    bool m_done = true;
};

/**
 * Sends Ctrl+Z / Ctrl+Shift+Z pressed in a text editor to @p history instead of the editor's own, so body
 * and header edits are undone in the order they were made. Call it from the editor's event filter; true
 * when @p event was such a key (it is then accepted).
 */
bool routeUndoKeys(QEvent *event, QUndoStack *history);

} // namespace GravDesk
