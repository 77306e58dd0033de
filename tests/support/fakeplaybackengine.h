// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/playbackengine.h"

namespace marquee::test {

/// @brief A PlaybackEngine without any media: it remembers what it was asked to open and emits what a test says
/// the stream did, in the order a real engine would.
class FakePlaybackEngine final : public PlaybackEngine
{
    Q_OBJECT

public:
    using PlaybackEngine::PlaybackEngine;

    void load(const PlaybackMedia &media) override
    {
        if (m_open)
            finish(false);
        m_loaded.append(media);
        m_position = media.startSeconds;
    }
    void setPaused(bool paused) override
    {
        if (m_paused == paused)
            return;
        m_paused = paused;
        Q_EMIT pausedChanged(paused);
    }
    void seek(double seconds) override
    {
        m_position = seconds;
        Q_EMIT positionChanged(seconds);
        Q_EMIT seeked(seconds);
    }
    void stop() override { finish(false); }

    [[nodiscard]] double position() const override { return m_position; }
    [[nodiscard]] double duration() const override { return m_duration; }
    [[nodiscard]] bool isPaused() const override { return m_paused; }

    /// The stream opened: playing from its start position, @p durationSeconds long.
    void open(double durationSeconds)
    {
        m_duration = durationSeconds;
        m_open = true;
        Q_EMIT durationChanged(durationSeconds);
        Q_EMIT started();
    }
    /// Playback went on to @p seconds.
    void playTo(double seconds)
    {
        m_position = seconds;
        Q_EMIT positionChanged(seconds);
    }
    /// The stream ran to its end.
    void runToEnd()
    {
        playTo(m_duration);
        finish(true);
    }
    [[nodiscard]] const QList<PlaybackMedia> &loaded() const { return m_loaded; }

private:
    void finish(bool atEnd)
    {
        if (!m_open)
            return;
        m_open = false;
        if (atEnd)
            Q_EMIT endReached();
        Q_EMIT stopped();
    }

    QList<PlaybackMedia> m_loaded;
    double m_position = 0.0;
    double m_duration = 0.0;
    bool m_paused = false;
    bool m_open = false;
};

} // namespace marquee::test
