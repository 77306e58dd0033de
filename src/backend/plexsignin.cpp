// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexsignin.h"

#include "backend/jsonfields.h"
#include "backend/urlredaction.h"
#include "core/logging.h"

#include <QDateTime>
#include <QMutex>

namespace marquee {

PlexSignIn::PlexSignIn(NetworkThread *network, const ClientIdentity &identity, Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_plexTv(m_options.plexTvUrl, identity)
    , m_channel(network, nullptr)
{
    m_poll.setInterval(std::max(50, m_options.pollIntervalMs));
    connect(&m_poll, &QTimer::timeout, this, &PlexSignIn::poll);
}

PlexSignIn::PlexSignIn(NetworkThread *network, const ClientIdentity &identity, QObject *parent)
    : PlexSignIn(network, identity, Options{}, parent)
{
}

namespace {

/// The page reads its parameters from the fragment ("#?"), as Plex's own sign-in page expects.
QUrl signInLink(QUrl url, const ClientIdentity &identity, const QString &code)
{
    const QueryItems parameters{{QStringLiteral("clientID"), identity.deviceId},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("context[device][product]"), identity.client}};
    QString fragment = QStringLiteral("?");
    for (const auto &[name, value] : parameters) {
        if (fragment.size() > 1)
            fragment += QLatin1Char('&');
        fragment += QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setFragment(fragment, QUrl::StrictMode);
    return url;
}

} // namespace

QUrl PlexSignIn::linkFor(const QString &code) const
{
    return signInLink(m_options.authAppUrl, m_plexTv.identity(), code);
}

QUrl PlexSignIn::linkPage() const
{
    QUrl page = m_options.plexTvUrl.adjusted(QUrl::StripTrailingSlash);
    page.setPath(page.path() + QStringLiteral("/link"));
    return page;
}

QFuture<Result<PlexPin>> PlexSignIn::requestPin(PinKind kind)
{
    const bool typed = kind == PinKind::TypedAtLinkPage;
    BackendChannel::Parsed<PlexPin> parsed = BackendChannel::parsed<PlexPin>(
        HttpMethod::Post, [authApp = m_options.authAppUrl, identity = m_plexTv.identity(),
                           linkPage = typed ? linkPage() : QUrl()](const HttpResponse &response) {
            Result<PlexPin> pin = PlexResponseParser::parsePin(response.body);
            if (pin)
                pin.value().linkUrl = linkPage.isEmpty() ? signInLink(authApp, identity, pin.value().code) : linkPage;
            return pin;
        });
    // plex.tv/link takes only the short (not "strong") codes.
    HttpRequest request =
        m_plexTv.request(HttpMethod::Post, QStringLiteral("/api/v2/pins"),
                         {{QStringLiteral("strong"), typed ? QStringLiteral("false") : QStringLiteral("true")}}, {});
    m_channel.dispatch(std::move(request), {}, BackendChannel::Auth::None, std::move(parsed.callback));
    return parsed.future;
}

QFuture<Result<PlexPin>> PlexSignIn::checkPin(const PlexPin &pin)
{
    const QUrl link = pin.linkUrl;
    BackendChannel::Parsed<PlexPin> parsed = BackendChannel::parsed<PlexPin>(
        HttpMethod::Get, [link](const HttpResponse &response) -> Result<PlexPin> {
            Result<PlexPin> checked = PlexResponseParser::parsePin(response.body);
            if (checked)
                checked.value().linkUrl = link;
            return checked;
        });
    HttpRequest request =
        m_plexTv.request(HttpMethod::Get, QStringLiteral("/api/v2/pins/") + QString::number(pin.id), {}, {});
    m_channel.dispatch(std::move(request), {}, BackendChannel::Auth::None, std::move(parsed.callback));
    return parsed.future;
}

void PlexSignIn::startPolling(const PlexPin &pin, int expiresInSeconds)
{
    m_pin = pin;
    m_deadlineMs = QDateTime::currentMSecsSinceEpoch() + qint64(std::max(1, expiresInSeconds)) * 1000;
    m_checking = false;
    m_poll.start();
}

void PlexSignIn::stopPolling()
{
    m_poll.stop();
    m_pin = {};
}

void PlexSignIn::poll()
{
    if (m_checking)
        return; // plex.tv is slow to answer: one check at a time
    if (QDateTime::currentMSecsSinceEpoch() > m_deadlineMs) {
        stopPolling();
        Q_EMIT failed(Error{ErrorKind::ClientError,
                            QStringLiteral("The sign-in code expired before it was approved. Ask for a new code."),
                            {}, 0});
        return;
    }
    m_checking = true;
    const qint64 pinId = m_pin.id;
    checkPin(m_pin).then(this, [this, pinId](const Result<PlexPin> &pin) {
        m_checking = false;
        if (!m_poll.isActive() || m_pin.id != pinId)
            return; // stopped, or another PIN since
        if (pin && !pin.value().authToken.isEmpty()) {
            stopPolling();
            qCInfo(lcBackend) << "plex.tv: the sign-in code was approved";
            Q_EMIT authorized(pin.value().authToken);
            return;
        }
        if (!pin && pin.error().kind == ErrorKind::ClientError) { // 404: plex.tv forgot the PIN
            stopPolling();
            Q_EMIT failed(Error{ErrorKind::ClientError,
                                QStringLiteral("The sign-in code is no longer valid. Ask for a new code."),
                                pin.error().url, pin.error().httpStatus});
        }
        // Anything else (offline, a slow plex.tv): the next tick tries again.
    });
}

QFuture<Result<UserInfo>> PlexSignIn::account(const QString &accountToken)
{
    BackendChannel::Parsed<UserInfo> parsed = BackendChannel::parsed<UserInfo>(
        HttpMethod::Get, [](const HttpResponse &response) { return PlexResponseParser::parseAccount(response.body); });
    m_channel.dispatch(m_plexTv.request(HttpMethod::Get, QStringLiteral("/api/v2/user"), {}, accountToken), accountToken,
                       BackendChannel::Auth::None, std::move(parsed.callback));
    return parsed.future;
}

QFuture<Result<QList<PlexServerResource>>> PlexSignIn::servers(const QString &accountToken)
{
    BackendChannel::Parsed<QList<PlexServerResource>> parsed = BackendChannel::parsed<QList<PlexServerResource>>(
        HttpMethod::Get, [](const HttpResponse &response) { return PlexResponseParser::parseResources(response.body); });
    const QueryItems query{{QStringLiteral("includeHttps"), QStringLiteral("1")},
                           {QStringLiteral("includeRelay"), QStringLiteral("1")},
                           {QStringLiteral("includeIPv6"), QStringLiteral("1")}};
    m_channel.dispatch(m_plexTv.request(HttpMethod::Get, QStringLiteral("/api/v2/resources"), query, accountToken),
                       accountToken, BackendChannel::Auth::None, std::move(parsed.callback));
    return parsed.future;
}

QList<PlexConnection> PlexSignIn::connectionsInOrder(const QList<PlexConnection> &connections)
{
    QList<PlexConnection> ordered;
    const auto rank = [](const PlexConnection &connection) { return connection.relay ? 2 : (connection.local ? 0 : 1); };
    for (int wanted = 0; wanted <= 2; ++wanted) {
        for (const PlexConnection &connection : connections) {
            if (rank(connection) == wanted)
                ordered.append(connection);
        }
    }
    return ordered;
}

QFuture<Result<PlexConnection>> PlexSignIn::pickConnection(const PlexServerResource &server)
{
    // Every address is probed at once; the best-placed one that answers as this server wins once all have answered.
    struct Probes
    {
        QMutex mutex;
        QList<PlexConnection> ordered;
        QList<std::optional<bool>> answered;
        Error lastError;
        ResultPromise<PlexConnection> promise;

        void settle()
        {
            for (qsizetype i = 0; i < ordered.size(); ++i) {
                if (!answered.at(i))
                    return; // a better-placed address has not answered yet
                if (*answered.at(i)) {
                    promise.fulfil(ordered.at(i));
                    return;
                }
            }
            promise.fulfil(Error{ErrorKind::Offline,
                                 QStringLiteral("None of the server's addresses answered. Check that the server is "
                                                "running and reachable from this computer."),
                                 lastError.url, lastError.httpStatus});
        }
    };
    auto probes = std::make_shared<Probes>();
    probes->ordered = connectionsInOrder(server.connections);
    probes->answered.resize(probes->ordered.size());
    QFuture<Result<PlexConnection>> future = probes->promise.future();
    if (probes->ordered.isEmpty()) {
        probes->settle();
        return future;
    }
    for (qsizetype i = 0; i < probes->ordered.size(); ++i) {
        const PlexRequests requests(probes->ordered.at(i).uri, m_plexTv.identity());
        HttpRequest request = requests.request(HttpMethod::Get, QStringLiteral("/identity"), {}, {});
        request.timeoutMs = m_options.probeTimeoutMs;
        request.maxAttempts = 1;
        const QString expected = server.clientIdentifier;
        m_channel.dispatch(std::move(request), {}, BackendChannel::Auth::None,
                           [probes, i, expected](Result<HttpResponse> response) {
                               const Result<ServerInfo> info = response.ok()
                                   ? PlexResponseParser::parseIdentity(response.value().body)
                                   : Result<ServerInfo>(response.error());
                               QMutexLocker locker(&probes->mutex);
                               // Another server at a stale address is as good as none.
                               probes->answered[i] = info.ok() && info.value().id == expected;
                               if (!info.ok())
                                   probes->lastError = info.error();
                               probes->settle();
                           });
    }
    return future;
}

QFuture<Result<Session>> PlexSignIn::sessionFor(const QString &accountToken, const PlexServerResource &server)
{
    auto promise = std::make_shared<ResultPromise<Session>>();
    QFuture<Result<Session>> future = promise->future();
    QFuture<Result<UserInfo>> user = account(accountToken);
    pickConnection(server).then([promise, user, server](Result<PlexConnection> connection) mutable {
        if (!connection) {
            promise->fulfil(connection.error());
            return;
        }
        user.then([promise, server, uri = connection.value().uri](Result<UserInfo> account) {
            if (!account) {
                promise->fulfil(account.error());
                return;
            }
            qCInfo(lcBackend).noquote() << "plex.tv: using" << redactedUrl(uri) << "for" << server.name;
            promise->fulfil(Session{uri, server.clientIdentifier, account.value().id, account.value().name,
                                    server.accessToken});
        });
    });
    return future;
}

} // namespace marquee
