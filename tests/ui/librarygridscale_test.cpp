// SPDX-License-Identifier: GPL-3.0-or-later
// A measurement, not a timed test: with MARQUEE_SCALE_ITEMS=100000 it seeds that many movies (a quarter played,
// one in 500 a favourite, one in 50 a Western), prints what each sort and filter costs to count and to page, then
// opens the library page at 1280×800 and scrolls the whole grid a screenful per frame, printing the first paint and
// the frame times. Without the variable it is skipped, so ctest stays fast.
#include "storage/userdatarepository.h"
#include "storage/writetransaction.h"
#include "support/cachefixture.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/librarypage.h"
#include "uirepositories.h"

#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QScrollBar>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

const QString LibraryId = QStringLiteral("lib-big");

/// Counts the paints of the grid's viewport.
class PaintCounter : public QObject
{
public:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }

    int paints = 0;
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

void seed(CacheFixture &cache, int count)
{
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < count; done += 10'000) {
        QList<MediaItem> batch;
        for (int i = done; i < std::min(count, done + 10'000); ++i) {
            MediaItem movie = CacheFixture::movie(LibraryId, i, QStringLiteral("Movie"));
            if (i % 50 == 0)
                movie.genres = {QStringLiteral("Western")};
            batch << movie;
        }
        cache.write(batch);
    }
    const double itemsMs = msSince(timer);
    timer.restart();
    UserDataRepository userData(cache.connection());
    WriteTransaction transaction(cache.connection());
    for (int i = 0; i < count; ++i) {
        UserData data;
        data.itemId = CacheFixture::movie(LibraryId, i, QStringLiteral("Movie")).id;
        data.played = i % 4 == 1;
        data.isFavorite = i % 500 == 7;
        ASSERT_TRUE(userData.put(CacheFixture::ServerId, data));
    }
    ASSERT_TRUE(transaction.commit());
    std::printf("seeded %d movies in %.0f ms and their user data in %.0f ms\n", count, itemsMs, msSince(timer));
}

struct NamedView
{
    QByteArray name;
    LibraryView view;
};

QList<NamedView> viewsToMeasure()
{
    QList<NamedView> views;
    for (LibrarySort sort : {LibrarySort::Name, LibrarySort::Year, LibrarySort::DateAdded,
                             LibrarySort::CommunityRating}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            static const char *const names[] = {"name", "year", "date added", "rating"};
            LibraryView view;
            view.sort = sort;
            view.order = order;
            views.append({QByteArray(names[int(sort)]) + (order == Qt::AscendingOrder ? " asc" : " desc"), view});
        }
    }
    LibraryView unplayed;
    unplayed.unplayedOnly = true;
    LibraryView favourites;
    favourites.favouritesOnly = true;
    LibraryView drama;
    drama.genre = QStringLiteral("Drama");
    LibraryView western;
    western.genre = QStringLiteral("Western");
    western.sort = LibrarySort::Year;
    LibraryView wide;
    wide.searchText = QStringLiteral("mov");
    LibraryView narrow;
    narrow.searchText = QStringLiteral("movie 0123");
    LibraryView combined = unplayed;
    combined.genre = QStringLiteral("Drama");
    combined.sort = LibrarySort::CommunityRating;
    combined.order = Qt::DescendingOrder;
    views << NamedView{"unplayed (75%)", unplayed} << NamedView{"favourites (0.2%)", favourites}
          << NamedView{"genre Drama (98%)", drama} << NamedView{"genre Western (2%), by year", western}
          << NamedView{"search \"mov\" (all)", wide} << NamedView{"search \"movie 0123\" (10)", narrow}
          << NamedView{"unplayed Drama by rating", combined};
    return views;
}

void measureViews(ItemReader &reader)
{
    std::printf("%-30s %9s %8s %9s %9s %9s\n", "view", "rows", "count", "first", "last", "next");
    for (const NamedView &named : viewsToMeasure()) {
        const LibraryQuery query{LibraryId, ItemType::Movie, named.view};
        QElapsedTimer timer;
        timer.start();
        const int rows = reader.countInView(query);
        const double countMs = msSince(timer);
        timer.restart();
        (void)reader.libraryPage({query, {}, {}, 0, LibraryGridModel::DefaultPageSize});
        const double firstMs = msSince(timer);
        // The last page by offset (a jump of the scroll bar to the end), then its neighbour by keyset.
        const int lastOffset = std::max(0, rows - LibraryGridModel::DefaultPageSize);
        timer.restart();
        const LibraryRows last =
            reader.libraryPage({query, {}, {}, lastOffset, LibraryGridModel::DefaultPageSize, rows});
        const double lastMs = msSince(timer);
        timer.restart();
        if (!last.items.isEmpty())
            (void)reader.libraryPage({query, {}, last.first, 0, LibraryGridModel::DefaultPageSize});
        const double nextMs = msSince(timer);
        std::printf("%-30s %9d %6.2fms %7.2fms %7.2fms %7.2fms\n", named.name.constData(), rows, countMs, firstMs, lastMs, nextMs);
    }
}

TEST(LibraryGridScale, ScrollsAHugeLibraryToTheEnd)
{
    const int count = qEnvironmentVariableIntValue("MARQUEE_SCALE_ITEMS");
    if (count <= 0)
        GTEST_SKIP() << "set MARQUEE_SCALE_ITEMS (e.g. 100000) to measure";

    CacheFixture cache;
    cache.addLibrary(LibraryId, QStringLiteral("Everything"), QStringLiteral("movies"));
    seed(cache, count);
    UiRepositories repos(cache);
    measureViews(repos.items);

    QElapsedTimer timer;
    timer.start();
    LibraryPage page(repos.items, repos.settings, repos.images, *repos.libraries.byId(LibraryId));
    const double constructMs = msSince(timer);
    PaintCounter paints;
    page.view()->viewport()->installEventFilter(&paints);
    page.resize(1280 - 210, 800 - 30);
    timer.restart();
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    while (paints.paints == 0 && timer.elapsed() < 5000)
        QCoreApplication::processEvents();
    const double firstPaintMs = msSince(timer);

    QScrollBar *bar = page.view()->verticalScrollBar();
    QList<double> frames;
    QElapsedTimer wall;
    wall.start();
    while (bar->value() < bar->maximum() && wall.elapsed() < 600'000) {
        timer.restart();
        bar->setValue(bar->value() + page.view()->viewport()->height());
        page.view()->viewport()->repaint();
        QCoreApplication::processEvents();
        frames << msSince(timer);
    }
    std::sort(frames.begin(), frames.end());
    const auto over16 = std::count_if(frames.begin(), frames.end(), [](double ms) { return ms > 16.0; });
    double total = 0;
    for (double ms : frames)
        total += ms;

    // Jumps of the scroll bar to places nothing around is loaded: each reads a page by offset.
    double worstJumpMs = 0;
    for (int i = 1; i <= 20; ++i) {
        timer.restart();
        bar->setValue(int(qint64(bar->maximum()) * ((i * 7) % 20) / 20));
        page.view()->viewport()->repaint();
        QCoreApplication::processEvents();
        worstJumpMs = std::max(worstJumpMs, msSince(timer));
    }
    timer.restart();
    page.reload();
    page.view()->viewport()->repaint();
    const double reloadMs = msSince(timer);

    EXPECT_EQ(page.model()->rowCount(), count);
    EXPECT_LE(page.model()->loadedPageCount(), LibraryGridModel::MaxLoadedPages);
    std::printf("viewport %dx%d, scroll range %d, rows %d, pages in memory %d\n", page.view()->viewport()->width(),
                page.view()->viewport()->height(), bar->maximum(), page.model()->rowCount(),
                page.model()->loadedPageCount());
    std::printf("page construction (count + genres + settings): %.2f ms\n", constructMs);
    std::printf("show to first paint: %.2f ms\n", firstPaintMs);
    std::printf("scrolled the whole grid in %lld screenful frames: mean %.2f ms, median %.2f ms, p99 %.2f ms, "
                "worst %.2f ms, %lld over 16 ms\n",
                static_cast<long long>(frames.size()), total / std::max<qsizetype>(1, frames.size()),
                frames.isEmpty() ? 0.0 : frames.at(frames.size() / 2),
                frames.isEmpty() ? 0.0 : frames.at(std::min<qsizetype>(frames.size() - 1, frames.size() * 99 / 100)),
                frames.isEmpty() ? 0.0 : frames.constLast(), static_cast<long long>(over16));
    std::printf("worst jump of the scroll bar: %.2f ms; reload in place: %.2f ms; process RSS %ld KiB\n",
                worstJumpMs, reloadMs, residentKiB());
}

} // namespace
