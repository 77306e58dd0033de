// SPDX-License-Identifier: GPL-3.0-or-later
// Real images where posters are painted: the library grid and the movie page draw what the image cache holds,
// fall back to the placeholder without it, and keep showing disk copies when the server is away.
#include "backend/awaitfuture.h"
#include "support/cachefixture.h"
#include "support/fakebackend.h"
#include "support/testimages.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/widgets/backdropwidget.h"
#include "ui/widgets/posterwidget.h"
#include "uirepositories.h"

#include <QListView>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::FakeBackend;
using marquee::test::UiRepositories;

namespace {

const QString LibraryId = QStringLiteral("lib-movies");
constexpr int PosterInset = 8; // PosterDelegate's padding around the poster in its cell
constexpr int WaitMs = 5000;

class PosterImagesTest : public ::testing::Test
{
protected:
    PosterImagesTest()
    {
        library = cache.addLibrary(LibraryId, QStringLiteral("Movies"), QStringLiteral("movies"));
        movies = cache.addMovies(LibraryId, 3);
        backend.putImage(movies.at(0).id, ImageType::Primary, marquee::test::pngOf(Qt::red));
        backend.putImage(movies.at(1).id, ImageType::Primary, marquee::test::pngOf(Qt::green));
        // movies[2] has a tag but the server has no image for it: a 404, so the placeholder stays.
    }

    /// Shows the page, lets it paint, ask, load and repaint.
    void showAndSettle(QWidget &page)
    {
        page.resize(900, 700);
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        QTest::qWait(20);
        ASSERT_TRUE(test::waitUntil([&] { return repos.images.pendingCount() == 0; }, WaitMs));
        QTest::qWait(20);
    }

    /// The colour at the middle of the poster in grid cell @p row.
    static QColor posterColour(LibraryPage &page, int row)
    {
        const QRect cell = page.view()->visualRect(page.model()->index(row));
        const QImage shot = page.view()->viewport()->grab().toImage();
        return shot.pixelColor(cell.left() + PosterInset + 75, cell.top() + PosterInset + 112);
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    FakeBackend backend;
    Library library;
    QList<MediaItem> movies;
};

} // namespace

TEST_F(PosterImagesTest, TheLibraryGridPaintsEachCachedPosterAndThePlaceholderElsewhere)
{
    repos.images.setBackend(&backend);
    LibraryPage page(repos.items, repos.settings, repos.images, library);
    showAndSettle(page);

    EXPECT_EQ(posterColour(page, 0), QColor(Qt::red));
    EXPECT_EQ(posterColour(page, 1), QColor(Qt::green));
    const QColor placeholder = posterColour(page, 2);
    EXPECT_NE(placeholder, QColor(Qt::red));
    EXPECT_NE(placeholder, QColor(Qt::green));
    EXPECT_EQ(backend.calls(QStringLiteral("image")), 3);
    EXPECT_EQ(backend.imageRequests().first().maxWidth, 160);

    // Painting again asks for nothing: the images are in memory, the missing one is remembered as missing.
    page.view()->viewport()->repaint();
    QTest::qWait(20);
    EXPECT_EQ(backend.calls(QStringLiteral("image")), 3);
}

TEST_F(PosterImagesTest, WithTheServerAwayTheGridShowsWhatIsOnDisk)
{
    repos.images.setBackend(&backend);
    const ImageSpec first{movies.at(0).id, ImageType::Primary, movies.at(0).primaryImageTag, QSize(150, 225)};
    QFuture<Result<bool>> download = repos.images.download(first);
    ASSERT_TRUE(test::waitUntil([&] { return download.isFinished(); }, WaitMs));
    ASSERT_TRUE(download.result().value());
    backend.setFailure(ErrorKind::Offline);

    LibraryPage page(repos.items, repos.settings, repos.images, library);
    showAndSettle(page);
    EXPECT_EQ(posterColour(page, 0), QColor(Qt::red)) << "from the disk store";
    EXPECT_NE(posterColour(page, 1), QColor(Qt::green)) << "never downloaded: the placeholder";
}

TEST_F(PosterImagesTest, TheMoviePageShowsThePosterAndTheBackdrop)
{
    MediaItem movie = movies.at(0);
    movie.backdropImageTag = QStringLiteral("backdrop-tag");
    movie.etag += QStringLiteral("-with-backdrop"); // an unchanged etag is not rewritten
    cache.write({movie});
    backend.putImage(movie.id, ImageType::Backdrop, marquee::test::pngOf(Qt::blue, QSize(1280, 720)));
    repos.images.setBackend(&backend);

    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(movie.id);
    showAndSettle(page);

    auto *poster = page.findChild<PosterWidget *>();
    auto *backdrop = page.findChild<BackdropWidget *>();
    ASSERT_NE(poster, nullptr);
    ASSERT_NE(backdrop, nullptr);
    ASSERT_TRUE(backdrop->isVisible());
    const QImage posterShot = poster->grab().toImage();
    EXPECT_EQ(posterShot.pixelColor(posterShot.width() / 2, posterShot.height() / 2), QColor(Qt::red));
    const QImage backdropShot = backdrop->grab().toImage();
    EXPECT_EQ(backdropShot.pixelColor(backdropShot.width() / 2, backdropShot.height() / 3), QColor(Qt::blue));

    // A movie without a backdrop gets the band in its own colour, never the image of the movie before.
    page.showItem(movies.at(1).id);
    showAndSettle(page);
    const QImage placeholderShot = backdrop->grab().toImage();
    EXPECT_NE(placeholderShot.pixelColor(placeholderShot.width() / 2, placeholderShot.height() / 3), QColor(Qt::blue));
}

TEST_F(PosterImagesTest, PostersThatFailedWhileTheServerWasAwayLoadWhenItAnswersAgain)
{
    repos.images.setBackend(&backend);
    backend.setFailure(ErrorKind::Offline);
    LibraryPage grid(repos.items, repos.settings, repos.images, library);
    showAndSettle(grid);
    MovieDetailsPage details(repos.details, repos.images);
    details.showItem(movies.at(1).id);
    showAndSettle(details);
    ASSERT_NE(posterColour(grid, 0), QColor(Qt::red)) << "offline: the placeholder";
    auto *poster = details.findChild<PosterWidget *>();
    ASSERT_NE(poster, nullptr);
    const auto posterCentre = [poster] {
        const QImage shot = poster->grab().toImage();
        return shot.pixelColor(shot.width() / 2, shot.height() / 2);
    };
    ASSERT_NE(posterCentre(), QColor(Qt::green));

    // The server is back (the connectivity monitor says so): nobody scrolls, nobody restarts.
    backend.setFailure(ErrorKind::None);
    repos.images.retryFailed();
    EXPECT_TRUE(test::waitUntil(
        [&] { return posterColour(grid, 0) == QColor(Qt::red) && posterColour(grid, 1) == QColor(Qt::green); }, WaitMs))
        << "the grid kept the placeholders of offline failures";
    EXPECT_TRUE(test::waitUntil([&] { return posterCentre() == QColor(Qt::green); }, WaitMs))
        << "the details page kept the placeholder of an offline failure";
}
