// SPDX-License-Identifier: GPL-3.0-or-later
// The durable download queue: jobs and rules survive as rows, in order, one per item.
#include "storage/database.h"
#include "storage/downloadrepository.h"
#include "support/cachefixture.h"

#include <gtest/gtest.h>

using namespace marquee;
using namespace marquee::test;

namespace {

DownloadJob job(const QString &itemId)
{
    DownloadJob j;
    j.serverId = CacheFixture::ServerId;
    j.itemId = itemId;
    j.itemType = ItemType::Episode;
    j.seriesId = QStringLiteral("series-1");
    j.seriesName = QStringLiteral("Show");
    j.title = QStringLiteral("Episode ") + itemId;
    j.rootPath = QStringLiteral("/media/usb");
    j.relativePath = QStringLiteral("Shows/Show/Season 01/Show - S01E01 - x.mkv");
    j.addedAtMs = 1000;
    return j;
}

} // namespace

TEST(DownloadRepository, JobsRoundTripInOrderOnePerItem)
{
    CacheFixture fixture;
    DownloadRepository repository(fixture.connection());
    const Result<DownloadJob> a = repository.add(job(QStringLiteral("a")));
    const Result<DownloadJob> b = repository.add(job(QStringLiteral("b")));
    const Result<DownloadJob> c = repository.add(job(QStringLiteral("c")));
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_LT(a.value().priority, b.value().priority);

    DownloadJob again = job(QStringLiteral("b"));
    again.title = QStringLiteral("other");
    const Result<DownloadJob> same = repository.add(again);
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same.value().id, b.value().id);
    EXPECT_EQ(same.value().title, QStringLiteral("Episode b"));

    DownloadJob changed = b.value();
    changed.state = DownloadState::Waiting;
    changed.reason = DownloadReason::DiskFull;
    changed.mediaSourceId = QStringLiteral("src");
    changed.sizeBytes = 5'000'000'000;
    changed.etag = QStringLiteral("etag");
    changed.lastModified = "Sun, 01 Jan 2023 00:00:00 GMT";
    changed.bytesDone = 123;
    changed.syncedBytes = 100;
    changed.bootId = QStringLiteral("boot");
    changed.attempts = 2;
    changed.lastError = QStringLiteral("detail");
    changed.serverCopy = ServerCopy::Newer;
    changed.completedAtMs = 5000;
    ASSERT_TRUE(repository.save(changed));
    EXPECT_EQ(repository.job(changed.id), changed);
    ASSERT_TRUE(repository.saveProgress(changed.id, 456, 400, QStringLiteral("boot2")));
    EXPECT_EQ(repository.job(changed.id)->bytesDone, 456);
    EXPECT_EQ(repository.job(changed.id)->syncedBytes, 400);

    ASSERT_TRUE(repository.move(c.value().id, -2));
    QStringList order;
    for (const DownloadJob &j : repository.all())
        order.append(j.itemId);
    EXPECT_EQ(order, (QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_FALSE(repository.move(c.value().id, -1)) << "already first";

    const QHash<QString, DownloadState> states =
        repository.statesOf(CacheFixture::ServerId, {QStringLiteral("b"), QStringLiteral("zzz")});
    EXPECT_EQ(states.size(), 1);
    EXPECT_EQ(states.value(QStringLiteral("b")), DownloadState::Waiting);
    ASSERT_TRUE(repository.remove(a.value().id));
    EXPECT_FALSE(repository.job(a.value().id));
}

TEST(DownloadRepository, InterruptedJobsGoBackInLineAndSurviveReopening)
{
    CacheFixture fixture;
    qint64 id = 0;
    {
        DownloadRepository repository(fixture.connection());
        DownloadJob j = repository.add(job(QStringLiteral("a"))).value();
        j.state = DownloadState::Transferring;
        j.bytesDone = 42;
        ASSERT_TRUE(repository.save(j));
        id = j.id;
    }
    fixture.database().releaseThreadConnection();
    Database reopened(fixture.database().paths());
    ASSERT_TRUE(reopened.open().ok);
    DownloadRepository repository(reopened.connection());
    ASSERT_TRUE(repository.requeueInterrupted());
    const std::optional<DownloadJob> j = repository.job(id);
    ASSERT_TRUE(j);
    EXPECT_EQ(j->state, DownloadState::Queued);
    EXPECT_EQ(j->bytesDone, 42);
}

TEST(DownloadRepository, RulesPerSeries)
{
    CacheFixture fixture;
    DownloadRepository repository(fixture.connection());
    const DownloadRule rule{CacheFixture::ServerId, QStringLiteral("series-1"), 3, 7};
    ASSERT_TRUE(repository.saveRule(rule));
    EXPECT_EQ(repository.rule(CacheFixture::ServerId, QStringLiteral("series-1")), rule);
    const DownloadRule changed{CacheFixture::ServerId, QStringLiteral("series-1"), 5, std::nullopt};
    ASSERT_TRUE(repository.saveRule(changed));
    EXPECT_EQ(repository.rules(CacheFixture::ServerId), (QList<DownloadRule>{changed}));
    ASSERT_TRUE(repository.removeRule(CacheFixture::ServerId, QStringLiteral("series-1")));
    EXPECT_TRUE(repository.rules(CacheFixture::ServerId).isEmpty());
}
