// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playbackcontroller.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/ticks.h"
#include "player/playbackengine.h"

#include <cmath>

namespace marquee {

namespace {
constexpr int HeartbeatMs = 1000;

qint64 secondsToTicks(double seconds)
{
    return std::llround(std::max(0.0, seconds) * double(TicksPerSecond));
}
} // namespace

PlaybackController::PlaybackController(PlaybackEngine &engine, LivePlaybackReporter &reporter, const Clock &clock,
                                       QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_reporter(reporter)
    , m_clock(clock)
{
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &PlaybackController::heartbeat);
    connect(&m_engine, &PlaybackEngine::started, this, &PlaybackController::onStarted);
    connect(&m_engine, &PlaybackEngine::positionChanged, this, [this](double seconds) { m_positionSeconds = seconds; });
    connect(&m_engine, &PlaybackEngine::pausedChanged, this, [this] { report(Stage::Progress); });
    connect(&m_engine, &PlaybackEngine::seeked, this, [this](double seconds) {
        m_positionSeconds = seconds;
        report(Stage::Progress);
    });
    connect(&m_engine, &PlaybackEngine::endReached, this, [this] { m_endReached = true; });
    connect(&m_engine, &PlaybackEngine::stopped, this, &PlaybackController::onStopped);
    connect(&m_engine, &PlaybackEngine::failed, this, [this](const PlaybackProblem &problem) {
        qCWarning(lcPlayer).noquote() << "playback of" << m_request.itemId << "failed:" << problem.details;
        Q_EMIT playbackFailed(problem);
    });
}

PlaybackController::~PlaybackController()
{
    // What was watched until now is recorded even when the window closes mid-film.
    if (m_started)
        report(Stage::Stop);
}

void PlaybackController::setPlayedShare(double share)
{
    m_playedShare = std::clamp(share, 0.01, 1.0);
}

void PlaybackController::setHeartbeatEnabled(bool enabled)
{
    if (!enabled)
        m_heartbeat.stop();
    else if (m_started)
        m_heartbeat.start();
    m_heartbeatEnabled = enabled;
}

void PlaybackController::play(const PlaybackRequest &request)
{
    if (m_started)
        onStopped();
    m_request = request;
    m_positionSeconds = double(request.startTicks) / double(TicksPerSecond);
    m_endReached = false;
    m_finished = false;
    m_reporter.begin(request.itemId, request.mediaSourceId);
    const StreamSource stream = m_reporter.streamFor(request.itemId, request.mediaSourceId);
    PlaybackMedia media;
    media.url = stream.url;
    media.headers = stream.headers;
    media.startSeconds = m_positionSeconds;
    media.title = request.title;
    m_engine.load(media);
}

void PlaybackController::onStarted()
{
    if (m_request.itemId.isEmpty())
        return;
    m_started = true;
    m_positionSeconds = std::max(m_positionSeconds, m_engine.position());
    if (m_heartbeatEnabled)
        m_heartbeat.start();
    report(Stage::Start);
}

void PlaybackController::onStopped()
{
    if (!m_started)
        return;
    report(Stage::Stop);
    m_started = false;
    m_heartbeat.stop();
    Q_EMIT playbackEnded(m_request.itemId);
}

void PlaybackController::heartbeat()
{
    if (m_started && m_clock.nowMs() - m_lastReportMs >= ProgressIntervalMs)
        report(Stage::Progress);
}

qint64 PlaybackController::positionTicks() const
{
    return secondsToTicks(m_endReached ? std::max(m_engine.duration(), m_positionSeconds) : m_positionSeconds);
}

void PlaybackController::report(Stage stage)
{
    if (!m_started)
        return;
    const qint64 position = positionTicks();
    const qint64 duration = secondsToTicks(m_engine.duration());
    using Local = LivePlaybackReporter::LocalChange;
    Local local = Local::Position;
    if (m_finished) {
        local = Local::None;
    } else if (duration > 0 && double(position) >= m_playedShare * double(duration)) {
        local = Local::Finished;
        m_finished = true;
    }
    m_reporter.report({stage, position, m_engine.isPaused(), local});
    m_lastReportMs = m_clock.nowMs();
}

} // namespace marquee
