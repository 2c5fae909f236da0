// Hunspell with the kk, ru and en dictionaries at once, and the newsroom word list shared through the site.
#include "hunspelldictionary.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "spellchecker.h"
#include "wordlist.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSpellChecker final : public QObject
{
    Q_OBJECT

private:
    SpellChecker m_checker;
    QStringList m_missing;

    bool haveAll() const { return m_missing.isEmpty(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_missing = m_checker.loadInstalledDictionaries();
        for (const QString &m : std::as_const(m_missing))
            qWarning("%s", qPrintable(m));
    }

    void words_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("pageLanguage");
        QTest::addColumn<bool>("correct");
        QTest::addColumn<QString>("suggestion");
        const QString kk = QStringLiteral("kk");
        const QString ru = QStringLiteral("ru");
        const QString en = QStringLiteral("en");
        QTest::newRow("ru ok") << QStringLiteral("пациентов") << ru << true << QString();
        QTest::newRow("ru capitalised") << QStringLiteral("Гематология") << ru << true << QString();
        QTest::newRow("ru yo") << QStringLiteral("приём") << ru << true << QString();
        QTest::newRow("ru ye for yo") << QStringLiteral("прием") << ru << true << QString();
        QTest::newRow("ru hyphenated") << QStringLiteral("кое-как") << ru << true << QString();
        QTest::newRow("ru wrong") << QStringLiteral("пациентв") << ru << false << QStringLiteral("пациентов");
        QTest::newRow("ru wrong 2") << QStringLiteral("гематолгия") << ru << false << QStringLiteral("гематология");
        QTest::newRow("kk ok") << QStringLiteral("қабылдау") << kk << true << QString();
        QTest::newRow("kk ok 2") << QStringLiteral("дәрігерлер") << kk << true << QString();
        QTest::newRow("kk wrong") << QStringLiteral("дәрігрлер") << kk << false << QStringLiteral("дәрігерлер");
        QTest::newRow("kk wrong 2") << QStringLiteral("қабылдаy") << kk << false << QStringLiteral("қабылдау");
        QTest::newRow("kk endings on a ru stem") << QStringLiteral("пациенттердің") << kk << true << QString();
        QTest::newRow("kk endings the kk dictionary lacks") << QStringLiteral("дәрігерлеріне") << kk << true << QString();
        QTest::newRow("kk endings out of harmony") << QStringLiteral("дәрігерлар") << kk << false << QStringLiteral("дәрігерлер");
        QTest::newRow("kk ending on a wrong ru stem") << QStringLiteral("пациэнттердің") << kk << false << QString();
        QTest::newRow("no kk endings on a ru page") << QStringLiteral("Казахтана") << ru << false << QStringLiteral("Казахстана");
        QTest::newRow("kk-ru compound") << QStringLiteral("гематолог-дәрігерлер") << kk << true << QString();
        QTest::newRow("ru word on kk page: second opinion") << QStringLiteral("пациентов") << kk << true << QString();
        QTest::newRow("en ok") << QStringLiteral("hospital") << ru << true << QString();
        QTest::newRow("en apostrophe") << QStringLiteral("doctor's") << en << true << QString();
        QTest::newRow("en wrong") << QStringLiteral("hospitl") << en << false << QStringLiteral("hospital");
        // Latin look-alikes in a Cyrillic word and the other way round: flagged, and the fix comes first.
        QTest::newRow("latin o in ru") << QStringLiteral("пoмощь") << ru << false << QStringLiteral("помощь");
        QTest::newRow("cyrillic o in en") << QStringLiteral("hоspital") << en << false << QStringLiteral("hospital");
    }

    void words()
    {
        if (!haveAll())
            QSKIP("the hunspell-kk, hunspell-ru and hunspell-en-us dictionaries are needed (tools/deps.sh installs them)");
        QFETCH(QString, word);
        QFETCH(QString, pageLanguage);
        QFETCH(bool, correct);
        QFETCH(QString, suggestion);
        const SpellRoute route = routeSpellWord(word, pageLanguage);
        QCOMPARE(m_checker.isCorrect(word, route), correct);
        if (!correct) {
            const QStringList s = m_checker.suggestions(word, route);
            QVERIFY2(s.size() <= 7, qPrintable(s.join(QLatin1Char(','))));
            QVERIFY2(suggestion.isEmpty() || s.contains(suggestion), qPrintable(s.join(QLatin1Char(','))));
        }
    }

    void lookAlikeFixComesFirst_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("pageLanguage");
        QTest::addColumn<QString>("first");
        QTest::newRow("latin o in ru") << QStringLiteral("пoмощь") << QStringLiteral("ru") << QStringLiteral("помощь");
        QTest::newRow("latin y in kk") << QStringLiteral("қабылдаy") << QStringLiteral("kk") << QStringLiteral("қабылдау");
        QTest::newRow("cyrillic o in en") << QStringLiteral("hоspital") << QStringLiteral("en") << QStringLiteral("hospital");
    }

    void lookAlikeFixComesFirst()
    {
        if (!haveAll())
            QSKIP("the hunspell-kk, hunspell-ru and hunspell-en-us dictionaries are needed (tools/deps.sh installs them)");
        QFETCH(QString, word);
        QFETCH(QString, pageLanguage);
        QFETCH(QString, first);
        const SpellRoute route = routeSpellWord(word, pageLanguage);
        QVERIFY(!m_checker.isCorrect(word, route));
        QCOMPARE(m_checker.suggestions(word, route).value(0), first);
    }

    void misspelledInText()
    {
        if (!haveAll())
            QSKIP("the hunspell-kk, hunspell-ru and hunspell-en-us dictionaries are needed (tools/deps.sh installs them)");
        const QString text = QStringLiteral("Пациентв принимают `кодд` врачи [owl-carousel itemz=1]\n"
                                            "```\nфункцияя\n```\nhttps://hemcenter.kz/qwrty hospitl");
        const auto bad = m_checker.misspelled(text, QStringLiteral("ru"));
        QStringList words;
        for (const SpellToken &t : bad)
            words << text.mid(t.start, t.length);
        QCOMPARE(words, QStringList({QStringLiteral("Пациентв"), QStringLiteral("hospitl")}));
    }

    void ignore()
    {
        if (!haveAll())
            QSKIP("the hunspell dictionaries are needed (tools/deps.sh installs them)");
        SpellChecker checker;
        checker.loadInstalledDictionaries();
        const SpellRoute route = routeSpellWord(u"Гемцентр", QStringLiteral("ru"));
        QVERIFY(!checker.isCorrect(QStringLiteral("Гемцентр"), route));
        checker.ignore(QStringLiteral("Гемцентр"));
        QVERIFY(checker.isCorrect(QStringLiteral("Гемцентр"), route));
    }

    void sharedWordList()
    {
        if (!haveAll())
            QSKIP("the hunspell dictionaries are needed (tools/deps.sh installs them)");
        QTemporaryDir site;
        QVERIFY(QDir(site.path()).mkpath(QStringLiteral("user/pages/01.home")));
        QVERIFY(QDir(site.path()).mkpath(QStringLiteral("user/config")));
        QVERIFY(QDir(site.path()).mkpath(QStringLiteral("system/config")));
        writeFile(site.path() + QStringLiteral("/user/pages/01.home/default.md"), "---\ntitle: Home\n---\n");
        const SiteLayout layout = locateSite(site.path());
        QVERIFY2(layout.isValid(), qPrintable(layout.error));
        const QString path = WordList::pathFor(layout);
        QCOMPARE(path, layout.pagesDir + QStringLiteral("/.gravdesk/dictionary.txt"));

        const QString kkWord = QStringLiteral("Гемцентрдің");
        const QString ruWord = QStringLiteral("гемцентр");
        SpellChecker alice;
        alice.loadInstalledDictionaries();
        QVERIFY(alice.setWordList(path));
        QVERIFY(!alice.isCorrect(kkWord, routeSpellWord(kkWord, QStringLiteral("kk"))));
        const WriteResult added = alice.addToWordList(kkWord);
        QVERIFY2(added.ok, qPrintable(added.error));
        QVERIFY(alice.isCorrect(kkWord, routeSpellWord(kkWord, QStringLiteral("kk"))));
        // Every dictionary learns the word, whatever the page's language.
        QVERIFY(alice.isCorrectIn(kkWord, QStringLiteral("ru")));

        // A colleague opens the same site (as git would bring it): the word is known there too.
        SpellChecker bob;
        bob.loadInstalledDictionaries();
        QVERIFY(bob.setWordList(path));
        QVERIFY(bob.isCorrect(kkWord, routeSpellWord(kkWord, QStringLiteral("kk"))));
        QVERIFY(bob.addToWordList(ruWord).ok);
        // Alice adds another word without losing Bob's, and sees Bob's after a reload.
        QVERIFY(alice.addToWordList(QStringLiteral("гемстат")).ok);
        const QString text = QString::fromUtf8(readFile(path));
        QVERIFY2(text.contains(kkWord + QLatin1Char('\n') + ruWord + QStringLiteral("\nгемстат\n")), qPrintable(text));
        QVERIFY(text.startsWith(QLatin1Char('#')));
        QVERIFY(alice.isCorrect(QStringLiteral("Гемцентр"), routeSpellWord(u"Гемцентр", QStringLiteral("ru"))));
        QVERIFY(alice.addToWordList(kkWord).ok); // already there: nothing changes
        QCOMPARE(QString::fromUtf8(readFile(path)), text);

        // Removing a word from the file (a colleague's commit) takes it back on reload.
        writeFile(path, QStringLiteral("# words\nгемстат\n").toUtf8());
        QVERIFY(alice.reloadWordList());
        QVERIFY(!alice.isCorrect(kkWord, routeSpellWord(kkWord, QStringLiteral("kk"))));
        QVERIFY(!alice.isCorrect(ruWord, routeSpellWord(ruWord, QStringLiteral("ru"))));
        QVERIFY(alice.isCorrect(QStringLiteral("гемстат"), routeSpellWord(u"гемстат", QStringLiteral("ru"))));
        // A word of the list takes Kazakh endings like any Russian stem.
        QVERIFY(alice.isCorrect(QStringLiteral("гемстаттың"), routeSpellWord(u"гемстаттың", QStringLiteral("kk"))));

        // Grav never sees the word list: its folder is hidden, and the scanner skips it as Grav does.
        QVERIFY(QFileInfo(path).dir().dirName().startsWith(QLatin1Char('.')));
        const PageIndex index = scanSite(layout, SiteConfig::load(layout));
        QVERIFY(index.findByRelPath(QStringLiteral("01.home")) > 0);
        QCOMPARE(index.findByRelPath(QStringLiteral(".gravdesk")), -1);
        for (const SiteProblem &p : index.problems)
            QVERIFY2(!p.path.contains(QStringLiteral(".gravdesk")), qPrintable(p.text()));
    }

    void wordListModels()
    {
        if (!haveAll())
            QSKIP("the hunspell dictionaries are needed (tools/deps.sh installs them)");
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/dictionary.txt");
        // A byte order mark, a comment, a plain word and a word with the endings of a model word.
        writeFile(path, QStringLiteral("\uFEFFгемстат\n# comment\nтелемедицина/медицина\n").toUtf8());
        SpellChecker checker;
        checker.loadInstalledDictionaries();
        QVERIFY(checker.setWordList(path));
        const auto ru = [](const QString &w) { return routeSpellWord(w, QStringLiteral("ru")); };
        QVERIFY(checker.isCorrect(QStringLiteral("гемстат"), ru(QStringLiteral("гемстат"))));
        QVERIFY(!checker.isCorrect(QStringLiteral("гемстата"), ru(QStringLiteral("гемстата"))));
        for (const QString &w : {QStringLiteral("телемедицина"), QStringLiteral("телемедицины"), QStringLiteral("телемедицине"),
                 QStringLiteral("Телемедициной")})
            QVERIFY2(checker.isCorrect(w, ru(w)), qPrintable(w));
        QVERIFY(!checker.isCorrect(QStringLiteral("телемедицинна"), ru(QStringLiteral("телемедицинна"))));
        QVERIFY(checker.wordList().contains(QStringLiteral("телемедицина")));
        QVERIFY(checker.addToWordList(QStringLiteral("телемедицина")).ok); // already there: not added twice
        QCOMPARE(checker.wordList().words().size(), 2);
    }

    void wordListRefusesNonWords()
    {
        QTemporaryDir dir;
        WordList list(dir.path() + QStringLiteral("/sub/words.txt"));
        QVERIFY(!list.add(QStringLiteral("  ")).ok);
        QVERIFY(!list.add(QStringLiteral("a\nb")).ok);
        QVERIFY(list.add(QStringLiteral(" слово ")).ok);
        QCOMPARE(list.words(), QStringList {QStringLiteral("слово")});
        QVERIFY(!WordList().add(QStringLiteral("слово")).ok);
    }

    void koi8Dictionary()
    {
        // Dictionaries in 8-bit code pages (older ru_RU packages use KOI8-R) go through iconv.
        QTemporaryDir dir;
        writeFile(dir.path() + QStringLiteral("/ru_KOI.aff"), "SET KOI8-R\nTRY \xD0\xD2\xC5\xC9\xD7\xD4\xCD\n");
        writeFile(dir.path() + QStringLiteral("/ru_KOI.dic"), "2\n\xD0\xD2\xC9\xD7\xC5\xD4\n\xCD\xC9\xD2\n");
        SpellChecker checker;
        QString error;
        QVERIFY2(
            checker.loadDictionary(QStringLiteral("ru"), dir.path() + QStringLiteral("/ru_KOI.aff"), &error), qPrintable(error));
        const SpellRoute route {QStringLiteral("ru"), QString()};
        QVERIFY(checker.isCorrect(QStringLiteral("привет"), route));
        QVERIFY(checker.isCorrect(QStringLiteral("мир"), route));
        QVERIFY(!checker.isCorrect(QStringLiteral("превет"), route));
        QVERIFY(!checker.isCorrect(QStringLiteral("қазақ"), {QStringLiteral("ru"), QString()})); // not in KOI8-R at all
        QCOMPARE(checker.suggestions(QStringLiteral("превет"), route), QStringList {QStringLiteral("привет")});
    }

    void missingDictionary()
    {
        SpellChecker checker;
        QString error;
        QVERIFY(!checker.loadDictionary(QStringLiteral("ru"), QStringLiteral("/nonexistent/xx.aff"), &error));
        QVERIFY(error.contains(QStringLiteral("xx.aff")));
        // Without a dictionary nothing is flagged.
        QVERIFY(checker.isCorrect(QStringLiteral("ывапр"), {QStringLiteral("ru"), QStringLiteral("kk")}));
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
