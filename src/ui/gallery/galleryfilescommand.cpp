#include "galleryfilescommand.h"

#include "galleryimport.h"
#include "io/atomicwriter.h"

#include <QCoreApplication>
#include <QFile>

namespace GravDesk {
namespace {

QByteArray readAll(const QString &path, bool *exists)
{
    QFile f(path);
    *exists = f.open(QIODevice::ReadOnly);
    return *exists ? f.readAll() : QByteArray();
}

// Puts @p to in place of @p from, only when the file still holds @p from (null: absent).
void swap(const QString &path, const QByteArray &from, const QByteArray &to)
{
    bool exists = false;
    const QByteArray now = readAll(path, &exists);
    if (from.isNull() ? exists : (!exists || now != from))
        return;
    if (to.isNull())
        QFile::remove(path);
    else
        AtomicWriter::write(path, to);
}

} // namespace

GalleryFilesCommand::GalleryFilesCommand(const GalleryImportResult &result, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("GalleryFilesCommand", "Add Gallery"), parent)
{
    for (const QString &path : result.writtenFiles) {
        bool exists = false;
        const QByteArray bytes = readAll(path, &exists);
        if (exists)
            m_files.append({path, QByteArray(), bytes});
    }
    for (const GalleryPageResult &page : result.pages) {
        if (page.written)
            m_files.append({page.path, page.originalBytes, page.fileBytes});
    }
}

void GalleryFilesCommand::undo()
{
    for (auto it = m_files.crbegin(); it != m_files.crend(); ++it)
        swap(it->path, it->after, it->before);
    m_done = false;
}

void GalleryFilesCommand::redo()
{
    if (m_done)
        return;
    for (const File &f : std::as_const(m_files))
        swap(f.path, f.before, f.after);
    m_done = true;
}

} // namespace GravDesk
