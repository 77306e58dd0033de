// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/clientidentity.h"

#include <QByteArray>
#include <QString>

namespace marquee {

/// @brief Builds Jellyfin's `Authorization: MediaBrowser …` header value.
class JellyfinAuthorization
{
public:
    /// `MediaBrowser Client="…", Device="…", DeviceId="…", Version="…"[, Token="…"]`.
    /// Values are trimmed, newlines become spaces and the rest is percent-encoded: the server URL-decodes
    /// each value (AuthorizationContext.cs), so a quote or comma in a host name cannot break the header.
    /// Without a token (before sign-in) the Token key is left out.
    [[nodiscard]] static QByteArray headerValue(const ClientIdentity &identity, const QString &token = {});
    [[nodiscard]] static QByteArray encodeValue(const QString &value);
};

} // namespace marquee
