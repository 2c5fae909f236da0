// Slugs from Kazakh, Russian and English titles.
#include "text/slug.h"

#include <QTest>

using namespace GravDesk;

Q_DECLARE_METATYPE(GravDesk::RussianScheme)

class TestSlug final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kazakhAlphabet()
    {
        // Every one of the 42 letters maps to ASCII, in both cases.
        const QString alphabet = QStringLiteral("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя");
        QCOMPARE(alphabet.size(), 42);
        const QString expected = QStringLiteral("aabvggdeiojziikqlmnngooprstuuufhhtschshshchyieiuia");
        QCOMPARE(transliterate(alphabet, QStringLiteral("kk")), expected);
        for (const QChar c : alphabet) {
            const QString upper = transliterate(QString(c.toUpper()), QStringLiteral("kk"));
            for (const QChar l : upper)
                QVERIFY2(l.unicode() < 128, qPrintable(QString(c)));
            QCOMPARE(upper.toLower(), transliterate(QString(c), QStringLiteral("kk")));
        }
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<RussianScheme>("scheme");
        QTest::addColumn<QString>("slug");
        const auto icao = RussianScheme::Icao;
        QTest::newRow("kk") << QStringLiteral("Дүниежүзілік қан донорлары күні") << QStringLiteral("kk") << icao
                            << QStringLiteral("duniejuzilik-qan-donorlary-kuni");
        QTest::newRow("kk letters") << QStringLiteral("Әсем Ғалым Қазақ Ңғ Өнер Ұлы Үміт Һ Іс") << QStringLiteral("kk") << icao
                                    << QStringLiteral("asem-galym-qazaq-ngg-oner-uly-umit-h-is");
        QTest::newRow("ru icao") << QStringLiteral("Школа пациентов: гемофилия в семье") << QStringLiteral("ru") << icao
                                 << QStringLiteral("shkola-patsientov-gemofiliia-v-seme");
        QTest::newRow("ru gost") << QStringLiteral("Школа пациентов: гемофилия в семье") << QStringLiteral("ru")
                                 << RussianScheme::Gost779B << QStringLiteral("shkola-pacientov-gemofiliya-v-seme");
        QTest::newRow("ru common") << QStringLiteral("Новый проточный цитометр") << QStringLiteral("ru") << RussianScheme::Common
                                   << QStringLiteral("novyy-protochnyy-tsitometr");
        QTest::newRow("ru with kk letter") << QStringLiteral("Қарағанды: приём") << QStringLiteral("ru") << icao
                                           << QStringLiteral("qaragandy-priem");
        QTest::newRow("en") << QStringLiteral("World Blood Donor Day — 86 donors!") << QStringLiteral("en") << icao
                            << QStringLiteral("world-blood-donor-day-86-donors");
        QTest::newRow("quotes and numbers") << QStringLiteral("«Гематология-2024»: 12 врачей") << QStringLiteral("ru") << icao
                                            << QStringLiteral("gematologiia-2024-12-vrachei");
        QTest::newRow("accents") << QStringLiteral("Café Straße") << QStringLiteral("en") << icao
                                 << QStringLiteral("cafe-strasse");
        QTest::newRow("apostrophe") << QStringLiteral("Doctors' day") << QStringLiteral("en") << icao
                                    << QStringLiteral("doctors-day");
        QTest::newRow("empty") << QString() << QStringLiteral("ru") << icao << QStringLiteral("post");
        QTest::newRow("symbols only") << QStringLiteral("!!! — ???") << QStringLiteral("kk") << icao << QStringLiteral("post");
        QTest::newRow("chinese") << QStringLiteral("血液学") << QStringLiteral("en") << icao << QStringLiteral("post");
    }

    void slugs()
    {
        QFETCH(QString, title);
        QFETCH(QString, lang);
        QFETCH(RussianScheme, scheme);
        QFETCH(QString, slug);
        QCOMPARE(slugify(title, lang, scheme), slug);
    }

    void lengthLimitAtWordBoundary()
    {
        const QString title
            = QStringLiteral("Гематологиялық көмекті дамыту диагностика әдістерін жетілдіру және емдеудің тиімділігін арттыру");
        const QString s = slugify(title, QStringLiteral("kk"), RussianScheme::Icao, 40);
        QVERIFY(s.size() <= 40);
        QVERIFY(!s.endsWith(QLatin1Char('-')));
        QVERIFY(slugify(title, QStringLiteral("kk")).startsWith(s));
        QCOMPARE(slugify(title, QStringLiteral("kk")).at(s.size()), QLatin1Char('-')); // cut between words
        QCOMPARE(slugify(QString(100, QLatin1Char('a')), QStringLiteral("en"), RussianScheme::Icao, 30),
            QString(30, QLatin1Char('a')));
    }
};

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
