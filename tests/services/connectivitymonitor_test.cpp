// SPDX-License-Identifier: GPL-3.0-or-later
// The connectivity monitor on a fake server: it notices a server going away while nothing else asks, backs off
// while it stays away, notices it coming back, and takes every request's outcome as evidence.
#include "backend/awaitfuture.h"
#include "services/connectivitymonitor.h"
#include "support/fakebackend.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::FakeBackend;

namespace {

constexpr ConnectivityMonitor::Timing Fast{.idleProbeMs = 60, .firstRetryMs = 20, .maxRetryMs = 80};

class ConnectivityMonitorTest : public ::testing::Test
{
protected:
    int probes() const { return backend.calls(QStringLiteral("serverInfo")); }

    FakeBackend backend;
    ConnectivityMonitor monitor{backend, Fast, false};
    QSignalSpy changes{&monitor, &ConnectivityMonitor::onlineChanged};
};

TEST_F(ConnectivityMonitorTest, AServerThatIsDownAtLaunchIsOfflineAfterTheFirstProbe)
{
    backend.setFailure(ErrorKind::Offline);
    EXPECT_TRUE(monitor.isOnline()) << "optimistic until asked: a launch must not flash Offline";
    monitor.start();
    ASSERT_TRUE(test::waitUntil([&] { return changes.size() == 1; }, 1000));
    EXPECT_FALSE(changes.last().at(0).toBool());
    EXPECT_FALSE(monitor.isOnline());
    EXPECT_EQ(probes(), 1);
}

TEST_F(ConnectivityMonitorTest, AServerGoingAwayWhileNothingAsksIsNoticedByTheIdleProbe)
{
    monitor.start();
    ASSERT_TRUE(test::waitUntil([&] { return probes() == 1 && !monitor.isProbing(); }, 1000));
    EXPECT_TRUE(monitor.isOnline());
    EXPECT_TRUE(changes.isEmpty());

    backend.setFailure(ErrorKind::Offline);
    QElapsedTimer sinceGone;
    sinceGone.start();
    ASSERT_TRUE(test::waitUntil([&] { return changes.size() == 1; }, 2000)) << "nobody noticed the server going away";
    EXPECT_FALSE(changes.last().at(0).toBool());
    EXPECT_GE(sinceGone.elapsed(), Fast.idleProbeMs / 2) << "found by a probe on the idle schedule";
}

TEST_F(ConnectivityMonitorTest, WhileOfflineItBacksOffAndSaysOnlineOnceTheServerAnswers)
{
    backend.setFailure(ErrorKind::Timeout);
    monitor.start();
    ASSERT_TRUE(test::waitUntil([&] { return changes.size() == 1; }, 1000));
    ASSERT_FALSE(monitor.isOnline());
    QList<int> delays;
    while (delays.size() < 4) {
        ASSERT_TRUE(test::waitUntil([&] { return monitor.nextProbeInMs() > 0 && !monitor.isProbing(); }, 1000));
        const int before = probes();
        delays << monitor.nextProbeInMs();
        ASSERT_TRUE(test::waitUntil([&] { return probes() > before; }, 1000));
    }
    EXPECT_EQ(delays, (QList<int>{20, 40, 80, 80})) << "doubling from the first retry up to the ceiling";

    backend.setFailure(ErrorKind::None);
    ASSERT_TRUE(test::waitUntil([&] { return changes.size() == 2; }, 1000))
        << "the server answered and the monitor never said so";
    EXPECT_TRUE(changes.last().at(0).toBool());
    ASSERT_TRUE(test::waitUntil([&] { return monitor.nextProbeInMs() == Fast.idleProbeMs; }, 1000));
}

TEST_F(ConnectivityMonitorTest, RequestOutcomesAreEvidenceAndTrafficNeedsNoProbes)
{
    monitor.start();
    ASSERT_TRUE(test::waitUntil([&] { return probes() == 1 && !monitor.isProbing(); }, 1000));

    // A busy app proves the server is there: the idle probe keeps moving away.
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(Fast.idleProbeMs / 3);
        monitor.observe({});
    }
    EXPECT_EQ(probes(), 1);

    monitor.observe({ErrorKind::Offline, QStringLiteral("Connection refused"), QStringLiteral("GET http://h/Items"), 0});
    ASSERT_EQ(changes.size(), 1);
    EXPECT_FALSE(monitor.isOnline()) << "a request that failed after its retries is enough";
    monitor.observe({ErrorKind::Cancelled, {}, {}, 0});
    EXPECT_FALSE(monitor.isOnline()) << "a cancel says nothing";
    monitor.observe({ErrorKind::ServerError, QStringLiteral("HTTP 500"), {}, 500});
    EXPECT_TRUE(monitor.isOnline()) << "a server that answers with an error still answers";
    EXPECT_EQ(changes.size(), 2);
}

} // namespace
