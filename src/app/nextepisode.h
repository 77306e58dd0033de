// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/upnextcountdown.h"

#include <optional>

namespace marquee {

class ItemReader;

/// @brief The episode after another one, from the cache (so it works offline too): the next in its season, else the
/// first of the next season that has episodes.
class NextEpisode
{
public:
    explicit NextEpisode(ItemReader &items)
        : m_items(items)
    {
    }

    [[nodiscard]] std::optional<NextItem> after(const QString &itemId);
    /// "Series · S1 E2 · Name" as the player's title shows an episode; a movie's own name.
    [[nodiscard]] QString titleOf(const QString &itemId);

private:
    ItemReader &m_items;
};

} // namespace marquee
