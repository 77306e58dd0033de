// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QObject>

namespace marquee {

class Backend;
class Clock;
class DatabaseWriter;

/**
 * @brief Makes sure a conversion Marquee started on a server is stopped: when its playback ends, and after a crash at
 * the next start. Each one is written to the state database (on the writer thread) before the player opens it and
 * forgotten once the server has heard the stop; whatever is left when a server connects is stopped then.
 */
class TranscodeSessions : public QObject
{
    Q_OBJECT

public:
    TranscodeSessions(DatabaseWriter &writer, const Clock &clock, QObject *parent = nullptr);

    void setBackend(Backend *backend) { m_backend = backend; }
    /// Notes a conversion about to start; the future finishes once it is on disk.
    QFuture<Status> remember(const QString &playSessionId, const QString &itemId);
    /// Tells the server to stop the conversion, then forgets it (kept for the next start if the server is away).
    void stop(const QString &playSessionId);
    /// Stops the conversions an earlier run left behind on the current server.
    void stopLeftovers();

Q_SIGNALS:
    /// The server accepted the stop of @p playSessionId and it is forgotten.
    void stopped(const QString &playSessionId);

private:
    DatabaseWriter &m_writer;
    const Clock &m_clock;
    Backend *m_backend = nullptr;
};

} // namespace marquee
