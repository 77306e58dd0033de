// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/mediatrack.h"
#include "player/playbackengine.h"

namespace marquee {

/**
 * @brief A PlaybackEngine plus what a person in front of the screen changes and the server never hears of:
 * volume, mute, the choice of audio and subtitle tracks, speed and delays. PlayerView drives one; PlaybackController needs
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
    /// Adds a subtitle from its own file (fetched with the stream's request headers) and shows it.
    virtual void addSubtitle(const QUrl &url, const QString &title, const QString &language) = 0;
    /// Playback speed, 1.0 normal.
    virtual void setSpeed(double factor) = 0;
    /// Seconds the sound (or the subtitles) come later than the picture; negative: earlier.
    virtual void setAudioDelay(double seconds) = 0;
    virtual void setSubtitleDelay(double seconds) = 0;

    [[nodiscard]] virtual int volume() const = 0;
    [[nodiscard]] virtual bool isMuted() const = 0;
    [[nodiscard]] virtual MediaTracks tracks() const = 0;
    [[nodiscard]] virtual double speed() const = 0;
    [[nodiscard]] virtual double audioDelay() const = 0;
    [[nodiscard]] virtual double subtitleDelay() const = 0;
    /// The subtitle text on screen now, as plain text; empty when none shows.
    [[nodiscard]] virtual QString subtitleText() const = 0;

Q_SIGNALS:
    void volumeChanged(int percent);
    void mutedChanged(bool muted);
    /// The stream's tracks or the selection among them changed.
    void tracksChanged();
    /// Speed, audio delay or subtitle delay changed.
    void adjustmentsChanged();
    void subtitleTextChanged(const QString &text);
};

} // namespace marquee
