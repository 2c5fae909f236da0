// A problem keeps its sentence and arguments, and its text follows the translators installed when it is
// shown: English as before, Kazakh and Russian from the shipped translations.
#include "site/pageindex.h"
#include "site/sitecheck.h"
#include "text/interfacetranslation.h"

#include <QSet>
#include <QTest>

using namespace GravDesk;

class TestProblemText : public QObject
{
    Q_OBJECT

private:
    static SiteProblem unquotedDate()
    {
        const QVector<SiteProblem> found
            = lintHeaderText(QStringLiteral("01.news/item.kk.md"), QByteArrayLiteral("date: 2024-05-25\n"), 2);
        return found.value(0);
    }

private Q_SLOTS:
    void cleanup() { InterfaceTranslation::install(QStringLiteral("en")); }

    void keepsSentenceAndArguments()
    {
        const SiteProblem p = unquotedDate();
        QCOMPARE(p.kind, ProblemKind::UnquotedDate);
        QCOMPARE(p.message.id, ProblemMessage::UnquotedDate);
        QCOMPARE(problemMessageName(p.message.id), QStringLiteral("unquoted-date"));
        QCOMPARE(p.message.args, (QStringList {QStringLiteral("date"), QStringLiteral("2024-05-25")}));
    }

    void textFollowsTheInstalledTranslator_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("\"date\": the unquoted date 2024-05-25 is read by Grav as a number (Unix "
                                              "time), not as the text you see; write it in quotes: '2024-05-25'");
        QTest::newRow("kk") << QStringLiteral("kk")
                            << QStringLiteral("«date»: тырнақшасыз 2024-05-25 күнін Grav көріп тұрған мәтін ретінде емес, "
                                              "сан (Unix уақыты) ретінде оқиды; оны тырнақшаға алыңыз: '2024-05-25'");
        QTest::newRow("ru") << QStringLiteral("ru")
                            << QStringLiteral("«date»: дату 2024-05-25 без кавычек Grav читает как число (время Unix), а "
                                              "не как видимый текст; заключите её в кавычки: '2024-05-25'");
    }

    void textFollowsTheInstalledTranslator()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const SiteProblem p = unquotedDate(); // made before the translator changes: worded when shown
        InterfaceTranslation::install(language);
        QCOMPARE(InterfaceTranslation::current(), language);
        QCOMPARE(p.text(), expected);
    }

    void wordedArgumentsAreTranslatedToo()
    {
        SiteProblem p;
        p.message = {ProblemMessage::FolderLoop, {QStringLiteral("loop"), QString()}};
        QVERIFY2(p.text().contains(QStringLiteral("“the pages folder”")), qPrintable(p.text()));
        InterfaceTranslation::install(QStringLiteral("kk"));
        QVERIFY2(p.text().contains(QStringLiteral("«беттер қалтасы»")), qPrintable(p.text()));
    }

    void argumentsAreNotPlaceholders()
    {
        // A header value that looks like a placeholder stays as written.
        const ProblemText t {ProblemMessage::BadDate, {QStringLiteral("%2 %1 soon")}};
        QCOMPARE(t.toString(),
            QStringLiteral("date \"%2 %1 soon\" cannot be read, so Grav uses the file's modification time instead"));
    }

    void namesAreStableAndDistinct()
    {
        QSet<QString> names;
        for (int i = 0; i <= static_cast<int>(ProblemMessage::DashLine); ++i) {
            const QString name = problemMessageName(static_cast<ProblemMessage>(i));
            QVERIFY2(!name.isEmpty() && !names.contains(name), qPrintable(QString::number(i)));
            names.insert(name);
        }
        QCOMPARE(problemMessageName(ProblemMessage::InvalidHeader), QStringLiteral("invalid-header"));
    }

    void systemLanguageFromTheLocale()
    {
        // QLocale::system() is read once per process: only what "en" and an unknown choice give is checked here;
        // tst_cli_l10n runs gravdesk-cli under kk, ru and C locales.
        QCOMPARE(InterfaceTranslation::resolve(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(InterfaceTranslation::resolve(QStringLiteral("de")), InterfaceTranslation::systemLanguage());
    }
};

QTEST_GUILESS_MAIN(TestProblemText)
#include "tst_problemtext.moc"
