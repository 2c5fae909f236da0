// updateIndex(): after random edits, additions and removals on disk, the incremental index equals a full
// scanSite() of the same folder (nodes, their data and order, problems), and it reports what changed the
// way comparing the two indexes does. Only what was reported is read again.

#include "fileutil.h"
#include "site/indexupdate.h"
#include "site/liveindex.h"
#include "site/sitescanner.h"
#include "tempsite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace GravDesk;

namespace {

PageIndex fullScan(const PageIndex &like)
{
    return scanSite(like.layout, like.config);
}

// Everything an index holds, one line per fact, so a difference shows as a line.
QStringList dump(const PageIndex &index)
{
    QStringList out;
    for (const PageNode &n : index.nodes) {
        QStringList children;
        for (int c : n.children)
            children << index.nodes[c].relPath;
        out << QStringLiteral(
            "node '%1' parent=%2 name=%3 order=%4 slug=%5 modular=%6 link=%7 stem=%8 error=%9 warning=%10 ro=%11 "
            "children=[%12]")
                   .arg(n.relPath, n.parent >= 0 ? index.nodes[n.parent].relPath : QStringLiteral("-"), n.folderName)
                   .arg(n.order)
                   .arg(n.folderSlug)
                   .arg(n.modular)
                   .arg(n.isSymLink)
                   .arg(n.stem)
                   .arg(n.hasError)
                   .arg(n.hasWarning)
                   .arg(n.readOnlyReason, children.join(QLatin1Char(',')));
        for (const PageVariant &v : n.variants) {
            QStringList tax;
            for (auto it = v.taxonomy.cbegin(); it != v.taxonomy.cend(); ++it)
                tax << it.key() + QLatin1Char('=') + it->join(QLatin1Char('|'));
            out << QStringLiteral("  file %1 lang=%2 stem=%3 header=%4/%5/%6 error='%7'@%8 title='%9' slug='%10' template=%11 "
                                  "date=%12 '%13' fromFile=%14 state=%15 tax=%16 size=%17 modified=%18 read=%19 ro=%20")
                       .arg(v.fileName, v.language, v.stem)
                       .arg(v.hasHeader)
                       .arg(v.headerAccepted)
                       .arg(v.legacyHeader)
                       .arg(v.headerError)
                       .arg(v.errorLine)
                       .arg(v.title, v.slug, v.templateOverride, v.date.toString(Qt::ISODateWithMs), v.dateText)
                       .arg(v.dateFromFile)
                       .arg(static_cast<int>(v.publishState))
                       .arg(tax.join(QLatin1Char(';')))
                       .arg(v.size)
                       .arg(v.modified.toString(Qt::ISODateWithMs))
                       .arg(static_cast<int>(v.readError))
                       .arg(v.readOnlyReason);
        }
    }
    for (const SiteProblem &p : index.problems)
        out << QStringLiteral("problem %1 %2 '%3' %4:%5 %6 [%7]")
                   .arg(severityName(p.severity), problemKindName(p.kind), p.path)
                   .arg(p.line)
                   .arg(p.column)
                   .arg(p.text(), p.related.join(QLatin1Char(',')));
    return out;
}

// The first differing line with a few around it (QCOMPARE on two long lists says only "different sizes").
QString firstDifference(const QStringList &a, const QStringList &b)
{
    const qsizetype n = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString x = a.value(i, QStringLiteral("<none>"));
        const QString y = b.value(i, QStringLiteral("<none>"));
        if (x != y)
            return QStringLiteral("line %1\nincremental: %2\nfull scan:   %3").arg(i).arg(x, y);
    }
    return {};
}

bool removeTree(const QString &path)
{
    return QDir(path).removeRecursively();
}

// Random changes to a site's pages, each reporting the paths it touched as a watcher would.
class Mutator
{
public:
    Mutator(TempSite &site, quint32 seed)
        : m_site(site)
        , m_rng(seed)
    { }

    QStringList step()
    {
        QStringList touched;
        const QStringList folders = pageFolders();
        const QStringList files = pageFiles();
        const QString pages = m_site.pagesDir();
        switch (m_rng.bounded(11)) {
        case 0:
        case 1: { // edit a page file: title, slug (sometimes another page's), state, or a broken header
            if (files.isEmpty())
                break;
            const QString file = pick(files);
            writeFile(file, randomPage());
            touched << file;
            break;
        }
        case 2: { // a new language file in a folder
            const QString folder = pick(folders);
            const QString file = folder
                + QStringLiteral("/item.%1.md").arg(pick({QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}));
            writeFile(file, randomPage());
            touched << file;
            break;
        }
        case 3: { // remove a page file
            if (files.isEmpty())
                break;
            const QString file = pick(files);
            QFile::remove(file);
            touched << file;
            break;
        }
        case 4: { // a new folder with pages, sometimes nested
            const QString parent = pick(folders);
            const QString folder = parent + QStringLiteral("/%1.new-%2").arg(m_rng.bounded(1, 20)).arg(m_next++);
            QDir().mkpath(folder);
            writeFile(folder + QStringLiteral("/item.ru.md"), randomPage());
            if (m_rng.bounded(2))
                writeFile(folder + QStringLiteral("/sub/item.kk.md"), randomPage());
            touched << folder;
            break;
        }
        case 5: { // remove a folder and everything in it
            if (folders.size() < 3)
                break;
            const QString folder = pick(folders.mid(1));
            removeTree(folder);
            touched << folder;
            break;
        }
        case 6: { // rename a folder: the watcher reports both names
            if (folders.size() < 2)
                break;
            const QString folder = pick(folders.mid(1));
            const QString renamed = folder.left(folder.lastIndexOf(QLatin1Char('/')) + 1)
                + QStringLiteral("%1.moved-%2").arg(m_rng.bounded(1, 9)).arg(m_next++);
            QDir().rename(folder, renamed);
            touched << folder << renamed;
            break;
        }
        case 7: { // names Grav ignores or cannot read: a dotted stem, a language the site lacks, a FIFO page
            const QString folder = pick(folders);
            const int kind = static_cast<int>(m_rng.bounded(3));
            const QString file = folder
                + (kind == 0        ? QStringLiteral("/item.v2.md")
                        : kind == 1 ? QStringLiteral("/item.de.md")
                                    : QStringLiteral("/other.md"));
            if (kind == 2)
                ::mkfifo(QFile::encodeName(file).constData(), 0644);
            else
                writeFile(file, randomPage());
            touched << file;
            break;
        }
        case 8: { // a photo next to a page: nothing in the index changes
            const QString file = pick(folders) + QStringLiteral("/photo%1.jpg").arg(m_next++);
            writeFile(file, QByteArrayLiteral("\xff\xd8\xff"));
            touched << file;
            break;
        }
        case 9: { // a folder Grav skips (param_sep in its name) or a placeholder
            const QString folder
                = pick(folders) + (m_rng.bounded(2) ? QStringLiteral("/skip:me") : QStringLiteral("/empty-%1").arg(m_next++));
            QDir().mkpath(folder);
            touched << folder;
            break;
        }
        case 10: { // the same slug as a sibling: a duplicate-slug problem appears or goes
            if (files.isEmpty())
                break;
            const QString file = pick(files);
            writeFile(file, TempSite::page(QByteArrayLiteral("title: Twin\nslug: twin\n")));
            touched << file;
            break;
        }
        }
        Q_UNUSED(pages);
        return touched;
    }

private:
    QString pick(const QStringList &list) { return list.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(list.size())))); }

    QByteArray randomPage()
    {
        const int kind = static_cast<int>(m_rng.bounded(6));
        const QString title = QStringLiteral("Title %1").arg(m_rng.bounded(1000));
        if (kind == 0)
            return TempSite::page(QByteArrayLiteral("title: [unclosed\n"));
        if (kind == 1)
            return TempSite::page(("title: " + title.toUtf8() + "\nslug: s" + QByteArray::number(m_rng.bounded(4)) + "\n"));
        if (kind == 2)
            return TempSite::newsItem(title, QStringLiteral("0%1-06-2024 10:00").arg(m_rng.bounded(1, 9)), m_rng.bounded(2) == 0);
        if (kind == 3)
            return TempSite::page(("title: " + title.toUtf8() + "\ndate: not a date\ntaxonomy:\n  tag: [a, b]\n"));
        return TempSite::newsItem(title, QStringLiteral("15-07-2024 12:00"));
    }

    // Every folder below (and including) the pages folder, hidden and skipped ones left out.
    QStringList pageFolders() const
    {
        QStringList out {m_site.pagesDir()};
        for (qsizetype i = 0; i < out.size(); ++i)
            for (const QString &name : QDir(out[i]).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                if (!name.contains(QLatin1Char(':')))
                    out << out[i] + QLatin1Char('/') + name;
        return out;
    }

    QStringList pageFiles() const
    {
        QStringList out;
        for (const QString &folder : pageFolders())
            for (const QString &name : QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
                out << folder + QLatin1Char('/') + name;
        return out;
    }

    TempSite &m_site;
    QRandomGenerator m_rng;
    int m_next = 0;
};

} // namespace

class TestIndexUpdate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalsFullScan_data();
    void equalsFullScan();
    void readsOnlyWhatWasReported();
    void reportsWhatChanged();
    void configChangeRescans();
    void folderLinkRescans();
    void liveIndexUpdatesOnAWorker();
};

void TestIndexUpdate::equalsFullScan_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("batches");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %u", seed) << seed << 25;
}

void TestIndexUpdate::equalsFullScan()
{
    QFETCH(quint32, seed);
    QFETCH(int, batches);
    TempSite site;
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    PageIndex current = scanSite(layout, SiteConfig::load(layout));
    Mutator mutator(site, seed);
    QRandomGenerator sizes(seed * 7919U);
    int incremental = 0;
    for (int batch = 0; batch < batches; ++batch) {
        QStringList touched;
        const int steps = static_cast<int>(sizes.bounded(1, 5));
        for (int s = 0; s < steps; ++s)
            touched << mutator.step();
        const IndexUpdate update = updateIndex(current, touched);
        const PageIndex full = fullScan(current);
        const QStringList got = dump(update.index);
        const QStringList want = dump(full);
        QVERIFY2(got == want,
            qPrintable(QStringLiteral("batch %1, paths %2\n%3")
                           .arg(batch)
                           .arg(touched.join(QStringLiteral(", ")), firstDifference(got, want))));
        // What it says changed is what comparing the whole indexes says.
        const IndexChange expected = compareIndexes(current, full);
        QCOMPARE(update.change.added, expected.added);
        QCOMPARE(update.change.removed, expected.removed);
        QCOMPARE(update.change.changed, expected.changed);
        QCOMPARE(update.change.problemsChanged, expected.problemsChanged);
        QVERIFY(!update.change.reset);
        incremental += update.incremental ? 1 : 0;
        current = update.index;
    }
    QCOMPARE(incremental, batches); // no folder links and no configuration changes: never a full scan
}

void TestIndexUpdate::readsOnlyWhatWasReported()
{
    TempSite site;
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    const PageIndex before = scanSite(layout, SiteConfig::load(layout));
    // Two files change on disk; only one is reported. The other keeps its old data: it was not read.
    site.writePage(QStringLiteral("02.news/01.2024-05-25-exchange/item.ru.md"), TempSite::page("title: Reported\n"));
    site.writePage(QStringLiteral("02.news/02.2024-06-01-forum/item.ru.md"), TempSite::page("title: Not reported\n"));
    const IndexUpdate update
        = updateIndex(before, {site.pagesDir() + QStringLiteral("/02.news/01.2024-05-25-exchange/item.ru.md")});
    QVERIFY(update.incremental);
    QCOMPARE(update.filesRead, 1);
    const PageIndex &after = update.index;
    const int reported = after.findByRelPath(QStringLiteral("02.news/01.2024-05-25-exchange"));
    const int silent = after.findByRelPath(QStringLiteral("02.news/02.2024-06-01-forum"));
    QVERIFY(reported > 0 && silent > 0);
    QCOMPARE(after.variantExact(reported, QStringLiteral("ru"))->title, QStringLiteral("Reported"));
    QCOMPARE(after.variantExact(silent, QStringLiteral("ru"))->title, QStringLiteral("Forum (ru)"));
    QCOMPARE(update.change.changed, QStringList {QStringLiteral("02.news/01.2024-05-25-exchange")});
    QVERIFY(update.change.added.isEmpty());
    QVERIFY(update.change.removed.isEmpty());
}

void TestIndexUpdate::reportsWhatChanged()
{
    TempSite site;
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    const PageIndex before = scanSite(layout, SiteConfig::load(layout));
    const QString news = site.pagesDir() + QStringLiteral("/02.news");
    QVERIFY(QDir(news + QStringLiteral("/02.2024-06-01-forum")).removeRecursively());
    site.writePage(QStringLiteral("02.news/04.fresh/item.kk.md"), TempSite::page("title: Fresh\n"));
    site.writePage(QStringLiteral("02.news/04.fresh/gallery/item.kk.md"), TempSite::page("title: Gallery\n"));
    const IndexUpdate update
        = updateIndex(before, {news + QStringLiteral("/02.2024-06-01-forum"), news + QStringLiteral("/04.fresh")});
    QCOMPARE(update.change.removed, QStringList {QStringLiteral("02.news/02.2024-06-01-forum")});
    QCOMPARE(update.change.added, (QStringList {QStringLiteral("02.news/04.fresh"), QStringLiteral("02.news/04.fresh/gallery")}));
    QVERIFY(update.change.changed.isEmpty());
    QCOMPARE(update.filesRead, 2);
    QCOMPARE(dump(update.index), dump(fullScan(before)));
}

void TestIndexUpdate::configChangeRescans()
{
    TempSite site;
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    const PageIndex before = scanSite(layout, SiteConfig::load(layout));
    // English leaves the site: its files become problems, and every view must start again.
    const QString config
        = site.writeConfig(QStringLiteral("system.yaml"), "languages:\n  supported: [kk, ru]\n  default_lang: kk\n");
    const IndexUpdate update = updateIndex(before, {config});
    QVERIFY(!update.incremental);
    QVERIFY(update.change.reset);
    QCOMPARE(update.index.config.languages(), (QStringList {QStringLiteral("kk"), QStringLiteral("ru")}));
    const PageIndex full = scanSite(layout, SiteConfig::load(layout));
    QCOMPARE(dump(update.index), dump(full));
}

void TestIndexUpdate::folderLinkRescans()
{
    TempSite site;
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    const PageIndex before = scanSite(layout, SiteConfig::load(layout));
    // A new link back to an ancestor: the walk stops there, as a full scan does, and reports it.
    const QString link = site.pagesDir() + QStringLiteral("/02.news/loop");
    QVERIFY(QFile::link(site.pagesDir() + QStringLiteral("/02.news"), link));
    const IndexUpdate update = updateIndex(before, {link});
    QVERIFY(!update.incremental);
    QCOMPARE(dump(update.index), dump(fullScan(before)));
    bool reported = false;
    for (const SiteProblem &p : update.index.problems)
        reported = reported || (p.kind == ProblemKind::FolderLoop && p.path == QLatin1String("02.news/loop"));
    QVERIFY(reported);
}

// The window's live index: batches become one new index on a worker; a batch that changes nothing emits nothing.
void TestIndexUpdate::liveIndexUpdatesOnAWorker()
{
    TempSite site;
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    auto before = std::make_shared<const PageIndex>(scanSite(layout, SiteConfig::load(layout)));
    LiveIndex live;
    live.reset(before);
    QSignalSpy spy(&live, &LiveIndex::updated);
    const QString file = site.writePage(QStringLiteral("02.news/04.new/item.ru.md"), TempSite::page("title: New\n"));
    live.apply({QFileInfo(file).absolutePath()});
    live.apply({file}); // arrives while the first runs: merged into the next batch
    QTRY_VERIFY_WITH_TIMEOUT(!live.isUpdating(), 30000);
    QCOMPARE(spy.count(), 1);
    const auto index = spy.first().at(0).value<std::shared_ptr<const PageIndex>>();
    QCOMPARE(dump(*index), dump(fullScan(*before)));
    QVERIFY(index->findByRelPath(QStringLiteral("02.news/04.new")) > 0);
    QCOMPARE(dump(*live.index()), dump(*index)); // the second batch read the same page again: same index
    // Paths outside the site, or a change that leaves the index as it is, emit nothing.
    live.apply({site.root() + QStringLiteral("/../elsewhere.md"), file});
    QTRY_VERIFY_WITH_TIMEOUT(!live.isUpdating(), 30000);
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestIndexUpdate)
#include "tst_indexupdate.moc"
