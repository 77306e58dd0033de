// SPDX-License-Identifier: GPL-3.0-or-later
// This computer's clock never drives the watermark (issue #19, point 7): the mark of an incremental refresh is the
// server's clock at its first answer (its Date header), and a mark ahead of the server's clock is set aside for a full
// listing. The real backend against the demo server, each with a clock of its own, this computer's a day ahead.
#include "services/databasewriter.h"
#include "services/messagebroker.h"
#include "services/metadatarefreshservice.h"
#include "storage/itemreader.h"
#include "storage/syncstaterepository.h"
#include "support/cachefixture.h"
#include "support/demosession.h"

#include <QSignalSpy>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 24 * 60 * Minute;

class ClockFaults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoServerOptions options = DemoSession::smallLibrary();
        options.clock = &serverClock;
        session = std::make_unique<DemoSession>(options);
        // This computer's clock runs a day ahead of the server's.
        fixture.clock().setNowMs(serverClock.nowMs() + Day);
        writer = std::make_unique<DatabaseWriter>(fixture.database());
        service = std::make_unique<MetadataRefreshService>(
            RefreshEnvironment{&session->backend(), &fixture.database(), writer.get(), &fixture.config(),
                               &fixture.clock(), 25},
            &broker);
        service->setAutomaticEvaluation(false);
        moviesScope = QStringLiteral("library:") + session->server().libraryId(QStringLiteral("movies"));
        ASSERT_FALSE(refresh(QStringLiteral("libraries")).isError());
        ASSERT_FALSE(refresh(moviesScope).isError());
        movieId = session->server().itemIds(DemoItemKind::Movie).value(7);
    }

    void TearDown() override
    {
        service.reset();
        writer.reset();
    }

    Error refresh(const QString &scope, bool full = true)
    {
        QSignalSpy finished(&broker, &MessageBroker::refreshFinished);
        service->refreshNow(scope, full);
        Error error{ErrorKind::Cancelled, QStringLiteral("no end"), {}, 0};
        EXPECT_TRUE(waitUntil([&] {
            for (const QList<QVariant> &signal : std::as_const(finished)) {
                if (signal.at(0).toString() == scope) {
                    error = signal.at(1).value<Error>();
                    return true;
                }
            }
            return false;
        }, 30'000));
        waitUntil([&] { return service->isIdle(); }, 10'000);
        return error;
    }

    [[nodiscard]] SyncState moviesState() const
    {
        return SyncStateRepository(fixture.connection()).state(moviesScope).value_or(SyncState{});
    }

    [[nodiscard]] QString cachedName() const
    {
        const std::optional<MediaItem> item = ItemReader(fixture.connection()).item(movieId);
        return item ? item->name : QString();
    }

    /// A rename on the server, a few minutes later by its clock; then an incremental refresh.
    void renameAndRefresh()
    {
        serverClock.advanceMs(5 * Minute);
        fixture.clock().advanceMs(5 * Minute);
        ASSERT_TRUE(session->server().renameItem(movieId, QStringLiteral("Renamed while the clocks disagreed")));
        const int itemsBefore = ItemReader(fixture.connection()).countInLibrary(
            session->server().libraryId(QStringLiteral("movies")), ItemType::Movie);
        const Error error = refresh(moviesScope, false);
        ASSERT_FALSE(error.isError()) << error.toString().toStdString();
        const int itemsAfter = ItemReader(fixture.connection()).countInLibrary(
            session->server().libraryId(QStringLiteral("movies")), ItemType::Movie);
        std::printf("movies before %d, after %d; the renamed one reads \"%s\"\n", itemsBefore, itemsAfter,
                    qPrintable(cachedName()));
        EXPECT_EQ(itemsAfter, itemsBefore);
    }

    ManualClock serverClock{1'750'000'000'000};
    std::unique_ptr<DemoSession> session;
    CacheFixture fixture;
    MessageBroker broker;
    std::unique_ptr<DatabaseWriter> writer;
    std::unique_ptr<MetadataRefreshService> service;
    QString moviesScope;
    QString movieId;
};

} // namespace

TEST_F(ClockFaults, TheWatermarkIsTheServersClockAndARenameIsSeenWhateverThisComputersClockSays)
{
    const qint64 watermark = moviesState().watermark.toLongLong();
    EXPECT_LE(std::abs(watermark - serverClock.nowMs()), 1000) << "the Date header, to the second";
    renameAndRefresh();
    EXPECT_EQ(cachedName(), QStringLiteral("Renamed while the clocks disagreed"));
    EXPECT_EQ(moviesState().watermark.toLongLong() / 1000, serverClock.nowMs() / 1000);
}

TEST_F(ClockFaults, AWatermarkAheadOfTheServersClockIsSetAsideForAFullListing)
{
    // As a run that took this computer's clock, a day fast, would have left it.
    SyncStateRepository(fixture.connection())
        .recordSuccess(moviesScope, fixture.clock().nowMs(), fixture.clock().nowMs() + Day,
                       QString::number(serverClock.nowMs() + Day), std::nullopt);
    renameAndRefresh();
    EXPECT_EQ(cachedName(), QStringLiteral("Renamed while the clocks disagreed"));
    const QList<SyncRun> runs = SyncStateRepository(fixture.connection()).recentRuns(1);
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs[0].kind, QStringLiteral("full"));
    EXPECT_TRUE(runs[0].note.contains(QStringLiteral("ahead of the server's clock"))) << runs[0].note.toStdString();
    EXPECT_LE(moviesState().watermark.toLongLong(), serverClock.nowMs()) << "the new mark is the server's";
}
