// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "core/error.h"
#include "core/result.h"

#include <QObject>

#include <optional>

namespace marquee {

class Backend;
class Clock;
class UserDataActions;

/**
 * @brief Tells the server about one playback at a time, live (/Sessions/Playing*), and records every position in the
 * playback queue as well, so nothing is lost when the server cannot hear it or the program dies.
 *
 * The rule between the two: a position recorded with a live report is held back from the sync worker
 * (UserDataActions::LiveHoldMs). When the server accepts the report, that queued position is deleted: the server has
 * it already. A later position replaces a held one and a confirmation deletes only the position it carried, so a
 * late answer never removes a newer position. When the start report fails, or any later report does, the session is
 * offline for good: its held position is released at once and every later one goes only through the queue, as user
 * data with its real date. A lone progress report without a start is never sent: a real server would extrapolate
 * the position on its own clock and persist that after five idle minutes.
 */
class LivePlaybackReporter : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Start, Progress, Stop };
    /// What the report means for the local user data.
    enum class LocalChange {
        Position, ///< the viewer is at the reported position
        Finished, ///< the item now counts as played, its position back to 0
        None,     ///< already finished in this session: only the server hears about it
    };

    /// What the server's dashboard must show of a playback: what really plays.
    struct Session
    {
        QString itemId;
        QString mediaSourceId;
        QString playSessionId; ///< from the server's PlaybackInfo; empty: a new one is made up
        QString playMethod = QStringLiteral("DirectPlay");
        std::optional<int> audioStreamIndex;
        std::optional<int> subtitleStreamIndex; ///< -1: off
    };

    struct Report
    {
        Stage stage = Stage::Progress;
        qint64 positionTicks = 0;
        bool paused = false;
        LocalChange local = LocalChange::Position;
    };

    /// @p backend may be null (no server yet): then every playback is recorded locally only.
    LivePlaybackReporter(Backend *backend, UserDataActions &actions, const Clock &clock, QObject *parent = nullptr);

    /// The server of the next playback; a sign-in to another server replaces the backend.
    void setBackend(Backend *backend) { m_backend = backend; }
    /// A new playback; nothing is live until its start report is accepted.
    void begin(const Session &session);
    /// The viewer chose other tracks: the next reports say so.
    void setStreams(std::optional<int> audioStreamIndex, std::optional<int> subtitleStreamIndex);
    [[nodiscard]] const Session &session() const { return m_session; }
    void report(const Report &report);
    /// The server accepted this session's start report and nothing failed since.
    [[nodiscard]] bool isLive() const { return m_live; }

Q_SIGNALS:
    /// The server accepted a live report: it answers again (the sync worker may drain).
    void serverAnswered();
    void reportFailed(const marquee::Error &error);

private:
    Backend *m_backend;
    UserDataActions &m_actions;
    const Clock &m_clock;
    Session m_session;
    bool m_live = false;
    bool m_offline = false;
};

} // namespace marquee
