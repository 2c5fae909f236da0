#include "safefile.h"

#include "io/pathwithin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace GravDesk {
namespace {

// Messages name the file as the user would type it.
QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_UNIX
QDateTime modifiedOf(const struct stat &st)
{
    const qint64 ms = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
    return QDateTime::fromMSecsSinceEpoch(ms);
}

// Fills @p r from @p st; false (with the refusal in @p r) unless it is a regular file within the limit.
bool acceptStat(const QString &path, const struct stat &st, qint64 maxBytes, FileRead &r, FileTime time = FileTime::Read)
{
    if (time == FileTime::Read)
        r.modified = modifiedOf(st);
    if (!S_ISREG(st.st_mode)) {
        r.kind = FileRead::Error::NotRegular;
        r.error = QCoreApplication::translate("GravDesk::SafeFile", "“%1” is %2, not a regular file; GravDesk does not open it.")
                      .arg(nativeName(path), fileKindText(st.st_mode));
        return false;
    }
    r.size = st.st_size;
    if (st.st_size > maxBytes) {
        r.kind = FileRead::Error::TooLarge;
        r.error = QCoreApplication::translate("GravDesk::SafeFile", "“%1” is %2; GravDesk opens page files up to %3.")
                      .arg(nativeName(path), sizeText(st.st_size), sizeText(maxBytes));
        return false;
    }
    return true;
}

void setErrno(const QString &path, int error, FileRead &r)
{
    r.kind = error == ENOENT || error == ENOTDIR ? FileRead::Error::NotFound : FileRead::Error::Unreadable;
    r.error = r.kind == FileRead::Error::NotFound
        ? QCoreApplication::translate("GravDesk::SafeFile", "“%1” does not exist.").arg(nativeName(path))
        : QCoreApplication::translate("GravDesk::SafeFile", "Cannot read “%1”: %2.")
              .arg(nativeName(path), QString::fromLocal8Bit(std::strerror(error)));
}

// Opens @p path for reading only when stat() says it is a regular file, then checks the open file again
// (it may have been replaced in between). Returns the descriptor, or -1 with the refusal in @p r.
int openRegular(const QString &path, qint64 maxBytes, FileRead &r, FileTime time, FileCheck check)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    // Checked before open(): opening a FIFO can block, and opening some devices has effects of its own.
    // A file the caller has just listed as regular skips this lookup; the descriptor is checked below.
    if (check == FileCheck::Stat) {
        if (::stat(native.constData(), &st) != 0) {
            setErrno(path, errno, r);
            return -1;
        }
        if (!acceptStat(path, st, maxBytes, r, time))
            return -1;
    }
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int openError = errno;
        // Not opened unchecked: say what it is (a socket cannot be opened at all) when the path tells.
        if (check == FileCheck::Listed && ::stat(native.constData(), &st) == 0 && !acceptStat(path, st, maxBytes, r, time))
            return -1;
        setErrno(path, openError, r);
        return -1;
    }
    if (::fstat(fd, &st) != 0) {
        setErrno(path, errno, r);
        ::close(fd);
        return -1;
    }
    if (!acceptStat(path, st, maxBytes, r, time)) {
        ::close(fd);
        return -1;
    }
    return fd;
}
#endif

} // namespace

QString fileKindText(unsigned int mode)
{
#ifdef Q_OS_UNIX
    switch (mode & S_IFMT) {
    case S_IFREG: return {};
    case S_IFDIR: return QCoreApplication::translate("GravDesk::SafeFile", "a folder");
    case S_IFIFO: return QCoreApplication::translate("GravDesk::SafeFile", "a FIFO (named pipe)");
    case S_IFCHR: return QCoreApplication::translate("GravDesk::SafeFile", "a character device");
    case S_IFBLK: return QCoreApplication::translate("GravDesk::SafeFile", "a block device");
    case S_IFSOCK: return QCoreApplication::translate("GravDesk::SafeFile", "a socket");
    case S_IFLNK: return QCoreApplication::translate("GravDesk::SafeFile", "a symbolic link");
    default: break;
    }
#else
    Q_UNUSED(mode);
#endif
    return QCoreApplication::translate("GravDesk::SafeFile", "a special file");
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 kMiB = 1024 * 1024;
    if (bytes >= kMiB)
        return QCoreApplication::translate("GravDesk::SafeFile", "%1 MB").arg(qRound64(double(bytes) / double(kMiB)));
    return QCoreApplication::translate("GravDesk::SafeFile", "%1 KB").arg(std::max<qint64>(1, qRound64(double(bytes) / 1024.0)));
}

QString readOnlyReason(const QString &path, const QString &siteRoot)
{
    const QFileInfo info(path);
    QString root = QFileInfo(siteRoot).canonicalFilePath();
    if (root.isEmpty())
        root = QDir::cleanPath(QDir(siteRoot).absolutePath());
    // A file that does not exist yet lands in its folder: that folder's real place decides.
    QString real = info.canonicalFilePath();
    if (real.isEmpty()) {
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        real = folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + QLatin1Char('/') + info.fileName();
    }
    const bool inside = isPathWithin(real, root);
    if (!inside)
        return QCoreApplication::translate(
            "GravDesk::SafeFile", "“%1” leads outside the site, to %2; GravDesk does not write there.")
            .arg(nativeName(path), nativeName(real));
    // The owner's write bit, not access(): run as root every file is writable, and a file marked read-only
    // was marked on purpose.
    if (info.exists() && !(info.permissions() & QFileDevice::WriteOwner))
        return QCoreApplication::translate("GravDesk::SafeFile", "“%1” is read-only; use Save As.").arg(nativeName(path));
    return {};
}

FileRead checkRegularFile(const QString &path, qint64 maxBytes)
{
    FileRead r;
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        setErrno(path, errno, r);
        return r;
    }
    r.ok = acceptStat(path, st, maxBytes, r);
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        r.kind = FileRead::Error::NotFound;
        r.error = QCoreApplication::translate("GravDesk::SafeFile", "“%1” does not exist.").arg(path);
    } else if (!info.isFile()) {
        r.kind = FileRead::Error::NotRegular;
        r.error = QCoreApplication::translate("GravDesk::SafeFile", "“%1” is %2, not a regular file; GravDesk does not open it.")
                      .arg(path, fileKindText(0));
    } else if (info.size() > maxBytes) {
        r.kind = FileRead::Error::TooLarge;
        r.error = QCoreApplication::translate("GravDesk::SafeFile", "“%1” is %2; GravDesk opens page files up to %3.")
                      .arg(path, sizeText(info.size()), sizeText(maxBytes));
    } else {
        r.ok = true;
        r.size = info.size();
        r.modified = info.lastModified();
    }
#endif
    return r;
}

FileRead readRegularFile(const QString &path, qint64 maxBytes)
{
    return readRegularFile(path, maxBytes, FileTime::Read);
}

FileRead readRegularFile(const QString &path, qint64 maxBytes, FileTime time)
{
    return readRegularFile(path, maxBytes, time, FileCheck::Stat);
}

FileRead readRegularFile(const QString &path, qint64 maxBytes, FileTime time, FileCheck check)
{
    FileRead r;
#ifdef Q_OS_UNIX
    const int fd = openRegular(path, maxBytes, r, time, check);
    if (fd < 0)
        return r;
    // Sized from fstat(), but never trusted: read until EOF or one byte past the limit.
    const qint64 cap = maxBytes + 1;
    QByteArray bytes(static_cast<qsizetype>(std::min(cap, std::max<qint64>(r.size + 1, 1))), Qt::Uninitialized);
    qint64 done = 0;
    int error = 0;
    for (;;) {
        if (done == bytes.size()) {
            if (done >= cap)
                break;
            bytes.resize(static_cast<qsizetype>(std::min(cap, std::max<qint64>(done * 2, 4096))));
        }
        const ssize_t n = ::read(fd, bytes.data() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            break;
        }
        if (n == 0)
            break;
        done += n;
        // A regular file gives all it has up to the size asked for: once its fstat() size is in, a shorter read is
        // its end (no second read to hear it); one that grew meanwhile fills the buffer and the loop goes on.
        // A file reporting size 0 (/proc and the like may hand out a page per read) is read until read() says 0.
        if (r.size > 0 && done >= r.size && done < bytes.size())
            break;
    }
    ::close(fd);
    if (error != 0) {
        setErrno(path, error, r);
        return r;
    }
    if (done > maxBytes) { // it grew while being read
        r.kind = FileRead::Error::TooLarge;
        r.error = QCoreApplication::translate("GravDesk::SafeFile", "“%1” is larger than %2; GravDesk opens page files up to %2.")
                      .arg(nativeName(path), sizeText(maxBytes));
        return r;
    }
    bytes.truncate(static_cast<qsizetype>(done));
    r.bytes = std::move(bytes);
    r.size = done;
    r.ok = true;
#else
    Q_UNUSED(time);
    Q_UNUSED(check);
    r = checkRegularFile(path, maxBytes);
    if (!r.ok)
        return r;
    r.ok = false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.kind = FileRead::Error::Unreadable;
        r.error = QCoreApplication::translate("GravDesk::SafeFile", "Cannot read “%1”: %2.").arg(path, f.errorString());
        return r;
    }
    r.bytes = f.read(maxBytes + 1);
    if (r.bytes.size() > maxBytes) {
        r.bytes.clear();
        r.kind = FileRead::Error::TooLarge;
        r.error = QCoreApplication::translate("GravDesk::SafeFile", "“%1” is larger than %2; GravDesk opens page files up to %2.")
                      .arg(nativeName(path), sizeText(maxBytes));
        return r;
    }
    r.ok = true;
#endif
    return r;
}

} // namespace GravDesk
