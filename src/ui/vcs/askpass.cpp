#include "askpass.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QUuid>

#include <cstdio>

namespace GravDesk {
namespace {

const char kServerVariable[] = "GRAVDESK_ASKPASS_SERVER";
const char kHelperVariable[] = "GRAVDESK_ASKPASS_HELPER";
// A person answers: long enough to type a password, shorter than git's own network timeout.
constexpr int kAnswerTimeoutMs = 110'000;

} // namespace

AskPassServer::AskPassServer(QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = QStringLiteral("gravdesk-askpass-%1-%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!m_server->listen(name))
        return;
    qputenv(kServerVariable, m_server->fullServerName().toLocal8Bit());
    m_listening = true;
    connect(m_server, &QLocalServer::newConnection, this, &AskPassServer::onConnection);
}

AskPassServer *AskPassServer::instance()
{
    static QPointer<AskPassServer> server;
    if (!server)
        server = new AskPassServer(QCoreApplication::instance());
    return server;
}

void AskPassServer::addAnswerer(QObject *owner, const Answerer &answerer)
{
    m_answerers.append({owner, answerer});
    connect(owner, &QObject::destroyed, this, [this, owner] {
        m_answerers.erase(std::remove_if(m_answerers.begin(), m_answerers.end(),
                              [owner](const QPair<QObject *, Answerer> &a) { return a.first == owner; }),
            m_answerers.end());
    });
}

void AskPassServer::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QString prompt = QString::fromUtf8(socket->readLine()).trimmed();
            ++m_prompts;
            QString answer;
            bool given = false;
            bool asked = false;
            const QList<QPair<QObject *, Answerer>> answerers = m_answerers;
            for (const auto &a : answerers) {
                if (a.second.allowed && a.second.allowed()) {
                    asked = true;
                    given = a.second.ask && a.second.ask(prompt, &answer);
                    break;
                }
            }
            if (!asked) {
                for (const auto &a : answerers) {
                    if (a.second.refused)
                        a.second.refused();
                }
            }
            socket->write(given ? QByteArray("+") + answer.toUtf8() + '\n' : QByteArray("-\n"));
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

bool AskPassServer::isHelperCall()
{
    return qgetenv(kHelperVariable) == "1" && !qgetenv(kServerVariable).isEmpty();
}

int AskPassServer::runHelper(const QString &prompt)
{
    QLocalSocket socket;
    socket.connectToServer(QString::fromLocal8Bit(qgetenv(kServerVariable)));
    if (!socket.waitForConnected(5000))
        return 1;
    QString oneLine = prompt;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    socket.write(oneLine.toUtf8() + '\n');
    socket.flush();
    QByteArray reply;
    while (!reply.contains('\n')) {
        if (!socket.waitForReadyRead(kAnswerTimeoutMs) && socket.bytesAvailable() == 0)
            break;
        reply += socket.readAll();
    }
    if (!reply.startsWith('+'))
        return 1;
    const QByteArray answer = reply.mid(1, reply.indexOf('\n') - 1);
    std::fwrite(answer.constData(), 1, size_t(answer.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}

} // namespace GravDesk
