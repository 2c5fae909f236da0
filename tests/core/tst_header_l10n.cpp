// The sentences of the header parser and writer reach the user (Problems, the bar above the editor,
// gravdesk-cli) in the interface language: Kazakh or Russian from the shipped translations when their translator
// is installed, English as before without one. A YAML library's own text stays an argument, as it wrote it.
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "page/frontmatterdocument.h"
#include "page/savecheck.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "tempsite.h"
#include "text/interfacetranslation.h"

#include <QTest>

using namespace GravDesk;

class TestHeaderL10n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { InterfaceTranslation::install(QStringLiteral("en")); }

    void parserSentence_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected");
        const QByteArray tab("title: A\nsummary:\n\tenabled: true\n");
        QTest::newRow("en tab") << QStringLiteral("en") << tab
                                << QStringLiteral("a tab character is used for indentation (YAML allows only spaces)");
        QTest::newRow("kk tab") << QStringLiteral(
            "kk") << tab << QStringLiteral("шегініс үшін табуляция таңбасы қолданылған (YAML тек бос орындарға рұқсат етеді)");
        QTest::newRow("ru tab") << QStringLiteral("ru") << tab
                                << QStringLiteral("для отступа использован символ табуляции (YAML допускает только пробелы)");
        const QByteArray date("title: A\ndate: 2024-13-40\n");
        QTest::newRow("en date") << QStringLiteral("en") << date << QStringLiteral("impossible date \"2024-13-40\"");
        QTest::newRow("kk date") << QStringLiteral("kk") << date << QStringLiteral("мүмкін емес күн «2024-13-40»");
        QTest::newRow("ru date") << QStringLiteral("ru") << date << QStringLiteral("невозможная дата «2024-13-40»");
    }

    void parserSentence()
    {
        QFETCH(QString, language);
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        InterfaceTranslation::install(language);
        QCOMPARE(InterfaceTranslation::current(), language);
        const HeaderParse parse = parseHeader(header);
        QVERIFY(!parse.accepted);
        QCOMPARE(parse.error, expected);
    }

    void invalidHeaderProblemInKazakh()
    {
        TempSite site;
        QVERIFY(site.isValid());
        site.writeDefaultConfig();
        QVERIFY(!site.writePage(
                         QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: A\ndate: 2024-13-40\n")))
                     .isEmpty());
        InterfaceTranslation::install(QStringLiteral("kk"));
        const SiteLayout layout = locateSite(site.root());
        QVERIFY(layout.isValid());
        const PageIndex index = scanSite(layout, SiteConfig::load(layout));
        const SiteProblem *found = nullptr;
        for (const SiteProblem &p : index.problems)
            if (p.kind == ProblemKind::InvalidHeader)
                found = &p;
        QVERIFY(found);
        QCOMPARE(found->message.id, ProblemMessage::InvalidHeader);
        QCOMPARE(found->message.args, QStringList {QStringLiteral("мүмкін емес күн «2024-13-40»")});
        QVERIFY2(found->text().startsWith(QStringLiteral("Grav бұл тақырыптаманы қабылдамайды")), qPrintable(found->text()));
        QVERIFY2(found->text().endsWith(QStringLiteral(": мүмкін емес күн «2024-13-40»")), qPrintable(found->text()));
    }

    void editErrorKeepsTheLibraryText()
    {
        // yaml-cpp's message is not ours to translate: it is the argument of the translated sentence.
        const Envelope env = splitEnvelope(TempSite::page(QByteArrayLiteral("title: [open\n")));
        const FrontMatterDocument english = FrontMatterDocument::fromEnvelope(env);
        const QString library = english.parsed().error;
        QVERIFY(!library.isEmpty());
        QVERIFY2(english.editError().startsWith(QStringLiteral("The header is not valid YAML (line ")),
            qPrintable(english.editError()));
        InterfaceTranslation::install(QStringLiteral("kk"));
        const FrontMatterDocument kazakh = FrontMatterDocument::fromEnvelope(env);
        QCOMPARE(kazakh.parsed().error, library);
        QCOMPARE(kazakh.editError(),
            QStringLiteral("Тақырыптама жарамды YAML емес (%1-жол): ").arg(english.parsed().errorLine) + library);
    }

    void writerSentence()
    {
        FrontMatterDocument doc = FrontMatterDocument::fromEnvelope(
            splitEnvelope(TempSite::page(QByteArrayLiteral("title: A\nsummary: {enabled: true}\n"))));
        QVERIFY(doc.isEditable());
        InterfaceTranslation::install(QStringLiteral("ru"));
        const FrontMatterEditResult r = doc.setValue(QStringLiteral("summary.size"), 3);
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
            QStringLiteral(
                "Не удаётся задать summary.size: «summary» записан в потоковом стиле {…}; измените его в тексте YAML"));
        InterfaceTranslation::install(QStringLiteral("kk"));
        QCOMPARE(doc.setValue(QStringLiteral("summary.size"), 3).error,
            QStringLiteral("summary.size орнату мүмкін емес: «summary» ағын стилінде {…} жазылған; оны YAML мәтінінде өңдеңіз"));
    }

    void saveCheckSentence()
    {
        // The check before every write: its sentences are found under the context they are translated in.
        const QByteArray bytes("---\ntitle: \xff\n---\nText\n");
        const QString english = pageWriteProblem(bytes, QByteArrayLiteral("title: x\n"), true);
        QCOMPARE(english, QStringLiteral("The text about to be written is not valid UTF-8, so Grav would not read its header."));
        InterfaceTranslation::install(QStringLiteral("kk"));
        const QString kazakh = pageWriteProblem(bytes, QByteArrayLiteral("title: x\n"), true);
        QVERIFY2(kazakh.startsWith(QStringLiteral("Жазылатын мәтін жарамды UTF-8 емес")), qPrintable(kazakh));
    }
};

QTEST_GUILESS_MAIN(TestHeaderL10n)
#include "tst_header_l10n.moc"
