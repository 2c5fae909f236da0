// The preview serves page media through one function; it must never reach outside the page folder.
#include "fileutil.h"
#include "site/pagemediapath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

class TestPageMediaPath final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_page;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir root(m_dir.path());
        QVERIFY(root.mkpath(QStringLiteral("pages/01.news/sub")));
        m_page = root.filePath(QStringLiteral("pages/01.news"));
        QVERIFY(writeFile(m_page + QStringLiteral("/photo 1.jpg"), QByteArrayLiteral("jpg")));
        QVERIFY(writeFile(m_page + QStringLiteral("/фото.jpg"), QByteArrayLiteral("jpg")));
        QVERIFY(writeFile(m_page + QStringLiteral("/sub/inner.jpg"), QByteArrayLiteral("jpg")));
        QVERIFY(writeFile(root.filePath(QStringLiteral("secret.txt")), QByteArrayLiteral("secret")));
        QVERIFY(writeFile(root.filePath(QStringLiteral("pages/other.jpg")), QByteArrayLiteral("jpg")));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("secret.txt")), m_page + QStringLiteral("/link-out.jpg")));
        QVERIFY(QFile::link(m_page + QStringLiteral("/photo 1.jpg"), m_page + QStringLiteral("/link-in.jpg")));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("expected"); // file name inside the page folder, or "" for refused
        QTest::newRow("plain") << QStringLiteral("/photo%201.jpg") << QStringLiteral("photo 1.jpg");
        QTest::newRow("cyrillic") << QStringLiteral("/%D1%84%D0%BE%D1%82%D0%BE.jpg") << QStringLiteral("фото.jpg");
        QTest::newRow("link inside") << QStringLiteral("/link-in.jpg") << QStringLiteral("photo 1.jpg");
        QTest::newRow("dotdot") << QStringLiteral("/../secret.txt") << QString();
        QTest::newRow("encoded dotdot") << QStringLiteral("/%2e%2e/secret.txt") << QString();
        QTest::newRow("encoded slash") << QStringLiteral("/..%2fsecret.txt") << QString();
        QTest::newRow("backslash") << QStringLiteral("/..%5Csecret.txt") << QString();
        QTest::newRow("sibling page") << QStringLiteral("/../other.jpg") << QString();
        QTest::newRow("subfolder") << QStringLiteral("/sub/inner.jpg") << QString();
        QTest::newRow("absolute") << QStringLiteral("//etc/passwd") << QString();
        QTest::newRow("nul") << QStringLiteral("/photo%00.jpg") << QString();
        QTest::newRow("symlink out") << QStringLiteral("/link-out.jpg") << QString();
        QTest::newRow("folder itself") << QStringLiteral("/") << QString();
        QTest::newRow("dot") << QStringLiteral("/.") << QString();
        QTest::newRow("missing") << QStringLiteral("/nope.jpg") << QString();
        QTest::newRow("double encoded") << QStringLiteral("/%252e%252e/secret.txt") << QString();
    }

    void resolve()
    {
        QFETCH(QString, request);
        QFETCH(QString, expected);
        QString why;
        const QString got = resolvePageMediaRequest(m_page, request, &why);
        if (expected.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(got));
            QVERIFY(!why.isEmpty());
        } else {
            QCOMPARE(got, QDir(m_page).canonicalPath() + QLatin1Char('/') + expected);
        }
    }

    void gravUrls()
    {
        const QString prefix = QStringLiteral("/user/pages/01.news/");
        const QString canonical = QDir(m_page).canonicalPath();
        QCOMPARE(resolvePageMediaRequest(m_page, prefix, QStringLiteral("/user/pages/01.news/photo%201.jpg")),
            canonical + QStringLiteral("/photo 1.jpg"));
        QCOMPARE(resolvePageMediaRequest(m_page, prefix, QStringLiteral("/photo%201.jpg")),
            canonical + QStringLiteral("/photo 1.jpg"));
        // Another page's folder, or an escape through the prefix, is refused.
        QVERIFY(resolvePageMediaRequest(m_page, prefix, QStringLiteral("/user/pages/other.jpg")).isEmpty());
        QVERIFY(resolvePageMediaRequest(m_page, prefix, QStringLiteral("/user/pages/01.news/../other.jpg")).isEmpty());
        QVERIFY(resolvePageMediaRequest(m_page, prefix, QStringLiteral("/user/pages/01.news/%2e%2e/other.jpg")).isEmpty());
        QVERIFY(resolvePageMediaRequest(m_page, prefix, QStringLiteral("/user/pages/01.news/sub/inner.jpg")).isEmpty());
    }

    void noPageOpen() { QVERIFY(resolvePageMediaRequest(QString(), QStringLiteral("/photo%201.jpg")).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestPageMediaPath)
#include "tst_pagemediapath.moc"
