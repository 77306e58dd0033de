// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/playbackproblem.h"
#include "services/liveplaybackreporter.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace marquee {

class Clock;
class PlaybackEngine;

/// What to play. The page decides between "Resume from 42:10" (the saved position) and "Start over" (0).
struct PlaybackRequest
{
    QString itemId;
    QString mediaSourceId; ///< empty: the item's default source
    QString title;         ///< plain text
    qint64 startTicks = 0;
};

/**
 * @brief The logic of one playback, apart from any widget: it opens the item's stream on a PlaybackEngine and turns
 * what the engine says into reports (LivePlaybackReporter: live to the server, and always into the local queue).
 *
 * Reports: start; progress every ProgressIntervalMs of clock time (checked on a one-second heartbeat), on pause and
 * resume, and after a seek; stop. Past the played share (90 % by default, a setting) the item counts as played: it
 * is recorded once as played with its position back to 0, and later reports of the same playback only go to the
 * server. Lives on the GUI thread.
 */
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ProgressIntervalMs = 10'000;
    static constexpr double DefaultPlayedShare = 0.9;

    PlaybackController(PlaybackEngine &engine, LivePlaybackReporter &reporter, const Clock &clock,
                       QObject *parent = nullptr);
    ~PlaybackController() override;

    /// The share of the runtime (0..1] past which an item counts as played.
    void setPlayedShare(double share);
    [[nodiscard]] double playedShare() const { return m_playedShare; }
    /// Off: no heartbeat timer; tests call heartbeat() with a manual clock.
    void setHeartbeatEnabled(bool enabled);

    /// Ends what plays (reporting its stop) and opens @p request.
    void play(const PlaybackRequest &request);
    /// Sends a progress report when ProgressIntervalMs passed since the last report.
    void heartbeat();
    [[nodiscard]] QString currentItemId() const { return m_request.itemId; }
    [[nodiscard]] bool isPlaying() const { return m_started; }

Q_SIGNALS:
    /// The playback of @p itemId ended and its stop was reported.
    void playbackEnded(const QString &itemId);
    /// The stream could not be played.
    void playbackFailed(const marquee::PlaybackProblem &problem);

private:
    using Stage = LivePlaybackReporter::Stage;
    void onStarted();
    void onStopped();
    void report(Stage stage);
    [[nodiscard]] qint64 positionTicks() const;

    PlaybackEngine &m_engine;
    LivePlaybackReporter &m_reporter;
    const Clock &m_clock;
    QTimer m_heartbeat;
    double m_playedShare = DefaultPlayedShare;
    PlaybackRequest m_request;
    double m_positionSeconds = 0.0;
    qint64 m_lastReportMs = 0;
    bool m_heartbeatEnabled = true;
    bool m_started = false;
    bool m_endReached = false;
    bool m_finished = false; ///< recorded as played in this playback
};

} // namespace marquee
