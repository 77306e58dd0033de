// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackinfo.h"
#include "player/playerengine.h"

#include <QStringList>

#include <atomic>
#include <optional>

struct mpv_handle;
struct mpv_event;
struct mpv_event_end_file;
struct mpv_event_property;

namespace marquee {

/**
 * @brief The PlayerEngine on libmpv: one mpv handle, its events drained on the GUI thread.
 *
 * Credentials go to mpv as `http-header-fields`, never into the URL or a log. In Output::Window mode the
 * picture is drawn by an MpvVideoWidget; a load() waits until that widget has created its render context,
 * because mpv's libmpv video output cannot start without one. Output::Headless (vo=null, ao=null) plays in
 * real time with no window and no sound device, for tests and benchmarks.
 */
class MpvEngine : public PlayerEngine
{
    Q_OBJECT

public:
    enum class Output { Window, Headless };

    explicit MpvEngine(Output output, QObject *parent = nullptr);
    ~MpvEngine() override;

    /// Empty when libmpv started; otherwise why it did not (every load() then fails with it).
    [[nodiscard]] QString startError() const { return m_startError; }
    [[nodiscard]] Output output() const { return m_output; }

    void load(const PlaybackMedia &media) override;
    void setPaused(bool paused) override;
    void seek(double seconds) override;
    void stop() override;
    [[nodiscard]] double position() const override { return m_position; }
    [[nodiscard]] double duration() const override { return m_duration; }
    [[nodiscard]] bool isPaused() const override { return m_paused; }

    void setVolume(int percent) override;
    void setMuted(bool muted) override;
    void selectAudioTrack(int trackId) override;
    void selectSubtitleTrack(int trackId) override;
    void addSubtitle(const QUrl &url, const QString &title, const QString &language) override;
    void setSpeed(double factor) override;
    void setAudioDelay(double seconds) override;
    void setSubtitleDelay(double seconds) override;
    [[nodiscard]] int volume() const override { return m_volume; }
    [[nodiscard]] bool isMuted() const override { return m_muted; }
    [[nodiscard]] MediaTracks tracks() const override { return m_tracks; }
    [[nodiscard]] double speed() const override { return m_speed; }
    [[nodiscard]] double audioDelay() const override { return m_audioDelay; }
    [[nodiscard]] double subtitleDelay() const override { return m_subtitleDelay; }
    [[nodiscard]] QString subtitleText() const override { return m_subtitleText; }

    /// What this libmpv can play, for the server's device profile: the common containers, and the codecs among
    /// the common ones that its decoder list has.
    [[nodiscard]] PlayerCapabilities capabilities() const;

    /// For MpvVideoWidget: the handle its render context draws from; nullptr if libmpv did not start.
    [[nodiscard]] mpv_handle *handle() const { return m_mpv; }
    /// MpvVideoWidget says its render context exists (or is gone); a waiting load() starts now.
    void setRenderContextReady(bool ready);

Q_SIGNALS:
    /// Emitted at the start of the destructor: a render context must be freed before its handle.
    void handleAboutToBeDestroyed();

private:
    void initialize();
    void startLoad(const PlaybackMedia &media);
    void drainEvents();
    void handleEvent(const mpv_event &event);
    void onPropertyChange(quint64 id, const mpv_event_property &property);
    void onEndFile(const mpv_event_end_file &end);
    void onPlaybackRestart();
    void onLoadReply(const mpv_event &event);
    void failLater(const PlaybackProblem &problem);
    void setProperty(const char *name, const QByteArray &value);

    Output m_output;
    mpv_handle *m_mpv = nullptr;
    QString m_startError;
    std::atomic<bool> m_drainQueued{false};
    bool m_renderContextReady = false;
    std::optional<PlaybackMedia> m_waitingLoad;

    quint64 m_loadSerial = 0;
    qint64 m_entryId = -1; ///< mpv's playlist entry of the stream loaded last; others' events are stale
    bool m_fileActive = false;
    bool m_started = false;
    bool m_endAnnounced = false;
    bool m_seeking = false;
    bool m_converted = false; ///< the stream being played is a server-side conversion
    static constexpr int MaxProblemLines = 8;
    QStringList m_problemLog; ///< the first warnings and errors since the last load()
    std::optional<int> m_pendingFailure; ///< mpv's error code of a stream that just failed
    double m_position = 0.0;
    double m_duration = 0.0;
    bool m_paused = false;
    int m_volume = 100;
    bool m_muted = false;
    MediaTracks m_tracks;
    double m_speed = 1.0;
    double m_audioDelay = 0.0;
    double m_subtitleDelay = 0.0;
    QString m_subtitleText;
};

} // namespace marquee
