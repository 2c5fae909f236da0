// gravdesk-cli find and the new check findings, run as a user runs them: exit codes, text and JSON output, in
// English and Russian.
#include "programrun.h"
#include "tempsite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace GravDesk;

class TestCliFind : public QObject
{
    Q_OBJECT

private:
    TempSite m_site;

    static ProgramRun run(const QStringList &args) { return runProgram(QStringLiteral(GRAVDESK_CLI), args, 60000); }

    // the program with @p lang as the locale's language
    static QString runIn(const QString &lang, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), lang);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GRAVDESK_CLI), args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.isValid());
        m_site.writeDefaultConfig();
        m_site.writePage(QStringLiteral("02.news/blog.ru.md"), TempSite::page("title: Новости\n"));
        m_site.writePage(QStringLiteral("02.news/01.2024-05-01-elka/item.ru.md"),
            TempSite::page("title: 'Ёлка в центре'\n", "Новогодняя ЕЛКА стоит.\n\nВсё о ёлке: [программа](programme.pdf)\n"));
        m_site.writePage(QStringLiteral("02.news/01.2024-05-01-elka/item.kk.md"),
            TempSite::page("title: Шырша\n", "ҚАЗАҚСТАН жаңалықтары.\nЖаңалық\n===\n"));
        m_site.writePage(QStringLiteral("02.news/02.2024-05-02-glued/item.ru.md"), "---\ntitle: Ёлка---\n\nТекст.\n");
        m_site.writePage(
            QStringLiteral("02.news/03.2024-05-03-twig/item.ru.md"), TempSite::page("title: Twig\n", "{{ page.title }}\n"));
    }

    void findText()
    {
        const ProgramRun r = run({QStringLiteral("find"), m_site.root(), QStringLiteral("ёлка")});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        // folder, language, file:line:column, the line
        QVERIFY2(out.contains(QStringLiteral("02.news/01.2024-05-01-elka  ru  item.ru.md:2:9: title: 'Ёлка в центре'")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("02.news/01.2024-05-01-elka  ru  item.ru.md:5:12: Новогодняя ЕЛКА стоит.")),
            qPrintable(out));
        // the page whose header Grav does not find: its lines are body
        QVERIFY2(
            out.contains(QStringLiteral("02.news/02.2024-05-02-glued  ru  item.ru.md:2:8: title: Ёлка---")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("3 matches")), qPrintable(out));
        const ProgramRun none = run({QStringLiteral("find"), m_site.root(), QStringLiteral("нет такого слова")});
        QCOMPARE(none.code, 1);
        QVERIFY(none.out.contains("0 matches"));
    }

    void findJson()
    {
        const ProgramRun r = run({QStringLiteral("find"), m_site.root(), QStringLiteral("жаңалық"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray matches = root.value(QStringLiteral("matches")).toArray();
        QCOMPARE(matches.size(), 2);
        const QJsonObject first = matches.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("folder")).toString(), QStringLiteral("02.news/01.2024-05-01-elka"));
        QCOMPARE(first.value(QStringLiteral("language")).toString(), QStringLiteral("kk"));
        QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("item.kk.md"));
        QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("body"));
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 5);
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 11);
        QCOMPARE(first.value(QStringLiteral("length")).toInt(), 7);
        QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("ҚАЗАҚСТАН жаңалықтары."));
        QCOMPARE(matches.at(1).toObject().value(QStringLiteral("line")).toInt(), 6);
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("files_searched")).toInt(), 5);
    }

    void findRegex()
    {
        const ProgramRun r = run({QStringLiteral("find"), m_site.root(), QStringLiteral("^(елка|ёлка)\\b"),
            QStringLiteral("--regex"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1); // no line starts with it
        const ProgramRun folders = run({QStringLiteral("find"), m_site.root(), QStringLiteral("\\d{4}-05-0[12]"),
            QStringLiteral("--regex"), QStringLiteral("--json")});
        QCOMPARE(folders.code, 0);
        const QJsonArray matches = QJsonDocument::fromJson(folders.out).object().value(QStringLiteral("matches")).toArray();
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("folder"));
        const ProgramRun bad = run({QStringLiteral("find"), m_site.root(), QStringLiteral("(open"), QStringLiteral("--regex")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains("not a valid regular expression"), bad.err.constData());
        const ProgramRun usage = run({QStringLiteral("find"), m_site.root()});
        QCOMPARE(usage.code, 2);
    }

    void checkFindings()
    {
        const ProgramRun r = run({QStringLiteral("check"), m_site.root(), QStringLiteral("--json")});
        QCOMPARE(r.code, 1); // the header Grav does not find is an error
        QStringList found;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("problems")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString kind = o.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("broken-link") || kind == QLatin1String("hidden-header")
                || kind == QLatin1String("twig-not-processed") || kind == QLatin1String("summary-heading"))
                found << o.value(QStringLiteral("path")).toString() + QLatin1Char(':')
                        + QString::number(o.value(QStringLiteral("line")).toInt()) + QLatin1Char(' ') + kind;
        }
        found.sort();
        QCOMPARE(found,
            QStringList({QStringLiteral("02.news/01.2024-05-01-elka/item.kk.md:7 summary-heading"),
                QStringLiteral("02.news/01.2024-05-01-elka/item.ru.md:7 broken-link"),
                QStringLiteral("02.news/02.2024-05-02-glued/item.ru.md:2 hidden-header"),
                QStringLiteral("02.news/03.2024-05-03-twig/item.ru.md:5 twig-not-processed")}));
        // the text, in English and in Russian
        const QString en = runIn(QStringLiteral("C.UTF-8"), {QStringLiteral("check"), m_site.root()});
        QVERIFY2(en.contains(QStringLiteral(
                     "warning [broken-link] 02.news/01.2024-05-01-elka/item.ru.md:7: The link “programme.pdf” leads to")),
            qPrintable(en));
        const QString ru = runIn(QStringLiteral("ru_RU.UTF-8"), {QStringLiteral("check"), m_site.root()});
        QVERIFY2(ru.contains(QStringLiteral("programme.pdf")) && ru.contains(QStringLiteral("Ссылка")), qPrintable(ru));
    }
};

QTEST_GUILESS_MAIN(TestCliFind)
#include "tst_cli_find.moc"
