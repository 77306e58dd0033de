// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace marquee::test {

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    return response;
}

FakeResponse FakeResponse::withStatus(int status)
{
    FakeResponse response;
    response.status = status;
    response.contentType.clear();
    return response;
}

class FakeHttpServer::Worker : public QObject
{
public:
    explicit Worker(FakeHttpServer *owner) : m_owner(owner)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    tryHandle(socket, *buffer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 listen()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        return m_server.serverPort();
    }

private:
    void tryHandle(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.clear();
        const QUrl url(QString::fromLatin1(request.target));
        request.path = url.path();
        request.query = QUrlQuery(url);
        send(socket, m_owner->respond(request));
    }

    void send(QTcpSocket *socket, const FakeResponse &response)
    {
        if (response.mode == FakeResponse::Mode::NeverAnswer)
            return;
        if (response.mode == FakeResponse::Mode::HangUp) {
            socket->disconnectFromHost();
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
        if (!response.contentType.isEmpty())
            head += "Content-Type: " + response.contentType + "\r\n";
        if (response.sendContentLength)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        if (response.mode == FakeResponse::Mode::CloseMidBody) {
            socket->write(response.body.left(response.body.size() / 2));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        if (response.mode == FakeResponse::Mode::Trickle) {
            auto *timer = new QTimer(socket);
            auto offset = std::make_shared<qsizetype>(0);
            const QByteArray body = response.body;
            connect(timer, &QTimer::timeout, socket, [socket, timer, offset, body] {
                if (*offset >= body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(body.mid((*offset)++, 1));
            });
            timer->start(response.trickleIntervalMs);
            return;
        }
        socket->write(response.body);
        socket->disconnectFromHost();
    }

    FakeHttpServer *m_owner;
    QTcpServer m_server{this};
};

FakeHttpServer::FakeHttpServer()
{
    m_thread.start();
    m_worker = new Worker(this);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    // Deleted on its own thread as the thread ends (QThread sends DeferredDelete events on exit).
    QMetaObject::invokeMethod(m_worker, [this] { m_worker->deleteLater(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FakeHttpServer::setHandler(Handler handler)
{
    QMutexLocker locker(&m_mutex);
    m_handler = std::move(handler);
}

void FakeHttpServer::route(const QString &path, const FakeResponse &response)
{
    QMutexLocker locker(&m_mutex);
    m_routes.insert(path, response);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QList<FakeRequest> FakeHttpServer::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

int FakeHttpServer::requestCount(const QString &path) const
{
    QMutexLocker locker(&m_mutex);
    if (path.isEmpty())
        return int(m_requests.size());
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const FakeRequest &request) { return request.path == path; }));
}

FakeRequest FakeHttpServer::lastRequest() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests.isEmpty() ? FakeRequest() : m_requests.last();
}

FakeResponse FakeHttpServer::respond(const FakeRequest &request)
{
    Handler handler;
    {
        QMutexLocker locker(&m_mutex);
        m_requests.append(request);
        handler = m_handler;
        if (!handler) {
            const auto it = m_routes.constFind(request.path);
            return it != m_routes.constEnd() ? *it : FakeResponse::withStatus(404);
        }
    }
    return handler(request);
}

} // namespace marquee::test
