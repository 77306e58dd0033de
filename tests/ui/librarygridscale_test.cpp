// SPDX-License-Identifier: GPL-3.0-or-later
// A measurement, not a timed test: with MARQUEE_SCALE_ITEMS=100000 it seeds that many movies, opens the library
// page at 1280×800 and scrolls to the end in page steps, printing the first page read, the first paint and the
// worst step. Without the variable it is skipped, so ctest stays fast.
#include "support/cachefixture.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/librarypage.h"
#include "uirepositories.h"

#include <QElapsedTimer>
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

TEST(LibraryGridScale, ScrollsAHugeLibraryToTheEnd)
{
    const int count = qEnvironmentVariableIntValue("MARQUEE_SCALE_ITEMS");
    if (count <= 0)
        GTEST_SKIP() << "set MARQUEE_SCALE_ITEMS (e.g. 100000) to measure";

    CacheFixture cache;
    cache.addLibrary(QStringLiteral("lib-big"), QStringLiteral("Everything"), QStringLiteral("movies"));
    QElapsedTimer seeding;
    seeding.start();
    for (int done = 0; done < count; done += 10'000) {
        QList<MediaItem> batch;
        for (int i = done; i < std::min(count, done + 10'000); ++i)
            batch << CacheFixture::movie(QStringLiteral("lib-big"), i, QStringLiteral("Movie"));
        cache.write(batch);
    }
    std::printf("seeded %d movies in %lld ms\n", count, seeding.elapsed());
    UiRepositories repos(cache);

    QElapsedTimer timer;
    timer.start();
    LibraryPageRequest deep{QStringLiteral("lib-big"), ItemType::Movie, PageCursor{QStringLiteral("movie %1").arg(count - 300, 5, 10, QLatin1Char('0')), {}}, 200};
    const QList<ItemSummary> deepPage = repos.items.libraryPage(deep);
    const double deepReadMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    LibraryPage page(repos.items, repos.images, *repos.libraries.byId(QStringLiteral("lib-big")));
    const double constructMs = double(timer.nsecsElapsed()) / 1e6;
    PaintCounter paints;
    page.view()->viewport()->installEventFilter(&paints);
    page.resize(1280 - 210, 800 - 30);
    timer.restart();
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    while (paints.paints == 0 && timer.elapsed() < 5000)
        QCoreApplication::processEvents();
    const double firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
    double worstPaintMs = 0;

    QScrollBar *bar = page.view()->verticalScrollBar();
    LibraryGridModel *model = page.model();
    double worstStepMs = 0;
    double worstFetchStepMs = 0;
    double totalMs = 0;
    int steps = 0;
    int fetchSteps = 0;
    QElapsedTimer wall;
    wall.start();
    while ((model->canFetchMore({}) || bar->value() < bar->maximum()) && wall.elapsed() < 600'000) {
        const int rowsBefore = model->rowCount();
        timer.restart();
        bar->setValue(bar->value() + page.view()->viewport()->height());
        QElapsedTimer paintTimer;
        paintTimer.start();
        page.view()->viewport()->repaint();
        const double paintMs = double(paintTimer.nsecsElapsed()) / 1e6;
        if (paintMs > 20)
            std::printf("slow paint %.2f ms at step %d (value %d of %d, %d rows)\n", paintMs, steps, bar->value(),
                        bar->maximum(), model->rowCount());
        worstPaintMs = std::max(worstPaintMs, paintMs);
        QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("MARQUEE_SCALE_TRACE") && steps % 50 == 0)
            std::printf("step %d value %d max %d rows %d\n", steps, bar->value(), bar->maximum(), model->rowCount());
        totalMs += ms;
        ++steps;
        worstStepMs = std::max(worstStepMs, ms);
        if (model->rowCount() != rowsBefore) {
            ++fetchSteps;
            worstFetchStepMs = std::max(worstFetchStepMs, ms);
        }
    }
    // The model alone, without a view: what one fetchMore costs at the GUI thread's end.
    LibraryGridModel bare(repos.items);
    bare.setLibrary(QStringLiteral("lib-big"), ItemType::Movie);
    double worstFetchMs = 0;
    double firstFetchMs = 0;
    while (bare.canFetchMore({})) {
        timer.restart();
        bare.fetchMore({});
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (bare.rowCount() <= LibraryGridModel::DefaultPageSize)
            firstFetchMs = ms;
        worstFetchMs = std::max(worstFetchMs, ms);
    }
    std::printf("model fetchMore without a view: first page %.2f ms, worst %.2f ms\n", firstFetchMs, worstFetchMs);
    std::printf("viewport %dx%d, scroll range %d, rows %d\n", page.view()->viewport()->width(),
                page.view()->viewport()->height(), bar->maximum(), model->rowCount());
    EXPECT_EQ(model->rowCount(), count);
    EXPECT_EQ(bar->value(), bar->maximum());
    std::printf("deep page read (200 rows near the end): %.2f ms (%lld rows)\n", deepReadMs,
                static_cast<long long>(deepPage.size()));
    std::printf("page construction incl. first page read: %.2f ms\n", constructMs);
    std::printf("show to first paint: %.2f ms\n", firstPaintMs);
    std::printf("scrolled to the end in %d page steps (%d with a fetchMore): mean %.2f ms, worst %.2f ms, "
                "worst with fetchMore %.2f ms, worst single paint %.2f ms\n",
                steps, fetchSteps, totalMs / std::max(1, steps), worstStepMs, worstFetchStepMs, worstPaintMs);
}

} // namespace
