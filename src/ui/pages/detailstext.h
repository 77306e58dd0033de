// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

namespace marquee::DetailsText {

/// "2001 · 1 h 52 min · PG-13 · ★ 7.5": the facts line under a title; parts that are missing are left out.
[[nodiscard]] QString factsLine(const MediaItem &item);
/// "Played", "Stopped at 45 min · 1 h 7 min left", "Not played".
[[nodiscard]] QString playState(const MediaItem &item);
/// A playback position as a clock reads it: "42:10", "1:02:05".
[[nodiscard]] QString clockPosition(qint64 ticks);
/// What a person did for a film, for the cast list: an actor's role as the server gave it, else the kind of work
/// ("Director" reads "Regie" in German); a kind it does not know as the server sent it.
[[nodiscard]] QString personRole(const Person &person);
/// Position over runtime in [0, 1]; 0 when not started or played.
[[nodiscard]] double progress(const MediaItem &item);

} // namespace marquee::DetailsText
