// The body editor wraps anywhere while its text holds an over-long run without white space (Qt's word
// wrap is quadratic in such a run), and at word boundaries again once the run is gone.
#include "editor/longlineguard.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace GravDesk;

class TestLongLineGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longestUnbrokenRun_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("enough");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QString() << 100 << 0;
        QTest::newRow("words") << QStringLiteral("ab cde\tf") << 100 << 3;
        QTest::newRow("no-break space is white space") << QStringLiteral("ab\u00a0cdef") << 100 << 4;
        QTest::newRow("Cyrillic") << QStringLiteral("дәрігер врачи") << 100 << 7;
        QTest::newRow("stops at enough") << QString(50, QLatin1Char('x')) << 10 << 10;
    }

    void longestUnbrokenRun()
    {
        QFETCH(QString, text);
        QFETCH(int, enough);
        QFETCH(int, expected);
        QCOMPARE(LongLineGuard::longestUnbrokenRun(text, enough), expected);
    }

    void followsTheText_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<bool>("runOnItsOwnLine");
        QTest::newRow("pasted into a paragraph") << QStringLiteral("Врачи из разных городов. ") << false;
        QTest::newRow("pasted as lines of their own") << QStringLiteral("Врачи из разных городов.\n") << true;
    }

    void followsTheText()
    {
        QFETCH(QString, before);
        QFETCH(bool, runOnItsOwnLine);
        QPlainTextEdit editor;
        auto *guard = new LongLineGuard(&editor);
        QSignalSpy changed(guard, &LongLineGuard::activeChanged);
        editor.setPlainText(before + QString(LongLineGuard::kMaxUnbrokenRun - 1, QLatin1Char('x')));
        QVERIFY(!guard->isActive());
        QCOMPARE(editor.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);

        // A paste makes the run long enough.
        QTextCursor cursor(editor.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(runOnItsOwnLine ? QStringLiteral("y\nnext line") : QStringLiteral("y"));
        QVERIFY(guard->isActive());
        QCOMPARE(editor.wordWrapMode(), QTextOption::WrapAnywhere);
        QCOMPARE(changed.count(), 1);

        // Typing elsewhere changes nothing; removing one character of the run ends it.
        cursor.movePosition(QTextCursor::Start);
        cursor.insertText(QStringLiteral("Жаңа "));
        QVERIFY(guard->isActive());
        cursor.setPosition(static_cast<int>(editor.toPlainText().indexOf(QLatin1Char('x'))) + 100);
        cursor.deleteChar();
        QVERIFY(!guard->isActive());
        QCOMPARE(editor.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
        QCOMPARE(changed.count(), 2);

        // Another page in the same editor.
        editor.setPlainText(QString(LongLineGuard::kMaxUnbrokenRun * 3, QLatin1Char('z')));
        QVERIFY(guard->isActive());
        editor.setPlainText(QStringLiteral("Short."));
        QVERIFY(!guard->isActive());
    }

    void keepsTheEditorsOwnMode()
    {
        QPlainTextEdit editor;
        editor.setWordWrapMode(QTextOption::WordWrap);
        auto *guard = new LongLineGuard(&editor);
        editor.setPlainText(QString(LongLineGuard::kMaxUnbrokenRun, QLatin1Char('x')));
        QVERIFY(guard->isActive());
        editor.setPlainText(QString());
        QCOMPARE(editor.wordWrapMode(), QTextOption::WordWrap);
    }
};

QTEST_MAIN(TestLongLineGuard)
#include "tst_longlineguard.moc"
