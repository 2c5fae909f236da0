// Stems of Kazakh words with borrowed (Russian) or dictionary-missing stems and Kazakh endings.
#include "text/kazakhstems.h"

#include <QTest>

using namespace GravDesk;

class TestKazakhStems final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stems_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        QTest::addColumn<bool>("found");
        QTest::newRow("plural + genitive") << QStringLiteral("пациенттердің") << QStringLiteral("пациент") << true;
        QTest::newRow("plural") << QStringLiteral("гематологтар") << QStringLiteral("гематолог") << true;
        QTest::newRow("adjective") << QStringLiteral("гематологиялық") << QStringLiteral("гематология") << true;
        QTest::newRow("possessive + genitive") << QStringLiteral("кафедрасының") << QStringLiteral("кафедра") << true;
        QTest::newRow("possessive after consonant") << QStringLiteral("дәрігерлеріне") << QStringLiteral("дәрігер") << true;
        QTest::newRow("locative adjective") << QStringLiteral("Алматыдағы") << QStringLiteral("Алматы") << true;
        QTest::newRow("capitalised") << QStringLiteral("Пациенттер") << QStringLiteral("Пациент") << true;
        QTest::newRow("harmony: back suffix on front stem") << QStringLiteral("дәрігерлар") << QStringLiteral("дәрігер") << false;
        QTest::newRow("harmony: front suffix on back stem")
            << QStringLiteral("гематологтер") << QStringLiteral("гематолог") << false;
        QTest::newRow("no vowel-only suffix") << QStringLiteral("пациентер") << QStringLiteral("пациент") << false;
        QTest::newRow("stem too short") << QStringLiteral("үйлер") << QStringLiteral("үй") << false;
        QTest::newRow("at most three suffixes")
            << QStringLiteral("пациенттердіңдегіменнің") << QStringLiteral("пациент") << false;
    }

    void stems()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QFETCH(bool, found);
        const QStringList stems = kazakhSuffixStems(word);
        QVERIFY2(stems.contains(stem) == found, qPrintable(stems.join(QLatin1Char(' '))));
    }

    void shallowestFirst()
    {
        const QStringList stems = kazakhSuffixStems(u"пациенттердің");
        QCOMPARE(stems.value(0), QStringLiteral("пациенттер"));
        QVERIFY(kazakhSuffixStems(u"абв").isEmpty());
        QVERIFY(kazakhSuffixStems(u"").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKazakhStems)
#include "tst_kazakhstems.moc"
