// SPDX-License-Identifier: GPL-3.0-or-later
// The rules per series as a decision: which episodes to fetch, which to delete.
#include "services/downloadrules.h"

#include <gtest/gtest.h>

using namespace marquee;

namespace {

constexpr qint64 Now = 1'700'000'000'000;

QList<MediaItem> episodes(int count)
{
    QList<MediaItem> list;
    for (int i = 1; i <= count; ++i) {
        MediaItem episode;
        episode.id = QStringLiteral("ep%1").arg(i);
        episode.type = ItemType::Episode;
        episode.indexNumber = i;
        list.append(episode);
    }
    return list;
}

void watch(MediaItem &episode, qint64 atMs)
{
    UserData data;
    data.itemId = episode.id;
    data.played = true;
    data.lastPlayedAtMs = atMs;
    episode.userData = data;
}

DownloadJob readyJob(qint64 id, const QString &itemId)
{
    DownloadJob job;
    job.id = id;
    job.itemId = itemId;
    job.state = DownloadState::Ready;
    return job;
}

} // namespace

TEST(DownloadRules, KeepNextUnwatchedStartsAfterTheLastWatched)
{
    QList<MediaItem> list = episodes(8);
    const DownloadRule keep3{QStringLiteral("s"), QStringLiteral("series"), 3, std::nullopt};
    EXPECT_EQ(DownloadRules::plan(keep3, list, {}, Now).toDownload, (QStringList{QStringLiteral("ep1"), QStringLiteral("ep2"), QStringLiteral("ep3")}));

    watch(list[0], Now - 1000);
    watch(list[1], Now - 500);
    const QList<DownloadJob> jobs{readyJob(1, QStringLiteral("ep1")), readyJob(2, QStringLiteral("ep2")),
                                  readyJob(3, QStringLiteral("ep3"))};
    const DownloadRulePlan plan = DownloadRules::plan(keep3, list, jobs, Now);
    EXPECT_EQ(plan.toDownload, (QStringList{QStringLiteral("ep4"), QStringLiteral("ep5")}));
    EXPECT_TRUE(plan.toRemove.isEmpty()) << "keep-N alone never deletes";

    // A rewatched early episode does not move the window back: it follows the last watched in airing order.
    watch(list[5], Now - 2000);
    EXPECT_EQ(DownloadRules::plan(keep3, list, jobs, Now).toDownload, (QStringList{QStringLiteral("ep7"), QStringLiteral("ep8")}));
}

TEST(DownloadRules, RemoveWatchedAfterDaysDeletesOnlyReadyWatchedOnesOldEnough)
{
    QList<MediaItem> list = episodes(4);
    watch(list[0], Now - 3 * DownloadRules::DayMs);
    watch(list[1], Now - 1 * DownloadRules::DayMs);
    QList<DownloadJob> jobs{readyJob(1, QStringLiteral("ep1")), readyJob(2, QStringLiteral("ep2")),
                            readyJob(3, QStringLiteral("ep3"))};
    const DownloadRule removeAfter2{QStringLiteral("s"), QStringLiteral("series"), 0, 2};
    EXPECT_EQ(DownloadRules::plan(removeAfter2, list, jobs, Now).toRemove, (QList<qint64>{1}));
    const DownloadRule removeAtOnce{QStringLiteral("s"), QStringLiteral("series"), 0, 0};
    EXPECT_EQ(DownloadRules::plan(removeAtOnce, list, jobs, Now).toRemove, (QList<qint64>{1, 2}));
    jobs[0].state = DownloadState::Transferring;
    EXPECT_EQ(DownloadRules::plan(removeAtOnce, list, jobs, Now).toRemove, (QList<qint64>{2}));
    const DownloadRule none{QStringLiteral("s"), QStringLiteral("series"), 0, std::nullopt};
    EXPECT_TRUE(DownloadRules::plan(none, list, jobs, Now).toRemove.isEmpty());
}
