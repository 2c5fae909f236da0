// Site replace (replaceMatches): the chosen matches of a search replaced and every other byte kept (CR LF,
// a BOM, malformed bytes, the header's comments), ё/е and Kazakh letters folded as the search folds them,
// regular expression groups (\1 and $1 as the find bar reads them), a match left out, a file changed since the search refused,
// and a title replacement that would break the header refused.

#include "site/sitereplace.h"

#include <QTest>

using namespace GravDesk;

namespace {

QVector<SearchMatch> find(const QByteArray &bytes, const SearchPattern &pattern)
{
    SearchText t;
    t.bytes = bytes;
    t.prepare(false);
    return t.search(pattern);
}

FileReplacement replaceAll(const QByteArray &bytes, const QString &what, bool regex, const QString &with, QString *why = nullptr)
{
    SearchPattern pattern;
    if (!pattern.set(what, regex))
        return {};
    ReplaceTemplate replacement;
    if (!replacement.set(with, pattern, why))
        return {};
    return replaceMatches(bytes, pattern, replacement, find(bytes, pattern));
}

} // namespace

class TestSiteReplace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainTextKeepsEveryOtherByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("with");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("body, any case") << QByteArray("---\ntitle: Clinic\n---\nThe clinic. CLINIC!\n")
                                        << QStringLiteral("clinic") << QStringLiteral("centre")
                                        << QByteArray("---\ntitle: centre\n---\nThe centre. centre!\n");
        QTest::newRow("ё = е") << QByteArray("---\ntitle: 'Ёлка'\n---\nЕлка и ёлка\n") << QStringLiteral("елка")
                               << QStringLiteral("сосна") << QByteArray("---\ntitle: 'сосна'\n---\nсосна и сосна\n");
        QTest::newRow("Kazakh capitals") << QByteArray("---\ntitle: Қазақ\n---\nҚАЗАҚ тілі, қазақ\n") << QStringLiteral("қазақ")
                                         << QStringLiteral("Қазақстан")
                                         << QByteArray("---\ntitle: Қазақстан\n---\nҚазақстан тілі, Қазақстан\n");
        QTest::newRow("CR LF, BOM, comments, other keys")
            << QByteArray("\xEF\xBB\xBF---\r\n# keep: me\r\ntitle: \"Foo\"   # c\r\nfoo: foo\r\n---\r\n\r\nfoo\r\nbar\r\n")
            << QStringLiteral("foo") << QStringLiteral("baz")
            << QByteArray("\xEF\xBB\xBF---\r\n# keep: me\r\ntitle: \"baz\"   # c\r\nfoo: foo\r\n---\r\n\r\nbaz\r\nbar\r\n");
        QTest::newRow("malformed bytes elsewhere") << QByteArray("no header \xFF here foo \xC3 end") << QStringLiteral("foo")
                                                   << QStringLiteral("ö") << QByteArray("no header \xFF here ö \xC3 end");
        QTest::newRow("no final line break") << QByteArray("---\nslug: old-news\n---\nold") << QStringLiteral("old")
                                             << QStringLiteral("new") << QByteArray("---\nslug: new-news\n---\nnew");
    }
    void plainTextKeepsEveryOtherByte()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        QFETCH(QString, with);
        QFETCH(QByteArray, expected);
        const FileReplacement r = replaceAll(bytes, what, false, with);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.after, expected);
    }

    void onlyTheChosenMatches()
    {
        const QByteArray bytes("---\ntitle: A cat\n---\ncat one\ncat two\ncat three\n");
        SearchPattern pattern;
        QVERIFY(pattern.set(QStringLiteral("cat"), false));
        ReplaceTemplate with;
        QVERIFY(with.set(QStringLiteral("dog"), pattern));
        QVector<SearchMatch> all = find(bytes, pattern);
        QCOMPARE(all.size(), 4);
        all.removeAt(2); // "cat two" stays
        const FileReplacement r = replaceMatches(bytes, pattern, with, all);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.replaced, 3);
        QVERIFY(r.headerChanged);
        QCOMPARE(r.after, QByteArray("---\ntitle: A dog\n---\ndog one\ncat two\ndog three\n"));
        QCOMPARE(r.spans.size(), 3);
        QCOMPARE(r.spans[1].start, qsizetype(QByteArray("---\ntitle: A cat\n---\n").size()));
        QCOMPARE(r.spans[1].oldLength, 3);
        QCOMPARE(r.spans[1].newLength, 3);
    }

    void regexGroups_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("with");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("$1 swaps") << QByteArray("Date 2025-01-20 and 2024-12-31.\n")
                                  << QStringLiteral("(\\d{4})-(\\d\\d)-(\\d\\d)") << QStringLiteral("$3.$2.$1")
                                  << QByteArray("Date 20.01.2025 and 31.12.2024.\n");
        QTest::newRow("\\1, $0, $$") << QByteArray("cost 5 tenge\n") << QStringLiteral("(\\d+) tenge")
                                     << QStringLiteral("$$\\1 ($0)") << QByteArray("cost $5 (5 tenge)\n");
        QTest::newRow("$12 is $1 then 2 with one group")
            << QByteArray("ab\n") << QStringLiteral("(a)b") << QStringLiteral("$12") << QByteArray("a2\n");
        QTest::newRow("groups keep ё as written") << QByteArray("Щёлк и щелк\n") << QStringLiteral("(щелк)")
                                                  << QStringLiteral("[$1]") << QByteArray("[Щёлк] и [щелк]\n");
        QTest::newRow("\\\\, \\n, other characters as they are")
            << QByteArray("x1\n") << QStringLiteral("x(\\d)") << QStringLiteral("<\\1\\\\\\n$x\\q>")
            << QByteArray("<1\\\n$x\\q>\n");
        QTest::newRow("an unused group is empty")
            << QByteArray("ac\n") << QStringLiteral("a(b)?c") << QStringLiteral("<$1>") << QByteArray("<>\n");
    }
    void regexGroups()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        QFETCH(QString, with);
        QFETCH(QByteArray, expected);
        QString why;
        const FileReplacement r = replaceAll(bytes, what, true, with, &why);
        QVERIFY2(r.ok, qPrintable(why + r.error));
        QCOMPARE(r.after, expected);
    }

    void badReferencesAreRefused()
    {
        SearchPattern pattern;
        QVERIFY(pattern.set(QStringLiteral("(a)"), true));
        ReplaceTemplate with;
        QString error;
        QVERIFY(!with.set(QStringLiteral("$2"), pattern, &error));
        QVERIFY2(error.contains(QLatin1Char('2')), qPrintable(error));
        error.clear();
        QVERIFY(!with.set(QStringLiteral("\\9"), pattern, &error));
        QVERIFY2(error.contains(QLatin1Char('9')), qPrintable(error));
        // Plain text takes $2 literally.
        SearchPattern plain;
        QVERIFY(plain.set(QStringLiteral("a"), false));
        QVERIFY(with.set(QStringLiteral("$2"), plain));
        const QByteArray bytes("a\n");
        const FileReplacement r = replaceMatches(bytes, plain, with, find(bytes, plain));
        QCOMPARE(r.after, QByteArray("$2\n"));
    }

    void aFileChangedSinceTheSearchIsRefused()
    {
        const QByteArray seen("---\ntitle: T\n---\nfoo bar\n");
        SearchPattern pattern;
        QVERIFY(pattern.set(QStringLiteral("foo"), false));
        ReplaceTemplate with;
        QVERIFY(with.set(QStringLiteral("x"), pattern));
        const QVector<SearchMatch> chosen = find(seen, pattern);
        const FileReplacement r = replaceMatches(QByteArray("---\ntitle: T\n---\nzz foo bar\n"), pattern, with, chosen);
        QVERIFY(!r.ok);
        QVERIFY(r.stale);
        QVERIFY(r.after.isEmpty());
    }

    void aBrokenHeaderIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<QString>("with");
        QTest::newRow("quote in a quoted title")
            << QByteArray("---\ntitle: \"News\"\n---\nx\n") << QStringLiteral("News") << false << QStringLiteral("a\"b");
        QTest::newRow("a new key") << QByteArray("---\ntitle: News\n---\nx\n") << QStringLiteral("News") << false
                                   << QStringLiteral("a\nslug: b");
        QTest::newRow("a line break in the title")
            << QByteArray("---\ntitle: News\n---\nx\n") << QStringLiteral("ws$") << true << QStringLiteral("ws\n---");
        QTest::newRow("a body that becomes a header")
            << QByteArray("Xx\ntitle: a\n---\nbody\n") << QStringLiteral("Xx") << false << QStringLiteral("---");
    }
    void aBrokenHeaderIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        QFETCH(bool, regex);
        QFETCH(QString, with);
        SearchPattern pattern;
        QVERIFY(pattern.set(what, regex));
        ReplaceTemplate replacement;
        QVERIFY(replacement.set(with, pattern));
        const QVector<SearchMatch> all = find(bytes, pattern);
        QVERIFY(!all.isEmpty());
        const FileReplacement r = replaceMatches(bytes, pattern, replacement, all);
        QVERIFY2(!r.ok, r.after.constData());
        QVERIFY(!r.stale);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSiteReplace)
#include "tst_sitereplace.moc"
