// SPDX-License-Identifier: GPL-3.0-or-later
// The Plex parsers on their own: Plex's shapes (MediaContainer, ratingKey, type names, ms and epoch seconds, hoisted
// attributes, flags as 0/1 or strings, empty lists left out) become core types, and hostile containers are refused.
#include "backend/plexitemparser.h"
#include "backend/plexrequests.h"
#include "backend/plexresponseparser.h"
#include "core/ticks.h"

#include <gtest/gtest.h>

using namespace marquee;

namespace {

const QByteArray Episode = R"({"MediaContainer": {"size": 1, "offset": 0, "totalSize": 41, "librarySectionID": 2,
  "grandparentTitle": "Hoisted Show", "Metadata": [{
  "ratingKey": 1049, "key": "/library/metadata/1049", "type": "episode", "title": "Pilot", "titleSort": "pilot",
  "parentRatingKey": "1040", "grandparentRatingKey": "1030", "index": 1, "parentIndex": "2", "year": 2001,
  "duration": 1500000, "viewOffset": "60000", "viewCount": 0, "lastViewedAt": 1700000000, "userRating": 10,
  "addedAt": 1408525217, "updatedAt": 1434341184, "originallyAvailableAt": "2001-09-27", "summary": "<b>text</b>",
  "thumb": "/library/metadata/1049/thumb/1434341184", "contentRating": "TV-14", "audienceRating": 7.5,
  "Genre": [{"tag": "Drama"}, {"id": 3}], "Director": [{"tag": "Ann", "id": 5}],
  "Media": [{"id": 7, "duration": 1500000, "bitrate": 2000, "container": "mkv", "videoResolution": "1080",
             "Part": [{"id": 8, "key": "/library/parts/8/123/file.mkv", "size": 1000,
                       "Stream": [{"streamType": 2, "index": 1, "codec": "aac", "languageCode": "eng", "default": "1"}]}]}]
}]}})";

TEST(PlexItemParser, MapsPlexFieldsAndUnitsToCoreTypes)
{
    const Result<PlexPage> page = PlexItemParser::parsePage(Episode, DetailLevel::Full);
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    ASSERT_EQ(page.value().items.size(), 1);
    const MediaItem &item = page.value().items.first();
    EXPECT_EQ(item.id, QStringLiteral("1049")) << "a numeric ratingKey is still an opaque string";
    EXPECT_EQ(item.type, ItemType::Episode);
    EXPECT_EQ(item.libraryId, QStringLiteral("section-2")) << "hoisted from the container";
    EXPECT_EQ(item.seriesName, QStringLiteral("Hoisted Show"));
    EXPECT_EQ(item.seasonId, QStringLiteral("1040"));
    EXPECT_EQ(item.seriesId, QStringLiteral("1030"));
    EXPECT_EQ(item.parentIndexNumber, 2) << "a number sent as a string";
    EXPECT_EQ(item.runTimeTicks, 1500 * TicksPerSecond);
    EXPECT_EQ(item.premiereDate, QStringLiteral("2001-09-27T00:00:00.000Z"));
    EXPECT_EQ(item.dateCreated, QStringLiteral("2014-08-20T09:00:17.000Z"));
    EXPECT_EQ(item.etag, QStringLiteral("1434341184"));
    EXPECT_EQ(item.overview, QStringLiteral("<b>text</b>")) << "kept as text, never interpreted";
    EXPECT_EQ(item.genres, QStringList{QStringLiteral("Drama")});
    ASSERT_EQ(item.people.size(), 1);
    EXPECT_EQ(item.people.first().type, QStringLiteral("Director"));
    EXPECT_EQ(item.communityRating, 7.5);
    ASSERT_TRUE(item.userData.has_value());
    EXPECT_FALSE(item.userData->played);
    EXPECT_EQ(item.userData->positionTicks, 60 * TicksPerSecond);
    EXPECT_EQ(item.userData->lastPlayedAtMs, 1'700'000'000'000LL);
    EXPECT_TRUE(item.userData->isFavorite) << "the top rating";
    ASSERT_EQ(item.mediaSources.size(), 1);
    EXPECT_EQ(item.mediaSources.first().id, QStringLiteral("/library/parts/8/123/file.mkv"));
    EXPECT_EQ(item.mediaSources.first().bitrate, 2'000'000);
    ASSERT_EQ(item.mediaSources.first().streams.size(), 1);
    EXPECT_TRUE(item.mediaSources.first().streams.first().isDefault) << "a flag sent as \"1\"";
    EXPECT_EQ(page.value().totalSize, 41);
}

TEST(PlexItemParser, ShowsArePlayedWhenEveryEpisodeIs)
{
    const QByteArray body = R"({"MediaContainer":{"size":2,"Metadata":[
        {"ratingKey":"1","type":"show","title":"A","leafCount":4,"viewedLeafCount":4,"childCount":2},
        {"ratingKey":"2","type":"season","title":"S","leafCount":4,"viewedLeafCount":3,"parentRatingKey":"1"}]}})";
    const Result<PlexPage> page = PlexItemParser::parsePage(body, DetailLevel::Summary);
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page.value().items[0].userData->played);
    EXPECT_EQ(page.value().items[0].childCount, 2);
    EXPECT_FALSE(page.value().items[1].userData->played);
    EXPECT_EQ(page.value().items[1].childCount, 4) << "a season counts its episodes";
    EXPECT_EQ(page.value().items[1].seriesId, QStringLiteral("1"));
}

TEST(PlexItemParser, AnEmptyPageLeavesTheListOut)
{
    const Result<PlexPage> page = PlexItemParser::parsePage(R"({"MediaContainer":{"size":0,"totalSize":0,"offset":0}})",
                                                            DetailLevel::Summary);
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page.value().items.isEmpty());
    EXPECT_EQ(page.value().totalSize, 0);
}

TEST(PlexItemParser, HostileContainersAreRefusedWhole)
{
    const QByteArray bodies[] = {
        "",
        "<MediaContainer size=\"1\"/>",
        R"({"MediaContainer": )",
        R"({"Media": {"size": 1}})",
        R"({"MediaContainer": []})",
        R"({"MediaContainer": {"Metadata": {"ratingKey": "1"}}})",
        R"({"MediaContainer": {"Metadata": null}})",
        R"({"MediaContainer": {"size": 500}})",
        R"({"MediaContainer": {"size": 2, "Metadata": [{"ratingKey": "1"}, {"ratingKey": 1}]}})",
        QByteArray(R"({"MediaContainer":{"size":1,"Metadata":[{"ratingKey":"1","title":")") + QByteArray(2 << 20, 'x')
            + R"("}]}})",
    };
    for (const QByteArray &body : bodies) {
        const Result<PlexPage> page = PlexItemParser::parsePage(body, DetailLevel::Summary);
        EXPECT_FALSE(page.ok()) << body.left(80).toStdString();
        if (!page.ok())
            EXPECT_EQ(page.error().kind, ErrorKind::BadResponse);
    }
}

TEST(PlexItemParser, WrongTypesReadAsAbsentAndEntriesWithoutARatingKeyAreCounted)
{
    const QByteArray body = R"({"MediaContainer":{"size":4,"totalSize":"x","Metadata":[
        {"ratingKey":{"a":1},"title":"no key"}, 17, null,
        {"ratingKey":"9","type":["movie"],"title":42,"duration":-5,"viewOffset":1e300,"viewCount":"lots",
         "Genre":"Drama","Media":{"id":1},"addedAt":-1,"originallyAvailableAt":"soon"}]}})";
    const Result<PlexPage> page = PlexItemParser::parsePage(body, DetailLevel::Summary);
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page.value().skipped, 3);
    ASSERT_EQ(page.value().items.size(), 1);
    const MediaItem &item = page.value().items.first();
    EXPECT_EQ(item.type, ItemType::Other);
    EXPECT_TRUE(item.name.isEmpty());
    EXPECT_EQ(item.runTimeTicks, 0);
    EXPECT_TRUE(item.genres.isEmpty());
    EXPECT_TRUE(item.mediaSources.isEmpty());
    EXPECT_TRUE(item.dateCreated.isEmpty());
    EXPECT_TRUE(item.premiereDate.isEmpty());
    EXPECT_FALSE(page.value().totalSize.has_value());
}

TEST(PlexItemParser, HubsAndStampPages)
{
    const Result<QList<MediaItem>> hub = PlexItemParser::parseHubItems(
        R"({"MediaContainer":{"size":2,"Hub":[{"size":1,"Metadata":[{"ratingKey":"5","type":"movie"}]},
                                              {"size":0},{"size":1,"Metadata":[{"ratingKey":"5","type":"movie"}]}]}})");
    ASSERT_TRUE(hub.ok());
    EXPECT_EQ(hub.value().size(), 1) << "one item in two hubs is one item";
    const Result<PlexPage> stamps = PlexItemParser::parseStampPage(
        R"({"MediaContainer":{"size":2,"offset":10,"totalSize":12,"Metadata":[{"ratingKey":"5","type":"show","updatedAt":7},{"type":"show"}]}})");
    ASSERT_TRUE(stamps.ok());
    EXPECT_EQ(stamps.value().stamps, (QList<ItemStamp>{{QStringLiteral("5"), ItemType::Series, QStringLiteral("7")}}));
    EXPECT_EQ(stamps.value().skipped, 1);
    EXPECT_EQ(stamps.value().offset, 10);
}

TEST(PlexResponseParser, SectionsIdentityPinsAndResources)
{
    const Result<QList<Library>> sections = PlexResponseParser::parseSections(
        R"({"MediaContainer":{"size":3,"Directory":[{"key":"1","type":"movie","title":"Films"},
           {"key":2,"type":"show","title":"TV","composite":"/library/sections/2/composite/5"},{"title":"no key"}]}})");
    ASSERT_TRUE(sections.ok());
    ASSERT_EQ(sections.value().size(), 2);
    EXPECT_EQ(sections.value()[0].id, QStringLiteral("section-1")) << "apart from rating key 1";
    EXPECT_EQ(sections.value()[0].collectionType, QStringLiteral("movies"));
    EXPECT_TRUE(sections.value()[1].isShows());
    EXPECT_EQ(PlexRequests::sectionKey(sections.value()[1].id), QStringLiteral("2"));

    EXPECT_FALSE(PlexResponseParser::parseIdentity(R"({"MediaContainer":{"version":"1"}})").ok());
    EXPECT_EQ(PlexResponseParser::parseIdentity(R"({"MediaContainer":{"machineIdentifier":"abc"}})").value().id,
              QStringLiteral("abc"));
    EXPECT_FALSE(PlexResponseParser::parsePin(R"({"id":0,"code":"x"})").ok());
    EXPECT_EQ(PlexResponseParser::parsePin(R"({"id":5,"code":"ABCD","authToken":null})").value().authToken, QString());

    const Result<QList<PlexServerResource>> resources = PlexResponseParser::parseResources(R"json([
        {"provides":"player","clientIdentifier":"p","connections":[{"uri":"http://10.0.0.2:32500"}]},
        {"provides":"server","clientIdentifier":"s","accessToken":"t","owned":1,
         "connections":[{"uri":"javascript:alert(1)","local":true},{"uri":"https://1-2-3-4.abc.plex.direct:32400","local":"1"},
                        {"uri":"http://relay","relay":true}]}])json");
    ASSERT_TRUE(resources.ok());
    ASSERT_EQ(resources.value().size(), 1);
    EXPECT_TRUE(resources.value().first().owned);
    ASSERT_EQ(resources.value().first().connections.size(), 2) << "only http and https addresses";
    EXPECT_TRUE(resources.value().first().connections.first().local);
    EXPECT_FALSE(PlexResponseParser::parseResources(R"({"servers":[]})").ok());
    EXPECT_EQ(PlexResponseParser::parseTimelineAnswer(
                  R"({"MediaContainer":{"size":0,"terminationCode":2006,"terminationText":"Stopped by admin"}})")
                  .value()
                  .terminationCode,
              2006);
}

TEST(PlexRequests, TypesSortsAndPagingHeaders)
{
    EXPECT_EQ(PlexRequests::typeNumber(ItemType::Series), 2);
    EXPECT_EQ(PlexRequests::itemType(QStringLiteral("4")), ItemType::Episode);
    EXPECT_EQ(PlexRequests::sortValue({QStringLiteral("SortName")}, SortOrder::Ascending), QStringLiteral("titleSort,id"));
    EXPECT_EQ(PlexRequests::sortValue({QStringLiteral("DateCreated")}, SortOrder::Descending),
              QStringLiteral("addedAt:desc,id"));
    PlexRequests requests(QUrl(QStringLiteral("http://host:32400/")), ClientIdentity::forThisDevice(QStringLiteral("d1")));
    const HttpRequest request = requests.request(HttpMethod::Get, QStringLiteral("/library/sections/1/all"),
                                                 {{QStringLiteral("updatedAt>>"), QStringLiteral("5")}},
                                                 QStringLiteral("tok"), PlexRequests::Window{500, 250});
    QMap<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : request.headers)
        headers.insert(name, value);
    EXPECT_EQ(headers.value("X-Plex-Container-Start"), "500");
    EXPECT_EQ(headers.value("X-Plex-Container-Size"), "250");
    EXPECT_EQ(headers.value("X-Plex-Token"), "tok");
    EXPECT_EQ(headers.value("X-Plex-Client-Identifier"), "d1");
    EXPECT_FALSE(request.url.toString().contains(QStringLiteral("tok")));
    EXPECT_EQ(QUrl::fromPercentEncoding(request.url.query(QUrl::FullyEncoded).toUtf8()), QStringLiteral("updatedAt>>=5"));
}

} // namespace
