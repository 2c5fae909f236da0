// AtomicWriter: the target is replaced whole or not at all, keeps its permissions, and no temporary
// file survives a failure. FailingDevice stands in for a full disk.

#include "failingdevice.h"
#include "fileutil.h"
#include "io/atomicwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace GravDesk;

Q_DECLARE_METATYPE(QFileDevice::Permissions)

namespace {

// Everything in the folder, dot-files included (the writer's temporary files are hidden).
QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray sample(qsizetype size)
{
    QByteArray b;
    b.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        b.append(static_cast<char>('a' + i % 26));
    return b;
}

AtomicWriter::DeviceWrapper failingAfter(qint64 bytes)
{
    return [bytes](QFile *temp) -> std::unique_ptr<QIODevice> { return std::make_unique<FailingDevice>(temp, bytes); };
}

} // namespace

class TestAtomicWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNewFile();
    void replaces_data();
    void replaces();
    void keepsPermissions_data();
    void keepsPermissions();
    void failureLeavesOriginal_data();
    void failureLeavesOriginal();
    void wrapperThatSucceeds();
    void missingFolder();
    void failingDeviceItself();
    void symlinkStaysALink();
};

void TestAtomicWriter::writesNewFile()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.ru.md"));
    const QByteArray bytes = QByteArrayLiteral("---\ntitle: 'Новость'\n---\n\nТекст\n");
    const WriteResult r = AtomicWriter::write(path, bytes);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(folderEntries(tmp.path()), QStringList {QStringLiteral("item.ru.md")});
}

void TestAtomicWriter::replaces_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");

    QTest::newRow("longer") << QByteArrayLiteral("short") << sample(4096);
    QTest::newRow("shorter") << sample(4096) << QByteArrayLiteral("short");
    QTest::newRow("to empty") << QByteArrayLiteral("something") << QByteArray();
    QTest::newRow("from empty") << QByteArray() << QByteArrayLiteral("something");
    QTest::newRow("binary") << QByteArrayLiteral("x") << QByteArrayLiteral("\0\r\n\xFF\xFE\0");
    QTest::newRow("two megabytes") << QByteArrayLiteral("x") << sample(2 * 1024 * 1024);
}

void TestAtomicWriter::replaces()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("page.md"));
    QVERIFY(writeFile(path, before));
    const WriteResult r = AtomicWriter::write(path, after);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readFile(path), after);
    QCOMPARE(folderEntries(tmp.path()), QStringList {QStringLiteral("page.md")});
}

void TestAtomicWriter::keepsPermissions_data()
{
    QTest::addColumn<QFileDevice::Permissions>("permissions");

    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    QTest::newRow("0600") << QFileDevice::Permissions(owner);
    QTest::newRow("0640") << (owner | QFileDevice::ReadGroup);
    QTest::newRow("0664") << (owner | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther);
    QTest::newRow("0755") << (owner | QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ReadGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
}

void TestAtomicWriter::keepsPermissions()
{
    QFETCH(QFileDevice::Permissions, permissions);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("page.md"));
    QVERIFY(writeFile(path, QByteArrayLiteral("old")));
    QVERIFY(QFile::setPermissions(path, permissions));
    QCOMPARE(QFile::permissions(path), permissions);
    const WriteResult r = AtomicWriter::write(path, QByteArrayLiteral("new"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readFile(path), QByteArrayLiteral("new"));
    QCOMPARE(QFile::permissions(path), permissions);
}

void TestAtomicWriter::failureLeavesOriginal_data()
{
    QTest::addColumn<qint64>("failAfter");

    QTest::newRow("at once") << qint64(0);
    QTest::newRow("after one byte") << qint64(1);
    QTest::newRow("midway") << qint64(32 * 1024);
    QTest::newRow("one byte short") << qint64(64 * 1024 - 1);
}

void TestAtomicWriter::failureLeavesOriginal()
{
    QFETCH(qint64, failAfter);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("item.kk.md"));
    const QByteArray original = QByteArrayLiteral("---\ntitle: Original\n---\n\nOriginal body\n");
    QVERIFY(writeFile(path, original));
    const QFileDevice::Permissions perms = QFile::permissions(path);

    const WriteResult r = AtomicWriter::write(path, sample(64 * 1024), failingAfter(failAfter));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("simulated write failure")), qPrintable(r.error));
    QCOMPARE(readFile(path), original);
    QCOMPARE(QFile::permissions(path), perms);
    QCOMPARE(folderEntries(tmp.path()), QStringList {QStringLiteral("item.kk.md")});
}

void TestAtomicWriter::wrapperThatSucceeds()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("page.md"));
    QVERIFY(writeFile(path, QByteArrayLiteral("old")));
    const QByteArray bytes = sample(10000);
    const WriteResult r = AtomicWriter::write(path, bytes, failingAfter(bytes.size()));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readFile(path), bytes);
    QCOMPARE(folderEntries(tmp.path()), QStringList {QStringLiteral("page.md")});
}

void TestAtomicWriter::missingFolder()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("no/such/folder/page.md"));
    const WriteResult r = AtomicWriter::write(path, QByteArrayLiteral("x"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("does not exist")), qPrintable(r.error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(folderEntries(tmp.path()).isEmpty());
}

void TestAtomicWriter::failingDeviceItself()
{
    QTemporaryDir tmp;
    QFile file(tmp.filePath(QStringLiteral("out.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    FailingDevice dev(&file, 5);
    QVERIFY(!dev.open(QIODevice::ReadWrite)); // write-only by design
    QVERIFY(dev.open(QIODevice::WriteOnly));
    QCOMPARE(dev.write("abc", 3), qint64(3));
    QVERIFY(!dev.hasFailed());
    QCOMPARE(dev.write("defg", 4), qint64(-1)); // crosses the limit: "de" reach the file, then the error
    QVERIFY(dev.hasFailed());
    QCOMPARE(dev.forwarded(), qint64(5));
    QVERIFY(!dev.errorString().isEmpty());
    QCOMPARE(dev.write("h", 1), qint64(-1)); // a failed device stays failed
    char c = 0;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (GravDesk::FailingDevice): WriteOnly device");
    QCOMPARE(dev.read(&c, 1), qint64(-1));
    dev.close();
    file.close();
    QCOMPARE(readFile(file.fileName()), QByteArrayLiteral("abcde"));
}

void TestAtomicWriter::symlinkStaysALink()
{
    // Some sites keep shared pages elsewhere and link them in: saving must write through the link.
    QTemporaryDir tmp;
    QDir(tmp.path()).mkpath(QStringLiteral("shared"));
    QDir(tmp.path()).mkpath(QStringLiteral("page"));
    const QString real = tmp.filePath(QStringLiteral("shared/item.kk.md"));
    const QString link = tmp.filePath(QStringLiteral("page/item.kk.md"));
    QVERIFY(writeFile(real, QByteArrayLiteral("old")));
    QVERIFY(QFile::link(real, link));
    const WriteResult r = AtomicWriter::write(link, QByteArrayLiteral("new"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readFile(real), QByteArrayLiteral("new"));
    QCOMPARE(readFile(link), QByteArrayLiteral("new"));
    QCOMPARE(folderEntries(tmp.filePath(QStringLiteral("page"))), QStringList {QStringLiteral("item.kk.md")});
    QCOMPARE(folderEntries(tmp.filePath(QStringLiteral("shared"))), QStringList {QStringLiteral("item.kk.md")});
}

QTEST_GUILESS_MAIN(TestAtomicWriter)
#include "tst_atomicwriter.moc"
