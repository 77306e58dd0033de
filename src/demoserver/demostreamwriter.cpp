// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demostreamwriter.h"

#include "demoserver/democontrols.h"

#include <QTcpSocket>

#include <algorithm>

namespace marquee {

namespace {
constexpr qint64 ChunkBytes = 256 * 1024;
/// How far the writer runs ahead of what the kernel took: enough to keep loopback busy, small enough to not matter.
constexpr qint64 WindowBytes = 1024 * 1024;
constexpr int PaceMs = 10;
} // namespace

DemoStreamWriter::DemoStreamWriter(QTcpSocket *socket, Reader read, qint64 limit, bool closeAtEnd,
                                   DemoControls &controls)
    : QObject(socket)
    , m_socket(socket)
    , m_read(std::move(read))
    , m_limit(limit)
    , m_closeAtEnd(closeAtEnd)
    , m_controls(controls)
{
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &DemoStreamWriter::pump);
    connect(socket, &QIODevice::bytesWritten, this, &DemoStreamWriter::pump);
    connect(socket, &QAbstractSocket::disconnected, this, &QObject::deleteLater);
}

void DemoStreamWriter::start()
{
    pump();
}

void DemoStreamWriter::pump()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (m_sent < m_limit && m_socket->bytesToWrite() < WindowBytes) {
        if (m_limiter.rate() != m_controls.bandwidthLimit())
            m_limiter.setRate(m_controls.bandwidthLimit());
        const qint64 n = m_limiter.take(std::min(ChunkBytes, m_limit - m_sent));
        if (n <= 0) {
            if (!m_pace.isActive())
                m_pace.start(PaceMs);
            return;
        }
        const QByteArray piece = m_read(m_sent, n);
        if (piece.isEmpty()) { // the body ended before its length: hang up, as a server does on a truncated file
            m_limit = m_sent;
            m_closeAtEnd = true;
            break;
        }
        m_socket->write(piece);
        m_sent += piece.size();
        m_controls.addBytesSent(piece.size());
        m_controls.addMediaBytesSent(piece.size());
    }
    if (m_sent < m_limit)
        return;
    disconnect(m_socket, nullptr, this, nullptr);
    if (m_closeAtEnd)
        m_socket->disconnectFromHost();
    deleteLater();
}

} // namespace marquee
