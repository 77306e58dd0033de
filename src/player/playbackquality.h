// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace marquee {

struct PlaybackPlan;

/// One entry of the quality menu: the original file, or a bitrate cap above which the server converts.
struct QualityChoice
{
    std::optional<qint64> cap; ///< bits per second; unset: original
    QString label;
};

/// Original, 20 Mbps, 8 Mbps, 4 Mbps, 1.5 Mbps, 720 kbps.
[[nodiscard]] QList<QualityChoice> qualityChoices();
/// "4 Mbps", "1.5 Mbps", "720 kbps", in the user's language and number format ("1,5 Mbit/s").
[[nodiscard]] QString bitrateText(qint64 bitsPerSecond);
/// What plays and why, for the player's title bar: "Direct play", "Direct stream: the container (MKV) is repackaged",
/// "Transcoding: bitrate above the 4 Mbps cap".
[[nodiscard]] QString playbackStatusText(const PlaybackPlan &plan);

} // namespace marquee
