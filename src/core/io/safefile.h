#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace GravDesk {

/// The largest page file GravDesk reads (16 MiB): bigger ones are refused with a message, never parsed.
constexpr qint64 kMaxPageFileBytes = qint64(16) * 1024 * 1024;

/// The outcome of readRegularFile(); errors are values.
struct FileRead
{
    enum class Error { None, NotFound, NotRegular, TooLarge, Unreadable };

    bool ok = false;
    QByteArray bytes;
    Error kind = Error::None;
    QString error; ///< a sentence for the user that names the file ("" when ok)
    qint64 size = -1; ///< the file's size as fstat() saw it (-1 when it could not be seen)
    QDateTime modified; ///< its modification time, local time (invalid when it could not be seen)
};

/**
 * Reads the file at @p path only when it is a regular file (after symbolic links) of at most
 * @p maxBytes. A FIFO, device, socket or folder is never read (a FIFO is not even opened for
 * reading: opening one can block, reading a device can never end), and a file over the limit
 * is refused without reading it. At most @p maxBytes + 1 bytes are ever read, so a file that
 * grows while it is read cannot exhaust memory either.
 */
FileRead readRegularFile(const QString &path, qint64 maxBytes = kMaxPageFileBytes);

/// Whether readRegularFile() sets FileRead::modified. A QDateTime in local time costs a time-zone lookup under a
/// process-wide lock: a search reading 60,000 files on several threads would spend its time waiting on it.
enum class FileTime { Read, Skip };
/// readRegularFile() with the same checks; with FileTime::Skip, FileRead::modified stays invalid.
FileRead readRegularFile(const QString &path, qint64 maxBytes, FileTime time);
/**
 * How readRegularFile() makes sure it opens a regular file. Stat: the path is looked up (stat) before it is
 * opened, so that a FIFO or a device is never opened. Listed: the caller has just listed the folder and found
 * a regular file there (its d_type): the file is opened at once (O_NONBLOCK, so a FIFO swapped in meanwhile
 * cannot block) and checked on the open descriptor before anything is read — one path lookup per file
 * instead of two, which a site-wide search over 60,000 files notices.
 */
enum class FileCheck { Stat, Listed };
FileRead readRegularFile(const QString &path, qint64 maxBytes, FileTime time, FileCheck check);

/**
 * The same checks without reading: @p path exists and is a regular file (after symbolic links)
 * of at most @p maxBytes. On success the result's bytes are empty and its size and time are set.
 */
FileRead checkRegularFile(const QString &path, qint64 maxBytes = kMaxPageFileBytes);

/**
 * Why the page file at @p path must be opened read-only, or "" when it may be written: it resolves
 * (after symbolic links) outside the site folder @p siteRoot, or it has no write permission for its
 * owner. The write path refuses such writes too; this lets a reader say so before any edit is made.
 */
QString readOnlyReason(const QString &path, const QString &siteRoot);

/// "a FIFO (named pipe)", "a character device", "a folder"… for a non-regular file's st_mode; "" for a regular file.
QString fileKindText(unsigned int mode);

/// "52 MB": a size for messages, in whole megabytes (MiB) above 1 MB, else in KB.
QString sizeText(qint64 bytes);

} // namespace GravDesk
