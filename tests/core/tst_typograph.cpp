// The ru/kk/en typograph: rules, protected Markdown regions, idempotence, and every corpus page body.
#include "markdown/gravrenderer.h"
#include "page/envelope.h"
#include "site/pageindex.h"
#include "testpaths.h"
#include "text/typograph.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace GravDesk;

namespace {

// The words a reader sees: tags dropped, entities and what the typograph changes folded, spaces collapsed.
QString renderedWords(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tags, QStringLiteral(" "));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&hellip;"), QStringLiteral("..."));
    return Typograph::normalise(text).simplified();
}

QString nbsp(QString s)
{
    // Test rows write the no-break space as '·' for readability.
    return s.replace(QChar(u'·'), QChar(u'\u00A0'));
}

} // namespace

class TestTypograph final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // '·' = no-break space

        const QString ru = QStringLiteral("ru");
        const QString kk = QStringLiteral("kk");
        const QString en = QStringLiteral("en");
        QTest::newRow("quotes") << ru << QStringLiteral("Он сказал \"привет\".") << QStringLiteral("Он·сказал «привет».");
        QTest::newRow("nested quotes") << ru << QStringLiteral("ТОО \"Компания \"Рога и копыта\" объявила\"")
                                       << QStringLiteral("ТОО «Компания „Рога и·копыта“ объявила»");
        QTest::newRow("nested closing together") << ru << QStringLiteral("Центр \"Клиника \"Здоровье\"\" открыт")
                                                 << QStringLiteral("Центр «Клиника „Здоровье“» открыт");
        QTest::newRow("curly quotes in ru") << ru << QStringLiteral("программа “Жедел лейкоз”")
                                            << QStringLiteral("программа «Жедел лейкоз»");
        QTest::newRow("kk quotes") << kk << QStringLiteral("\"Жедел лейкоз. Теориядан тәжірибеге\" бағдарламасы")
                                   << QStringLiteral("«Жедел лейкоз. Теориядан тәжірибеге» бағдарламасы");
        QTest::newRow("unbalanced left alone")
            << ru << QStringLiteral("Он сказал \"привет") << QStringLiteral("Он·сказал \"привет");
        QTest::newRow("quotes around emphasis")
            << ru << QStringLiteral("это \"*важно*\" и *\"тоже\"*") << QStringLiteral("это «*важно*» и·*«тоже»*");
        QTest::newRow("quotes around link") << ru << QStringLiteral("см. \"[отчёт](report.pdf)\"")
                                            << QStringLiteral("см. «[отчёт](report.pdf)»");
        QTest::newRow("en quotes") << en << QStringLiteral("The \"Acute \"AML\" school\" and the Center's work")
                                   << QStringLiteral("The “Acute ‘AML’ school” and the Center's work");
        QTest::newRow("en guillemets kept") << en << QStringLiteral("«AML»") << QStringLiteral("«AML»");
        QTest::newRow("dash") << ru << QStringLiteral("слово - слово") << QStringLiteral("слово·— слово");
        QTest::newRow("double hyphen") << ru << QStringLiteral("слово -- слово") << QStringLiteral("слово·— слово");
        QTest::newRow("en dash spaced") << ru << QStringLiteral("Казахстана – Талдыкорган")
                                        << QStringLiteral("Казахстана·— Талдыкорган");
        QTest::newRow("em dash spaced") << kk << QStringLiteral("меңгерушісі — профессор")
                                        << QStringLiteral("меңгерушісі·— профессор");
        QTest::newRow("dash after comma") << ru << QStringLiteral("«Да», - сказал он") << QStringLiteral("«Да»,·— сказал он");
        QTest::newRow("number range left") << ru << QStringLiteral("с 22 - 24 мая") << QStringLiteral("с·22 - 24 мая");
        QTest::newRow("hyphenated word") << ru << QStringLiteral("Усть-Каменогорск, из-за")
                                         << QStringLiteral("Усть-Каменогорск, из-за");
        QTest::newRow("dialogue dash at line start") << ru << QStringLiteral("— Привет") << QStringLiteral("— Привет");
        QTest::newRow("ellipsis") << ru << QStringLiteral("и так далее...") << QStringLiteral("и·так далее…");
        QTest::newRow("four dots left") << ru << QStringLiteral("что....") << QStringLiteral("что....");
        QTest::newRow("short words") << ru << QStringLiteral("В городе и на площади") << QStringLiteral("В·городе и·на·площади");
        QTest::newRow("short words kk") << kk << QStringLiteral("ол да келді") << QStringLiteral("ол·да·келді");
        QTest::newRow("short words not in en") << en << QStringLiteral("in a city") << QStringLiteral("in a city");
        QTest::newRow("units") << ru << QStringLiteral("5 мг, 10 %, 2024 г., 3 мл, 5 человек")
                               << QStringLiteral("5·мг, 10·%, 2024·г., 3·мл, 5 человек");
        QTest::newRow("units en") << en << QStringLiteral("5 mg and 10 % of 2 people")
                                  << QStringLiteral("5·mg and 10·% of 2 people");
        QTest::newRow("percent without space") << ru << QStringLiteral("рост 10%") << QStringLiteral("рост 10%");
        QTest::newRow("number sign") << ru << QStringLiteral("приказ № 12") << QStringLiteral("приказ №·12");
        QTest::newRow("already typographed")
            << ru << QStringLiteral("«Да»,·— сказал он·в·городе…") << QStringLiteral("«Да»,·— сказал он·в·городе…");
    }

    void rules()
    {
        QFETCH(QString, lang);
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString once = Typograph::markdown(nbsp(input), lang);
        QCOMPARE(once, nbsp(expected));
        QCOMPARE(Typograph::markdown(once, lang), once);
        QCOMPARE(Typograph::normalise(once), Typograph::normalise(nbsp(input)));
        // The edits, applied from the last, give the same text.
        QString edited = nbsp(input);
        const QVector<TypographEdit> edits = Typograph::edits(edited, lang);
        for (auto it = edits.crbegin(); it != edits.crend(); ++it)
            edited.replace(it->position, it->length, it->text);
        QCOMPARE(edited, once);
    }

    void protectedRegions_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("fenced code") << QStringLiteral("Текст \"а\".\n\n```\nx = \"a\" - b...\n```\n")
                                     << QStringLiteral("Текст «а».\n\n```\nx = \"a\" - b...\n```\n");
        QTest::newRow("tilde fence") << QStringLiteral("~~~\n\"a\" -- b\n~~~\n") << QStringLiteral("~~~\n\"a\" -- b\n~~~\n");
        QTest::newRow("indented code") << QStringLiteral("Текст.\n\n    x = \"a\" - b...\n\nДа.\n")
                                       << QStringLiteral("Текст.\n\n    x = \"a\" - b...\n\nДа.\n");
        QTest::newRow("inline code") << QStringLiteral("Код `\"a\" - b...` и \"текст\"")
                                     << QStringLiteral("Код `\"a\" - b...` и·«текст»");
        QTest::newRow("double backtick code")
            << QStringLiteral("Код ``a ` \"b\"`` здесь") << QStringLiteral("Код ``a ` \"b\"`` здесь");
        QTest::newRow("url") << QStringLiteral("Сайт https://example.kz/a...b - c и www.hemcenter.kz/x")
                             << QStringLiteral("Сайт https://example.kz/a...b·— c·и www.hemcenter.kz/x");
        QTest::newRow("link destination") << QStringLiteral("[Отчёт \"2024\"](https://x.kz/a \"Title - x\")")
                                          << QStringLiteral("[Отчёт «2024»](https://x.kz/a \"Title - x\")");
        QTest::newRow("reference link") << QStringLiteral("[Текст][ref-1]\n\n[ref-1]: https://x.kz/ \"A - b\"\n")
                                        << QStringLiteral("[Текст][ref-1]\n\n[ref-1]: https://x.kz/ \"A - b\"\n");
        QTest::newRow("image") << QStringLiteral("![Фото \"а\"](photo.jpg \"Фото - а\")")
                               << QStringLiteral("![Фото \"а\"](photo.jpg \"Фото - а\")");
        QTest::newRow("shortcode") << QStringLiteral("[owl-carousel class=\"gallery-owl\" items=1]\n![a](b.jpg)\n[/owl-carousel]")
                                   << QStringLiteral(
                                          "[owl-carousel class=\"gallery-owl\" items=1]\n![a](b.jpg)\n[/owl-carousel]");
        QTest::newRow("shortcode with content")
            << QStringLiteral("[center]Он - \"врач\"[/center]") << QStringLiteral("[center]Он·— «врач»[/center]");
        QTest::newRow("twig") << QStringLiteral("{{ page.title|e(\"html\") }} и {% if a - b %}...{% endif %} {# \"c\" #}")
                              << QStringLiteral("{{ page.title|e(\"html\") }} и {% if a - b %}…{% endif %} {# \"c\" #}");
        QTest::newRow("html attributes") << QStringLiteral("<a href=\"/ru/news\" title=\"a - b\">Новости \"центра\"</a>")
                                         << QStringLiteral("<a href=\"/ru/news\" title=\"a - b\">Новости «центра»</a>");
        QTest::newRow("html comment") << QStringLiteral("<!-- \"a\" - b... -->") << QStringLiteral("<!-- \"a\" - b... -->");
        QTest::newRow("html pre block") << QStringLiteral("<pre>\n\"a\" - b\n</pre>\n")
                                        << QStringLiteral("<pre>\n\"a\" - b\n</pre>\n");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://youtube.com/embed/x\" title=\"a - b\"></iframe>")
                                << QStringLiteral("<iframe src=\"https://youtube.com/embed/x\" title=\"a - b\"></iframe>");
        QTest::newRow("list markers") << QStringLiteral("- Пункт один\n* Пункт два\n1. Пункт\n")
                                      << QStringLiteral("- Пункт один\n* Пункт два\n1. Пункт\n");
        QTest::newRow("heading") << QStringLiteral("## В центре \"Гематология\"") << QStringLiteral("## В·центре «Гематология»");
        QTest::newRow("table") << QStringLiteral("| А | Б - В |\n|---|:---:|\n| 5 мг | \"да\" |\n")
                               << QStringLiteral("| А | Б·— В |\n|---|:---:|\n| 5·мг | «да» |\n");
        QTest::newRow("emphasis") << QStringLiteral("**Важно** - _очень_") << QStringLiteral("**Важно**·— _очень_");
        QTest::newRow("summary delimiter") << QStringLiteral("Анонс.\n\n===\n\nТекст.")
                                           << QStringLiteral("Анонс.\n\n===\n\nТекст.");
        QTest::newRow("setext and hr") << QStringLiteral("Заголовок\n---\n\n* * *\n")
                                       << QStringLiteral("Заголовок\n---\n\n* * *\n");
        QTest::newRow("escapes") << QStringLiteral("Кавычка \\\" и \\- тире") << QStringLiteral("Кавычка \\\" и \\- тире");
        QTest::newRow("front matter") << QStringLiteral("---\ntitle: \"Жаңа - хабар...\"\n---\n\nВ \"тексте\"")
                                      << QStringLiteral("---\ntitle: \"Жаңа - хабар...\"\n---\n\nВ·«тексте»");
        QTest::newRow("blockquote") << QStringLiteral("> В \"цитате\"") << QStringLiteral("> В·«цитате»");
    }

    void protectedRegions()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString once = Typograph::markdown(input, QStringLiteral("ru"));
        QCOMPARE(once, nbsp(expected));
        QCOMPARE(Typograph::markdown(once, QStringLiteral("ru")), once);
    }

    void maskMarksSyntax()
    {
        const QString text = QStringLiteral("- [a](b) `c`");
        const QVector<bool> m = Typograph::protectedMask(text);
        QCOMPARE(m.size(), text.size());
        QVERIFY(m[0] && m[1]); // "- "
        QVERIFY(m[2]); // "["
        QVERIFY(!m[3]); // link text
        QVERIFY(m[4] && m[5] && m[6] && m[7]); // "](b)"
        QVERIFY(!m[8]);
        QVERIFY(m[9] && m[10] && m[11]);
    }

    void range()
    {
        const QString body = QStringLiteral("```\n\"a\" - b\n\n\"c\" - d\n```\n\nОн - \"врач\"...\n\nИ \"ещё\"");
        const int from = static_cast<int>(body.indexOf(QStringLiteral("Он")));
        const int to = static_cast<int>(body.indexOf(QStringLiteral("\n\nИ")));
        QCOMPARE(Typograph::markdownRange(body, QStringLiteral("ru"), from, to), QStringLiteral("Он\u00A0— «врач»…"));
        // Inside a code fence, even a paragraph of its own is left alone.
        const int code = static_cast<int>(body.indexOf(QStringLiteral("\"c\"")));
        QCOMPARE(Typograph::markdownRange(body, QStringLiteral("ru"), code, code + 9), body.mid(code, 9));
        QCOMPARE(Typograph::markdownRange(body, QStringLiteral("ru"), 0, static_cast<int>(body.size())),
            Typograph::markdown(body, QStringLiteral("ru")));
    }

    void plainText()
    {
        QCOMPARE(Typograph::plainText(QStringLiteral("[kk] \"Жаңа\" - хабар..."), QStringLiteral("kk")),
            QStringLiteral("[kk] «Жаңа»\u00A0— хабар…"));
    }

    void statistics()
    {
        const TextStatistics s = textStatistics(QStringLiteral("Жаңа хабар — 5\u00A0мг.\n\n==="), QStringLiteral("kk"));
        QCOMPARE(s.words, 4); // Жаңа, хабар, 5, мг. (the dash and `===` are not words)
        QCOMPARE(s.characters, 21);
        QCOMPARE(s.charactersWithoutSpaces, 17);
        QCOMPARE(s.readingMinutes, 1);
        QCOMPARE(textStatistics(QString(), QStringLiteral("ru")).readingMinutes, 0);
        QString many;
        for (int i = 0; i < 361; ++i)
            many += QStringLiteral("сөз ");
        QCOMPARE(textStatistics(many, QStringLiteral("kk")).readingMinutes, 3); // 361 words at 180 per minute
    }

    void corpusBodies()
    {
        const QString pages = TestPaths::corpusDir() + QStringLiteral("/user/pages");
        if (!QFileInfo(pages).isDir())
            QSKIP("the hemcenter corpus is not here (../shared/corpus/hemcenter); corpus check skipped");
        const SiteLayout layout = locateSite(TestPaths::corpusDir());
        const PageIndex index = scanSite(layout, SiteConfig::load(layout));
        const GravRenderer renderer(index);
        int files = 0, changed = 0;
        QDirIterator it(pages, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const Envelope env = splitEnvelope(f.readAll());
            const QString body = QString::fromUtf8(env.body);
            const QStringList parts = QFileInfo(path).fileName().split(QLatin1Char('.'));
            const QString lang = parts.size() == 3 ? parts[1] : QStringLiteral("kk");
            const QString once = Typograph::markdown(body, lang);
            const QString rel = path.mid(pages.size() + 1);
            QVERIFY2(Typograph::normalise(once) == Typograph::normalise(body), qPrintable(rel));
            QVERIFY2(Typograph::markdown(once, lang) == once, qPrintable(rel + QStringLiteral(": not idempotent")));
            // Markdown, HTML and shortcodes are where they were: every protected character is unchanged.
            const QVector<bool> mask = Typograph::protectedMask(body);
            QString protectedIn, protectedOut;
            for (int i = 0; i < body.size(); ++i) {
                if (mask[i])
                    protectedIn += body[i];
            }
            const QVector<bool> maskOut = Typograph::protectedMask(once);
            for (int i = 0; i < once.size(); ++i) {
                if (maskOut[i])
                    protectedOut += once[i];
            }
            QVERIFY2(protectedIn == protectedOut, qPrintable(rel + QStringLiteral(": protected text changed")));
            // What Grav publishes reads the same, apart from the typography.
            if (once != body) {
                const QByteArray typographed = composeWithBody(env, once);
                const RenderResult a = renderer.render(env.raw, path);
                const RenderResult b = renderer.render(typographed, path);
                QVERIFY2(a.ok && b.ok, qPrintable(rel));
                QVERIFY2(
                    renderedWords(a.html) == renderedWords(b.html), qPrintable(rel + QStringLiteral(": renders differently")));
            }
            ++files;
            changed += once != body ? 1 : 0;
        }
        QVERIFY(files > 100);
        qInfo("%d corpus page files typographed, %d of them changed", files, changed);
    }
};

QTEST_GUILESS_MAIN(TestTypograph)
#include "tst_typograph.moc"
