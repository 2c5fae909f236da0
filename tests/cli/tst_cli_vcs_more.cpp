// More gravdesk-cli status / sync / publish / history scenarios on the Git Sync fixture (tests/support/
// gitsyncfixture.h): Kazakh and Russian names, pages created on both sides, renames here against edits there,
// header and body merges next to each other, media, what each PAGE argument means, remotes that are empty or not
// on master, repeated push races, history across an admin reorder, and repositories a terminal user left mid-way.
// Each case asserts the bytes of the files, the commits on the remote and the pages' states.
#include "vcsclicase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace GravDesk;

namespace {

const QByteArray kConflictMarker = "<<<<<<<";

QByteArray readAll(const QString &path)
{
    return GitSyncFixture::readFile(path);
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    return GitSyncFixture::writeFile(path, bytes);
}

void addVersionColumn()
{
    QTest::addColumn<GitSyncVersion>("server");
}

void addVersionRows()
{
    addVersionColumn();
    QTest::newRow("Git Sync 2.3.2") << GitSyncVersion::V2_3_2;
    QTest::newRow("Git Sync 3.2.0") << GitSyncVersion::V3_2_0;
}

} // namespace

Q_DECLARE_METATYPE(GravDesk::GitSyncVersion)

class TestCliVcsMore final : public VcsCliCase
{
    Q_OBJECT

private:
    // Files written on the server (an admin save or upload), then one Git Sync sync.
    void adminWrite(const QMap<QString, QByteArray> &files)
    {
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            QVERIFY(writeAll(m_server + QLatin1Char('/') + it.key(), it.value()));
        const ServerSyncRun r = m_fx.serverSync();
        QVERIFY(r.committed);
        QVERIFY2(r.ok(), r.pull.err.constData());
    }

    // The paths the remote's tip commit changes, with their status (-M: renames), one "S\tpath" per entry.
    QStringList tipChanges(const QString &ref = QStringLiteral("master"))
    {
        const QByteArray out = GitSyncFixture::git(m_remote,
            {QStringLiteral("diff-tree"), QStringLiteral("-z"), QStringLiteral("--no-commit-id"), QStringLiteral("--name-status"),
                QStringLiteral("-r"), QStringLiteral("-M"), ref})
                                   .out;
        QStringList entries;
        const QList<QByteArray> parts = out.split('\0');
        for (qsizetype i = 0; i + 1 < parts.size();) {
            const QByteArray st = parts.at(i);
            if (st.startsWith('R') || st.startsWith('C')) {
                entries.append(QString::fromUtf8(st.left(1) + '\t' + parts.at(i + 1) + " -> " + parts.value(i + 2)));
                i += 3;
            } else {
                entries.append(QString::fromUtf8(st + '\t' + parts.at(i + 1)));
                i += 2;
            }
        }
        entries.sort();
        return entries;
    }
    QByteArray remoteBlob(const QString &rel, const QString &ref = QStringLiteral("master"))
    {
        return GitSyncFixture::git(m_remote, {QStringLiteral("cat-file"), QStringLiteral("blob"), ref + QLatin1Char(':') + rel})
            .out;
    }

    // Everything a sync could change in a clone: each file's path and bytes (outside .git), HEAD, the index's
    // entries, the refs (but the remote-tracking ones a fetch moves), and git's in-progress markers.
    static QByteArray cloneState(const QString &clone)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QStringList files;
        QDirIterator it(clone, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QDir(clone).relativeFilePath(path);
            if (!rel.startsWith(QLatin1String(".git/")))
                files.append(rel);
        }
        files.sort();
        for (const QString &rel : std::as_const(files))
            h.addData(QByteArray(rel.toUtf8() + '\0' + readAll(clone + QLatin1Char('/') + rel) + '\0'));
        h.addData(GitSyncFixture::git(clone, {QStringLiteral("ls-files"), QStringLiteral("-s"), QStringLiteral("-z")}).out);
        // A fetch may move the remote-tracking refs; nothing else.
        for (const QByteArray &ref : GitSyncFixture::git(clone, {QStringLiteral("for-each-ref")}).out.split('\n')) {
            if (!ref.contains("\trefs/remotes/"))
                h.addData(ref);
        }
        h.addData(GitSyncFixture::git(clone, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).out);
        for (const char *marker : {"MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply"})
            h.addData(QByteArray(
                QByteArray(marker) + (QFileInfo::exists(clone + QStringLiteral("/.git/") + QLatin1String(marker)) ? "1" : "0")));
        return h.result().toHex();
    }

    // No page file of @p clone holds a conflict marker.
    static bool noMarkers(const QString &clone)
    {
        QDirIterator it(clone + QStringLiteral("/pages"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (readAll(it.next()).contains(kConflictMarker))
                return false;
        }
        return true;
    }

    QString path(const QString &clone, const QString &rel) { return clone + QLatin1Char('/') + rel; }

    // A pre-push hook in @p clone that plays an admin save on the server before each of the first @p times pushes.
    void raceOnPush(const QString &clone, int times)
    {
        const QString hook = clone + QStringLiteral("/.git/hooks/pre-push");
        const QString counter = clone + QStringLiteral("/.git/races");
        const QString serverFile = m_server + QLatin1Char('/') + kPageB + QStringLiteral("/item.kk.md");
        const QByteArray script = "#!/bin/sh\nunset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\nn=$(cat '" + counter.toUtf8()
            + "' 2>/dev/null || echo 0)\n[ \"$n\" -ge " + QByteArray::number(times) + " ] && exit 0\necho $((n+1)) > '"
            + counter.toUtf8() + "'\ncd '" + m_server.toUtf8() + "' || exit 1\necho \"race $n\" >> '" + serverFile.toUtf8()
            + "'\ngit add . && git commit -q -m \"(Grav GitSync) Automatic Commit from GitSync $n\" && git push -q origin "
              "master:master\n";
        QVERIFY(writeAll(hook, script));
        QFile::setPermissions(hook, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = GitSyncFixture::skipReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(GitSyncFixture::isolate(m_tmp.path()));
    }

    void cleanup() { GitSyncFixture::setDate(QDateTime()); }

    // Kazakh folder and file names (with a space) from the server and from here, through status, sync, publish
    // (also by a Cyrillic route) and history; a decomposed (NFD) name keeps its bytes and is not a phantom edit.
    void kazakhNames_data() { addVersionRows(); }

    void kazakhNames()
    {
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        const QString page = QStringLiteral("pages/02.news/03.2024-05-01-қан-тапсыру");
        const QByteArray kk = "---\ntitle: 'Қан тапсыру күні'\ndate: '01-05-2024 10:00'\npublished: true\n---\n\n"
                              "Бірінші абзац.\n\nЕкінші абзац.\n";
        const QByteArray photo = QByteArray("\xff\xd8\xff\xe0 сурет", 14);
        adminWrite({{page + QStringLiteral("/item.kk.md"), kk}, {page + QStringLiteral("/сурет 1.jpg"), photo}});
        QCOMPARE(stateOf(status(m_a), page), QStringLiteral("changed-on-server"));
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(readAll(path(m_a, page + QStringLiteral("/item.kk.md"))), kk);
        QCOMPARE(readAll(path(m_a, page + QStringLiteral("/сурет 1.jpg"))), photo);
        QCOMPARE(stateOf(status(m_a), page), QStringLiteral("synced"));

        // Edited here, a Russian translation and a second photo added; one of them named in NFD (и + combining breve).
        const QString nfd = QStringLiteral("сурет-и\u0306.jpg");
        QVERIFY(nfd != nfd.normalized(QString::NormalizationForm_C));
        edit(path(m_a, page + QStringLiteral("/item.kk.md")), "Екінші абзац.", "Екінші абзац, өңделген.");
        const QByteArray ru = "---\ntitle: 'День донора'\ndate: '01-05-2024 10:00'\npublished: true\n---\n\nПервый абзац.\n";
        QVERIFY(writeAll(path(m_a, page + QStringLiteral("/item.ru.md")), ru));
        QVERIFY(writeAll(path(m_a, page + QStringLiteral("/сурет 2.jpg")), photo + "2"));
        QVERIFY(writeAll(path(m_a, page + QLatin1Char('/') + nfd), photo + "nfd"));
        QCOMPARE(stateOf(status(m_a), page), QStringLiteral("edited-here"));
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, QStringLiteral("/news/2024-05-01-қан-тапсыру")});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QStringList expected = {QStringLiteral("A\t") + page + QStringLiteral("/item.ru.md"),
            QStringLiteral("A\t") + page + QStringLiteral("/сурет 2.jpg"), QStringLiteral("A\t") + page + QLatin1Char('/') + nfd,
            QStringLiteral("M\t") + page + QStringLiteral("/item.kk.md")};
        expected.sort();
        QCOMPARE(tipChanges(), expected);
        QCOMPARE(git(m_remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}),
            QByteArray("Новость: День донора [kk,ru]"));
        QCOMPARE(remoteBlob(page + QLatin1Char('/') + nfd), photo + "nfd");
        const QJsonObject s = status(m_a);
        QCOMPARE(stateOf(s, page), QStringLiteral("synced"));
        QCOMPARE(s.value(QStringLiteral("ahead")).toInt(), 0);
        // The server takes the page as it is.
        serverSync();
        QCOMPARE(readAll(path(m_server, page + QStringLiteral("/item.kk.md"))),
            readAll(path(m_a, page + QStringLiteral("/item.kk.md"))));
        QCOMPARE(readAll(path(m_server, page + QLatin1Char('/') + nfd)), photo + "nfd");
        // History by folder and by a file whose name has a space.
        const ProgramRun h = cli({QStringLiteral("history"), m_a, page});
        QCOMPARE(h.code, 0);
        QVERIFY2(h.out.contains("Новость: День донора [kk,ru]"), h.out.constData());
        QVERIFY(h.out.contains("(Grav GitSync)"));
        const ProgramRun hf = cli({QStringLiteral("history"), m_a, path(m_a, page + QStringLiteral("/сурет 1.jpg"))});
        QCOMPARE(hf.code, 0);
        QCOMPARE(hf.out.count('\n'), 1);
        QVERIFY2(hf.out.contains("(Grav GitSync)"), hf.out.constData());
        // The other desktop (CRLF working files) gets them too, and sees no edits.
        const ProgramRun rb = cli({QStringLiteral("sync"), m_b});
        QVERIFY2(rb.code == 0, rb.err.constData());
        QCOMPARE(readAll(path(m_b, page + QLatin1Char('/') + nfd)), photo + "nfd");
        QCOMPARE(stateOf(status(m_b), page), QStringLiteral("synced"));
    }

    // A page created here and a different one created by the admin at the same time: both survive, the publish holds
    // only this desktop's page, on top of the admin's commit.
    void newPagesOnBothSides_data() { addVersionRows(); }

    void newPagesOnBothSides()
    {
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        const QString mine = QStringLiteral("pages/02.news/03.2024-06-01-desk");
        const QString theirs = QStringLiteral("pages/02.news/04.2024-06-01-admin");
        const QByteArray mineText = "---\ntitle: 'С рабочего стола'\n---\n\nТекст.\n";
        const QByteArray theirsText = "---\ntitle: 'Из админки'\n---\n\nДругой текст.\n";
        QVERIFY(writeAll(path(m_a, mine + QStringLiteral("/item.ru.md")), mineText));
        QVERIFY(writeAll(path(m_a, mine + QStringLiteral("/photo.jpg")), "desk photo"));
        serverSync();
        adminWrite({{theirs + QStringLiteral("/item.ru.md"), theirsText}});
        const QString adminCommit = remoteTip();
        const QJsonObject s = status(m_a);
        QCOMPARE(stateOf(s, mine), QStringLiteral("edited-here"));
        QCOMPARE(stateOf(s, theirs), QStringLiteral("changed-on-server"));
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, mine});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QCOMPARE(tipChanges(),
            QStringList({QStringLiteral("A\t") + mine + QStringLiteral("/item.ru.md"),
                QStringLiteral("A\t") + mine + QStringLiteral("/photo.jpg")}));
        QCOMPARE(QString::fromLatin1(git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master~1")})), adminCommit);
        QCOMPARE(readAll(path(m_a, theirs + QStringLiteral("/item.ru.md"))), theirsText);
        serverSync();
        QCOMPARE(readAll(path(m_server, mine + QStringLiteral("/item.ru.md"))), mineText);
        QCOMPARE(readAll(path(m_server, mine + QStringLiteral("/photo.jpg"))), QByteArray("desk photo"));
        QCOMPARE(readAll(path(m_server, theirs + QStringLiteral("/item.ru.md"))), theirsText);
        const QJsonObject after = status(m_a);
        QCOMPARE(stateOf(after, mine), QStringLiteral("synced"));
        QCOMPARE(stateOf(after, theirs), QStringLiteral("synced"));
    }

    // The same new page folder created here and by the admin with different text: a decision; nothing is written
    // until it is made (not even the admin's photo), and no conflict marker ever reaches pages/.
    void samePageAddedOnBothSides_data()
    {
        QTest::addColumn<QString>("take");
        QTest::newRow("take server") << QStringLiteral("server");
        QTest::newRow("take mine") << QStringLiteral("mine");
        QTest::newRow("same text on both sides") << QString();
    }

    void samePageAddedOnBothSides()
    {
        QFETCH(QString, take);
        QVERIFY(build());
        const QString page = QStringLiteral("pages/02.news/03.2024-06-01-same");
        const QString file = page + QStringLiteral("/item.ru.md");
        const QByteArray mineText = "---\ntitle: 'Одна новость'\n---\n\nТекст с рабочего стола.\n";
        const QByteArray theirsText
            = take.isEmpty() ? mineText : QByteArray("---\ntitle: 'Одна новость'\n---\n\nТекст из админки.\n");
        QVERIFY(writeAll(path(m_a, file), mineText));
        serverSync();
        adminWrite({{file, theirsText}, {page + QStringLiteral("/photo.jpg"), "admin photo"}});
        const QString adminCommit = remoteTip();
        if (take.isEmpty()) {
            const ProgramRun r = cli({QStringLiteral("sync"), m_a});
            QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
            QCOMPARE(readAll(path(m_a, file)), mineText);
            QCOMPARE(readAll(path(m_a, page + QStringLiteral("/photo.jpg"))), QByteArray("admin photo"));
            QCOMPARE(stateOf(status(m_a), page), QStringLiteral("synced"));
            return;
        }
        const QByteArray before = cloneState(m_a);
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains("added here and on the server with different content"), r.out.constData());
        QCOMPARE(cloneState(m_a), before);
        QVERIFY(!QFile::exists(path(m_a, page + QStringLiteral("/photo.jpg"))));
        QCOMPARE(stateOf(status(m_a), page), QStringLiteral("needs-decision"));
        QCOMPARE(cli({QStringLiteral("publish"), m_a, page}).code, 3);
        QCOMPARE(remoteTip(), adminCommit);
        QCOMPARE(cloneState(m_a), before);

        const ProgramRun t = cli({QStringLiteral("sync"), m_a, QStringLiteral("--take"), take});
        QVERIFY2(t.code == 0, QByteArray(t.err + t.out).constData());
        QVERIFY(noMarkers(m_a));
        QCOMPARE(readAll(path(m_a, page + QStringLiteral("/photo.jpg"))), QByteArray("admin photo"));
        if (take == QLatin1String("server")) {
            QCOMPARE(readAll(path(m_a, file)), theirsText);
            QCOMPARE(stateOf(status(m_a), page), QStringLiteral("synced"));
            return;
        }
        QCOMPARE(readAll(path(m_a, file)), mineText);
        QCOMPARE(stateOf(status(m_a), page), QStringLiteral("edited-here"));
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, page});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QCOMPARE(tipChanges(), QStringList({QStringLiteral("M\t") + file}));
        QCOMPARE(QString::fromLatin1(git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master~1")})), adminCommit);
        serverSync();
        QCOMPARE(readAll(path(m_server, file)), mineText);
    }

    // The page folder renamed here (not yet published) while the admin edits that page's text on the server: the
    // admin's edit follows the rename (merged with an edit made here in another paragraph), and the publish is one
    // commit that moves the folder.
    void renamedHereEditedOnServer_data() { addVersionRows(); }

    void renamedHereEditedOnServer()
    {
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        const QString renamed = QStringLiteral("pages/02.news/05.2023-02-02-balkhash");
        const QString ru = QStringLiteral("/item.ru.md");
        QVERIFY(QDir(m_a).rename(kPageB, renamed));
        edit(path(m_a, renamed + ru), "На прошлой неделе", "DESKTOP На прошлой неделе");
        adminEdit(kPageB + ru, "Эльвира Ибраевна и Асем", "SERVER Эльвира Ибраевна и Асем");
        QByteArray expected = readAll(path(m_server, kPageB + ru));
        expected.replace("На прошлой неделе", "DESKTOP На прошлой неделе");
        const QString adminCommit = remoteTip();

        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QVERIFY(!QDir(path(m_a, kPageB)).exists());
        QCOMPARE(readAll(path(m_a, renamed + ru)), expected);
        for (const QString &f :
            {QStringLiteral("/item.kk.md"), QStringLiteral("/item.en.md"), QStringLiteral("/2023-02-02-1.jpg")})
            QCOMPARE(readAll(path(m_a, renamed + f)), readAll(path(m_server, kPageB + f)));
        const QJsonObject s = status(m_a);
        QCOMPARE(stateOf(s, renamed), QStringLiteral("edited-here"));

        const ProgramRun p = cli({QStringLiteral("publish"), m_a, renamed});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QCOMPARE(QString::fromLatin1(git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master~1")})), adminCommit);
        const QStringList changes = tipChanges();
        QCOMPARE(changes.size(), 4);
        for (const QString &c : changes)
            QVERIFY2(c.startsWith(QLatin1String("R\t") + kPageB), qPrintable(c));
        QCOMPARE(remoteBlob(renamed + ru), expected);
        QVERIFY(git(m_remote, {QStringLiteral("ls-tree"), QStringLiteral("master"), kPageB + QLatin1Char('/')}).isEmpty());
        QCOMPARE(stateOf(status(m_a), renamed), QStringLiteral("synced"));
        serverSync();
        QCOMPARE(readAll(path(m_server, renamed + ru)), expected);
        QVERIFY(!QDir(path(m_server, kPageB)).exists());
    }

    // The admin deletes a page nobody touched here: it goes, folder, photo and all. A page deleted here that the
    // admin edited is a decision; keeping the deletion and publishing the gone folder deletes it on the server.
    void deletions()
    {
        QVERIFY(build());
        QVERIFY(m_fx.adminDelete(kPageB).ok());
        QCOMPARE(stateOf(status(m_a), kPageB), QStringLiteral("deleted-on-server"));
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QVERIFY(!QDir(path(m_a, kPageB)).exists());
        QCOMPARE(stateOf(status(m_a), kPageB), QStringLiteral("(absent)"));

        // Deleted here (the whole folder), edited by the admin.
        const QString ru = kPageA + QStringLiteral("/item.ru.md");
        QVERIFY(QDir(path(m_a, kPageA)).removeRecursively());
        adminEdit(ru, "published: true", "published: false");
        const QByteArray before = cloneState(m_a);
        const ProgramRun d = cli({QStringLiteral("sync"), m_a});
        QCOMPARE(d.code, 3);
        QVERIFY2(d.out.contains((ru + QStringLiteral(": deleted here, changed on the server")).toUtf8()), d.out.constData());
        QCOMPARE(cloneState(m_a), before);
        QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("needs-decision"));
        const ProgramRun keep = cli({QStringLiteral("sync"), m_a, QStringLiteral("--take"), QStringLiteral("mine")});
        QVERIFY2(keep.code == 0, QByteArray(keep.err + keep.out).constData());
        QVERIFY(!QDir(path(m_a, kPageA)).exists());
        const QString adminCommit = remoteTip();
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageA});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QCOMPARE(QString::fromLatin1(git(m_remote, {QStringLiteral("rev-parse"), QStringLiteral("master~1")})), adminCommit);
        QCOMPARE(tipChanges(),
            QStringList({QStringLiteral("D\t") + kPageA + QStringLiteral("/item.en.md"),
                QStringLiteral("D\t") + kPageA + QStringLiteral("/item.kk.md"), QStringLiteral("D\t") + ru}));
        serverSync();
        QVERIFY(!QDir(path(m_server, kPageA)).exists());
        QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("(absent)"));
    }

    // Header: different keys edited on both sides and a YAML comment added here: merged into this desktop's text.
    // The taxonomy's tag list changed on both sides: one field, one decision; --take server takes only that field.
    void headerKeysCommentAndTags()
    {
        QVERIFY(build());
        const QString file = QStringLiteral("pages/02.news/03.2024-05-10-header/item.ru.md");
        const QByteArray seed = "---\ntitle: 'Заголовок'\n# date as d-m-Y\ndate: '10-05-2024 09:00'\npublished: true\n"
                                "taxonomy:\n    tag:\n        - кровь\n        - донор\n---\n\nТекст.\n";
        adminWrite({{file, seed}});
        QCOMPARE(cli({QStringLiteral("sync"), m_a}).code, 0);
        QCOMPARE(readAll(path(m_a, file)), seed);
        edit(path(m_a, file), "title: 'Заголовок'\n", "title: 'Заголовок редакции'\n# checked by the desk\n");
        adminEdit(file, "date: '10-05-2024 09:00'\npublished: true\n", "date: '11-05-2024 12:30'\npublished: false\n");
        QByteArray expected = readAll(path(m_a, file));
        expected.replace("date: '10-05-2024 09:00'\npublished: true\n", "date: '11-05-2024 12:30'\npublished: false\n");
        QCOMPARE(stateOf(status(m_a), QStringLiteral("pages/02.news/03.2024-05-10-header")), QStringLiteral("changed-on-both"));
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(readAll(path(m_a, file)), expected);

        // Tags on both sides.
        edit(path(m_a, file), "        - донор\n", "        - донор\n        - Караганда\n");
        adminEdit(file, "        - донор\n", "        - донор\n        - анализ\n");
        const QByteArray serverTags = "taxonomy:\n    tag:\n        - кровь\n        - донор\n        - анализ\n";
        const QByteArray before = cloneState(m_a);
        const ProgramRun d = cli({QStringLiteral("sync"), m_a});
        QCOMPARE(d.code, 3);
        QVERIFY2(d.out.contains("field “taxonomy”"), d.out.constData());
        QCOMPARE(cloneState(m_a), before);
        QByteArray taken = readAll(path(m_a, file));
        taken.replace("taxonomy:\n    tag:\n        - кровь\n        - донор\n        - Караганда\n", serverTags);
        const ProgramRun t = cli({QStringLiteral("sync"), m_a, QStringLiteral("--take"), QStringLiteral("server")});
        QVERIFY2(t.code == 0, QByteArray(t.err + t.out).constData());
        QCOMPARE(readAll(path(m_a, file)), taken);
        QVERIFY(taken.contains("# checked by the desk\n"));
    }

    // A paragraph edited on one side and a new paragraph inserted right next to it on the other: both kept, in
    // order (no decision), either way round.
    void paragraphEditedNextToInsert_data()
    {
        QTest::addColumn<bool>("insertOnServer");
        QTest::addColumn<bool>("after");
        QTest::newRow("edited here, inserted after it on the server") << true << true;
        QTest::newRow("edited here, inserted before it on the server") << true << false;
        QTest::newRow("inserted here after it, edited on the server") << false << true;
    }

    void paragraphEditedNextToInsert()
    {
        QFETCH(bool, insertOnServer);
        QFETCH(bool, after);
        QVERIFY(build());
        const QString rel = kPageA + QStringLiteral("/item.ru.md");
        const QByteArray para = "Организатор Школы";
        const QByteArray changed = "ИЗМЕНЕНО Организатор Школы";
        const QByteArray next = "Школа пациентов для больных";
        const QByteArray inserted = "Новый абзац от вставки.\n\n";
        // The insertion: before the edited paragraph, or before the one after it.
        const QByteArray anchor = after ? next : para;
        if (insertOnServer) {
            edit(path(m_a, rel), para, changed);
            adminEdit(rel, anchor, QByteArray(inserted + anchor));
        } else {
            edit(path(m_a, rel), anchor, QByteArray(inserted + anchor));
            adminEdit(rel, para, changed);
        }
        QByteArray expected = readAll(path(m_server, rel));
        if (insertOnServer)
            expected.replace(para, changed);
        else
            expected.replace(anchor, QByteArray(inserted + anchor));
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(readAll(path(m_a, rel)), expected);
        QCOMPARE(expected.count(changed), 1);
        QCOMPARE(expected.count("Новый абзац от вставки."), 1);
    }

    // The admin uploads a photo into a page while its text is edited here: both kept, and the publish sends only the
    // text. A photo replaced on both sides is a whole-file decision.
    void photoUploadedWhileTextEdited_data() { addVersionRows(); }

    void photoUploadedWhileTextEdited()
    {
        QFETCH(GitSyncVersion, server);
        QVERIFY(build(server));
        const QString ru = kPageB + QStringLiteral("/item.ru.md");
        const QString photo = kPageB + QStringLiteral("/2023-02-02-2.jpg");
        edit(path(m_a, ru), "На прошлой неделе", "DESKTOP На прошлой неделе");
        const QByteArray mine = readAll(path(m_a, ru));
        serverSync();
        adminWrite({{photo, QByteArray("\xff\xd8 new photo", 12)}});
        QCOMPARE(stateOf(status(m_a), kPageB), QStringLiteral("changed-on-both"));
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageB});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QCOMPARE(readAll(path(m_a, photo)), QByteArray("\xff\xd8 new photo", 12));
        QCOMPARE(readAll(path(m_a, ru)), mine);
        QCOMPARE(tipChanges(), QStringList({QStringLiteral("M\t") + ru}));
        serverSync();
        QCOMPARE(readAll(path(m_server, ru)), mine);
        QCOMPARE(readAll(path(m_server, photo)), QByteArray("\xff\xd8 new photo", 12));
        QCOMPARE(stateOf(status(m_a), kPageB), QStringLiteral("synced"));
    }

    void photoReplacedOnBothSides_data()
    {
        QTest::addColumn<QString>("take");
        QTest::newRow("take server") << QStringLiteral("server");
        QTest::newRow("take mine") << QStringLiteral("mine");
    }

    void photoReplacedOnBothSides()
    {
        QFETCH(QString, take);
        QVERIFY(build());
        const QString photo = kPageB + QStringLiteral("/2023-02-02-1.jpg");
        QVERIFY(writeAll(path(m_a, photo), "\xff\xd8 desk"));
        serverSync();
        adminWrite({{photo, "\xff\xd8 admin"}});
        const QByteArray before = cloneState(m_a);
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains((photo + QStringLiteral(": changed here and on the server")).toUtf8()), r.out.constData());
        QCOMPARE(cloneState(m_a), before);
        const ProgramRun t = cli({QStringLiteral("sync"), m_a, QStringLiteral("--take"), take});
        QVERIFY2(t.code == 0, QByteArray(t.err + t.out).constData());
        const bool server = take == QLatin1String("server");
        QCOMPARE(readAll(path(m_a, photo)), server ? QByteArray("\xff\xd8 admin") : QByteArray("\xff\xd8 desk"));
        QCOMPARE(stateOf(status(m_a), kPageB), server ? QStringLiteral("synced") : QStringLiteral("edited-here"));
        if (!server) {
            QVERIFY(cli({QStringLiteral("publish"), m_a, kPageB}).code == 0);
            QCOMPARE(remoteBlob(photo), QByteArray("\xff\xd8 desk"));
        }
    }

    // One page needs a decision, another merges cleanly, a third is new from the server: exit 3 leaves every byte
    // of the clone (files, index, HEAD, refs) as it was, for sync and for a publish of the clean page alike. Then
    // each --take gives exactly the expected bytes.
    void takeSidesExactly_data()
    {
        QTest::addColumn<QString>("take");
        QTest::newRow("take server") << QStringLiteral("server");
        QTest::newRow("take mine") << QStringLiteral("mine");
    }

    void takeSidesExactly()
    {
        QFETCH(QString, take);
        QVERIFY(build());
        const QString a = kPageA + QStringLiteral("/item.ru.md");
        const QString b = kPageB + QStringLiteral("/item.kk.md");
        const QString added = QStringLiteral("pages/02.news/03.2024-01-01-new/item.ru.md");
        edit(path(m_a, a), "Она пройдет в гибридном", "DESKTOP Она пройдет в гибридном");
        edit(path(m_a, b), "show_sidebar: true", "show_sidebar: false");
        const QByteArray mineA = readAll(path(m_a, a));
        serverSync();
        QVERIFY(GitSyncFixture::replaceIn(path(m_server, a), "Она пройдет в гибридном", "SERVER Она пройдет в гибридном"));
        QVERIFY(GitSyncFixture::replaceIn(path(m_server, b), "published: true", "published: false"));
        adminWrite({{added, "---\ntitle: 'Новая'\n---\n\nНовая.\n"}});
        const QString tip = remoteTip();
        const QByteArray before = cloneState(m_a);
        const ProgramRun r = cli({QStringLiteral("sync"), m_a});
        QCOMPARE(r.code, 3);
        QCOMPARE(cloneState(m_a), before);
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageB});
        QCOMPARE(p.code, 3);
        QCOMPARE(cloneState(m_a), before);
        QCOMPARE(remoteTip(), tip);

        QByteArray mergedB = readAll(path(m_server, b));
        mergedB.replace("show_sidebar: true", "show_sidebar: false");
        const ProgramRun t = cli({QStringLiteral("sync"), m_a, QStringLiteral("--take"), take});
        QVERIFY2(t.code == 0, QByteArray(t.err + t.out).constData());
        const bool server = take == QLatin1String("server");
        QCOMPARE(readAll(path(m_a, a)), server ? readAll(path(m_server, a)) : mineA);
        QCOMPARE(readAll(path(m_a, b)), mergedB);
        QCOMPARE(readAll(path(m_a, added)), readAll(path(m_server, added)));
        const QJsonObject s = status(m_a);
        QCOMPARE(stateOf(s, kPageA), server ? QStringLiteral("synced") : QStringLiteral("edited-here"));
        QCOMPARE(stateOf(s, kPageB), QStringLiteral("edited-here"));
        QCOMPARE(s.value(QStringLiteral("behind")).toInt(), 0);
        QVERIFY(noMarkers(m_a));
        QCOMPARE(remoteTip(), tip);
    }

    // PAGE as a user may type it. Refusals are clear, exit 1, and push nothing.
    void publishArguments_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<QString>("cwd"); // relative to the clone; "" keeps the test's
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("route") << QStringLiteral("/news/2023-02-28-patient-school") << QString() << 0 << QByteArray("Published");
        QTest::newRow("route with a trailing slash")
            << QStringLiteral("/news/2023-02-28-patient-school/") << QString() << 0 << QByteArray("Published");
        QTest::newRow("page file, relative to the site")
            << kPageA + QStringLiteral("/item.ru.md") << QString() << 0 << QByteArray("Published");
        QTest::newRow("page folder, relative to the pages folder")
            << QStringLiteral("02.news/01.2023-02-28-patient-school") << QString() << 0 << QByteArray("Published");
        QTest::newRow("page folder, relative to the working folder")
            << QStringLiteral("01.2023-02-28-patient-school/") << QStringLiteral("pages/02.news") << 0 << QByteArray("Published");
        QTest::newRow("a file outside pages/")
            << QStringLiteral("config/system.yaml") << QString() << 1 << QByteArray("is not a page of the synced folders");
        QTest::newRow("a folder outside the site")
            << QStringLiteral("..") << QStringLiteral("pages") << 1 << QByteArray("is not a page of the synced folders");
        QTest::newRow("no such folder") << QStringLiteral("pages/02.news/99.no-such-page") << QString() << 1
                                        << QByteArray("No such page: pages/02.news/99.no-such-page");
        QTest::newRow("no such route") << QStringLiteral("/news/no-such-page") << QString() << 1
                                       << QByteArray("No such page: /news/no-such-page");
    }

    void publishArguments()
    {
        QFETCH(QString, arg);
        QFETCH(QString, cwd);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        QVERIFY(build());
        const QString file = path(m_a, kPageA + QStringLiteral("/item.ru.md"));
        edit(file, "Она пройдет", "DESKTOP Она пройдет");
        QVERIFY(writeAll(path(m_a, QStringLiteral("config/system.yaml")), "local: true\n"));
        const QByteArray mine = readAll(file);
        const QString tip = remoteTip();
        QProcess p;
        p.setWorkingDirectory(cwd.isEmpty() ? m_tmp.path() : path(m_a, cwd));
        p.start(QStringLiteral(GRAVDESK_CLI), {QStringLiteral("publish"), m_a, arg});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QCOMPARE(p.exitCode(), code);
        QVERIFY2(out.contains(message), out.constData());
        QCOMPARE(readAll(file), mine);
        if (code != 0) {
            QCOMPARE(remoteTip(), tip);
            return;
        }
        QCOMPARE(tipChanges(), QStringList({QStringLiteral("M\t") + kPageA + QStringLiteral("/item.ru.md")}));
        QCOMPARE(remoteBlob(kPageA + QStringLiteral("/item.ru.md")), mine);
    }

    // The first publish to a remote without any commit: the page becomes the branch's first commit.
    void emptyRemote()
    {
        const QString root = m_tmp.path() + QStringLiteral("/empty");
        const QString remote = root + QStringLiteral("/remote.git");
        const QString desk = root + QStringLiteral("/desk");
        QVERIFY(QDir().mkpath(root));
        git(root, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), remote});
        git(root, {QStringLiteral("clone"), QStringLiteral("-q"), remote, desk});
        const QString page = QStringLiteral("pages/01.home/default.ru.md");
        const QByteArray text = "---\ntitle: 'Главная'\n---\n\nПривет.\n";
        QVERIFY(writeAll(desk + QLatin1Char('/') + page, text));
        const ProgramRun s = cli({QStringLiteral("status"), desk});
        QVERIFY2(s.code == 0, QByteArray(s.err + s.out).constData());
        const ProgramRun p = cli({QStringLiteral("publish"), desk, QStringLiteral("pages/01.home")});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QCOMPARE(git(remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("master")}), QByteArray("1"));
        QCOMPARE(
            GitSyncFixture::git(remote, {QStringLiteral("cat-file"), QStringLiteral("blob"), QStringLiteral("master:") + page})
                .out,
            text);
        const QJsonObject st = status(desk);
        QCOMPARE(stateOf(st, QStringLiteral("pages/01.home")), QStringLiteral("synced"));
        QCOMPARE(st.value(QStringLiteral("ahead")).toInt(), 0);
    }

    // A remote whose branch is main: a clone of it publishes and updates there. A clone still tracking a branch the
    // server no longer has is told so, not queued as if offline.
    void branchNotMaster()
    {
        QVERIFY(build());
        git(m_remote, {QStringLiteral("branch"), QStringLiteral("-m"), QStringLiteral("master"), QStringLiteral("main")});
        git(m_remote, {QStringLiteral("symbolic-ref"), QStringLiteral("HEAD"), QStringLiteral("refs/heads/main")});
        const QString c = m_tmp.path() + QStringLiteral("/main-clone");
        const QString d = m_tmp.path() + QStringLiteral("/main-clone-2");
        git(m_tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, c});
        git(m_tmp.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, d});
        QCOMPARE(git(c, {QStringLiteral("symbolic-ref"), QStringLiteral("--short"), QStringLiteral("HEAD")}), QByteArray("main"));
        edit(path(c, kPageA + QStringLiteral("/item.ru.md")), "Она пройдет", "DESKTOP Она пройдет");
        const ProgramRun p = cli({QStringLiteral("publish"), c, kPageA});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        QCOMPARE(
            tipChanges(QStringLiteral("main")), QStringList({QStringLiteral("M\t") + kPageA + QStringLiteral("/item.ru.md")}));
        QVERIFY(git(m_remote, {QStringLiteral("branch"), QStringLiteral("--list"), QStringLiteral("master")}).isEmpty());
        const ProgramRun r = cli({QStringLiteral("sync"), d});
        QVERIFY2(r.code == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(
            readAll(path(d, kPageA + QStringLiteral("/item.ru.md"))), readAll(path(c, kPageA + QStringLiteral("/item.ru.md"))));
        QCOMPARE(stateOf(status(c), kPageA), QStringLiteral("synced"));

        // Clone A still follows master, which the server no longer has.
        edit(path(m_a, kPageB + QStringLiteral("/item.ru.md")), "На прошлой неделе", "A На прошлой неделе");
        const ProgramRun gone = cli({QStringLiteral("publish"), m_a, kPageB});
        QCOMPARE(gone.code, 1);
        QVERIFY2(gone.err.contains("master"), gone.err.constData());
        QVERIFY2(!gone.out.contains("cannot be reached"), gone.out.constData());
        QVERIFY(git(m_a, {QStringLiteral("for-each-ref"), QStringLiteral("refs/gravdesk/queued/")}).isEmpty());
    }

    // Someone pushes between our update and our push, again and again: twice is absorbed (three attempts), a third
    // time the publish gives up with a message, keeps the text, and pushes nothing of its own.
    void pushRaceRepeated_data()
    {
        QTest::addColumn<int>("races");
        QTest::newRow("twice in a row") << 2;
        QTest::newRow("three times in a row") << 3;
    }

    void pushRaceRepeated()
    {
        QFETCH(int, races);
        QVERIFY(build());
        raceOnPush(m_a, races);
        const QString file = path(m_a, kPageA + QStringLiteral("/item.ru.md"));
        edit(file, "Она пройдет", "DESKTOP Она пройдет");
        const QByteArray mine = readAll(file);
        const int before = remoteCount();
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageA});
        QCOMPARE(readAll(file), mine);
        if (races < 3) {
            QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
            QCOMPARE(remoteCount(), before + races + 1);
            QCOMPARE(tipChanges(), QStringList({QStringLiteral("M\t") + kPageA + QStringLiteral("/item.ru.md")}));
            QCOMPARE(
                git(m_remote,
                    {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"), QStringLiteral("master~1")}),
                QByteArray("(Grav GitSync) Automatic Commit from GitSync ") + QByteArray::number(races - 1));
            QCOMPARE(readAll(path(m_a, kPageB + QStringLiteral("/item.kk.md"))),
                readAll(path(m_server, kPageB + QStringLiteral("/item.kk.md"))));
            QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("synced"));
            return;
        }
        QCOMPARE(p.code, 1);
        QVERIFY2(p.err.contains("kept changing"), p.err.constData());
        QCOMPARE(remoteCount(), before + 3);
        QVERIFY(!remoteBlob(kPageA + QStringLiteral("/item.ru.md")).contains("DESKTOP"));
        QCOMPARE(stateOf(status(m_a), kPageA), QStringLiteral("edited-here"));
        // The next try goes through.
        const ProgramRun again = cli({QStringLiteral("publish"), m_a, kPageA});
        QVERIFY2(again.code == 0, QByteArray(again.err + again.out).constData());
        QCOMPARE(remoteBlob(kPageA + QStringLiteral("/item.ru.md")), mine);
    }

    // History hides Git Sync's merge commits, and follows a page across an admin reorder (its folder renamed).
    void historyAcrossReorder()
    {
        QVERIFY(build());
        const QString moved = QStringLiteral("pages/02.news/03.2023-02-02-balkhash");
        // A minute between the steps (after the fixture's own commits), so that newest first is one order.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
        GitSyncFixture::setDate(start);
        edit(path(m_a, kPageB + QStringLiteral("/item.ru.md")), "На прошлой неделе", "DESKTOP На прошлой неделе");
        const ProgramRun p = cli({QStringLiteral("publish"), m_a, kPageB, QStringLiteral("-m"), QStringLiteral("desk edit")});
        QVERIFY2(p.code == 0, QByteArray(p.err + p.out).constData());
        // The admin saves before the server pulled: Git Sync 3.2.0 merges ("Merge branch …") and pushes.
        GitSyncFixture::setDate(start.addSecs(60));
        const ServerSyncRun saved = m_fx.adminSave(kPageB + QStringLiteral("/item.kk.md"), "published: true", "published: false");
        QVERIFY2(saved.ok(), saved.pull.err.constData());
        QVERIFY(m_fx.remoteLog().join(QLatin1Char('\n')).contains(QLatin1String("Merge branch")));
        GitSyncFixture::setDate(start.addSecs(120));
        QVERIFY(m_fx.adminReorder(kPageB, moved).ok());
        QCOMPARE(cli({QStringLiteral("sync"), m_a}).code, 0);
        const ProgramRun h = cli({QStringLiteral("history"), m_a, moved});
        QCOMPARE(h.code, 0);
        const QList<QByteArray> lines = h.out.trimmed().split('\n');
        QVERIFY2(!h.out.contains("Merge branch"), h.out.constData());
        QVERIFY2(h.out.contains("desk edit"), h.out.constData());
        // Newest first: the reorder, the admin's save, the desktop's publish, the seed.
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).contains("(Grav GitSync)"));
        QVERIFY(lines.at(1).contains("(Grav GitSync)"));
        QVERIFY(lines.at(2).contains("desk edit"));
        QVERIFY(lines.at(3).contains("(Grav GitSync)"));
        // The same by route, and by one file.
        QCOMPARE(cli({QStringLiteral("history"), m_a, QStringLiteral("/news/2023-02-02-balkhash")}).out, h.out);
        const ProgramRun hf = cli({QStringLiteral("history"), m_a, moved + QStringLiteral("/item.ru.md")});
        QVERIFY2(hf.out.contains("desk edit"), hf.out.constData());
        QVERIFY(!hf.out.contains("Merge branch"));
    }

    // A repository a terminal user left mid-way: detached HEAD, a merge or rebase stopped on a conflict, a
    // cherry-pick stopped on one. Sync (with or without --take) and publish say so clearly and write nothing.
    void leftMidOperation_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("detached HEAD") << QStringLiteral("detach") << QByteArray("detached HEAD");
        QTest::newRow("merge stopped on a conflict") << QStringLiteral("merge") << QByteArray("merge");
        QTest::newRow("rebase stopped on a conflict") << QStringLiteral("rebase") << QByteArray("rebase");
        QTest::newRow("cherry-pick stopped on a conflict") << QStringLiteral("cherry-pick") << QByteArray("cherry-pick");
    }

    void leftMidOperation()
    {
        QFETCH(QString, operation);
        QFETCH(QByteArray, message);
        QVERIFY(build());
        const QString rel = kPageA + QStringLiteral("/item.ru.md");
        // Another desktop publishes an edit of a paragraph, then the admin edits it again.
        edit(path(m_b, rel), "Она пройдет в гибридном", "B Она пройдет в гибридном");
        QCOMPARE(cli({QStringLiteral("publish"), m_b, kPageA}).code, 0);
        const QString published = remoteTip();
        adminEdit(rel, "B Она пройдет в гибридном", "SERVER Она пройдет в гибридном");
        git(m_a, {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")});
        if (operation == QLatin1String("detach")) {
            git(m_a, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("--detach")});
        } else if (operation == QLatin1String("cherry-pick")) {
            // HEAD stays the server's ancestor; the conflict markers are in the working file.
            QVERIFY(GitSyncFixture::git(m_a, {QStringLiteral("cherry-pick"), QStringLiteral("origin/master")}).code != 0);
        } else {
            edit(path(m_a, rel), "Она пройдет в гибридном", "A Она пройдет в гибридном");
            git(m_a, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("terminal edit")});
            QVERIFY(GitSyncFixture::git(m_a, {operation, QStringLiteral("origin/master")}).code != 0);
        }
        Q_UNUSED(published)
        if (operation != QLatin1String("detach"))
            QVERIFY(readAll(path(m_a, rel)).contains(kConflictMarker));
        const QString tip = remoteTip();
        const QByteArray before = cloneState(m_a);
        for (const QStringList &args : {QStringList {QStringLiteral("sync"), m_a},
                 QStringList {QStringLiteral("sync"), m_a, QStringLiteral("--take"), QStringLiteral("mine")},
                 QStringList {QStringLiteral("sync"), m_a, QStringLiteral("--take"), QStringLiteral("server")},
                 QStringList {QStringLiteral("publish"), m_a, kPageA}}) {
            const ProgramRun r = cli(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(message), r.err.constData());
            QVERIFY2(r.err.contains("repair") || r.err.contains("finish"), r.err.constData());
            QCOMPARE(cloneState(m_a), before);
            QCOMPARE(remoteTip(), tip);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliVcsMore)
#include "tst_cli_vcs_more.moc"
