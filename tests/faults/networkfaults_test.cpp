// SPDX-License-Identifier: GPL-3.0-or-later
// A server that goes away, trickles, cuts bodies, fails in storms, signs us out or turns into another server: each
// ends the refresh with a typed error, and the cache keeps exactly what it had.
#include "faultfixture.h"
#include "backend/backend.h"
#include "services/metadatarefreshservice.h"
#include "storage/itemreader.h"

#include <QSignalSpy>
#include <atomic>

using namespace marquee;
using namespace marquee::test;

namespace {

bool isItemsRequest(const FakeRequest &request)
{
    return request.path == QLatin1String("/Items");
}

FakeResponse hangUp()
{
    FakeResponse response;
    response.mode = FakeResponse::Mode::HangUp;
    return response;
}

class NetworkFaults : public FaultFixture
{
};

} // namespace

TEST_F(NetworkFaults, AServerUnreachableAtStartLeavesTheCacheBrowsable)
{
    services.reset();
    ASSERT_TRUE(demo.setOffline(true));
    auto restarted = makeServices();
    ASSERT_TRUE(restarted->openStorage().ok);
    QFuture<Result<bool>> restored = restarted->restoreSession();
    ASSERT_TRUE(waitUntil([&] { return restored.isFinished(); }, 10'000));
    ASSERT_TRUE(restored.result().ok() && restored.result().value()) << "the sign-in is restored without the server";
    services = std::move(restarted);
    refreshService = services->refreshService();
    refreshService->setAutomaticEvaluation(false);

    const Error error = refresh(moviesScope());
    EXPECT_EQ(error.kind, ErrorKind::Offline) << error.toString().toStdString();
    EXPECT_EQ(digest(), before);
    EXPECT_GT(ItemReader(services->database().connection()).countInLibrary(moviesId, ItemType::Movie), 0);
}

TEST_F(NetworkFaults, AServerThatDisappearsMidRefreshKeepsEveryItem)
{
    std::atomic<int> served{0};
    proxy->setTamper([&](const FakeRequest &request, FakeResponse &response) {
        if (isItemsRequest(request) && ++served > 2)
            response = hangUp();
    });
    const Error error = refresh(moviesScope());
    EXPECT_EQ(error.kind, ErrorKind::Offline) << error.toString().toStdString();
    EXPECT_GT(served.load(), 2) << "the fault struck after two pages were written";
    EXPECT_EQ(digest(), before);
}

TEST_F(NetworkFaults, OneBytePerSecondTimesOut)
{
    proxy->setTamper([](const FakeRequest &request, FakeResponse &response) {
        if (isItemsRequest(request)) {
            response.mode = FakeResponse::Mode::Trickle;
            response.trickleIntervalMs = 1000;
        }
    });
    const Error error = refresh(moviesScope());
    EXPECT_EQ(error.kind, ErrorKind::Timeout) << error.toString().toStdString();
    EXPECT_EQ(digest(), before);
}

TEST_F(NetworkFaults, AConnectionDroppedMidBodyIsOfflineNotABrokenPage)
{
    proxy->setTamper([](const FakeRequest &request, FakeResponse &response) {
        if (isItemsRequest(request))
            response.mode = FakeResponse::Mode::CloseMidBody;
    });
    const Error error = refresh(moviesScope());
    EXPECT_EQ(error.kind, ErrorKind::Offline) << error.toString().toStdString();
    EXPECT_EQ(digest(), before);
}

TEST_F(NetworkFaults, A500And503StormIsAServerError)
{
    demo.setErrorRate(1.0);
    for (const QString &scope : {QStringLiteral("libraries"), moviesScope(), showsScope()}) {
        const Error error = refresh(scope);
        EXPECT_EQ(error.kind, ErrorKind::ServerError) << error.toString().toStdString();
        EXPECT_TRUE(error.httpStatus == 500 || error.httpStatus == 503) << error.httpStatus;
    }
    EXPECT_EQ(digest(), before);
    demo.setErrorRate(0.0);
    EXPECT_FALSE(refresh(moviesScope()).isError()) << "the storm passes and refreshes work again";
}

TEST_F(NetworkFaults, A401MidRunSignsOutAndKeepsTheCache)
{
    std::atomic<int> served{0};
    proxy->setTamper([&](const FakeRequest &request, FakeResponse &response) {
        if (isItemsRequest(request) && ++served > 1)
            response = FakeResponse::withStatus(401);
    });
    QSignalSpy signedOut(&services->broker(), &MessageBroker::signedOut);
    const Error error = refresh(moviesScope());
    EXPECT_EQ(error.kind, ErrorKind::Unauthorized) << error.toString().toStdString();
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(services->backend()->isSignedIn());
    EXPECT_EQ(digest(), before);
}

TEST_F(NetworkFaults, ADifferentServerAtTheSameUrlWipesMetadataButKeepsTheUsersState)
{
    const QByteArray oldId = demo.serverId().toLatin1();
    proxy->setTamper([oldId](const FakeRequest &, FakeResponse &response) {
        response.body.replace(oldId, QByteArrayLiteral("feedfacefeedfacefeedfacefeedface"));
    });
    QSignalSpy notices(&services->broker(), &MessageBroker::notice);
    const Error error = refresh(QStringLiteral("libraries"));
    EXPECT_FALSE(error.isError()) << error.toString().toStdString();
    ASSERT_GE(notices.count(), 1) << "the user is told why the cache emptied";
    const CacheDigest after = digest();
    EXPECT_EQ(after.items, 0) << "another server's metadata is not shown as this one's";
    EXPECT_EQ(after.userData, before.userData);
    EXPECT_EQ(after.queued, before.queued);
}
