// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "core/library.h"
#include "core/result.h"

#include <QUrl>

namespace marquee {

/// A plex.tv sign-in PIN: the user types (or follows a link with) `code`; `authToken` is set once they did.
struct PlexPin
{
    qint64 id = 0;
    QString code;
    QString authToken; ///< the plex.tv account token; empty until the PIN is claimed
    QUrl linkUrl;      ///< where the user claims it (set by PlexSignIn)

    friend bool operator==(const PlexPin &, const PlexPin &) = default;
};

/// One address of a server in the account's resources list.
struct PlexConnection
{
    QUrl uri;
    bool local = false;
    bool relay = false;

    friend bool operator==(const PlexConnection &, const PlexConnection &) = default;
};

/// A Plex Media Server the account may use, with its own token and the addresses it can be reached at.
struct PlexServerResource
{
    QString name;
    QString clientIdentifier; ///< the server's machineIdentifier
    QString accessToken;      ///< the token for this server (not the account's)
    QList<PlexConnection> connections;
    bool owned = false;

    friend bool operator==(const PlexServerResource &, const PlexServerResource &) = default;
};

/// What `GET /` says about the server a token reaches.
struct PlexServerRoot
{
    QString machineIdentifier;
    QString friendlyName;
    QString version;
    QString myPlexUsername;
};

/// What a `/:/timeline` report's answer may say: the server ended the session (an administrator stopped it).
struct PlexTimelineAnswer
{
    int terminationCode = 0;
    QString terminationText;
};

/// @brief Plex's answers that are not item listings: `/identity`, `/`, the sections list, the timeline reply, and
/// plex.tv's PIN, resources and user JSON (plain objects, not MediaContainers).
class PlexResponseParser
{
public:
    /// `/identity` → ServerInfo; BadResponse without a machineIdentifier (it keys the cache).
    [[nodiscard]] static Result<ServerInfo> parseIdentity(const QByteArray &body);
    [[nodiscard]] static Result<PlexServerRoot> parseServerRoot(const QByteArray &body);
    /// `/library/sections/all` → libraries in the server's order, ids made with PlexRequests::libraryId.
    [[nodiscard]] static Result<QList<Library>> parseSections(const QByteArray &body);
    /// A timeline reply; anything but a MediaContainer with a terminationCode is a plain success.
    [[nodiscard]] static Result<PlexTimelineAnswer> parseTimelineAnswer(const QByteArray &body);

    [[nodiscard]] static Result<PlexPin> parsePin(const QByteArray &body);
    /// plex.tv resources → the servers among them (clients and players are left out).
    [[nodiscard]] static Result<QList<PlexServerResource>> parseResources(const QByteArray &body);
    /// plex.tv `/api/v2/user` → the account (id and user name).
    [[nodiscard]] static Result<UserInfo> parseAccount(const QByteArray &body);
};

} // namespace marquee
