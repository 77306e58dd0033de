// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

class QTcpServer;
class QTcpSocket;

namespace marquee {

class Clock;
class DemoControls;
class DemoNotifier;

/// Which server the demo plays on a port.
enum class DemoFace { Jellyfin, Plex };

/**
 * @brief The HTTP side of the demo server on QtHttpServer, for one face: routes requests, checks tokens, applies
 * the fault injection (latency, errors, dropped bodies, offline) and counts traffic.
 *
 * Lives on, and must only be used from, the thread that created it (DemoServer's own thread).
 * Responses are written straight to the socket so that bodies can be cut mid-way and latency
 * can be added with a timer instead of blocking the thread.
 */
class DemoHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    DemoHttpServer(DemoState &state, DemoControls &controls, DemoFace face, QObject *parent = nullptr);
    ~DemoHttpServer() override;

    /// Listens on @p address; port 0 picks a free one. Returns the bound port, 0 on failure.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    [[nodiscard]] quint16 port() const { return m_port; }
    /// Offline closes the listener (connections are refused) and aborts open connections and
    /// WebSockets; online listens again on the same port. Returns false if it could not re-bind.
    bool setOffline(bool offline);
    void goOfflineFor(int ms);

    [[nodiscard]] DemoState &state() { return m_state; }
    [[nodiscard]] const DemoRouter &router() const { return m_router; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void writeReply(QTcpSocket *socket, const DemoReply &reply, bool head, bool drop, bool close);
    [[nodiscard]] const DemoSession *sessionFor(const QHttpServerRequest &request) const;
    void acceptWebSockets();

    DemoControls &m_controls;
    DemoState &m_state;
    DemoFace m_face;
    DemoSession m_plexSession; ///< what the Plex server token stands for
    DemoRouter m_router;
    DemoNotifier *m_notifier = nullptr;
    QTcpServer *m_tcp = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace marquee
