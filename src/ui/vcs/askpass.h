#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QLocalServer;

namespace GravDesk {

/**
 * Passwords for git without a terminal: git runs the askpass helper (the gravdesk executable itself, told
 * so by GRAVDESK_ASKPASS_HELPER in its environment) with the prompt; the helper asks the running window
 * over a local socket (its name is in GRAVDESK_ASKPASS_SERVER, inherited by git and the helper) and
 * prints the answer for git. Nothing is stored: an answer lives as long as one git call.
 *
 * A prompt arriving while no window allows it (a background fetch) is refused at once, so such a fetch
 * never waits for anyone; the window then says "sign-in needed".
 */
class AskPassServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskPassServer)

public:
    /// Who answers: whether prompts are allowed now, how to ask, and what to do when a prompt was refused.
    struct Answerer
    {
        std::function<bool()> allowed;
        std::function<bool(const QString &prompt, QString *answer)> ask;
        std::function<void()> refused;
    };

    /// The process's server, listening from its first use; "" program when it could not listen.
    static AskPassServer *instance();
    /// The program git is to run for a password ("" when prompts cannot be answered: the default, until
    /// the application names an executable that runs runHelper() when isHelperCall()).
    QString program() const { return m_listening ? m_program : QString(); }
    void setProgram(const QString &program) { m_program = program; }
    /// Adds an answerer for as long as @p owner lives.
    void addAnswerer(QObject *owner, const Answerer &answerer);
    /// The number of prompts answered or refused so far (tests).
    int prompts() const { return m_prompts; }

    /// Whether this process was started by git as the askpass helper.
    static bool isHelperCall();
    /// The helper: asks the window for @p prompt, prints the answer; the process's exit code.
    static int runHelper(const QString &prompt);

private:
    explicit AskPassServer(QObject *parent = nullptr);
    void onConnection();

    QLocalServer *m_server = nullptr;
    QString m_program;
    bool m_listening = false;
    QList<QPair<QObject *, Answerer>> m_answerers;
    int m_prompts = 0;
};

} // namespace GravDesk
