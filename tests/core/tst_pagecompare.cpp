// The page on disk next to the user's unsaved version, field by field and paragraph by paragraph, and the
// page the user's choices make.

#include "page/frontmatter.h"
#include "page/pagecompare.h"

#include <QRandomGenerator>
#include <QTest>

using namespace GravDesk;

class TestPageCompare final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphsJoinBack_data();
    void paragraphsJoinBack();
    void fieldsAndParagraphs();
    void choicesMakeEitherSide();
    void defaultsFollowWhoChanged();
    void randomBodiesRoundTrip();
};

// With the version both started from, each difference defaults to the side that made it.
void TestPageCompare::defaultsFollowWhoChanged()
{
    const QByteArray base = "---\ntitle: Base\nsummary: S\n---\n\nOne\n\nTwo\n\nThree\n\nFour\n";
    const QByteArray disk = "---\ntitle: Theirs\nsummary: S\n---\n\nOne\n\nTwo\n\nThree changed on disk\n\nFour\n";
    const QByteArray mineHeader = "title: Base\nsummary: Mine\n";
    const QString mineBody = QStringLiteral("One\n\nTwo mine\n\nThree\n\nFour\n");
    const PageComparison c = comparePages(disk, mineHeader, true, mineBody, base);
    QStringList choices;
    for (const CompareItem &i : c.items) {
        if (i.differs)
            choices << (i.kind == CompareItem::Kind::HeaderField ? i.key : i.mineText.trimmed()) + QLatin1Char('=')
                    + (i.takeMine ? QStringLiteral("mine") : QStringLiteral("disk"));
    }
    QCOMPARE(choices,
        QStringList({QStringLiteral("title=disk"), QStringLiteral("summary=mine"), QStringLiteral("Two mine=mine"),
            QStringLiteral("Three=disk")}));
    const CompareMerge m = mergeChoices(c);
    QVERIFY2(m.ok, qPrintable(m.error));
    QCOMPARE(m.body, QStringLiteral("One\n\nTwo mine\n\nThree changed on disk\n\nFour\n"));
    const HeaderParse h = parseHeader(m.header);
    QCOMPARE(h.values.value(QStringLiteral("title")).toString(), QStringLiteral("Theirs"));
    QCOMPARE(h.values.value(QStringLiteral("summary")).toString(), QStringLiteral("Mine"));
}

void TestPageCompare::paragraphsJoinBack_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("empty") << QString();
    QTest::newRow("one") << QStringLiteral("Мәтін\n");
    QTest::newRow("two") << QStringLiteral("A\nB\n\nC\n");
    QTest::newRow("leading blanks") << QStringLiteral("\n\nA\n\n\nB");
    QTest::newRow("spaces line") << QStringLiteral("A\n   \nB\n");
}

void TestPageCompare::paragraphsJoinBack()
{
    QFETCH(QString, body);
    const QStringList parts = splitParagraphs(body);
    QCOMPARE(parts.join(QString()), body);
    if (body == QStringLiteral("A\nB\n\nC\n"))
        QCOMPARE(parts, QStringList({QStringLiteral("A\nB\n\n"), QStringLiteral("C\n")}));
}

void TestPageCompare::fieldsAndParagraphs()
{
    const QByteArray disk
        = "---\ntitle: Disk title\ndate: '01-02-2025 10:00'\ntags:\n  - a\n---\n\nOne\n\nTwo on disk\n\nThree\n";
    const QByteArray mineHeader = "title: My title\ndate: '01-02-2025 10:00'\ntags:\n  - a\npublished: false\n";
    const QString mineBody = QStringLiteral("One\n\nTwo mine\n\nThree\n");
    const PageComparison c = comparePages(disk, mineHeader, true, mineBody);
    QStringList differing;
    for (const CompareItem &i : c.items) {
        if (i.differs)
            differing << (i.kind == CompareItem::Kind::HeaderField
                    ? i.key
                    : i.diskText.trimmed() + QLatin1Char('|') + i.mineText.trimmed());
    }
    QCOMPARE(
        differing, QStringList({QStringLiteral("title"), QStringLiteral("published"), QStringLiteral("Two on disk|Two mine")}));
}

void TestPageCompare::choicesMakeEitherSide()
{
    const QByteArray disk = "---\ntitle: Disk # comment kept\nsummary: Disk summary\n---\n\nOne\n\nTwo on disk\n";
    const QByteArray mineHeader = "title: Mine\nsummary: Disk summary\nfoo: 1\n";
    const QString mineBody = QStringLiteral("One\n\nTwo mine\n");
    PageComparison c = comparePages(disk, mineHeader, true, mineBody);
    c.takeAll(true);
    CompareMerge m = mergeChoices(c);
    QVERIFY(m.ok);
    QCOMPARE(m.header, mineHeader);
    QCOMPARE(m.body, mineBody);
    c.takeAll(false);
    m = mergeChoices(c);
    QVERIFY(m.ok);
    QCOMPARE(m.header, QByteArray("title: Disk # comment kept\nsummary: Disk summary\n"));
    QCOMPARE(m.body, QStringLiteral("One\n\nTwo on disk\n"));
    // Mixed: the disk's header (its comment kept) with my new field, my paragraph.
    for (CompareItem &i : c.items)
        i.takeMine = i.key == QLatin1String("foo") || i.kind == CompareItem::Kind::BodyPart;
    m = mergeChoices(c);
    QVERIFY2(m.ok, qPrintable(m.error));
    QVERIFY(m.header.startsWith("title: Disk # comment kept\n"));
    const HeaderParse h = parseHeader(m.header);
    QCOMPARE(h.values.value(QStringLiteral("foo")), QVariant(1));
    QCOMPARE(h.values.value(QStringLiteral("title")).toString(), QStringLiteral("Disk"));
    QCOMPARE(m.body, mineBody);
}

// Whatever the two bodies, taking every part from one side gives that side's body back.
void TestPageCompare::randomBodiesRoundTrip()
{
    QRandomGenerator rng(7);
    const QStringList words = {QStringLiteral("Алма"), QStringLiteral("ата"), QStringLiteral("news"), QStringLiteral("ё")};
    const auto randomBody = [&] {
        QString b;
        const int paras = int(rng.bounded(8));
        for (int p = 0; p < paras; ++p) {
            b += words.at(int(rng.bounded(4))) + QString::number(rng.bounded(4)) + QLatin1Char('\n');
            b += QString(int(rng.bounded(3)), QLatin1Char('\n'));
        }
        return b;
    };
    for (int round = 0; round < 500; ++round) {
        const QString diskBody = randomBody();
        const QString mineBody = randomBody();
        const QByteArray disk = "---\ntitle: A\n---\n" + diskBody.toUtf8();
        PageComparison c = comparePages(disk, "title: A\n", true, mineBody);
        c.takeAll(true);
        QCOMPARE(mergeChoices(c).body, mineBody);
        c.takeAll(false);
        // Grav swallows the blank lines after the header: the disk's body is its raw_content.
        QString expected = diskBody;
        while (expected.startsWith(QLatin1Char('\n')))
            expected.remove(0, 1);
        QCOMPARE(mergeChoices(c).body, expected);
    }
}

QTEST_GUILESS_MAIN(TestPageCompare)
#include "tst_pagecompare.moc"
