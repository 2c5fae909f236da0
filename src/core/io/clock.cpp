#include "clock.h"

#include <QMutex>

namespace GravDesk::Clock {
namespace {

struct Fixed
{
    QMutex lock;
    bool read = false; // GRAVDESK_NOW looked at
    QDateTime utc;
};

Fixed &fixed()
{
    static Fixed f;
    return f;
}

} // namespace

QDateTime nowUtc()
{
    Fixed &f = fixed();
    QMutexLocker locker(&f.lock);
    if (!f.read) {
        f.read = true;
        const QString env = qEnvironmentVariable("GRAVDESK_NOW");
        if (!env.isEmpty())
            f.utc = QDateTime::fromString(env, Qt::ISODate).toUTC();
    }
    return f.utc.isValid() ? f.utc : QDateTime::currentDateTimeUtc();
}

void setFixed(const QDateTime &utc)
{
    Fixed &f = fixed();
    QMutexLocker locker(&f.lock);
    f.read = true;
    f.utc = utc.isValid() ? utc.toUTC() : QDateTime();
}

} // namespace GravDesk::Clock
