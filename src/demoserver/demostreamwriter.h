// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidthlimiter.h"
#include "demoserver/demorouter.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace marquee {

class DemoControls;

/**
 * @brief Writes a DemoStreamBody to a socket as fast as the client reads it, or at the bandwidth limit of the
 * controls: a piece at a time, never more than a small window ahead of the socket, so a multi-GB file costs the
 * server no memory. A child of the socket: it ends when the body is out or the connection goes.
 */
class DemoStreamWriter : public QObject
{
    Q_OBJECT

public:
    /// Sends the first @p limit bytes of @p body; with @p closeAtEnd the connection closes after them.
    DemoStreamWriter(QTcpSocket *socket, std::shared_ptr<const DemoStreamBody> body, qint64 limit, bool closeAtEnd,
                     DemoControls &controls);

    void start();

private:
    void pump();

    QTcpSocket *m_socket;
    std::shared_ptr<const DemoStreamBody> m_body;
    qint64 m_limit;
    bool m_closeAtEnd;
    DemoControls &m_controls;
    qint64 m_sent = 0;
    QByteArray m_chunk;
    QTimer m_pace;
    BandwidthLimiter m_limiter; ///< this response's own, at the rate the controls say now
};

} // namespace marquee
