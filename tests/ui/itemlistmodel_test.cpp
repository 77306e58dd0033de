// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/homerepository.h"
#include "storage/itemreader.h"
#include "support/cachefixture.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"

#include <QAbstractItemModelTester>
#include "uirepositories.h"

#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;

namespace {

TEST(ItemListModel, HoldsAHomeRowUnderTheModelTester)
{
    CacheFixture cache;
    cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"));
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Night Shift"), 2, 4);
    const qint64 now = cache.clock().nowMs();
    cache.setUserData({QStringLiteral("series-night-shift-s1e1"), true, 1, 0, false, now - 2000, {}, {}});
    cache.setUserData({QStringLiteral("series-night-shift-s1e2"), false, 0, 600'000'000, false, now - 1000, {}, {}});

    ItemListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    HomeRepository home(cache.connection());
    model.setItems(home.continueWatching(10));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex started = model.index(0);
    EXPECT_EQ(started.data(ItemRoles::IdRole).toString(), QStringLiteral("series-night-shift-s1e2"));
    // An episode's poster caption is its series; the subtitle names the episode.
    EXPECT_EQ(started.data().toString(), QStringLiteral("Night Shift"));
    EXPECT_EQ(started.data(ItemRoles::SubtitleRole).toString(), QStringLiteral("S1:E2 · Episode 2"));
    EXPECT_EQ(started.data(ItemRoles::TitleRole).toString(), QStringLiteral("Episode 2"));
    EXPECT_GT(started.data(ItemRoles::ProgressRole).toDouble(), 0.0);

    model.setItems(home.nextUp(10));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(ItemRoles::IdRole).toString(), QStringLiteral("series-night-shift-s1e2"));
    EXPECT_EQ(model.rowOf(QStringLiteral("series-night-shift-s1e2")), 0);
    EXPECT_EQ(model.rowOf(QStringLiteral("nope")), -1);

    model.setItems({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ItemListModel, ListsSeasonsAndEpisodesFromFullItems)
{
    CacheFixture cache;
    cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"));
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 3, 5);
    ItemReader reader(cache.connection());
    ItemListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ItemSummary> rows;
    for (const MediaItem &child : reader.children(QStringLiteral("series-harbor")))
        rows << ItemRoles::summaryOf(child);
    model.setItems(rows);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Season 1"));
    EXPECT_EQ(model.index(2).data(ItemRoles::IndexNumberRole).toInt(), 3);
}

TEST(ItemRoles, RuntimeReadsInHoursAndMinutes)
{
    EXPECT_EQ(ItemRoles::runtimeText(0), QString());
    EXPECT_EQ(ItemRoles::runtimeText(qint64(42) * 60 * 10'000'000), QStringLiteral("42 min"));
    EXPECT_EQ(ItemRoles::runtimeText(qint64(112) * 60 * 10'000'000), QStringLiteral("1 h 52 min"));
}

} // namespace
