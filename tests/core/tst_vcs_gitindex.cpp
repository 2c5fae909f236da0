// readGitIndexPaths() against `git ls-files -z` itself, on index files real git wrote: versions 2, 3 (an
// intent-to-add entry sets the extended flags) and 4 (paths prefix-compressed), Cyrillic and Kazakh names, long
// paths, links, an unmerged path; and the files it must leave to git (split index, sparse index, SHA-256, a
// truncated or damaged file).
#include "vcs/gitindex.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

QByteArray git(const QString &dir, const QStringList &args, int *code = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("T"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.org"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("T"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.org"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    else if (p.exitCode() != 0)
        qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArrayList readerPaths(const QString &repo, bool *ok)
{
    QByteArrayList paths;
    *ok = readGitIndexPaths(repo + QStringLiteral("/.git/index"), [&paths](QByteArrayView p) { paths.append(p.toByteArray()); });
    return paths;
}

QByteArrayList gitPaths(const QString &repo)
{
    QByteArrayList paths = git(repo, {QStringLiteral("ls-files"), QStringLiteral("-z")}).split('\0');
    if (!paths.isEmpty() && paths.constLast().isEmpty())
        paths.removeLast();
    return paths;
}

} // namespace

class TestVcsGitIndex final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    // A repository with page folders like a Grav site's: plain, Cyrillic and Kazakh names, a photo with a space, a
    // long folder name, a link, a new file staged and another only intended (`add -N`: the extended flags).
    QString site(const QString &name)
    {
        const QString repo = m_tmp.path() + QLatin1Char('/') + name;
        git(m_tmp.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("master"), repo});
        for (int i = 0; i < 40; ++i) {
            const QString folder
                = QStringLiteral("%1/pages/02.news/%2.2024-05-%3-post").arg(repo).arg(i, 2, 10, QLatin1Char('0')).arg(i % 28 + 1);
            write(folder + QStringLiteral("/item.ru.md"), "---\ntitle: a\n---\n");
            write(folder + QStringLiteral("/item.kk.md"), "---\ntitle: b\n---\n");
            write(folder + QStringLiteral("/сурет 1.jpg"), QByteArray(i, 'x'));
        }
        write(repo + QStringLiteral("/pages/03.2024-05-01-қан-тапсыру/item.kk.md"), "қан\n");
        write(repo + QStringLiteral("/pages/04.объявления/item.ru.md"), "ё\n");
        write(repo + QStringLiteral("/pages/05.") + QString(180, QLatin1Char('l')) + QStringLiteral("/")
                + QString(120, QLatin1Char('m')) + QStringLiteral(".md"),
            "long\n");
        write(repo + QStringLiteral("/.gitignore"), "*.tmp\n");
        QFile::link(QStringLiteral("item.ru.md"), repo + QStringLiteral("/pages/04.объявления/default.md"));
        git(repo, {QStringLiteral("add"), QStringLiteral("-A")});
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("seed")});
        write(repo + QStringLiteral("/pages/06.new/item.ru.md"), "new\n");
        git(repo, {QStringLiteral("add"), QStringLiteral("pages/06.new/item.ru.md")});
        write(repo + QStringLiteral("/pages/07.intended/item.kk.md"), "later\n");
        git(repo, {QStringLiteral("add"), QStringLiteral("-N"), QStringLiteral("pages/07.intended/item.kk.md")});
        return repo;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("git is not installed (tools/deps.sh installs it)");
        QVERIFY(m_tmp.isValid());
    }

    void sameAsGit_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v2 (no extended entry)") << 2;
        QTest::newRow("v3 (intent-to-add)") << 3;
        QTest::newRow("v4 (prefix-compressed)") << 4;
    }

    void sameAsGit()
    {
        QFETCH(int, version);
        const QString repo = site(QStringLiteral("v%1").arg(version));
        if (version == 2) // v2 cannot hold the intent-to-add entry's extended flags
            git(repo,
                {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("--cached"),
                    QStringLiteral("pages/07.intended/item.kk.md")});
        git(repo, {QStringLiteral("update-index"), QStringLiteral("--index-version"), QString::number(version)});
        QFile index(repo + QStringLiteral("/.git/index"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray head = index.read(8);
        QCOMPARE(int(uchar(head.at(7))), version);
        bool ok = false;
        const QByteArrayList mine = readerPaths(repo, &ok);
        QVERIFY(ok);
        const QByteArrayList theirs = gitPaths(repo);
        QCOMPARE(theirs.size(), 40 * 3 + 7 - (version == 2 ? 1 : 0));
        QCOMPARE(mine, theirs);
        QVERIFY(mine.contains(QStringLiteral("pages/03.2024-05-01-қан-тапсыру/item.kk.md").toUtf8()));
    }

    void unmergedStagesAsInTheFile()
    {
        const QString repo = site(QStringLiteral("unmerged"));
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("more")});
        const QString file = repo + QStringLiteral("/pages/04.объявления/item.ru.md");
        git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("other")});
        write(file, "other\n");
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("other")});
        git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("master")});
        write(file, "mine\n");
        git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("mine")});
        int code = 0;
        git(repo, {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("other")}, &code);
        QVERIFY(code != 0);
        bool ok = false;
        const QByteArrayList mine = readerPaths(repo, &ok);
        QVERIFY(ok);
        // git ls-files -z lists an unmerged path once per stage as well
        QCOMPARE(mine, gitPaths(repo));
        QCOMPARE(mine.count(QStringLiteral("pages/04.объявления/item.ru.md").toUtf8()), 3);
    }

    void leftToGit_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("split index") << QStringLiteral("split");
        QTest::newRow("sparse index") << QStringLiteral("sparse");
        QTest::newRow("SHA-256 repository") << QStringLiteral("sha256");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("a name length that disagrees") << QStringLiteral("damaged");
        QTest::newRow("no index") << QStringLiteral("missing");
        QTest::newRow("not an index") << QStringLiteral("garbage");
    }

    void leftToGit()
    {
        QFETCH(QString, how);
        QString repo;
        if (how == QLatin1String("sha256")) {
            repo = m_tmp.path() + QStringLiteral("/sha256");
            int code = 0;
            git(m_tmp.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--object-format=sha256"), repo},
                &code);
            if (code != 0)
                QSKIP("this git cannot make a SHA-256 repository");
            write(repo + QStringLiteral("/pages/01.a/item.md"), "a\n");
            write(repo + QStringLiteral("/pages/02.b/item.md"), "b\n");
            git(repo, {QStringLiteral("add"), QStringLiteral("-A")});
        } else {
            repo = site(how);
        }
        const QString indexPath = repo + QStringLiteral("/.git/index");
        if (how == QLatin1String("split")) {
            git(repo, {QStringLiteral("update-index"), QStringLiteral("--split-index")});
        } else if (how == QLatin1String("sparse")) {
            git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("all")});
            int code = 0;
            git(repo,
                {QStringLiteral("sparse-checkout"), QStringLiteral("init"), QStringLiteral("--cone"),
                    QStringLiteral("--sparse-index")},
                &code);
            if (code != 0)
                QSKIP("this git has no sparse index");
            git(repo,
                {QStringLiteral("sparse-checkout"), QStringLiteral("set"), QStringLiteral("pages/03.2024-05-01-қан-тапсыру")});
            QVERIFY(git(repo, {QStringLiteral("ls-files"), QStringLiteral("--sparse")}).contains("pages/02.news/\n"));
        } else if (how == QLatin1String("truncated") || how == QLatin1String("damaged") || how == QLatin1String("garbage")) {
            QFile f(indexPath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            if (how == QLatin1String("truncated"))
                bytes.truncate(bytes.size() / 2);
            else if (how == QLatin1String("damaged"))
                bytes[12 + 60 + 1] = char(uchar(bytes.at(12 + 60 + 1)) + 1); // the first entry's name length
            else
                bytes = QByteArray("not an index at all, just text that is long enough to pass the size check");
            f.resize(0);
            f.seek(0);
            f.write(bytes);
        } else if (how == QLatin1String("missing")) {
            QVERIFY(QFile::remove(indexPath));
        }
        int calls = 0;
        QVERIFY(!readGitIndexPaths(indexPath, [&calls](QByteArrayView) { ++calls; }));
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestVcsGitIndex)
#include "tst_vcs_gitindex.moc"
