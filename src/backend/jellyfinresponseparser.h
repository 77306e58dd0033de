// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "core/library.h"
#include "core/result.h"

#include <QUrl>

namespace marquee {

/// @brief Jellyfin's non-item answers: public system info, authentication result, user, user views.
class JellyfinResponseParser
{
public:
    /// PublicSystemInfo; BadResponse without an Id (a server without an id cannot key a cache).
    [[nodiscard]] static Result<ServerInfo> parseServerInfo(const QByteArray &body);
    /// AuthenticationResult → Session; BadResponse without AccessToken or User.Id.
    [[nodiscard]] static Result<Session> parseAuthentication(const QByteArray &body, const QUrl &serverUrl);
    /// UserDto (/Users/Me).
    [[nodiscard]] static Result<UserInfo> parseUser(const QByteArray &body);
    /// BaseItemDtoQueryResult of views (/UserViews), in the server's order.
    [[nodiscard]] static Result<QList<Library>> parseLibraries(const QByteArray &body);
};

} // namespace marquee
