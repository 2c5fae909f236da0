#include "githttpserver.h"

#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

namespace GravDesk {
namespace {

constexpr int kIoTimeoutMs = 30000;

// Reads until @p socket has @p n more bytes buffered beyond @p buffer's; false on a closed or silent peer.
bool fill(QTcpSocket *socket, QByteArray &buffer, qsizetype n)
{
    while (buffer.size() < n) {
        if (socket->bytesAvailable() == 0 && !socket->waitForReadyRead(kIoTimeoutMs))
            return false;
        buffer += socket->readAll();
    }
    return true;
}

// A line ending in CRLF from @p buffer (read further from @p socket as needed), without the CRLF.
bool readLine(QTcpSocket *socket, QByteArray &buffer, QByteArray *line)
{
    for (;;) {
        const qsizetype eol = buffer.indexOf("\r\n");
        if (eol >= 0) {
            *line = buffer.left(eol);
            buffer.remove(0, eol + 2);
            return true;
        }
        if (!fill(socket, buffer, buffer.size() + 1))
            return false;
    }
}

void answer(QTcpSocket *socket, const QByteArray &status, const QList<QByteArray> &headers, const QByteArray &body)
{
    QByteArray head = "HTTP/1.1 " + status + "\r\n";
    for (const QByteArray &h : headers)
        head += h + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(kIoTimeoutMs)) { }
    socket->disconnectFromHost();
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->waitForDisconnected(kIoTimeoutMs);
}

} // namespace

GitHttpServer::GitHttpServer(const QString &projectRoot, const QByteArray &user, const QByteArray &password)
    : m_root(projectRoot)
    , m_user(user)
    , m_password(password)
    , m_backend(backendProgram())
{ }

GitHttpServer::~GitHttpServer()
{
    m_stop = true;
    wait();
}

QString GitHttpServer::backendProgram()
{
    QProcess p;
    p.start(QStringLiteral("git"), {QStringLiteral("--exec-path")});
    if (!p.waitForFinished(30000))
        return QString();
    const QString path = QString::fromLocal8Bit(p.readAllStandardOutput().trimmed()) + QStringLiteral("/git-http-backend");
    return QFileInfo(path).isExecutable() ? path : QString();
}

bool GitHttpServer::startServing()
{
    if (m_backend.isEmpty())
        return false;
    start();
    while (!m_ready.load() && isRunning())
        QThread::msleep(5);
    return m_port.load() != 0;
}

QString GitHttpServer::url(const QString &repo) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port.load()).arg(repo);
}

void GitHttpServer::run()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost)) {
        m_ready = true;
        return;
    }
    m_port = server.serverPort();
    m_ready = true;
    while (!m_stop.load()) {
        if (!server.waitForNewConnection(50))
            continue;
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            handle(socket);
            delete socket;
        }
    }
}

void GitHttpServer::handle(QTcpSocket *socket)
{
    QByteArray buffer, line;
    if (!readLine(socket, buffer, &line))
        return;
    ++requests;
    const QList<QByteArray> request = line.split(' ');
    const QByteArray method = request.value(0);
    const QByteArray target = request.value(1);
    QHash<QByteArray, QByteArray> headers; // lower-case names
    while (readLine(socket, buffer, &line) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (headers.value("expect").toLower() == "100-continue") {
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        socket->waitForBytesWritten(kIoTimeoutMs);
    }
    QByteArray body;
    if (headers.value("transfer-encoding").toLower().contains("chunked")) {
        for (;;) {
            if (!readLine(socket, buffer, &line))
                return;
            const qsizetype size = line.split(';').value(0).trimmed().toLongLong(nullptr, 16);
            if (size == 0) {
                while (readLine(socket, buffer, &line) && !line.isEmpty()) { } // trailers
                break;
            }
            if (!fill(socket, buffer, size + 2))
                return;
            body += buffer.left(size);
            buffer.remove(0, size + 2);
        }
    } else {
        const qsizetype length = headers.value("content-length").toLongLong();
        if (!fill(socket, buffer, length))
            return;
        body = buffer.left(length);
    }

    const QByteArray authorization = headers.value("authorization");
    const QByteArray expected = "Basic " + QByteArray(m_user + ':' + m_password).toBase64();
    if (authorization != expected) {
        ++(authorization.isEmpty() ? challenged : refused);
        answer(
            socket, "401 Unauthorized", {"WWW-Authenticate: Basic realm=\"newsroom\"", "Content-Type: text/plain"}, "sign in\n");
        return;
    }
    ++served;
    const qsizetype question = target.indexOf('?');
    QProcess cgi;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_PROJECT_ROOT"), m_root);
    env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
    env.insert(QStringLiteral("GATEWAY_INTERFACE"), QStringLiteral("CGI/1.1"));
    env.insert(QStringLiteral("SERVER_PROTOCOL"), QStringLiteral("HTTP/1.1"));
    env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(method));
    env.insert(QStringLiteral("PATH_INFO"),
        QString::fromUtf8(QByteArray::fromPercentEncoding(target.left(question < 0 ? target.size() : question))));
    env.insert(QStringLiteral("QUERY_STRING"), question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1)));
    env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(headers.value("content-type")));
    env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(body.size()));
    env.insert(QStringLiteral("REMOTE_USER"), QString::fromUtf8(m_user));
    env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
    if (headers.contains("git-protocol"))
        env.insert(QStringLiteral("GIT_PROTOCOL"), QString::fromLatin1(headers.value("git-protocol")));
    if (headers.contains("content-encoding"))
        env.insert(QStringLiteral("HTTP_CONTENT_ENCODING"), QString::fromLatin1(headers.value("content-encoding")));
    cgi.setProcessEnvironment(env);
    cgi.start(m_backend, {});
    if (!cgi.waitForStarted(kIoTimeoutMs)) {
        answer(socket, "500 Internal Server Error", {}, "git-http-backend did not start\n");
        return;
    }
    cgi.write(body);
    cgi.closeWriteChannel();
    cgi.waitForFinished(120000);
    const QByteArray out = cgi.readAllStandardOutput();
    // CGI: header lines, an empty line, the body; "Status: 404 Not Found" sets the status.
    qsizetype split = out.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (split < 0 || (out.indexOf("\n\n") >= 0 && out.indexOf("\n\n") < split))
        split = out.indexOf("\n\n"), skip = 2;
    if (split < 0) {
        answer(socket, "502 Bad Gateway", {}, cgi.readAllStandardError());
        return;
    }
    QByteArray status = "200 OK";
    QList<QByteArray> outHeaders;
    for (QByteArray h : out.left(split).split('\n')) {
        h = h.trimmed();
        if (h.toLower().startsWith("status:"))
            status = h.mid(7).trimmed();
        else if (!h.isEmpty() && !h.toLower().startsWith("content-length:"))
            outHeaders.append(h);
    }
    answer(socket, status, outHeaders, out.mid(split + skip));
}

} // namespace GravDesk
