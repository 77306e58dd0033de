// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/playbackproblem.h"
#include "services/liveplaybackreporter.h"
#include "services/playbackplanner.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace marquee {

class Clock;
class PlaybackEngine;
class TranscodeSessions;

/// What to play. The page decides between "Resume from 42:10" (the saved position) and "Start over" (0).
struct PlaybackRequest
{
    QString itemId;
    QString mediaSourceId; ///< empty: the server's choice
    QString title;         ///< plain text
    qint64 startTicks = 0;
    QString seriesId;      ///< episodes: the series whose chosen languages apply
    /// A copy on this device (a download): played as it is, without asking the server.
    QUrl localMedia;
};

/// What a new plan of the same playback changes; unset fields keep what plays.
struct PlanChange
{
    std::optional<std::optional<qint64>> maxBitrate; ///< set to nullopt: the original quality
    std::optional<QString> mediaSourceId;
    std::optional<int> audioStreamIndex;
    std::optional<int> subtitleStreamIndex; ///< -1: off
};

/**
 * @brief The logic of one playback, apart from any widget: it asks the server how to play the item (PlaybackPlanner),
 * opens what the server decided on a PlaybackEngine, and turns what the engine says into reports
 * (LivePlaybackReporter: live to the server with the play method, version, tracks and play session, and always into
 * the local queue).
 *
 * Reports: start; progress every ProgressIntervalMs of clock time (checked on a one-second heartbeat), on pause and
 * resume, and after a seek; stop. Past the played share (90 % by default, a setting) the item counts as played: it
 * is recorded once as played with its position back to 0, and later reports of the same playback only go to the
 * server. A conversion the server runs for a playback is stopped (TranscodeSessions) once the engine has let go of
 * it. Another quality, version or a track only the server can change is a new plan at the current position (and a
 * new play session, as Jellyfin's own clients do). Lives on the GUI thread.
 */
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ProgressIntervalMs = 10'000;
    static constexpr double DefaultPlayedShare = 0.9;

    PlaybackController(PlaybackEngine &engine, LivePlaybackReporter &reporter, PlaybackPlanner &planner,
                       TranscodeSessions &transcodes, const Clock &clock, QObject *parent = nullptr);
    ~PlaybackController() override;

    /// The share of the runtime (0..1] past which an item counts as played.
    void setPlayedShare(double share);
    [[nodiscard]] double playedShare() const { return m_playedShare; }
    /// Off: no heartbeat timer; tests call heartbeat() with a manual clock.
    void setHeartbeatEnabled(bool enabled);
    /// What the player can play, for the server's decision.
    void setCapabilities(const PlayerCapabilities &capabilities) { m_capabilities = capabilities; }
    /// The bitrate cap of the next playbacks; nullopt: the original quality.
    void setMaxBitrate(std::optional<qint64> bitsPerSecond) { m_maxBitrate = bitsPerSecond; }
    [[nodiscard]] std::optional<qint64> maxBitrate() const { return m_maxBitrate; }

    /// Ends what plays (reporting its stop), asks how to play @p request and opens it. @p audioStreamIndex and
    /// @p subtitleStreamIndex: the tracks to ask for (remembered languages), when known.
    void play(const PlaybackRequest &request, std::optional<int> audioStreamIndex = {},
              std::optional<int> subtitleStreamIndex = {});
    /// Plays the same item again from where it is now, with @p change.
    void replan(const PlanChange &change);
    /// Sends a progress report when ProgressIntervalMs passed since the last report.
    void heartbeat();
    /// The viewer switched tracks in the player itself: the next reports carry them.
    void setStreams(std::optional<int> audioStreamIndex, std::optional<int> subtitleStreamIndex);

    [[nodiscard]] QString currentItemId() const { return m_request.itemId; }
    [[nodiscard]] const PlaybackRequest &request() const { return m_request; }
    [[nodiscard]] bool isPlaying() const { return m_started; }
    /// The server accepted this playback's start report and has answered every report since.
    [[nodiscard]] bool serverAnswers() const { return m_reporter.isLive(); }
    /// The plan of what plays (or is opening); empty before the first.
    [[nodiscard]] const PlaybackPlan &plan() const { return m_plan; }
    [[nodiscard]] double positionSeconds() const { return m_positionSeconds; }

Q_SIGNALS:
    /// The server is being asked how to play @p itemId.
    void opening(const QString &itemId);
    /// The server decided; the stream of @p plan is being opened.
    void planned(const marquee::PlaybackPlan &plan);
    /// The playback of @p itemId ended and its stop was reported.
    void playbackEnded(const QString &itemId);
    /// The stream could not be planned or played.
    void playbackFailed(const marquee::PlaybackProblem &problem);

private:
    using Stage = LivePlaybackReporter::Stage;
    void requestPlan(const PlaybackInfoRequest &request, double startSeconds);
    void load(const PlaybackPlan &plan, double startSeconds);
    void fail(const PlaybackProblem &problem);
    void onStarted();
    void onEngineStopped();
    /// Reports the stop of what plays and lets its conversion go once the engine has.
    void finishPlayback();
    void stopEndingConversions();
    void report(Stage stage);
    [[nodiscard]] qint64 positionTicks() const;

    PlaybackEngine &m_engine;
    LivePlaybackReporter &m_reporter;
    PlaybackPlanner &m_planner;
    TranscodeSessions &m_transcodes;
    const Clock &m_clock;
    QTimer m_heartbeat;
    double m_playedShare = DefaultPlayedShare;
    PlayerCapabilities m_capabilities;
    std::optional<qint64> m_maxBitrate;
    PlaybackRequest m_request;
    PlaybackPlan m_plan;
    QList<PlaybackSource> m_versions; ///< of the first plan, which lists every version
    quint64 m_generation = 0;         ///< a newer play() or replan() makes older answers moot
    double m_positionSeconds = 0.0;
    qint64 m_lastReportMs = 0;
    bool m_heartbeatEnabled = true;
    bool m_started = false;
    bool m_endReached = false;
    bool m_finished = false;   ///< recorded as played in this playback
    bool m_loading = false;    ///< inside m_engine.load()
    QString m_conversion;      ///< the play session whose conversion the loaded stream is
    QStringList m_endingConversions; ///< of streams the engine is letting go of: stopped at its next event
};

} // namespace marquee
