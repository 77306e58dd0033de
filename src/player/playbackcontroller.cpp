// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playbackcontroller.h"

#include "core/clock.h"
#include "core/logging.h"
#include "core/ticks.h"
#include "player/playbackengine.h"
#include "services/transcodesessions.h"

#include <QUuid>

#include <cmath>

namespace marquee {

namespace {
constexpr int HeartbeatMs = 1000;

qint64 secondsToTicks(double seconds)
{
    return std::llround(std::max(0.0, seconds) * double(TicksPerSecond));
}

/// A copy on this device plays as it is; the server is not asked.
PlaybackPlan localPlan(const PlaybackRequest &request)
{
    PlaybackPlan plan;
    plan.itemId = request.itemId;
    plan.playSessionId = QUuid::createUuid().toString(QUuid::Id128);
    plan.method = PlayMethod::DirectPlay;
    plan.stream = {request.localMedia, {}};
    plan.source.id = request.mediaSourceId;
    return plan;
}

PlaybackProblem refusalProblem(const Error &error)
{
    // The server's own "no": NoCompatibleStream and NotAllowed come back as errors without a connection problem.
    if (error.kind == ErrorKind::BadResponse && error.message.contains(QLatin1String("NoCompatibleStream")))
        return {PlaybackProblem::Kind::NoCompatibleStream, error.toString()};
    return PlaybackProblem::fromError(error);
}
} // namespace

PlaybackController::PlaybackController(PlaybackEngine &engine, LivePlaybackReporter &reporter,
                                       PlaybackPlanner &planner, TranscodeSessions &transcodes, const Clock &clock,
                                       QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_reporter(reporter)
    , m_planner(planner)
    , m_transcodes(transcodes)
    , m_clock(clock)
{
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &PlaybackController::heartbeat);
    connect(&m_engine, &PlaybackEngine::started, this, &PlaybackController::onStarted);
    // Positions count while this playback's stream plays: the one before may still run while the server is asked.
    connect(&m_engine, &PlaybackEngine::positionChanged, this, [this](double seconds) {
        if (m_started)
            m_positionSeconds = seconds;
    });
    connect(&m_engine, &PlaybackEngine::pausedChanged, this, [this] { report(Stage::Progress); });
    connect(&m_engine, &PlaybackEngine::seeked, this, [this](double seconds) {
        if (!m_started)
            return;
        m_positionSeconds = seconds;
        report(Stage::Progress);
    });
    connect(&m_engine, &PlaybackEngine::endReached, this, [this] { m_endReached = true; });
    connect(&m_engine, &PlaybackEngine::stopped, this, &PlaybackController::onEngineStopped);
    connect(&m_engine, &PlaybackEngine::failed, this, [this](const PlaybackProblem &problem) {
        stopEndingConversions();
        qCWarning(lcPlayer).noquote() << "playback of" << m_request.itemId << "failed:" << problem.details;
        Q_EMIT playbackFailed(problem);
    });
}

PlaybackController::~PlaybackController()
{
    // What was watched until now is recorded even when the window closes mid-film, and nothing keeps converting.
    if (m_started)
        report(Stage::Stop);
    for (const QString &session : std::as_const(m_endingConversions))
        m_transcodes.stop(session);
    if (!m_conversion.isEmpty())
        m_transcodes.stop(m_conversion);
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

void PlaybackController::play(const PlaybackRequest &request, std::optional<int> audioStreamIndex,
                              std::optional<int> subtitleStreamIndex)
{
    finishPlayback();
    m_request = request;
    m_versions.clear();
    m_endReached = false;
    m_finished = false;
    const double startSeconds = double(request.startTicks) / double(TicksPerSecond);
    m_positionSeconds = startSeconds;
    if (request.localMedia.isValid()) {
        ++m_generation;
        load(localPlan(request), startSeconds);
        return;
    }
    PlaybackInfoRequest info;
    info.itemId = request.itemId;
    info.mediaSourceId = request.mediaSourceId;
    info.maxStreamingBitrate = m_maxBitrate;
    info.startTimeTicks = request.startTicks;
    info.audioStreamIndex = audioStreamIndex;
    info.subtitleStreamIndex = subtitleStreamIndex;
    requestPlan(info, startSeconds);
}

void PlaybackController::replan(const PlanChange &change)
{
    if (m_request.itemId.isEmpty() || m_request.localMedia.isValid())
        return;
    const double startSeconds = m_positionSeconds;
    if (change.maxBitrate)
        m_maxBitrate = *change.maxBitrate;
    PlaybackInfoRequest info;
    info.itemId = m_request.itemId;
    info.mediaSourceId = change.mediaSourceId.value_or(m_plan.source.id);
    info.maxStreamingBitrate = m_maxBitrate;
    info.startTimeTicks = secondsToTicks(startSeconds);
    info.audioStreamIndex = change.audioStreamIndex ? change.audioStreamIndex : m_reporter.session().audioStreamIndex;
    info.subtitleStreamIndex =
        change.subtitleStreamIndex ? change.subtitleStreamIndex : m_reporter.session().subtitleStreamIndex;
    if (change.mediaSourceId && *change.mediaSourceId != m_plan.source.id) {
        // Another version numbers its streams its own way.
        info.audioStreamIndex.reset();
        info.subtitleStreamIndex.reset();
    }
    finishPlayback();
    requestPlan(info, startSeconds);
}

void PlaybackController::requestPlan(const PlaybackInfoRequest &request, double startSeconds)
{
    PlaybackInfoRequest info = request;
    info.capabilities = m_capabilities;
    const quint64 generation = ++m_generation;
    Q_EMIT opening(info.itemId);
    m_planner.plan(info).then(this, [this, generation, startSeconds](const Result<PlaybackPlan> &plan) {
        if (generation != m_generation)
            return; // the viewer asked for something else meanwhile
        if (!plan) {
            qCWarning(lcPlayer).noquote() << "no plan for" << m_request.itemId << ":" << plan.error().toString();
            fail(refusalProblem(plan.error()));
            return;
        }
        PlaybackPlan planned = plan.value();
        if (m_versions.isEmpty())
            m_versions = planned.versions;
        planned.versions = m_versions;
        if (!planned.converted) {
            load(planned, startSeconds);
            return;
        }
        // Noted on disk before the server starts converting: a crash from here on still stops it at the next start.
        m_transcodes.remember(planned.playSessionId, planned.itemId)
            .then(this, [this, generation, planned, startSeconds](const Status &) {
                if (generation == m_generation)
                    load(planned, startSeconds);
                else
                    m_transcodes.stop(planned.playSessionId);
            });
    });
}

void PlaybackController::load(const PlaybackPlan &plan, double startSeconds)
{
    const quint64 generation = m_generation;
    m_plan = plan;
    Q_EMIT planned(m_plan);
    if (generation != m_generation) {
        // Whoever heard of the plan asked for another one at once (remembered languages a conversion lacks).
        if (plan.converted)
            m_transcodes.stop(plan.playSessionId);
        return;
    }
    // The conversion of what played before is stopped once the engine has moved on (its next event): a segment
    // request still in flight would start it again on the server.
    if (!m_conversion.isEmpty())
        m_endingConversions.append(std::exchange(m_conversion, QString()));
    LivePlaybackReporter::Session session;
    session.itemId = plan.itemId;
    session.mediaSourceId = plan.source.id;
    session.playSessionId = plan.playSessionId;
    session.playMethod = playMethodName(plan.method);
    session.audioStreamIndex = plan.audioStreamIndex ? plan.audioStreamIndex : plan.source.defaultAudioStreamIndex;
    session.subtitleStreamIndex = plan.subtitleStreamIndex;
    m_reporter.begin(session);
    PlaybackMedia media;
    media.url = plan.stream.url;
    media.headers = plan.stream.headers;
    media.startSeconds = startSeconds;
    media.title = m_request.title;
    media.converted = plan.converted;
    // The engine ends what was open inside load() (stopped()); the new stream's conversion is not that one.
    m_loading = true;
    m_engine.load(media);
    m_loading = false;
    m_conversion = plan.converted ? plan.playSessionId : QString();
    m_positionSeconds = startSeconds;
}

void PlaybackController::stopEndingConversions()
{
    for (const QString &session : std::exchange(m_endingConversions, {}))
        m_transcodes.stop(session);
}

void PlaybackController::fail(const PlaybackProblem &problem)
{
    m_engine.stop();
    Q_EMIT playbackFailed(problem);
}

void PlaybackController::setStreams(std::optional<int> audioStreamIndex, std::optional<int> subtitleStreamIndex)
{
    m_reporter.setStreams(audioStreamIndex, subtitleStreamIndex);
    m_plan.audioStreamIndex = audioStreamIndex;
    m_plan.subtitleStreamIndex = subtitleStreamIndex;
    report(Stage::Progress);
}

void PlaybackController::onStarted()
{
    stopEndingConversions();
    if (m_request.itemId.isEmpty())
        return;
    m_started = true;
    m_positionSeconds = std::max(m_positionSeconds, m_engine.position());
    if (m_heartbeatEnabled)
        m_heartbeat.start();
    report(Stage::Start);
}

void PlaybackController::onEngineStopped()
{
    if (m_loading)
        return; // what played before, ended by load(): already reported
    stopEndingConversions();
    const bool wasStarted = m_started;
    finishPlayback();
    if (!m_conversion.isEmpty())
        m_transcodes.stop(std::exchange(m_conversion, QString()));
    if (wasStarted)
        Q_EMIT playbackEnded(m_request.itemId);
}

void PlaybackController::finishPlayback()
{
    if (!m_started)
        return;
    report(Stage::Stop);
    m_started = false;
    m_heartbeat.stop();
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
