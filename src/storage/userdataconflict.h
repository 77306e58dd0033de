// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/userdata.h"

#include <QString>
#include <optional>

namespace marquee {

/// What this device still has queued for one item, as far as a merge with the server's data cares.
struct PendingLocalChange
{
    std::optional<qint64> playStateChangedAtMs; ///< the newest queued progress/played/unplayed, if any
    bool favoriteChanged = false;               ///< a favourite change is queued

    [[nodiscard]] bool any() const { return playStateChangedAtMs.has_value() || favoriteChanged; }
};

/// @brief Decides, per item, between user data from the server and a change of this device still waiting to be sent.
///
/// The play state (played, play count, position, last played) goes to the newer side: the server's LastPlayedDate
/// against the local change time; on a tie the larger position wins, and a server without a date is older than any
/// local change. The favourite flag carries no date on the server, so a queued favourite change always wins and the
/// server's flag is taken otherwise. Pure: the repository applies the outcome.
class UserDataConflict
{
public:
    struct Resolution
    {
        UserData merged;
        bool serverWinsPlayState = false; ///< the queued play-state changes are superseded and must not be sent
        QString reason;                   ///< one line for the log
    };

    [[nodiscard]] static Resolution resolve(const UserData &local, const UserData &server,
                                            const PendingLocalChange &pending);
};

} // namespace marquee
