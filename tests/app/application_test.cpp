// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on the built-in demo server: what the buttons of a page ask for reaches the server through the
// composition root, the playback queue and the sync worker.
#include "app/application.h"
#include "backend/awaitfuture.h"
#include "demoserver/demoitem.h"
#include "demoserver/demoserver.h"
#include "demoserver/demotestclient.h"
#include "core/usermessage.h"
#include "services/metadatarefreshservice.h"
#include "storage/homerepository.h"
#include "storage/mergedhome.h"
#include "storage/syncstaterepository.h"
#include "storage/itemreader.h"
#include "support/testdirectory.h"
#include "ui/dialogs/firstsyncdialog.h"
#include "ui/mainwindow.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/models/itemlistmodel.h"
#include "ui/widgets/footerstatusbar.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/playbackactions.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMessageBox>
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

TEST_F(ApplicationOnDemoServer, TheSignedOutBoxSaysItInWordsAndKeepsTheRequestForDetails)
{
    const Error error{ErrorKind::Unauthorized, QStringLiteral("HTTP 401: the server no longer accepts the sign-in"),
                      QStringLiteral("GET %1/Items?ParentId=abc&Recursive=true").arg(demo->baseUrl().toString()), 401};
    Q_EMIT app->services().broker().signedOut(error);
    const QList<QMessageBox *> boxes = app->mainWindow()->findChildren<QMessageBox *>();
    ASSERT_FALSE(boxes.isEmpty());
    const QMessageBox *box = boxes.last();
    EXPECT_FALSE(box->text().contains(QLatin1String("http")));
    EXPECT_FALSE(box->informativeText().contains(QLatin1String("http"))) << box->informativeText().toStdString();
    EXPECT_FALSE(box->informativeText().contains(QLatin1String("401")));
    EXPECT_TRUE(box->informativeText().contains(QLatin1String("Sign in again"))) << "what to do";
    EXPECT_TRUE(box->detailedText().contains(QLatin1String("/Items?ParentId=abc"))) << "the request, behind Details";
}

/// A first launch as the issue describes it: a fresh data folder, the demo, nothing touched.
TEST(ApplicationFirstLaunch, ShowsTheSyncFromTheFirstFrameAndHomeHasEverythingWhenItEnds)
{
    test::TestDirectory directory;
    CommandLine options;
    options.demo = true;
    options.dataDir = directory.path();
    Application app(options);
    // Every time the first-sync dialog shows, from the first frame on.
    struct ShowWatch : QObject
    {
        int shown = 0;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Show && watched->objectName() == QLatin1String("firstSyncDialog"))
                ++shown;
            return false;
        }
    } watch;
    qApp->installEventFilter(&watch);
    ASSERT_TRUE(app.start());
    MainWindow *window = app.mainWindow();

    // The first frame: the sync is on its way, not "press Refresh" and "Not synced · Sync now".
    EXPECT_TRUE(window->footer()->text().startsWith(QStringLiteral("Syncing"))) << window->footer()->text().toStdString();
    EXPECT_TRUE(window->footer()->actionText().isEmpty()) << window->footer()->actionText().toStdString();
    EXPECT_TRUE(window->homePage()->emptyStateText().startsWith(QStringLiteral("Syncing")))
        << window->homePage()->emptyStateText().toStdString();

    ASSERT_TRUE(test::waitUntil([&] { return app.services().isConnected(); }, AppTimeoutMs));
    // Connected: the sync starts now, and its dialog waits to see whether it is needed.
    EXPECT_EQ(watch.shown, 0) << "the first-sync dialog opened the moment the sync started";
    DemoServer *demo = app.services().demoServer();
    SyncStateRepository syncState(app.services().database().connection());
    const auto synced = [&](const QString &kind) {
        const std::optional<SyncState> state =
            syncState.state(QStringLiteral("library:") + demo->libraryId(kind));
        return state && state->lastSuccessAtMs.has_value();
    };
    ASSERT_TRUE(test::waitUntil([&] { return synced(QStringLiteral("movies")) && synced(QStringLiteral("tvshows")); },
                                AppTimeoutMs));
    ASSERT_TRUE(test::waitUntil([&] { return app.services().refreshService()->isIdle(); }, AppTimeoutMs));
    QTest::qWait(500); // the window re-reads at most every 150 ms

    // Home shows what the cache holds, without F5: every item in progress and the Next Up row, of both the demo's
    // faces (its Plex face refreshes in the background, perhaps a moment later).
    MergedHome home(app.services().database().connection(), app.services().cacheConfig());
    const auto homeShowsTheCache = [&] {
        const MergedHome::Rows rows = home.read(HomePage::RowLimit);
        return window->homePage()->continueWatching()->model()->rowCount() == rows.continueWatching.size()
            && window->homePage()->nextUp()->model()->rowCount() == rows.nextUp.size();
    };
    EXPECT_TRUE(test::waitUntil(homeShowsTheCache, AppTimeoutMs));
    EXPECT_GT(home.inUse().continueWatching(HomePage::RowLimit).size(), 2);
    EXPECT_GT(home.inUse().nextUp(HomePage::RowLimit).size(), 0);
    EXPECT_FALSE(window->homePage()->isEmptyStateShown());
    EXPECT_TRUE(window->footer()->text().contains(QStringLiteral("Synced"))) << window->footer()->text().toStdString();

    qApp->removeEventFilter(&watch);
}

TEST(ApplicationFirstLaunch, ASlowFirstSyncOpensItsDialogAfterAMoment)
{
    test::TestDirectory directory;
    CommandLine options;
    options.demo = true;
    options.dataDir = directory.path();
    Application app(options);
    ASSERT_TRUE(app.start());
    ASSERT_TRUE(test::waitUntil([&] { return app.services().isConnected(); }, AppTimeoutMs));
    QElapsedTimer sinceConnected;
    sinceConnected.start();
    // A slow server: every answer takes three seconds, so the first library arrives well after the dialog's moment.
    app.services().demoServer()->setLatency(3'000);
    const auto dialog = [&] { return app.mainWindow()->findChild<FirstSyncDialog *>(); };
    ASSERT_NE(dialog(), nullptr) << "a first launch has a first-sync dialog";
    EXPECT_FALSE(dialog()->isVisible()) << "open before the sync could show it was slow";
    ASSERT_TRUE(test::waitUntil([&] { return dialog() && dialog()->isVisible(); }, AppTimeoutMs))
        << "the sync takes seconds and nobody shows its progress";
    EXPECT_GE(sinceConnected.elapsed(), 1'000);
    app.services().demoServer()->setLatency(0);
}

} // namespace
