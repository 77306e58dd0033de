// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile or broken MediaContainers from a Plex server that answers 200, between the demo server's Plex face and the
// refresh lane: every one ends the refresh with a typed error and a cache exactly as before, or (a total that lies)
// changes nothing; markup in text fields is stored as the text it is.
#include "awaitfuture.h"
#include "backend/networkthread.h"
#include "backend/plexbackend.h"
#include "cachedigest.h"
#include "demoserver/demoitem.h"
#include "demoserver/demoserver.h"
#include "hostileproxy.h"
#include "services/databasewriter.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "storage/itemreader.h"
#include "support/cachefixture.h"
#include "support/refreshwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr int BatchSize = 25;

DemoServerOptions plexFace()
{
    DemoServerOptions options;
    options.seed = 9;
    options.movies = 120;
    options.series = 2;
    options.plexPort = 0;
    return options;
}

class PlexHostile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        fixture.clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
        ASSERT_TRUE(demo.start());
        proxy = std::make_unique<HostileProxy>(demo.plexBaseUrl());
        backend = std::make_unique<PlexBackend>(&network, proxy->url(), ClientIdentity::forThisDevice(QStringLiteral("hostile")));
        ASSERT_TRUE(awaitResult(backend->signInWithToken(demo.plexServerToken())).ok());
        environment = {backend.get(), &fixture.database(), &writer, &fixture.config(), &fixture.clock(), BatchSize};
        service = std::make_unique<MetadataRefreshService>(environment, &broker);
        service->setAutomaticEvaluation(false);
        movies = QStringLiteral("library:section-") + demo.plexRatingKey(demo.libraryId(QStringLiteral("movies")));
        shows = QStringLiteral("library:section-") + demo.plexRatingKey(demo.libraryId(QStringLiteral("tvshows")));
        ASSERT_FALSE(refresh(QStringLiteral("libraries")).isError());
        ASSERT_FALSE(refresh(movies).isError());
        ASSERT_FALSE(refresh(shows).isError());
        before = CacheDigest::of(fixture.connection());
        ASSERT_GT(before.items, 120);
    }
    void TearDown() override { service.reset(); }

    Error refresh(const QString &scope) { return refreshAndWait(*service, broker, scope, true); }
    /// Serves @p rewrite(upstream body) for every section listing and returns the error of a full movies refresh.
    Error refreshWithBody(std::function<QByteArray(const QByteArray &)> rewrite)
    {
        static const QRegularExpression listing(QStringLiteral("^/library/sections/\\d+/all$"));
        proxy->setTamper([rewrite](const FakeRequest &request, FakeResponse &response) {
            if (listing.match(request.path).hasMatch())
                response.body = rewrite(response.body);
        });
        const Error error = refresh(movies);
        proxy->clearTamper();
        return error;
    }
    void expectRefusedAndUnchanged(const Error &error)
    {
        EXPECT_EQ(error.kind, ErrorKind::BadResponse) << error.toString().toStdString();
        EXPECT_FALSE(error.message.isEmpty());
        EXPECT_EQ(CacheDigest::of(fixture.connection()), before);
    }

    CacheFixture fixture;
    DemoServer demo{plexFace()};
    std::unique_ptr<HostileProxy> proxy;
    NetworkThread network;
    std::unique_ptr<PlexBackend> backend;
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    RefreshEnvironment environment;
    std::unique_ptr<MetadataRefreshService> service;
    QString movies;
    QString shows;
    CacheDigest before;
};

QJsonObject containerOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("MediaContainer")).toObject();
}

QByteArray wrapped(const QJsonObject &container)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("MediaContainer"), container}}).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_F(PlexHostile, ATruncatedBody)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray { return body.left(body.size() / 2); }));
}

TEST_F(PlexHostile, AnHtmlPageOrXmlInsteadOfJson)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &) -> QByteArray { return QByteArrayLiteral("<html><body>Sign in</body></html>"); }));
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &) -> QByteArray {
        return QByteArrayLiteral(R"(<?xml version="1.0"?><MediaContainer size="1"><Video ratingKey="1"/></MediaContainer>)");
    }));
}

TEST_F(PlexHostile, WrongTypesForTheContainerAndItsMetadata)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &) -> QByteArray {
        return QByteArrayLiteral(R"({"MediaContainer":{"size":3,"Metadata":{"ratingKey":"1"}}})");
    }));
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &) -> QByteArray { return QByteArrayLiteral(R"({"MediaContainer":[1,2]})"); }));
    // Every ratingKey unreadable: nothing can prove what the server no longer has.
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QJsonObject container = containerOf(body);
        QJsonArray items = container.value(QStringLiteral("Metadata")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            item[QStringLiteral("ratingKey")] = QJsonValue(QJsonArray{true});
            items[i] = item;
        }
        container[QStringLiteral("Metadata")] = items;
        return wrapped(container);
    }));
}

TEST_F(PlexHostile, AContainerThatClaimsItemsButListsNone)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QJsonObject container = containerOf(body);
        container.remove(QStringLiteral("Metadata"));
        return wrapped(container);
    }));
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QJsonObject container = containerOf(body);
        container[QStringLiteral("Metadata")] = QJsonValue();
        container[QStringLiteral("size")] = QJsonValue();
        return wrapped(container);
    }));
}

TEST_F(PlexHostile, AFiftyMegabyteTitle)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QByteArray huge = body;
        huge.insert(huge.indexOf("\"title\":\"") + 9, QByteArray(50'000'000, 'a'));
        return huge;
    }));
}

TEST_F(PlexHostile, AMillionItemsWhenAPageWasAskedFor)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &) -> QByteArray {
        QByteArray body = R"({"MediaContainer":{"size":1000000,"offset":0,"totalSize":1000000,"Metadata":[)";
        body.reserve(40'000'000);
        for (int i = 0; i < 1'000'000; ++i)
            body += "{\"ratingKey\":\"m" + QByteArray::number(i) + "\",\"type\":\"movie\"},";
        body.chop(1);
        return body + "]}}";
    }));
}

TEST_F(PlexHostile, ARatingKeyListedTwice)
{
    expectRefusedAndUnchanged(refreshWithBody([](const QByteArray &body) -> QByteArray {
        QJsonObject container = containerOf(body);
        QJsonArray items = container.value(QStringLiteral("Metadata")).toArray();
        QJsonObject impostor = items.at(0).toObject();
        impostor[QStringLiteral("title")] = QStringLiteral("Someone else");
        items[1] = impostor;
        container[QStringLiteral("Metadata")] = items;
        return wrapped(container);
    }));
}

TEST_F(PlexHostile, ATotalSizeThatLiesLowOrHighLosesNothing)
{
    for (const int claimed : {1, 0, 10'000'000}) {
        const Error error = refreshWithBody([claimed](const QByteArray &body) -> QByteArray {
            QJsonObject container = containerOf(body);
            container[QStringLiteral("totalSize")] = claimed;
            return wrapped(container);
        });
        // Low: read on to the last short page. High: a page that never comes is an error, not "the rest is gone".
        if (claimed > 1000)
            EXPECT_EQ(error.kind, ErrorKind::BadResponse) << error.toString().toStdString();
        else
            EXPECT_FALSE(error.isError()) << claimed << ": " << error.toString().toStdString();
        EXPECT_EQ(CacheDigest::of(fixture.connection()), before) << "totalSize " << claimed;
    }
}

TEST_F(PlexHostile, MarkupAndScriptInTextFieldsAreStoredAsText)
{
    const Error error = refreshWithBody([](const QByteArray &body) -> QByteArray {
        QJsonObject container = containerOf(body);
        QJsonArray items = container.value(QStringLiteral("Metadata")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            for (const char *field : {"title", "summary", "tagline", "studio", "contentRating"})
                item[QLatin1String(field)] = QStringLiteral("<script>alert(1)</script><b>%1</b>").arg(item[QLatin1String(field)].toString());
            item[QStringLiteral("updatedAt")] = item[QStringLiteral("updatedAt")].toInteger() + 1;
            items[i] = item;
        }
        container[QStringLiteral("Metadata")] = items;
        return wrapped(container);
    });
    EXPECT_FALSE(error.isError()) << error.toString().toStdString();
    const QString first = demo.plexRatingKey(demo.itemIds(DemoItemKind::Movie).value(0));
    const std::optional<MediaItem> stored = ItemReader(fixture.connection()).item(first);
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(stored->name.startsWith(QStringLiteral("<script>alert(1)</script><b>"))) << stored->name.toStdString();
}
