// readRegularFile(): only regular files within the limit are read; FIFOs, devices, sockets and folders are
// refused with a message naming what they are, without blocking and without reading them.

#include "fileutil.h"
#include "io/safefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace GravDesk;

Q_DECLARE_METATYPE(FileRead::Error)

namespace {

// Makes @p kind at @p path: "file:<bytes>", "sparse:<size>", "fifo", "socket", "folder", "link:<target>", "missing".
bool make(const QString &path, const QString &kind)
{
    const QByteArray native = QFile::encodeName(path);
    if (kind.startsWith(QLatin1String("file:")))
        return writeFile(path, kind.mid(5).toUtf8());
    if (kind.startsWith(QLatin1String("sparse:"))) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.resize(kind.mid(7).toLongLong());
    }
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(native.constData(), 0644) == 0;
    if (kind == QLatin1String("socket")) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr {};
        addr.sun_family = AF_UNIX;
        if (fd < 0 || native.size() >= qsizetype(sizeof addr.sun_path))
            return false;
        std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
        const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        ::close(fd); // the socket file stays
        return bound;
    }
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(path);
    if (kind.startsWith(QLatin1String("link:")))
        return QFile::link(kind.mid(5), path);
    return kind == QLatin1String("missing");
}

} // namespace

class TestSafeFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void read_data();
    void read();
    void growingFileIsCapped();
    void messages_data();
    void messages();

private:
    QTemporaryDir m_tmp;
};

void TestSafeFile::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // A short path: socket names are limited to about 100 bytes.
    QVERIFY(make(m_tmp.filePath(QStringLiteral("target.md")), QStringLiteral("file:linked text")));
}

void TestSafeFile::read_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<FileRead::Error>("error");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");

    const QString none;
    QTest::newRow("regular") << QStringLiteral("file:hello") << qint64(100) << FileRead::Error::None << QByteArray("hello")
                             << none;
    QTest::newRow("empty") << QStringLiteral("file:") << qint64(100) << FileRead::Error::None << QByteArray() << none;
    QTest::newRow("at the limit") << QStringLiteral("file:12345") << qint64(5) << FileRead::Error::None << QByteArray("12345")
                                  << none;
    QTest::newRow("one byte over") << QStringLiteral("file:123456") << qint64(5) << FileRead::Error::TooLarge << QByteArray()
                                   << QStringLiteral("up to 1 KB");
    QTest::newRow("50 MB") << QStringLiteral("sparse:52428800") << kMaxPageFileBytes << FileRead::Error::TooLarge << QByteArray()
                           << QStringLiteral("is 50 MB; GravDesk opens page files up to 16 MB");
    QTest::newRow("fifo") << QStringLiteral("fifo") << kMaxPageFileBytes << FileRead::Error::NotRegular << QByteArray()
                          << QStringLiteral("FIFO");
    QTest::newRow("socket") << QStringLiteral("socket") << kMaxPageFileBytes << FileRead::Error::NotRegular << QByteArray()
                            << QStringLiteral("socket");
    QTest::newRow("folder") << QStringLiteral("folder") << kMaxPageFileBytes << FileRead::Error::NotRegular << QByteArray()
                            << QStringLiteral("folder");
    QTest::newRow("link to /dev/zero") << QStringLiteral("link:/dev/zero") << kMaxPageFileBytes << FileRead::Error::NotRegular
                                       << QByteArray() << QStringLiteral("character device");
    QTest::newRow("link to a file") << QStringLiteral("link:") + m_tmp.filePath(QStringLiteral("target.md")) << kMaxPageFileBytes
                                    << FileRead::Error::None << QByteArray("linked text") << none;
    QTest::newRow("dangling link") << QStringLiteral("link:/nonexistent/gravdesk") << kMaxPageFileBytes
                                   << FileRead::Error::NotFound << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("missing") << QStringLiteral("missing") << kMaxPageFileBytes << FileRead::Error::NotFound << QByteArray()
                             << QStringLiteral("does not exist");
}

void TestSafeFile::read()
{
    QFETCH(QString, kind);
    QFETCH(qint64, max);
    QFETCH(FileRead::Error, error);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);

    const QString path = m_tmp.filePath(
        QStringLiteral("r%1.md").arg(QTest::currentDataTag() ? qHash(QString::fromUtf8(QTest::currentDataTag())) % 100000 : 0));
    QVERIFY2(make(path, kind), qPrintable(kind));

    // 0: read after a stat of the path; 1: read as a file just listed (opened first, checked on the descriptor);
    // 2: checked only
    for (const int mode : {0, 1, 2}) {
        const bool checkOnly = mode == 2;
        const FileRead r = mode == 0 ? readRegularFile(path, max)
            : mode == 1              ? readRegularFile(path, max, FileTime::Read, FileCheck::Listed)
                                     : checkRegularFile(path, max);
        QCOMPARE(r.kind, error);
        QCOMPARE(r.ok, error == FileRead::Error::None);
        QCOMPARE(r.bytes, checkOnly ? QByteArray() : bytes);
        if (messagePart.isEmpty()) {
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.size, qint64(bytes.size()));
            QVERIFY(r.modified.isValid());
        } else {
            QVERIFY2(r.error.contains(messagePart), qPrintable(r.error));
            QVERIFY2(r.error.contains(QDir::toNativeSeparators(path)), qPrintable(r.error));
        }
    }
}

void TestSafeFile::growingFileIsCapped()
{
    // /dev/zero is a device and refused; a regular file in /proc reports size 0 and is read to its end.
    const FileRead r = readRegularFile(QStringLiteral("/proc/self/status"), 1 << 20);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.bytes.contains("Name:"));
    // The same file with a limit below its real length: at most max + 1 bytes are read, then refused.
    const FileRead capped = readRegularFile(QStringLiteral("/proc/self/status"), 8);
    QCOMPARE(capped.kind, FileRead::Error::TooLarge);
    QVERIFY(capped.bytes.isEmpty());
}

void TestSafeFile::messages_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("16 MiB") << kMaxPageFileBytes << QStringLiteral("16 MB");
    QTest::newRow("52 MB") << qint64(52) * 1024 * 1024 + 1000 << QStringLiteral("52 MB");
    QTest::newRow("small") << qint64(10) << QStringLiteral("1 KB");
    QTest::newRow("300 KB") << qint64(300) * 1024 << QStringLiteral("300 KB");
}

void TestSafeFile::messages()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(sizeText(bytes), text);
}

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
