// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/backendchannel.h"

#include "backend/backend.h"
#include "backend/httpclient.h"
#include "backend/networkthread.h"
#include "backend/urlredaction.h"
#include "core/logging.h"

#include <QMutex>

namespace marquee {

struct BackendChannel::Shared
{
    mutable QMutex mutex;
    Session session;
    Backend *backend = nullptr; ///< null once the backend is gone

    /// A 401 for @p token: forget the token (if it is still the current one) and tell the backend's thread.
    void unauthorized(const QString &token, const Error &error)
    {
        QMutexLocker locker(&mutex);
        if (session.accessToken != token || token.isEmpty())
            return; // an old request; a newer sign-in must not be undone
        session.accessToken.clear();
        qCWarning(lcBackend).noquote() << "signed out:" << error.toString();
        if (Backend *target = backend) {
            // Posted under the lock: the channel's destructor takes it first, and deleting the
            // backend drops the event, so it never reaches a dead object.
            QMetaObject::invokeMethod(target, [target, error] { Q_EMIT target->unauthorized(error); },
                                      Qt::QueuedConnection);
        }
    }
};

BackendChannel::BackendChannel(NetworkThread *network, Backend *owner)
    : m_network(network)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->backend = owner;
}

void BackendChannel::detach() const
{
    QMutexLocker locker(&m_shared->mutex);
    m_shared->backend = nullptr;
}

Session BackendChannel::session() const
{
    QMutexLocker locker(&m_shared->mutex);
    return m_shared->session;
}

QString BackendChannel::token() const
{
    QMutexLocker locker(&m_shared->mutex);
    return m_shared->session.accessToken;
}

void BackendChannel::install(const Session &session) const
{
    QMutexLocker locker(&m_shared->mutex);
    m_shared->session = session;
    if (Backend *target = m_shared->backend) {
        QMetaObject::invokeMethod(target, [target, session] { Q_EMIT target->sessionChanged(session); },
                                  Qt::QueuedConnection);
    }
}

void BackendChannel::forgetToken() const
{
    QMutexLocker locker(&m_shared->mutex);
    m_shared->session.accessToken.clear();
}

Error BackendChannel::notSignedIn(HttpMethod method, const QUrl &url)
{
    return Error{ErrorKind::Unauthorized, QStringLiteral("not signed in"),
                 QString::fromLatin1(httpMethodName(method)) + QLatin1Char(' ') + redactedUrl(url), 0};
}

void BackendChannel::dispatch(HttpRequest request, const QString &token, Auth auth, Callback callback) const
{
    const QString label =
        QString::fromLatin1(httpMethodName(request.method)) + QLatin1Char(' ') + redactedUrl(request.url);
    auto shared = m_shared;
    Callback handler = [callback, shared, token, auth](Result<HttpResponse> response) {
        if (!response.ok() && response.error().kind == ErrorKind::Unauthorized && auth == Auth::Required)
            shared->unauthorized(token, response.error());
        callback(std::move(response));
    };
    const bool posted = m_network->post([request, handler](HttpClient &client) mutable {
        client.send(std::move(request), std::move(handler));
    });
    if (!posted)
        callback(Error{ErrorKind::Cancelled, QStringLiteral("network stopped"), label, 0});
}

Result<QByteArray> BackendChannel::imageBytes(Result<HttpResponse> response)
{
    if (!response.ok())
        return response.error();
    HttpResponse &reply = response.value();
    const QByteArray type = reply.contentType.trimmed().toLower();
    if (!type.startsWith("image/")) {
        Error error{ErrorKind::BadResponse,
                    QStringLiteral("not an image (Content-Type \"%1\")").arg(QString::fromLatin1(type.left(60))),
                    QStringLiteral("GET ") + reply.url, reply.status};
        qCWarning(lcBackend).noquote() << error.toString();
        return error;
    }
    return std::move(reply.body);
}

Error BackendChannel::annotated(Error error, const QString &verb, const HttpResponse &response)
{
    if (error.url.isEmpty())
        error.url = verb + QLatin1Char(' ') + response.url;
    error.httpStatus = response.status;
    qCWarning(lcBackend).noquote() << error.toString();
    return error;
}

} // namespace marquee
