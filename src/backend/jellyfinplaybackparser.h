// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackinfo.h"
#include "core/result.h"

#include <QByteArray>

namespace marquee {

/// @brief Reads Jellyfin's playback answers: PlaybackInfoResponse, MediaSegmentDtoQueryResult, and the chapters and
/// trickplay manifest of a BaseItemDto. Tolerant like every parser here: hostile or partial JSON is an error or is
/// left out, never a crash.
class JellyfinPlaybackParser
{
public:
    [[nodiscard]] static Result<PlaybackInfo> parsePlaybackInfo(const QByteArray &body);
    [[nodiscard]] static Result<QList<MediaSegment>> parseMediaSegments(const QByteArray &body);
    [[nodiscard]] static Result<PlaybackExtras> parsePlaybackExtras(const QByteArray &body);
    /// The TranscodeReasons parameter of a TranscodingUrl ("ContainerBitrateExceedsLimit,AudioCodecNotSupported").
    [[nodiscard]] static QStringList transcodeReasons(const QString &transcodingUrl);
};

} // namespace marquee
