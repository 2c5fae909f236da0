// The site profile (system.yaml and site.yaml kept in the state folder for a site without config/, such as a Git
// Sync clone) and the languages found from the page file names when there is no system.yaml at all.

#include "fileutil.h"
#include "site/pageindex.h"
#include "site/siteconfig.h"
#include "site/sitelayout.h"
#include "site/siteprofile.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QByteArray kSystemRuKk = "languages:\n  supported:\n    - ru\n    - kk\n  default_lang: ru\n"
                               "pages:\n  dateformat:\n    default: 'd-m-Y H:i'\n";
const QByteArray kSiteYaml = "title: Newsroom\ntaxonomies: [category, tag, region]\n";

// A settings file outside any site, as a user downloads it.
QString writeOutside(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    return writeFile(path, bytes) ? path : QString();
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestSiteProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileLayersInWithoutConfig();
    void siteOwnConfigWins();
    void profileWithoutLanguagesIsNotInferred();
    void importRefusesBadInput_data();
    void importRefusesBadInput();
    void scopeFromContent();
    void inferredFromGeneratedSite();
    void onlyDefaultFilesMeansNoLanguages();
    void inferredOnCorpusPagesOnly();
};

void TestSiteProfile::profileLayersInWithoutConfig()
{
    TempSite site(TempSite::Layout::GitSyncClone);
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    QCOMPARE(layout.kind, SiteLayoutKind::GitSyncClone);
    QTemporaryDir downloads;
    const QString system = writeOutside(downloads, QStringLiteral("system.yaml"), kSystemRuKk);
    const QString siteYaml = writeOutside(downloads, QStringLiteral("site.yaml"), kSiteYaml);

    const SiteProfile::ImportResult r = SiteProfile::importFiles(layout, {system, siteYaml});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported, (QStringList {QStringLiteral("system.yaml"), QStringLiteral("site.yaml")}));
    QVERIFY(r.notes.isEmpty());
    // The copy is in the state folder, byte for byte; nothing entered the site.
    QCOMPARE(readFile(SiteProfile::filePath(layout, QStringLiteral("system"))), kSystemRuKk);
    QVERIFY(!SiteProfile::folder(layout).startsWith(site.root()));
    QVERIFY(!QFileInfo::exists(site.configDir()));

    const SiteConfig c = SiteConfig::load(layout);
    QVERIFY2(c.warnings().isEmpty(), qPrintable(c.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(c.languages(), (QStringList {QStringLiteral("ru"), QStringLiteral("kk")}));
    QCOMPARE(c.defaultLanguage(), QStringLiteral("ru"));
    QVERIFY(!c.languagesInferred());
    QCOMPARE(c.dateFormatDefault(), QStringLiteral("d-m-Y H:i"));
    QVERIFY(c.taxonomies().contains(QStringLiteral("region")));
    QCOMPARE(c.profileFiles().size(), 2);

    // The same site opened at its pages/ folder finds the same profile.
    const SiteConfig viaPages = SiteConfig::load(locateSite(site.pagesDir()));
    QCOMPARE(viaPages.languages(), c.languages());
}

void TestSiteProfile::siteOwnConfigWins()
{
    TempSite site(TempSite::Layout::UserFolder);
    site.writeDefaultConfig(); // kk, ru, en; default kk
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    QTemporaryDir downloads;
    const QString system = writeOutside(downloads, QStringLiteral("system.yaml"), kSystemRuKk);
    const QString siteYaml = writeOutside(downloads, QStringLiteral("site.yaml"), kSiteYaml);
    const SiteProfile::ImportResult r = SiteProfile::importFiles(layout, {system, siteYaml});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.notes.size(), 2); // the site has its own system.yaml and site.yaml: they are used

    const SiteConfig c = SiteConfig::load(layout);
    QCOMPARE(c.languages(), (QStringList {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}));
    QCOMPARE(c.defaultLanguage(), QStringLiteral("kk"));
    QVERIFY(!c.languagesInferred());
    QVERIFY(c.profileFiles().isEmpty());
    QVERIFY(!c.taxonomies().contains(QStringLiteral("region")));

    // Layered file by file: without its own site.yaml the site takes the profile's, and keeps its system.yaml.
    QVERIFY(QFile::remove(site.configDir() + QStringLiteral("/site.yaml")));
    const SiteConfig partly = SiteConfig::load(layout);
    QCOMPARE(partly.profileFiles(), QStringList {SiteProfile::filePath(layout, QStringLiteral("site"))});
    QVERIFY(partly.taxonomies().contains(QStringLiteral("region")));
    QCOMPARE(partly.languages(), c.languages());
}

void TestSiteProfile::profileWithoutLanguagesIsNotInferred()
{
    // A profile system.yaml that names no languages is the site's word: one language, nothing inferred.
    TempSite site(TempSite::Layout::GitSyncClone);
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    QVERIFY(SiteConfig::load(layout).languagesInferred());
    QTemporaryDir downloads;
    const QString system = writeOutside(downloads, QStringLiteral("system.yaml"), "pages:\n  theme: quark\n");
    QVERIFY(SiteProfile::importFiles(layout, {system}).ok);
    const SiteConfig c = SiteConfig::load(layout);
    QVERIFY(!c.languagesInferred());
    QVERIFY(c.languages().isEmpty());
}

void TestSiteProfile::importRefusesBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("secondName"); // "" = one file
    QTest::addColumn<QString>("expected"); // a part of the message

    QTest::newRow("yaml error") << QStringLiteral("system.yaml") << QByteArray("languages:\n  supported: [ru, kk\n") << QString()
                                << QStringLiteral("is not valid YAML (line");
    QTest::newRow("tab indentation") << QStringLiteral("system.yaml")
                                     << QByteArray("languages:\n\tsupported:\n\t\t- ru\n  default_lang: [\n") << QString()
                                     << QStringLiteral("is not valid YAML");
    QTest::newRow("empty") << QStringLiteral("system.yaml") << QByteArray("# nothing\n") << QString()
                           << QStringLiteral("holds no settings");
    QTest::newRow("unknown kind") << QStringLiteral("settings.yaml") << QByteArray("foo: 1\n") << QString()
                                  << QStringLiteral("Cannot tell whether");
    QTest::newRow("two system files") << QStringLiteral("system.yaml") << kSystemRuKk << QStringLiteral("copy-system.yaml")
                                      << QStringLiteral("are both a system.yaml");
    QTest::newRow("languages not a map") << QStringLiteral("system.yaml") << QByteArray("languages: [ru, kk]\n") << QString()
                                         << QStringLiteral("languages must be a map");
    QTest::newRow("missing") << QStringLiteral("(missing)") << QByteArray() << QString() << QStringLiteral("does not exist");
}

void TestSiteProfile::importRefusesBadInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, secondName);
    QFETCH(QString, expected);
    TempSite site(TempSite::Layout::GitSyncClone);
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    QTemporaryDir downloads;
    // A profile imported before: a refused import replaces none of it.
    QVERIFY(QDir().mkpath(downloads.filePath(QStringLiteral("good"))));
    const QString good = writeOutside(downloads, QStringLiteral("good/system.yaml"), kSystemRuKk);
    QVERIFY(SiteProfile::importFiles(layout, {good}).ok);

    QStringList files;
    if (name == QLatin1String("(missing)"))
        files << downloads.filePath(QStringLiteral("system.yaml"));
    else
        files << writeOutside(downloads, name, bytes);
    if (!secondName.isEmpty())
        files << writeOutside(downloads, secondName, kSystemRuKk);
    // A good site.yaml beside the bad file is not imported either.
    files << writeOutside(downloads, QStringLiteral("site.yaml"), kSiteYaml);

    const SiteProfile::ImportResult r = SiteProfile::importFiles(layout, files);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY2(r.error.contains(QFileInfo(files.first()).fileName()), qPrintable(r.error));
    QVERIFY(r.imported.isEmpty());
    QCOMPARE(readFile(SiteProfile::filePath(layout, QStringLiteral("system"))), kSystemRuKk);
    QVERIFY(!QFileInfo::exists(SiteProfile::filePath(layout, QStringLiteral("site"))));
}

void TestSiteProfile::scopeFromContent()
{
    QCOMPARE(SiteProfile::scopeOf(QStringLiteral("/x/System.yaml"), {}), QStringLiteral("system"));
    QCOMPARE(SiteProfile::scopeOf(QStringLiteral("/x/hemcenter-system (1).yaml"), {QStringLiteral("languages")}),
        QStringLiteral("system"));
    QCOMPARE(SiteProfile::scopeOf(QStringLiteral("/x/copy.yaml"), {QStringLiteral("title"), QStringLiteral("metadata")}),
        QStringLiteral("site"));
    QCOMPARE(SiteProfile::scopeOf(QStringLiteral("/x/both.yaml"), {QStringLiteral("title"), QStringLiteral("pages")}), QString());
}

void TestSiteProfile::inferredFromGeneratedSite()
{
    TempSite site(TempSite::Layout::GitSyncClone);
    const QByteArray page = TempSite::page("title: T\n");
    for (const char *rel : {"02.news/01.a/item.ru.md", "02.news/02.b/item.ru.md", "02.news/03.c/item.ru.md",
             "02.news/01.a/item.kk.md", "02.news/02.b/item.kk.md", "02.news/01.a/item.en.md", "02.news/03.c/item.en.md",
             "02.news/blog.pt-BR.md", "01.home/default.md",
             // not languages: a dotted template name, a hidden folder, an ignored folder, a code too long
             "02.news/04.d/jquery.min.js.md", "02.news/.drafts/item.de.md", "02.news/.git/item.fr.md",
             "02.news/05.e/item.russian.md"})
        QVERIFY(!site.writePage(QString::fromLatin1(rel), page).isEmpty());
    const auto before = fileTree(site.root());
    const SiteLayout layout = locateSite(site.root());
    const SiteConfig c = SiteConfig::load(layout);
    QVERIFY(c.languagesInferred());
    // By frequency, then by code: ru 3, en 2, kk 2, pt-BR 1.
    QCOMPARE(
        c.languages(), (QStringList {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("kk"), QStringLiteral("pt-BR")}));
    QCOMPARE(c.defaultLanguage(), QStringLiteral("ru"));
    QVERIFY(c.profileFiles().isEmpty());
    // Nothing was written for it: not in the site, not in the state folder.
    QCOMPARE(fileTree(site.root()), before);
    QVERIFY(!QFileInfo::exists(SiteProfile::folder(layout)));
    QVERIFY(SiteProfile::inferredLanguagesNote(c.languages()).contains(QStringLiteral("ru, en, kk, pt-BR")));

    // The index reads the language files as languages of one page.
    const PageIndex index = scanSite(layout, c);
    const int a = index.findByRelPath(QStringLiteral("02.news/01.a"));
    QVERIFY(a > 0);
    QStringList langs;
    for (const PageVariant &v : index.nodes[a].variants)
        langs << v.language;
    QCOMPARE(toSet(langs), (QSet<QString> {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")}));
}

void TestSiteProfile::onlyDefaultFilesMeansNoLanguages()
{
    TempSite site(TempSite::Layout::GitSyncClone);
    QVERIFY(!site.writePage(QStringLiteral("01.home/default.md"), TempSite::page("title: Home\n")).isEmpty());
    QVERIFY(!site.writePage(QStringLiteral("02.about/default.md"), TempSite::page("title: About\n")).isEmpty());
    const SiteConfig c = SiteConfig::load(locateSite(site.root()));
    QVERIFY(!c.languagesInferred());
    QVERIFY(c.languages().isEmpty());
    QVERIFY(!c.isMultilang());
}

void TestSiteProfile::inferredOnCorpusPagesOnly()
{
    const QString corpus = TestPaths::corpusDir();
    if (!QFileInfo(corpus + QStringLiteral("/user/pages")).isDir()
        || !QFileInfo(corpus + QStringLiteral("/user/config/system.yaml")).isFile())
        QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(corpus)));
    // What a Git Sync clone of the corpus holds: pages/ and .git, no config/.
    QTemporaryDir clone;
    QVERIFY(copyTree(corpus + QStringLiteral("/user/pages"), clone.filePath(QStringLiteral("pages"))));
    QVERIFY(QDir().mkpath(clone.filePath(QStringLiteral(".git"))));
    const SiteLayout layout = locateSite(clone.path());
    QCOMPARE(layout.kind, SiteLayoutKind::GitSyncClone);
    const SiteConfig c = SiteConfig::load(layout);
    QVERIFY(c.languagesInferred());
    // The languages the site's own system.yaml names, every one of them found from the files.
    const SiteConfig real = SiteConfig::load(locateSite(corpus));
    QCOMPARE(toSet(c.languages()), toSet(real.languages()));
    QCOMPARE(c.defaultLanguage(), c.languages().first());

    const PageIndex index = scanSite(layout, c);
    const PageIndex realIndex = scanSite(locateSite(corpus), real);
    // No language file is left over as a plain page file with a warning, and every page has the languages it has
    // in the real site.
    QCOMPARE(index.warningCount(), realIndex.warningCount());
    int checked = 0;
    for (int n = 1; n < realIndex.size(); ++n) {
        const int m = index.findByRelPath(realIndex.nodes[n].relPath);
        QVERIFY2(m > 0, qPrintable(realIndex.nodes[n].relPath));
        QStringList want, got;
        for (const PageVariant &v : realIndex.nodes[n].variants)
            want << v.language;
        for (const PageVariant &v : index.nodes[m].variants)
            got << v.language;
        QCOMPARE(toSet(got), toSet(want));
        checked += want.size() > 1 ? 1 : 0;
    }
    QVERIFY(checked > 0);

    // The corpus's own system.yaml imported: its exact languages and default, nothing inferred.
    const SiteProfile::ImportResult r = SiteProfile::importFiles(layout, {corpus + QStringLiteral("/user/config/system.yaml")});
    QVERIFY2(r.ok, qPrintable(r.error));
    const SiteConfig imported = SiteConfig::load(layout);
    QVERIFY(!imported.languagesInferred());
    QCOMPARE(imported.languages(), real.languages());
    QCOMPARE(imported.defaultLanguage(), real.defaultLanguage());
}

QTEST_GUILESS_MAIN(TestSiteProfile)
#include "tst_siteprofile.moc"
