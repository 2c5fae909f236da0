#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QFile;

namespace GravDesk {

/// The outcome of a write; errors are values.
struct WriteResult
{
    bool ok = false;
    QString error;
};

/**
 * Replaces a file atomically: the bytes go to a new temporary file in the
 * same folder, which is flushed and fsync'ed, then renamed over the target;
 * the folder is fsync'ed so the rename itself survives a crash. On any
 * failure the temporary file is removed and the target is untouched. The
 * target's permissions are kept.
 */
class AtomicWriter
{
public:
    /// Lets tests put a device between the writer and the temporary file (e.g. one that fails midway).
    using DeviceWrapper = std::function<std::unique_ptr<QIODevice>(QFile *tempFile)>;

    static WriteResult write(const QString &path, const QByteArray &data, const DeviceWrapper &wrapper = {});
};

} // namespace GravDesk
