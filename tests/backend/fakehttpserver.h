// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace marquee::test {

struct FakeRequest
{
    QByteArray method;
    QString path;           ///< decoded path
    QByteArray target;      ///< the raw request target, as sent (path + encoded query)
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
};

struct FakeResponse
{
    enum class Mode {
        Normal,
        NeverAnswer,      ///< read the request, then say nothing
        HangUp,           ///< read the request, then close the connection without a word
        Trickle,          ///< headers at once, then one body byte per trickleIntervalMs
        CloseMidBody,     ///< announce the full length, send half, close
    };
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
    Mode mode = Mode::Normal;
    int trickleIntervalMs = 50;
    bool sendContentLength = true;

    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse withStatus(int status);
};

/**
 * @brief A tiny HTTP/1.1 server on 127.0.0.1, running on its own thread so that a test may block on a
 * future while the server answers. Each connection serves one request and closes.
 */
class FakeHttpServer
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    FakeHttpServer();
    ~FakeHttpServer();

    /// Called on the server thread; keep captured state thread-safe.
    void setHandler(Handler handler);
    /// Shortcut: a fixed answer for a path (any method); unknown paths get 404.
    void route(const QString &path, const FakeResponse &response);

    [[nodiscard]] QUrl url() const;
    [[nodiscard]] QList<FakeRequest> requests() const;
    [[nodiscard]] int requestCount(const QString &path = {}) const;
    [[nodiscard]] FakeRequest lastRequest() const;

private:
    class Worker;
    friend class Worker;
    FakeResponse respond(const FakeRequest &request);

    mutable QMutex m_mutex;
    Handler m_handler;
    QHash<QString, FakeResponse> m_routes;
    QList<FakeRequest> m_requests;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
};

} // namespace marquee::test
