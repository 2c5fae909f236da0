// Translations of a page: the sidecar that records which source version each translation follows, the
// report of missing and outdated languages, and a new translation's starting text.

#include "page/envelope.h"
#include "page/frontmatter.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "site/translations.h"
#include "tempsite.h"

#include <QFile>
#include <QTest>

using namespace GravDesk;

namespace {

const QStringList kSiteLanguages {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};

QByteArray page(const QByteArray &title, const QByteArray &body)
{
    return "---\ntitle: '" + title + "'\ndate: '25-05-2024 10:00'\nmetadata:\n    description: 'About " + title
        + "'\n    author: Newsroom\npublished: true\n---\n" + body;
}

bool rewrite(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool setModified(const QString &path, const QDateTime &when)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.setFileTime(when, QFileDevice::FileModificationTime);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList issues(const TempSite &site)
{
    const SiteLayout layout = locateSite(site.root());
    const PageIndex index = scanSite(layout, SiteConfig::load(layout));
    QStringList out;
    for (const TranslationIssue &i : translationIssues(index))
        out << QStringLiteral("%1 %2 %3<-%4")
                   .arg(i.relPath, i.language,
                       i.kind == TranslationIssue::Missing        ? QStringLiteral("missing")
                           : i.kind == TranslationIssue::Outdated ? QStringLiteral("outdated")
                                                                  : QStringLiteral("untranslated"),
                       i.source);
    out.sort();
    return out;
}

} // namespace

class TestPageTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashFollowsTitleAndBodyOnly();
    void ledgerRoundTrip();
    void missingAndOutdated();
    void starterClearsLanguageFields();
    void createTranslationNeverOverwrites();
    void unreadableLedgerIsKept();
    void numericLanguageCodes();
    void sourceIsTheLanguageWrittenFirst();
    void untranslatedDrafts();
};

void TestPageTranslations::hashFollowsTitleAndBodyOnly()
{
    const QByteArray a = page("Жаңалық", "Мәтін.\n");
    QCOMPARE(translationHash(a), translationHash(QByteArray(a).replace("25-05-2024", "26-05-2024")));
    QCOMPARE(translationHash(a), translationHash(a + "\n\n"));
    QCOMPARE(translationHash(a), translationHash(QByteArray(a).replace('\n', "\r\n")));
    QVERIFY(translationHash(a) != translationHash(page("Жаңалықтар", "Мәтін.\n")));
    QVERIFY(translationHash(a) != translationHash(page("Жаңалық", "Мәтін!\n")));
    QCOMPARE(translationHash(a).size(), 40);
}

void TestPageTranslations::ledgerRoundTrip()
{
    QTemporaryDir dir;
    TranslationLedger ledger;
    ledger.records.insert(QStringLiteral("ru"), {QStringLiteral("kk"), QByteArray(40, 'a')});
    ledger.records.insert(QStringLiteral("en"), {QStringLiteral("ru"), QByteArray(40, 'b')});
    QString error;
    QVERIFY2(ledger.save(dir.path(), &error), qPrintable(error));
    const QByteArray text = readAll(dir.filePath(TranslationLedger::fileName()));
    QVERIFY(text.startsWith("# "));
    QVERIFY(text.indexOf("en:") < text.indexOf("ru:")); // sorted: stable diffs in git
    const TranslationLedger back = TranslationLedger::load(dir.path(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(back.records.size(), 2);
    QCOMPARE(back.records.value(QStringLiteral("en")).source, QStringLiteral("ru"));
    QCOMPARE(back.records.value(QStringLiteral("ru")).sourceHash, QByteArray(40, 'a'));
    // No record left: no file left.
    QVERIFY(TranslationLedger {}.save(dir.path(), &error));
    QVERIFY(!QFile::exists(dir.filePath(TranslationLedger::fileName())));
}

void TestPageTranslations::missingAndOutdated()
{
    TempSite site;
    site.writeDefaultConfig(); // kk (default), ru, en
    const QString kk = site.writePage(QStringLiteral("02.news/a/item.kk.md"), page("Жаңалық", "Бірінші абзац.\n"));
    const QString ru = site.writePage(QStringLiteral("02.news/a/item.ru.md"), page("Новость", "Первый абзац.\n"));
    site.writePage(QStringLiteral("02.news/b/item.kk.md"), page("Екінші", "Мәтін.\n"));
    site.writePage(QStringLiteral("02.news/b/item.ru.md"), page("Второй", "Текст.\n"));
    site.writePage(QStringLiteral("02.news/b/item.en.md"), page("Second", "Text.\n"));
    site.writePage(QStringLiteral("03.about/default.md"), page("About", "One language.\n"));
    const QString folderA = QFileInfo(kk).absolutePath();
    // Untracked translations are not reported as outdated; only the missing en of a.
    QCOMPARE(issues(site), (QStringList {QStringLiteral("02.news/a en missing<-kk")}));

    // Saving ru records the kk version it follows; the sidecar is a dot-file Grav does not see.
    QString error;
    QVERIFY2(
        recordTranslationSaved(folderA, QStringLiteral("item"), QStringLiteral("ru"), kSiteLanguages, &error), qPrintable(error));
    QVERIFY(QFile::exists(folderA + QLatin1Char('/') + TranslationLedger::fileName()));
    QCOMPARE(issues(site), (QStringList {QStringLiteral("02.news/a en missing<-kk")}));
    // Saving the source (kk) itself records nothing for kk.
    QVERIFY(recordTranslationSaved(folderA, QStringLiteral("item"), QStringLiteral("kk"), kSiteLanguages, &error));
    QVERIFY(!TranslationLedger::load(folderA).records.contains(QStringLiteral("kk")));

    // The source changes: ru is outdated until it is saved again.
    QVERIFY(rewrite(kk, page("Жаңалық", "Бірінші абзац өзгерді.\n")));
    QCOMPARE(
        issues(site), (QStringList {QStringLiteral("02.news/a en missing<-kk"), QStringLiteral("02.news/a ru outdated<-kk")}));
    // A change of the date only is not a change to translate.
    QVERIFY(recordTranslationSaved(folderA, QStringLiteral("item"), QStringLiteral("ru"), kSiteLanguages, &error));
    QVERIFY(rewrite(kk, QByteArray(readAll(kk)).replace("25-05-2024", "27-05-2024")));
    QCOMPARE(issues(site), (QStringList {QStringLiteral("02.news/a en missing<-kk")}));
    Q_UNUSED(ru);
}

void TestPageTranslations::starterClearsLanguageFields()
{
    const QByteArray source = "---\n# kept comment\ntitle: 'Жаңалық'\nmenu: Жаңа\ndate: '25-05-2024 10:00'\nmetadata:\n"
                              "    description: 'Сипаттама'\n    author: Newsroom\ntaxonomy:\n    tag: [gematology]\n"
                              "published: true\n---\nБірінші абзац.\n\n![](2024-05-25-1.jpg)\n";
    QString error;
    const QByteArray out = translationStarter(source, QStringLiteral("kk"), &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    const Envelope env = splitEnvelope(out);
    const QVariantMap h = parseHeader(env.headerText).values;
    // The title is the draft's: the convention New Post shares, listed as untranslated until someone translates it.
    QCOMPARE(h.value(QStringLiteral("title")).toString(), QStringLiteral("[kk] Жаңалық"));
    QVERIFY(!h.contains(QStringLiteral("menu")));
    QCOMPARE(h.value(QStringLiteral("published")).toBool(), false);
    QCOMPARE(h.value(QStringLiteral("metadata")).toMap(), (QVariantMap {{QStringLiteral("author"), QStringLiteral("Newsroom")}}));
    QCOMPARE(h.value(QStringLiteral("date")).toString(), QStringLiteral("25-05-2024 10:00"));
    QVERIFY(out.contains("# kept comment\n"));
    QVERIFY(out.contains("taxonomy:\n    tag: [gematology]\n"));
    QCOMPARE(env.body, splitEnvelope(source).body);
    // A header that cannot be edited field by field is refused, not mangled.
    QVERIFY(translationStarter("---\ntitle: [unclosed\n---\nx\n", QStringLiteral("kk"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestPageTranslations::createTranslationNeverOverwrites()
{
    TempSite site;
    site.writeDefaultConfig();
    const QString kk = site.writePage(QStringLiteral("02.news/a/item.kk.md"), page("Жаңалық", "Мәтін.\n"));
    const QString folder = QFileInfo(kk).absolutePath();
    QString error;
    const QString ru = createTranslation(folder, QStringLiteral("item"), QStringLiteral("kk"), QStringLiteral("ru"), &error);
    QVERIFY2(!ru.isEmpty(), qPrintable(error));
    QVERIFY(ru.endsWith(QLatin1String("item.ru.md")));
    QCOMPARE(TranslationLedger::load(folder).records.value(QStringLiteral("ru")).sourceHash, translationHash(readAll(kk)));
    QVERIFY(rewrite(ru, "my translation"));
    QVERIFY(createTranslation(folder, QStringLiteral("item"), QStringLiteral("kk"), QStringLiteral("ru"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QCOMPARE(readAll(ru), QByteArray("my translation"));
    QVERIFY(createTranslation(folder, QStringLiteral("item"), QStringLiteral("kk"), QStringLiteral("../x"), &error).isEmpty());
    QVERIFY(createTranslation(folder, QStringLiteral("item"), QStringLiteral("de"), QStringLiteral("en"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
}

// Grav treats `languages.supported: [17, 16, 15]` as the codes "17", "16", "15": item.16.md is a page file.
void TestPageTranslations::numericLanguageCodes()
{
    TempSite site;
    site.writeConfig(
        QStringLiteral("system.yaml"), QByteArrayLiteral("languages:\n  supported: [17, 16, 15]\n  default_lang: 17\n"));
    const QString source = site.writePage(QStringLiteral("02.docs/docs.17.md"), page("Docs", "Text.\n"));
    site.writePage(QStringLiteral("02.docs/docs.16.md"), page("Dokumente", "Text.\n"));
    QCOMPARE(issues(site), (QStringList {QStringLiteral("02.docs 15 missing<-17")}));
    QString error;
    const QString made = createTranslation(
        QFileInfo(source).absolutePath(), QStringLiteral("docs"), QStringLiteral("17"), QStringLiteral("15"), &error);
    QVERIFY2(made.endsWith(QLatin1String("/docs.15.md")), qPrintable(error));
    // The new file is a draft titled `[17] Docs` until it is translated.
    QCOMPARE(issues(site), (QStringList {QStringLiteral("02.docs 15 untranslated<-17")}));
}

// A Russian-first article: its kk translation follows ru, never the other way round, and the ledger remembers it.
void TestPageTranslations::sourceIsTheLanguageWrittenFirst()
{
    TempSite site;
    site.writeDefaultConfig(); // kk is the site's default language
    // Files written within a minute of each other (a clone, a copy) are a tie: the site's default language wins.
    const QString ru = site.writePage(QStringLiteral("02.news/a/item.ru.md"), page("Новость", "Первый абзац.\n"));
    const QString kk0 = site.writePage(QStringLiteral("02.news/a/item.kk.md"), page("Жаңалық", "Бірінші абзац.\n"));
    QCOMPARE(pageSourceLanguage(QFileInfo(ru).absolutePath(), QStringLiteral("item"), kSiteLanguages, TranslationLedger {}),
        QStringLiteral("kk"));
    QVERIFY(QFile::remove(kk0));
    // Written an hour earlier (as a copy that kept modification times tells it).
    QVERIFY(setModified(ru, QDateTime::currentDateTime().addSecs(-3600)));
    const QString kk = site.writePage(QStringLiteral("02.news/a/item.kk.md"), page("Жаңалық", "Бірінші абзац.\n"));
    const QString folder = QFileInfo(ru).absolutePath();
    QCOMPARE(pageSourceLanguage(folder, QStringLiteral("item"), kSiteLanguages, TranslationLedger {}), QStringLiteral("ru"));
    QCOMPARE(issues(site), (QStringList {QStringLiteral("02.news/a en missing<-ru")}));

    // Saving ru (the source) records nothing; saving kk records it as ru's translation and remembers ru.
    QString error;
    QVERIFY(recordTranslationSaved(folder, QStringLiteral("item"), QStringLiteral("ru"), kSiteLanguages, &error));
    QVERIFY(!QFile::exists(folder + QLatin1Char('/') + TranslationLedger::fileName()));
    QVERIFY2(
        recordTranslationSaved(folder, QStringLiteral("item"), QStringLiteral("kk"), kSiteLanguages, &error), qPrintable(error));
    TranslationLedger ledger = TranslationLedger::load(folder);
    QCOMPARE(ledger.sourceLanguage, QStringLiteral("ru"));
    QCOMPARE(ledger.records.value(QStringLiteral("kk")).source, QStringLiteral("ru"));
    QVERIFY(!ledger.records.contains(QStringLiteral("ru")));
    QVERIFY(readAll(folder + QLatin1Char('/') + TranslationLedger::fileName()).startsWith("# "));

    // The remembered source wins over file times: touching ru does not make kk the source.
    QVERIFY(setModified(kk, QDateTime::currentDateTime().addSecs(-7200)));
    QCOMPARE(pageSourceLanguage(folder, QStringLiteral("item"), kSiteLanguages, TranslationLedger::load(folder)),
        QStringLiteral("ru"));
    QVERIFY(rewrite(ru, page("Новость", "Первый абзац изменён.\n")));
    QCOMPARE(
        issues(site), (QStringList {QStringLiteral("02.news/a en missing<-ru"), QStringLiteral("02.news/a kk outdated<-ru")}));

    // The user's choice: kk becomes the source; its own record goes, ru is then tracked against kk.
    QVERIFY2(setPageSourceLanguage(folder, QStringLiteral("kk"), &error), qPrintable(error));
    ledger = TranslationLedger::load(folder);
    QCOMPARE(ledger.sourceLanguage, QStringLiteral("kk"));
    QVERIFY(!ledger.records.contains(QStringLiteral("kk")));
    QVERIFY(recordTranslationSaved(folder, QStringLiteral("item"), QStringLiteral("ru"), kSiteLanguages, &error));
    QCOMPARE(TranslationLedger::load(folder).records.value(QStringLiteral("ru")).source, QStringLiteral("kk"));
    QCOMPARE(issues(site), (QStringList {QStringLiteral("02.news/a en missing<-kk")}));
    QVERIFY(!setPageSourceLanguage(folder, QStringLiteral("../x"), &error));
}

// Drafts made by New Post or Translate To keep the source's marked title until translated; they are listed.
void TestPageTranslations::untranslatedDrafts()
{
    TempSite site;
    site.writeDefaultConfig();
    site.writePage(QStringLiteral("02.news/a/item.kk.md"), page("Жаңалық", "Мәтін.\n"));
    site.writePage(QStringLiteral("02.news/a/item.ru.md"), page("[kk] Жаңалық", "Мәтін.\n"));
    site.writePage(QStringLiteral("02.news/a/item.en.md"), page("[news] of the day", "Text.\n")); // not a site language
    QCOMPARE(issues(site), (QStringList {QStringLiteral("02.news/a ru untranslated<-kk")}));
    QVERIFY(isDraftTitle(QStringLiteral("[kk] Жаңалық"), QStringLiteral("ru"), kSiteLanguages));
    QVERIFY(!isDraftTitle(QStringLiteral("[kk] Жаңалық"), QStringLiteral("kk"), kSiteLanguages));
    QVERIFY(!isDraftTitle(QStringLiteral("[kk]Жаңалық"), QStringLiteral("ru"), kSiteLanguages));
    QVERIFY(!isDraftTitle(QStringLiteral("Жаңалық [kk]"), QStringLiteral("ru"), kSiteLanguages));
}

void TestPageTranslations::unreadableLedgerIsKept()
{
    TempSite site;
    site.writeDefaultConfig();
    const QString kk = site.writePage(QStringLiteral("02.news/a/item.kk.md"), page("Жаңалық", "Мәтін.\n"));
    site.writePage(QStringLiteral("02.news/a/item.ru.md"), page("Новость", "Текст.\n"));
    const QString folder = QFileInfo(kk).absolutePath();
    const QString sidecar = folder + QLatin1Char('/') + TranslationLedger::fileName();
    QVERIFY(rewrite(sidecar, "ru: [broken\n"));
    QString error;
    QVERIFY(!recordTranslationSaved(folder, QStringLiteral("item"), QStringLiteral("ru"), kSiteLanguages, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(readAll(sidecar), QByteArray("ru: [broken\n"));
}

QTEST_GUILESS_MAIN(TestPageTranslations)
#include "tst_pagetranslations.moc"
