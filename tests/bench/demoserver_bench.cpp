// SPDX-License-Identifier: GPL-3.0-or-later
// Demo server figures: generating a 100k-item library, and answering a 500-item /Items page
// (query, JSON serialisation, and end to end over loopback HTTP).
#include "demoserver/democontrols.h"
#include "demoserver/demolibrary.h"
#include "demoserver/demomediafiles.h"
#include "demoserver/demoserver.h"
#include "demoserver/demouserdatastore.h"
#include "demoserver/demoitemquery.h"
#include "demoserver/itemserializer.h"
#include "demoserver/librarygenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
    const DemoMediaFiles files(QByteArray(86964, '\0'), 0, 0);
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
