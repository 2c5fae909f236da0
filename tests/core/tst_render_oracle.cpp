// Compares the core's Grav renderer with the PHP oracle (shared/oracle/grav-render.php): every page
// of the hemcenter corpus and every input of Parsedown 1.7.4's own test suite, both sides normalised
// with shared/oracle/html-normalize.php.

#include "markdown/gravrenderer.h"
#include "oracle.h"
#include "site/pageindex.h"
#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace GravDesk;

namespace {

// The production site the corpus comes from (also the oracle's default address).
const QString kSiteUrl = QStringLiteral("https://hemcenter.kz");

QString pagesRoot()
{
    return TestPaths::corpusDir() + QStringLiteral("/user/pages");
}

QString parsedownDir()
{
    return TestPaths::sharedDir() + QStringLiteral("/corpus/parsedown-1.7.4");
}

// The oracle's scripts, through the shared runner.
QByteArray php(const QString &script, const QStringList &args, const QByteArray &input, QString *why)
{
    return Oracle::runScript(script, args, input, why);
}

QByteArray normalize(const QByteArray &html, QString *why)
{
    return php(QStringLiteral("html-normalize.php"), {QStringLiteral("-")}, html, why);
}

// First differing line of two normalised outputs, for the failure message.
QString firstDifference(const QByteArray &mine, const QByteArray &oracle)
{
    const QList<QByteArray> a = mine.split('\n');
    const QList<QByteArray> b = oracle.split('\n');
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray l = i < a.size() ? a.at(i) : QByteArray("<end>");
        const QByteArray r = i < b.size() ? b.at(i) : QByteArray("<end>");
        if (l != r)
            return QStringLiteral("line %1:\n  core:   %2\n  oracle: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(l), QString::fromUtf8(r));
    }
    return QStringLiteral("(no line differs)");
}

/*
 * Known, justified exceptions: file name → reason. Empty today; a page listed here is rendered and
 * compared, but a difference is reported with QEXPECT_FAIL instead of failing.
 */
const QHash<QString, QString> &knownDifferences()
{
    static const QHash<QString, QString> known;
    return known;
}

} // namespace

class TestRenderOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void corpusPage_data();
    void corpusPage();
    void parsedownSuite_data();
    void parsedownSuite();

private:
    std::unique_ptr<GravRenderer> m_site;
    GravRenderer m_siteless;
};

void TestRenderOracle::initTestCase()
{
    if (QDir(pagesRoot()).exists()) {
        const SiteLayout layout = locateSite(TestPaths::corpusDir());
        QVERIFY2(layout.isValid(), qPrintable(layout.error));
        m_site = std::make_unique<GravRenderer>(scanSite(layout, SiteConfig::load(layout)));
    }
}

void TestRenderOracle::corpusPage_data()
{
    QTest::addColumn<QString>("path");
    if (!QDir(pagesRoot()).exists()) {
        QTest::newRow("no corpus") << QString();
        return;
    }
    QStringList files;
    QDirIterator it(pagesRoot(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &f : std::as_const(files))
        QTest::newRow(qPrintable(QDir(pagesRoot()).relativeFilePath(f))) << f;
}

void TestRenderOracle::corpusPage()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP(qPrintable(QStringLiteral("the hemcenter corpus is absent (%1); point GRAVDESK_SHARED_DIR at the shared folder")
                             .arg(pagesRoot())));
    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_site);
    // the corpus has no address of its own (custom_base_url: null): the production site's is given to both
    RenderOptions options;
    options.siteUrl = kSiteUrl;
    const RenderResult mine = m_site->renderFile(path, options);
    QVERIFY2(mine.ok, qPrintable(mine.error));
    QString why;
    const QByteArray oracle = php(
        QStringLiteral("grav-render.php"), {QStringLiteral("--quiet"), QStringLiteral("--site-url"), kSiteUrl, path}, {}, &why);
    QVERIFY2(!oracle.isNull(), qPrintable(why));
    const QByteArray mineBytes = mine.html.toUtf8();
    if (mineBytes == oracle)
        return; // byte-identical: nothing to normalise
    const QByteArray a = normalize(mineBytes, &why);
    QVERIFY2(!a.isNull(), qPrintable(why));
    const QByteArray b = normalize(oracle, &why);
    QVERIFY2(!b.isNull(), qPrintable(why));
    const QString rel = QDir(pagesRoot()).relativeFilePath(path);
    if (knownDifferences().contains(rel))
        QEXPECT_FAIL("", qPrintable(knownDifferences().value(rel)), Continue);
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
}

void TestRenderOracle::parsedownSuite_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(parsedownDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        QTest::newRow("no parsedown inputs") << QString();
        return;
    }
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << parsedownDir() + QLatin1Char('/') + f;
}

void TestRenderOracle::parsedownSuite()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP(qPrintable(QStringLiteral("Parsedown's test inputs are absent (%1)").arg(parsedownDir())));
    if (const QString why = Oracle::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    RenderOptions options;
    options.pageFolder = QStringLiteral("02.news/x");
    options.siteUrl = kSiteUrl;
    const RenderResult mine = m_siteless.renderFile(path, options);
    QVERIFY2(mine.ok, qPrintable(mine.error));
    QString why;
    const QByteArray oracle = php(QStringLiteral("grav-render.php"),
        {QStringLiteral("--quiet"), QStringLiteral("--site-url"), kSiteUrl, QStringLiteral("--page-folder"),
            QStringLiteral("02.news/x"), path},
        {}, &why);
    QVERIFY2(!oracle.isNull(), qPrintable(why));
    const QByteArray mineBytes = mine.html.toUtf8();
    if (mineBytes == oracle)
        return;
    const QByteArray a = normalize(mineBytes, &why);
    const QByteArray b = normalize(oracle, &why);
    QVERIFY2(!a.isNull() && !b.isNull(), qPrintable(why));
    QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
}

QTEST_GUILESS_MAIN(TestRenderOracle)
#include "tst_render_oracle.moc"
