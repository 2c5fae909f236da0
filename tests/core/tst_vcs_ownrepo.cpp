// Which repository publishes a site: its own (Git Sync's `user/` with pages/ at the root, or a whole Grav site
// with user/pages), never a project checkout the site merely lies in (such as a sample site inside a source tree).
#include "site/sitelayout.h"
#include "tempsite.h"
#include "vcs/gitrepo.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

class TestVcsOwnRepo final : public QObject
{
    Q_OBJECT

private:
    static bool gitInit(const QString &dir) { return GitRunner(dir).run({QStringLiteral("init"), QStringLiteral("-q")}).ok(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        qunsetenv("GRAVDESK_GIT");
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }

    void repositoryLevel_data()
    {
        QTest::addColumn<QString>("repoAt"); // relative to the Grav root; ".." and above: a project around it
        QTest::addColumn<bool>("own");
        QTest::newRow("Git Sync: user/") << QStringLiteral("user") << true;
        QTest::newRow("whole Grav site") << QStringLiteral(".") << true;
        QTest::newRow("project checkout around the site") << QStringLiteral("..") << false;
        QTest::newRow("two levels up") << QStringLiteral("../..") << false;
    }
    void repositoryLevel()
    {
        QFETCH(QString, repoAt);
        QFETCH(bool, own);
        QTemporaryDir outer;
        QVERIFY(outer.isValid());
        const QString root = outer.path() + QStringLiteral("/project/examples/site");
        QVERIFY(QDir().mkpath(root + QStringLiteral("/user/pages/01.home")));
        QFile page(root + QStringLiteral("/user/pages/01.home/default.md"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("---\ntitle: Home\n---\nText.\n");
        page.close();
        QVERIFY(gitInit(QDir::cleanPath(root + QLatin1Char('/') + repoAt)));
        const SiteLayout layout = locateSite(root);
        QVERIFY(layout.isValid());
        GitRepo repo(layout);
        QCOMPARE(GitRepo::hasOwnRepository(layout.pagesDir), own);
        QCOMPARE(repo.open(), own);
        if (!own) {
            QVERIFY2(repo.error().contains(QStringLiteral("not its own")), qPrintable(repo.error()));
        } else {
            QCOMPARE(repo.syncedFolders(),
                QStringList {repoAt == QLatin1String("user") ? QStringLiteral("pages") : QStringLiteral("user/pages")});
        }
    }
};

QTEST_GUILESS_MAIN(TestVcsOwnRepo)
#include "tst_vcs_ownrepo.moc"
