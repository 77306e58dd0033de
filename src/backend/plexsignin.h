// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendchannel.h"
#include "backend/plexrequests.h"
#include "backend/plexresponseparser.h"

#include <QObject>
#include <QTimer>

namespace marquee {

class NetworkThread;

/**
 * @brief Signing in to Plex through plex.tv, as a desktop app does it: a PIN, a link, polling, then the account's
 * servers and an address of the chosen one that answers.
 *
 * 1. requestPin(): show the PIN's code and open (or show) its linkUrl; startPolling() checks it about once a second
 *    and emits authorized() with the account token once the user approved, or failed() when the code expired.
 * 2. servers(accountToken): the account's servers, each with its own token and addresses.
 * 3. sessionFor(accountToken, server): probes the server's addresses (`/identity`, which needs no token) and picks
 *    the first that answers as that server, local before remote before relay; the Session goes to
 *    PlexBackend::setSession() and, with its token, to the CredentialStore.
 *
 * plex.tv's address and the sign-in page's are options, so that tests point them at the demo server.
 * Lives on the thread that creates it (the GUI thread is fine: nothing here blocks); signals are emitted there.
 */
class PlexSignIn : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl plexTvUrl = QUrl(QStringLiteral("https://plex.tv"));
        QUrl authAppUrl = QUrl(QStringLiteral("https://app.plex.tv/auth"));
        int pollIntervalMs = 1000;
        int probeTimeoutMs = 4000;
    };

    PlexSignIn(NetworkThread *network, const ClientIdentity &identity, Options options, QObject *parent = nullptr);
    PlexSignIn(NetworkThread *network, const ClientIdentity &identity, QObject *parent = nullptr);

    /// How the user approves a PIN: on the sign-in page linkFor() opens (a long code the link carries), or by
    /// typing a four-character code at linkPage(), which suits a code read off the screen.
    enum class PinKind { SignInPage, TypedAtLinkPage };

    /// A new PIN with the link where the user approves it.
    QFuture<Result<PlexPin>> requestPin(PinKind kind = PinKind::SignInPage);
    /// The PIN as plex.tv has it now: `authToken` is set once approved. An expired PIN is ClientError (404).
    QFuture<Result<PlexPin>> checkPin(const PlexPin &pin);
    /// Checks @p pin every pollIntervalMs until it is approved (authorized), expires or fails for good (failed),
    /// or stopPolling(). A check that cannot reach plex.tv is tried again at the next tick.
    void startPolling(const PlexPin &pin, int expiresInSeconds = 900);
    void stopPolling();
    [[nodiscard]] bool isPolling() const { return m_poll.isActive(); }

    /// The plex.tv account behind @p accountToken.
    QFuture<Result<UserInfo>> account(const QString &accountToken);
    /// The servers the account may use.
    QFuture<Result<QList<PlexServerResource>>> servers(const QString &accountToken);
    /// The first of @p server's addresses that answers as that server (same machineIdentifier), in the order
    /// connectionsInOrder() gives; Offline when none does.
    QFuture<Result<PlexConnection>> pickConnection(const PlexServerResource &server);
    /// pickConnection() and account(), made into the session a PlexBackend for that address uses.
    QFuture<Result<Session>> sessionFor(const QString &accountToken, const PlexServerResource &server);

    /// Local before remote before relay, in the order listed within each.
    [[nodiscard]] static QList<PlexConnection> connectionsInOrder(const QList<PlexConnection> &connections);
    /// `https://app.plex.tv/auth#?clientID=…&code=…&context[device][product]=Marquee`.
    [[nodiscard]] QUrl linkFor(const QString &code) const;
    /// `<plex.tv>/link`, where the user types a PinKind::TypedAtLinkPage code.
    [[nodiscard]] QUrl linkPage() const;
    [[nodiscard]] QUrl plexTvUrl() const { return m_options.plexTvUrl; }

Q_SIGNALS:
    void authorized(const QString &accountToken);
    void failed(const marquee::Error &error);

private:
    void poll();

    Options m_options;
    PlexRequests m_plexTv;
    BackendChannel m_channel;
    QTimer m_poll;
    PlexPin m_pin;
    qint64 m_deadlineMs = 0;
    bool m_checking = false;
};

} // namespace marquee
