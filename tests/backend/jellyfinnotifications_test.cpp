// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaitfuture.h"

#include "backend/jellyfinnotifications.h"

#include <QSignalSpy>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

const QString Token = QStringLiteral("tok+en/1");

class JellyfinNotificationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&server, &QWebSocketServer::newConnection, [this] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                clients.append(socket);
                requestUrls.append(socket->requestUrl());
                QObject::connect(socket, &QWebSocket::textMessageReceived,
                                 [this](const QString &message) { received.append(message); });
            }
        });
        identity.deviceId = QStringLiteral("dev-1");
        identity.device = QStringLiteral("host");
        notifications = std::make_unique<JellyfinNotifications>(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())), identity);
        notifications->setReconnectDelays(20, 100);
    }

    void TearDown() override
    {
        notifications.reset();
        qDeleteAll(clients);
    }

    QWebSocket *connectClient()
    {
        QSignalSpy connected(notifications.get(), &JellyfinNotifications::connectedChanged);
        notifications->start(Token);
        EXPECT_TRUE(connected.wait(3000));
        EXPECT_TRUE(notifications->isConnected());
        EXPECT_TRUE(waitUntil([this] { return !clients.isEmpty(); }));
        return clients.last();
    }

    QWebSocketServer server{QStringLiteral("fake-jellyfin"), QWebSocketServer::NonSecureMode};
    ClientIdentity identity;
    std::unique_ptr<JellyfinNotifications> notifications;
    QList<QWebSocket *> clients;
    QList<QUrl> requestUrls;
    QStringList received;
};

} // namespace

TEST_F(JellyfinNotificationsTest, connectsWithApiKeyAndDeviceId)
{
    connectClient();
    ASSERT_EQ(requestUrls.size(), 1);
    const QUrlQuery query(requestUrls.first());
    EXPECT_EQ(requestUrls.first().path(), QStringLiteral("/socket"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("ApiKey"), QUrl::FullyDecoded), Token);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("deviceId"), QUrl::FullyDecoded), QStringLiteral("dev-1"));
    EXPECT_FALSE(notifications->redactedSocketUrl().contains(QStringLiteral("tok")));
}

TEST_F(JellyfinNotificationsTest, answersForceKeepAlive)
{
    QWebSocket *client = connectClient();
    client->sendTextMessage(QStringLiteral(R"({"MessageType":"ForceKeepAlive","Data":0.4})"));
    EXPECT_TRUE(waitUntil([this] { return received.count(QStringLiteral(R"({"MessageType":"KeepAlive"})")) >= 2; }));
}

TEST_F(JellyfinNotificationsTest, userDataAndLibraryChangesBecomeSignals)
{
    QWebSocket *client = connectClient();
    QSignalSpy userData(notifications.get(), &JellyfinNotifications::userDataChanged);
    QSignalSpy library(notifications.get(), &JellyfinNotifications::libraryChanged);
    client->sendTextMessage(QStringLiteral("not json at all"));
    client->sendTextMessage(QStringLiteral(R"({"MessageType":"UserDataChanged","Data":null})"));
    client->sendTextMessage(QStringLiteral(R"({"MessageType":"SomethingNew","Data":{"x":1}})"));
    client->sendTextMessage(QStringLiteral(
        R"({"MessageType":"UserDataChanged","Data":{"UserId":"u1","UserDataList":[
            {"ItemId":"i1","PlaybackPositionTicks":5000,"Played":false,"LastPlayedDate":"2024-05-01T12:34:56.0000000Z"},
            {"ItemId":"i2","Played":true},{"Played":true}]}})"));
    client->sendTextMessage(QStringLiteral(
        R"({"MessageType":"LibraryChanged","Data":{"ItemsAdded":["a1"],"ItemsUpdated":["u1","u2"],"ItemsRemoved":["r1"],
            "FoldersAddedTo":[],"FoldersRemovedFrom":[],"CollectionFolders":[],"IsEmpty":false}})"));
    ASSERT_TRUE(waitUntil([&library] { return library.count() == 1; }));
    ASSERT_EQ(userData.count(), 1);
    EXPECT_EQ(userData.first().at(0).toStringList(), (QStringList{QStringLiteral("i1"), QStringLiteral("i2")}));
    const auto list = userData.first().at(1).value<QList<UserData>>();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].positionTicks, 5000);
    EXPECT_EQ(list[0].lastPlayedAtMs, 1714566896000LL);
    EXPECT_EQ(library.first().at(0).toStringList(), QStringList{QStringLiteral("a1")});
    EXPECT_EQ(library.first().at(1).toStringList().size(), 2);
    EXPECT_EQ(library.first().at(2).toStringList(), QStringList{QStringLiteral("r1")});
}

TEST_F(JellyfinNotificationsTest, reconnectsAfterTheServerDrops)
{
    QWebSocket *client = connectClient();
    QSignalSpy connected(notifications.get(), &JellyfinNotifications::connectedChanged);
    client->close();
    ASSERT_TRUE(waitUntil([this] { return requestUrls.size() == 2; }));
    ASSERT_TRUE(waitUntil([this] { return notifications->isConnected(); }));
    EXPECT_GE(connected.count(), 2); // false, then true again
}

TEST_F(JellyfinNotificationsTest, stopEndsReconnecting)
{
    QWebSocket *client = connectClient();
    notifications->stop();
    EXPECT_FALSE(notifications->isConnected());
    Q_UNUSED(client);
    waitUntil([] { return false; }, 300);
    EXPECT_EQ(requestUrls.size(), 1);
}
