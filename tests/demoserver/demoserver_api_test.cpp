// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback tests of the demo server's Jellyfin API: auth, paging, filters, user-data rules.
#include "demotestclient.h"

#include "core/ticks.h"
#include "demoserver/demoformat.h"

#include <QDateTime>
#include <QSet>

using namespace marquee;
using namespace marquee::test;

namespace {
const QString kMovies = QStringLiteral("/Items?recursive=true&includeItemTypes=Movie");
}

TEST_F(DemoServerTest, PublicInfoNeedsNoTokenAndNamesTheServer)
{
    DemoTestClient anonymous(server->baseUrl());
    const HttpResult r = anonymous.get(QStringLiteral("/System/Info/Public"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(QStringLiteral("Id")).toString(), server->serverId());
    EXPECT_EQ(r.json().value(QStringLiteral("Version")).toString(), QStringLiteral("10.11.0"));
}

TEST_F(DemoServerTest, AuthFailuresGet401)
{
    DemoTestClient anonymous(server->baseUrl());
    EXPECT_EQ(anonymous.get(QStringLiteral("/Items")).status, 401);
    EXPECT_EQ(anonymous.get(QStringLiteral("/Users/Me")).status, 401);
    anonymous.setToken(QStringLiteral("0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(anonymous.get(QStringLiteral("/UserViews")).status, 401);
    // Wrong password.
    const HttpResult bad = anonymous.request("POST", QStringLiteral("/Users/AuthenticateByName"),
                                             R"({"Username":"demo","Pw":"nope"})");
    EXPECT_EQ(bad.status, 401);
    // Legacy token carriers are refused (12.x behaviour), ApiKey works.
    DemoTestClient legacy(server->baseUrl());
    const QString token = server->createAccessToken();
    EXPECT_EQ(legacy.request("GET", QStringLiteral("/Users/Me"), {}, {{"X-Emby-Token", token.toLatin1()}}).status, 401);
    EXPECT_EQ(legacy.get(QStringLiteral("/Users/Me?api_key=") + token).status, 401);
    EXPECT_EQ(legacy.get(QStringLiteral("/Users/Me?ApiKey=") + token).status, 200);
    // Logout revokes the token.
    legacy.setToken(token);
    EXPECT_EQ(legacy.post(QStringLiteral("/Sessions/Logout")).status, 204);
    EXPECT_EQ(legacy.get(QStringLiteral("/Users/Me")).status, 401);
}

TEST_F(DemoServerTest, SignInReturnsUserAndServerIds)
{
    const HttpResult me = client->get(QStringLiteral("/Users/Me"));
    ASSERT_EQ(me.status, 200);
    EXPECT_EQ(me.json().value(QStringLiteral("Name")).toString(), QStringLiteral("demo"));
    EXPECT_EQ(me.json().value(QStringLiteral("Id")).toString(), server->userId());
    const QJsonArray views = client->get(QStringLiteral("/UserViews")).items();
    ASSERT_EQ(views.size(), 2);
    EXPECT_EQ(views[0].toObject().value(QStringLiteral("CollectionType")).toString(), QStringLiteral("movies"));
    EXPECT_EQ(views[1].toObject().value(QStringLiteral("CollectionType")).toString(), QStringLiteral("tvshows"));
}

TEST_F(DemoServerTest, PagingCoversEveryMovieOnceAndParamsAreCaseInsensitive)
{
    QSet<QString> seen;
    for (int start = 0; start < 60; start += 25) {
        // Mixed-case names, as ASP.NET binds them.
        const HttpResult r = client->get(QStringLiteral("/Items?Recursive=true&INCLUDEITEMTYPES=Movie&sortby=SortName&StartIndex=%1&Limit=25").arg(start));
        ASSERT_EQ(r.status, 200);
        EXPECT_EQ(r.json().value(QStringLiteral("TotalRecordCount")).toInt(), 60);
        EXPECT_EQ(r.json().value(QStringLiteral("StartIndex")).toInt(), start);
        EXPECT_EQ(r.items().size(), qMin(25, 60 - start));
        for (const QString &id : ids(r.items()))
            seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 60);
    const HttpResult noTotal = client->get(kMovies + QStringLiteral("&limit=5&enableTotalRecordCount=false"));
    EXPECT_EQ(noTotal.json().value(QStringLiteral("TotalRecordCount")).toInt(), 5);
}

TEST_F(DemoServerTest, FiltersAndSorts)
{
    const HttpResult series = client->get(QStringLiteral("/Items?recursive=true&includeItemTypes=Series"));
    EXPECT_EQ(series.json().value(QStringLiteral("TotalRecordCount")).toInt(), 6);
    for (const auto &v : series.items())
        EXPECT_EQ(v.toObject().value(QStringLiteral("Type")).toString(), QStringLiteral("Series"));

    const QJsonArray favourites = client->get(kMovies + QStringLiteral("&isFavorite=true")).items();
    for (const auto &v : favourites)
        EXPECT_TRUE(v.toObject().value(QStringLiteral("UserData")).toObject().value(QStringLiteral("IsFavorite")).toBool());
    const QJsonArray played = client->get(kMovies + QStringLiteral("&filters=IsPlayed")).items();
    for (const auto &v : played)
        EXPECT_TRUE(v.toObject().value(QStringLiteral("UserData")).toObject().value(QStringLiteral("Played")).toBool());
    const int unplayed = client->get(kMovies + QStringLiteral("&isPlayed=false")).json().value(QStringLiteral("TotalRecordCount")).toInt();
    EXPECT_EQ(int(played.size()) + unplayed, 60);

    const QJsonArray byYear = client->get(kMovies + QStringLiteral("&sortBy=ProductionYear&sortOrder=Descending")).items();
    for (int i = 1; i < byYear.size(); ++i)
        EXPECT_GE(byYear[i - 1].toObject().value(QStringLiteral("ProductionYear")).toInt(),
                  byYear[i].toObject().value(QStringLiteral("ProductionYear")).toInt());

    const QJsonObject first = byYear[0].toObject();
    const QString word = first.value(QStringLiteral("Name")).toString().section(QLatin1Char(' '), -1);
    const QJsonArray found = client->get(kMovies + QStringLiteral("&searchTerm=") + QString::fromLatin1(QUrl::toPercentEncoding(word))).items();
    EXPECT_TRUE(ids(found).contains(first.value(QStringLiteral("Id")).toString()));
    for (const auto &v : found)
        EXPECT_TRUE(v.toObject().value(QStringLiteral("Name")).toString().contains(word, Qt::CaseInsensitive));

    // ids= returns exactly those, dashed or not.
    const QString a = byYear[3].toObject().value(QStringLiteral("Id")).toString();
    const QString b = byYear[7].toObject().value(QStringLiteral("Id")).toString();
    const QString dashed = a.left(8) + QLatin1Char('-') + a.mid(8, 4) + QLatin1Char('-') + a.mid(12, 4) + QLatin1Char('-') + a.mid(16, 4) + QLatin1Char('-') + a.mid(20);
    const QStringList byIds = ids(client->get(QStringLiteral("/Items?ids=%1,%2").arg(dashed.toUpper(), b)).items());
    EXPECT_EQ(QSet<QString>(byIds.begin(), byIds.end()), (QSet<QString>{a, b}));
}

TEST_F(DemoServerTest, FieldsAreOnlyThereWhenAskedFor)
{
    const QJsonObject bare = client->get(kMovies + QStringLiteral("&limit=1")).items()[0].toObject();
    EXPECT_FALSE(bare.contains(QStringLiteral("Overview")));
    EXPECT_FALSE(bare.contains(QStringLiteral("Etag")));
    EXPECT_TRUE(bare.contains(QStringLiteral("UserData")));
    EXPECT_TRUE(bare.value(QStringLiteral("ImageTags")).toObject().contains(QStringLiteral("Primary")));
    const QJsonObject rich = client->get(kMovies + QStringLiteral("&limit=1&fields=Overview,Etag,People,Genres,Studios,DateCreated,SortName&enableUserData=false")).items()[0].toObject();
    for (const char *key : {"Overview", "Etag", "People", "Genres", "Studios", "DateCreated", "SortName"})
        EXPECT_TRUE(rich.contains(QLatin1String(key))) << key;
    EXPECT_FALSE(rich.contains(QStringLiteral("UserData")));
    const QJsonObject person = rich.value(QStringLiteral("People")).toArray()[0].toObject();
    EXPECT_FALSE(person.value(QStringLiteral("Name")).toString().isEmpty());
    const QJsonObject full = client->get(QStringLiteral("/Items/") + bare.value(QStringLiteral("Id")).toString()).json();
    EXPECT_TRUE(full.contains(QStringLiteral("MediaSources")));
    EXPECT_EQ(client->get(QStringLiteral("/Items/00000000000000000000000000000000")).status, 404);
}

TEST_F(DemoServerTest, ShowsSeasonsEpisodesAndNextUp)
{
    const QString seriesId = server->itemIds(DemoItemKind::Series).first();
    const QJsonArray seasons = client->get(QStringLiteral("/Shows/%1/Seasons").arg(seriesId)).items();
    ASSERT_GE(seasons.size(), 1);
    const QString seasonId = seasons[0].toObject().value(QStringLiteral("Id")).toString();
    const QJsonArray episodes = client->get(QStringLiteral("/Shows/%1/Episodes?seasonId=%2").arg(seriesId, seasonId)).items();
    ASSERT_GE(episodes.size(), 6);
    for (int i = 0; i < episodes.size(); ++i) {
        const QJsonObject ep = episodes[i].toObject();
        EXPECT_EQ(ep.value(QStringLiteral("IndexNumber")).toInt(), i + 1);
        EXPECT_EQ(ep.value(QStringLiteral("SeasonId")).toString(), seasonId);
        EXPECT_EQ(ep.value(QStringLiteral("SeriesId")).toString(), seriesId);
    }
    EXPECT_EQ(client->get(QStringLiteral("/Shows/%1/Seasons").arg(seasonId)).status, 404);

    // Watch episode 1: next up for this series is episode 2.
    const QString first = episodes[0].toObject().value(QStringLiteral("Id")).toString();
    EXPECT_EQ(client->post(QStringLiteral("/UserPlayedItems/") + first).status, 200);
    const QJsonArray next = client->get(QStringLiteral("/Shows/NextUp?seriesId=") + seriesId).items();
    ASSERT_EQ(next.size(), 1);
    EXPECT_EQ(next[0].toObject().value(QStringLiteral("Id")).toString(), episodes[1].toObject().value(QStringLiteral("Id")).toString());
    const QJsonArray latest = client->get(QStringLiteral("/Items/Latest?limit=5")).jsonArray();
    EXPECT_EQ(latest.size(), 5);
}

TEST_F(DemoServerTest, PlaybackReportsFollowTheServerRules)
{
    const QString id = server->itemIds(DemoItemKind::Movie).at(10);
    const qint64 runtime = client->get(QStringLiteral("/Items/") + id).json().value(QStringLiteral("RunTimeTicks")).toInteger();
    ASSERT_GT(runtime, 0);
    const QJsonObject before = client->get(QStringLiteral("/UserItems/%1/UserData").arg(id)).json();
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();

    EXPECT_EQ(client->post(QStringLiteral("/Sessions/Playing"), {{QStringLiteral("ItemId"), id}, {QStringLiteral("PositionTicks"), 0}}).status, 204);
    QJsonObject ud = client->get(QStringLiteral("/UserItems/%1/UserData").arg(id)).json();
    EXPECT_EQ(ud.value(QStringLiteral("PlayCount")).toInt(), before.value(QStringLiteral("PlayCount")).toInt() + 1);
    const auto lastPlayed = DemoFormat::parseDate(ud.value(QStringLiteral("LastPlayedDate")).toString());
    ASSERT_TRUE(lastPlayed.has_value());
    EXPECT_GE(*lastPlayed, startMs - 1000);

    client->post(QStringLiteral("/Sessions/Playing/Progress"), {{QStringLiteral("ItemId"), id}, {QStringLiteral("PositionTicks"), double(runtime * 3 / 100)}});
    EXPECT_EQ(client->get(QStringLiteral("/UserItems/%1/UserData").arg(id)).json().value(QStringLiteral("PlaybackPositionTicks")).toInteger(), 0);
    client->post(QStringLiteral("/Sessions/Playing/Progress"), {{QStringLiteral("ItemId"), id}, {QStringLiteral("PositionTicks"), double(runtime / 2)}});
    ud = client->get(QStringLiteral("/UserItems/%1/UserData").arg(id)).json();
    EXPECT_EQ(ud.value(QStringLiteral("PlaybackPositionTicks")).toInteger(), runtime / 2);
    EXPECT_FALSE(ud.value(QStringLiteral("Played")).toBool());
    // It is now resumable.
    EXPECT_TRUE(ids(client->get(QStringLiteral("/UserItems/Resume")).items()).contains(id));

    client->post(QStringLiteral("/Sessions/Playing/Stopped"), {{QStringLiteral("ItemId"), id}, {QStringLiteral("PositionTicks"), double(runtime * 95 / 100)}});
    ud = client->get(QStringLiteral("/UserItems/%1/UserData").arg(id)).json();
    EXPECT_TRUE(ud.value(QStringLiteral("Played")).toBool());
    EXPECT_EQ(ud.value(QStringLiteral("PlaybackPositionTicks")).toInteger(), 0);
    EXPECT_FALSE(ids(client->get(QStringLiteral("/UserItems/Resume")).items()).contains(id));
}

TEST_F(DemoServerTest, UserDataWritesAreStoredAndReturned)
{
    const QString id = server->itemIds(DemoItemKind::Movie).at(11);
    HttpResult r = client->post(QStringLiteral("/UserItems/%1/UserData").arg(id),
                                {{QStringLiteral("PlaybackPositionTicks"), 123456789.0},
                                 {QStringLiteral("Played"), true},
                                 {QStringLiteral("LastPlayedDate"), QStringLiteral("2024-02-03T04:05:06.0000000Z")}});
    ASSERT_EQ(r.status, 200);
    const QJsonObject ud = client->get(QStringLiteral("/UserItems/%1/UserData").arg(id)).json();
    EXPECT_EQ(ud.value(QStringLiteral("PlaybackPositionTicks")).toInteger(), 123456789); // verbatim: no thresholds
    EXPECT_TRUE(ud.value(QStringLiteral("Played")).toBool());
    EXPECT_EQ(ud.value(QStringLiteral("LastPlayedDate")).toString(), QStringLiteral("2024-02-03T04:05:06.0000000Z"));
    EXPECT_EQ(ud.value(QStringLiteral("ItemId")).toString(), id);

    r = client->post(QStringLiteral("/UserFavoriteItems/") + id);
    EXPECT_TRUE(r.json().value(QStringLiteral("IsFavorite")).toBool());
    r = client->request("DELETE", QStringLiteral("/UserFavoriteItems/") + id);
    EXPECT_FALSE(r.json().value(QStringLiteral("IsFavorite")).toBool());
    r = client->request("DELETE", QStringLiteral("/UserPlayedItems/") + id);
    EXPECT_FALSE(r.json().value(QStringLiteral("Played")).toBool());
    EXPECT_EQ(r.json().value(QStringLiteral("PlayCount")).toInt(), 0);
    EXPECT_FALSE(r.json().contains(QStringLiteral("LastPlayedDate")));
    EXPECT_EQ(client->post(QStringLiteral("/UserPlayedItems/ffffffffffffffffffffffffffffffff")).status, 404);
}

TEST_F(DemoServerTest, MinDateLastSavedSeesMutationsButNotUserData)
{
    const QString watermark = DemoFormat::formatDate(QDateTime::currentMSecsSinceEpoch() - 1000);
    const QString since = QStringLiteral("/Items?recursive=true&minDateLastSaved=") + watermark;
    const QString sinceForUser = QStringLiteral("/Items?recursive=true&minDateLastSavedForUser=") + watermark;
    EXPECT_EQ(client->get(since).json().value(QStringLiteral("TotalRecordCount")).toInt(), 0);

    const QStringList movies = server->itemIds(DemoItemKind::Movie);
    ASSERT_TRUE(server->changeUserDataFromOtherDevice(movies[0], {{QStringLiteral("PlaybackPositionTicks"), 6e9}}));
    EXPECT_EQ(client->post(QStringLiteral("/UserFavoriteItems/") + movies[1]).status, 200);
    EXPECT_EQ(client->get(sinceForUser).json().value(QStringLiteral("TotalRecordCount")).toInt(), 0);
    EXPECT_EQ(client->get(QStringLiteral("/UserItems/%1/UserData").arg(movies[0])).json().value(QStringLiteral("PlaybackPositionTicks")).toInteger(), 6'000'000'000);

    ASSERT_TRUE(server->renameItem(movies[2], QStringLiteral("Renamed Ünïcode")));
    const QJsonArray changed = client->get(since).items();
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0].toObject().value(QStringLiteral("Name")).toString(), QStringLiteral("Renamed Ünïcode"));
    EXPECT_EQ(client->get(sinceForUser).items().size(), 1);

    const QString added = server->addItem(DemoItemKind::Movie, QStringLiteral("Brand New"));
    ASSERT_FALSE(added.isEmpty());
    EXPECT_TRUE(ids(client->get(since).items()).contains(added));
    EXPECT_EQ(client->get(kMovies).json().value(QStringLiteral("TotalRecordCount")).toInt(), 61);

    ASSERT_TRUE(server->deleteItem(movies[3]));
    EXPECT_EQ(client->get(kMovies).json().value(QStringLiteral("TotalRecordCount")).toInt(), 60);
    EXPECT_EQ(client->get(QStringLiteral("/Items/") + movies[3]).status, 404);
    // The parent library folder was saved by the delete.
    EXPECT_TRUE(ids(client->get(QStringLiteral("/Items?minDateLastSaved=") + watermark).items()).contains(server->libraryId(QStringLiteral("movies"))));
}
