// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace marquee {

/**
 * @brief The demo's trickplay thumbnails, drawn on demand (DemoMedia's size and interval): each the colour of its
 * moment with its time written on it, as Jellyfin's tiles of 5 × 5 and as the BIF file a Plex part's index is.
 */
namespace DemoTrickplay {

/// Tile @p tileIndex (JPEG) of @p thumbnails thumbnails.
[[nodiscard]] QByteArray tile(int tileIndex, int thumbnails);
/// All @p thumbnails thumbnails as one BIF file (Roku's format, what Plex serves at `/library/parts/{id}/indexes/sd`):
/// one JPEG per thumbnail, DemoMedia::TrickplayIntervalMs apart.
[[nodiscard]] QByteArray bif(int thumbnails);

} // namespace DemoTrickplay

} // namespace marquee
