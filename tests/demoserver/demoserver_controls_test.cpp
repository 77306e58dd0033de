// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback tests of the demo server's media endpoints, test controls and WebSocket feed.
#include "demotestclient.h"

#include <QImage>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QWebSocket>

using namespace marquee;
using namespace marquee::test;

TEST_F(DemoServerTest, VideoStreamHonoursRange)
{
    // The item's stream is the sample looped to its runtime: tens of megabytes, read here by ranges.
    const QString id = server->itemIds(DemoItemKind::Movie).first();
    const QJsonObject source =
        client->get(QStringLiteral("/Items/") + id).json().value(QStringLiteral("MediaSources")).toArray()[0].toObject();
    const qint64 size = qint64(source.value(QStringLiteral("Size")).toDouble());
    ASSERT_GT(size, 10'000'000) << "an hour and more of the sample, not ten seconds of it";
    const HttpResult head = client->request("GET", QStringLiteral("/Videos/%1/stream?static=true").arg(id), {},
                                            {{"Range", "bytes=0-1999"}});
    ASSERT_EQ(head.status, 206);
    EXPECT_EQ(head.headers.value("content-type"), QByteArray("video/mp4"));
    EXPECT_EQ(head.headers.value("accept-ranges"), QByteArray("bytes"));
    EXPECT_EQ(head.headers.value("content-range"), QByteArray("bytes 0-1999/") + QByteArray::number(size))
        << "MediaSources' Size is the stream's";
    EXPECT_EQ(head.body.mid(4, 4), QByteArray("ftyp")); // a real MP4

    const HttpResult part = client->request("GET", QStringLiteral("/Videos/%1/stream").arg(id), {}, {{"Range", "bytes=1000-1999"}});
    EXPECT_EQ(part.status, 206);
    EXPECT_EQ(part.body, head.body.mid(1000, 1000));

    const HttpResult tail = client->request("GET", QStringLiteral("/Videos/%1/stream").arg(id), {}, {{"Range", "bytes=-500"}});
    EXPECT_EQ(tail.status, 206);
    EXPECT_EQ(tail.body.size(), 500);
    const HttpResult lastBytes = client->request("GET", QStringLiteral("/Videos/%1/stream").arg(id), {},
                                                 {{"Range", QByteArray("bytes=") + QByteArray::number(size - 500) + '-'}});
    EXPECT_EQ(lastBytes.body, tail.body);

    const HttpResult beyond = client->request("GET", QStringLiteral("/Videos/%1/stream").arg(id), {},
                                              {{"Range", QByteArray("bytes=") + QByteArray::number(size) + '-'}});
    EXPECT_EQ(beyond.status, 416);
    EXPECT_EQ(beyond.headers.value("content-range"), QByteArray("bytes */") + QByteArray::number(size));

    const QString folder = server->itemIds(DemoItemKind::Series).first();
    EXPECT_EQ(client->get(QStringLiteral("/Videos/%1/stream").arg(folder)).status, 404);
}

TEST_F(DemoServerTest, ImagesAreDrawnToSizeWithEtagAndCacheHeaders)
{
    const QJsonObject movie = client->get(QStringLiteral("/Items?recursive=true&includeItemTypes=Movie&limit=1")).items()[0].toObject();
    const QString id = movie.value(QStringLiteral("Id")).toString();
    const QString tag = movie.value(QStringLiteral("ImageTags")).toObject().value(QStringLiteral("Primary")).toString();
    DemoTestClient anonymous(server->baseUrl()); // images need no token
    const QString url = QStringLiteral("/Items/%1/Images/Primary?tag=%2&maxWidth=120&quality=80").arg(id, tag);
    const HttpResult r = anonymous.get(url);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.headers.value("content-type"), QByteArray("image/jpeg"));
    const QImage image = QImage::fromData(r.body);
    EXPECT_EQ(image.width(), 120);
    EXPECT_EQ(image.height(), 180); // posters are 2:3
    EXPECT_TRUE(r.headers.value("cache-control").contains("max-age=31536000"));
    const QByteArray etag = r.headers.value("etag");
    ASSERT_FALSE(etag.isEmpty());
    EXPECT_EQ(anonymous.request("GET", url, {}, {{"If-None-Match", etag}}).status, 304);

    const HttpResult backdrop = anonymous.get(QStringLiteral("/Items/%1/Images/Backdrop/0?maxHeight=90&format=Png").arg(id));
    EXPECT_EQ(QImage::fromData(backdrop.body).size(), QSize(160, 90));
    EXPECT_EQ(backdrop.headers.value("content-type"), QByteArray("image/png"));
    EXPECT_EQ(anonymous.get(QStringLiteral("/Items/%1/Images/Logo").arg(id)).status, 404);

    // A rename changes the tag (and the drawn title).
    ASSERT_TRUE(server->renameItem(id, QStringLiteral("Another Title")));
    const QJsonObject renamed = client->get(QStringLiteral("/Items/") + id).json();
    EXPECT_NE(renamed.value(QStringLiteral("ImageTags")).toObject().value(QStringLiteral("Primary")).toString(), tag);
}

TEST_F(DemoServerTest, ErrorRateAnswers500Or503AndCountersCount)
{
    server->resetCounters();
    server->setErrorRate(1.0);
    QSet<int> statuses;
    for (int i = 0; i < 12; ++i)
        statuses.insert(client->get(QStringLiteral("/Users/Me")).status);
    EXPECT_EQ(statuses, (QSet<int>{500, 503}));
    const HttpResult r = client->get(QStringLiteral("/UserViews"));
    if (r.status == 503)
        EXPECT_EQ(r.headers.value("retry-after"), QByteArray("1"));
    server->setErrorRate(0.0);
    EXPECT_EQ(client->get(QStringLiteral("/Users/Me")).status, 200);

    const auto counts = server->requestCounts();
    EXPECT_EQ(counts.value(QStringLiteral("/Users/Me")), 13);
    EXPECT_EQ(counts.value(QStringLiteral("/UserViews")), 1);
    EXPECT_EQ(server->totalRequests(), 14);
    EXPECT_GT(server->bytesSent(), 14 * 50);
    server->resetCounters();
    EXPECT_EQ(server->totalRequests(), 0);
    EXPECT_EQ(server->bytesSent(), 0);
}

TEST_F(DemoServerTest, LatencyDelaysAnswersWithoutBlockingTheCallerThread)
{
    server->setLatency(300);
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(20);
    const HttpResult r = client->get(QStringLiteral("/Users/Me"));
    ticker.stop();
    EXPECT_EQ(r.status, 200);
    EXPECT_GE(r.elapsedMs, 290);
    EXPECT_LT(r.elapsedMs, 5000);
    EXPECT_GE(ticks, 5); // this thread kept running its event loop meanwhile
    server->setLatency(0);
    EXPECT_LT(client->get(QStringLiteral("/Users/Me")).elapsedMs, 290);
}

TEST_F(DemoServerTest, DroppedConnectionsCutTheBody)
{
    server->dropConnectionsMidBody(1);
    const HttpResult cut = client->get(QStringLiteral("/Items?recursive=true&limit=50"));
    EXPECT_NE(cut.error, QNetworkReply::NoError);
    const HttpResult fine = client->get(QStringLiteral("/Items?recursive=true&limit=50"));
    EXPECT_EQ(fine.error, QNetworkReply::NoError);
    EXPECT_EQ(fine.items().size(), 50);
}

TEST_F(DemoServerTest, OfflineRefusesConnectionsAndComesBackOnTheSamePort)
{
    const quint16 port = server->port();
    ASSERT_TRUE(server->setOffline(true));
    EXPECT_TRUE(server->isOffline());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_FALSE(probe.waitForConnected(2000));
    const HttpResult down = client->get(QStringLiteral("/System/Info/Public"));
    EXPECT_NE(down.error, QNetworkReply::NoError);
    EXPECT_EQ(down.status, 0);
    ASSERT_TRUE(server->setOffline(false));
    EXPECT_EQ(server->port(), port);
    EXPECT_EQ(client->get(QStringLiteral("/System/Info/Public")).status, 200);
}

TEST_F(DemoServerTest, AdminPathsControlTheStandaloneServer)
{
    DemoTestClient admin(server->baseUrl());
    EXPECT_EQ(admin.post(QStringLiteral("/Demo/Controls?latencyMs=5&errorRate=0")).status, 200);
    EXPECT_EQ(server->latency(), 5);
    const HttpResult added = admin.post(QStringLiteral("/Demo/Items"), {{QStringLiteral("Type"), QStringLiteral("Series")},
                                                                        {QStringLiteral("Name"), QStringLiteral("Admin Show")}});
    ASSERT_EQ(added.status, 200);
    const QString id = added.json().value(QStringLiteral("Id")).toString();
    EXPECT_EQ(client->get(QStringLiteral("/Shows/%1/Episodes").arg(id)).items().size(), 3);
    EXPECT_EQ(admin.post(QStringLiteral("/Demo/Items/%1/Rename?name=Renamed").arg(id)).status, 204);
    EXPECT_EQ(client->get(QStringLiteral("/Items/") + id).json().value(QStringLiteral("Name")).toString(), QStringLiteral("Renamed"));
    EXPECT_EQ(admin.request("DELETE", QStringLiteral("/Demo/Items/") + id).status, 204);
    EXPECT_EQ(client->get(QStringLiteral("/Items/") + id).status, 404);
    const QJsonObject counters = admin.get(QStringLiteral("/Demo/Counters")).json();
    EXPECT_GE(counters.value(QStringLiteral("Requests")).toObject().value(QStringLiteral("/Items/{itemId}")).toInt(), 2);
    const QJsonArray routes = admin.get(QStringLiteral("/Demo/Routes")).jsonArray();
    EXPECT_GE(routes.size(), 25);
}

TEST_F(DemoServerTest, WebSocketSendsLibraryAndUserDataChanges)
{
    QWebSocket socket;
    QSignalSpy messages(&socket, &QWebSocket::textMessageReceived);
    QUrl url = server->baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/socket"));
    url.setQuery(QStringLiteral("ApiKey=%1&deviceId=dev-1").arg(server->createAccessToken()));
    socket.open(url);
    ASSERT_TRUE(messages.wait(5000));
    EXPECT_TRUE(messages.takeFirst().at(0).toString().contains(QLatin1String("ForceKeepAlive")));

    const QString movie = server->itemIds(DemoItemKind::Movie).at(4);
    ASSERT_TRUE(server->changeUserDataFromOtherDevice(movie, {{QStringLiteral("IsFavorite"), true}}));
    ASSERT_TRUE(messages.wait(5000));
    QJsonObject msg = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8()).object();
    EXPECT_EQ(msg.value(QStringLiteral("MessageType")).toString(), QStringLiteral("UserDataChanged"));
    const QJsonObject data = msg.value(QStringLiteral("Data")).toObject();
    EXPECT_EQ(data.value(QStringLiteral("UserId")).toString(), server->userId());
    EXPECT_EQ(data.value(QStringLiteral("UserDataList")).toArray()[0].toObject().value(QStringLiteral("ItemId")).toString(), movie);

    ASSERT_TRUE(server->renameItem(movie, QStringLiteral("Renamed")));
    ASSERT_TRUE(messages.wait(5000));
    msg = QJsonDocument::fromJson(messages.takeFirst().at(0).toString().toUtf8()).object();
    EXPECT_EQ(msg.value(QStringLiteral("MessageType")).toString(), QStringLiteral("LibraryChanged"));
    EXPECT_EQ(msg.value(QStringLiteral("Data")).toObject().value(QStringLiteral("ItemsUpdated")).toArray()[0].toString(), movie);
    socket.close();
}

TEST_F(DemoServerTest, WebSocketWithoutValidTokenIsClosed)
{
    QWebSocket socket;
    QSignalSpy closed(&socket, &QWebSocket::disconnected);
    QUrl url = server->baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/socket"));
    url.setQuery(QStringLiteral("ApiKey=wrong"));
    socket.open(url);
    ASSERT_TRUE(closed.wait(5000));
    EXPECT_EQ(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
}
