// Crash recovery end to end, as a user meets it: a real gravdesk process on its own X server (Xvfb) is
// started on a page file, gets real keystrokes (xdotool), is killed with SIGKILL, is started again, shows
// "Recover Unsaved Changes"; Enter restores, Ctrl+S saves, and the page file holds the typed text. A second
// run checks that SIGTERM (logout) writes the journal at once, before the pause that would write it anyway.

#include "fileutil.h"
#include "io/recoveryjournal.h"
#include "page/envelope.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace GravDesk;

namespace {

const QString kPage = QStringLiteral("user/pages/02.news/01.2025-01-20-telemedicine-consultations/item.ru.md");
// ASCII: xdotool maps it to keys on any layout.
const QString kTyped = QStringLiteral("Typed before the crash 42. ");

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}

} // namespace

class TestRecoveryCrash final : public QObject
{
    Q_OBJECT

private:
    QString m_xvfb, m_xdotool;
    QProcess m_server;
    QString m_display;
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--no-sandbox --disable-gpu"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    /// Runs xdotool with @p args on the test's display; its standard output, trimmed ("" on failure).
    QString xdotool(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(m_xdotool, args);
        if (!p.waitForFinished(15000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    /// The first window whose name contains @p name, waiting for it.
    QString findWindow(const QString &name, int timeoutMs = 40000) const
    {
        QString id;
        waitFor(
            [&] {
                id = xdotool({QStringLiteral("search"), QStringLiteral("--name"), name}).section(QLatin1Char('\n'), 0, 0);
                return !id.isEmpty();
            },
            timeoutMs);
        return id;
    }

    void startApp(QProcess &app, const QStringList &args)
    {
        app.setProcessEnvironment(environment());
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.setStandardOutputFile(QProcess::nullDevice());
        app.start(QStringLiteral(GRAVDESK_APP), args);
    }

    /// The journal entries of every site, as the files hold them.
    QVector<RecoveryEntry> journal() const
    {
        QVector<RecoveryEntry> found;
        QDirIterator it(m_dir.filePath(QStringLiteral("state/gravdesk/sites")), {QStringLiteral("*.json")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (auto e = RecoveryJournal::parseEntry(readFile(it.next()), nullptr))
                found << *e;
        }
        return found;
    }

    bool journalHolds(const QString &text) const
    {
        const QVector<RecoveryEntry> entries = journal();
        return entries.size() == 1 && entries.first().body.startsWith(text);
    }

    QString copySite(const QString &name)
    {
        const QString site = m_dir.filePath(name);
        return copyTree(QStringLiteral(GRAVDESK_SOURCE_DIR "/examples/sample-site"), site) ? site : QString();
    }

    /// Starts gravdesk on the page, waits for its window and types kTyped into it (the body has the keyboard).
    bool startAndType(QProcess &app, const QString &file)
    {
        startApp(app, {file});
        const QString window = findWindow(QStringLiteral("item.ru.md"));
        if (window.isEmpty())
            return false;
        // No focusing from here: the window's own keyboard focus must be in the body.
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("15"), kTyped});
        return true;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void killedAndRestored();
    void sigtermWritesJournal();
};

void TestRecoveryCrash::initTestCase()
{
    m_xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    m_xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    if (m_xvfb.isEmpty() || m_xdotool.isEmpty())
        QSKIP("Needs Xvfb and xdotool (tools/deps.sh --test installs them) to type into a real GravDesk process");
    QVERIFY(m_dir.isValid());
    // -displayfd 1: the server picks a free display and prints its number when it is ready.
    m_server.start(m_xvfb,
        {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
            QStringLiteral("1600x1000x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    QVERIFY(m_server.waitForStarted(10000));
    QVERIFY(waitFor([&] { return m_server.canReadLine() || m_server.state() != QProcess::Running; }, 20000));
    const QString number = QString::fromLatin1(m_server.readLine()).trimmed();
    QVERIFY2(!number.isEmpty(), "Xvfb did not start");
    m_display = QLatin1Char(':') + number;
}

void TestRecoveryCrash::cleanupTestCase()
{
    if (m_server.state() == QProcess::Running) {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
        m_server.waitForFinished(5000);
    }
}

void TestRecoveryCrash::init()
{
    QDir(m_dir.filePath(QStringLiteral("state"))).removeRecursively();
}

void TestRecoveryCrash::killedAndRestored()
{
    const QString site = copySite(QStringLiteral("killed"));
    const QString file = site + QLatin1Char('/') + kPage;
    const QByteArray original = readFile(file);
    QVERIFY(!original.isEmpty());
    const QString originalBody = QString::fromUtf8(splitEnvelope(original).body);

    {
        QProcess app;
        QVERIFY(startAndType(app, file));
        // The keyboard was in the body at its start: the journal holds the typed text before the old text.
        QVERIFY2(waitFor([&] { return journalHolds(kTyped + originalBody.left(20)); }, 15000), "no journal entry with the text");
        app.kill(); // SIGKILL
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    }
    QCOMPARE(readFile(file), original);

    QProcess app;
    startApp(app, {site});
    const QString dialog = findWindow(QStringLiteral("Recover Unsaved Changes"));
    QVERIFY2(!dialog.isEmpty(), "no \"Recover Unsaved Changes\" dialog");
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), dialog});
    xdotool({QStringLiteral("key"), QStringLiteral("Return")});
    // Restored into the editor, unsaved: the window title marks the page modified.
    const QString window = findWindow(QStringLiteral("item.ru.md*"), 15000);
    QVERIFY2(!window.isEmpty(), "the restored page is not open and modified");
    QCOMPARE(readFile(file), original); // restoring writes nothing
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
    xdotool({QStringLiteral("key"), QStringLiteral("ctrl+s")});
    QVERIFY2(waitFor([&] { return QString::fromUtf8(splitEnvelope(readFile(file)).body) == kTyped + originalBody; }, 15000),
        "the saved file does not hold the typed text");
    QVERIFY(splitEnvelope(readFile(file)).hasHeader);
    // Saved: nothing left to recover.
    QVERIFY(waitFor([&] { return journal().isEmpty(); }, 5000));
    app.kill();
    app.waitForFinished(10000);
}

void TestRecoveryCrash::sigtermWritesJournal()
{
    const QString site = copySite(QStringLiteral("terminated"));
    const QString file = site + QLatin1Char('/') + kPage;
    const QByteArray original = readFile(file);
    QProcess app;
    QVERIFY(startAndType(app, file));
    // Let the keys arrive, but stay well inside the pause after typing (RecoveryController::kIdleMs, 1 s)
    // after which the journal would be written anyway: here SIGTERM must write it.
    QTest::qWait(400);
    QVERIFY(journal().isEmpty());
    app.terminate(); // SIGTERM
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(journalHolds(kTyped), "SIGTERM did not leave the typed text in the journal");
    QCOMPARE(readFile(file), original);
}

QTEST_GUILESS_MAIN(TestRecoveryCrash)
#include "tst_recoverycrash.moc"
