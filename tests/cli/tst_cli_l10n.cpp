// gravdesk-cli speaks the locale's language: its problems and summaries in Kazakh or Russian under a kk or
// ru locale (LANG, LC_ALL, LC_MESSAGES), in English under C; the JSON keeps a stable message id and arguments.
// Every command's errors, summaries and --help follow it; the expected sentences are looked up in the shipped
// translations (embedded in this test as in the program), so a sentence left untranslated fails.
#include "page/envelope.h"
#include "page/frontmatterdocument.h"
#include "photofixtures.h"
#include "tempsite.h"
#include "text/interfacetranslation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

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

QString cli(const char *source)
{
    return QCoreApplication::translate("GravDesk::Cli", source);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// One run of a command and the sentences its output must hold, in the interface language installed when the
// case was made.
struct Case
{
    QStringList args;
    int code = 0;
    QStringList out; // sentences expected on stdout
    QStringList err; // sentences expected on stderr
    QStringList english; // the same sentences in English, which must not appear
};

} // namespace

class TestCliL10n : public QObject
{
    Q_OBJECT

private:
    TempSite m_site;
    TempSite m_small; // a page with a good header and one Grav rejects: for render, set, roundtrip, new-post
    QTemporaryDir m_work; // render output, photos
    std::vector<std::unique_ptr<TempSite>> m_gallerySites;

    // The sentences below in @p language: installs its translator, then English again for the English texts.
    Case makeCase(const QString &name, const QString &language);

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

        QVERIFY(m_small.isValid());
        m_small.writeDefaultConfig();
        QVERIFY(!m_small.writePage(QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Жаңалық\n")))
                     .isEmpty());
        QVERIFY(!m_small.writePage(QStringLiteral("02.bad/default.ru.md"), TempSite::page(QByteArrayLiteral("title: [open\n")))
                     .isEmpty());
        QVERIFY(m_work.isValid());
        QVERIFY(QDir(m_work.path()).mkpath(QStringLiteral("photos")));
        QVERIFY(PhotoFixtures::writeFile(
            m_work.filePath(QStringLiteral("photos/IMG_1.jpg")), PhotoFixtures::jpeg(PhotoFixtures::quadrants(300, 200))));
        QVERIFY(PhotoFixtures::writeFile(m_work.filePath(QStringLiteral("photos/notes.jpg")), "text\n"));
    }

    void cleanup() { InterfaceTranslation::install(QStringLiteral("en")); }

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

    void commandsSpeakTheLocale_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        for (const char *language : {"ru", "kk"}) {
            for (const char *name : {"render-missing", "render-batch", "set-not-integer", "set-tab-header", "set-updated",
                     "roundtrip-missing", "roundtrip-summary", "new-post-bad-date", "new-post-empty-title",
                     "import-gallery-quality", "import-gallery-summary"})
                QTest::addRow("%s %s", language, name) << QString::fromLatin1(language) << QString::fromLatin1(name);
        }
    }

    void commandsSpeakTheLocale()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        const Case c = makeCase(name, language);
        QVERIFY(!c.args.isEmpty());
        const QString locale
            = language == QLatin1String("kk") ? QStringLiteral("LANG=kk_KZ.UTF-8") : QStringLiteral("LANG=ru_RU.UTF-8");
        const Output o = runCli(c.args, {locale});
        QVERIFY2(o.code == c.code, qPrintable(QString::number(o.code) + QLatin1Char('\n') + o.out + o.err));
        for (const QString &text : c.out)
            QVERIFY2(o.out.contains(text), qPrintable(text + QStringLiteral("\n--- not in ---\n") + o.out));
        for (const QString &text : c.err)
            QVERIFY2(o.err.contains(text), qPrintable(text + QStringLiteral("\n--- not in ---\n") + o.err));
        for (const QString &text : c.english)
            QVERIFY2(!o.out.contains(text) && !o.err.contains(text), qPrintable(text + QStringLiteral(" is in English")));
        // The program names its own texts in the locale's language: Cyrillic letters in what it printed.
        static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
        QVERIFY(cyrillic.match(o.out + o.err).hasMatch());
    }

    void helpOfEachCommand_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option"); // a description short enough not to be wrapped
        for (const char *language : {"ru", "kk"}) {
            const QString l = QString::fromLatin1(language);
            QTest::addRow("%s render", language)
                << l << QStringLiteral("render") << QStringLiteral("Print page.summary instead of page.content.");
            QTest::addRow("%s set", language) << l << QStringLiteral("set") << QStringLiteral("Remove a key (may be repeated).");
            QTest::addRow("%s roundtrip", language)
                << l << QStringLiteral("roundtrip") << QStringLiteral("A Grav site, a folder or page files.");
            QTest::addRow("%s new-post", language)
                << l << QStringLiteral("new-post") << QStringLiteral("The post's title (required).");
            QTest::addRow("%s import-gallery", language)
                << l << QStringLiteral("import-gallery") << QStringLiteral("Write WebP instead of JPEG.");
        }
    }

    void helpOfEachCommand()
    {
        QFETCH(QString, language);
        QFETCH(QString, command);
        QFETCH(QString, option);
        InterfaceTranslation::install(language);
        const QString translated = cli(option.toUtf8().constData());
        QVERIFY2(translated != option, qPrintable(option + QStringLiteral(": no translation")));
        const QString locale
            = language == QLatin1String("kk") ? QStringLiteral("LANG=kk_KZ.UTF-8") : QStringLiteral("LANG=ru_RU.UTF-8");
        const Output o = runCli({command, QStringLiteral("--help")}, {locale});
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.contains(translated), qPrintable(translated + QStringLiteral("\n--- not in ---\n") + o.out));
        QVERIFY2(!o.out.contains(option), qPrintable(o.out));
        // The command's description and its positional argument are the shipped ones too.
        QVERIFY2(o.out.contains(cli("The command.")), qPrintable(o.out));
    }
};

Case TestCliL10n::makeCase(const QString &name, const QString &language)
{
    // Each sentence in the language, and in English (no translator) to make sure it is not printed so.
    Case c;
    const auto both = [&](QStringList &where, const std::function<QString()> &sentence) {
        InterfaceTranslation::install(language);
        const QString translated = sentence();
        InterfaceTranslation::install(QStringLiteral("en"));
        const QString english = sentence();
        if (translated == english)
            qWarning("not translated into %s: %s", qPrintable(language), qPrintable(english));
        where << translated;
        c.english << english;
    };
    const QString pages = m_small.pagesDir();
    const QString good = pages + QStringLiteral("/01.news/item.kk.md");
    const QString bad = pages + QStringLiteral("/02.bad/default.ru.md");
    const QString missing = pages + QStringLiteral("/nosuch.md");
    if (name == QLatin1String("render-missing")) {
        c.args = {QStringLiteral("render"), missing};
        c.code = 2;
        both(c.err, [&] { return cli("no such file: %1").arg(missing); });
    } else if (name == QLatin1String("render-batch")) {
        const QString out = m_work.filePath(QStringLiteral("html-") + language);
        c.args = {QStringLiteral("render"), QStringLiteral("--out"), out, m_small.root()};
        both(c.out, [&] { return cli("%1 pages rendered into %2").arg(2).arg(out); });
    } else if (name == QLatin1String("set-not-integer")) {
        c.args = {QStringLiteral("set"), QStringLiteral("--type"), QStringLiteral("int"), good, QStringLiteral("weight=abc")};
        c.code = 2;
        both(c.err, [&] {
            return cli("%1: %2; nothing was changed")
                .arg(QStringLiteral("weight"), cli("\"%1\" is not an integer").arg(QStringLiteral("abc")));
        });
    } else if (name == QLatin1String("set-tab-header")) {
        // A sentence of the header parser, reaching the user through the command.
        const QString file = m_work.filePath(QStringLiteral("tab-") + language + QStringLiteral(".md"));
        const QByteArray bytes = TempSite::page(QByteArrayLiteral("title: A\nsummary:\n\tenabled: true\n"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        c.args = {QStringLiteral("set"), file, QStringLiteral("title=B")};
        c.code = 1;
        // The header parser's sentence (the tab), in the interface language.
        both(c.err, [&] {
            return cli("%1: %2; nothing was changed")
                .arg(file, FrontMatterDocument::fromEnvelope(splitEnvelope(bytes)).editError());
        });
    } else if (name == QLatin1String("set-updated")) {
        c.args = {QStringLiteral("set"), good, QStringLiteral("title=Жаңалық ") + language};
        both(c.out, [&] { return cli("%1: updated").arg(good); });
    } else if (name == QLatin1String("roundtrip-missing")) {
        c.args = {QStringLiteral("roundtrip"), missing};
        c.code = 2;
        both(c.err, [&] { return cli("no such file or folder: %1").arg(missing); });
    } else if (name == QLatin1String("roundtrip-summary")) {
        c.args = {QStringLiteral("roundtrip"), m_small.root()};
        both(c.out, [] { return cli("%1 pages, %2 would change, %3 with a header that is not editable").arg(2).arg(0).arg(1); });
        // The header that cannot be edited says why in the interface language, the YAML parser's own words kept.
        both(c.out, [&] {
            return cli("kept as is, but its header cannot be edited field by field: %1")
                .arg(FrontMatterDocument::fromEnvelope(splitEnvelope(readText(bad).toUtf8())).editError());
        });
    } else if (name == QLatin1String("new-post-bad-date")) {
        c.args = {QStringLiteral("new-post"), pages + QStringLiteral("/01.news"), QStringLiteral("--title"), QStringLiteral("X"),
            QStringLiteral("--date"), QStringLiteral("tomorrow")};
        c.code = 2;
        both(c.err, [] { return cli("\"%1\" is not a date (write YYYY-MM-DD HH:MM)").arg(QStringLiteral("tomorrow")); });
    } else if (name == QLatin1String("new-post-empty-title")) {
        c.args = {QStringLiteral("new-post"), pages + QStringLiteral("/01.news"), QStringLiteral("--title"), QStringLiteral(" ")};
        c.code = 1;
        both(c.err, []() -> QString {
            return QCoreApplication::translate("GravDesk::NewPost", "The title is empty.") + QLatin1Char(' ')
                + cli("Nothing was written.");
        });
    } else if (name == QLatin1String("import-gallery-quality")) {
        c.args = {QStringLiteral("import-gallery"), pages + QStringLiteral("/01.news"), m_work.filePath(QStringLiteral("photos")),
            QStringLiteral("--quality"), QStringLiteral("0")};
        c.code = 2;
        both(c.err, [] { return cli("--quality needs a number from 1 to 100"); });
    } else if (name == QLatin1String("import-gallery-summary")) {
        // A site of its own for each run: the import writes into its page folder.
        TempSite &site = *m_gallerySites.emplace_back(std::make_unique<TempSite>());
        site.writeDefaultConfig();
        const QString page
            = site.writePage(QStringLiteral("01.gallery/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Галерея\n")));
        if (page.isEmpty())
            return {};
        const QString folder = QFileInfo(page).absolutePath();
        c.args = {QStringLiteral("import-gallery"), folder, m_work.filePath(QStringLiteral("photos"))};
        c.code = 1; // notes.jpg is not a photo
        both(c.out, [] { return cli("%1: not imported: %2").arg(QStringLiteral("notes.jpg"), QString()); });
        both(c.out, [&] { return cli("%1 of %2 photos imported into %3").arg(1).arg(2).arg(QDir(folder).absolutePath()); });
    }
    return c;
}

QTEST_GUILESS_MAIN(TestCliL10n)
#include "tst_cli_l10n.moc"
