// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/mediatrack.h"
#include "player/playbackengine.h"

namespace marquee {

/**
 * @brief A PlaybackEngine plus what a person in front of the screen changes and the server never hears of:
 * volume, mute and the choice of audio and subtitle tracks. PlayerView drives one; PlaybackController needs
 * only the PlaybackEngine part.
 */
class PlayerEngine : public PlaybackEngine
{
    Q_OBJECT

public:
    using PlaybackEngine::PlaybackEngine;

    /// 0..100.
    virtual void setVolume(int percent) = 0;
    virtual void setMuted(bool muted) = 0;
    virtual void selectAudioTrack(int trackId) = 0;
    /// 0 turns subtitles off.
    virtual void selectSubtitleTrack(int trackId) = 0;

    [[nodiscard]] virtual int volume() const = 0;
    [[nodiscard]] virtual bool isMuted() const = 0;
    [[nodiscard]] virtual MediaTracks tracks() const = 0;

Q_SIGNALS:
    void volumeChanged(int percent);
    void mutedChanged(bool muted);
    /// The stream's tracks or the selection among them changed.
    void tracksChanged();
};

} // namespace marquee
