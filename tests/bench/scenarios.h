// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchreport.h"

#include <QString>

#include <optional>

namespace marquee::bench {

/// What a run measures at which size; the defaults are issue #7's full size.
struct BenchSettings
{
    int refreshItems = 50'000;  ///< scenarios 1 and 2 (and the stall during 1)
    int cachedItems = 100'000;  ///< scenarios 3, 4 and 5
    int coldStartRuns = 9;
    int batchSize = 500;        ///< the refresh lane's default
    int queueEvents = 1'000;    ///< scenario 5's playback queue
    qint64 downloadBytes = 2LL << 30; ///< scenario 7's file (issue #13: 2 GB)
    QString marqueePath;        ///< the desktop app binary for the cold start
    QString workDirectory;      ///< caches are built here

    [[nodiscard]] QString describe() const;
};

/// Share of episodes in the generated libraries (issue #7: 30,000 of 50,000).
constexpr double EpisodeShare = 0.6;

/// 1 (full refresh vs raw sqlite3), 2 (unchanged refresh) and 4's GUI stall while 1 runs with its page on screen.
void runRefreshScenarios(const BenchSettings &settings, BenchReport &report);
/// 1 and 2 with the same library served by the demo server's Plex face, through a PlexBackend.
void runPlexRefreshScenarios(const BenchSettings &settings, BenchReport &report);
/// Fills a cache of settings.cachedItems from a demo server through the refresh lane; returns its data folder,
/// empty (and a failure in the report) if it could not be built.
QString prepareCachedLibrary(const BenchSettings &settings, BenchReport &report);
/// 4 (library page, scrolling the whole grid) and 5 (search, peak memory) over the cache in @p dataDir, measured in
/// a child process (measureCachedLibrary) so that its peak memory is Marquee's alone.
void runCachedScenarios(const BenchSettings &settings, const QString &dataDir, BenchReport &report);
/// The child's side: measures, prints the figures as JSON on stdout; the process exit code.
int measureCachedLibrary(const QString &dataDir);
/// 3: the real `marquee` binary started on @p dataDir until Home has painted, against `marquee --version`; and the
/// peak memory of those processes. Returns the median time to Home painted.
std::optional<double> runColdStartScenario(const BenchSettings &settings, const QString &dataDir, BenchReport &report);
/// 3 with three servers of 30,000 items each (fewer in a smoke run) in one cache, against @p oneServerMs (the
/// one-server figure of the same run): at most 1.5 times it (#14).
void runThreeServerColdStartScenario(const BenchSettings &settings, double oneServerMs, BenchReport &report);
/// 5: the playback queue's drain rate: settings.queueEvents positions queued offline, then delivered by the
/// PlaybackSyncWorker, against the same requests sent bare.
void runPlaybackQueueScenario(const BenchSettings &settings, BenchReport &report);
/// 6: *Play* to the first frame (headless libmpv) for direct play and an HLS transcode, with the server asked how to
/// play first, against mpv alone opening the same address.
void runPlaybackStartScenario(const BenchSettings &settings, BenchReport &report);
/// 7: one file of settings.downloadBytes through the download lane against curl on the same file and server, and
/// the resident memory while it downloads.
void runDownloadScenario(const BenchSettings &settings, BenchReport &report);

} // namespace marquee::bench
