// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "storage/serverscope.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <optional>

namespace marquee {

/// @brief The Home page's rows, computed from the cache and the local user data so they are right offline and
/// move as soon as something is played on this device. Each row is of one server (@p scope), the active one unless
/// told otherwise.
class HomeRepository
{
public:
    /// A row's item beside when it (for Next Up: its series) was last played, the order rows of several servers
    /// merge in.
    struct Played
    {
        ItemSummary item;
        qint64 lastPlayedAt = 0;
    };

    explicit HomeRepository(QSqlDatabase db, ServerScope scope = ServerScope::active());

    /// Started and not finished, most recently played first.
    [[nodiscard]] QList<ItemSummary> continueWatching(int limit);
    [[nodiscard]] QList<Played> continueWatchingPlayed(int limit);
    /// Per series with a watched episode: the first unwatched episode after the last one watched.
    [[nodiscard]] QList<ItemSummary> nextUp(int limit);
    [[nodiscard]] QList<Played> nextUpPlayed(int limit);
    /// The episode of one series to watch next: the first unplayed one after the episode played last, or the
    /// first of season 1 and later when none was played; none when every episode was played.
    [[nodiscard]] std::optional<ItemSummary> nextUpInSeries(const QString &seriesId);
    /// The newest additions of one library.
    [[nodiscard]] QList<ItemSummary> latest(const QString &libraryId, ItemType type, int limit);

private:
    SqlStatement m_continueWatching;
    SqlStatement m_playedByRecency;
    SqlStatement m_episodePosition;
    SqlStatement m_nextEpisode;
    SqlStatement m_nextUpInSeries;
    SqlStatement m_latest;
};

} // namespace marquee
