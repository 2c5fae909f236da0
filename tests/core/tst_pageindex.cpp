// The page index: what Grav 1.7 discovers in a pages folder, and what it would do differently from what
// the author expects (problems).

#include "site/pageindex.h"
#include "tempsite.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GravDesk;

Q_DECLARE_METATYPE(GravDesk::PublishState)
Q_DECLARE_METATYPE(GravDesk::ProblemKind)

namespace {

PageIndex scan(const QString &root)
{
    const SiteLayout layout = locateSite(root);
    return scanSite(layout, SiteConfig::load(layout));
}

PageIndex scan(const TempSite &site)
{
    return scan(site.root());
}

QVector<SiteProblem> problemsOf(const PageIndex &index, ProblemKind kind)
{
    QVector<SiteProblem> out;
    for (const SiteProblem &p : index.problems)
        if (p.kind == kind)
            out.append(p);
    return out;
}

QString describe(const QVector<SiteProblem> &problems)
{
    QStringList lines;
    for (const SiteProblem &p : problems)
        lines << QStringLiteral("%1 %2 %3:%4 %5")
                     .arg(severityName(p.severity), problemKindName(p.kind), p.path)
                     .arg(p.line)
                     .arg(p.text());
    return lines.join(QLatin1Char('\n'));
}

QDateTime almaty(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Asia/Almaty"));
}

const QByteArray kConfigWithIgnores = QByteArrayLiteral("timezone: Asia/Almaty\n"
                                                        "languages:\n"
                                                        "  supported: [kk, ru, en]\n"
                                                        "  default_lang: kk\n"
                                                        "  pages_fallback_only: true\n"
                                                        "pages:\n"
                                                        "  ignore_files: [.DS_Store, notes.md]\n"
                                                        "  ignore_folders: [.git, drafts]\n");

} // namespace

class TestPageIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleSite();
    void languageVariants_data();
    void languageVariants();
    void orderPrefixAndSlug_data();
    void orderPrefixAndSlug();
    void modularFolders();
    void hiddenAndIgnoredEntries();
    void paramSeparatorFolder();
    void placeholders();
    void dottedStemAndUnsupportedLanguage();
    void multipleStems();
    void invalidHeader_data();
    void invalidHeader();
    void publishState_data();
    void publishState();
    void publishDatesOff();
    void dates_data();
    void dates();
    void dateInUtcSite();
    void missingDateUsesFileTime();
    void routes_data();
    void routes();
    void templates();
    void duplicateSlugs();
    void duplicateSlugInOneLanguage();
    void scanSinkAndCancel();
    void listFolderMatchesQDir();
    void symlinkedFolderAndFile();
    void corpus();
};

void TestPageIndex::sampleSite()
{
    TempSite site;
    QVERIFY(site.isValid());
    site.populateSample();
    const PageIndex index = scan(site);
    QVERIFY2(index.problems.isEmpty(), qPrintable(describe(index.problems)));
    QCOMPARE(index.errorCount(), 0);
    QCOMPARE(index.warningCount(), 0);
    // root, 01.home, 02.news, three items, 03.about, its _team.
    QCOMPARE(index.size(), 8);
    QCOMPARE(index.nodes[0].relPath, QString());
    QCOMPARE(index.nodes[0].parent, -1);
    for (int i = 1; i < index.size(); ++i) {
        const PageNode &n = index.nodes[i];
        QVERIFY(n.parent >= 0 && n.parent < i); // parents come first
        QVERIFY(index.nodes[n.parent].children.contains(i));
        QCOMPARE(index.findByRelPath(n.relPath), i);
    }
    // Children in name order, as Grav sorts by folder name.
    const int news = index.findByRelPath(QStringLiteral("02.news"));
    QCOMPARE(index.nodes[news].children.size(), 3);
    QCOMPARE(index.nodes[index.nodes[news].children[0]].folderName, QStringLiteral("01.2024-05-25-exchange"));
    QCOMPARE(index.nodes[index.nodes[news].children[2]].folderName, QStringLiteral("03.2024-07-15-school"));
    QCOMPARE(index.absolutePath(news), site.pagesDir() + QStringLiteral("/02.news"));
    QCOMPARE(index.filePath(news, QStringLiteral("blog.ru.md")), site.pagesDir() + QStringLiteral("/02.news/blog.ru.md"));
    QCOMPARE(index.findByRelPath(QStringLiteral("02.news/")), news);
    QCOMPARE(index.findByRelPath(QStringLiteral("nope")), -1);

    const PageVariant *ru
        = index.variantExact(index.findByRelPath(QStringLiteral("02.news/01.2024-05-25-exchange")), QStringLiteral("ru"));
    QVERIFY(ru);
    QCOMPARE(ru->title, QStringLiteral("Exchange (ru)"));
    QCOMPARE(ru->fileName, QStringLiteral("item.ru.md"));
    QVERIFY(ru->hasHeader);
    QVERIFY(ru->headerAccepted);
    QVERIFY(ru->size > 0);
    QVERIFY(ru->modified.isValid());
}

void TestPageIndex::languageVariants_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("order"); // the node's variants, in index order
    QTest::addColumn<QString>("lang"); // requested language
    QTest::addColumn<QString>("served"); // language of the file Grav serves, "-" for none
    QTest::addColumn<bool>("fallback");

    const QStringList all {
        QStringLiteral("item.kk.md"), QStringLiteral("item.ru.md"), QStringLiteral("item.en.md"), QStringLiteral("item.md")};
    const QStringList allOrder {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en"), QString()};
    QTest::newRow("all, en") << all << allOrder << QStringLiteral("en") << QStringLiteral("en") << false;
    QTest::newRow("all, kk") << all << allOrder << QStringLiteral("kk") << QStringLiteral("kk") << false;
    const QStringList kkRu {QStringLiteral("item.ru.md"), QStringLiteral("item.kk.md")};
    const QStringList kkRuOrder {QStringLiteral("kk"), QStringLiteral("ru")};
    // pages_fallback_only: en → en, ru, kk, "".
    QTest::newRow("no en: ru serves en") << kkRu << kkRuOrder << QStringLiteral("en") << QStringLiteral("ru") << true;
    const QStringList kkOnly {QStringLiteral("item.kk.md")};
    QTest::newRow("kk only: serves ru") << kkOnly << QStringList {QStringLiteral("kk")} << QStringLiteral("ru")
                                        << QStringLiteral("kk") << true;
    const QStringList ruOnly {QStringLiteral("item.ru.md")};
    QTest::newRow("ru only: absent on kk") << ruOnly << QStringList {QStringLiteral("ru")} << QStringLiteral("kk")
                                           << QStringLiteral("-") << false;
    QTest::newRow("ru only: absent on en? no, en falls back to ru")
        << ruOnly << QStringList {QStringLiteral("ru")} << QStringLiteral("en") << QStringLiteral("ru") << true;
    const QStringList plain {QStringLiteral("item.md")};
    QTest::newRow("plain serves every language") << plain << QStringList {QString()} << QStringLiteral("kk") << QString() << true;
    QTest::newRow("plain, en") << plain << QStringList {QString()} << QStringLiteral("en") << QString() << true;
    const QStringList plainAndRu {QStringLiteral("item.md"), QStringLiteral("item.ru.md")};
    QTest::newRow("language file beats plain")
        << plainAndRu << QStringList {QStringLiteral("ru"), QString()} << QStringLiteral("ru") << QStringLiteral("ru") << false;
    QTest::newRow("plain beats nothing") << plainAndRu << QStringList {QStringLiteral("ru"), QString()} << QStringLiteral("kk")
                                         << QString() << true;
}

void TestPageIndex::languageVariants()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, order);
    QFETCH(QString, lang);
    QFETCH(QString, served);
    QFETCH(bool, fallback);

    TempSite site;
    site.writeDefaultConfig();
    for (const QString &f : std::as_const(files))
        site.writePage(QStringLiteral("01.news/") + f, TempSite::page(QByteArrayLiteral("title: ") + f.toUtf8() + '\n'));
    const PageIndex index = scan(site);
    QVERIFY2(index.problems.isEmpty(), qPrintable(describe(index.problems)));
    const int n = index.findByRelPath(QStringLiteral("01.news"));
    QVERIFY(n > 0);
    QStringList got;
    for (const PageVariant &v : index.nodes[n].variants) {
        got << v.language;
        QCOMPARE(v.stem, QStringLiteral("item"));
    }
    QCOMPARE(got, order);
    QCOMPARE(index.nodes[n].stem, QStringLiteral("item"));

    bool isFallback = !fallback;
    const PageVariant *v = index.variantFor(n, lang, &isFallback);
    if (served == QLatin1String("-")) {
        QVERIFY(!v);
        return;
    }
    QVERIFY(v);
    QCOMPARE(v->language, served);
    QCOMPARE(isFallback, fallback);
    // The title comes from the file that is served.
    QCOMPARE(v->title, v->fileName);
}

void TestPageIndex::orderPrefixAndSlug_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<bool>("modular");

    QTest::newRow("prefixed") << QStringLiteral("02.news") << 2 << QStringLiteral("news") << false;
    QTest::newRow("long prefix") << QStringLiteral("007.bond") << 7 << QStringLiteral("bond") << false;
    QTest::newRow("date, no prefix") << QStringLiteral("2024-05-25-exchange") << -1 << QStringLiteral("2024-05-25-exchange")
                                     << false;
    QTest::newRow("prefix and date") << QStringLiteral("52.2024-05-25-exchange") << 52 << QStringLiteral("2024-05-25-exchange")
                                     << false;
    // Only digits and the first dot are the prefix: a dotted date loses its year.
    QTest::newRow("dotted date") << QStringLiteral("2024.05.25-x") << 2024 << QStringLiteral("05.25-x") << false;
    QTest::newRow("upper case lowered") << QStringLiteral("10.About-Us") << 10 << QStringLiteral("about-us") << false;
    QTest::newRow("no prefix") << QStringLiteral("footer") << -1 << QStringLiteral("footer") << false;
    QTest::newRow("digits without dot") << QStringLiteral("404") << -1 << QStringLiteral("404") << false;
    QTest::newRow("cyrillic") << QStringLiteral("03.Новости") << 3 << QStringLiteral("новости") << false;
    QTest::newRow("module") << QStringLiteral("_hero") << -1 << QStringLiteral("_hero") << true;
    QTest::newRow("prefixed module") << QStringLiteral("03._features") << 3 << QStringLiteral("_features") << true;
}

void TestPageIndex::orderPrefixAndSlug()
{
    QFETCH(QString, folder);
    QFETCH(int, order);
    QFETCH(QString, slug);
    QFETCH(bool, modular);

    TempSite site;
    site.writeDefaultConfig();
    site.writePage(folder + QStringLiteral("/default.kk.md"), TempSite::page(QByteArrayLiteral("title: T\n")));
    const PageIndex index = scan(site);
    const int n = index.findByRelPath(folder);
    QVERIFY(n > 0);
    QCOMPARE(index.nodes[n].folderName, folder);
    QCOMPARE(index.nodes[n].order, order);
    QCOMPARE(index.nodes[n].folderSlug, slug);
    QCOMPARE(index.nodes[n].modular, modular);
    QCOMPARE(index.slug(n, QStringLiteral("kk")), slug);
}

void TestPageIndex::modularFolders()
{
    TempSite site;
    site.writeDefaultConfig();
    site.writePage(QStringLiteral("01.home/modular.kk.md"), TempSite::page(QByteArrayLiteral("title: Home\n")));
    site.writePage(QStringLiteral("01.home/_hero/hero.kk.md"), TempSite::page(QByteArrayLiteral("title: Hero\n")));
    site.writePage(QStringLiteral("01.home/02._news/news.kk.md"), TempSite::page(QByteArrayLiteral("title: News\n")));
    const PageIndex index = scan(site);
    const int hero = index.findByRelPath(QStringLiteral("01.home/_hero"));
    const int news = index.findByRelPath(QStringLiteral("01.home/02._news"));
    QVERIFY(hero > 0 && news > 0);
    QVERIFY(index.nodes[hero].modular);
    QVERIFY(index.nodes[news].modular);
    QVERIFY(!index.nodes[index.findByRelPath(QStringLiteral("01.home"))].modular);
    QCOMPARE(index.templateName(hero, QStringLiteral("kk")), QStringLiteral("modular/hero"));
    QCOMPARE(index.templateName(news, QStringLiteral("kk")), QStringLiteral("modular/news"));
    QCOMPARE(index.templateName(index.findByRelPath(QStringLiteral("01.home")), QStringLiteral("kk")), QStringLiteral("modular"));
}

void TestPageIndex::hiddenAndIgnoredEntries()
{
    TempSite site;
    site.writeConfig(QStringLiteral("system.yaml"), kConfigWithIgnores);
    site.writePage(QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Visible\n")));
    site.writePage(QStringLiteral("01.news/.item.ru.md"), TempSite::page(QByteArrayLiteral("title: Hidden file\n")));
    site.writePage(QStringLiteral("01.news/notes.md"), QByteArrayLiteral("ignored by ignore_files\n"));
    site.writePage(QStringLiteral("01.news/photo.jpg"), QByteArrayLiteral("\xFF\xD8\xFF"));
    site.writePage(QStringLiteral("01.news/.DS_Store"), QByteArrayLiteral("x"));
    site.writePage(QStringLiteral(".hidden/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Hidden folder\n")));
    site.writePage(QStringLiteral("drafts/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Ignored folder\n")));
    site.writePage(QStringLiteral(".git/HEAD"), QByteArrayLiteral("ref: refs/heads/master\n"));
    // A temporary file left by an editor is hidden too.
    site.writePage(QStringLiteral("01.news/.item.kk.md.gravdesk-x.tmp"), QByteArrayLiteral("partial"));

    const PageIndex index = scan(site);
    QVERIFY2(index.problems.isEmpty(), qPrintable(describe(index.problems)));
    QCOMPARE(index.size(), 2);
    const int n = index.findByRelPath(QStringLiteral("01.news"));
    QCOMPARE(index.nodes[n].variants.size(), 1);
    QCOMPARE(index.nodes[n].variants[0].fileName, QStringLiteral("item.kk.md"));
    QCOMPARE(index.findByRelPath(QStringLiteral(".hidden")), -1);
    QCOMPARE(index.findByRelPath(QStringLiteral("drafts")), -1);
    QCOMPARE(index.findByRelPath(QStringLiteral(".git")), -1);
}

void TestPageIndex::paramSeparatorFolder()
{
    TempSite site;
    site.writeDefaultConfig();
    site.writePage(QStringLiteral("02.news/01.ok/item.kk.md"), TempSite::page(QByteArrayLiteral("title: OK\n")));
    site.writePage(QStringLiteral("02.news/02.bad:name/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Never read\n")));
    site.writePage(
        QStringLiteral("02.news/02.bad:name/child/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Nor this\n")));
    const PageIndex index = scan(site);
    QCOMPARE(index.findByRelPath(QStringLiteral("02.news/02.bad:name")), -1);
    QCOMPARE(index.findByRelPath(QStringLiteral("02.news/02.bad:name/child")), -1);
    QCOMPARE(index.size(), 3);
    const QVector<SiteProblem> skipped = problemsOf(index, ProblemKind::SkippedFolder);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped[0].path, QStringLiteral("02.news/02.bad:name"));
    QCOMPARE(skipped[0].severity, Severity::Warning);
    QVERIFY2(skipped[0].text().contains(QStringLiteral("\":\"")), qPrintable(skipped[0].text()));
    // The parent carries the warning, so the tree can show it.
    QVERIFY(index.nodes[index.findByRelPath(QStringLiteral("02.news"))].hasWarning);
}

void TestPageIndex::placeholders()
{
    TempSite site;
    site.writeDefaultConfig();
    site.makePageFolder(QStringLiteral("03.about"));
    site.writePage(QStringLiteral("03.about/_team/team.kk.md"), TempSite::page(QByteArrayLiteral("title: Team\n")));
    site.writePage(QStringLiteral("03.about/photo.jpg"), QByteArrayLiteral("\xFF\xD8"));
    site.makePageFolder(QStringLiteral("04.empty"));
    const PageIndex index = scan(site);
    const int about = index.findByRelPath(QStringLiteral("03.about"));
    const int empty = index.findByRelPath(QStringLiteral("04.empty"));
    QVERIFY(about > 0 && empty > 0);
    QVERIFY(index.nodes[about].isPlaceholder());
    QVERIFY(index.nodes[empty].isPlaceholder());
    QCOMPARE(index.nodes[about].stem, QString());
    QCOMPARE(index.nodes[about].children.size(), 1);
    QCOMPARE(index.variantFor(about, QStringLiteral("kk")), nullptr);
    QCOMPARE(index.templateName(about, QStringLiteral("kk")), QString());
    // A placeholder still has a folder slug, so its children have routes.
    const int team = index.findByRelPath(QStringLiteral("03.about/_team"));
    QVERIFY(!index.nodes[team].isPlaceholder());
    QCOMPARE(index.route(team, QStringLiteral("kk")), QStringLiteral("/about/_team"));
    QVERIFY(index.problems.isEmpty());
}

void TestPageIndex::dottedStemAndUnsupportedLanguage()
{
    TempSite site;
    site.writeDefaultConfig();
    site.writePage(QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Kk\n")));
    site.writePage(QStringLiteral("01.news/item.de.md"), TempSite::page(QByteArrayLiteral("title: De\n")));
    site.writePage(QStringLiteral("01.news/my.page.md"), TempSite::page(QByteArrayLiteral("title: Dotted\n")));
    site.writePage(QStringLiteral("01.news/item.v2.kk.md"), TempSite::page(QByteArrayLiteral("title: Dotted too\n")));
    const PageIndex index = scan(site);
    const int n = index.findByRelPath(QStringLiteral("01.news"));
    QCOMPARE(index.nodes[n].variants.size(), 1);
    QCOMPARE(index.nodes[n].variants[0].language, QStringLiteral("kk"));

    const QVector<SiteProblem> unsupported = problemsOf(index, ProblemKind::UnsupportedLanguage);
    QCOMPARE(unsupported.size(), 1);
    QCOMPARE(unsupported[0].path, QStringLiteral("01.news/item.de.md"));
    QVERIFY(unsupported[0].text().contains(QStringLiteral("\"de\"")));
    QCOMPARE(unsupported[0].severity, Severity::Warning);

    const QVector<SiteProblem> dotted = problemsOf(index, ProblemKind::DottedStem);
    QCOMPARE(dotted.size(), 2);
    QSet<QString> paths;
    for (const SiteProblem &p : dotted)
        paths.insert(p.path);
    QCOMPARE(paths, (QSet<QString> {QStringLiteral("01.news/my.page.md"), QStringLiteral("01.news/item.v2.kk.md")}));
    QVERIFY(index.nodes[n].hasWarning);
    QVERIFY(!index.nodes[n].hasError);
}

void TestPageIndex::multipleStems()
{
    TempSite site;
    site.writeDefaultConfig();
    site.writePage(QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: Item kk\n")));
    site.writePage(QStringLiteral("01.news/item.ru.md"), TempSite::page(QByteArrayLiteral("title: Item ru\n")));
    site.writePage(QStringLiteral("01.news/default.en.md"), TempSite::page(QByteArrayLiteral("title: Default en\n")));
    site.writePage(QStringLiteral("01.news/default.ru.md"), TempSite::page(QByteArrayLiteral("title: Default ru\n")));
    site.writePage(QStringLiteral("02.one/item.kk.md"), TempSite::page(QByteArrayLiteral("title: One\n")));
    const PageIndex index = scan(site);
    const QVector<SiteProblem> stems = problemsOf(index, ProblemKind::MultipleStems);
    QCOMPARE(stems.size(), 1);
    QCOMPARE(stems[0].path, QStringLiteral("01.news"));
    QVERIFY(stems[0].text().contains(QStringLiteral("item")) && stems[0].text().contains(QStringLiteral("default")));
    const int n = index.findByRelPath(QStringLiteral("01.news"));
    QCOMPARE(index.nodes[n].variants.size(), 4);
    // For ru, two files qualify; the folder's main stem is preferred.
    const PageVariant *ru = index.variantFor(n, QStringLiteral("ru"));
    QVERIFY(ru);
    QCOMPARE(ru->stem, index.nodes[n].stem);
}

void TestPageIndex::invalidHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ProblemKind>("kind");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("line"); // line in the file

    QTest::newRow("impossible date") << QByteArrayLiteral("---\ntitle: ok\ndate: 2024-13-45\n---\nbody\n")
                                     << ProblemKind::InvalidHeader << Severity::Error << 3;
    QTest::newRow("tab indentation") << QByteArrayLiteral("---\ntitle: A\nmeta:\n\t\tkey: 1\n---\nbody\n")
                                     << ProblemKind::InvalidHeader << Severity::Error << 4;
    QTest::newRow("after blank lines") << QByteArrayLiteral("\n\n---\ntitle: A\nmeta:\n\t\tkey: 1\n---\nbody\n")
                                       << ProblemKind::InvalidHeader << Severity::Error << 6;
    QTest::newRow("crlf") << QByteArrayLiteral("---\r\ntitle: A\r\nmeta:\r\n\t\tkey: 1\r\n---\r\nbody\r\n")
                          << ProblemKind::InvalidHeader << Severity::Error << 4;
    QTest::newRow("duplicate key (legacy parser only)") << QByteArrayLiteral("---\ntitle: A\nmenu: M\ntitle: B\n---\nbody\n")
                                                        << ProblemKind::LegacyHeader << Severity::Warning << 4;
    QTest::newRow("colon in value (legacy parser only)") << QByteArrayLiteral("---\nmenu: M\ntitle: Forum: day one\n---\nbody\n")
                                                         << ProblemKind::LegacyHeader << Severity::Warning << 3;
    QTest::newRow("invalid utf-8") << QByteArrayLiteral("---\ntitle: caf\xE9\n---\nbody\n") << ProblemKind::InvalidUtf8
                                   << Severity::Error << 0;
}

void TestPageIndex::invalidHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ProblemKind, kind);
    QFETCH(Severity, severity);
    QFETCH(int, line);

    TempSite site;
    site.writeDefaultConfig();
    site.writePage(QStringLiteral("01.news/item.kk.md"), bytes);
    site.writePage(QStringLiteral("01.news/item.ru.md"), TempSite::page(QByteArrayLiteral("title: Fine\n")));
    const PageIndex index = scan(site);
    QCOMPARE(index.problems.size(), 1);
    const SiteProblem &p = index.problems.first();
    QCOMPARE(p.kind, kind);
    QCOMPARE(p.severity, severity);
    QCOMPARE(p.path, QStringLiteral("01.news/item.kk.md"));
    QCOMPARE(p.line, line);
    QVERIFY(!p.text().isEmpty());
    const int n = index.findByRelPath(QStringLiteral("01.news"));
    QCOMPARE(index.nodes[n].hasError, severity == Severity::Error);
    QCOMPARE(index.nodes[n].hasWarning, severity == Severity::Warning);
    const PageVariant *kk = index.variantExact(n, QStringLiteral("kk"));
    QCOMPARE(kk->headerAccepted, kind == ProblemKind::LegacyHeader);
    QCOMPARE(kk->legacyHeader, kind == ProblemKind::LegacyHeader);
    QVERIFY(!kk->headerError.isEmpty());
    if (kind == ProblemKind::LegacyHeader) // Grav shows the page with the legacy parser's values
        QCOMPARE(kk->title.isEmpty(), false);
    QVERIFY(index.variantExact(n, QStringLiteral("ru"))->headerAccepted);
}

void TestPageIndex::publishState_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<PublishState>("state");

    QTest::newRow("published") << QByteArrayLiteral("published: true\n") << PublishState::Published;
    QTest::newRow("no flag") << QByteArray() << PublishState::Published;
    QTest::newRow("draft") << QByteArrayLiteral("published: false\n") << PublishState::Draft;
    QTest::newRow("zero") << QByteArrayLiteral("published: 0\n") << PublishState::Draft;
    // PHP's (bool) "false" is true: a quoted false publishes the page.
    QTest::newRow("quoted false") << QByteArrayLiteral("published: 'false'\n") << PublishState::Published;
    QTest::newRow("scheduled") << QByteArrayLiteral("publish_date: '01-01-2999 10:00'\n") << PublishState::Scheduled;
    QTest::newRow("expired") << QByteArrayLiteral("unpublish_date: '01-01-2000 10:00'\n") << PublishState::Expired;
    QTest::newRow("publish date passed") << QByteArrayLiteral("publish_date: '01-01-2000 10:00'\n") << PublishState::Published;
    QTest::newRow("unpublish date ahead") << QByteArrayLiteral("unpublish_date: '01-01-2999 10:00'\n") << PublishState::Published;
    // An explicit published wins over publish dates.
    QTest::newRow("published beats future date")
        << QByteArrayLiteral("published: true\npublish_date: '01-01-2999 10:00'\n") << PublishState::Published;
    QTest::newRow("draft beats past date") << QByteArrayLiteral("published: false\npublish_date: '01-01-2000 10:00'\n")
                                           << PublishState::Draft;
    QTest::newRow("dateformat applies") << QByteArrayLiteral("dateformat: 'Y/m/d H:i'\npublish_date: '2999/01/01 10:00'\n")
                                        << PublishState::Scheduled;
}

void TestPageIndex::publishState()
{
    QFETCH(QByteArray, header);
    QFETCH(PublishState, state);

    TempSite site;
    site.writeDefaultConfig();
    site.writePage(QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: T\n") + header));
    const PageIndex index = scan(site);
    QVERIFY2(index.problems.isEmpty(), qPrintable(describe(index.problems)));
    const PageVariant *v = index.variantExact(1, QStringLiteral("kk"));
    QVERIFY(v);
    QCOMPARE(v->publishState, state);
    QCOMPARE(v->isPublished(), state == PublishState::Published);
}

void TestPageIndex::publishDatesOff()
{
    TempSite site;
    site.writeConfig(QStringLiteral("system.yaml"),
        QByteArrayLiteral("timezone: UTC\n"
                          "languages:\n  supported: [kk]\n"
                          "pages:\n  publish_dates: false\n"));
    site.writePage(
        QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: T\npublish_date: '01-01-2999 10:00'\n")));
    const PageIndex index = scan(site);
    QCOMPARE(index.variantExact(1, QStringLiteral("kk"))->publishState, PublishState::Published);
}

void TestPageIndex::dates_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("dateText");

    QTest::newRow("quoted dd-mm-YYYY HH:MM")
        << QByteArrayLiteral("date: '25-05-2024 10:00'\n") << almaty(2024, 5, 25, 10, 0) << QStringLiteral("25-05-2024 10:00");
    QTest::newRow("with the page's dateformat") << QByteArrayLiteral("date: '25-05-2024 10:00'\ndateformat: 'd-m-Y H:i'\n")
                                                << almaty(2024, 5, 25, 10, 0) << QStringLiteral("25-05-2024 10:00");
    QTest::newRow("other dateformat") << QByteArrayLiteral("dateformat: 'Y.m.d H:i'\ndate: '2024.05.25 18:30'\n")
                                      << almaty(2024, 5, 25, 18, 30) << QStringLiteral("2024.05.25 18:30");
    QTest::newRow("date only: midnight") << QByteArrayLiteral("date: '25-05-2024'\n") << almaty(2024, 5, 25, 0, 0)
                                         << QStringLiteral("25-05-2024");
    QTest::newRow("US slashes are m/d/Y") << QByteArrayLiteral("date: '05/06/2024 09:15'\n") << almaty(2024, 5, 6, 9, 15)
                                          << QStringLiteral("05/06/2024 09:15");
    QTest::newRow("winter date") << QByteArrayLiteral("date: '10-01-2019 08:00'\n") << almaty(2019, 1, 10, 8, 0)
                                 << QStringLiteral("10-01-2019 08:00");
    // Unquoted, Symfony makes it a Unix time (UTC midnight), not the site's midnight.
    QTest::newRow("unquoted YAML date") << QByteArrayLiteral("date: 2024-05-25\n")
                                        << QDateTime(QDate(2024, 5, 25), QTime(0, 0), QTimeZone::utc())
                                        << QStringLiteral("1716595200");
}

void TestPageIndex::dates()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, expected);
    QFETCH(QString, dateText);

    TempSite site;
    site.writeDefaultConfig(QStringLiteral("Asia/Almaty"));
    site.writePage(QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: T\n") + header));
    const PageIndex index = scan(site);
    QVERIFY2(index.problems.isEmpty(), qPrintable(describe(index.problems)));
    const PageVariant *v = index.variantExact(1, QStringLiteral("kk"));
    QVERIFY(!v->dateFromFile);
    QCOMPARE(v->dateText, dateText);
    QVERIFY(v->date.isValid());
    QCOMPARE(v->date.toSecsSinceEpoch(), expected.toSecsSinceEpoch());
    QCOMPARE(v->date, expected);
}

// The same text in a site configured for UTC is another instant: the zone comes from the site.
void TestPageIndex::dateInUtcSite()
{
    TempSite site;
    site.writeDefaultConfig(QStringLiteral("UTC"));
    site.writePage(
        QStringLiteral("01.news/item.kk.md"), TempSite::newsItem(QStringLiteral("T"), QStringLiteral("25-05-2024 10:00")));
    const PageIndex index = scan(site);
    QCOMPARE(index.variantExact(1, QStringLiteral("kk"))->date.toSecsSinceEpoch(), qint64(1716631200));
}

void TestPageIndex::missingDateUsesFileTime()
{
    TempSite site;
    site.writeDefaultConfig();
    const QString noDate = site.writePage(QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: T\n")));
    const QString badDate = site.writePage(
        QStringLiteral("01.news/item.ru.md"), TempSite::page(QByteArrayLiteral("title: T\ndate: 'someday soon'\n")));
    const QDateTime when(QDate(2023, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    QVERIFY(site.setModified(noDate, when));
    QVERIFY(site.setModified(badDate, when));
    const PageIndex index = scan(site);

    const PageVariant *kk = index.variantExact(1, QStringLiteral("kk"));
    QVERIFY(kk->dateFromFile);
    QCOMPARE(kk->dateText, QString());
    QCOMPARE(kk->date, when);
    QCOMPARE(kk->modified, when);

    const PageVariant *ru = index.variantExact(1, QStringLiteral("ru"));
    QVERIFY(ru->dateFromFile);
    QCOMPARE(ru->date, when);
    const QVector<SiteProblem> bad = problemsOf(index, ProblemKind::BadDate);
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad[0].path, QStringLiteral("01.news/item.ru.md"));
    QVERIFY(bad[0].text().contains(QStringLiteral("someday soon")));
    QCOMPARE(index.problems.size(), 1); // a missing date is normal, not a problem
}

void TestPageIndex::routes_data()
{
    QTest::addColumn<QString>("relPath");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("route");

    const QString kk = QStringLiteral("kk"), ru = QStringLiteral("ru"), en = QStringLiteral("en");
    QTest::newRow("root") << QString() << kk << QStringLiteral("/");
    QTest::newRow("home") << QStringLiteral("01.home") << kk << QStringLiteral("/home");
    QTest::newRow("section") << QStringLiteral("02.news") << ru << QStringLiteral("/news");
    QTest::newRow("item kk") << QStringLiteral("02.news/01.2024-05-25-exchange") << kk
                             << QStringLiteral("/news/2024-05-25-exchange");
    // The ru file sets its own slug (lower-cased: force_lowercase_urls).
    QTest::newRow("item ru slug") << QStringLiteral("02.news/01.2024-05-25-exchange") << ru
                                  << QStringLiteral("/news/obmen-opytom");
    QTest::newRow("item en") << QStringLiteral("02.news/01.2024-05-25-exchange") << en
                             << QStringLiteral("/news/2024-05-25-exchange");
    // No en file: en is served the ru file, with its slug.
    QTest::newRow("fallback slug") << QStringLiteral("02.news/03.2024-07-15-school") << en << QStringLiteral("/news/shkola");
    QTest::newRow("no fallback for kk") << QStringLiteral("02.news/03.2024-07-15-school") << kk
                                        << QStringLiteral("/news/2024-07-15-school");
    // A section's slug changes its children's routes.
    QTest::newRow("parent slug") << QStringLiteral("04.events/01.meeting") << ru << QStringLiteral("/sobytiya/meeting");
    QTest::newRow("placeholder parent") << QStringLiteral("03.about/_team") << kk << QStringLiteral("/about/_team");
}

void TestPageIndex::routes()
{
    QFETCH(QString, relPath);
    QFETCH(QString, lang);
    QFETCH(QString, route);

    TempSite site;
    site.populateSample();
    site.writePage(QStringLiteral("02.news/01.2024-05-25-exchange/item.ru.md"),
        TempSite::page(QByteArrayLiteral("title: Обмен\nslug: Obmen-Opytom\n")));
    site.writePage(QStringLiteral("02.news/03.2024-07-15-school/item.ru.md"),
        TempSite::page(QByteArrayLiteral("title: Школа\nslug: shkola\n")));
    site.writePage(
        QStringLiteral("04.events/default.ru.md"), TempSite::page(QByteArrayLiteral("title: События\nslug: sobytiya\n")));
    site.writePage(QStringLiteral("04.events/01.meeting/item.ru.md"), TempSite::page(QByteArrayLiteral("title: Встреча\n")));
    const PageIndex index = scan(site);
    QVERIFY2(index.problems.isEmpty(), qPrintable(describe(index.problems)));
    const int n = index.findByRelPath(relPath);
    QVERIFY(n >= 0);
    QCOMPARE(index.route(n, lang), route);
}

void TestPageIndex::templates()
{
    TempSite site;
    site.populateSample();
    site.writePage(QStringLiteral("05.special/item.kk.md"), TempSite::page(QByteArrayLiteral("title: S\ntemplate: landing\n")));
    const PageIndex index = scan(site);
    QCOMPARE(index.templateName(index.findByRelPath(QStringLiteral("02.news")), QStringLiteral("ru")), QStringLiteral("blog"));
    QCOMPARE(index.templateName(index.findByRelPath(QStringLiteral("02.news/02.2024-06-01-forum")), QStringLiteral("en")),
        QStringLiteral("item"));
    QCOMPARE(index.templateName(index.findByRelPath(QStringLiteral("01.home")), QStringLiteral("kk")), QStringLiteral("default"));
    QCOMPARE(index.templateName(index.findByRelPath(QStringLiteral("03.about/_team")), QStringLiteral("kk")),
        QStringLiteral("modular/team"));
    QCOMPARE(
        index.templateName(index.findByRelPath(QStringLiteral("05.special")), QStringLiteral("kk")), QStringLiteral("landing"));
}

void TestPageIndex::duplicateSlugs()
{
    TempSite site;
    site.writeDefaultConfig();
    for (const char *l : {"kk", "ru", "en"}) {
        const QString lang = QString::fromLatin1(l);
        site.writePage(QStringLiteral("02.news/13.2019-07-22-forum/item.%1.md").arg(lang),
            TempSite::newsItem(QStringLiteral("Forum"), QStringLiteral("22-07-2019 10:00")));
        site.writePage(QStringLiteral("02.news/14.2019-07-22-forum/item.%1.md").arg(lang),
            TempSite::newsItem(QStringLiteral("Forum"), QStringLiteral("22-07-2019 10:00")));
        site.writePage(QStringLiteral("02.news/15.other/item.%1.md").arg(lang),
            TempSite::newsItem(QStringLiteral("Other"), QStringLiteral("22-07-2019 10:00")));
        // Same slug under another parent is a different route.
        site.writePage(QStringLiteral("03.archive/2019-07-22-forum/item.%1.md").arg(lang),
            TempSite::newsItem(QStringLiteral("Forum"), QStringLiteral("22-07-2019 10:00")));
    }
    const PageIndex index = scan(site);
    const QVector<SiteProblem> dups = problemsOf(index, ProblemKind::DuplicateSlug);
    QCOMPARE(dups.size(), 2);
    QCOMPARE(index.problems.size(), 2);
    QCOMPARE(index.errorCount(), 2);
    QCOMPARE(dups[0].severity, Severity::Error);
    QCOMPARE(dups[0].path, QStringLiteral("02.news/13.2019-07-22-forum"));
    QCOMPARE(dups[0].related, QStringList {QStringLiteral("02.news/14.2019-07-22-forum")});
    QCOMPARE(dups[1].path, QStringLiteral("02.news/14.2019-07-22-forum"));
    QCOMPARE(dups[1].related, QStringList {QStringLiteral("02.news/13.2019-07-22-forum")});
    QVERIFY(dups[0].text().contains(QStringLiteral("2019-07-22-forum")));
    QVERIFY(!dups[0].text().contains(QStringLiteral("languages:"))); // every language collides
    QVERIFY(index.nodes[index.findByRelPath(QStringLiteral("02.news/13.2019-07-22-forum"))].hasError);
    QVERIFY(!index.nodes[index.findByRelPath(QStringLiteral("02.news/15.other"))].hasError);
}

// A header slug can make two folders collide in one language only.
void TestPageIndex::duplicateSlugInOneLanguage()
{
    TempSite site;
    site.writeDefaultConfig();
    for (const char *l : {"kk", "ru", "en"}) {
        const QString lang = QString::fromLatin1(l);
        site.writePage(QStringLiteral("02.news/01.forum/item.%1.md").arg(lang), TempSite::page(QByteArrayLiteral("title: A\n")));
        const QByteArray slug = lang == QLatin1String("ru") ? QByteArrayLiteral("slug: Forum\n") : QByteArray();
        site.writePage(
            QStringLiteral("02.news/02.meeting/item.%1.md").arg(lang), TempSite::page(QByteArrayLiteral("title: B\n") + slug));
    }
    const PageIndex index = scan(site);
    const QVector<SiteProblem> dups = problemsOf(index, ProblemKind::DuplicateSlug);
    QCOMPARE(dups.size(), 2);
    for (const SiteProblem &p : dups)
        QVERIFY2(p.text().contains(QStringLiteral("languages: ru")), qPrintable(p.text()));
}

void TestPageIndex::scanSinkAndCancel()
{
    TempSite site;
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    const SiteConfig config = SiteConfig::load(layout);

    QVector<int> seen;
    int lastDone = -1, lastTotal = -1;
    ScanSink sink;
    sink.nodes = [&](int first, const QVector<PageNode> &batch) {
        QCOMPARE(first, int(seen.size())); // batches arrive in order, without gaps
        for (int i = 0; i < batch.size(); ++i) {
            QVERIFY(batch[i].parent < first + i); // a node's parent was delivered before it
            seen.append(first + i);
        }
    };
    sink.progress = [&](int done, int total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
    };
    const PageIndex index = scanSite(layout, config, sink);
    QCOMPARE(int(seen.size()), index.size());
    QCOMPARE(lastDone, lastTotal);
    int files = 0;
    for (const PageNode &n : index.nodes)
        files += int(n.variants.size());
    QCOMPARE(lastTotal, files);

    std::atomic_bool cancel {true};
    const PageIndex partial = scanSite(layout, config, {}, &cancel);
    QVERIFY(partial.size() <= index.size());
}

void TestPageIndex::listFolderMatchesQDir()
{
    QTemporaryDir dir;
    const auto touch = [&dir](const QString &name) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly);
    };
    QVERIFY(touch(QStringLiteral("b.md")) && touch(QStringLiteral("B.md")) && touch(QStringLiteral(".hidden")));
    QVERIFY(touch(QStringLiteral("Ärger.md")) && touch(QStringLiteral("z")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("01.news")) && QDir(dir.path()).mkdir(QStringLiteral(".git")));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("01.news")), dir.filePath(QStringLiteral("folder-link"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("b.md")), dir.filePath(QStringLiteral("file-link.md"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("missing")), dir.filePath(QStringLiteral("broken-link"))));

    const QFileInfoList expected
        = QDir(dir.path()).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    const QVector<FolderEntry> entries = listFolder(dir.path());
    QCOMPARE(entries.size(), expected.size());
    for (int i = 0; i < entries.size(); ++i) {
        const QFileInfo &e = expected.at(i);
        QCOMPARE(entries[i].name, e.fileName());
        QCOMPARE(entries[i].isDir, e.isDir());
        QCOMPARE(entries[i].isFile, e.isFile());
        QCOMPARE(entries[i].isSymLink, e.isSymLink());
        QCOMPARE(entries[i].isHidden, e.isHidden());
    }
    QVERIFY(listFolder(dir.filePath(QStringLiteral("no-such-folder"))).isEmpty());
}

// A link to a page folder is a page folder for Grav (PHP's is_dir follows links), a link to a page file a page file.
void TestPageIndex::symlinkedFolderAndFile()
{
    TempSite site;
    site.writeDefaultConfig();
    const QString page = site.writePage(QStringLiteral("01.news/item.kk.md"), TempSite::page(QByteArrayLiteral("title: T\n")));
    const QString pagesDir = site.pagesDir();
    QVERIFY(QFile::link(pagesDir + QStringLiteral("/01.news"), pagesDir + QStringLiteral("/02.linked")));
    QVERIFY(QFile::link(page, pagesDir + QStringLiteral("/01.news/item.ru.md")));
    const PageIndex index = scan(site);
    const int linked = index.findByRelPath(QStringLiteral("02.linked"));
    QVERIFY(linked > 0);
    QCOMPARE(index.nodes[linked].order, 2);
    QCOMPARE(index.nodes[linked].variants.size(), 2);
    QCOMPARE(index.variantExact(linked, QStringLiteral("ru"))->title, QStringLiteral("T"));
}

void TestPageIndex::corpus()
{
    const QString root = TestPaths::corpusDir();
    if (!QFileInfo(root + QStringLiteral("/user/pages")).isDir())
        QSKIP(qPrintable(QStringLiteral("the corpus is absent: %1").arg(root)));
    const PageIndex index = scan(root);

    // 02.news, its blog files and 60 item folders, each with kk, ru and en.
    QCOMPARE(index.size(), 62);
    const int news = index.findByRelPath(QStringLiteral("02.news"));
    QVERIFY(news > 0);
    QCOMPARE(index.nodes[news].stem, QStringLiteral("blog"));
    QCOMPARE(index.nodes[news].children.size(), 60);
    int files = 0;
    for (int c : index.nodes[news].children) {
        const PageNode &n = index.nodes[c];
        QCOMPARE(n.stem, QStringLiteral("item"));
        QCOMPARE(n.variants.size(), 3);
        for (const PageVariant &v : n.variants) {
            QVERIFY2(
                v.headerAccepted, qPrintable(n.relPath + QLatin1Char('/') + v.fileName + QStringLiteral(": ") + v.headerError));
            QVERIFY2(!v.dateFromFile, qPrintable(n.relPath + QLatin1Char('/') + v.fileName + QStringLiteral(": ") + v.dateText));
            QVERIFY(!v.title.isEmpty());
        }
        files += 3;
    }
    QCOMPARE(files, 180);

    // The site has 16 pairs of folders that differ only in their order prefix.
    const QVector<SiteProblem> dups = problemsOf(index, ProblemKind::DuplicateSlug);
    QCOMPARE(dups.size(), 32);
    QSet<QString> pairs;
    for (const SiteProblem &p : dups) {
        QVERIFY(p.path.startsWith(QStringLiteral("02.news/")));
        QCOMPARE(p.severity, Severity::Error);
        QCOMPARE(p.related.size(), 1);
        QStringList pair {p.path, p.related.first()};
        pair.sort();
        pairs.insert(pair.join(QLatin1Char('|')));
        // Both folders end in the same slug.
        QCOMPARE(p.path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 1),
            p.related.first().section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 1));
    }
    QCOMPARE(pairs.size(), 16);
    QCOMPARE(problemsOf(index, ProblemKind::InvalidHeader).size(), 0);

    // A known page: the date is the Almaty time written in the file.
    const int patientSchool = index.findByRelPath(QStringLiteral("02.news/01.2023-02-28-patient-school"));
    QVERIFY(patientSchool > 0);
    const PageVariant *ru = index.variantExact(patientSchool, QStringLiteral("ru"));
    QVERIFY(ru);
    QCOMPARE(ru->dateText, QStringLiteral("28-02-2023 10:00"));
    QCOMPARE(ru->date, almaty(2023, 2, 28, 10, 0));
    QCOMPARE(index.route(patientSchool, QStringLiteral("ru")), QStringLiteral("/news/2023-02-28-patient-school"));
}

QTEST_GUILESS_MAIN(TestPageIndex)
#include "tst_pageindex.moc"
