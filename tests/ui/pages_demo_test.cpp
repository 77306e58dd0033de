// SPDX-License-Identifier: GPL-3.0-or-later
// Home, Movie and Show pages over a cache the real refresh lane filled from the built-in demo server: they show
// what the server holds, never ask the network themselves, keep rendering with the server gone, and show user
// data from another device once a refresh of their scope has landed.
#include "app/appservices.h"
#include "demoserver/demoserver.h"
#include "demoserver/demotestclient.h"
#include "services/itemdetailscache.h"
#include "services/imagecache.h"
#include "services/itemdetailssource.h"
#include "services/metadatarefreshservice.h"
#include "storage/mergedhome.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "support/testdirectory.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/nextuppanel.h"
#include "ui/pages/playbackactions.h"
#include "ui/pages/showdetailspage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;

namespace {

constexpr qint64 TicksPerMinute = qint64(60) * 10'000'000;

QStringList namesOf(const QJsonArray &items)
{
    QStringList names;
    for (const QJsonValue &item : items)
        names << item.toObject().value(QStringLiteral("Name")).toString();
    return names;
}

QString labelText(const QWidget &page, const QString &name)
{
    const auto *label = page.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

/// Everything a user reads on a page, in layout order: two renders with the same text show the same page.
QStringList visibleText(const QWidget &page)
{
    QStringList text;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&page))
            text << label->text();
    }
    for (const QPushButton *button : page.findChildren<QPushButton *>()) {
        if (button->isVisibleTo(&page))
            text << button->text();
    }
    return text;
}

void render(QWidget &page)
{
    page.resize(1000, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_FALSE(page.grab().toImage().isNull());
}

class PagesOnDemoServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(services.openStorage().ok);
        QFuture<Result<Session>> started = services.startDemo();
        QElapsedTimer timer;
        timer.start();
        while (!started.isFinished() && timer.elapsed() < 20'000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        ASSERT_TRUE(started.isFinished() && started.result().ok());
        demo = services.demoServer();
        refresh = services.refreshService();
        refresh->setAutomaticEvaluation(false);
        moviesId = demo->libraryId(QStringLiteral("movies"));
        showsId = demo->libraryId(QStringLiteral("tvshows"));
        seriesId = demo->itemIds(DemoItemKind::Series).first();
        movieId = demo->itemIds(DemoItemKind::Movie).first();

        refresh->setVisibleScopes({QStringLiteral("libraries"), QStringLiteral("library:") + moviesId,
                                   QStringLiteral("library:") + showsId});
        waitUntilIdle();
        refresh->evaluate(); // the library scopes wait for the library list
        waitUntilIdle();
        refreshNow(QStringLiteral("series:") + seriesId);
        refreshNow(QStringLiteral("item:") + movieId);

        client = std::make_unique<test::DemoTestClient>(demo->baseUrl());
        client->setToken(demo->createAccessToken());
        reader = std::make_unique<ItemReader>(services.database().connection());
        home = std::make_unique<MergedHome>(services.database().connection(), services.cacheConfig());
        libraries = std::make_unique<LibraryRepository>(services.database().connection(), services.cacheConfig());
        details = std::make_unique<ItemDetailsSource>(*reader, detailsCache, &services.broker());
    }

    void waitUntilIdle()
    {
        QElapsedTimer timer;
        timer.start();
        do {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        } while (!refresh->isIdle() && timer.elapsed() < 30'000);
        ASSERT_TRUE(refresh->isIdle());
    }

    void refreshNow(const QString &scope)
    {
        refresh->refreshNow(scope);
        waitUntilIdle();
    }

    QJsonObject serverItem(const QString &id)
    {
        return client->get(QStringLiteral("/Items/%1?userId=%2").arg(id, demo->userId())).json();
    }

    test::TestDirectory directory;
    AppServices services{AppServices::Options{directory.path(), true}};
    DemoServer *demo = nullptr;
    MetadataRefreshService *refresh = nullptr;
    QString moviesId;
    QString showsId;
    QString seriesId;
    QString movieId;
    std::unique_ptr<test::DemoTestClient> client;
    std::unique_ptr<ItemReader> reader;
    std::unique_ptr<MergedHome> home;
    std::unique_ptr<LibraryRepository> libraries;
    ItemDetailsCache detailsCache{services.clock()};
    std::unique_ptr<ItemDetailsSource> details;
    // Without a server: the request counts below are about the metadata the pages read.
    ImageCache images{ImageCache::Options{directory.path() + QStringLiteral("/images")}, services.clock()};
};

TEST_F(PagesOnDemoServer, PagesShowWhatTheServerHoldsFromTheCacheAloneAndStillDoWithTheServerGone)
{
    const QJsonObject movie = serverItem(movieId);
    const QJsonObject series = serverItem(seriesId);
    const QJsonArray seasons =
        client->get(QStringLiteral("/Shows/%1/Seasons?userId=%2").arg(seriesId, demo->userId())).items();
    ASSERT_FALSE(seasons.isEmpty());
    const QString firstSeason = seasons.at(0).toObject().value(QStringLiteral("Id")).toString();
    const QJsonArray episodes = client->get(QStringLiteral("/Shows/%1/Episodes?seasonId=%2&userId=%3")
                                               .arg(seriesId, firstSeason, demo->userId()))
                                    .items();
    demo->resetCounters();

    HomePage homePage(*home, images);
    MovieDetailsPage moviePage(*details, images);
    moviePage.showItem(movieId);
    ShowDetailsPage showPage(*reader, home->inUse(), *details, images);
    showPage.showSeries(seriesId);
    for (QWidget *page : std::initializer_list<QWidget *>{&homePage, &moviePage, &showPage})
        render(*page);
    // The connectivity monitor may ping while the pages render; a page asking for data is what must not happen.
    EXPECT_EQ(demo->totalRequests() - demo->requestCounts().value(QStringLiteral("/System/Ping")), 0)
        << "a page asked the server itself";

    ASSERT_EQ(homePage.latestSections().size(), 2);
    EXPECT_EQ(homePage.latestSections().at(0)->model()->rowCount(), HomePage::RowLimit);
    EXPECT_EQ(labelText(moviePage, QStringLiteral("title")), movie.value(QStringLiteral("Name")).toString());
    EXPECT_TRUE(labelText(moviePage, QStringLiteral("facts"))
                    .startsWith(QString::number(movie.value(QStringLiteral("ProductionYear")).toInt())));
    QStringList serverGenres;
    for (const QJsonValue &genre : movie.value(QStringLiteral("Genres")).toArray())
        serverGenres << genre.toString();
    EXPECT_EQ(labelText(moviePage, QStringLiteral("genres")), serverGenres.join(QStringLiteral(", ")));
    QStringList castShown;
    for (const QLabel *label : moviePage.findChildren<QLabel *>(QStringLiteral("castName")))
        castShown << label->text();
    EXPECT_FALSE(castShown.isEmpty());
    EXPECT_EQ(castShown, namesOf(movie.value(QStringLiteral("People")).toArray()).mid(0, castShown.size()));
    EXPECT_EQ(moviePage.actions()->playButton()->text(), QStringLiteral("▶  Play"));

    EXPECT_EQ(labelText(showPage, QStringLiteral("title")), series.value(QStringLiteral("Name")).toString());
    QStringList seasonsShown;
    for (const ItemSummary &season : showPage.seasonsModel()->items())
        seasonsShown << season.name;
    EXPECT_EQ(seasonsShown, namesOf(seasons));
    EXPECT_EQ(showPage.selectedSeasonId(), firstSeason);
    QStringList episodesShown;
    for (const ItemSummary &episode : showPage.episodesModel()->items())
        episodesShown << episode.name;
    EXPECT_EQ(episodesShown, namesOf(episodes));
    EXPECT_EQ(showPage.nextUp()->episodeId(), episodes.at(0).toObject().value(QStringLiteral("Id")).toString());

    // The server goes away; every page re-reads and shows the same thing.
    const QStringList homeText = visibleText(homePage);
    const QStringList movieText = visibleText(moviePage);
    const QStringList showText = visibleText(showPage);
    ASSERT_TRUE(demo->setOffline(true));
    refresh->refreshNow(QStringLiteral("series:") + seriesId);
    waitUntilIdle();
    for (Page *page : std::initializer_list<Page *>{&homePage, &moviePage, &showPage}) {
        page->reload();
        render(*page);
    }
    EXPECT_EQ(visibleText(homePage), homeText);
    EXPECT_EQ(visibleText(moviePage), movieText);
    EXPECT_EQ(visibleText(showPage), showText);

    // Opened for the first time while offline, from the cache too.
    MovieDetailsPage offlineMovie(*details, images);
    offlineMovie.showItem(movieId);
    render(offlineMovie);
    EXPECT_EQ(visibleText(offlineMovie), movieText);
}

TEST_F(PagesOnDemoServer, PlayedStateFromAnotherDeviceShowsOnTheShowPageAfterItsRefresh)
{
    ShowDetailsPage page(*reader, home->inUse(), *details, images);
    page.showSeries(seriesId);
    render(page);
    // As the composition root does: a refresh of the visible scope re-reads the page.
    QObject::connect(&services.broker(), &MessageBroker::scopeUpdated, &page, [&page](const QString &scope) {
        if (scope == page.scope())
            page.reload();
    });
    const QList<ItemSummary> episodes = page.episodesModel()->items();
    ASSERT_GE(episodes.size(), 3);
    const qint64 stoppedAt = 12 * TicksPerMinute;
    ASSERT_TRUE(demo->changeUserDataFromOtherDevice(episodes[0].id, {{QStringLiteral("Played"), true}}));
    ASSERT_TRUE(demo->changeUserDataFromOtherDevice(
        episodes[1].id, {{QStringLiteral("PlaybackPositionTicks"), stoppedAt}, {QStringLiteral("Played"), false}}));

    refreshNow(QStringLiteral("series:") + seriesId);
    const QJsonArray serverNextUp =
        client->get(QStringLiteral("/Shows/NextUp?seriesId=%1&userId=%2").arg(seriesId, demo->userId())).items();
    ASSERT_EQ(serverNextUp.size(), 1);
    EXPECT_EQ(page.nextUp()->episodeId(), serverNextUp.at(0).toObject().value(QStringLiteral("Id")).toString());
    EXPECT_EQ(page.nextUp()->actions()->playButton()->text(), QStringLiteral("▶  Resume from 12:00"));
    EXPECT_TRUE(page.episodesModel()->index(0).data(ItemRoles::PlayedRole).toBool());
    EXPECT_EQ(page.episodesModel()->index(1).data(ItemRoles::PositionTicksRole).toLongLong(), stoppedAt);
}

} // namespace
