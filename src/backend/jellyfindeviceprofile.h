// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackinfo.h"

#include <QJsonObject>

namespace marquee {

/**
 * @brief The PlaybackInfoDto of `POST /Items/{id}/PlaybackInfo`: the request, with a DeviceProfile made from the
 * player's own capabilities. The server decides from it between direct play, direct stream and transcode.
 */
class JellyfinDeviceProfile
{
public:
    /// What "no cap" asks for: the server's own limits (a remote-bitrate policy) still apply.
    static constexpr qint64 UncappedBitrate = 1'000'000'000;

    [[nodiscard]] static QJsonObject deviceProfile(const PlayerCapabilities &capabilities, qint64 maxBitrate);
    [[nodiscard]] static QByteArray playbackInfoBody(const PlaybackInfoRequest &request, const QString &userId);
};

} // namespace marquee
