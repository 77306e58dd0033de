// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #3's figure, measured in one run on the same data: how long the demo server takes to answer
// a 500-item /Items page of a 100,000-item library over loopback, against how long the client takes
// to store that same page (the real JellyfinItemParser, then the real ItemBatchWriter into an
// on-disk cache). The server must be well under the client.
//
//   build/tests/bench/pagecost_bench [rounds=21]
#include "backend/jellyfinitemparser.h"
#include "backend/jellyfinrequests.h"
#include "backend/jellyfinresponseparser.h"
#include "demoserver/demoserver.h"
#include "httpfetch.h"
#include "storage/cachemetarepository.h"
#include "storage/database.h"
#include "storage/itembatchwriter.h"
#include "storage/libraryrepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace marquee;
using marquee::bench::fetch;

namespace {

constexpr int PageSize = 500;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// The client's side of one page: parse it, then write it in one batch, as LibraryRefreshJob does.
struct ClientStore
{
    double parseMs = 0;
    double storeMs = 0;
    int items = 0;
};

ClientStore parseAndStore(const QByteArray &body, const QString &libraryId, const QString &serverId,
                          ItemBatchWriter &writer)
{
    ClientStore out;
    QElapsedTimer timer;
    timer.start();
    Result<ItemPage> page = JellyfinItemParser::parseItemPage(body, DetailLevel::Summary);
    out.parseMs = msSince(timer);
    if (!page)
        return out;
    for (MediaItem &item : page.value().items)
        item.libraryId = libraryId;
    timer.restart();
    const Result<int> written = writer.write(serverId, page.value().items, QDateTime::currentMSecsSinceEpoch());
    out.storeMs = msSince(timer);
    out.items = written ? int(page.value().items.size()) : -1;
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 21;

    DemoServerOptions options; // 43,000 movies + 1,000 series ≈ 100,000 items, as demoserver_bench
    options.seed = 11;
    options.movies = 43'000;
    options.series = 1'000;
    DemoServer server(options);
    QElapsedTimer timer;
    timer.start();
    if (!server.start())
        return 1;
    std::printf("library: %d items, generated and started in %.0f ms\n", server.itemCount(), msSince(timer));

    QTemporaryDir dir;
    Database database(DatabasePaths::inDirectory(dir.path()));
    if (!database.open().ok)
        return 1;
    QSqlDatabase db = database.connection();
    CacheMetaRepository(db).setServerId(server.serverId());
    const CacheConfig config;

    const JellyfinRequests requests(server.baseUrl(), ClientIdentity::forThisDevice(QStringLiteral("bench")));
    const QString token = server.createAccessToken(QStringLiteral("bench"));
    QNetworkAccessManager nam;
    const auto views = JellyfinResponseParser::parseLibraries(
        fetch(nam, requests.request(HttpMethod::Get, QStringLiteral("/UserViews"), {{QStringLiteral("userId"), server.userId()}}, token)));
    {
        WriteTransaction transaction(db);
        if (!views || !LibraryRepository(db, config).replaceAll(views.value(), 0) || !transaction.commit())
            return 1;
    }

    // The listing LibraryRefreshJob sends: a library's movies by sort name, 500 at a time.
    ItemQuery query;
    query.parentId = server.libraryId(QStringLiteral("movies"));
    query.includeItemTypes = {ItemType::Movie};
    query.limit = PageSize;
    auto pageRequest = [&](int startIndex) {
        query.startIndex = startIndex;
        return requests.request(HttpMethod::Get, QStringLiteral("/Items"),
                                JellyfinRequests::itemQuery(query, server.userId(), false), token);
    };
    timer.restart();
    const QByteArray first = fetch(nam, pageRequest(0)); // sorts the library once; not a steady page
    std::printf("first page (sorts and caches the order): %.1f ms, %lld bytes\n", msSince(timer),
                qlonglong(first.size()));

    ItemBatchWriter writer(db, config);
    QList<double> serverMs, parseMs, storeMs, clientMs;
    const int pages = 43'000 / PageSize;
    for (int r = 0; r < rounds; ++r) {
        const HttpRequest request = pageRequest(PageSize * (1 + (r * 37) % (pages - 1)));
        timer.restart();
        const QByteArray body = fetch(nam, request);
        serverMs.append(msSince(timer));
        const ClientStore client = parseAndStore(body, query.parentId, server.serverId(), writer);
        if (client.items != PageSize) {
            std::fprintf(stderr, "round %d: stored %d items, expected %d\n", r, client.items, PageSize);
            return 1;
        }
        parseMs.append(client.parseMs);
        storeMs.append(client.storeMs);
        clientMs.append(client.parseMs + client.storeMs);
    }
    const double server500 = median(serverMs);
    const double client500 = median(clientMs);
    std::printf("medians of %d pages: server %.2f ms (min %.2f), client parse %.2f ms + store %.2f ms\n", rounds,
                server500, *std::min_element(serverMs.cbegin(), serverMs.cend()), median(parseMs), median(storeMs));
    std::printf("server 500-item page: %.2f ms, client parse+store: %.2f ms, ratio %.1f\n", server500, client500,
                client500 / server500);
    server.stop();
    return 0;
}
