// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace marquee {

/// What the footer tells about the visible library's cache.
struct FooterStatus
{
    enum class State {
        Idle,        ///< synced before: "Library: 18,432 items · Synced 2 hours ago · Refresh"
        Syncing,     ///< a refresh runs: spinner, "Syncing… 5,000 / 18,432" when the total is known
        NeverSynced, ///< "Not synced · Sync now"
        Failed,      ///< "Sync failed · Retry", the error in the tooltip
        Offline,     ///< "Offline · showing cached items · Retry"
    };

    State state = State::NeverSynced;
    int itemCount = 0;                   ///< rows in the cache
    std::optional<qint64> lastSyncedAtMs; ///< UTC ms
    int progress = 0;                    ///< items fetched so far while syncing
    int total = 0;                       ///< 0 when unknown
    QString errorText;    ///< Failed: what failed and what to do, in words (UserMessage); the tooltip
    QString errorDetails; ///< Failed: the technical line, below the words in the tooltip

    friend bool operator==(const FooterStatus &, const FooterStatus &) = default;
};

} // namespace marquee
