#pragma once
// What the gravdesk-cli scenario tests on the Git Sync fixture share (tests/cli/tst_cli_vcs*.cpp): a fixture per
// case, the command line, git, admin saves on the server and the pages' states. Header-only: GRAVDESK_CLI is each
// test target's own definition.
#include "gitsyncfixture.h"
#include "programrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

namespace GravDesk {

/// Two news items of the corpus the fixture seeds (GitSyncFixture::defaultPages()).
inline const QString kPageA = QStringLiteral("pages/02.news/01.2023-02-28-patient-school");
inline const QString kPageB = QStringLiteral("pages/02.news/02.2023-02-02-balkhash");

class VcsCliCase : public QObject
{
protected:
    QTemporaryDir m_tmp;
    GitSyncFixture m_fx;
    QString m_remote, m_server, m_a, m_b;

    static ProgramRun cli(const QStringList &args) { return runProgram(QStringLiteral(GRAVDESK_CLI), args, 120000); }

    /// `git -C dir args…`, stdout trimmed; a failure is logged.
    static QByteArray git(const QString &dir, const QStringList &args)
    {
        const GitRun r = GitSyncFixture::git(dir, args);
        if (r.code != 0)
            qWarning("git %s: %s", qPrintable(args.join(QLatin1Char(' '))), r.err.constData());
        return r.out.trimmed();
    }

    /// A new fixture whose server runs Git Sync @p version.
    bool build(GitSyncVersion version = GitSyncVersion::V3_2_0)
    {
        static int n = 0;
        const QString root = m_tmp.path() + QStringLiteral("/case") + QString::number(++n);
        if (!m_fx.create(root, version)) {
            qWarning("%s", qPrintable(m_fx.error()));
            return false;
        }
        m_remote = m_fx.remote;
        m_server = m_fx.server;
        m_a = m_fx.deskA;
        m_b = m_fx.deskB;
        return QFile::exists(m_server + QLatin1Char('/') + kPageA + QStringLiteral("/item.ru.md"));
    }

    void serverSync()
    {
        const ServerSyncRun r = m_fx.serverSync();
        QVERIFY2(r.ok(), r.pull.err.constData());
    }

    /// An admin save on the server after the server had pulled (a webhook, or a sync with nothing to commit):
    /// @p from replaced by @p to in the page file, then Git Sync's sync.
    void adminEdit(const QString &rel, const QByteArray &from, const QByteArray &to)
    {
        serverSync();
        const ServerSyncRun r = m_fx.adminSave(rel, from, to);
        QVERIFY(r.committed);
        QVERIFY2(r.ok(), r.pull.err.constData());
    }

    static void edit(const QString &path, const QByteArray &from, const QByteArray &to)
    {
        QVERIFY2(GitSyncFixture::replaceIn(path, from, to), qPrintable(path));
    }

    QString remoteTip() { return m_fx.remoteTip(); }
    int remoteCount()
    {
        return git(m_remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("master")}).toInt();
    }

    /// `gravdesk-cli status CLONE --json`.
    QJsonObject status(const QString &clone)
    {
        const ProgramRun r = cli({QStringLiteral("status"), clone, QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    static QString stateOf(const QJsonObject &status, const QString &folder)
    {
        for (const QJsonValue &v : status.value(QStringLiteral("pages")).toArray()) {
            if (v.toObject().value(QStringLiteral("folder")).toString() == folder)
                return v.toObject().value(QStringLiteral("state")).toString();
        }
        return QStringLiteral("(absent)");
    }
};

} // namespace GravDesk
