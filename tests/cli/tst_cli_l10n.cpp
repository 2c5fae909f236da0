// gravdesk-cli speaks the locale's language: its problems and summaries in Kazakh or Russian under a kk or
// ru locale (LANG, LC_ALL, LC_MESSAGES), in English under C; the JSON keeps a stable message id and arguments.
#include "tempsite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace GravDesk;

namespace {

struct Output
{
    int code = -1;
    QString out;
    QString err;
};

// Runs gravdesk-cli with only the given locale variables set (the test's own LC_ALL would override LANG).
Output runCli(const QStringList &args, const QStringList &localeVars)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (const QString &var : localeVars)
        env.insert(var.section(QLatin1Char('='), 0, 0), var.section(QLatin1Char('='), 1));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GRAVDESK_CLI), args);
    Output o;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

} // namespace

class TestCliL10n : public QObject
{
    Q_OBJECT

private:
    TempSite m_site;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.isValid());
        m_site.writeDefaultConfig();
        // Known problems: an unquoted date (warning), a header Grav rejects (error), a dotted file name (warning);
        // the site has no address (a third warning).
        QVERIFY(!m_site
                     .writePage(QStringLiteral("01.news/item.kk.md"),
                         TempSite::page(QByteArrayLiteral("title: Жаңалық\ndate: 2024-05-25\n")))
                     .isEmpty());
        QVERIFY(!m_site.writePage(QStringLiteral("02.bad/default.ru.md"), TempSite::page(QByteArrayLiteral("title: [open\n")))
                     .isEmpty());
        QVERIFY(!m_site.writePage(QStringLiteral("03.about/default.v2.md"), TempSite::page(QByteArrayLiteral("title: About\n")))
                     .isEmpty());
    }

    void check_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<QStringList>("expected");
        const QStringList english {QStringLiteral("the unquoted date 2024-05-25 is read by Grav as a number"),
            QStringLiteral("Grav rejects this header and publishes an \"Invalid Frontmatter\" page instead: "),
            QStringLiteral("contains a dot that is not a site language"), QStringLiteral("pages checked: 1 errors, 3 warnings")};
        const QStringList kazakh {QStringLiteral("тырнақшасыз 2024-05-25 күнін Grav"),
            QStringLiteral("Grav бұл тақырыптаманы қабылдамайды"), QStringLiteral("сайт тілін білдірмейтін нүкте бар"),
            QStringLiteral("бет тексерілді: 1 қате, 3 ескерту")};
        const QStringList russian {QStringLiteral("дату 2024-05-25 без кавычек Grav читает как число"),
            QStringLiteral("Grav отклоняет этот заголовок страницы"),
            QStringLiteral("есть точка, которая не отделяет язык сайта"), QStringLiteral("ошибок: 1, предупреждений: 3")};
        QTest::newRow("LANG=C") << QStringList {QStringLiteral("LANG=C")} << english;
        QTest::newRow("LANG=en_US") << QStringList {QStringLiteral("LANG=en_US.UTF-8")} << english;
        QTest::newRow("LANG=kk_KZ") << QStringList {QStringLiteral("LANG=kk_KZ.UTF-8")} << kazakh;
        QTest::newRow("LANG=ru_RU") << QStringList {QStringLiteral("LANG=ru_RU.UTF-8")} << russian;
        QTest::newRow("LC_ALL over LANG") << QStringList {QStringLiteral("LANG=kk_KZ.UTF-8"),
            QStringLiteral("LC_ALL=ru_RU.UTF-8")}
                                          << russian;
        QTest::newRow("LC_MESSAGES over LANG")
            << QStringList {QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_MESSAGES=kk_KZ.UTF-8")} << kazakh;
    }

    void check()
    {
        QFETCH(QStringList, locale);
        QFETCH(QStringList, expected);
        const Output o = runCli({QStringLiteral("check"), m_site.root()}, locale);
        QVERIFY2(o.code == 1, qPrintable(o.err)); // the rejected header is an error
        for (const QString &text : expected)
            QVERIFY2(o.out.contains(text), qPrintable(text + QStringLiteral("\n--- not in ---\n") + o.out));
        // The machine names stay: scripts grep them whatever the language.
        QVERIFY(o.out.contains(QStringLiteral("warning [unquoted-date] 01.news/item.kk.md:3: ")));
        QVERIFY(o.out.contains(QStringLiteral("error [invalid-header] 02.bad/default.ru.md")));
    }

    void jsonKeepsIdAndArguments()
    {
        const Output o
            = runCli({QStringLiteral("check"), m_site.root(), QStringLiteral("--json")}, {QStringLiteral("LANG=kk_KZ.UTF-8")});
        QCOMPARE(o.code, 1);
        const QJsonArray problems = QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("problems")).toArray();
        QJsonObject date;
        QJsonObject header;
        for (const QJsonValue &v : problems) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("kind")) == QStringLiteral("unquoted-date"))
                date = p;
            if (p.value(QStringLiteral("kind")) == QStringLiteral("invalid-header"))
                header = p;
        }
        QCOMPARE(date.value(QStringLiteral("message_id")).toString(), QStringLiteral("unquoted-date"));
        QCOMPARE(
            date.value(QStringLiteral("args")).toArray(), (QJsonArray {QStringLiteral("date"), QStringLiteral("2024-05-25")}));
        QVERIFY2(date.value(QStringLiteral("message")).toString().contains(QStringLiteral("тырнақшасыз")),
            qPrintable(date.value(QStringLiteral("message")).toString()));
        // The YAML parser's own text is an argument, passed on as the parser wrote it.
        QCOMPARE(header.value(QStringLiteral("message_id")).toString(), QStringLiteral("invalid-header"));
        const QJsonArray headerArgs = header.value(QStringLiteral("args")).toArray();
        QCOMPARE(headerArgs.size(), 1);
        QVERIFY(!headerArgs.at(0).toString().isEmpty());
        QVERIFY(header.value(QStringLiteral("message")).toString().endsWith(headerArgs.at(0).toString()));
    }

    void helpAndErrors()
    {
        const Output help = runCli({QStringLiteral("--help")}, {QStringLiteral("LANG=ru_RU.UTF-8")});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Использование: gravdesk-cli КОМАНДА")), qPrintable(help.out));
        const Output missing
            = runCli({QStringLiteral("check"), m_site.root() + QStringLiteral("/nosuch")}, {QStringLiteral("LANG=kk_KZ.UTF-8")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("nosuch жоқ")), qPrintable(missing.err));
        const Output unknown = runCli({QStringLiteral("nosuch")}, {QStringLiteral("LANG=kk_KZ.UTF-8")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("белгісіз команда «nosuch»")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestCliL10n)
#include "tst_cli_l10n.moc"
