// New posts: the section's folder convention and header style, slugs, collisions, and files that read back as intended.
#include "page/envelope.h"
#include "page/frontmatter.h"
#include "site/newpost.h"
#include "site/pageindex.h"
#include "tempsite.h"
#include "testpaths.h"
#include "text/slug.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

using namespace GravDesk;

namespace {

PageIndex scan(const QString &root)
{
    const SiteLayout layout = locateSite(root);
    return scanSite(layout, SiteConfig::load(layout));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QDateTime almaty(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("Asia/Almaty")));
}

// A section whose items have no order prefix, in the corpus's other style.
void writeUnnumbered(TempSite &site)
{
    site.writeDefaultConfig();
    for (const char *l : {"kk", "ru", "en"}) {
        const QString lang = QString::fromLatin1(l);
        site.writePage(QStringLiteral("02.news/blog.%1.md").arg(lang), TempSite::page(QByteArrayLiteral("title: News\n"), {}));
        site.writePage(QStringLiteral("02.news/2024-05-25-exchange/item.%1.md").arg(lang),
            TempSite::newsItem(QStringLiteral("Exchange"), QStringLiteral("25-05-2024 10:00")));
        site.writePage(QStringLiteral("02.news/2024-06-01-forum/item.%1.md").arg(lang),
            TempSite::newsItem(QStringLiteral("Forum"), QStringLiteral("01-06-2024 09:30")));
    }
}

} // namespace

class TestNewPost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberedSection()
    {
        TempSite site;
        site.populateSample();
        const PageIndex index = scan(site.root());
        const int news = index.findByRelPath(QStringLiteral("02.news"));
        QVERIFY(news > 0);
        QCOMPARE(defaultPostSection(index), news);
        const SectionConvention conv = learnSectionConvention(index, news);
        QVERIFY(conv.numbered);
        QVERIFY(conv.dated);
        QCOMPARE(conv.nextOrder, 4); // 01., 02., 03. are taken
        QCOMPARE(conv.orderWidth, 2);
        QCOMPARE(conv.stem, QStringLiteral("item"));
        // The siblings' order (TempSite::newsItem), not the alphabet and not the blueprint's.
        QCOMPARE(conv.keyOrder,
            QStringList({QStringLiteral("title"), QStringLiteral("hide_page_title"), QStringLiteral("show_sidebar"),
                QStringLiteral("hide_git_sync_repo_link"), QStringLiteral("date"), QStringLiteral("published")}));
        QCOMPARE(conv.defaults.value(QStringLiteral("show_sidebar")), QVariant(true));

        NewPostRequest req;
        req.section = news;
        req.title = QStringLiteral("Қан донорлары күні");
        req.language = QStringLiteral("kk");
        req.date = almaty(2024, 6, 14, 9, 5);
        const NewPostPlan plan = planNewPost(index, req, conv);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.slug, QStringLiteral("qan-donorlary-kuni"));
        QCOMPARE(plan.folderName, QStringLiteral("04.2024-06-14-qan-donorlary-kuni"));
        QCOMPARE(plan.relPath, QStringLiteral("02.news/04.2024-06-14-qan-donorlary-kuni"));
        QCOMPARE(plan.url, QStringLiteral("/kk/news/2024-06-14-qan-donorlary-kuni"));
        QCOMPARE(plan.files.size(), 3);
    }

    void unnumberedSection()
    {
        TempSite site;
        writeUnnumbered(site);
        const PageIndex index = scan(site.root());
        const int news = index.findByRelPath(QStringLiteral("02.news"));
        const SectionConvention conv = learnSectionConvention(index, news);
        QVERIFY(!conv.numbered);
        QVERIFY(conv.dated);
        NewPostRequest req;
        req.section = news;
        req.title = QStringLiteral("Школа пациентов");
        req.language = QStringLiteral("ru");
        req.date = almaty(2024, 7, 1, 12, 0);
        const NewPostPlan plan = planNewPost(index, req, conv);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.folderName, QStringLiteral("2024-07-01-shkola-patsientov"));
        QCOMPARE(plan.url, QStringLiteral("/ru/news/2024-07-01-shkola-patsientov"));
    }

    void singleLanguageSite()
    {
        TempSite site;
        site.writeConfig(QStringLiteral("system.yaml"), QByteArrayLiteral("timezone: UTC\n"));
        site.writePage(QStringLiteral("01.blog/blog.md"), TempSite::page(QByteArrayLiteral("title: Blog\n"), {}));
        site.writePage(QStringLiteral("01.blog/first-post/item.md"),
            TempSite::page(QByteArrayLiteral("title: First\ndate: '01-01-2024 10:00'\n")));
        const PageIndex index = scan(site.root());
        NewPostRequest req;
        req.section = defaultPostSection(index);
        QCOMPARE(req.section, index.findByRelPath(QStringLiteral("01.blog")));
        req.title = QStringLiteral("Second post");
        req.date = QDateTime(QDate(2024, 2, 1), QTime(9, 0), QTimeZone::utc());
        const NewPostPlan plan = planNewPost(index, req);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        // The only child has no date in its folder name: neither has the new one.
        QCOMPARE(plan.folderName, QStringLiteral("second-post"));
        QCOMPARE(plan.url, QStringLiteral("/blog/second-post"));
        QCOMPARE(plan.files.size(), 1);
        QCOMPARE(plan.files[0].fileName, QStringLiteral("item.md"));
        QVERIFY(plan.files[0].bytes.contains("\ntitle: 'Second post'\n"));
    }

    void collisionsRefused_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("taken");
        // 01.2024-05-25-exchange routes as 2024-05-25-exchange: the prefix does not count.
        QTest::newRow("same slug, other prefix")
            << QStringLiteral("exchange") << QStringLiteral("2024-05-25") << QStringLiteral("01.2024-05-25-exchange");
        QTest::newRow("upper case folds") << QStringLiteral("Exchange") << QStringLiteral("2024-05-25")
                                          << QStringLiteral("01.2024-05-25-exchange");
        QTest::newRow("header slug") << QStringLiteral("renamed") << QStringLiteral("2024-06-01")
                                     << QStringLiteral("02.2024-06-01-forum");
    }

    void collisionsRefused()
    {
        QFETCH(QString, slug);
        QFETCH(QString, date);
        QFETCH(QString, taken);
        TempSite site;
        site.populateSample();
        // A page whose header slug is what the new post would route by.
        site.writePage(QStringLiteral("02.news/02.2024-06-01-forum/item.ru.md"),
            TempSite::page(QByteArrayLiteral("title: Forum\nslug: 2024-06-01-renamed\n")));
        const PageIndex index = scan(site.root());
        NewPostRequest req;
        req.section = index.findByRelPath(QStringLiteral("02.news"));
        req.title = QStringLiteral("Anything");
        req.slug = slug;
        req.date = QDateTime(QDate::fromString(date, Qt::ISODate), QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Almaty")));
        const NewPostPlan plan = planNewPost(index, req);
        QVERIFY(!plan.ok);
        QVERIFY2(plan.error.contains(taken), qPrintable(plan.error));
        QString error;
        QVERIFY(!writeNewPost(plan, error));
        QCOMPARE(QDir(site.pagesDir() + QStringLiteral("/02.news")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 3);
    }

    void badRequests()
    {
        TempSite site;
        site.populateSample();
        const PageIndex index = scan(site.root());
        NewPostRequest req;
        req.section = index.findByRelPath(QStringLiteral("02.news"));
        req.title = QStringLiteral("   ");
        QVERIFY(planNewPost(index, req).error.contains(QStringLiteral("title is empty")));
        req.title = QStringLiteral("Title");
        req.language = QStringLiteral("de");
        QVERIFY(planNewPost(index, req).error.contains(QStringLiteral("no language")));
        req.language.clear();
        req.section = -1;
        QVERIFY(!planNewPost(index, req).ok);
    }

    void neverOverwrites()
    {
        TempSite site;
        site.populateSample();
        const PageIndex index = scan(site.root());
        NewPostRequest req;
        req.section = index.findByRelPath(QStringLiteral("02.news"));
        req.title = QStringLiteral("Жаңалық");
        req.date = almaty(2024, 8, 1, 10, 0);
        const NewPostPlan plan = planNewPost(index, req);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        // The folder appears after planning (another editor, Git Sync): nothing in it is touched.
        QVERIFY(QDir().mkpath(plan.folderPath));
        const QString theirs = site.writePage(plan.relPath + QStringLiteral("/item.kk.md"), QByteArrayLiteral("theirs"));
        QString error;
        QVERIFY(!writeNewPost(plan, error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QCOMPARE(readFile(theirs), QByteArrayLiteral("theirs"));
        QVERIFY(!QFileInfo::exists(plan.folderPath + QStringLiteral("/item.ru.md")));
    }

    void headerReadsBack()
    {
        TempSite site;
        site.populateSample();
        const PageIndex index = scan(site.root());
        NewPostRequest req;
        req.section = index.findByRelPath(QStringLiteral("02.news"));
        req.title = QStringLiteral("Гематология орталығының «Пациенттер мектебі»: it's open");
        req.language = QStringLiteral("kk");
        req.languages = {QStringLiteral("kk"), QStringLiteral("ru")};
        req.published = true;
        req.date = almaty(2024, 9, 2, 8, 30);
        const NewPostPlan plan = planNewPost(index, req);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QString error;
        QVERIFY2(writeNewPost(plan, error), qPrintable(error));
        QCOMPARE(QDir(plan.folderPath).entryList(QDir::Files),
            QStringList({QStringLiteral("item.kk.md"), QStringLiteral("item.ru.md")}));

        const QByteArray kk = readFile(plan.folderPath + QStringLiteral("/item.kk.md"));
        const Envelope env = splitEnvelope(kk);
        QVERIFY(env.hasHeader);
        const HeaderParse h = parseHeader(env.headerText);
        QVERIFY2(h.accepted && !h.legacyOnly, qPrintable(h.error));
        QCOMPARE(h.values.value(QStringLiteral("title")).toString(), req.title);
        QCOMPARE(h.values.value(QStringLiteral("published")), QVariant(true));
        QCOMPARE(h.values.value(QStringLiteral("date")).toString(), QStringLiteral("02-09-2024 08:30"));
        QCOMPARE(h.values.value(QStringLiteral("hide_page_title")), QVariant(false));
        QCOMPARE(h.keyOrder.first(), QStringLiteral("title"));
        // The siblings quote titles and dates with single quotes: so does the new page.
        QVERIFY(kk.contains("\ntitle: 'Гематология орталығының «Пациенттер мектебі»: it''s open'\n"));
        QVERIFY(kk.contains("\ndate: '02-09-2024 08:30'\n"));
        QCOMPARE(env.body, QByteArrayLiteral("===\n"));

        const HeaderParse ru = parseHeader(splitEnvelope(readFile(plan.folderPath + QStringLiteral("/item.ru.md"))).headerText);
        QCOMPARE(ru.values.value(QStringLiteral("published")), QVariant(false));
        QCOMPARE(ru.values.value(QStringLiteral("title")).toString(), draftTitle(req.title, QStringLiteral("kk")));
        QCOMPARE(ru.keyOrder, h.keyOrder);

        // The new page is a page of the site, in the right place.
        const PageIndex after = scan(site.root());
        const int node = after.findByRelPath(plan.relPath);
        QVERIFY(node > 0);
        QCOMPARE(after.route(node, QStringLiteral("kk")),
            QStringLiteral("/news/2024-09-02-gematologiia-ortalygynyng-patsientter-mektebi-its-open"));
        QCOMPARE(after.variantExact(node, QStringLiteral("kk"))->isPublished(), true);
        QCOMPARE(after.variantExact(node, QStringLiteral("ru"))->isPublished(), false);
    }

    void sectionSelection()
    {
        TempSite site;
        site.populateSample();
        const PageIndex index = scan(site.root());
        const int news = index.findByRelPath(QStringLiteral("02.news"));
        QCOMPARE(sectionForNode(index, news), news);
        QCOMPARE(sectionForNode(index, index.findByRelPath(QStringLiteral("02.news/01.2024-05-25-exchange"))), news);
        QCOMPARE(sectionForNode(index, index.findByRelPath(QStringLiteral("01.home"))), news);
        QCOMPARE(sectionForNode(index, -1), news);
    }

    void corpusConvention()
    {
        const QString root = TestPaths::corpusDir();
        if (!QFileInfo(root + QStringLiteral("/user/pages/02.news")).isDir())
            QSKIP("the hemcenter corpus is not here (../shared/corpus/hemcenter); corpus check skipped");
        const PageIndex index = scan(root);
        const int news = index.findByRelPath(QStringLiteral("02.news"));
        const SectionConvention conv = learnSectionConvention(index, news);
        QVERIFY(conv.numbered);
        QVERIFY(conv.dated);
        QCOMPARE(conv.nextOrder, 53);
        QCOMPARE(conv.keyOrder.mid(0, 4),
            QStringList(
                {QStringLiteral("title"), QStringLiteral("published"), QStringLiteral("date"), QStringLiteral("publish_date")}));
        QCOMPARE(conv.quoting.value(QStringLiteral("title")), ScalarStyle::SingleQuoted);
        NewPostRequest req;
        req.section = news;
        req.title = QStringLiteral("Гематология орталығында жаңа пациенттер мектебі");
        req.date = almaty(2026, 12, 1, 9, 30);
        const NewPostPlan plan = planNewPost(index, req, conv);
        QVERIFY2(plan.ok, qPrintable(plan.error));
        QCOMPARE(plan.folderName, QStringLiteral("53.2026-12-01-gematologiia-ortalygynda-janga-patsientter-mektebi"));

        // What the site's editors chose, next to what GravDesk gives for the same titles (for the record).
        int shown = 0;
        for (const int child : index.nodes[news].children) {
            const PageNode &c = index.nodes[child];
            for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("kk")}) {
                const PageVariant *v = c.variant(lang);
                if (!v || shown >= 400)
                    continue;
                qInfo("%s\t%s\t%s", qPrintable(c.folderName), qPrintable(lang),
                    qPrintable(slugify(v->title, lang, RussianScheme::Icao, 60)));
                ++shown;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestNewPost)
#include "tst_newpost.moc"
