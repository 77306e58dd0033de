// SPDX-License-Identifier: GPL-3.0-or-later
// Settings go through one store and reach the services that use them at once: no restart.
#include "core/cacheconfig.h"
#include "services/databasewriter.h"
#include "services/imagecache.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "services/settingsapplier.h"
#include "services/settingsstore.h"
#include "storage/settingsrepository.h"
#include "support/cachefixture.h"
#include "support/fakebackend.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using namespace std::chrono_literals;
using marquee::test::CacheFixture;
using marquee::test::FakeBackend;

namespace {

constexpr qint64 Minute = 60'000;

class SettingsStoreTest : public ::testing::Test
{
protected:
    /// What the `settings` table holds for @p key: the single store, as marquee-cli reads it.
    QString row(const QString &key) { return SettingsRepository(fixture.connection()).value(key, QStringLiteral("<none>")); }

    CacheFixture fixture;
    SettingsStore store{fixture.connection()};
};

class SettingsAppliedTest : public SettingsStoreTest
{
protected:
    void SetUp() override
    {
        backend.setServerId(CacheFixture::ServerId);
        backend.setLibraries({Library{QStringLiteral("movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0, {}}});
        for (int i = 0; i < 1000; ++i) {
            MediaItem item = CacheFixture::movie(QStringLiteral("movies"), i, QStringLiteral("Film"));
            item.userData.reset();
            backend.putItem(item, fixture.clock().nowMs() - 60 * Minute);
        }
        refresh = std::make_unique<MetadataRefreshService>(
            RefreshEnvironment{&backend, &fixture.database(), &writer, &config, &fixture.clock(), 500}, &broker);
        refresh->setAutomaticEvaluation(false);
        applier.setRefreshService(refresh.get());
    }

    void TearDown() override { refresh.reset(); }

    void syncMovies()
    {
        for (const QStringList &scopes : {QStringList{QStringLiteral("libraries")},
                                          QStringList{QStringLiteral("libraries"), QStringLiteral("library:movies")}}) {
            refresh->setVisibleScopes(scopes);
            ASSERT_TRUE(QTest::qWaitFor([&] { return refresh->isIdle(); }, 10'000));
        }
    }

    FakeBackend backend;
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    CacheConfig config;
    SettingsApplier applier{store, config};
    std::unique_ptr<MetadataRefreshService> refresh;
};

} // namespace

TEST_F(SettingsStoreTest, AValidValueIsStoredAsTheTableKeepsItAndAnnounced)
{
    QSignalSpy changed(&store, &SettingsStore::changed);
    const SettingsCatalog::Checked checked = store.set(QStringLiteral("ttl/movies"), QStringLiteral("7200.0"));
    ASSERT_TRUE(checked.ok()) << checked.problem.toStdString();
    EXPECT_EQ(row(QStringLiteral("ttl/movies")), QStringLiteral("7200"));
    EXPECT_EQ(store.value(QStringLiteral("ttl/movies")), QStringLiteral("7200"));
    EXPECT_TRUE(store.isStored(QStringLiteral("ttl/movies")));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), QStringLiteral("ttl/movies"));
}

TEST_F(SettingsStoreTest, AnInvalidValueIsRefusedWithAReasonAndNothingIsWritten)
{
    QSignalSpy changed(&store, &SettingsStore::changed);
    const SettingsCatalog::Checked checked = store.set(QStringLiteral("ttl/movies"), QStringLiteral("0"));
    EXPECT_FALSE(checked.ok());
    EXPECT_FALSE(checked.problem.isEmpty());
    EXPECT_EQ(row(QStringLiteral("ttl/movies")), QStringLiteral("<none>"));
    EXPECT_FALSE(store.set(QStringLiteral("no/such-setting"), QStringLiteral("1")).ok());
    EXPECT_EQ(changed.size(), 0);
}

TEST_F(SettingsStoreTest, GarbageInTheTableReadsAsTheDefault)
{
    // Written by hand, by an older version or another tool: never trusted.
    SettingsRepository(fixture.connection()).setValue(QStringLiteral("refresh/concurrency"), QStringLiteral("-4"));
    EXPECT_EQ(store.value(QStringLiteral("refresh/concurrency")), QStringLiteral("2"));
    EXPECT_FALSE(store.isStored(QStringLiteral("refresh/concurrency")));
}

TEST_F(SettingsStoreTest, RestoringDefaultsDeletesTheRows)
{
    ASSERT_TRUE(store.set(QStringLiteral("ttl/movies"), QStringLiteral("7200")).ok());
    ASSERT_TRUE(store.set(QStringLiteral("ui/theme"), QStringLiteral("dark")).ok());
    // Not a catalogued setting (a library's sort order): restoring defaults must leave it alone.
    SettingsRepository(fixture.connection()).setValue(QStringLiteral("library/lib/sort"), QStringLiteral("year"));
    QSignalSpy changed(&store, &SettingsStore::changed);

    ASSERT_TRUE(store.restoreAllDefaults());
    EXPECT_EQ(row(QStringLiteral("ttl/movies")), QStringLiteral("<none>"));
    EXPECT_EQ(row(QStringLiteral("ui/theme")), QStringLiteral("<none>"));
    EXPECT_EQ(row(QStringLiteral("library/lib/sort")), QStringLiteral("year"));
    EXPECT_EQ(store.value(QStringLiteral("ttl/movies")), QStringLiteral("14400"));
    EXPECT_EQ(changed.size(), 2);
}

TEST_F(SettingsAppliedTest, TtlsReachTheCacheConfigAtOnceAndComeBackOnReset)
{
    ASSERT_TRUE(store.set(QStringLiteral("ttl/episodes"), QStringLiteral("3600")).ok());
    ASSERT_TRUE(store.set(QStringLiteral("ttl/jitter-percent"), QStringLiteral("0")).ok());
    EXPECT_EQ(config.ttl(ContentKind::Episodes), 1h);
    EXPECT_EQ(config.expiresAt(ContentKind::Episodes, 0), 3'600'000);
    ASSERT_TRUE(store.restoreDefault(QStringLiteral("ttl/episodes")));
    EXPECT_EQ(config.ttl(ContentKind::Episodes), 12h);
}

TEST_F(SettingsAppliedTest, AShorterTtlMakesWhatIsCachedStaleWithoutARestart)
{
    syncMovies();
    const RefreshScope movies = RefreshScope::library(QStringLiteral("movies"));
    fixture.clock().advanceMs(30 * Minute);
    ASSERT_EQ(refresh->freshness(movies), ScopeFreshness::Fresh) << "cached for 4 hours";

    ASSERT_TRUE(store.set(QStringLiteral("ttl/movies"), QStringLiteral("600")).ok());
    EXPECT_EQ(refresh->freshness(movies), ScopeFreshness::Stale)
        << "the expiry written with the old TTL must not outlive the new one";
}

TEST_F(SettingsAppliedTest, BatchSizeAndConcurrencyApplyToTheNextRefresh)
{
    ASSERT_TRUE(store.set(QStringLiteral("refresh/concurrency"), QStringLiteral("5")).ok());
    EXPECT_EQ(refresh->maxConcurrentJobs(), 5);

    ASSERT_TRUE(store.set(QStringLiteral("refresh/batch-size"), QStringLiteral("100")).ok());
    EXPECT_EQ(refresh->batchSize(), 100);
    const int before = backend.calls(QStringLiteral("items"));
    syncMovies();
    // 1,000 items in pages of 100: ten pages, where the default of 500 would have asked twice.
    EXPECT_GE(backend.calls(QStringLiteral("items")) - before, 10);
}

TEST_F(SettingsAppliedTest, ImageCacheSizesApplyAtOnceAndTheDiskStoreEvicts)
{
    const QString folder = fixture.directory().filePath(QStringLiteral("images"));
    ImageCache images(ImageCache::Options{folder}, fixture.clock());
    applier.setImageCache(&images);
    EXPECT_EQ(images.options().maxMemoryBytes, 64LL << 20);

    ImageStore store2(ImageStore::Options{folder}, fixture.clock());
    for (int i = 0; i < 40; ++i) {
        const ImageSpec spec{QStringLiteral("item-%1").arg(i), ImageType::Primary, QStringLiteral("tag"), QSize(300, 450)};
        ASSERT_TRUE(store2.put(spec, QByteArray(2 << 20, 'x')).ok());
    }
    ASSERT_TRUE(store.set(QStringLiteral("images/max-disk-bytes"), QString::number(64LL << 20)).ok());
    ASSERT_TRUE(store.set(QStringLiteral("images/max-memory-bytes"), QString::number(32LL << 20)).ok());
    EXPECT_EQ(images.options().maxDiskBytes, 64LL << 20);
    EXPECT_EQ(images.options().maxMemoryBytes, 32LL << 20);
    // The image cache's own store evicts on its pool: wait for what it reports.
    EXPECT_TRUE(QTest::qWaitFor([&] {
        QFuture<Result<ImageStoreStats>> stats = images.storeStats();
        stats.waitForFinished();
        return stats.result().ok() && stats.result().value().bytes <= (64LL << 20);
    }, 10'000)) << "80 MB of images stayed on disk under a 64 MB cap";
}
