// Kill tests: `gravdesk-cli set` and `gravdesk-cli import-gallery --insert` run as real child processes
// on a copy of a small ru/kk/en site with real JPEGs, killed with SIGKILL at a random moment. The next
// gravdesk-cli run on the site (which recovers first) must leave every page file old or new, all
// language files agreeing, no visible photo that no page uses, and no temp file or journal of ours.
//
// GRAVDESK_KILL_RUNS (default 50) sets the runs per command, GRAVDESK_KILL_SEED replays a seed;
// bench/bench_kill.sh runs 1,000 of each. GRAVDESK_TEST_COMMIT_PAUSE_US makes the child's commit
// pause between its steps, so that random kills land inside the commit window too.

#include "fileutil.h"
#include "io/siteworkspace.h"
#include "io/statepaths.h"
#include "photofixtures.h"
#include "programrun.h"
#include "tempsite.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <signal.h>

using namespace GravDesk;

namespace {

const QString kFolder = QStringLiteral("02.news/01.2024-05-02-forum");
const QStringList kLanguages = {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")};

// What a finished run left in the page folder: the file name and bytes of everything in it.
QMap<QString, QByteArray> folderContents(const QString &folder)
{
    QMap<QString, QByteArray> out;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name))
        out.insert(name, readFile(folder + QLatin1Char('/') + name));
    return out;
}

// Files under @p root (dot-files included) that are not in @p before: what a run left behind.
QStringList hiddenLeftovers(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        const QString name = QFileInfo(p).fileName();
        if (name.startsWith(QLatin1Char('.')) || SiteWorkspace::isOwnTempName(name))
            out.append(p);
    }
    return out;
}

} // namespace

class TestKillCommit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killed_data();
    void killed();

private:
    QStringList commandFor(const QString &command, const QString &siteRoot) const;
    QString copySite(const QString &into) const;

    std::unique_ptr<TempSite> m_pristine;
    QTemporaryDir m_photos;
    QTemporaryDir m_work;
};

void TestKillCommit::initTestCase()
{
    m_pristine = std::make_unique<TempSite>();
    QVERIFY(m_pristine->isValid());
    m_pristine->writeDefaultConfig();
    const QList<QByteArray> titles = {"'Форум гематологов'", "'Гематологтар форумы'", "'Hematology forum'"};
    for (qsizetype i = 0; i < kLanguages.size(); ++i) {
        m_pristine->writePage(kFolder + QStringLiteral("/item.") + kLanguages.at(i) + QStringLiteral(".md"),
            TempSite::page("title: " + titles.at(i) + "\ndate: '02-05-2024 10:00'\npublished: true\n",
                "Кратко.\n\n===\n\nТекст " + kLanguages.at(i).toUtf8() + ".\n"));
    }
    for (int i = 0; i < 4; ++i) {
        QVERIFY(PhotoFixtures::writeFile(m_photos.filePath(QStringLiteral("IMG_%1.jpg").arg(i + 1)),
            PhotoFixtures::withCameraMetadata(PhotoFixtures::jpeg(PhotoFixtures::scene(640, 480, i)), 1)));
    }
}

QStringList TestKillCommit::commandFor(const QString &command, const QString &siteRoot) const
{
    const QString folder = siteRoot + QStringLiteral("/user/pages/") + kFolder;
    if (command == QLatin1String("set"))
        return {QStringLiteral("set"), folder + QStringLiteral("/item.ru.md"), QStringLiteral("title=Новый заголовок"),
            QStringLiteral("published=false")};
    return {QStringLiteral("import-gallery"), folder, m_photos.path(), QStringLiteral("--insert"), QStringLiteral("--max-edge"),
        QStringLiteral("320")};
}

QString TestKillCommit::copySite(const QString &into) const
{
    return copyTree(m_pristine->root(), into) ? into : QString();
}

void TestKillCommit::killed_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("set") << QStringLiteral("set");
    QTest::newRow("import-gallery --insert") << QStringLiteral("import-gallery");
}

void TestKillCommit::killed()
{
    QFETCH(QString, command);
    const int runs = qEnvironmentVariableIsSet("GRAVDESK_KILL_RUNS") ? qEnvironmentVariableIntValue("GRAVDESK_KILL_RUNS") : 50;
    const quint32 seed = qEnvironmentVariableIsSet("GRAVDESK_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("GRAVDESK_KILL_SEED"))
        : quint32(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator random(seed);
    const QString cli = QStringLiteral(GRAVDESK_CLI);

    // The old and new state of the folder, from one run that is not killed.
    const QString oldFolder = m_pristine->pagesDir() + QLatin1Char('/') + kFolder;
    const QMap<QString, QByteArray> before = folderContents(oldFolder);
    const QString reference = copySite(m_work.filePath(QStringLiteral("reference-") + command));
    QVERIFY(!reference.isEmpty());
    QElapsedTimer clock;
    clock.start();
    const ProgramRun ref = runProgram(cli, commandFor(command, reference));
    const qint64 runMs = clock.elapsed();
    QVERIFY2(ref.code == 0, ref.err.constData());
    const QMap<QString, QByteArray> after = folderContents(reference + QStringLiteral("/user/pages/") + kFolder);
    QVERIFY(after != before);
    QDir(reference).removeRecursively();

    // The child pauses between commit steps, so kills land before, inside and after the commit.
    const int pauseUs = command == QLatin1String("set") ? 0 : 3000;
    const qint64 windowUs = (runMs + 20) * 1000 + pauseUs * 20;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GRAVDESK_TEST_COMMIT_PAUSE_US"), QString::number(pauseUs));

    int asBefore = 0, asAfter = 0, finished = 0;
    QStringList violations;
    for (int run = 0; run < runs && violations.size() < 5; ++run) {
        const QString site = copySite(m_work.filePath(QStringLiteral("run-%1-%2").arg(command).arg(run)));
        QVERIFY(!site.isEmpty());
        const QString folder = site + QStringLiteral("/user/pages/") + kFolder;
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(cli, commandFor(command, site));
        QVERIFY(child.waitForStarted());
        QThread::usleep(random.bounded(windowUs));
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        if (child.exitStatus() == QProcess::NormalExit)
            ++finished;

        // The next command on the site recovers first.
        const ProgramRun next = runProgram(cli, {QStringLiteral("index"), site});
        QVERIFY2(next.code == 0, next.err.constData());

        const QMap<QString, QByteArray> now = folderContents(folder);
        const QString where = QStringLiteral("run %1 (seed %2): ").arg(run).arg(seed);
        int oldPages = 0, newPages = 0;
        for (const QString &lang : kLanguages) {
            const QString name = QStringLiteral("item.") + lang + QStringLiteral(".md");
            if (now.value(name) == before.value(name))
                ++oldPages;
            else if (now.value(name) == after.value(name))
                ++newPages;
            else
                violations.append(where + name + QStringLiteral(" is neither the old nor the new file"));
        }
        const bool allNew = newPages == kLanguages.size() || (command == QLatin1String("set") && newPages == 1);
        if (command != QLatin1String("set") && oldPages != kLanguages.size() && newPages != kLanguages.size())
            violations.append(where + QStringLiteral("the language files disagree (%1 old, %2 new)").arg(oldPages).arg(newPages));
        // Photos: none when the pages are old, exactly the new ones (whole) when they are new.
        const QMap<QString, QByteArray> &expected = allNew ? after : before;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (it.key().startsWith(QLatin1Char('.')))
                continue;
            if (!expected.contains(it.key()))
                violations.append(where + it.key() + QStringLiteral(" is a photo no page uses"));
            else if (expected.value(it.key()) != it.value())
                violations.append(where + it.key() + QStringLiteral(" is not the whole photo"));
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!now.contains(it.key()))
                violations.append(where + it.key() + QStringLiteral(" is missing"));
        }
        const QStringList left = hiddenLeftovers(site);
        if (!left.isEmpty())
            violations.append(where + QStringLiteral("left behind: ") + left.join(QStringLiteral(", ")));
        const QString journals = StatePaths::siteFolder(site + QStringLiteral("/user")) + QStringLiteral("/transactions");
        const QStringList pending = QDir(journals).entryList({QStringLiteral("*.journal")}, QDir::Files);
        if (!pending.isEmpty())
            violations.append(where + QStringLiteral("journal left: ") + pending.join(QStringLiteral(", ")));
        (allNew ? asAfter : asBefore) += 1;
        QDir(StatePaths::siteFolder(site + QStringLiteral("/user"))).removeRecursively();
        QDir(site).removeRecursively();
    }
    qInfo("kill-summary command=%s runs=%d finished=%d old=%d new=%d violations=%d seed=%u", qPrintable(command), runs, finished,
        asBefore, asAfter, int(violations.size()), seed);
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
    // The random kills must hit both sides of the commit, or the test proves nothing.
    if (runs >= 20) {
        QVERIFY2(asBefore > 0, qPrintable(QStringLiteral("no run was killed before its commit (seed %1)").arg(seed)));
        QVERIFY2(asAfter > 0, qPrintable(QStringLiteral("no run got past its commit (seed %1)").arg(seed)));
    }
}

QTEST_GUILESS_MAIN(TestKillCommit)
#include "tst_killcommit.moc"
