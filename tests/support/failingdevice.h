#pragma once

#include <QIODevice>

class QFile;

namespace GravDesk {

/**
 * A write-only device that forwards to a QFile and fails once @p failAfter
 * bytes have gone through, the way a full disk or a yanked USB stick does:
 * the bytes up to the limit reach the file, the write that crosses it
 * returns -1, and so does every later one.
 */
class FailingDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailingDevice)

public:
    FailingDevice(QFile *target, qint64 failAfter, QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }

    qint64 forwarded() const { return m_forwarded; }
    bool hasFailed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile *m_target;
    qint64 m_failAfter;
    qint64 m_forwarded = 0;
    bool m_failed = false;
};

} // namespace GravDesk
