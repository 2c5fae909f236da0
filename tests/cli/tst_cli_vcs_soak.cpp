// Two desktops and the Git Sync server (3.2.0, and 2.3.2 with the fix the status warning names) edit the same pages
// round after round, each in a paragraph of its own, and publish and sync in every order: at the end every last
// edit of every side is in every copy, byte for byte the same, no conflict marker anywhere, and every tip the remote
// ever had is an ancestor of the next (the remote only ever fast-forwarded).
#include "gitsyncfixture.h"
#include "programrun.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace GravDesk;

namespace {

const QStringList kPages
    = {QStringLiteral("pages/02.news/01.2023-02-28-patient-school"), QStringLiteral("pages/02.news/02.2023-02-02-balkhash")};
const QStringList kLanguages = {QStringLiteral("ru"), QStringLiteral("kk")};
constexpr int kRounds = 8;

ProgramRun cli(const QStringList &args)
{
    return runProgram(QStringLiteral(GRAVDESK_CLI), args, 120000);
}

// The paragraph of side @p side ("A", "B", "S") in a page file, as written in round @p round.
QByteArray mark(const char *side, const QString &file, int round)
{
    return QByteArray(side) + " edited " + file.toUtf8() + " in round " + QByteArray::number(round) + ".";
}

} // namespace

Q_DECLARE_METATYPE(GravDesk::GitSyncVersion)

class TestCliVcsSoak final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = GitSyncFixture::skipReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(GitSyncFixture::isolate(m_tmp.path()));
    }

    void nothingLost_data()
    {
        QTest::addColumn<GitSyncVersion>("server");
        QTest::newRow("Git Sync 3.2.0") << GitSyncVersion::V3_2_0;
        QTest::newRow("Git Sync 2.3.2 with pull.rebase false") << GitSyncVersion::V2_3_2;
    }

    void nothingLost()
    {
        QFETCH(GitSyncVersion, server);
        GitSyncFixture fx;
        QVERIFY2(fx.create(m_tmp.path() + QStringLiteral("/v") + gitSyncVersionName(server), server), qPrintable(fx.error()));
        if (server == GitSyncVersion::V2_3_2) // what `gravdesk-cli status` tells the admin to set when it wedges
            QVERIFY(
                GitSyncFixture::git(fx.server, {QStringLiteral("config"), QStringLiteral("pull.rebase"), QStringLiteral("false")})
                    .ok());

        // Each page file gets a paragraph per side at its end, on the server (an admin save), and both desktops sync.
        QStringList files;
        for (const QString &page : kPages) {
            for (const QString &lang : kLanguages) {
                const QString rel = page + QStringLiteral("/item.") + lang + QStringLiteral(".md");
                files.append(rel);
                const QString path = fx.server + QLatin1Char('/') + rel;
                QByteArray bytes = GitSyncFixture::readFile(path);
                QVERIFY(!bytes.isEmpty());
                if (!bytes.endsWith('\n'))
                    bytes += '\n';
                bytes += "\n" + mark("A", rel, 0) + "\n\n" + mark("B", rel, 0) + "\n\n" + mark("S", rel, 0) + "\n";
                QVERIFY(GitSyncFixture::writeFile(path, bytes));
            }
        }
        QVERIFY(fx.serverSync().ok());
        for (const QString &desk : {fx.deskA, fx.deskB}) {
            const ProgramRun r = cli({QStringLiteral("sync"), desk});
            QVERIFY2(r.code == 0, r.err.constData());
        }

        QStringList tips = {fx.remoteTip()};
        const auto remember = [&] {
            const QString tip = fx.remoteTip();
            if (tip != tips.constLast())
                tips.append(tip);
        };
        for (int round = 1; round <= kRounds; ++round) {
            // Each side edits its own paragraph of one page file (a different one for each side and round).
            const QString fileA = files.at(round % files.size());
            const QString fileB = files.at((round + 1) % files.size());
            const QString fileS = files.at((round + 2) % files.size());
            const auto previous = [&](const char *side, const QString &file) {
                // the paragraph holds the round that last wrote it (0 at the start)
                for (int r = round - 1; r > 0; --r) {
                    const int step = side[0] == 'A' ? 0 : side[0] == 'B' ? 1 : 2;
                    if (files.at((r + step) % files.size()) == file)
                        return r;
                }
                return 0;
            };
            QVERIFY(GitSyncFixture::replaceIn(
                fx.deskA + QLatin1Char('/') + fileA, mark("A", fileA, previous("A", fileA)), mark("A", fileA, round)));
            QVERIFY(GitSyncFixture::replaceIn(
                fx.deskB + QLatin1Char('/') + fileB, mark("B", fileB, previous("B", fileB)), mark("B", fileB, round)));
            // The three steps in every order over the rounds: A publishes, B publishes, the admin saves (Git Sync).
            static const std::array<std::array<int, 3>, 6> orders {
                {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}}};
            for (const int step : orders.at(round % orders.size())) {
                if (step == 2) {
                    const ServerSyncRun s = fx.adminSave(fileS, mark("S", fileS, previous("S", fileS)), mark("S", fileS, round));
                    QVERIFY2(s.committed, qPrintable(fileS));
                    QVERIFY2(s.ok(), s.pull.err.constData());
                } else {
                    const QString desk = step == 0 ? fx.deskA : fx.deskB;
                    const QString file = step == 0 ? fileA : fileB;
                    const ProgramRun r = cli({QStringLiteral("publish"), desk, file.section(QLatin1Char('/'), 0, -2)});
                    QVERIFY2(r.code == 0,
                        qPrintable(QStringLiteral("round %1, %2: %3 %4")
                                       .arg(round)
                                       .arg(step == 0 ? QStringLiteral("A") : QStringLiteral("B"))
                                       .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
                }
                remember();
            }
        }
        // Everyone catches up: the server takes the last publishes, both desktops take the server's last saves.
        QVERIFY(fx.serverSync().ok());
        remember();
        for (const QString &desk : {fx.deskA, fx.deskB}) {
            const ProgramRun r = cli({QStringLiteral("sync"), desk});
            QVERIFY2(r.code == 0, r.err.constData());
        }

        // Every side's last paragraph of every file is everywhere, and the copies agree byte for byte.
        for (const QString &file : files) {
            const QByteArray remote
                = GitSyncFixture::gitOut(fx.remote, {QStringLiteral("show"), QStringLiteral("master:") + file});
            for (const char *side : {"A", "B", "S"}) {
                int lastRound = 0;
                for (int r = 1; r <= kRounds; ++r) {
                    const int step = side[0] == 'A' ? 0 : side[0] == 'B' ? 1 : 2;
                    if (files.at((r + step) % files.size()) == file)
                        lastRound = r;
                }
                QVERIFY2(remote.contains(mark(side, file, lastRound)), qPrintable(file + QLatin1Char(' ') + QLatin1String(side)));
            }
            QVERIFY(!remote.contains("<<<<<<<") && !remote.contains(">>>>>>>"));
            const QByteArray server = GitSyncFixture::readFile(fx.server + QLatin1Char('/') + file);
            QCOMPARE(server.trimmed(), remote.trimmed());
            QCOMPARE(GitSyncFixture::readFile(fx.deskA + QLatin1Char('/') + file).trimmed(), remote.trimmed());
            QCOMPARE(
                GitSyncFixture::readFile(fx.deskB + QLatin1Char('/') + file).replace("\r\n", "\n").trimmed(), remote.trimmed());
        }
        // The remote only ever fast-forwarded: each tip it had is an ancestor of the next.
        QVERIFY(tips.size() > kRounds);
        for (int i = 1; i < tips.size(); ++i) {
            QVERIFY2(GitSyncFixture::git(
                         fx.remote, {QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), tips.at(i - 1), tips.at(i)})
                         .ok(),
                qPrintable(tips.at(i - 1) + QStringLiteral(" is not below ") + tips.at(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliVcsSoak)
#include "tst_cli_vcs_soak.moc"
