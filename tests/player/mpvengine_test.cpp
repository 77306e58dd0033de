// SPDX-License-Identifier: GPL-3.0-or-later
// Plays the demo server's real video with a headless MpvEngine (vo=null, ao=null) and checks what a user and the
// PlaybackController would see: it starts, runs, pauses, seeks, resumes at a start position, ends, and fails
// with a message. A small guard server that answers only with the right Authorization header shows that the
// token travels as a header (the demo server, like Jellyfin, serves streams without one).
#include "backend/awaitfuture.h"
#include "backend/clientidentity.h"
#include "backend/jellyfinauthorization.h"
#include "demoserver/demoserver.h"
#include "player/mpvengine.h"
#include "player/playercontrolbar.h"
#include "player/playerview.h"
#include "support/germantranslation.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

#include <cstdio>

using namespace marquee;

namespace {

constexpr int StartTimeoutMs = 15'000;
// Demo movies run 80 to 180 minutes, and their streams (the sample clip looped) as long.
constexpr double ShortestMovieSeconds = 80 * 60.0;

QByteArray authorization(const QString &token)
{
    return JellyfinAuthorization::headerValue(ClientIdentity::forThisDevice(QStringLiteral("player-test")), token);
}

class MpvEngineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_server.start(&error)) << error.toStdString();
        m_token = m_server.createAccessToken(QStringLiteral("player-test"));
        ASSERT_TRUE(m_engine.startError().isEmpty()) << m_engine.startError().toStdString();
    }

    PlaybackMedia media(const QString &itemId, double startSeconds = 0.0) const
    {
        QUrl url = m_server.baseUrl();
        url.setPath(QStringLiteral("/Videos/%1/stream").arg(itemId));
        url.setQuery(QStringLiteral("static=true"));
        return {url, {{"Authorization", authorization(m_token)}}, startSeconds, QStringLiteral("Sample")};
    }

    PlaybackMedia movie(double startSeconds = 0.0) const
    {
        return media(m_server.itemIds(DemoItemKind::Movie).constFirst(), startSeconds);
    }

    DemoServer m_server{DemoServerOptions{.movies = 3, .series = 1}};
    QString m_token;
    MpvEngine m_engine{MpvEngine::Output::Headless};
};

TEST_F(MpvEngineTest, PlaysFromTheStartWithRisingPositions)
{
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    QSignalSpy positions(&m_engine, &PlaybackEngine::positionChanged);
    m_engine.load(movie());
    ASSERT_TRUE(started.wait(StartTimeoutMs));
    EXPECT_GE(m_engine.duration(), ShortestMovieSeconds) << "the stream is as long as the movie";
    EXPECT_FALSE(m_engine.isPaused());
    EXPECT_LT(m_engine.position(), 1.0);

    ASSERT_TRUE(test::waitUntil([&] { return m_engine.position() > 1.0; }, 10'000));
    ASSERT_GE(positions.size(), 2);
    double previous = -1.0;
    for (const QList<QVariant> &signal : positions) {
        EXPECT_GE(signal.at(0).toDouble(), previous);
        previous = signal.at(0).toDouble();
    }
    EXPECT_GT(previous, 1.0);
    EXPECT_GT(m_server.requestCounts().value(QStringLiteral("/Videos/{itemId}/stream")), 0);
}

TEST_F(MpvEngineTest, StartPositionIsHonoured)
{
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    QSignalSpy positions(&m_engine, &PlaybackEngine::positionChanged);
    m_engine.load(movie(6.0));
    EXPECT_DOUBLE_EQ(m_engine.position(), 6.0); // known before the stream opens
    ASSERT_TRUE(started.wait(StartTimeoutMs));
    EXPECT_NEAR(m_engine.position(), 6.0, 0.3);
    ASSERT_TRUE(positions.wait(5'000));
    // No report may ever claim the user was at the beginning.
    for (const QList<QVariant> &signal : positions)
        EXPECT_GE(signal.at(0).toDouble(), 5.7);
}

TEST_F(MpvEngineTest, PausesAndResumes)
{
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    QSignalSpy paused(&m_engine, &PlaybackEngine::pausedChanged);
    m_engine.load(movie());
    ASSERT_TRUE(started.wait(StartTimeoutMs));

    m_engine.setPaused(true);
    ASSERT_TRUE(paused.wait(5'000));
    EXPECT_TRUE(paused.last().at(0).toBool());
    EXPECT_TRUE(m_engine.isPaused());
    const double heldAt = m_engine.position();
    QSignalSpy positions(&m_engine, &PlaybackEngine::positionChanged);
    EXPECT_FALSE(positions.wait(600)) << "the position moved while paused";
    EXPECT_DOUBLE_EQ(m_engine.position(), heldAt);

    m_engine.setPaused(false);
    ASSERT_TRUE(paused.wait(5'000));
    EXPECT_FALSE(paused.last().at(0).toBool());
    ASSERT_TRUE(test::waitUntil([&] { return m_engine.position() > heldAt; }, 5'000));
}

TEST_F(MpvEngineTest, SeekNearTheEndThenEndsAndStops)
{
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    QSignalSpy seeked(&m_engine, &PlaybackEngine::seeked);
    QSignalSpy ended(&m_engine, &PlaybackEngine::endReached);
    QSignalSpy stopped(&m_engine, &PlaybackEngine::stopped);
    QList<QString> order;
    QObject::connect(&m_engine, &PlaybackEngine::endReached, [&order] { order.append(QStringLiteral("end")); });
    QObject::connect(&m_engine, &PlaybackEngine::stopped, [&order] { order.append(QStringLiteral("stopped")); });
    m_engine.load(movie());
    ASSERT_TRUE(started.wait(StartTimeoutMs));

    const double nearTheEnd = m_engine.duration() - 1.5;
    m_engine.seek(nearTheEnd);
    ASSERT_TRUE(seeked.wait(5'000));
    EXPECT_NEAR(seeked.last().at(0).toDouble(), nearTheEnd, 0.3);
    EXPECT_NEAR(m_engine.position(), nearTheEnd, 0.3);

    ASSERT_TRUE(stopped.wait(10'000));
    EXPECT_EQ(ended.size(), 1);
    EXPECT_EQ(stopped.size(), 1);
    EXPECT_EQ(order, (QList<QString>{QStringLiteral("end"), QStringLiteral("stopped")}));
    EXPECT_GT(m_engine.position(), nearTheEnd + 0.5);
}

TEST_F(MpvEngineTest, ResumesAnHourIntoTheMovieAndKeepsPlaying)
{
    // The demo's Resume: a position more than an hour in must play from there, not end the 10 s sample at once.
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    QSignalSpy ended(&m_engine, &PlaybackEngine::endReached);
    const double resumeAt = 3600.0 + 76.0;
    m_engine.load(movie(resumeAt));
    ASSERT_TRUE(started.wait(StartTimeoutMs));
    EXPECT_NEAR(m_engine.position(), resumeAt, 0.5);
    EXPECT_TRUE(test::waitUntil([&] { return m_engine.position() > resumeAt + 1.0; }, 10'000))
        << "stuck at " << m_engine.position();
    EXPECT_TRUE(ended.isEmpty()) << "the stream ended where the movie had an hour left";
}

TEST_F(MpvEngineTest, StopEndsPlaybackWithoutReachingTheEnd)
{
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    QSignalSpy ended(&m_engine, &PlaybackEngine::endReached);
    QSignalSpy stopped(&m_engine, &PlaybackEngine::stopped);
    m_engine.load(movie());
    ASSERT_TRUE(started.wait(StartTimeoutMs));
    m_engine.stop();
    ASSERT_TRUE(stopped.wait(5'000));
    EXPECT_EQ(ended.size(), 0);
}

TEST_F(MpvEngineTest, ANewLoadStopsTheCurrentStreamFirst)
{
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    QSignalSpy stopped(&m_engine, &PlaybackEngine::stopped);
    m_engine.load(movie());
    ASSERT_TRUE(started.wait(StartTimeoutMs));
    m_engine.load(movie(4.0));
    ASSERT_TRUE(started.wait(StartTimeoutMs));
    EXPECT_EQ(stopped.size(), 1);
    EXPECT_NEAR(m_engine.position(), 4.0, 0.3);
}

TEST_F(MpvEngineTest, MissingStreamFailsWithAMessage)
{
    QSignalSpy failed(&m_engine, &PlaybackEngine::failed);
    QSignalSpy stopped(&m_engine, &PlaybackEngine::stopped);
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    m_engine.load(media(QStringLiteral("0123456789abcdef0123456789abcdef")));
    ASSERT_TRUE(failed.wait(StartTimeoutMs));
    const auto problem = failed.first().at(0).value<PlaybackProblem>();
    EXPECT_EQ(problem.kind, PlaybackProblem::Kind::NotFound);
    EXPECT_TRUE(problem.details.contains(QLatin1String("404"))) << problem.details.toStdString();
    ASSERT_TRUE(test::waitUntil([&] { return stopped.size() == 1; }, 2'000));
    EXPECT_EQ(started.size(), 0);
}

TEST_F(MpvEngineTest, AServerThatCannotBeReachedIsSaidInWordsAndTheControlsReset)
{
    PlayerView view(&m_engine, nullptr);
    view.resize(960, 540);
    view.show();
    QSignalSpy started(&m_engine, &PlaybackEngine::started);
    QSignalSpy stopped(&m_engine, &PlaybackEngine::stopped);
    m_engine.load(movie(5.0));
    ASSERT_TRUE(started.wait(StartTimeoutMs));
    ASSERT_TRUE(m_server.setOffline(true));
    QSignalSpy failed(&m_engine, &PlaybackEngine::failed);
    m_engine.load(movie(2.0));
    ASSERT_TRUE(failed.wait(StartTimeoutMs));
    const auto problem = failed.first().at(0).value<PlaybackProblem>();
    EXPECT_EQ(problem.kind, PlaybackProblem::Kind::Unreachable) << problem.details.toStdString();
    ASSERT_TRUE(test::waitUntil([&] { return !view.controlBar()->isStreamOpen(); }, 2'000));
    EXPECT_TRUE(view.errorText().startsWith(QLatin1String("The server cannot be reached; this item is not downloaded")))
        << view.errorText().toStdString();
    EXPECT_EQ(view.controlBar()->timeText(), QStringLiteral("0:00 / 0:00"));
}

TEST_F(MpvEngineTest, HeaderLineBreaksAreRefusedBeforeAnyRequest)
{
    QSignalSpy failed(&m_engine, &PlaybackEngine::failed);
    PlaybackMedia smuggling = movie();
    smuggling.headers.append(qMakePair(QByteArray("X-Note"), QByteArray("a\r\nX-Injected: yes")));
    m_server.resetCounters();
    m_engine.load(smuggling);
    ASSERT_TRUE(failed.wait(2'000));
    EXPECT_EQ(m_server.totalRequests(), 0);
}

TEST_F(MpvEngineTest, WhyAnAddressIsRefusedReadsInGerman)
{
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    QSignalSpy failed(&m_engine, &PlaybackEngine::failed);
    PlaybackMedia relative = movie();
    relative.url = QUrl(QStringLiteral("/Videos/1/stream"));
    m_engine.load(relative);
    ASSERT_TRUE(failed.wait(2'000));
    const auto problem = failed.first().at(0).value<PlaybackProblem>();
    EXPECT_EQ(problem.kind, PlaybackProblem::Kind::InvalidAddress);
    EXPECT_EQ(problem.details, QStringLiteral("Keine absolute Adresse: /Videos/1/stream"));
    EXPECT_EQ(problem.message(), QStringLiteral("Dieses Video konnte nicht abgespielt werden: Der Server hat eine "
                                                "Adresse genannt, die Marquee nicht verwendet."));
}

/// Serves the sample video only to a request carrying the expected Authorization header, and remembers what
/// each request carried.
class GuardedVideoServer
{
public:
    explicit GuardedVideoServer(QByteArray expectedAuthorization)
        : m_expected(std::move(expectedAuthorization))
    {
        QFile video(QStringLiteral(":/demoserver/sample.mp4"));
        if (video.open(QIODevice::ReadOnly))
            m_video = video.readAll();
        m_http.route(QStringLiteral("/video"), [this](const QHttpServerRequest &request) {
            const QByteArray authorization = request.value("Authorization");
            m_seenAuthorization.append(authorization);
            m_seenUrls.append(request.url());
            if (authorization != m_expected)
                return QHttpServerResponse(QHttpServerResponder::StatusCode::Unauthorized);
            return QHttpServerResponse("video/mp4", m_video);
        });
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
    }

    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/video").arg(m_port)); }
    [[nodiscard]] const QList<QByteArray> &seenAuthorization() const { return m_seenAuthorization; }
    [[nodiscard]] const QList<QUrl> &seenUrls() const { return m_seenUrls; }

private:
    QHttpServer m_http;
    QByteArray m_expected;
    QByteArray m_video;
    int m_port = 0;
    QList<QByteArray> m_seenAuthorization;
    QList<QUrl> m_seenUrls;
};

QList<QString> *capturedLog = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLog)
        capturedLog->append(message);
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

TEST(MpvEngineHeaders, TheTokenTravelsAsAHeaderAndNeverInTheUrlOrTheLog)
{
    const QString token = QStringLiteral("f00dfeedf00dfeedf00dfeedf00dfeed");
    GuardedVideoServer guard(authorization(token));
    MpvEngine engine(MpvEngine::Output::Headless);
    QSignalSpy started(&engine, &PlaybackEngine::started);
    QSignalSpy failed(&engine, &PlaybackEngine::failed);
    QList<QString> log;
    capturedLog = &log;
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    engine.load({guard.url(), {{"Authorization", authorization(token)}}, 0.0, QStringLiteral("Guarded")});
    const bool playing = started.wait(StartTimeoutMs);
    engine.stop();
    engine.load({guard.url(), {}, 0.0, QStringLiteral("No header")});
    const bool refused = failed.wait(StartTimeoutMs);

    qInstallMessageHandler(previous);
    capturedLog = nullptr;
    ASSERT_TRUE(playing) << "the guard server refused the stream: the header did not arrive";
    ASSERT_TRUE(refused);
    // ffmpeg logs no reason for a 401: it is a failure to play, not a missing connection.
    const auto problem = failed.first().at(0).value<PlaybackProblem>();
    EXPECT_NE(problem.kind, PlaybackProblem::Kind::Unreachable);
    EXPECT_TRUE(problem.details.contains(QLatin1String("Failed to open"))) << problem.details.toStdString();
    EXPECT_TRUE(guard.seenAuthorization().contains(authorization(token)));
    EXPECT_TRUE(guard.seenAuthorization().contains(QByteArray())) << "the second load must not reuse the header";
    for (const QUrl &url : guard.seenUrls())
        EXPECT_FALSE(url.toString().contains(token)) << url.toString().toStdString();
    for (const QString &line : log)
        EXPECT_FALSE(line.contains(token)) << line.toStdString();
}

} // namespace
