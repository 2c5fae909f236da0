#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QUndoCommand>

namespace GravDesk {

struct GalleryImportResult;

/**
 * Changes to the files of a page folder as one step of the page's history: the photos a gallery import
 * added and the other language files it rewrote, or what a rename, delete or reorder in the media panel
 * did. Undo puts every file back as it was (the bytes are kept in memory), redo does the change again.
 * A file someone changed since is left alone.
 */
class GalleryFilesCommand final : public QUndoCommand
{
public:
    /// The files of a folder by absolute path (see snapshot()).
    using FolderState = QMap<QString, QByteArray>;

    explicit GalleryFilesCommand(const GalleryImportResult &result, QUndoCommand *parent = nullptr);
    /// The difference between two snapshots of a folder.
    GalleryFilesCommand(const QString &text, const FolderState &before, const FolderState &after, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

    /// Every plain file of @p folder with its bytes (page folders hold a few photos and page files).
    static FolderState snapshot(const QString &folder);
    bool isEmpty() const { return m_files.isEmpty(); }

private:
    struct File
    {
        QString path;
        bool existedBefore = false;
        QByteArray before;
        bool existsAfter = false;
        QByteArray after;
    };
    QList<File> m_files;
    bool m_done = true; // pushed after the change happened
};

} // namespace GravDesk
