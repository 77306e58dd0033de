// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/awaitfuture.h"
#include "backend/networkthread.h"
#include "backend/plexbackend.h"
#include "demoserver/demoserver.h"

#include <QCoreApplication>
#include <gtest/gtest.h>
#include <memory>

namespace marquee::test {

/// @brief The demo server's Plex face on loopback and a PlexBackend signed in to it with the server's token: the real
/// client and a Plex-shaped server over the demo library, nothing faked.
class PlexDemoSession
{
public:
    explicit PlexDemoSession(DemoServerOptions options = smallLibrary())
        : m_server(withPlexFace(options))
    {
        QString error;
        EXPECT_TRUE(m_server.start(&error)) << error.toStdString();
        m_backend = std::make_unique<PlexBackend>(&m_network, m_server.plexBaseUrl(), identity());
        const Result<Session> session = awaitResult(m_backend->signInWithToken(m_server.plexServerToken()));
        EXPECT_TRUE(session.ok()) << session.error().toString().toStdString();
        QCoreApplication::processEvents(); // deliver the queued sessionChanged before a test connects to it
    }

    [[nodiscard]] static DemoServerOptions smallLibrary()
    {
        DemoServerOptions options;
        options.movies = 40;
        options.series = 2;
        return options;
    }
    /// A started demo server with its Plex face, for a test that signs in by itself.
    [[nodiscard]] static std::unique_ptr<DemoServer> startedServer(int movies, int series)
    {
        DemoServerOptions options;
        options.movies = movies;
        options.series = series;
        auto server = std::make_unique<DemoServer>(withPlexFace(options));
        QString error;
        EXPECT_TRUE(server->start(&error)) << error.toStdString();
        return server;
    }
    [[nodiscard]] static ClientIdentity identity() { return ClientIdentity::forThisDevice(QStringLiteral("plex-tests")); }

    [[nodiscard]] DemoServer &server() { return m_server; }
    [[nodiscard]] PlexBackend &backend() { return *m_backend; }
    [[nodiscard]] NetworkThread &network() { return m_network; }
    /// The Plex id of a demo item (the test controls speak the demo's own ids).
    [[nodiscard]] QString key(const QString &demoId) const { return m_server.plexRatingKey(demoId); }
    [[nodiscard]] QString libraryId(const QString &collectionType) const
    {
        return QStringLiteral("section-") + m_server.plexRatingKey(m_server.libraryId(collectionType));
    }
    [[nodiscard]] UserData userData(const QString &ratingKey)
    {
        const Result<UserData> data = awaitResult(m_backend->userData(ratingKey));
        EXPECT_TRUE(data.ok()) << data.error().toString().toStdString();
        return data.ok() ? data.value() : UserData{};
    }

private:
    static DemoServerOptions withPlexFace(DemoServerOptions options)
    {
        if (!options.plexPort)
            options.plexPort = 0;
        return options;
    }

    DemoServer m_server;
    NetworkThread m_network;
    std::unique_ptr<PlexBackend> m_backend; // before the network thread goes
};

} // namespace marquee::test
