// The page tree model, fed by the scanner's signals exactly as the window feeds it.
#include "pagetree/pagetreemodel.h"
#include "site/sitescanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace GravDesk;

class TestPageTreeModel : public QObject
{
    Q_OBJECT

private:
    static QString sharedDir() { return QStringLiteral(GRAVDESK_SOURCE_DIR "/../shared"); }

    // Scans @p site into a model under QAbstractItemModelTester; returns the finished index.
    std::shared_ptr<const PageIndex> scanInto(PageTreeModel &model, const QString &site)
    {
        SiteScanner scanner;
        std::shared_ptr<const PageIndex> result;
        int inserted = 0;
        connect(&scanner, &SiteScanner::started, &model,
            [&](const SiteLayout &, const SiteConfig &config, int) { model.beginSite(config); });
        connect(&scanner, &SiteScanner::nodesReady, &model, [&](int first, const QVector<PageNode> &nodes, int) {
            model.appendNodes(first, nodes);
            inserted += static_cast<int>(nodes.size());
        });
        connect(&scanner, &SiteScanner::finished, &model, [&](std::shared_ptr<const PageIndex> index, int) {
            model.setIndex(index);
            result = index;
        });
        scanner.start(site);
        if (!QTest::qWaitFor([&] { return result != nullptr; }, 60000))
            return nullptr;
        return result;
    }

private Q_SLOTS:
    void sampleSite()
    {
        PageTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto index = scanInto(model, QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"));
        QVERIFY(index);
        QVERIFY(index->size() > 3);
        // Every page folder is in the tree under its parent.
        for (int n = 1; n < index->size(); ++n) {
            const QModelIndex mi = model.indexForNode(n);
            QVERIFY(mi.isValid());
            QCOMPARE(model.data(mi, PageTreeModel::RelPathRole).toString(), index->nodes[n].relPath);
            QCOMPARE(model.nodeIndex(model.parent(mi)), index->nodes[n].parent);
        }
        // Titles follow the chosen language.
        const int news = index->findByRelPath(QStringLiteral("02.news"));
        QVERIFY(news > 0);
        const QModelIndex newsIndex = model.indexForNode(news);
        model.setLanguage(QStringLiteral("kk"));
        const QString kk = model.data(newsIndex).toString();
        model.setLanguage(QStringLiteral("en"));
        const QString en = model.data(newsIndex).toString();
        QVERIFY2(kk != en, qPrintable(kk));
        QCOMPARE(en, index->variantExact(news, QStringLiteral("en"))->title);
    }

    void corpusNews()
    {
        const QString site = sharedDir() + QStringLiteral("/corpus/hemcenter");
        if (!QDir(site).exists())
            QSKIP("../shared/corpus/hemcenter is absent: the production-site test is skipped");
        PageTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto index = scanInto(model, site);
        QVERIFY(index);
        const int news = index->findByRelPath(QStringLiteral("02.news"));
        QVERIFY(news > 0);
        const QModelIndex newsIndex = model.indexForNode(news);
        QCOMPARE(model.rowCount(newsIndex), static_cast<int>(index->nodes[news].children.size()));
        QVERIFY(model.rowCount(newsIndex) >= 60);
        // Duplicate slugs are flagged on the rows.
        int flagged = 0;
        for (int r = 0; r < model.rowCount(newsIndex); ++r)
            flagged += model.data(model.index(r, 0, newsIndex), PageTreeModel::HasErrorRole).toBool() ? 1 : 0;
        QCOMPARE(flagged, 32);
        // A language switch changes every title without changing the structure.
        model.setLanguage(QStringLiteral("ru"));
        const QModelIndex first = model.index(0, PageTreeModel::TitleColumn, newsIndex);
        const PageVariant *ru = index->variantExact(model.nodeIndex(first), QStringLiteral("ru"));
        QVERIFY(ru);
        QCOMPARE(model.data(first).toString(), ru->title);
        QCOMPARE(model.data(model.index(0, PageTreeModel::LanguagesColumn, newsIndex)).toString(), QStringLiteral("kk ru en"));
    }

    void rescanResets()
    {
        PageTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(scanInto(model, QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site")));
        const int rows = model.rowCount();
        QVERIFY(scanInto(model, QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site")));
        QCOMPARE(model.rowCount(), rows);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPageTreeModel)
#include "tst_pagetreemodel.moc"
