// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace marquee {

/// @brief The fields of an `Authorization: MediaBrowser Client="…", …, Token="…"` header.
struct DemoAuthHeader
{
    QString client;
    QString device;
    QString deviceId;
    QString version;
    QString token;
};

/// @brief A signed-in session: what a token stands for.
struct DemoSession
{
    QString token;
    QString userId;
    QString deviceId;
    QString client;
    QString device;
    QString version;
    QString sessionId;
};

/**
 * @brief Parses Jellyfin's authorization header and keeps the issued tokens.
 *
 * As a Jellyfin 12.x server (legacy authorization off) it accepts only the `MediaBrowser` scheme in
 * `Authorization` and the `ApiKey` query parameter; `X-Emby-Token`, `X-Emby-Authorization`,
 * `api_key` and the `Emby` scheme are ignored, so client regressions show up as 401s.
 */
class DemoAuth
{
public:
    /// Parses the header value; nullopt when it is not the MediaBrowser scheme. Keys are
    /// case-sensitive, values are unquoted and URL-decoded (`+` is a space), as the real server does.
    [[nodiscard]] static std::optional<DemoAuthHeader> parseHeader(const QByteArray &value);

    DemoSession &createSession(const QString &userId, const DemoAuthHeader &header);
    [[nodiscard]] const DemoSession *find(const QString &token) const;
    bool revoke(const QString &token);
    void clear() { m_sessions.clear(); }

private:
    QHash<QString, DemoSession> m_sessions;
    quint64 m_serial = 0;
};

} // namespace marquee
