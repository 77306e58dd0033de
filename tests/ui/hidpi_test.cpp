// SPDX-License-Identifier: GPL-3.0-or-later
// Crisp at any scale: ctest runs this at scale 1 and again under QT_SCALE_FACTOR=1.5 and 2. Posters are fetched
// and decoded at the screen's device pixels, the icon is drawn at them, and no text is clipped at 800 × 600.
#include "support/cachefixture.h"
#include "support/fakebackend.h"
#include "support/testimages.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/pages/librarypage.h"
#include "uirepositories.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <gtest/gtest.h>
#include <cmath>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::FakeBackend;
using marquee::test::UiRepositories;

namespace {

constexpr int WaitMs = 5000;
constexpr int PosterWidth = 150; // PosterDelegate's, in logical pixels

double expectedScale()
{
    const double scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
    return scale > 0 ? scale : 1.0;
}

/// Texts that do not fit their widget, in every visible label and button under @p root.
QStringList clippedTexts(QWidget *root)
{
    QStringList clipped;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || label->textFormat() == Qt::RichText)
            continue;
        if (label->fontMetrics().horizontalAdvance(label->text()) > label->contentsRect().width() + 1)
            clipped << label->text();
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        if (button->width() < button->sizeHint().width() && button->minimumSizeHint().width() > button->width())
            clipped << button->text();
    }
    return clipped;
}

class HiDpiTest : public ::testing::Test
{
protected:
    HiDpiTest()
    {
        library = cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
        movies = cache.addMovies(library.id, 6);
        series = cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 3);
        for (const MediaItem &movie : std::as_const(movies))
            backend.putImage(movie.id, ImageType::Primary, marquee::test::pngOf(Qt::darkCyan, QSize(600, 900)));
        repos.images.setBackend(&backend);
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    FakeBackend backend;
    Library library;
    QList<MediaItem> movies;
    MediaItem series;
};

} // namespace

TEST_F(HiDpiTest, PostersAreFetchedAndDecodedAtTheScreensDevicePixels)
{
    LibraryPage page(repos.items, repos.settings, repos.images, library);
    page.resize(900, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    EXPECT_DOUBLE_EQ(page.devicePixelRatioF(), expectedScale());
    QTest::qWait(20);
    ASSERT_TRUE(QTest::qWaitFor([&] { return repos.images.pendingCount() == 0; }, WaitMs));

    const QList<ImageRequest> requests = backend.imageRequests();
    ASSERT_FALSE(requests.isEmpty());
    for (const ImageRequest &request : requests)
        EXPECT_GE(request.maxWidth, int(std::ceil(PosterWidth * expectedScale()))) << "fetched too small to be sharp";
    const QSize devicePixels = devicePixelSize(QSizeF(PosterWidth, PosterWidth * 3 / 2), page.devicePixelRatioF());
    const MediaItem &first = movies.first();
    const QImage decoded = repos.images.cached(ImageSpec{first.id, ImageType::Primary, first.primaryImageTag, devicePixels});
    ASSERT_FALSE(decoded.isNull()) << "no poster decoded at " << devicePixels.width() << "×" << devicePixels.height();
    EXPECT_EQ(decoded.size(), devicePixels);
}

TEST_F(HiDpiTest, TheAppIconIsDrawnAtDevicePixels)
{
    AboutDialog about(AboutInfo{QStringLiteral("1.0"), {}, {}});
    about.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&about));
    const QLabel *icon = nullptr;
    for (const QLabel *label : about.findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            icon = label;
    }
    ASSERT_NE(icon, nullptr);
    EXPECT_DOUBLE_EQ(icon->pixmap().devicePixelRatio(), about.devicePixelRatioF());
    EXPECT_EQ(icon->pixmap().width(), qRound(64 * about.devicePixelRatioF()));
}

TEST_F(HiDpiTest, NoTextIsClippedAt800By600)
{
    MainWindow window(repos.context());
    window.resize(800, 600);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_LE(window.width(), 800) << "the window cannot shrink to an 800 × 600 screen";
    const auto check = [&](const char *page) {
        QApplication::processEvents();
        const QStringList clipped = clippedTexts(&window);
        EXPECT_TRUE(clipped.isEmpty()) << page << ": " << clipped.join(QStringLiteral(" | ")).toStdString();
    };
    check("Home");
    window.showLibrary(library.id);
    check("Library");
    window.openItem(movies.first().id, ItemType::Movie);
    check("Movie");
    window.openItem(series.id, ItemType::Series);
    check("Show");
}
