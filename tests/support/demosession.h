// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/awaitfuture.h"
#include "backend/jellyfinbackend.h"
#include "backend/networkthread.h"
#include "demoserver/demoserver.h"

#include <QCoreApplication>
#include <gtest/gtest.h>
#include <memory>

namespace marquee::test {

/// @brief The demo server on loopback and a JellyfinBackend signed in to it as demo/demo: the real client and a
/// Jellyfin-compatible server, nothing faked.
class DemoSession
{
public:
    explicit DemoSession(DemoServerOptions options = smallLibrary())
        : m_server(options)
    {
        QString error;
        EXPECT_TRUE(m_server.start(&error)) << error.toStdString();
        m_backend = std::make_unique<JellyfinBackend>(&m_network, m_server.baseUrl(),
                                                      ClientIdentity::forThisDevice(QStringLiteral("sync-tests")));
        const Result<Session> session = awaitResult(m_backend->signIn(DemoServer::userName(), DemoServer::password()));
        EXPECT_TRUE(session.ok()) << session.error().toString().toStdString();
        // The sign-in's sessionChanged is queued: deliver it now, before a test connects anything to the backend.
        QCoreApplication::processEvents();
    }

    [[nodiscard]] static DemoServerOptions smallLibrary()
    {
        DemoServerOptions options;
        options.movies = 40;
        options.series = 2;
        return options;
    }

    [[nodiscard]] DemoServer &server() { return m_server; }
    [[nodiscard]] JellyfinBackend &backend() { return *m_backend; }
    /// What the server holds for the item now.
    [[nodiscard]] UserData userData(const QString &itemId)
    {
        const Result<UserData> data = awaitResult(m_backend->userData(itemId));
        EXPECT_TRUE(data.ok()) << data.error().toString().toStdString();
        return data.ok() ? data.value() : UserData{};
    }
    [[nodiscard]] qint64 requests(const QString &route) const { return m_server.requestCounts().value(route); }

private:
    DemoServer m_server;
    NetworkThread m_network;
    std::unique_ptr<JellyfinBackend> m_backend; // before the network thread goes
};

} // namespace marquee::test
