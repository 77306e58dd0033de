// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/liveplaybackreporter.h"

#include "backend/backend.h"
#include "core/clock.h"
#include "core/synclogging.h"
#include "services/userdataactions.h"

#include <QUuid>

namespace marquee {

LivePlaybackReporter::LivePlaybackReporter(Backend *backend, UserDataActions &actions, const Clock &clock,
                                           QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_actions(actions)
    , m_clock(clock)
{
}

void LivePlaybackReporter::begin(const Session &session)
{
    m_session = session;
    if (m_session.playSessionId.isEmpty())
        m_session.playSessionId = QUuid::createUuid().toString(QUuid::Id128);
    m_live = false;
    m_offline = m_backend == nullptr;
}

void LivePlaybackReporter::setStreams(std::optional<int> audioStreamIndex, std::optional<int> subtitleStreamIndex)
{
    m_session.audioStreamIndex = audioStreamIndex;
    m_session.subtitleStreamIndex = subtitleStreamIndex;
}

void LivePlaybackReporter::report(const Report &report)
{
    if (m_session.itemId.isEmpty())
        return;
    const qint64 occurredAtMs = m_clock.nowMs();
    const bool sendLive = m_backend && !m_offline && (report.stage == Stage::Start || m_live);
    const bool held = sendLive && report.local == LocalChange::Position;
    if (report.local != LocalChange::None) {
        PlaybackChange change;
        change.itemId = m_session.itemId;
        change.kind = report.local == LocalChange::Position ? PlaybackChange::Kind::Position
                                                            : PlaybackChange::Kind::Finished;
        change.positionTicks = report.positionTicks;
        change.occurredAtMs = occurredAtMs;
        change.heldForLiveReport = held;
        change.playCounted = m_live;
        m_actions.recordPlayback(change);
    }
    if (!sendLive)
        return;

    PlaybackReport live;
    live.itemId = m_session.itemId;
    live.mediaSourceId = m_session.mediaSourceId;
    live.playSessionId = m_session.playSessionId;
    live.playMethod = m_session.playMethod;
    live.audioStreamIndex = m_session.audioStreamIndex;
    live.subtitleStreamIndex = m_session.subtitleStreamIndex;
    live.positionTicks = report.positionTicks;
    live.isPaused = report.paused;
    QFuture<Status> answer;
    switch (report.stage) {
    case Stage::Start: answer = m_backend->reportPlaybackStart(live); break;
    case Stage::Progress: answer = m_backend->reportPlaybackProgress(live); break;
    case Stage::Stop: answer = m_backend->reportPlaybackStopped(live); break;
    }
    if (report.stage == Stage::Stop)
        m_live = false;
    answer.then(this, [this, session = m_session.playSessionId, itemId = m_session.itemId, stage = report.stage, held, occurredAtMs,
                       position = report.positionTicks](const Status &status) {
        if (status) {
            if (held)
                m_actions.confirmLiveReport(itemId, occurredAtMs, position);
            if (stage == Stage::Start && session == m_session.playSessionId && !m_offline)
                m_live = true;
            Q_EMIT serverAnswered();
            return;
        }
        qCInfo(lcSync).noquote() << "live report for item" << itemId << "failed (" << status.error().toString()
                                 << "); the rest of this playback goes through the queue";
        if (session == m_session.playSessionId) {
            m_live = false;
            m_offline = true;
        }
        if (held)
            m_actions.releaseLiveHold(itemId);
        Q_EMIT reportFailed(status.error());
    });
}

} // namespace marquee
