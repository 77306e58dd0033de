// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoserver.h"
#include "storage/playbackqueuerepository.h"
#include "support/clirun.h"
#include "support/testdirectory.h"

#include <gtest/gtest.h>
#include <memory>

namespace marquee::test {

/// Two demo servers with the same generated library, so the same item and library ids, under their own server ids
/// (a home server and a friend's, #14), and a data folder that marquee-cli and the app share.
class TwoServersFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoServerOptions options;
        options.movies = 12;
        options.series = 1;
        home = std::make_unique<DemoServer>(options);
        friends = std::make_unique<DemoServer>(options);
        QString error;
        ASSERT_TRUE(home->start(&error)) << error.toStdString();
        ASSERT_TRUE(friends->start(&error)) << error.toStdString();
        friends->changeIdentity();
        ASSERT_NE(home->serverId(), friends->serverId());
    }

    CliResult run(const QStringList &arguments) { return runCli(directory.path(), arguments); }
    /// `marquee-cli sync` signed in to @p server: it becomes the server in use, its sign-in saved.
    CliResult signInAndSync(const DemoServer &server)
    {
        return run({QStringLiteral("sync"), QStringLiteral("--server"), server.baseUrl().toString(),
                    QStringLiteral("--user"), DemoServer::userName(), QStringLiteral("--password"),
                    DemoServer::password()});
    }
    /// Items the cache holds of @p server.
    int itemsOf(const DemoServer &server)
    {
        return queryData(directory.path(),
                         QStringLiteral("SELECT count(*) FROM items i JOIN cache_servers s USING (server_key) "
                                        "WHERE s.server_id = '%1'")
                             .arg(server.serverId()))
            .toInt();
    }
    /// Queues a played mark of @p itemId made offline for @p server, as the app records one.
    void markPlayedOffline(const DemoServer &server, const QString &itemId)
    {
        Database database(DatabasePaths::inDirectory(directory.path()));
        ASSERT_TRUE(database.open().ok);
        PlaybackEvent event;
        event.serverId = server.serverId();
        event.itemId = itemId;
        event.kind = PlaybackEventKind::Played;
        event.occurredAtMs = 1'700'000'000'000;
        ASSERT_TRUE(PlaybackQueueRepository(database.connection()).record(event).ok());
    }
    static QString hostAndPort(const DemoServer &server)
    {
        return QStringLiteral("%1:%2").arg(server.baseUrl().host()).arg(server.baseUrl().port());
    }

    TestDirectory directory;
    std::unique_ptr<DemoServer> home;
    std::unique_ptr<DemoServer> friends;
};

} // namespace marquee::test
