#include "galleryfilescommand.h"

#include "galleryimport.h"
#include "io/atomicwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

namespace GravDesk {
namespace {

// Puts the file from one state into the other, only when it is still in the first one.
void change(const QString &path, bool fromExists, const QByteArray &from, bool toExists, const QByteArray &to)
{
    QFile f(path);
    const bool exists = f.open(QIODevice::ReadOnly);
    const QByteArray now = exists ? f.readAll() : QByteArray();
    f.close();
    if (exists != fromExists || (exists && now != from))
        return;
    if (!toExists)
        QFile::remove(path);
    else
        AtomicWriter::write(path, to);
}

} // namespace

GalleryFilesCommand::GalleryFilesCommand(const GalleryImportResult &result, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("GalleryFilesCommand", "Add Gallery"), parent)
{
    for (const QString &path : result.writtenFiles) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            m_files.append({path, false, QByteArray(), true, f.readAll()});
    }
    for (const GalleryPageResult &page : result.pages) {
        if (page.written)
            m_files.append({page.path, true, page.originalBytes, true, page.fileBytes});
    }
}

GalleryFilesCommand::GalleryFilesCommand(
    const QString &text, const FolderState &before, const FolderState &after, QUndoCommand *parent)
    : QUndoCommand(text, parent)
{
    QSet<QString> paths;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        paths.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        paths.insert(it.key());
    for (const QString &p : std::as_const(paths)) {
        const bool b = before.contains(p), a = after.contains(p);
        if (b == a && before.value(p) == after.value(p))
            continue;
        m_files.append({p, b, before.value(p), a, after.value(p)});
    }
}

GalleryFilesCommand::FolderState GalleryFilesCommand::snapshot(const QString &folder)
{
    FolderState out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(dir.filePath(name), f.readAll());
    }
    return out;
}

void GalleryFilesCommand::undo()
{
    // Removals of new files first, so a renamed file's old name is free again.
    for (auto it = m_files.crbegin(); it != m_files.crend(); ++it)
        change(it->path, it->existsAfter, it->after, it->existedBefore, it->before);
    m_done = false;
}

void GalleryFilesCommand::redo()
{
    if (m_done)
        return;
    for (const File &f : std::as_const(m_files))
        change(f.path, f.existedBefore, f.before, f.existsAfter, f.after);
    m_done = true;
}

} // namespace GravDesk
