// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/jellyfinitemparser.h"
#include "backend/jellyfinresponseparser.h"
#include "backend/jsonfields.h"

#include <gtest/gtest.h>

using namespace marquee;

namespace {

// A BaseItemDto as Jellyfin 10.11 sends it for /Items/{id} (PascalCase, 7-digit fractions, GUIDs without dashes).
const QByteArray FullMovie = R"json({
  "Name": "Big Buck Bunny", "ServerId": "a1b2c3", "Id": "5B2C4E9A-1111-2222-3333-444455556666",
  "Etag": "9f8e7d", "DateCreated": "2024-05-01T12:34:56.1234567Z", "SortName": "big buck bunny",
  "OriginalTitle": "Big Buck Bunny (orig)", "PremiereDate": "2008-05-20T00:00:00.0000000Z",
  "OfficialRating": "PG", "Overview": "A giant rabbit.", "Taglines": ["Payback time"],
  "Genres": ["Animation", "Comedy"], "CommunityRating": 6.5, "CriticRating": 80,
  "RunTimeTicks": 5964000000, "ProductionYear": 2008, "ParentId": "f00d",
  "Studios": [{"Name": "Blender Foundation", "Id": "aa"}, {"Name": null}, 7],
  "People": [{"Name": "Sacha Goedegebure", "Id": "p1", "Role": "", "Type": "Director", "PrimaryImageTag": "pt1"},
             {"Name": "Bunny", "Id": "p2", "Role": "Himself", "Type": "Actor"}, {"Id": "nameless"}],
  "Type": "Movie", "IsFolder": false, "MediaType": "Video",
  "ImageTags": {"Primary": "prim1", "Thumb": "thumb1", "Logo": "logo1"},
  "BackdropImageTags": ["back1", "back2"],
  "MediaSources": [{"Id": "ms1", "Name": "1080p", "Container": "mkv", "Size": 276134947, "Bitrate": 3700000,
                    "RunTimeTicks": 5964000000,
                    "MediaStreams": [{"Type": "Video", "Index": 0, "Codec": "h264", "Width": 1920, "Height": 1080,
                                      "IsDefault": true, "DisplayTitle": "1080p H264"},
                                     {"Type": "Audio", "Index": 1, "Codec": "aac", "Language": "eng"}]}],
  "UserData": {"PlaybackPositionTicks": 12000000000, "PlayCount": 2, "IsFavorite": true,
               "LastPlayedDate": "2024-06-01T20:15:30.5000000Z", "Played": false, "Key": "k", "ItemId": "5b2c"},
  "SomeFutureField": {"Nested": [1, 2, 3]}, "LocationType": "FileSystem"
})json";

} // namespace

TEST(JellyfinItemParser, parsesAFullItem)
{
    const Result<MediaItem> result = JellyfinItemParser::parseSingleItem(FullMovie, DetailLevel::Full);
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    const MediaItem &item = result.value();
    EXPECT_EQ(item.id, QStringLiteral("5b2c4e9a111122223333444455556666"));
    EXPECT_EQ(item.type, ItemType::Movie);
    EXPECT_EQ(item.name, QStringLiteral("Big Buck Bunny"));
    EXPECT_EQ(item.sortName, QStringLiteral("big buck bunny"));
    EXPECT_EQ(item.originalTitle, QStringLiteral("Big Buck Bunny (orig)"));
    EXPECT_EQ(item.productionYear, 2008);
    EXPECT_EQ(item.runTimeTicks, 5964000000LL);
    EXPECT_EQ(item.communityRating, 6.5);
    EXPECT_EQ(item.criticRating, 80.0);
    EXPECT_EQ(item.officialRating, QStringLiteral("PG"));
    EXPECT_EQ(item.tagline, QStringLiteral("Payback time"));
    EXPECT_EQ(item.genres, (QStringList{QStringLiteral("Animation"), QStringLiteral("Comedy")}));
    EXPECT_EQ(item.studios, QStringList{QStringLiteral("Blender Foundation")});
    ASSERT_EQ(item.people.size(), 2);
    EXPECT_EQ(item.people[0].type, QStringLiteral("Director"));
    EXPECT_EQ(item.people[0].primaryImageTag, QStringLiteral("pt1"));
    EXPECT_EQ(item.people[1].role, QStringLiteral("Himself"));
    EXPECT_EQ(item.primaryImageTag, QStringLiteral("prim1"));
    EXPECT_EQ(item.thumbImageTag, QStringLiteral("thumb1"));
    EXPECT_EQ(item.backdropImageTag, QStringLiteral("back1"));
    EXPECT_EQ(item.etag, QStringLiteral("9f8e7d"));
    EXPECT_EQ(item.parentId, QStringLiteral("f00d"));
    EXPECT_EQ(item.dateCreated, QStringLiteral("2024-05-01T12:34:56.1234567Z"));
    EXPECT_EQ(item.detailLevel, DetailLevel::Full);
    ASSERT_EQ(item.mediaSources.size(), 1);
    EXPECT_EQ(item.mediaSources[0].id, QStringLiteral("ms1"));
    EXPECT_EQ(item.mediaSources[0].sizeBytes, 276134947);
    ASSERT_EQ(item.mediaSources[0].streams.size(), 2);
    EXPECT_EQ(item.mediaSources[0].streams[0].height, 1080);
    EXPECT_EQ(item.mediaSources[0].streams[1].language, QStringLiteral("eng"));
    ASSERT_TRUE(item.userData.has_value());
    EXPECT_EQ(item.userData->itemId, item.id);
    EXPECT_EQ(item.userData->positionTicks, 12000000000LL);
    EXPECT_EQ(item.userData->playCount, 2);
    EXPECT_TRUE(item.userData->isFavorite);
    EXPECT_FALSE(item.userData->played);
    EXPECT_EQ(item.userData->lastPlayedAtMs, 1717272930500LL); // 2024-06-01T20:15:30.500Z
}

TEST(JellyfinItemParser, minimalItemHasDefaults)
{
    const Result<MediaItem> result = JellyfinItemParser::parseSingleItem(R"({"Id":"abc","Type":"Episode"})",
                                                                         DetailLevel::Summary);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value().type, ItemType::Episode);
    EXPECT_TRUE(result.value().name.isEmpty());
    EXPECT_FALSE(result.value().productionYear.has_value());
    EXPECT_FALSE(result.value().userData.has_value());
    EXPECT_EQ(result.value().runTimeTicks, 0);
}

TEST(JellyfinItemParser, nullFieldsReadAsAbsent)
{
    const QByteArray body = R"({"Id":"abc","Name":null,"Type":null,"ProductionYear":null,"RunTimeTicks":null,
        "Genres":null,"Studios":null,"People":null,"ImageTags":null,"BackdropImageTags":null,"UserData":null,
        "CommunityRating":null,"IndexNumber":null,"MediaSources":null,"Taglines":null,"Etag":null})";
    const Result<MediaItem> result = JellyfinItemParser::parseSingleItem(body, DetailLevel::Summary);
    ASSERT_TRUE(result.ok());
    const MediaItem &item = result.value();
    EXPECT_EQ(item.id, QStringLiteral("abc"));
    EXPECT_EQ(item.type, ItemType::Other);
    EXPECT_TRUE(item.genres.isEmpty());
    EXPECT_FALSE(item.communityRating.has_value());
    EXPECT_FALSE(item.indexNumber.has_value());
    EXPECT_FALSE(item.userData.has_value());
    EXPECT_TRUE(item.primaryImageTag.isEmpty());
}

TEST(JellyfinItemParser, wrongTypesReadAsAbsent)
{
    const QByteArray body = R"({"Id":"abc","Name":42,"ProductionYear":"2008","RunTimeTicks":-5,"Genres":"Drama",
        "People":{"Name":"x"},"ImageTags":["Primary"],"BackdropImageTags":[7],"UserData":"yes",
        "IndexNumber":1e30,"CommunityRating":"high","ChildCount":true})";
    const Result<MediaItem> result = JellyfinItemParser::parseSingleItem(body, DetailLevel::Summary);
    ASSERT_TRUE(result.ok());
    const MediaItem &item = result.value();
    EXPECT_TRUE(item.name.isEmpty());
    EXPECT_FALSE(item.productionYear.has_value());
    EXPECT_EQ(item.runTimeTicks, 0);
    EXPECT_TRUE(item.genres.isEmpty());
    EXPECT_TRUE(item.people.isEmpty());
    EXPECT_TRUE(item.backdropImageTag.isEmpty());
    EXPECT_FALSE(item.userData.has_value());
    EXPECT_FALSE(item.indexNumber.has_value());
    EXPECT_FALSE(item.childCount.has_value());
}

TEST(JellyfinItemParser, pageSkipsBadEntriesAndCountsThem)
{
    const QByteArray body = R"({"Items":[{"Id":"a","Type":"Movie"},{"Name":"no id"},null,"string",{"Id":""},
        {"Id":"b","Type":"Series","ChildCount":3}],"TotalRecordCount":120,"StartIndex":40})";
    const Result<ItemPage> page = JellyfinItemParser::parseItemPage(body, DetailLevel::Summary);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page.value().items.size(), 2);
    EXPECT_EQ(page.value().items[1].childCount, 3);
    EXPECT_EQ(page.value().skipped, 4);
    EXPECT_EQ(page.value().totalRecordCount, 120);
    EXPECT_EQ(page.value().startIndex, 40);
}

TEST(JellyfinItemParser, emptyAndCountOnlyPages)
{
    const Result<ItemPage> countOnly = JellyfinItemParser::parseItemPage(R"({"Items":[],"TotalRecordCount":9876,"StartIndex":0})",
                                                                        DetailLevel::Summary);
    ASSERT_TRUE(countOnly.ok());
    EXPECT_TRUE(countOnly.value().items.isEmpty());
    EXPECT_EQ(countOnly.value().totalRecordCount, 9876);
    const Result<ItemPage> noItemsKey = JellyfinItemParser::parseItemPage(R"({"TotalRecordCount":0})", DetailLevel::Summary);
    ASSERT_TRUE(noItemsKey.ok());
}

TEST(JellyfinItemParser, hostileBodiesAreBadResponses)
{
    const QList<QByteArray> bodies = {
        "",
        R"({"Items":[{"Id":"a"},{"Id":)",                      // truncated
        "<!DOCTYPE html><html><body>Bad gateway</body></html>", // a proxy's error page
        R"([{"Id":"a"}])",                                      // array root where an object is expected
        "\"just a string\"",
        "42",
        "null",
        R"({"Items":{"Id":"a"}})",                             // Items not an array
        R"({"Items":"nope"})",
        QByteArray("\xff\xfe\x00garbage", 10),
    };
    for (const QByteArray &body : bodies) {
        const Result<ItemPage> page = JellyfinItemParser::parseItemPage(body, DetailLevel::Summary);
        ASSERT_FALSE(page.ok()) << body.toStdString();
        EXPECT_EQ(page.error().kind, ErrorKind::BadResponse) << body.toStdString();
        EXPECT_EQ(JellyfinItemParser::parseItemIdPage(body).error().kind, ErrorKind::BadResponse);
    }
    EXPECT_EQ(JellyfinItemParser::parseSingleItem(R"({"Name":"no id"})", DetailLevel::Full).error().kind,
              ErrorKind::BadResponse);
}

TEST(JellyfinItemParser, latestAcceptsABareArray)
{
    const Result<QList<MediaItem>> bare = JellyfinItemParser::parseItemList(R"([{"Id":"a"},{"Id":"b"},5])",
                                                                            DetailLevel::Summary);
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(bare.value().size(), 2);
    const Result<QList<MediaItem>> wrapped = JellyfinItemParser::parseItemList(R"({"Items":[{"Id":"c"}]})",
                                                                               DetailLevel::Summary);
    ASSERT_TRUE(wrapped.ok());
    EXPECT_EQ(wrapped.value().size(), 1);
    EXPECT_EQ(JellyfinItemParser::parseItemList("<html>", DetailLevel::Summary).error().kind, ErrorKind::BadResponse);
}

TEST(JellyfinItemParser, idPageReadsStamps)
{
    const Result<ItemIdPage> page = JellyfinItemParser::parseItemIdPage(
        R"({"Items":[{"Id":"A-1","Type":"Movie","Etag":"e1"},{"Type":"Movie"}],"TotalRecordCount":2})");
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page.value().items.size(), 1);
    EXPECT_EQ(page.value().items[0], (ItemStamp{QStringLiteral("A-1"), ItemType::Movie, QStringLiteral("e1")}));
    EXPECT_EQ(page.value().skipped, 1);
}

TEST(JellyfinItemParser, userDataBody)
{
    const Result<UserData> data = JellyfinItemParser::parseUserDataBody(
        R"({"PlaybackPositionTicks":0,"PlayCount":1,"IsFavorite":false,"Played":true,"LastPlayedDate":null,"Key":"x"})",
        QStringLiteral("item1"));
    ASSERT_TRUE(data.ok());
    EXPECT_EQ(data.value().itemId, QStringLiteral("item1"));
    EXPECT_TRUE(data.value().played);
    EXPECT_FALSE(data.value().lastPlayedAtMs.has_value());
    EXPECT_EQ(JellyfinItemParser::parseUserDataBody("[]", QStringLiteral("x")).error().kind, ErrorKind::BadResponse);
}

TEST(JsonFields, parsesJellyfinDates)
{
    EXPECT_EQ(JsonFields::parseDateMs(QStringLiteral("2024-05-01T12:34:56.0000000Z")), 1714566896000LL);
    EXPECT_EQ(JsonFields::parseDateMs(QStringLiteral("2024-05-01T12:34:56.1234567Z")), 1714566896123LL);
    EXPECT_EQ(JsonFields::parseDateMs(QStringLiteral("2024-05-01T12:34:56Z")), 1714566896000LL);
    EXPECT_EQ(JsonFields::parseDateMs(QStringLiteral("2024-05-01T12:34:56.5")), 1714566896500LL); // no zone: UTC
    EXPECT_EQ(JsonFields::parseDateMs(QStringLiteral("2024-05-01T14:34:56.000+02:00")), 1714566896000LL);
    EXPECT_FALSE(JsonFields::parseDateMs(QStringLiteral("yesterday")).has_value());
    EXPECT_FALSE(JsonFields::parseDateMs(QString()).has_value());
    EXPECT_EQ(JsonFields::formatDateMs(1714566896123LL), QStringLiteral("2024-05-01T12:34:56.123Z"));
}

TEST(JellyfinResponseParser, serverInfoAndAuthentication)
{
    const Result<ServerInfo> info = JellyfinResponseParser::parseServerInfo(
        R"({"LocalAddress":"http://10.0.0.2:8096","ServerName":"den","Version":"10.11.0","ProductName":"Jellyfin Server",
            "OperatingSystem":"","Id":"E3B0C442-98FC-1C14-9AFB-F4C8996FB924","StartupWizardCompleted":true})");
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info.value().id, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb924"));
    EXPECT_EQ(info.value().name, QStringLiteral("den"));
    EXPECT_EQ(info.value().version, QStringLiteral("10.11.0"));
    EXPECT_EQ(JellyfinResponseParser::parseServerInfo(R"({"ServerName":"x"})").error().kind, ErrorKind::BadResponse);

    const QUrl server(QStringLiteral("http://h:8096"));
    const Result<Session> session = JellyfinResponseParser::parseAuthentication(
        R"({"User":{"Name":"demo","ServerId":"s1","Id":"u1","HasPassword":true},"SessionInfo":{"Id":"x"},
            "AccessToken":"tok","ServerId":"s1"})", server);
    ASSERT_TRUE(session.ok());
    EXPECT_EQ(session.value().accessToken, QStringLiteral("tok"));
    EXPECT_EQ(session.value().userId, QStringLiteral("u1"));
    EXPECT_EQ(session.value().userName, QStringLiteral("demo"));
    EXPECT_EQ(session.value().serverId, QStringLiteral("s1"));
    EXPECT_EQ(JellyfinResponseParser::parseAuthentication(R"({"User":{"Id":"u1"}})", server).error().kind,
              ErrorKind::BadResponse);
}

TEST(JellyfinResponseParser, libraries)
{
    const Result<QList<Library>> libraries = JellyfinResponseParser::parseLibraries(
        R"({"Items":[{"Name":"Movies","Id":"L1","CollectionType":"movies","Type":"CollectionFolder","ImageTags":{"Primary":"t"}},
                     {"Name":"Shows","Id":"L2","CollectionType":"tvshows"},{"Name":"broken"}],"TotalRecordCount":3})");
    ASSERT_TRUE(libraries.ok());
    ASSERT_EQ(libraries.value().size(), 2);
    EXPECT_EQ(libraries.value()[0].primaryImageTag, QStringLiteral("t"));
    EXPECT_TRUE(libraries.value()[1].isShows());
    EXPECT_EQ(libraries.value()[1].sortIndex, 1);
}

TEST(JellyfinItemParser, hostilePagesAreRefusedWhole)
{
    const auto kindOf = [](const QByteArray &body, std::optional<int> maxItems = std::nullopt) {
        const Result<ItemPage> page = JellyfinItemParser::parseItemPage(body, DetailLevel::Summary, maxItems);
        return page.ok() ? ErrorKind::None : page.error().kind;
    };
    // An id twice (in either GUID spelling): which copy would win is the server's choice, not ours.
    EXPECT_EQ(kindOf(R"({"Items":[{"Id":"a"},{"Id":"a","Name":"impostor"}],"TotalRecordCount":2})"), ErrorKind::BadResponse);
    EXPECT_EQ(kindOf(R"({"Items":[{"Id":"A1B2C3D4E5F60718293A4B5C6D7E8F90"},{"Id":"a1b2c3d4-e5f6-0718-293a-4b5c6d7e8f90"}]})"),
              ErrorKind::BadResponse);
    // Nulls where the page should be: not "the library is empty".
    EXPECT_EQ(kindOf(R"({"Items":null,"TotalRecordCount":null})"), ErrorKind::BadResponse);
    EXPECT_EQ(kindOf(R"({"Items":[],"TotalRecordCount":0})"), ErrorKind::None);
    // More than the Limit asked for.
    EXPECT_EQ(kindOf(R"({"Items":[{"Id":"a"},{"Id":"b"},{"Id":"c"}],"TotalRecordCount":3})", 2), ErrorKind::BadResponse);
    EXPECT_EQ(kindOf(R"({"Items":[{"Id":"a"},{"Id":"b"}],"TotalRecordCount":3})", 2), ErrorKind::None);
    // A text field of megabytes.
    const QByteArray huge = R"({"Items":[{"Id":"a","Overview":")" + QByteArray(2 << 20, 'x') + R"("}]})";
    const Result<ItemPage> page = JellyfinItemParser::parseItemPage(huge, DetailLevel::Summary);
    ASSERT_FALSE(page.ok());
    EXPECT_TRUE(page.error().message.contains(QStringLiteral("Overview"))) << page.error().message.toStdString();
    EXPECT_EQ(JellyfinItemParser::parseSingleItem(R"({"Id":"a","Name":")" + QByteArray(2 << 20, 'x') + R"("})",
                                                  DetailLevel::Full).error().kind, ErrorKind::BadResponse);
}

TEST(JellyfinItemParser, deepNestingAndInvalidUtf8AreBadResponses)
{
    const QByteArray deep = R"({"Items":[{"Id":"d","Name":)" + QByteArray(10'000, '[') + QByteArray(10'000, ']') + "}]}";
    EXPECT_EQ(JellyfinItemParser::parseItemPage(deep, DetailLevel::Summary).error().kind, ErrorKind::BadResponse);
    const QByteArray invalid = "{\"Items\":[{\"Id\":\"u\",\"Name\":\"\xff\xfe\xc3\x28\"}],\"TotalRecordCount\":1}";
    EXPECT_EQ(JellyfinItemParser::parseItemPage(invalid, DetailLevel::Summary).error().kind, ErrorKind::BadResponse);
}
