// gravdesk-cli import-settings as a user runs it on a Git Sync clone (pages/ only): the languages found from the page
// files before (a note from index and check), the profile it writes outside the site, and bad input that imports
// nothing (exit 2).
#include "fileutil.h"
#include "programrun.h"
#include "site/sitelayout.h"
#include "site/siteprofile.h"
#include "tempsite.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QByteArray kSystem = "languages:\n  supported: [ru, kk]\n  default_lang: ru\n";
const QString kNote = QStringLiteral("found from the page files");

ProgramRun run(const QStringList &args)
{
    return runProgram(QStringLiteral(GRAVDESK_CLI), args, 60000);
}

QJsonObject siteJson(const QString &root)
{
    const ProgramRun r = run({QStringLiteral("index"), root, QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("site")).toObject();
}

} // namespace

class TestCliImportSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importIntoClone();
    void badInputImportsNothing();
};

void TestCliImportSettings::importIntoClone()
{
    TempSite site(TempSite::Layout::GitSyncClone);
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());

    // Before: the languages come from the file names, and both commands say so on stderr only.
    ProgramRun index = run({QStringLiteral("index"), site.root()});
    QCOMPARE(index.code, 0);
    QVERIFY2(QString::fromUtf8(index.err).contains(kNote), index.err.constData());
    QVERIFY(!QString::fromUtf8(index.out).contains(kNote));
    const ProgramRun check = run({QStringLiteral("check"), site.root()});
    QVERIFY2(QString::fromUtf8(check.err).contains(kNote), check.err.constData());
    QJsonObject json = siteJson(site.root());
    QVERIFY(json.value(QStringLiteral("languages_inferred")).toBool());
    QCOMPARE(json.value(QStringLiteral("languages")).toArray().size(), 3);

    const auto before = fileTree(site.root());
    QTemporaryDir downloads;
    const QString system = downloads.filePath(QStringLiteral("system.yaml"));
    QVERIFY(writeFile(system, kSystem));
    const ProgramRun r = run({QStringLiteral("import-settings"), site.root(), system});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Imported system.yaml")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Languages: ru, kk (default ru)")), qPrintable(out));
    QCOMPARE(readFile(SiteProfile::filePath(layout, QStringLiteral("system"))), kSystem);
    QCOMPARE(fileTree(site.root()), before); // the site and its repository are untouched

    // After: the imported languages, no note.
    index = run({QStringLiteral("index"), site.root()});
    QCOMPARE(index.code, 0);
    QVERIFY2(!QString::fromUtf8(index.err).contains(kNote), index.err.constData());
    json = siteJson(site.root());
    QVERIFY(!json.value(QStringLiteral("languages_inferred")).toBool());
    QCOMPARE(json.value(QStringLiteral("languages")).toArray(), (QJsonArray {QStringLiteral("ru"), QStringLiteral("kk")}));
    QCOMPARE(json.value(QStringLiteral("default_language")).toString(), QStringLiteral("ru"));
}

void TestCliImportSettings::badInputImportsNothing()
{
    TempSite site(TempSite::Layout::GitSyncClone);
    site.populateSample();
    const SiteLayout layout = locateSite(site.root());
    QTemporaryDir downloads;
    const QString broken = downloads.filePath(QStringLiteral("system.yaml"));
    QVERIFY(writeFile(broken, "languages:\n  supported: [ru, kk\n"));
    const QString siteYaml = downloads.filePath(QStringLiteral("site.yaml"));
    QVERIFY(writeFile(siteYaml, "title: News\n"));

    ProgramRun r = run({QStringLiteral("import-settings"), site.root(), siteYaml, broken});
    QCOMPARE(r.code, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("system.yaml is not valid YAML (line")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Nothing was imported")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(SiteProfile::folder(layout)));

    r = run({QStringLiteral("import-settings"), site.root()});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("usage: gravdesk-cli import-settings SITE FILE"), r.err.constData());

    r = run({QStringLiteral("import-settings"), downloads.path(), siteYaml});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("holds no Grav pages"), r.err.constData());
    QVERIFY(!QFileInfo::exists(SiteProfile::folder(layout)));
}

QTEST_GUILESS_MAIN(TestCliImportSettings)
#include "tst_cli_importsettings.moc"
