#include "atomicwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace GravDesk {
namespace {

bool fsyncPath(const QString &path, bool directory)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const int rc = ::fsync(fd);
    ::close(fd);
    return rc == 0;
#else
    Q_UNUSED(path);
    Q_UNUSED(directory);
    return true;
#endif
}

} // namespace

WriteResult AtomicWriter::write(const QString &path, const QByteArray &data, const DeviceWrapper &wrapper)
{
    WriteResult result;
    // A page file that is a symbolic link stays one: the file it points to is replaced.
    const QFileInfo given(path);
    const QFileInfo target(given.isSymLink() && !given.canonicalFilePath().isEmpty() ? given.canonicalFilePath() : path);
    const QString dirPath = target.absolutePath();
    if (!QFileInfo(dirPath).isDir()) {
        result.error = QCoreApplication::translate("GravDesk::AtomicWriter", "folder %1 does not exist")
                           .arg(QDir::toNativeSeparators(dirPath));
        return result;
    }
    // Hidden, so Grav (ignore_hidden) and file watchers that skip dot-files never see a half-written page.
    QString tempPath;
    QFile temp;
    for (int attempt = 0; attempt < 16; ++attempt) {
        tempPath = dirPath + QStringLiteral("/.") + target.fileName() + QStringLiteral(".gravdesk-")
            + QString::number(QRandomGenerator::global()->generate(), 36) + QStringLiteral(".tmp");
        temp.setFileName(tempPath);
        if (temp.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
    }
    if (!temp.isOpen()) {
        result.error = QCoreApplication::translate("GravDesk::AtomicWriter", "cannot create a temporary file in %1: %2")
                           .arg(QDir::toNativeSeparators(dirPath), temp.errorString());
        return result;
    }
    const auto fail = [&](const QString &why) {
        temp.close();
        QFile::remove(tempPath);
        result.ok = false;
        result.error = why;
        return result;
    };

    std::unique_ptr<QIODevice> wrapped = wrapper ? wrapper(&temp) : nullptr;
    QIODevice *out = wrapped ? wrapped.get() : static_cast<QIODevice *>(&temp);
    if (wrapped && !wrapped->isOpen() && !wrapped->open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("GravDesk::AtomicWriter", "cannot open the output device"));
    qsizetype written = 0;
    while (written < data.size()) {
        const qint64 n = out->write(data.constData() + written, data.size() - written);
        if (n <= 0)
            return fail(QCoreApplication::translate("GravDesk::AtomicWriter", "writing %1 failed: %2")
                            .arg(QDir::toNativeSeparators(path), out->errorString()));
        written += n;
    }
    if (wrapped)
        wrapped->close();
    if (!temp.flush())
        return fail(QCoreApplication::translate("GravDesk::AtomicWriter", "flushing %1 failed: %2")
                        .arg(QDir::toNativeSeparators(path), temp.errorString()));
#ifdef Q_OS_UNIX
    if (::fsync(temp.handle()) != 0)
        return fail(QCoreApplication::translate("GravDesk::AtomicWriter", "syncing %1 to disk failed: %2")
                        .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
#endif
    if (target.exists())
        temp.setPermissions(QFile::permissions(target.filePath()));
    temp.close();
#ifdef Q_OS_UNIX
    if (::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target.filePath()).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(tempPath);
        result.error = QCoreApplication::translate("GravDesk::AtomicWriter", "replacing %1 failed: %2")
                           .arg(QDir::toNativeSeparators(path), why);
        return result;
    }
#else
    QFile::remove(target.filePath());
    if (!QFile::rename(tempPath, target.filePath())) {
        QFile::remove(tempPath);
        result.error
            = QCoreApplication::translate("GravDesk::AtomicWriter", "replacing %1 failed").arg(QDir::toNativeSeparators(path));
        return result;
    }
#endif
    fsyncPath(dirPath, true);
    result.ok = true;
    return result;
}

} // namespace GravDesk
