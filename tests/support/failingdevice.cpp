#include "failingdevice.h"

#include <QFile>

namespace GravDesk {

FailingDevice::FailingDevice(QFile *target, qint64 failAfter, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
    , m_failAfter(failAfter)
{ }

bool FailingDevice::open(OpenMode mode)
{
    if (mode & ReadOnly)
        return false;
    // Unbuffered: every write() reaches writeData() at once, so the failure point is exact.
    return QIODevice::open(mode | Unbuffered);
}

qint64 FailingDevice::readData(char *, qint64)
{
    return -1;
}

qint64 FailingDevice::writeData(const char *data, qint64 size)
{
    if (m_failed) {
        setErrorString(QStringLiteral("simulated write failure (device already failed)"));
        return -1;
    }
    const qint64 room = m_failAfter - m_forwarded;
    const qint64 chunk = qMin(size, room);
    if (chunk > 0) {
        const qint64 n = m_target->write(data, chunk);
        if (n < 0) {
            setErrorString(m_target->errorString());
            return -1;
        }
        m_forwarded += n;
    }
    if (chunk < size) {
        // A partial write would be reported as a short count; a real I/O error is a hard -1.
        m_failed = true;
        setErrorString(QStringLiteral("simulated write failure after %1 bytes").arg(m_failAfter));
        return -1;
    }
    return size;
}

} // namespace GravDesk
