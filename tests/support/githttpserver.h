#pragma once

#include <QByteArray>
#include <QString>
#include <QThread>

#include <atomic>

class QTcpSocket;

namespace GravDesk {

/**
 * git's smart HTTP on loopback, behind Basic sign-in: a server on 127.0.0.1 (a free port) that answers 401 with
 * `WWW-Authenticate: Basic` unless the request carries the expected user and password, and otherwise runs
 * git-http-backend as a CGI child (GIT_PROJECT_ROOT, GIT_HTTP_EXPORT_ALL, REQUEST_METHOD, PATH_INFO,
 * QUERY_STRING, CONTENT_TYPE, CONTENT_LENGTH, REMOTE_USER, GIT_PROTOCOL from the Git-Protocol header; the body
 * on its stdin; its CGI headers and Status turned into the HTTP answer).
 *
 * It runs on a thread of its own with blocking sockets, so a test may wait for git on its own thread. One
 * request per connection (Connection: close). Pushing needs `http.receivepack true` in the bare repository.
 */
class GitHttpServer final : public QThread
{
public:
    GitHttpServer(const QString &projectRoot, const QByteArray &user, const QByteArray &password);
    ~GitHttpServer() override;

    /// Starts listening; false when it cannot (no git-http-backend, no port).
    bool startServing();
    /// Where git finds @p repo (a path below the project root), e.g. http://127.0.0.1:PORT/site.git.
    QString url(const QString &repo) const;
    /// git-http-backend's path ("" when git has none).
    static QString backendProgram();

    std::atomic<int> requests {0}; ///< every request
    std::atomic<int> challenged {0}; ///< answered 401: no Authorization header
    std::atomic<int> refused {0}; ///< answered 401: wrong user or password
    std::atomic<int> served {0}; ///< run through git-http-backend

protected:
    void run() override;

private:
    void handle(QTcpSocket *socket);

    QString m_root;
    QByteArray m_user;
    QByteArray m_password;
    QString m_backend;
    std::atomic<quint16> m_port {0};
    std::atomic<bool> m_stop {false};
    std::atomic<bool> m_ready {false};
};

} // namespace GravDesk
