// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/playerengine.h"

namespace marquee::test {

/// @brief An in-memory PlayerEngine: records what it was asked to do and acts on it at once, with signals.
class FakePlayerEngine : public PlayerEngine
{
public:
    void load(const PlaybackMedia &media) override
    {
        loaded.append(media);
        m_position = media.startSeconds;
        m_tracks.clear(); // a new stream has tracks of its own
    }
    /// Pretends the stream opened: duration known, playing.
    void startPlaying(double duration, double position = 0.0)
    {
        m_duration = duration;
        m_position = position;
        Q_EMIT durationChanged(duration);
        setPaused(false);
        Q_EMIT started();
        Q_EMIT positionChanged(position);
    }
    void setPaused(bool paused) override
    {
        if (paused == m_paused)
            return;
        m_paused = paused;
        Q_EMIT pausedChanged(paused);
    }
    void seek(double seconds) override
    {
        seeks.append(seconds);
        m_position = seconds;
        Q_EMIT seeked(seconds);
    }
    void stop() override { Q_EMIT stopped(); }
    /// The stream failed: as an engine says it, failed() then stopped().
    void fail(const PlaybackProblem &problem)
    {
        Q_EMIT failed(problem);
        Q_EMIT stopped();
    }
    [[nodiscard]] double position() const override { return m_position; }
    [[nodiscard]] double duration() const override { return m_duration; }
    [[nodiscard]] bool isPaused() const override { return m_paused; }

    void setVolume(int percent) override
    {
        m_volume = percent;
        Q_EMIT volumeChanged(percent);
    }
    void setMuted(bool muted) override
    {
        m_muted = muted;
        Q_EMIT mutedChanged(muted);
    }
    void selectAudioTrack(int trackId) override { select(MediaTrack::Kind::Audio, trackId); }
    void selectSubtitleTrack(int trackId) override { select(MediaTrack::Kind::Subtitle, trackId); }
    void addSubtitle(const QUrl &url, const QString &title, const QString &language) override
    {
        addedSubtitles.append(url);
        int id = 1;
        for (const MediaTrack &track : m_tracks)
            id = qMax(id, track.id + 1);
        for (MediaTrack &track : m_tracks) {
            if (track.kind == MediaTrack::Kind::Subtitle)
                track.selected = false;
        }
        MediaTrack added{id, MediaTrack::Kind::Subtitle, title, language, QStringLiteral("subrip"), true};
        added.external = true;
        added.externalFile = QString::fromUtf8(url.toEncoded()); // as libmpv's external-filename
        m_tracks.append(added);
        Q_EMIT tracksChanged();
    }
    void setSpeed(double factor) override
    {
        m_speed = factor;
        Q_EMIT adjustmentsChanged();
    }
    void setAudioDelay(double seconds) override
    {
        m_audioDelay = seconds;
        Q_EMIT adjustmentsChanged();
    }
    void setSubtitleDelay(double seconds) override
    {
        m_subtitleDelay = seconds;
        Q_EMIT adjustmentsChanged();
    }
    [[nodiscard]] double speed() const override { return m_speed; }
    [[nodiscard]] double audioDelay() const override { return m_audioDelay; }
    [[nodiscard]] double subtitleDelay() const override { return m_subtitleDelay; }
    [[nodiscard]] QString subtitleText() const override { return {}; }
    [[nodiscard]] int volume() const override { return m_volume; }
    [[nodiscard]] bool isMuted() const override { return m_muted; }
    [[nodiscard]] MediaTracks tracks() const override { return m_tracks; }

    void setTracks(const MediaTracks &tracks)
    {
        m_tracks = tracks;
        Q_EMIT tracksChanged();
    }

    QList<PlaybackMedia> loaded;
    QList<double> seeks;
    QList<QUrl> addedSubtitles;

private:
    void select(MediaTrack::Kind kind, int trackId)
    {
        for (MediaTrack &track : m_tracks) {
            if (track.kind == kind)
                track.selected = track.id == trackId;
        }
        Q_EMIT tracksChanged();
    }

    double m_position = 0.0;
    double m_duration = 0.0;
    bool m_paused = true;
    int m_volume = 100;
    bool m_muted = false;
    double m_speed = 1.0;
    double m_audioDelay = 0.0;
    double m_subtitleDelay = 0.0;
    MediaTracks m_tracks;
};

} // namespace marquee::test
