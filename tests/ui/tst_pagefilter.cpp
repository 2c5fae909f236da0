// The one match rule of the tree's and the News view's filters (PageFilterMatcher): the search text in the folded
// title, slug and folder (any case, ё = е, Kazakh letters never equal to Russian ones) or in a page file, language
// present or missing, state, a date range with both ends included, a category or tag, problems; every field at once.
#include "pagetree/pagefilter.h"
#include "site/pageindex.h"
#include "text/searchfold.h"

#include <QTest>

using namespace GravDesk;

namespace {

struct Row
{
    QString haystack
        = SearchFold::folded(QStringLiteral("02.2025-06-14-donor-day\nҚан донорлары күні\nВсемирный день донора: ёлка"));
    bool textInFile = false;
    QStringList languages {QStringLiteral("kk")};
    QStringList present {QStringLiteral("kk"), QStringLiteral("ru")};
    QDateTime date = QDateTime(QDate(2025, 6, 14), QTime(10, 0));
    int state = int(PublishState::Published);
    QStringList taxonomy {QStringLiteral("category:news"), QStringLiteral("tag:donors")};
    bool problems = false;

    PageFilterSubject subject() const
    {
        PageFilterSubject s;
        s.haystack = &haystack;
        s.textInFile = textInFile;
        s.languages = &languages;
        s.languagesPresent = &present;
        s.date = date;
        s.state = state;
        s.taxonomy = &taxonomy;
        s.hasProblems = problems;
        return s;
    }
};

bool matches(const PageFilterCriteria &c, const Row &row = {})
{
    PageFilterMatcher m;
    m.setCriteria(c);
    return m.matches(row.subject());
}

PageFilterCriteria withText(const QString &t)
{
    PageFilterCriteria c;
    c.text = t;
    return c;
}

} // namespace

class TestPageFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("inFile");
        QTest::addColumn<bool>("expected");
        QTest::newRow("folder") << QStringLiteral("DONOR-DAY") << false << true;
        QTest::newRow("kazakh capitals") << QStringLiteral("ҚАН ДОНОРЛАРЫ") << false << true;
        QTest::newRow("russian к is not kazakh қ") << QStringLiteral("кан донорлары") << false << false;
        QTest::newRow("ё typed, е written") << QStringLiteral("ДЁНЬ") << false << true;
        QTest::newRow("е typed, ё written") << QStringLiteral("елка") << false << true;
        QTest::newRow("blank is no text") << QStringLiteral("   ") << false << true;
        QTest::newRow("surrounding spaces ignored") << QStringLiteral("  донора  ") << false << true;
        QTest::newRow("absent") << QStringLiteral("цитометр") << false << false;
        QTest::newRow("absent but in the file") << QStringLiteral("цитометр") << true << true;
    }
    void text()
    {
        QFETCH(QString, typed);
        QFETCH(bool, inFile);
        QFETCH(bool, expected);
        Row row;
        row.textInFile = inFile;
        QCOMPARE(matches(withText(typed), row), expected);
    }

    void fields()
    {
        PageFilterCriteria c;
        QVERIFY(!c.isActive());
        QVERIFY(matches(c));
        c.language = QStringLiteral("kk");
        QVERIFY(c.isActive());
        QVERIFY(matches(c));
        c.language = QStringLiteral("ru"); // present, but not a language the row stands for
        QVERIFY(!matches(c));
        c = {};
        c.missingLanguage = QStringLiteral("en");
        QVERIFY(matches(c));
        c.missingLanguage = QStringLiteral("ru");
        QVERIFY(!matches(c));
        c = {};
        c.state = int(PublishState::Draft);
        QVERIFY(!matches(c));
        c.state = int(PublishState::Published);
        QVERIFY(matches(c));
        c = {};
        c.taxonomy = QStringLiteral("tag:donors");
        QVERIFY(matches(c));
        c.taxonomy = QStringLiteral("category:donors");
        QVERIFY(!matches(c));
        c = {};
        c.problemsOnly = true;
        QVERIFY(!matches(c));
        Row flagged;
        flagged.problems = true;
        QVERIFY(matches(c, flagged));
    }

    void dates()
    {
        PageFilterCriteria c;
        c.from = QDate(2025, 6, 14); // both ends include their day
        c.to = QDate(2025, 6, 14);
        QVERIFY(matches(c));
        c.from = QDate(2025, 6, 15);
        c.to = {};
        QVERIFY(!matches(c));
        c.from = {};
        c.to = QDate(2025, 6, 13);
        QVERIFY(!matches(c));
        // A folder without a page file has no date: a date range leaves it out.
        Row folder;
        folder.date = {};
        folder.state = -1;
        c.to = QDate(2030, 1, 1);
        QVERIFY(!matches(c, folder));
        QVERIFY(matches({}, folder));
    }

    void everyFieldAtOnce()
    {
        PageFilterCriteria c = withText(QStringLiteral("донор"));
        c.language = QStringLiteral("kk");
        c.missingLanguage = QStringLiteral("en");
        c.state = int(PublishState::Published);
        c.from = QDate(2025, 1, 1);
        c.to = QDate(2025, 12, 31);
        c.taxonomy = QStringLiteral("category:news");
        QVERIFY(matches(c));
        c.to = QDate(2025, 5, 31); // one field fails: the row goes
        QVERIFY(!matches(c));
    }
};

QTEST_GUILESS_MAIN(TestPageFilter)
#include "tst_pagefilter.moc"
