// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaitfuture.h"
#include "fakehttpserver.h"

#include "backend/httpclient.h"
#include "backend/networkthread.h"
#include "backend/resultpromise.h"
#include "backend/urlredaction.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <atomic>
#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

QFuture<Result<HttpResponse>> fetch(NetworkThread &network, HttpRequest request)
{
    auto promise = std::make_shared<ResultPromise<HttpResponse>>();
    auto future = promise->future();
    network.post([request, promise](HttpClient &client) mutable {
        client.send(std::move(request), [promise](Result<HttpResponse> result) { promise->fulfil(std::move(result)); });
    });
    return future;
}

// A deadline no local answer misses, even on a loaded CI machine; the tests of timeouts set a short one.
HttpOptions fastOptions()
{
    HttpOptions options;
    options.timeoutMs = 5000;
    options.maxAttempts = 3;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 50;
    return options;
}

HttpOptions shortDeadline(int maxAttempts)
{
    HttpOptions options = fastOptions();
    options.timeoutMs = 300;
    options.maxAttempts = maxAttempts;
    return options;
}

class HttpClientTest : public ::testing::Test
{
protected:
    HttpRequest get(const QString &path) const
    {
        HttpRequest request;
        request.url = server.url().resolved(QUrl(path));
        return request;
    }

    FakeHttpServer server;
    NetworkThread network{fastOptions()};
};

} // namespace

TEST_F(HttpClientTest, getReturnsStatusAndBody)
{
    server.route(QStringLiteral("/ok"), FakeResponse::json(R"({"a":1})"));
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/ok"))));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result.value().status, 200);
    EXPECT_EQ(result.value().body, QByteArray(R"({"a":1})"));
    EXPECT_EQ(result.value().attempts, 1);
    EXPECT_EQ(server.lastRequest().headers.value("accept"), QByteArray("application/json"));
}

TEST_F(HttpClientTest, getIsRetriedAfterServerErrorAndSucceeds)
{
    std::atomic<int> calls{0};
    server.setHandler([&calls](const FakeRequest &) {
        return ++calls == 1 ? FakeResponse::withStatus(500) : FakeResponse::json("{}");
    });
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/flaky"))));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result.value().attempts, 2);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(HttpClientTest, getGivesUpAfterMaxAttempts)
{
    server.setHandler([](const FakeRequest &) { return FakeResponse::withStatus(502); });
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/down"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::ServerError);
    EXPECT_EQ(result.error().httpStatus, 502);
    EXPECT_EQ(server.requestCount(), 3);
}

TEST_F(HttpClientTest, postIsNotRetriedOnServerError)
{
    server.setHandler([](const FakeRequest &) { return FakeResponse::withStatus(500); });
    HttpRequest request = get(QStringLiteral("/Sessions/Playing"));
    request.method = HttpMethod::Post;
    request.body = "{}";
    request.contentType = "application/json";
    const Result<HttpResponse> result = awaitResult(fetch(network, request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::ServerError);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_EQ(server.lastRequest().method, QByteArray("POST"));
    EXPECT_EQ(server.lastRequest().body, QByteArray("{}"));
}

TEST_F(HttpClientTest, retryAfterOn503IsHonoured)
{
    std::atomic<int> calls{0};
    server.setHandler([&calls](const FakeRequest &) {
        if (++calls > 1)
            return FakeResponse::json("{}");
        FakeResponse starting = FakeResponse::withStatus(503);
        starting.headers.append({QByteArray("Retry-After"), QByteArray("0")});
        return starting;
    });
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/starting"))));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(HttpClientTest, silentServerTimesOutWithinTheDeadline)
{
    network.setOptions(shortDeadline(1));
    server.route(QStringLiteral("/silent"), [] { FakeResponse r; r.mode = FakeResponse::Mode::NeverAnswer; return r; }());
    QElapsedTimer clock;
    clock.start();
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/silent"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Timeout);
    EXPECT_GE(clock.elapsed(), 250);
    EXPECT_LT(clock.elapsed(), 2000);
}

TEST_F(HttpClientTest, tricklingServerTimesOutOnTotalDeadline)
{
    // One byte every 20 ms keeps any inactivity timer happy; only a total deadline stops it.
    network.setOptions(shortDeadline(1));
    FakeResponse trickle = FakeResponse::json(QByteArray(200, 'x'));
    trickle.mode = FakeResponse::Mode::Trickle;
    trickle.trickleIntervalMs = 20;
    server.route(QStringLiteral("/slow"), trickle);
    QElapsedTimer clock;
    clock.start();
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/slow"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Timeout);
    EXPECT_LT(clock.elapsed(), 2000);
}

TEST_F(HttpClientTest, timedOutGetIsRetried)
{
    network.setOptions(shortDeadline(3));
    std::atomic<int> calls{0};
    server.setHandler([&calls](const FakeRequest &) {
        FakeResponse response = FakeResponse::json("{}");
        if (++calls == 1)
            response.mode = FakeResponse::Mode::NeverAnswer;
        return response;
    });
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/once-silent"))));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result.value().attempts, 2);
}

TEST_F(HttpClientTest, announcedOversizedBodyIsTooLarge)
{
    network.setOptions([] { HttpOptions o = fastOptions(); o.maxResponseBytes = 1000; return o; }());
    server.route(QStringLiteral("/big"), FakeResponse::json(QByteArray(5000, 'x')));
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/big"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::TooLarge);
    EXPECT_EQ(server.requestCount(), 1); // never retried
}

TEST_F(HttpClientTest, unannouncedOversizedBodyIsCutOff)
{
    network.setOptions([] { HttpOptions o = fastOptions(); o.maxResponseBytes = 1000; return o; }());
    FakeResponse response = FakeResponse::json(QByteArray(200'000, 'x'));
    response.sendContentLength = false; // body ends when the connection closes
    server.route(QStringLiteral("/stream"), response);
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/stream"))));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::TooLarge);
}

TEST_F(HttpClientTest, refusedConnectionIsOffline)
{
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/System/Info/Public").arg(port));
    const Result<HttpResponse> result = awaitResult(fetch(network, request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Offline);
}

TEST_F(HttpClientTest, connectionClosedMidBodyIsRetriedForGet)
{
    std::atomic<int> calls{0};
    server.setHandler([&calls](const FakeRequest &) {
        FakeResponse response = FakeResponse::json(QByteArray(2000, 'x'));
        if (++calls == 1)
            response.mode = FakeResponse::Mode::CloseMidBody;
        return response;
    });
    const Result<HttpResponse> result = awaitResult(fetch(network, get(QStringLiteral("/cut"))));
    ASSERT_TRUE(result.ok()) << result.error().toString().toStdString();
    EXPECT_EQ(result.value().body.size(), 2000);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(HttpClientTest, statusCodesMapToKinds)
{
    server.route(QStringLiteral("/401"), FakeResponse::withStatus(401));
    server.route(QStringLiteral("/403"), FakeResponse::withStatus(403));
    const Result<HttpResponse> unauthorized = awaitResult(fetch(network, get(QStringLiteral("/401"))));
    const Result<HttpResponse> forbidden = awaitResult(fetch(network, get(QStringLiteral("/403"))));
    const Result<HttpResponse> missing = awaitResult(fetch(network, get(QStringLiteral("/nothing-here"))));
    EXPECT_EQ(unauthorized.error().kind, ErrorKind::Unauthorized);
    EXPECT_EQ(forbidden.error().kind, ErrorKind::ClientError);
    EXPECT_EQ(missing.error().kind, ErrorKind::ClientError);
    EXPECT_EQ(missing.error().httpStatus, 404);
    EXPECT_EQ(server.requestCount(), 3); // 4xx is never retried
}

TEST_F(HttpClientTest, cancelTokenEndsARequestInFlight)
{
    server.route(QStringLiteral("/silent"), [] { FakeResponse r; r.mode = FakeResponse::Mode::NeverAnswer; return r; }());
    HttpRequest request = get(QStringLiteral("/silent"));
    request.timeoutMs = 5000;
    CancelToken token;
    request.cancel = token;
    auto future = fetch(network, request);
    QElapsedTimer clock;
    clock.start();
    while (server.requestCount() == 0 && clock.elapsed() < 2000)
        QThread::msleep(5);
    token.cancel();
    const Result<HttpResponse> result = awaitResult(future, 2000);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Cancelled);
    EXPECT_LT(clock.elapsed(), 2000);
}

TEST_F(HttpClientTest, alreadyCancelledTokenNeverReachesTheServer)
{
    server.route(QStringLiteral("/ok"), FakeResponse::json("{}"));
    HttpRequest request = get(QStringLiteral("/ok"));
    request.cancel.cancel();
    const Result<HttpResponse> result = awaitResult(fetch(network, request));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::Cancelled);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(HttpClientTest, shutdownFinishesPendingFuturesAsCancelled)
{
    server.route(QStringLiteral("/silent"), [] { FakeResponse r; r.mode = FakeResponse::Mode::NeverAnswer; return r; }());
    auto local = std::make_unique<NetworkThread>(fastOptions());
    HttpRequest request = get(QStringLiteral("/silent"));
    request.timeoutMs = 10'000;
    auto future = fetch(*local, request);
    local.reset();
    ASSERT_TRUE(future.isFinished());
    EXPECT_EQ(future.result().error().kind, ErrorKind::Cancelled);
}

TEST_F(HttpClientTest, postAfterShutdownIsRefused)
{
    network.shutdown();
    EXPECT_FALSE(network.post([](HttpClient &) {}));
}

TEST_F(HttpClientTest, errorsNeverCarryTheToken)
{
    server.route(QStringLiteral("/socket"), FakeResponse::withStatus(500));
    HttpRequest request;
    request.url = server.url().resolved(QUrl(QStringLiteral("/socket?ApiKey=SECRET123&deviceId=d1&api_key=SECRET123")));
    const Result<HttpResponse> result = awaitResult(fetch(network, request));
    ASSERT_FALSE(result.ok());
    EXPECT_FALSE(result.error().toString().contains(QStringLiteral("SECRET123")));
    EXPECT_TRUE(result.error().url.contains(QStringLiteral("deviceId=d1")));
}

TEST(UrlRedaction, removesSecretsAndKeepsTheRest)
{
    const QUrl url(QStringLiteral("https://user:pw@host:8096/jf/socket?api_key=abc&ApiKey=def&TOKEN=ghi&deviceId=x#frag"));
    const QString redacted = redactedUrl(url);
    EXPECT_EQ(redacted, QStringLiteral("https://host:8096/jf/socket?deviceId=x"));
    EXPECT_EQ(redactedUrl(QUrl(QStringLiteral("http://h/Items?api_key=abc"))), QStringLiteral("http://h/Items"));
}
