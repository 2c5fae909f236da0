// Spell-check tokens: which words of a Markdown body are checked, and in which language.
#include "text/spelltokens.h"

#include <QTest>

using namespace GravDesk;

namespace {

// "word:lang" for each token, joined by spaces; the fallback follows as "/fallback" when there is one.
QString describe(const QVector<SpellToken> &tokens)
{
    QStringList out;
    for (const SpellToken &t : tokens) {
        QString s = t.word + QLatin1Char(':') + t.route.language;
        if (!t.route.fallback.isEmpty())
            s += QLatin1Char('/') + t.route.fallback;
        out << s;
    }
    return out.join(QLatin1Char(' '));
}

QString words(const QVector<SpellToken> &tokens)
{
    QStringList out;
    for (const SpellToken &t : tokens)
        out << t.word;
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestSpellTokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pageLanguage");
        QTest::addColumn<QString>("expected");
        const QString kk = QStringLiteral("kk");
        const QString ru = QStringLiteral("ru");
        const QString en = QStringLiteral("en");
        QTest::newRow("kk letters") << QStringLiteral("Әсем ғалым қан ең өнер ұлы үміт һиджра ісі") << ru
                                    << QStringLiteral("Әсем:kk ғалым:kk қан:kk ең:kk өнер:kk ұлы:kk үміт:kk һиджра:kk ісі:kk");
        QTest::newRow("kk capital letters") << QStringLiteral("Қарағанды Өскемен Ұлан Іле") << en
                                            << QStringLiteral("Қарағанды:kk Өскемен:kk Ұлан:kk Іле:kk");
        QTest::newRow("ru on ru page") << QStringLiteral("Приём пациентов") << ru
                                       << QStringLiteral("Приём:ru/kk пациентов:ru/kk");
        QTest::newRow("cyrillic on kk page")
            << QStringLiteral("пациенттер мен дәрігерлер") << kk << QStringLiteral("пациенттер:kk/ru мен:kk/ru дәрігерлер:kk");
        QTest::newRow("cyrillic on en page") << QStringLiteral("гематология") << en << QStringLiteral("гематология:ru/kk");
        QTest::newRow("latin") << QStringLiteral("World Blood Donor Day") << ru
                               << QStringLiteral("World:en Blood:en Donor:en Day:en");
        QTest::newRow("mixed line") << QStringLiteral("Клиника hematology орталығы") << ru
                                    << QStringLiteral("Клиника:ru/kk hematology:en орталығы:kk");
        QTest::newRow("latin look-alike in cyrillic") << QStringLiteral("пaциент") << ru << QStringLiteral("пaциент:ru/kk");
        QTest::newRow("digits") << QStringLiteral("В 2019 году 12 врачей, 3D, B12, COVID19") << ru
                                << QStringLiteral("году:ru/kk врачей:ru/kk");
        QTest::newRow("hyphenated ru") << QStringLiteral("кое-как Санкт-Петербург") << ru
                                       << QStringLiteral("кое-как:ru/kk Санкт-Петербург:ru/kk");
        QTest::newRow("hyphenated kk") << QStringLiteral("Нұр-Сұлтан Алма-Ата") << kk
                                       << QStringLiteral("Нұр-Сұлтан:kk Алма-Ата:kk/ru");
        QTest::newRow("number suffixes") << QStringLiteral("2019-жылы 5-ші 10-летие XX-го") << kk << QString();
        QTest::newRow("acronym suffixes") << QStringLiteral("ЖШС-мен ҚР-да COVID-19") << kk << QString();
        QTest::newRow("latin word with kk suffix") << QStringLiteral("Facebook-та") << kk << QStringLiteral("Facebook:en");
        QTest::newRow("word then number") << QStringLiteral("Гематология-2024") << ru << QStringLiteral("Гематология:ru/kk");
        QTest::newRow("capitals") << QStringLiteral("ЖШС ПМСП EHA ВОЗ") << ru << QString();
        QTest::newRow("single letters") << QStringLiteral("в и a I") << ru << QString();
        QTest::newRow("apostrophes") << QStringLiteral("don’t Doctors' 'кавычки' O'Brien") << en
                                     << QStringLiteral("don't:en Doctors:en кавычки:ru/kk O'Brien:en");
        QTest::newRow("yo and ye") << QStringLiteral("ёлка елка") << ru << QStringLiteral("ёлка:ru/kk елка:ru/kk");
        QTest::newRow("stress mark and soft hyphen")
            << QStringLiteral("за\u0301мок гемато\u00ADлогия") << ru << QStringLiteral("замок:ru/kk гематология:ru/kk");
        QTest::newRow("decomposed short i") << QStringLiteral("новы\u0438\u0306") << ru << QStringLiteral("новый:ru/kk");
        QTest::newRow("greek is not routed") << QStringLiteral("αβγ") << ru << QString();
    }

    void routing()
    {
        QFETCH(QString, text);
        QFETCH(QString, pageLanguage);
        QFETCH(QString, expected);
        QCOMPARE(describe(SpellTokenizer::tokenize(text, pageLanguage)), expected);
    }

    void positions()
    {
        const QString text = QStringLiteral("Приём `code` за\u0301мок\nвторая строка");
        const auto tokens = SpellTokenizer::tokenize(text, QStringLiteral("ru"));
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(text.mid(tokens[0].start, tokens[0].length), QStringLiteral("Приём"));
        QCOMPARE(text.mid(tokens[1].start, tokens[1].length), QStringLiteral("за\u0301мок"));
        QCOMPARE(tokens[1].word, QStringLiteral("замок"));
        QCOMPARE(text.mid(tokens[2].start, tokens[2].length), QStringLiteral("вторая"));
        QCOMPARE(tokens[3].start, text.indexOf(QStringLiteral("строка")));
    }

    void skipped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fenced code") << QStringLiteral("один\n```php\nфункция echo\n```\nдва") << QStringLiteral("один два");
        QTest::newRow("tilde fence, longer close")
            << QStringLiteral("~~~~\nкод\n~~~\nещё код\n~~~~~\nтекст") << QStringLiteral("текст");
        QTest::newRow("unclosed fence") << QStringLiteral("текст\n```\nкод до конца") << QStringLiteral("текст");
        QTest::newRow("indented code") << QStringLiteral("абзац\n\n    код здесь\n\tи здесь\n\nтекст")
                                       << QStringLiteral("абзац текст");
        QTest::newRow("indented continuation is prose")
            << QStringLiteral("абзац\n    продолжение") << QStringLiteral("абзац продолжение");
        QTest::newRow("indented list paragraph is prose")
            << QStringLiteral("- пункт\n\n    продолжение") << QStringLiteral("пункт продолжение");
        QTest::newRow("inline code") << QStringLiteral("до `код` и ``два ` кода`` после") << QStringLiteral("до после");
        QTest::newRow("unmatched backtick") << QStringLiteral("до ` после") << QStringLiteral("до после");
        QTest::newRow("urls") << QStringLiteral("сайт https://hemcenter.kz/ru/news?id=1 и www.example.com тут")
                              << QStringLiteral("сайт тут");
        QTest::newRow("autolink") << QStringLiteral("см. <https://hemcenter.kz/ru> или <info@hemcenter.kz>")
                                  << QStringLiteral("см или");
        QTest::newRow("email") << QStringLiteral("пишите info.desk@hemcenter.kz сегодня") << QStringLiteral("пишите сегодня");
        QTest::newRow("mailto") << QStringLiteral("адрес mailto:a@b.kz тут") << QStringLiteral("адрес тут");
        QTest::newRow("link destination") << QStringLiteral("[Читать далее](/news/item-one \"Заголовок\") потом")
                                          << QStringLiteral("Читать далее потом");
        QTest::newRow("image") << QStringLiteral("![Фото врача](images/doctor_photo.jpg?lightbox=1024)")
                               << QStringLiteral("Фото врача");
        QTest::newRow("reference link") << QStringLiteral("[текст][refname] и\n[refname]: https://x.kz \"титул\"")
                                        << QStringLiteral("текст");
        QTest::newRow("footnote text is prose") << QStringLiteral("[^1]: примечание") << QStringLiteral("примечание");
        QTest::newRow("html tags and attributes")
            << QStringLiteral("<p class=\"lead-text\" title='подсказка'>Абзац</p> <img src=\"x.jpg\" alt=\"фото\"/> текст")
            << QStringLiteral("Абзац текст");
        QTest::newRow("multi-line tag") << QStringLiteral("<div class=\"one\"\n     data-title=\"атрибут\">внутри</div>")
                                        << QStringLiteral("внутри");
        QTest::newRow("html comment") << QStringLiteral("до <!-- скрыто --> после\n<!-- начало\nвнутри\nконец --> хвост")
                                      << QStringLiteral("до после хвост");
        QTest::newRow("script and pre") << QStringLiteral(
            "<script>var слово = 1;\nещё</script>текст <pre>код</pre> и <code>тоже</code> конец")
                                        << QStringLiteral("текст конец");
        QTest::newRow("shortcodes") << QStringLiteral("[owl-carousel items=1 margin=\"10 px\"]\n![](a.jpg)\n[/owl-carousel] "
                                                      "[center]по центру[/center] [size=20]крупно[/size] [youtube/]")
                                    << QStringLiteral("по центру крупно");
        QTest::newRow("plugin link") << QStringLiteral("[plugin:youtube](https://youtu.be/abc) видео") << QStringLiteral("видео");
        QTest::newRow("latin link text is not a shortcode")
            << QStringLiteral("[Read more](https://x.kz)") << QStringLiteral("Read more");
        QTest::newRow("twig") << QStringLiteral("до {{ page.title|e }} и {% if config.x %}да{% endif %} {# коммент #} после")
                              << QStringLiteral("до да после");
        QTest::newRow("markdown extra attributes")
            << QStringLiteral("## Заголовок {#anchor .class}") << QStringLiteral("Заголовок");
        QTest::newRow("entities") << QStringLiteral("до&nbsp;после &#1234; &laquo;слово&raquo;")
                                  << QStringLiteral("до после слово");
        QTest::newRow("files and identifiers")
            << QStringLiteral("файл report_2019.pdf и snake_case_name, photo.jpg т.е. тут") << QStringLiteral("файл тут");
        QTest::newRow("paths") << QStringLiteral("папка /user/pages/news и ./img/a.png, км/ч") << QStringLiteral("папка км");
        QTest::newRow("emphasis is prose") << QStringLiteral("**жирный** _курсив_ ~~зачёркнуто~~")
                                           << QStringLiteral("жирный курсив зачёркнуто");
    }

    void skipped()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(words(SpellTokenizer::tokenize(text, QStringLiteral("ru"))), expected);
    }

    void frontMatter()
    {
        const QString page = QStringLiteral("---\n"
                                            "title: 'Амбулаторный приём'\n"
                                            "published: true\n"
                                            "hide_page_title: false\n"
                                            "# комментарий\n"
                                            "taxonomy:\n"
                                            "    category: [новости, события]\n"
                                            "    tag:\n"
                                            "        - гематология\n"
                                            "'quoted key': значение\n"
                                            "summary: |\n"
                                            "    Краткое описание\n"
                                            "media_order: 'a.jpg,b_2.png'\n"
                                            "---\n"
                                            "---\n"
                                            "Текст\n");
        QCOMPARE(words(SpellTokenizer::tokenize(page, QStringLiteral("ru"), SpellTokenizer::pageFileStart())),
            QStringLiteral("Амбулаторный приём true false новости события гематология значение Краткое описание Текст"));
        // In a body (no front matter), a leading `---` is a thematic break and the keys are prose.
        QCOMPARE(words(SpellTokenizer::tokenize(QStringLiteral("---\ntitle: слово"), QStringLiteral("ru"))),
            QStringLiteral("title слово"));
    }

    void headerYamlOnly()
    {
        // The header's YAML tab holds the front matter without its `---` lines.
        QCOMPARE(words(SpellTokenizer::tokenize(QStringLiteral("title: 'Приём'\nhide_page_title: false\n- пункт"),
                     QStringLiteral("ru"), SpellTokenizer::frontMatterStart())),
            QStringLiteral("Приём false пункт"));
    }

    void lineStatesMatchWholeText()
    {
        // The editor tokenises block by block; the result must equal tokenising the whole text.
        const QString text = QStringLiteral("текст\n```\nкод\n```\n<!-- a\nb -->\nпосле <div\nclass=\"x\">внутри\n\n    код\n");
        QVector<SpellToken> byLine;
        int state = SpellTokenizer::BodyStart;
        int offset = 0;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            int next = 0;
            for (SpellToken t : SpellTokenizer::tokenizeLine(line, state, &next, QStringLiteral("ru"))) {
                t.start += offset;
                byLine.append(t);
            }
            state = next;
            QVERIFY(state >= 0);
            offset += line.size() + 1;
        }
        const auto whole = SpellTokenizer::tokenize(text, QStringLiteral("ru"));
        QCOMPARE(words(byLine), words(whole));
        QCOMPARE(words(whole), QStringLiteral("текст после внутри"));
        for (int i = 0; i < whole.size(); ++i)
            QCOMPARE(byLine[i].start, whole[i].start);
    }

    void hasKazakhLetterHelper()
    {
        QVERIFY(hasKazakhLetter(u"Қазақстан"));
        QVERIFY(hasKazakhLetter(u"білім"));
        QVERIFY(!hasKazakhLetter(u"Казахстан"));
        QVERIFY(!hasKazakhLetter(u"Kazakhstan"));
    }
};

QTEST_GUILESS_MAIN(TestSpellTokens)
#include "tst_spelltokens.moc"
