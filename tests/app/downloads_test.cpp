// SPDX-License-Identifier: GPL-3.0-or-later
// The download lane end to end over loopback: the demo server's /Items/{id}/Download and PlaybackInfo, the real
// JellyfinBackend, FileDownloader, libmpv probe and DownloadService wired as AppDownloads wires them, and a real
// state database.
#include "app/appdownloads.h"
#include "core/ticks.h"
#include "player/mpvengine.h"
#include "player/playbackcontroller.h"
#include "services/databasewriter.h"
#include "services/downloadservice.h"
#include "services/playbackservices.h"
#include "services/medialocator.h"
#include "services/messagebroker.h"
#include "services/playbacksyncworker.h"
#include "services/userdataactions.h"
#include "storage/cachemetarepository.h"
#include "storage/downloadrepository.h"
#include "storage/itembatchwriter.h"
#include "storage/itemwriter.h"
#include "support/cachefixture.h"
#include "support/demosession.h"
#include "support/testdirectory.h"
#include "ui/downloadstatustext.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

using namespace marquee;
using namespace marquee::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every file under @p root, relative to it.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

class DownloadsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The cache belongs to the demo server, as ServerIdentity makes it in the app.
        ASSERT_TRUE(CacheMetaRepository(fixture.connection()).setServerId(demo.server().serverId()));
        worker.setAutomaticRetry(false);
        build();
        movies = demo.server().itemIds(DemoItemKind::Movie);
    }

    /// (Re)builds the lane on the same database: what a restart of the app does.
    void build(int concurrency = 2)
    {
        downloads.reset();
        downloads = std::make_unique<AppDownloads>(writer, clock, broker, worker);
        downloads->setBackend(&demo.backend());
        DownloadSettings settings;
        settings.folder = folder.path();
        settings.concurrency = concurrency;
        service().applySettings(settings);
        QFuture<void> started = service().start();
        ASSERT_TRUE(waitUntil([&] { return started.isFinished(); }, 10'000));
    }

    DownloadService &service() { return downloads->service(); }

    QList<DownloadJob> queue(const QStringList &ids)
    {
        const Result<QList<DownloadJob>> jobs = awaitResult(service().download(ids), 20'000);
        EXPECT_TRUE(jobs.ok()) << jobs.error().toString().toStdString();
        return jobs.ok() ? jobs.value() : QList<DownloadJob>();
    }

    DownloadJob current(qint64 id) { return service().job(id).value_or(DownloadJob{}); }

    bool waitForState(qint64 id, DownloadState state, int timeoutMs = 30'000)
    {
        return waitUntil([&] { return current(id).state == state; }, timeoutMs);
    }

    QByteArray serverFile(const QString &itemId)
    {
        return demo.server().mediaFileBytes(itemId, 0, demo.server().mediaFileSize(itemId));
    }

    /// The Last-Modified the server sends with the item's file now.
    QByteArray serverLastModified(const QString &itemId)
    {
        const StreamSource source = demo.backend().downloadSource(itemId);
        QNetworkRequest request(source.url);
        for (const auto &[name, value] : source.headers)
            request.setRawHeader(name, value);
        request.setRawHeader("Range", "bytes=0-0");
        QNetworkAccessManager network;
        const std::unique_ptr<QNetworkReply> reply(network.get(request));
        EXPECT_TRUE(waitUntil([&] { return reply->isFinished(); }, 10'000));
        return reply->rawHeader("Last-Modified");
    }

    /// What a refresh writes: the server's full item into the cache.
    void cacheItems(const QList<MediaItem> &items)
    {
        ASSERT_TRUE(ItemBatchWriter(fixture.connection(), fixture.config())
                        .write(demo.server().serverId(), items, clock.nowMs())
                        .ok());
    }
    void cacheItem(const QString &itemId)
    {
        const Result<MediaItem> item = awaitResult(demo.backend().itemDetails(itemId));
        ASSERT_TRUE(item.ok());
        MediaItem row = item.value();
        row.libraryId = demo.server().libraryId(row.type == ItemType::Movie ? QStringLiteral("movies")
                                                                             : QStringLiteral("tvshows"));
        if (!libraries.contains(row.libraryId)) {
            fixture.addLibrary(row.libraryId, QStringLiteral("Library"), QStringLiteral("movies"));
            libraries.insert(row.libraryId);
        }
        cacheItems({row});
    }

    CacheFixture fixture;
    DemoSession demo;
    SystemClock clock;
    MessageBroker broker;
    DatabaseWriter writer{fixture.database()};
    PlaybackSyncWorker worker{&demo.backend(), writer, clock};
    TestDirectory folder;
    std::unique_ptr<AppDownloads> downloads;
    QStringList movies;
    QSet<QString> libraries; ///< added to the cache
};

} // namespace

TEST_F(DownloadsTest, AMovieIsStreamedVerifiedAndPlaysFromDisk)
{
    const QString movie = movies.first();
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 3 * MiB));
    const QList<DownloadJob> jobs = queue({movie});
    ASSERT_EQ(jobs.size(), 1);
    ASSERT_TRUE(waitForState(jobs.first().id, DownloadState::Ready));

    const DownloadJob done = current(jobs.first().id);
    EXPECT_EQ(done.sizeBytes, 3 * MiB);
    EXPECT_EQ(readFile(done.filePath()), serverFile(movie)) << "byte for byte the server's file";
    EXPECT_FALSE(QFile::exists(done.partPath()));
    EXPECT_TRUE(done.relativePath.startsWith(QStringLiteral("Movies/"))) << done.relativePath.toStdString();
    EXPECT_TRUE(done.relativePath.endsWith(QStringLiteral(".mp4")));
    EXPECT_EQ(DownloadStatusText::label(done), QStringLiteral("Downloaded"));
    // The row says so too: it outlives this process.
    EXPECT_EQ(DownloadRepository(fixture.connection()).job(done.id)->state, DownloadState::Ready);
    const QDir folder = QFileInfo(done.filePath()).dir();
    EXPECT_TRUE(waitUntil([&] { return QFile::exists(folder.filePath(QStringLiteral("poster.jpg"))); }));
    // The external subtitles beside the file, named so that players pick them up with it.
    const QString base = QFileInfo(done.filePath()).completeBaseName();
    for (const QString &language : {QStringLiteral("eng"), QStringLiteral("fre")}) {
        const QString subtitle = folder.filePath(base + QLatin1Char('.') + language + QStringLiteral(".srt"));
        EXPECT_TRUE(waitUntil([&] { return QFile::exists(subtitle); })) << subtitle.toStdString();
        EXPECT_TRUE(readFile(subtitle).contains(" --> ")) << "the server's cues, not an error page";
    }

    const std::optional<MediaLocator::LocalCopy> copy = downloads->locator().localCopy(movie);
    ASSERT_TRUE(copy);
    EXPECT_EQ(copy->file, QUrl::fromLocalFile(done.filePath()));
    EXPECT_EQ(copy->mediaSourceId, done.mediaSourceId);
    EXPECT_FALSE(downloads->locator().localCopy(movie, QStringLiteral("another-version"))) << "only the server has it";
    EXPECT_FALSE(downloads->locator().localCopy(movies.at(1)));
    EXPECT_EQ(demo.requests(QStringLiteral("/Items/{itemId}/Download")), 1);

    // Deleting takes the file and all that lies beside it, and the folder it made.
    service().remove(done.id);
    EXPECT_FALSE(folder.exists()) << folder.entryList(QDir::Files).join(QLatin1Char(' ')).toStdString();
}

TEST_F(DownloadsTest, ASeasonExpandsToItsEpisodesTwoAtATimeOneRequestEach)
{
    const QString series = demo.server().itemIds(DemoItemKind::Series).first();
    const Result<QList<MediaItem>> seasons = awaitResult(demo.backend().seasons(series));
    ASSERT_TRUE(seasons.ok() && !seasons.value().isEmpty());
    const Result<QList<MediaItem>> episodes = awaitResult(demo.backend().episodes(series, seasons.value().first().id));
    ASSERT_TRUE(episodes.ok());
    for (const MediaItem &episode : episodes.value())
        ASSERT_TRUE(demo.server().replaceMediaFile(episode.id, 600'000));
    demo.server().setBandwidthLimit(4 * MiB);
    demo.server().resetCounters();

    const QList<DownloadJob> jobs = queue({seasons.value().first().id});
    ASSERT_EQ(jobs.size(), episodes.value().size());
    int mostAtOnce = 0;
    ASSERT_TRUE(waitUntil(
        [&] {
            int active = 0;
            int ready = 0;
            for (const DownloadJob &job : service().jobs()) {
                active += job.isActive() ? 1 : 0;
                ready += job.state == DownloadState::Ready ? 1 : 0;
            }
            mostAtOnce = std::max(mostAtOnce, active);
            return ready == jobs.size();
        },
        60'000));
    EXPECT_EQ(mostAtOnce, 2) << "the default is two items at once";
    EXPECT_EQ(demo.requests(QStringLiteral("/Items/{itemId}/Download")), jobs.size()) << "one request per file";
    const DownloadJob first = current(jobs.first().id);
    EXPECT_TRUE(first.relativePath.startsWith(QStringLiteral("Shows/"))) << first.relativePath.toStdString();
    EXPECT_TRUE(first.relativePath.contains(QStringLiteral("/Season 01/"))) << first.relativePath.toStdString();
    EXPECT_TRUE(first.relativePath.contains(QStringLiteral(" - S01E01 - "))) << first.relativePath.toStdString();
}

TEST_F(DownloadsTest, AFileReplacedOnTheServerBetweenTwoRunsEndsAsTheNewFileByteForByte)
{
    const QString movie = movies.at(2);
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 4 * MiB));
    demo.server().setBandwidthLimit(2 * MiB);
    const qint64 id = queue({movie}).value(0).id;
    ASSERT_TRUE(waitUntil([&] { return current(id).bytesDone > MiB; }, 20'000));
    const QByteArray oldHead = serverFile(movie).left(MiB);

    downloads.reset(); // the app quits mid-transfer
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 3 * MiB + 12345));
    demo.server().setBandwidthLimit(0);
    build();
    ASSERT_TRUE(waitForState(id, DownloadState::Ready));
    const QByteArray onDisk = readFile(current(id).filePath());
    EXPECT_EQ(onDisk, serverFile(movie)) << "the new file, byte for byte";
    EXPECT_NE(onDisk.left(MiB), oldHead) << "no byte of the old version spliced in";
}

TEST_F(DownloadsTest, AFileReplacedByOneOfTheSameSizeIsToldByItsEtagAndFetchedAgain)
{
    const QString movie = movies.at(3);
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 4 * MiB));
    demo.server().setBandwidthLimit(2 * MiB);
    const qint64 id = queue({movie}).value(0).id;
    ASSERT_TRUE(waitUntil([&] { return current(id).bytesDone > MiB; }, 20'000));
    const QByteArray oldFile = serverFile(movie);

    downloads.reset(); // the app quits mid-transfer
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 4 * MiB)); // same size, other bytes
    ASSERT_NE(serverFile(movie), oldFile);
    // A server whose Last-Modified did not move (a file copied in with its old date kept): If-Range cannot tell
    // the two versions apart, only the media source's ETag can.
    QFuture<void> written = writer.run([](const QSqlDatabase &) {});
    ASSERT_TRUE(waitUntil([&] { return written.isFinished(); }));
    DownloadRepository repository(fixture.connection());
    DownloadJob job = *repository.job(id);
    job.lastModified = serverLastModified(movie);
    ASSERT_FALSE(job.lastModified.isEmpty());
    ASSERT_TRUE(repository.save(job));
    demo.server().setBandwidthLimit(0);
    build();
    ASSERT_TRUE(waitForState(id, DownloadState::Ready));
    EXPECT_EQ(readFile(current(id).filePath()), serverFile(movie)) << "the new file, byte for byte";
}

TEST_F(DownloadsTest, ARefusedDownloadSaysWhyAndTriesNoOtherEndpoint)
{
    const QString movie = movies.at(4);
    cacheItem(movie); // listed while allowed
    demo.server().setDownloadsAllowed(false);
    demo.server().resetCounters();
    const qint64 id = queue({movie}).value(0).id;
    ASSERT_TRUE(waitForState(id, DownloadState::Failed));
    const DownloadJob failed = current(id);
    EXPECT_EQ(failed.reason, DownloadReason::Forbidden);
    EXPECT_TRUE(DownloadStatusText::explanation(failed).contains(QStringLiteral("does not allow you to download")));
    EXPECT_FALSE(DownloadStatusText::explanation(failed).contains(QStringLiteral("403")));
    // Give a wrong fallback every chance to happen, then count.
    QTest::qWait(500);
    const QHash<QString, qint64> counts = demo.server().requestCounts();
    EXPECT_EQ(counts.value(QStringLiteral("/Items/{itemId}/Download")), 1) << "asked once, never again by itself";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        EXPECT_TRUE(it.key() == QStringLiteral("/Items/{itemId}/Download")
                    || it.key() == QStringLiteral("/Items/{itemId}/PlaybackInfo")
                    || it.key() == QStringLiteral("/Items/{itemId}/Images/{imageType}"))
            << "another endpoint was asked: " << it.key().toStdString();
    }
    EXPECT_TRUE(filesUnder(folder.path()).isEmpty());

    // Where the server says so up front, nothing is queued at all.
    const Result<QList<DownloadJob>> refused = awaitResult(service().download({movies.at(5)}), 20'000);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("does not allow"))) << refused.error().message.toStdString();
}

TEST_F(DownloadsTest, HostileTitlesBecomeSafeReadableFilesInsideTheFolder)
{
    // The download folder inside a folder of its own, so that anything written beside or above it would show.
    TestDirectory outer;
    const QString root = QDir(outer.path()).filePath(QStringLiteral("downloads"));
    ASSERT_TRUE(QDir().mkpath(root));
    DownloadSettings settings = service().settings();
    settings.folder = root;
    service().applySettings(settings);
    const QStringList titles{QStringLiteral("../../x"), QStringLiteral("a/b"), QStringLiteral("CON"),
                             QString(300, QLatin1Char('t')), QStringLiteral("Trailing dot.")};
    QList<qint64> ids;
    for (int i = 0; i < titles.size(); ++i) {
        ASSERT_TRUE(demo.server().renameItem(movies.at(10 + i), titles.at(i)));
        ids.append(queue({movies.at(10 + i)}).value(0).id);
    }
    for (const qint64 id : ids)
        ASSERT_TRUE(waitForState(id, DownloadState::Ready)) << DownloadStatusText::label(current(id)).toStdString();
    const QString canonicalRoot = QDir(root).canonicalPath();
    for (const qint64 id : ids) {
        const QString file = QFileInfo(current(id).filePath()).canonicalFilePath();
        EXPECT_TRUE(file.startsWith(canonicalRoot + QLatin1Char('/'))) << file.toStdString();
        EXPECT_FALSE(QFileInfo(file).fileName().endsWith(QLatin1String("..mp4")));
    }
    EXPECT_EQ(QDir(outer.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("downloads")})
        << "nothing beside or above the download folder";
    EXPECT_TRUE(current(ids.at(0)).relativePath.startsWith(QStringLiteral("Movies/-..-x"))) << current(ids.at(0)).relativePath.toStdString();
    EXPECT_TRUE(current(ids.at(1)).relativePath.startsWith(QStringLiteral("Movies/a-b ("))) << current(ids.at(1)).relativePath.toStdString();
    EXPECT_EQ(filesUnder(root).filter(QStringLiteral(".mp4")).size(), titles.size());
}

TEST_F(DownloadsTest, OfflineJobsWaitQuietlyAndResumeWhenTheServerAnswers)
{
    const QString movie = movies.at(6);
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 3 * MiB));
    demo.server().setBandwidthLimit(MiB);
    demo.server().resetCounters();
    const qint64 id = queue({movie}).value(0).id;
    ASSERT_TRUE(waitUntil([&] { return current(id).bytesDone > 700'000; }, 20'000));
    demo.server().setOffline(true);
    ASSERT_TRUE(waitForState(id, DownloadState::Waiting, 60'000));
    EXPECT_EQ(current(id).reason, DownloadReason::Offline);
    EXPECT_EQ(DownloadStatusText::label(current(id)), QStringLiteral("Waiting: offline"));

    demo.server().setBandwidthLimit(0);
    demo.server().setOffline(false);
    Q_EMIT broker.connectivityChanged(true);
    ASSERT_TRUE(waitForState(id, DownloadState::Ready));
    EXPECT_EQ(readFile(current(id).filePath()), serverFile(movie));
    EXPECT_LE(demo.server().mediaBytesSent(), 3 * MiB + MiB) << "resumed, not fetched again";
}

TEST_F(DownloadsTest, ReadyDownloadsLearnOfANewerVersionOrAGoneItemAndTheUserChooses)
{
    const QString movie = movies.at(7);
    const QString other = movies.at(8);
    cacheItem(movie);
    cacheItem(other);
    const QList<DownloadJob> jobs = queue({movie, other});
    ASSERT_TRUE(waitForState(jobs.at(0).id, DownloadState::Ready));
    ASSERT_TRUE(waitForState(jobs.at(1).id, DownloadState::Ready));
    const QByteArray kept = readFile(current(jobs.at(0).id).filePath());

    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 2 * MiB));
    ASSERT_TRUE(demo.server().deleteItem(other));
    cacheItem(movie); // the refresh brings the new Etag
    Q_EMIT broker.refreshFinished(QStringLiteral("item:") + movie, Error{});
    ASSERT_TRUE(waitUntil([&] { return current(jobs.at(0).id).serverCopy == ServerCopy::Newer; }, 10'000));
    ASSERT_EQ(ItemWriter(fixture.connection(), fixture.config()).remove({other}), 1); // what the refresh does
    service().checkServerCopies(); // the other left the cache: asked about too
    ASSERT_TRUE(waitUntil([&] { return current(jobs.at(1).id).serverCopy == ServerCopy::Gone; }, 10'000));
    EXPECT_EQ(readFile(current(jobs.at(0).id).filePath()), kept) << "nothing is replaced by itself";
    EXPECT_TRUE(QFile::exists(current(jobs.at(1).id).filePath())) << "nothing is deleted by itself";

    service().keepLocalCopy(jobs.at(1).id);
    EXPECT_EQ(current(jobs.at(1).id).serverCopy, ServerCopy::Current);
    service().replaceWithServerVersion(jobs.at(0).id);
    ASSERT_TRUE(waitForState(jobs.at(0).id, DownloadState::Ready));
    EXPECT_EQ(readFile(current(jobs.at(0).id).filePath()), serverFile(movie));
}

TEST_F(DownloadsTest, KeepNextThreeRefillsAfterAnEpisodeIsWatched)
{
    const QString series = demo.server().itemIds(DemoItemKind::Series).first();
    const Result<QList<MediaItem>> seasons = awaitResult(demo.backend().seasons(series));
    const Result<QList<MediaItem>> episodes = awaitResult(demo.backend().episodes(series));
    ASSERT_TRUE(seasons.ok() && episodes.ok() && episodes.value().size() >= 5);
    const QString libraryId = demo.server().libraryId(QStringLiteral("tvshows"));
    fixture.addLibrary(libraryId, QStringLiteral("Shows"), QStringLiteral("tvshows"));
    libraries.insert(libraryId);
    QList<MediaItem> rows;
    const Result<MediaItem> seriesItem = awaitResult(demo.backend().itemDetails(series));
    ASSERT_TRUE(seriesItem.ok());
    rows << seriesItem.value() << seasons.value() << episodes.value();
    for (MediaItem &row : rows) {
        row.libraryId = libraryId;
        if (row.type == ItemType::Season)
            row.parentId = series;
        if (row.type == ItemType::Episode)
            row.parentId = row.seasonId;
    }
    cacheItems(rows);
    const QList<MediaItem> &list = episodes.value();

    const Status ruled = awaitResult(service().setRule({service().serverId(), series, 3, 0}), 20'000);
    ASSERT_TRUE(ruled.ok()) << ruled.error().toString().toStdString();
    const auto downloadedIds = [&] {
        QStringList ids;
        for (const DownloadJob &job : service().jobs())
            ids.append(job.itemId);
        return ids;
    };
    EXPECT_EQ(downloadedIds(), (QStringList{list.at(0).id, list.at(1).id, list.at(2).id}));
    for (const DownloadJob &job : service().jobs())
        ASSERT_TRUE(waitForState(job.id, DownloadState::Ready));

    // Watched on the plane; the played mark reaches the server at the next Wi-Fi, and the rule follows.
    UserDataActions actions(writer, clock, &broker);
    ASSERT_TRUE(awaitResult(actions.setPlayed(list.at(0).id, true)).ok());
    worker.drainNow();
    ASSERT_TRUE(waitUntil([&] { return downloadedIds().contains(list.at(3).id); }, 20'000));
    ASSERT_TRUE(waitUntil([&] { return !downloadedIds().contains(list.at(0).id); }, 20'000))
        << "removed 0 days after it was watched";
    EXPECT_EQ(downloadedIds(), (QStringList{list.at(1).id, list.at(2).id, list.at(3).id}));
    EXPECT_TRUE(demo.userData(list.at(0).id).played);
}

TEST_F(DownloadsTest, ADownloadedEpisodePlaysWithTheServerUnreachableAndItsProgressArrivesLater)
{
    const QString series = demo.server().itemIds(DemoItemKind::Series).first();
    const Result<QList<MediaItem>> episodes = awaitResult(demo.backend().episodes(series));
    ASSERT_TRUE(episodes.ok());
    const QString episode = episodes.value().first().id;
    const qint64 id = queue({episode}).value(0).id;
    ASSERT_TRUE(waitForState(id, DownloadState::Ready));
    const UserData before = demo.userData(episode);
    ASSERT_FALSE(before.positionTicks > 0 || before.played);

    demo.server().setOffline(true);
    UserDataActions actions(writer, clock, &broker);
    PlaybackServices playback(actions, writer, clock);
    playback.setBackend(&demo.backend());
    MpvEngine engine(MpvEngine::Output::Headless);
    PlaybackController controller(engine, playback.reporter(), playback.planner(), playback.transcodes(), clock);
    QSignalSpy started(&engine, &PlaybackEngine::started);
    QElapsedTimer opening;
    opening.start();
    // What the player's findLocalCopy hook does with every request (PlayerHost).
    const std::optional<MediaLocator::LocalCopy> copy = downloads->locator().localCopy(episode);
    ASSERT_TRUE(copy);
    controller.play(PlaybackRequest{episode, copy->mediaSourceId, QStringLiteral("Episode"), 0, {}, copy->file});
    ASSERT_TRUE(waitUntil([&] { return !started.isEmpty(); }, 10'000)) << "it plays from disk with the server away";
    EXPECT_LT(opening.elapsed(), 5'000) << "no sign-in or connection timeout in the way";
    ASSERT_TRUE(waitUntil([&] { return engine.position() > 1.0; }, 10'000));
    engine.stop();
    ASSERT_TRUE(waitUntil([&] { return !controller.isPlaying(); }, 10'000));

    demo.server().setOffline(false);
    worker.drainNow();
    ASSERT_TRUE(waitUntil(
        [&] {
            const UserData now = demo.userData(episode);
            return now.positionTicks > 0 || now.played;
        },
        20'000));
}

TEST_F(DownloadsTest, AFullDiskPausesTheQueueCorruptsNothingAndDeletingStillWorks)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root; this test runs in CI as root";
    TestDirectory disk;
    ASSERT_EQ(::mount("tmpfs", QFile::encodeName(disk.path()).constData(), "tmpfs", 0, "size=64m"), 0)
        << std::strerror(errno);
    struct Unmount
    {
        QString path;
        ~Unmount() { ::umount2(QFile::encodeName(path).constData(), MNT_DETACH); }
    } unmount{disk.path()};
    DownloadSettings settings = service().settings();
    settings.folder = disk.path();
    service().applySettings(settings);

    // Both pass the free-space check alone (40 MB + margin of 64 MiB) and fill the disk together.
    const QString a = movies.at(20);
    const QString b = movies.at(21);
    const QString c = movies.at(22);
    ASSERT_TRUE(demo.server().replaceMediaFile(a, 40'000'000));
    ASSERT_TRUE(demo.server().replaceMediaFile(b, 40'000'000));
    ASSERT_TRUE(demo.server().replaceMediaFile(c, 4'000'000)); // fits beside a once b is deleted
    demo.server().setBandwidthLimit(30'000'000);
    const QList<DownloadJob> jobs = queue({a, b, c});
    ASSERT_EQ(jobs.size(), 3);
    ASSERT_TRUE(waitUntil(
        [&] {
            return current(jobs.at(0).id).reason == DownloadReason::DiskFull
                || current(jobs.at(1).id).reason == DownloadReason::DiskFull;
        },
        60'000));
    QTest::qWait(300);
    EXPECT_NE(current(jobs.at(2).id).state, DownloadState::Ready) << "the queue waits while the disk is full";
    EXPECT_NE(current(jobs.at(2).id).state, DownloadState::Transferring);
    for (const DownloadJob &job : jobs)
        EXPECT_FALSE(QFile::exists(current(job.id).filePath())) << "no incomplete file is ever in place";
    const QString waiting = DownloadStatusText::explanation(current(jobs.at(0).id).reason == DownloadReason::DiskFull
                                                                ? current(jobs.at(0).id)
                                                                : current(jobs.at(1).id));
    EXPECT_TRUE(waiting.contains(QStringLiteral("disk is full"))) << waiting.toStdString();

    // Deleting works on the full disk, makes room, and the queue goes on by itself.
    const QString removedPart = current(jobs.at(1).id).partPath();
    service().remove(jobs.at(1).id);
    EXPECT_FALSE(QFile::exists(removedPart));
    demo.server().setBandwidthLimit(0);
    ASSERT_TRUE(waitForState(jobs.at(0).id, DownloadState::Ready, 60'000))
        << DownloadStatusText::label(current(jobs.at(0).id)).toStdString();
    EXPECT_EQ(readFile(current(jobs.at(0).id).filePath()), serverFile(a)) << "what was cut off resumed cleanly";
    ASSERT_TRUE(waitForState(jobs.at(2).id, DownloadState::Ready, 30'000))
        << DownloadStatusText::label(current(jobs.at(2).id)).toStdString() << " "
        << current(jobs.at(2).id).sizeBytes;
}

TEST_F(DownloadsTest, AMissingDriveWaitsAsLocationUnavailableAndTheQuotaIsKept)
{
    // The folder's drive is not plugged in: nothing is created in its place.
    TestDirectory media;
    const QString drive = QDir(media.path()).filePath(QStringLiteral("usb-stick"));
    DownloadSettings settings = service().settings();
    settings.folder = QDir(drive).filePath(QStringLiteral("Marquee"));
    service().applySettings(settings);
    const qint64 id = queue({movies.at(30)}).value(0).id;
    ASSERT_TRUE(waitUntil([&] { return current(id).reason == DownloadReason::LocationUnavailable; }, 10'000));
    EXPECT_EQ(current(id).state, DownloadState::Waiting);
    EXPECT_EQ(DownloadStatusText::label(current(id)), QStringLiteral("Waiting: location unavailable"));
    EXPECT_FALSE(QFile::exists(drive)) << "no stand-in folder on the internal disk";
    ASSERT_TRUE(QDir().mkpath(drive)); // plugged in
    service().resume(id);
    ASSERT_TRUE(waitForState(id, DownloadState::Ready));
    EXPECT_TRUE(current(id).filePath().startsWith(drive));

    // The quota: what would pass it waits, saying so.
    settings.folder = folder.path();
    settings.maxTotalBytes = 2 * MiB;
    service().applySettings(settings);
    ASSERT_TRUE(demo.server().replaceMediaFile(movies.at(31), 3 * MiB));
    const qint64 big = queue({movies.at(31)}).value(0).id;
    ASSERT_TRUE(waitUntil([&] { return current(big).reason == DownloadReason::Quota; }, 10'000));
    EXPECT_TRUE(DownloadStatusText::explanation(current(big)).contains(QStringLiteral("more space than you allowed")));
    settings.maxTotalBytes = 0;
    service().applySettings(settings);
    ASSERT_TRUE(waitForState(big, DownloadState::Ready));
}

TEST_F(DownloadsTest, AfterARebootOnlyWhatWasSyncedIsTrusted)
{
    const QString movie = movies.at(32);
    ASSERT_TRUE(demo.server().replaceMediaFile(movie, 4 * MiB));
    demo.server().setBandwidthLimit(2 * MiB);
    const qint64 id = queue({movie}).value(0).id;
    ASSERT_TRUE(waitUntil([&] { return current(id).bytesDone > 2 * MiB; }, 20'000));
    const QString part = current(id).partPath();
    downloads.reset();
    // What the lane wrote as it stopped is in the database before the "power cut" is staged over it.
    QFuture<void> written = writer.run([](const QSqlDatabase &) {});
    ASSERT_TRUE(waitUntil([&] { return written.isFinished(); }));

    // A power cut: the row says another boot wrote the bytes and only the first MiB was synced; what lies past it
    // may be anything (here: garbage the file system kept).
    DownloadRepository repository(fixture.connection());
    DownloadJob job = *repository.job(id);
    job.bootId = QStringLiteral("a-boot-before-the-power-cut");
    job.syncedBytes = MiB;
    ASSERT_TRUE(repository.save(job));
    QFile file(part);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(MiB));
    file.write(QByteArray(int(MiB), 'x'));
    file.close();

    demo.server().setBandwidthLimit(0);
    demo.server().resetCounters();
    build();
    ASSERT_TRUE(waitForState(id, DownloadState::Ready));
    EXPECT_EQ(readFile(current(id).filePath()), serverFile(movie));
    EXPECT_EQ(demo.server().mediaBytesSent(), 3 * MiB) << "resumed from the synced MiB, not from the file's length";
}
