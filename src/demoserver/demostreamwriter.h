// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidthlimiter.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace marquee {

class DemoControls;

/**
 * @brief Writes a streamed body (DemoReply::bodyReader: a media file) to a socket as fast as the client reads it, or
 * at the bandwidth limit of the controls: a piece at a time, never more than a small window ahead of the socket, so
 * a multi-GB file costs the server no memory. A child of the socket: it ends when the body is out or the connection
 * goes. Every byte counts as a media byte sent.
 */
class DemoStreamWriter : public QObject
{
    Q_OBJECT

public:
    using Reader = std::function<QByteArray(qint64 offset, qint64 length)>;

    /// Sends the first @p limit bytes that @p read gives; with @p closeAtEnd the connection closes after them.
    DemoStreamWriter(QTcpSocket *socket, Reader read, qint64 limit, bool closeAtEnd, DemoControls &controls);

    void start();

private:
    void pump();

    QTcpSocket *m_socket;
    Reader m_read;
    qint64 m_limit;
    bool m_closeAtEnd;
    DemoControls &m_controls;
    qint64 m_sent = 0;
    QTimer m_pace;
    BandwidthLimiter m_limiter; ///< this response's own, at the rate the controls say now
};

} // namespace marquee
