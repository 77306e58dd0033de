// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaitfuture.h"

#include "backend/jellyfinauthorization.h"
#include "backend/jellyfinrequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

ClientIdentity identity()
{
    ClientIdentity id;
    id.device = QStringLiteral("  Wohnzimmer-PC\nzwei  ");
    id.deviceId = QStringLiteral("abc123");
    id.version = QStringLiteral("0.1.0");
    return id;
}

} // namespace

TEST(JellyfinAuthorization, headerFormatWithAndWithoutToken)
{
    EXPECT_EQ(JellyfinAuthorization::headerValue(identity()),
              QByteArray(R"(MediaBrowser Client="Marquee", Device="Wohnzimmer-PC%20zwei", DeviceId="abc123", Version="0.1.0")"));
    EXPECT_EQ(JellyfinAuthorization::headerValue(identity(), QStringLiteral("a\"b,c=d")),
              QByteArray(R"(MediaBrowser Client="Marquee", Device="Wohnzimmer-PC%20zwei", DeviceId="abc123", Version="0.1.0", Token="a%22b%2Cc%3Dd")"));
    // Non-ASCII host names travel as UTF-8 percent escapes (the server URL-decodes each value).
    EXPECT_EQ(JellyfinAuthorization::encodeValue(QStringLiteral("Küche")), QByteArray("K%C3%BCche"));
}

TEST(JellyfinRequests, endpointsKeepTheBasePathAndEncodeSegments)
{
    const JellyfinRequests requests(QUrl(QStringLiteral("https://media.example/jf/")), identity());
    EXPECT_EQ(requests.endpoint(QStringLiteral("/Items/") + JellyfinRequests::pathSegment(QStringLiteral("a/b c")))
                  .toString(QUrl::FullyEncoded),
              QStringLiteral("https://media.example/jf/Items/a%2Fb%20c"));
    const HttpRequest request = requests.request(HttpMethod::Get, QStringLiteral("/Items"),
                                                  {{QStringLiteral("ids"), QStringLiteral("a,b")}}, QStringLiteral("t"));
    EXPECT_EQ(request.url.toString(QUrl::FullyEncoded), QStringLiteral("https://media.example/jf/Items?ids=a,b"));
    ASSERT_EQ(request.headers.size(), 1);
    EXPECT_EQ(request.headers.first().first, QByteArray("Authorization"));
    EXPECT_TRUE(request.body.isEmpty());
}

TEST(JellyfinRequests, imageUrlWithoutOptionalParts)
{
    const JellyfinRequests requests(QUrl(QStringLiteral("http://h:8096")), identity());
    ImageRequest image;
    image.itemId = QStringLiteral("i1");
    EXPECT_EQ(requests.imageUrl(image).toString(), QStringLiteral("http://h:8096/Items/i1/Images/Primary?quality=90"));
}

TEST(JellyfinRequests, idsOnlyQueryAsksForLittle)
{
    ItemQuery query;
    query.parentId = QStringLiteral("lib");
    query.limit = 0;
    const QueryItems items = JellyfinRequests::itemQuery(query, QStringLiteral("u1"), true);
    const auto value = [&items](const QString &key) {
        for (const auto &[k, v] : items) {
            if (k == key)
                return v;
        }
        return QStringLiteral("<absent>");
    };
    EXPECT_EQ(value(QStringLiteral("fields")), QStringLiteral("Etag"));
    EXPECT_EQ(value(QStringLiteral("enableImages")), QStringLiteral("false"));
    EXPECT_EQ(value(QStringLiteral("limit")), QStringLiteral("0"));
    EXPECT_EQ(value(QStringLiteral("enableImageTypes")), QStringLiteral("<absent>"));
}

TEST(JellyfinRequests, userDataBodyHasOnlyTheSetFields)
{
    UserDataUpdate update;
    update.played = true;
    update.positionTicks = 0;
    const QJsonObject body = QJsonDocument::fromJson(JellyfinRequests::userDataBody(update)).object();
    EXPECT_EQ(body.keys(), (QStringList{QStringLiteral("PlaybackPositionTicks"), QStringLiteral("Played")}));
    EXPECT_EQ(QJsonDocument::fromJson(JellyfinRequests::userDataBody(UserDataUpdate())).object().size(), 0);
}
