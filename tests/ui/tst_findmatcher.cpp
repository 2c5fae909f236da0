// The find bar's matching: ё = е (also inside regular expressions), whole words in Cyrillic, invalid
// patterns, groups in replacements, and the cap on highlighted matches.
#include "editor/findmatcher.h"

#include <QTest>

using namespace GravDesk;

class TestFindMatcher : public QObject
{
    Q_OBJECT

private:
    static QStringList found(const QString &text, const QString &pattern, const FindOptions &o)
    {
        FindMatcher m;
        if (!m.setPattern(pattern, o))
            return {QStringLiteral("<invalid>")};
        QStringList out;
        for (const FindMatch &f : m.findAll(m.prepare(text), 100))
            out << text.mid(f.start, f.length);
        return out;
    }

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("yo");
        QTest::addColumn<QStringList>("expected");
        const QString ru = QStringLiteral("Ёлка и елка, всё и все. Всё!");
        QTest::newRow("yo = ye") << ru << QStringLiteral("елка") << false << false << false << true
                                 << QStringList {QStringLiteral("Ёлка"), QStringLiteral("елка")};
        QTest::newRow("yo in the pattern") << ru << QStringLiteral("всё") << false << true << false << true
                                           << QStringList {QStringLiteral("всё"), QStringLiteral("все"), QStringLiteral("Всё")};
        QTest::newRow("yo off") << ru << QStringLiteral("всё") << false << false << false << false
                                << QStringList {QStringLiteral("всё"), QStringLiteral("Всё")};
        QTest::newRow("case sensitive with yo")
            << ru << QStringLiteral("Елка") << true << false << false << true << QStringList {QStringLiteral("Ёлка")};
        QTest::newRow("regex with yo") << ru << QStringLiteral("[её]лк[аи]") << false << false << true << true
                                       << QStringList {QStringLiteral("Ёлка"), QStringLiteral("елка")};
        QTest::newRow("whole word cyrillic") << QStringLiteral("кот котенок скот кот.") << QStringLiteral("кот") << false << true
                                             << false << true << QStringList {QStringLiteral("кот"), QStringLiteral("кот")};
        QTest::newRow("plain text is not a pattern") << QStringLiteral("a.b axb") << QStringLiteral("a.b") << false << false
                                                     << false << true << QStringList {QStringLiteral("a.b")};
        QTest::newRow("invalid regex") << QStringLiteral("x") << QStringLiteral("(") << false << false << true << true
                                       << QStringList {QStringLiteral("<invalid>")};
        QTest::newRow("empty matches skipped")
            << QStringLiteral("ab") << QStringLiteral("x*") << false << false << true << true << QStringList();
    }
    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(bool, wholeWord);
        QFETCH(bool, regex);
        QFETCH(bool, yo);
        QFETCH(QStringList, expected);
        FindOptions o;
        o.caseSensitive = caseSensitive;
        o.wholeWord = wholeWord;
        o.regularExpression = regex;
        o.yoIsYe = yo;
        QCOMPARE(found(text, pattern, o), expected);
    }

    void invalidPatternSaysWhy()
    {
        FindMatcher m;
        QString error;
        FindOptions o;
        o.regularExpression = true;
        QVERIFY(!m.setPattern(QStringLiteral("a[b"), o, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m.isValid());
        QVERIFY(m.findAll(QStringLiteral("a[b"), 10).isEmpty());
        QCOMPARE(m.findNext(QStringLiteral("a[b"), 0).length, 0);
    }

    void replaceAllWithGroups()
    {
        FindMatcher m;
        FindOptions o;
        o.regularExpression = true;
        QVERIFY(m.setPattern(QStringLiteral("(\\d+)-(\\d+)"), o));
        int count = 0;
        QCOMPARE(
            m.replaceAll(QStringLiteral("1-2 and 30-40"), QStringLiteral("$2–\\1"), &count), QStringLiteral("2–1 and 40–30"));
        QCOMPARE(count, 2);
        // Groups are taken from the original text, not the ё-mapped one.
        QVERIFY(m.setPattern(QStringLiteral("(в[сc]е)"), o));
        QCOMPARE(m.replaceAll(QStringLiteral("всё"), QStringLiteral("<\\1>"), &count), QStringLiteral("<всё>"));
    }

    void nextAndPreviousWrap()
    {
        FindMatcher m;
        QVERIFY(m.setPattern(QStringLiteral("ab"), {}));
        const QString text = QStringLiteral("ab ab ab");
        QCOMPARE(m.findNext(text, 1).start, 3);
        QCOMPARE(m.findNext(text, 7).start, 0);
        QCOMPARE(m.findPrevious(text, 3).start, 0);
        QCOMPARE(m.findPrevious(text, 0).start, 6);
    }

    void capsHighlightedMatches()
    {
        FindMatcher m;
        QVERIFY(m.setPattern(QStringLiteral("a"), {}));
        bool more = false;
        const QString text(1024 * 1024, QLatin1Char('a'));
        QCOMPARE(m.findAll(text, 1000, &more).size(), 1000);
        QVERIFY(more);
    }
};

QTEST_GUILESS_MAIN(TestFindMatcher)
#include "tst_findmatcher.moc"
