// SPDX-License-Identifier: GPL-3.0-or-later
// Demo server figures: generating a 100k-item library, answering a 500-item /Items page
// (query, JSON serialisation, and end to end over loopback HTTP), and the looped stream of a 3-hour movie.
#include "demoserver/democontrols.h"
#include "demoserver/demolibrary.h"
#include "demoserver/demomediafiles.h"
#include "demoserver/demoserver.h"
#include "demoserver/demovideo.h"
#include "demoserver/demouserdatastore.h"
#include "demoserver/demoitemquery.h"
#include "demoserver/itemserializer.h"
#include "demoserver/librarygenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <benchmark/benchmark.h>

using namespace marquee;

namespace {

// 43,000 movies + 1,000 series (1-6 seasons of 6-24 episodes) is about 100,000 items.
DemoLibrarySpec bigSpec()
{
    return DemoLibrarySpec{11, 43'000, 1'000};
}

struct BigLibrary
{
    DemoLibrary library;
    DemoUserDataStore userData;
    BigLibrary() { LibraryGenerator::generate(bigSpec(), library, userData); }
};

BigLibrary &big()
{
    static BigLibrary lib;
    return lib;
}

DemoDtoOptions typicalOptions()
{
    DemoDtoOptions options;
    for (const char *f : {"etag", "datecreated", "sortname", "overview", "genres", "parentid",
                          "primaryimageaspectratio", "childcount"})
        options.fields.insert(QString::fromLatin1(f));
    return options;
}

void BM_Generate100k(benchmark::State &state)
{
    qsizetype items = 0;
    for (auto _ : state) {
        DemoLibrary library;
        DemoUserDataStore userData;
        LibraryGenerator::generate(bigSpec(), library, userData);
        items = library.size();
        benchmark::DoNotOptimize(items);
    }
    state.counters["items"] = double(items);
}
BENCHMARK(BM_Generate100k)->Unit(benchmark::kMillisecond)->Iterations(3);

DemoItemFilter movieAndSeriesFilter()
{
    DemoItemFilter filter;
    filter.recursive = true;
    filter.includeTypes = {DemoItemKind::Movie, DemoItemKind::Series};
    return filter;
}

void BM_QueryPage500(benchmark::State &state)
{
    DemoItemQuery query(big().library, big().userData);
    const DemoSort sort{{QStringLiteral("SortName")}, {}};
    // The first query sorts the whole library once and caches the order; time it on its own.
    QElapsedTimer first;
    first.start();
    benchmark::DoNotOptimize(query.run(movieAndSeriesFilter(), sort, 0, 500).indexes.size());
    state.counters["first_ms"] = double(first.nsecsElapsed()) / 1e6;
    for (auto _ : state) {
        const auto page = query.run(movieAndSeriesFilter(), sort, 20'000, 500);
        benchmark::DoNotOptimize(page.indexes.size());
    }
}
BENCHMARK(BM_QueryPage500)->Unit(benchmark::kMillisecond);

void BM_SerializePage500(benchmark::State &state)
{
    DemoItemQuery query(big().library, big().userData);
    // Not a readable clip: every item's file is its 86,964 bytes, and Size costs what a constant does.
    const DemoMediaFiles files(QByteArray(86964, '\0'), 0);
    const DemoControls controls;
    ItemSerializer serializer(big().library, big().userData, files, controls,
                              QStringLiteral("0123456789abcdef0123456789abcdef"));
    const auto page = query.run(movieAndSeriesFilter(), DemoSort{{QStringLiteral("SortName")}, {}}, 20'000, 500);
    const DemoDtoOptions options = typicalOptions();
    qsizetype bytes = 0;
    for (auto _ : state) {
        QList<const DemoItem *> items;
        for (const int i : page.indexes)
            items.append(&big().library.items()[size_t(i)]);
        const QByteArray body = serializer.queryResult(items, options, page.totalRecordCount, 20'000);
        bytes = body.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_SerializePage500)->Unit(benchmark::kMillisecond);

void BM_HttpPage500(benchmark::State &state)
{
    DemoServerOptions options;
    options.seed = 11;
    options.movies = 43'000;
    options.series = 1'000;
    DemoServer server(options);
    if (!server.start()) {
        state.SkipWithError("server did not start");
        return;
    }
    const QString token = server.createAccessToken();
    QNetworkAccessManager nam;
    int start = 0;
    bool warm = false;
    for (auto _ : state) {
        if (!warm) { // the first page also sorts the library once; keep it out of the steady figure
            state.PauseTiming();
        }
        QNetworkRequest req(QUrl(server.baseUrl().toString()
                                 + QStringLiteral("/Items?recursive=true&includeItemTypes=Movie,Series&sortBy=SortName"
                                                  "&fields=Etag,DateCreated,SortName,Overview,Genres,ParentId,"
                                                  "PrimaryImageAspectRatio,ChildCount&enableUserData=true"
                                                  "&startIndex=%1&limit=500")
                                       .arg(start)));
        req.setRawHeader("Authorization", "MediaBrowser Client=\"bench\", Token=\"" + token.toLatin1() + '"');
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        benchmark::DoNotOptimize(reply->readAll().size());
        delete reply;
        start = (start + 500) % 40'000;
        if (!warm) {
            warm = true;
            state.ResumeTiming();
        }
    }
}
BENCHMARK(BM_HttpPage500)->Unit(benchmark::kMillisecond)->UseRealTime();

QByteArray sampleClip()
{
    QFile file(QStringLiteral(":/demoserver/sample.mp4"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What the first request of a player costs the demo server for a 3-hour movie: the looped file's head (moov with
// every loop's sample tables), built once per runtime and then cached.
void BM_LoopedStreamHead3h(benchmark::State &state)
{
    const QByteArray clip = sampleClip();
    qint64 head = 0;
    for (auto _ : state) {
        const DemoVideo video(clip); // a fresh cache each round
        const auto stream = video.stream(3LL * 3600 * 10'000'000);
        head = stream->read(0, 8 << 20).size();
        benchmark::DoNotOptimize(head);
    }
    state.counters["head_MB_read"] = double(head) / (1 << 20);
}
BENCHMARK(BM_LoopedStreamHead3h)->Unit(benchmark::kMillisecond);

// Serving the media bytes of a looped stream, as mpv reads them: 256 KiB pieces from an hour in.
void BM_LoopedStreamRead(benchmark::State &state)
{
    const DemoVideo video(sampleClip());
    const auto stream = video.stream(3LL * 3600 * 10'000'000);
    qint64 offset = stream->size() / 3;
    for (auto _ : state) {
        benchmark::DoNotOptimize(stream->read(offset, 256 * 1024));
        offset += 256 * 1024;
    }
    state.SetBytesProcessed(state.iterations() * 256 * 1024);
}
BENCHMARK(BM_LoopedStreamRead)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
