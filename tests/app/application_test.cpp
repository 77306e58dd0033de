// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on the built-in demo server: what the buttons of a page ask for reaches the server through the
// composition root, the playback queue and the sync worker.
#include "app/application.h"
#include "backend/awaitfuture.h"
#include "demoserver/demoitem.h"
#include "demoserver/demoserver.h"
#include "demoserver/demotestclient.h"
#include "services/metadatarefreshservice.h"
#include "storage/itemreader.h"
#include "support/testdirectory.h"
#include "ui/mainwindow.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/playbackactions.h"

#include <QJsonObject>
#include <QPushButton>
#include <QTest>
#include <memory>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

// The whole window and a first sync of the demo library: slower than a backend call.
constexpr int AppTimeoutMs = 30'000;

/// The real window and services, started on the built-in demo server, with @p movieId cached.
class ApplicationOnDemoServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        options.demo = true;
        options.dataDir = directory.path();
        app = std::make_unique<Application>(options);
        ASSERT_TRUE(app->start());
        ASSERT_TRUE(test::waitUntil([&] { return app->services().isConnected(); }, AppTimeoutMs));
        demo = app->services().demoServer();
        client = std::make_unique<test::DemoTestClient>(demo->baseUrl());
        client->setToken(demo->createAccessToken());
    }

    void waitUntilCached(const QString &itemId)
    {
        ItemReader reader(app->services().database().connection());
        ASSERT_TRUE(test::waitUntil([&] { return reader.item(itemId).has_value(); }, AppTimeoutMs))
            << "the first sync never cached it";
    }

    PlaybackActions *openMovie(const QString &movieId)
    {
        app->mainWindow()->openItem(movieId, ItemType::Movie);
        return app->mainWindow()->movieDetailsPage()->actions();
    }

    QJsonObject serverUserData(const QString &itemId)
    {
        return client->get(QStringLiteral("/Items/%1?userId=%2").arg(itemId, demo->userId()))
            .json()
            .value(QStringLiteral("UserData"))
            .toObject();
    }

    test::TestDirectory directory;
    CommandLine options;
    std::unique_ptr<Application> app;
    DemoServer *demo = nullptr;
    std::unique_ptr<test::DemoTestClient> client;
};

TEST_F(ApplicationOnDemoServer, MarkPlayedAndFavouriteOnTheMoviePageReachTheServerAndShowOnThePage)
{
    const QString movieId = demo->itemIds(DemoItemKind::Movie).constFirst();
    waitUntilCached(movieId);
    PlaybackActions *actions = openMovie(movieId);
    ASSERT_FALSE(actions->playedButton()->isChecked());
    QTest::mouseClick(actions->playedButton(), Qt::LeftButton);
    QTest::mouseClick(actions->favoriteButton(), Qt::LeftButton);

    EXPECT_TRUE(test::waitUntil([&] {
        const QJsonObject userData = serverUserData(movieId);
        return userData.value(QStringLiteral("Played")).toBool()
               && userData.value(QStringLiteral("IsFavorite")).toBool();
    }, AppTimeoutMs)) << "the server never learned of the change";
    EXPECT_TRUE(test::waitUntil(
        [&] { return actions->playedButton()->isChecked() && actions->favoriteButton()->isChecked(); }, AppTimeoutMs))
        << "the page never showed its new state";
}

TEST_F(ApplicationOnDemoServer, MarkPlayedWhileTheServerIsOfflineIsDeliveredWhenItIsBack)
{
    const QString movieId = demo->itemIds(DemoItemKind::Movie).constLast();
    waitUntilCached(movieId);
    demo->setOffline(true);
    PlaybackActions *actions = openMovie(movieId);
    QTest::mouseClick(actions->playedButton(), Qt::LeftButton);
    EXPECT_TRUE(test::waitUntil([&] { return actions->playedButton()->isChecked(); }, AppTimeoutMs))
        << "offline, the page kept the old state";

    demo->setOffline(false);
    // A refresh is what the user does (F5) once the network is back; the worker drains after it.
    MainWindow *window = app->mainWindow();
    Q_EMIT window->refreshRequested(window->visibleScope());
    EXPECT_TRUE(test::waitUntil([&] { return serverUserData(movieId).value(QStringLiteral("Played")).toBool(); },
                                AppTimeoutMs))
        << "the change made offline never reached the server";
}

} // namespace
