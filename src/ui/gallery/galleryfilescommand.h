#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUndoCommand>

namespace GravDesk {

struct GalleryImportResult;

/**
 * The on-disk part of a gallery import in the page's history: the photos (and sidecars) it added and
 * the other language files it rewrote. Undo removes the photos (keeping their bytes) and puts the
 * other files back; redo writes them again. A file someone changed since is left alone.
 */
class GalleryFilesCommand final : public QUndoCommand
{
public:
    explicit GalleryFilesCommand(const GalleryImportResult &result, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    struct File
    {
        QString path;
        QByteArray before; // null: the file did not exist
        QByteArray after;
    };
    QList<File> m_files;
    bool m_done = true; // pushed after the import wrote them
};

} // namespace GravDesk
