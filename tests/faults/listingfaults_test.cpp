// SPDX-License-Identifier: GPL-3.0-or-later
// A lying or self-contradicting listing (issue #19, point 1): a count that lies, ids that repeat, a listing that
// shrinks while it is read, an id pass that disagrees with the count, and a listing that would empty a library on
// its word alone. Each removes nothing and ends the run with an error that says so; a library really emptied on the
// server still empties. The same rules hold for the library list and a series' seasons and episodes.
#include "app/clirunner.h"
#include "faultfixture.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/syncstaterepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>

using namespace marquee;
using namespace marquee::test;

namespace {

QJsonObject rootOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString param(const FakeRequest &request, const char *name)
{
    return request.query.queryItemValue(QString::fromLatin1(name));
}

/// Keeps @p keep of the page's items and announces @p announced as its count (unset: the items left).
QByteArray cutPage(const QByteArray &body, qsizetype keep, std::optional<qint64> announced = std::nullopt)
{
    QJsonObject root = rootOf(body);
    QJsonArray items = root.value(QStringLiteral("Items")).toArray();
    while (items.size() > keep)
        items.removeLast();
    root[QStringLiteral("Items")] = items;
    root[QStringLiteral("TotalRecordCount")] = double(announced.value_or(items.size()));
    return compact(root);
}

QStringList idsIn(const QByteArray &body)
{
    QStringList ids;
    for (const QJsonValue &item : rootOf(body).value(QStringLiteral("Items")).toArray())
        ids << item.toObject().value(QStringLiteral("Id")).toString();
    return ids;
}

class ListingFaults : public FaultFixture
{
protected:
    /// A page of the full movies listing (not the count, not the id pass, not a listing of changes).
    [[nodiscard]] bool isMoviesPage(const FakeRequest &request) const
    {
        return request.path == QLatin1String("/Items") && param(request, "parentId") == moviesId
               && param(request, "limit") == QString::number(BatchSize) && param(request, "minDateLastSaved").isEmpty();
    }
    [[nodiscard]] static bool isIdPass(const FakeRequest &request)
    {
        return request.path == QLatin1String("/Items") && param(request, "limit") == QStringLiteral("5000");
    }
    [[nodiscard]] int cachedMovies() const
    {
        return ItemReader(services->database().connection()).countInLibrary(moviesId, ItemType::Movie);
    }
    [[nodiscard]] SyncRun lastRun(const QString &scope) const
    {
        for (const SyncRun &run : SyncStateRepository(services->database().connection()).recentRuns(50)) {
            if (run.scope == scope)
                return run;
        }
        return {};
    }
    void expectRefusedAndUnchanged(const Error &error, const char *says)
    {
        EXPECT_EQ(error.kind, ErrorKind::Contradictory) << error.toString().toStdString();
        EXPECT_TRUE(error.message.contains(QString::fromLatin1(says))) << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("Nothing was removed"))) << error.message.toStdString();
        const CacheDigest after = digest();
        std::printf("items before %d, after %d; user data %d, %d; queued changes %d, %d\n", before.items, after.items,
                    before.userData, after.userData, before.queued, after.queued);
        EXPECT_EQ(after, before);
    }
};

} // namespace

TEST_F(ListingFaults, ACountOfTenToTheTwelfthWithTenItemsRemovesNothing)
{
    // The server: every page holds 10 items and claims 10^12.
    proxy->setTamper([this](const FakeRequest &request, FakeResponse &response) {
        if (isMoviesPage(request))
            response.body = cutPage(response.body, 10, 1'000'000'000'000LL);
    });
    expectRefusedAndUnchanged(refresh(moviesScope()), "announced 1,000,000,000,000 items but sent 10");
    EXPECT_EQ(cachedMovies(), 120);
}

TEST_F(ListingFaults, MarqueeCliSyncSaysSoAndExitsNonZero)
{
    proxy->setTamper([this](const FakeRequest &request, FakeResponse &response) {
        if (isMoviesPage(request))
            response.body = cutPage(response.body, 10, 1'000'000'000'000LL);
    });
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = CliRunner(outStream, errStream)
                         .run({QStringLiteral("marquee-cli"), QStringLiteral("--data-dir"), directory.path(),
                               QStringLiteral("--file-credentials"), QStringLiteral("sync"), QStringLiteral("--full")});
    outStream.flush();
    errStream.flush();
    std::printf("marquee-cli sync --full: exit %d\n%s%s", code, qPrintable(out), qPrintable(err));
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(err.contains(QStringLiteral("contradicted itself"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Nothing was removed"))) << err.toStdString();
    EXPECT_EQ(digest(), before);
}

TEST_F(ListingFaults, IdsRepeatedAcrossPagesRemoveNothing)
{
    // The third page starts with the last 15 items of the second, as a listing that shifted under the client would.
    auto secondPage = std::make_shared<QByteArray>();
    proxy->setTamper([this, secondPage](const FakeRequest &request, FakeResponse &response) {
        if (!isMoviesPage(request))
            return;
        const int start = param(request, "startIndex").toInt();
        if (start == BatchSize) {
            *secondPage = response.body;
        } else if (start == 2 * BatchSize) {
            QJsonObject root = rootOf(response.body);
            QJsonArray shifted;
            const QJsonArray previous = rootOf(*secondPage).value(QStringLiteral("Items")).toArray();
            for (qsizetype i = 10; i < previous.size(); ++i)
                shifted.append(previous.at(i));
            const QJsonArray own = root.value(QStringLiteral("Items")).toArray();
            for (qsizetype i = 0; shifted.size() < BatchSize; ++i)
                shifted.append(own.at(i));
            root[QStringLiteral("Items")] = shifted;
            response.body = compact(root);
        }
    });
    expectRefusedAndUnchanged(refresh(moviesScope()), "listed the same item twice");
}

TEST_F(ListingFaults, AListingThatShrinksWhileItIsReadRemovesNothingAndTheNextRefreshDoes)
{
    // Three movies of the first page are deleted on the server as soon as that page has gone out: every later page
    // shifts by three, and three movies that are still there are never listed.
    std::atomic<bool> deleted{false};
    proxy->setTamper([&](const FakeRequest &request, FakeResponse &response) {
        if (isMoviesPage(request) && param(request, "startIndex") == QStringLiteral("0") && !deleted.exchange(true)) {
            for (const QString &id : idsIn(response.body).mid(0, 3))
                demo.deleteItem(id);
        }
    });
    expectRefusedAndUnchanged(refresh(moviesScope()), "count fell from 120 to 117");

    proxy->clearTamper();
    const Error again = refresh(moviesScope());
    EXPECT_FALSE(again.isError()) << again.toString().toStdString();
    std::printf("the next refresh: movies %d (the three deleted on the server are gone)\n", cachedMovies());
    EXPECT_EQ(cachedMovies(), 117);
}

TEST_F(ListingFaults, AnIdPassThatDisagreesWithTheCountRemovesNothing)
{
    const std::optional<SyncState> state = SyncStateRepository(services->database().connection()).state(moviesScope());
    ASSERT_TRUE(state && !state->watermark.isEmpty()) << "the next movies refresh is incremental";
    // One movie really goes, so that the counts differ and the ids are listed; the id listing then leaves out 30
    // more, with a count that matches its own items but not the separate count.
    ASSERT_TRUE(demo.deleteItem(demo.itemIds(DemoItemKind::Movie).constLast()));
    proxy->setTamper([](const FakeRequest &request, FakeResponse &response) {
        if (isIdPass(request))
            response.body = cutPage(response.body, 119 - 30);
    });
    expectRefusedAndUnchanged(refresh(moviesScope(), false), "it sent 89 items but a separate count says 119");
}

TEST_F(ListingFaults, AMassRemovalWaitsForASecondLookThatAgrees)
{
    // A listing that holds together (10 items, count 10) but leaves out 110 of 120: the separate id listing says 120.
    proxy->setTamper([this](const FakeRequest &request, FakeResponse &response) {
        if (isMoviesPage(request))
            response.body = cutPage(response.body, 10);
    });
    expectRefusedAndUnchanged(refresh(moviesScope()), "a second look does not agree");
    const SyncRun run = lastRun(moviesScope());
    EXPECT_EQ(run.status, QStringLiteral("failed"));
    EXPECT_EQ(run.deleted, 0);
    EXPECT_TRUE(run.error.contains(QStringLiteral("leaves out 110 of the 120 items"))) << run.error.toStdString();
}

TEST_F(ListingFaults, ALibraryReallyEmptiedOnTheServerStillEmptiesAndSyncActivitySaysWhy)
{
    for (const QString &id : demo.itemIds(DemoItemKind::Movie))
        ASSERT_TRUE(demo.deleteItem(id));
    // Incremental: the count says 0, the id listing agrees.
    const Error incremental = refresh(moviesScope(), false);
    EXPECT_FALSE(incremental.isError()) << incremental.toString().toStdString();
    std::printf("movies before %d, after %d\n", before.items, cachedMovies());
    EXPECT_EQ(cachedMovies(), 0);
    const SyncRun run = lastRun(moviesScope());
    EXPECT_EQ(run.deleted, 120);
    EXPECT_TRUE(run.note.contains(QStringLiteral("Removed 120 of the 120 items"))) << run.note.toStdString();

    // Full: the listing is empty, the separate id listing agrees.
    for (const QString &id : demo.itemIds(DemoItemKind::Series))
        ASSERT_TRUE(demo.deleteItem(id));
    const Error full = refresh(showsScope(), true);
    EXPECT_FALSE(full.isError()) << full.toString().toStdString();
    EXPECT_EQ(digest().items, 0);
    EXPECT_TRUE(lastRun(showsScope()).note.contains(QStringLiteral("a separate list of 0 ids")))
        << lastRun(showsScope()).note.toStdString();
}

TEST_F(ListingFaults, ASeriesListingThatLosesMostEpisodesRemovesNothing)
{
    const QString seriesId = demo.itemIds(DemoItemKind::Series).constFirst();
    proxy->setTamper([seriesId](const FakeRequest &request, FakeResponse &response) {
        if (request.path.startsWith(QStringLiteral("/Shows/") + seriesId) && request.path.endsWith(QLatin1String("/Episodes")))
            response.body = cutPage(response.body, 2);
    });
    expectRefusedAndUnchanged(refresh(QStringLiteral("series:") + seriesId), "a second look does not agree");
}

TEST_F(ListingFaults, ALibraryListWithoutTheMoviesLibraryRemovesNothing)
{
    proxy->setTamper([this](const FakeRequest &request, FakeResponse &response) {
        if (request.path != QLatin1String("/UserViews"))
            return;
        QJsonObject root = rootOf(response.body);
        QJsonArray kept;
        for (const QJsonValue &view : root.value(QStringLiteral("Items")).toArray()) {
            if (view.toObject().value(QStringLiteral("Id")).toString() != moviesId)
                kept.append(view);
        }
        root[QStringLiteral("Items")] = kept;
        root[QStringLiteral("TotalRecordCount")] = kept.size();
        response.body = compact(root);
    });
    expectRefusedAndUnchanged(refresh(QStringLiteral("libraries")), "the server still has 120 items in");
    EXPECT_TRUE(LibraryRepository(services->database().connection(), services->cacheConfig()).byId(moviesId));
}
