// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on the built-in demo server: what the buttons of a page ask for reaches the server through the
// composition root, the playback queue and the sync worker.
#include "app/application.h"
#include "demoserver/demoitem.h"
#include "demoserver/demoserver.h"
#include "demoserver/demotestclient.h"
#include "services/metadatarefreshservice.h"
#include "storage/itemreader.h"
#include "support/testdirectory.h"
#include "ui/mainwindow.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/playbackactions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QPushButton>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

TEST(ApplicationOnDemoServer, MarkPlayedAndFavouriteOnTheMoviePageReachTheServerAndShowOnThePage)
{
    test::TestDirectory directory;
    CommandLine options;
    options.demo = true;
    options.dataDir = directory.path();
    Application app(options);
    ASSERT_TRUE(app.start());
    ASSERT_TRUE(waitUntil([&] { return app.services().isConnected(); }));
    DemoServer *demo = app.services().demoServer();
    const QString movieId = demo->itemIds(DemoItemKind::Movie).constFirst();
    ItemReader reader(app.services().database().connection());
    ASSERT_TRUE(waitUntil([&] { return reader.item(movieId).has_value(); })) << "the first sync never cached the movie";

    MainWindow *window = app.mainWindow();
    window->openItem(movieId, ItemType::Movie);
    PlaybackActions *actions = window->movieDetailsPage()->actions();
    ASSERT_FALSE(actions->playedButton()->isChecked());
    QTest::mouseClick(actions->playedButton(), Qt::LeftButton);
    QTest::mouseClick(actions->favoriteButton(), Qt::LeftButton);

    test::DemoTestClient client(demo->baseUrl());
    client.setToken(demo->createAccessToken());
    const auto serverUserData = [&] {
        return client.get(QStringLiteral("/Items/%1?userId=%2").arg(movieId, demo->userId()))
            .json()
            .value(QStringLiteral("UserData"))
            .toObject();
    };
    EXPECT_TRUE(waitUntil([&] {
        const QJsonObject userData = serverUserData();
        return userData.value(QStringLiteral("Played")).toBool() && userData.value(QStringLiteral("IsFavorite")).toBool();
    })) << "the server never learned of the change";
    EXPECT_TRUE(waitUntil([&] { return actions->playedButton()->isChecked() && actions->favoriteButton()->isChecked(); }))
        << "the page never showed its new state";
}

TEST(ApplicationOnDemoServer, MarkPlayedWhileTheServerIsOfflineIsDeliveredWhenItIsBack)
{
    test::TestDirectory directory;
    CommandLine options;
    options.demo = true;
    options.dataDir = directory.path();
    Application app(options);
    ASSERT_TRUE(app.start());
    ASSERT_TRUE(waitUntil([&] { return app.services().isConnected(); }));
    DemoServer *demo = app.services().demoServer();
    const QString movieId = demo->itemIds(DemoItemKind::Movie).constLast();
    ItemReader reader(app.services().database().connection());
    ASSERT_TRUE(waitUntil([&] { return reader.item(movieId).has_value(); }));

    demo->setOffline(true);
    MainWindow *window = app.mainWindow();
    window->openItem(movieId, ItemType::Movie);
    PlaybackActions *actions = window->movieDetailsPage()->actions();
    QTest::mouseClick(actions->playedButton(), Qt::LeftButton);
    EXPECT_TRUE(waitUntil([&] { return actions->playedButton()->isChecked(); })) << "offline, the page kept the old state";

    demo->setOffline(false);
    // A refresh is what the user does (F5) once the network is back; the worker drains after it.
    Q_EMIT window->refreshRequested(window->visibleScope());
    test::DemoTestClient client(demo->baseUrl());
    client.setToken(demo->createAccessToken());
    EXPECT_TRUE(waitUntil([&] {
        return client.get(QStringLiteral("/Items/%1?userId=%2").arg(movieId, demo->userId()))
            .json()
            .value(QStringLiteral("UserData"))
            .toObject()
            .value(QStringLiteral("Played"))
            .toBool();
    })) << "the change made offline never reached the server";
}

} // namespace
