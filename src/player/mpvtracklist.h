// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/mediatrack.h"

struct mpv_node;

namespace marquee {

/// @brief Reads mpv's `track-list` property (an array of maps) into the audio and subtitle tracks a menu offers.
class MpvTrackList
{
public:
    /// Video tracks and malformed entries are skipped; anything but an array gives an empty list.
    [[nodiscard]] static MediaTracks parse(const mpv_node &trackList);
};

} // namespace marquee
