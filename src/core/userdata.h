// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace marquee {

/// A user's state for one item: what Jellyfin calls UserItemDataDto.
struct UserData
{
    QString itemId;
    bool played = false;
    int playCount = 0;
    qint64 positionTicks = 0;
    bool isFavorite = false;
    std::optional<qint64> lastPlayedAtMs; ///< UTC ms since the epoch
    std::optional<qint64> serverUpdatedAtMs; ///< when we last saw this from the server
    std::optional<qint64> localUpdatedAtMs;  ///< when this device last changed it

    friend bool operator==(const UserData &, const UserData &) = default;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::UserData)
