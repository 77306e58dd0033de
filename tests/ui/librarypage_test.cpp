// SPDX-License-Identifier: GPL-3.0-or-later
// The Library page as a user drives it: the sort and filter controls, the search field and its keys, the arrow
// keys and Enter in the grid, the refresh and offline notes, and a dark palette.
#include "storage/settingsrepository.h"
#include "support/cachefixture.h"
#include "ui/models/itemroles.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/itemcontextmenu.h"
#include "ui/pages/librarypage.h"
#include "ui/widgets/libraryviewbar.h"
#include "ui/widgets/posterdelegate.h"
#include "uirepositories.h"
#include "support/germantranslation.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>
#include <memory>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

const QString MoviesId = QStringLiteral("lib-movies");

class LibraryPageTest : public ::testing::Test
{
protected:
    LibraryPageTest()
    {
        cache.addLibrary(MoviesId, QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-docs"), QStringLiteral("Docs"), QStringLiteral("movies"), 1);
        movies = cache.addMovies(MoviesId, 30);
        movies[4].genres = {QStringLiteral("Western")};
        movies[4].etag = QStringLiteral("western");
        cache.write({movies[4]});
        cache.addMovies(QStringLiteral("lib-docs"), 3, QStringLiteral("Doc"));
    }

    std::unique_ptr<LibraryPage> openPage(const QString &libraryId = MoviesId)
    {
        auto page = std::make_unique<LibraryPage>(repos.items, repos.settings, repos.images,
                                                  *repos.libraries.byId(libraryId));
        page->resize(1000, 700);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        page->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
        return page;
    }

    template <typename T>
    static T *child(const LibraryPage &page, const char *name)
    {
        T *widget = page.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QString firstTitle(const LibraryPage &page) { return page.model()->index(0).data().toString(); }

    CacheFixture cache;
    UiRepositories repos{cache};
    QList<MediaItem> movies;
};

TEST_F(LibraryPageTest, SortAndFilterChoicesChangeTheGridAndAreRememberedPerLibrary)
{
    cache.setUserData({movies[0].id, true, 1, 0, false, {}, {}, {}});
    {
        auto page = openPage();
        EXPECT_EQ(firstTitle(*page), QStringLiteral("Movie 00000"));
        auto *sort = child<QComboBox>(*page, "sortChoice");
        sort->setCurrentIndex(sort->findText(QStringLiteral("Recently added")));
        EXPECT_EQ(firstTitle(*page), QStringLiteral("Movie 00029")) << "the newest first";
        sort->setCurrentIndex(sort->findText(QStringLiteral("Name Z–A")));
        EXPECT_EQ(firstTitle(*page), QStringLiteral("Movie 00029"));
        sort->setCurrentIndex(sort->findText(QStringLiteral("Name A–Z")));

        child<QToolButton>(*page, "unplayedFilter")->click();
        EXPECT_EQ(page->model()->rowCount(), 29);
        EXPECT_EQ(firstTitle(*page), QStringLiteral("Movie 00001")) << "the played one is gone";

        auto *genre = child<QComboBox>(*page, "genreFilter");
        ASSERT_NE(genre->findText(QStringLiteral("Western")), -1) << "genres come from the cache";
        genre->setCurrentIndex(genre->findText(QStringLiteral("Western")));
        ASSERT_EQ(page->model()->rowCount(), 1);
        EXPECT_EQ(firstTitle(*page), QStringLiteral("Movie 00004"));
    }

    auto reopened = openPage();
    EXPECT_EQ(child<QComboBox>(*reopened, "genreFilter")->currentText(), QStringLiteral("Western"));
    EXPECT_TRUE(child<QToolButton>(*reopened, "unplayedFilter")->isChecked());
    ASSERT_EQ(reopened->model()->rowCount(), 1);
    EXPECT_EQ(firstTitle(*reopened), QStringLiteral("Movie 00004"));

    auto other = openPage(QStringLiteral("lib-docs"));
    EXPECT_EQ(other->model()->rowCount(), 3) << "another library keeps its own choices";
    EXPECT_FALSE(child<QToolButton>(*other, "unplayedFilter")->isChecked());
}

TEST_F(LibraryPageTest, AnUnreadableRememberedChoiceFallsBackToTheDefaultView)
{
    ASSERT_TRUE(repos.settings.setValue(LibraryPage::viewSettingsKey(MoviesId), QStringLiteral("{\"sort\":7}")));
    auto page = openPage();
    EXPECT_EQ(page->model()->rowCount(), 30);
    EXPECT_EQ(firstTitle(*page), QStringLiteral("Movie 00000"));
}

TEST_F(LibraryPageTest, SearchIsDebouncedFocusedByCtrlFAndClearedByEscape)
{
    auto page = openPage();
    QSignalSpy changed(page->viewBar(), &LibraryViewBar::viewChanged);
    auto *search = child<QLineEdit>(*page, "searchField");
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("movie 0001"));
    EXPECT_EQ(changed.count(), 0) << "nothing is searched while the user is typing";
    EXPECT_EQ(page->model()->rowCount(), 30);
    ASSERT_TRUE(changed.wait(1000));
    EXPECT_EQ(changed.count(), 1) << "one search for the whole word";
    ASSERT_EQ(page->model()->rowCount(), 10) << "prefix: Movie 00010 … 00019";
    EXPECT_EQ(firstTitle(*page), QStringLiteral("Movie 00010"));

    search->setText(QStringLiteral("doc"));
    ASSERT_TRUE(changed.wait(1000));
    EXPECT_EQ(page->model()->rowCount(), 0) << "the other library's items stay out";
    EXPECT_TRUE(child<QLabel>(*page, "emptyText")->isVisible());

    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_EQ(page->model()->rowCount(), 30);
    QTest::keyClick(search, Qt::Key_Escape);
    EXPECT_TRUE(page->view()->hasFocus()) << "a second Esc hands the keys back to the grid";
}

TEST_F(LibraryPageTest, ArrowKeysMoveThroughTheGridAndEnterOpensThePoster)
{
    auto page = openPage();
    QSignalSpy activated(page.get(), &Page::itemActivated);
    QListView *grid = page->view();
    grid->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(grid->currentIndex().isValid()) << "the grid starts at its first poster";
    EXPECT_EQ(grid->currentIndex().row(), 0);

    const int columns = grid->viewport()->width() / grid->visualRect(page->model()->index(0)).width();
    ASSERT_GT(columns, 1);
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Down);
    QTest::keyClick(grid, Qt::Key_Left);
    const int row = columns + 1;
    EXPECT_EQ(grid->currentIndex().row(), row);

    QTest::keyClick(grid, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), page->model()->itemAt(row).id);
    EXPECT_EQ(activated.at(0).at(0).toString(), QStringLiteral("movi%1").arg(row, 28, 10, QLatin1Char('0')));
    EXPECT_EQ(activated.at(0).at(1).value<ItemType>(), ItemType::Movie);
}

TEST_F(LibraryPageTest, RefreshAndOfflineShowQuietlyBesideTheTitle)
{
    auto page = openPage();
    auto *refreshing = child<QLabel>(*page, "refreshText");
    auto *offline = child<QLabel>(*page, "offlineText");
    EXPECT_FALSE(refreshing->isVisible());
    EXPECT_FALSE(offline->isVisible());
    page->setRefreshing(true);
    page->setOffline(true);
    EXPECT_TRUE(refreshing->isVisible());
    EXPECT_TRUE(offline->isVisible());
    EXPECT_TRUE(page->view()->isVisible()) << "the posters stay on screen";
    page->setRefreshing(false);
    EXPECT_FALSE(refreshing->isVisible());
}

/// The share of pixels in @p image whose lightness is within @p tolerance of @p color.
double shareNear(const QImage &image, const QColor &color, int tolerance)
{
    int near = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (std::abs(image.pixelColor(x, y).lightness() - color.lightness()) <= tolerance)
                ++near;
        }
    }
    return double(near) / (image.width() * image.height());
}

TEST_F(LibraryPageTest, FollowsADarkPaletteAndTheScreensPixelRatio)
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x22));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1a));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::ButtonText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Button, QColor(0x30, 0x30, 0x33));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    QApplication::setPalette(dark);
    auto page = openPage();

    const QImage image = page->grab().toImage();
    if (qEnvironmentVariableIsSet("MARQUEE_SAVE_GRABS"))
        image.save(QStringLiteral("librarypage-dark.png"));
    QApplication::setPalette(original);
    QCoreApplication::processEvents();
    EXPECT_GT(shareNear(image, dark.color(QPalette::Base), 12), 0.4) << "the page is dark, not a light box";
    const QRect titleArea = child<QLabel>(*page, "libraryTitle")->geometry();
    EXPECT_GT(shareNear(image.copy(titleArea), dark.color(QPalette::Text), 30), 0.02) << "light text on it";
    const QRect firstCell = page->view()->visualRect(page->model()->index(0));
    const QRect caption(page->view()->viewport()->mapTo(page.get(), firstCell.bottomLeft() - QPoint(0, 40)),
                        QSize(firstCell.width(), 40));
    EXPECT_GT(shareNear(image.copy(caption), dark.color(QPalette::Text), 30), 0.02) << "captions use the palette";

    // Back to the light palette while open (the desktop switched theme), and painted at a pixel ratio of 2: the
    // page follows at once and fills every device pixel.
    QPixmap sharp(page->size() * 2);
    sharp.setDevicePixelRatio(2.0);
    sharp.fill(Qt::transparent);
    page->render(&sharp);
    const QImage sharpImage = sharp.toImage();
    if (qEnvironmentVariableIsSet("MARQUEE_SAVE_GRABS"))
        sharpImage.save(QStringLiteral("librarypage-light-2x.png"));
    EXPECT_GT(shareNear(sharpImage, original.color(QPalette::Base), 12), 0.3);
    EXPECT_EQ(sharpImage.pixelColor(sharpImage.width() - 2, sharpImage.height() - 2).alpha(), 255);
}

/// The share of pixels in @p area of the grid's image within a small distance of @p colour.
double shareOf(const QImage &image, const QRect &area, const QColor &colour)
{
    return shareNear(image.copy(area), colour, 30);
}

TEST_F(LibraryPageTest, APosterShowsTheFavouriteMarkAndASortByRatingShowsTheRating)
{
    auto page = openPage();
    const auto heartCorner = [&](const QImage &image, int row) {
        const QRect cell = page->view()->visualRect(page->model()->index(row));
        return image.copy(QRect(cell.topLeft() + QPoint(8, 8), QSize(36, 36)));
    };
    const QImage before = page->view()->viewport()->grab().toImage();
    cache.setUserData({movies[1].id, false, 0, 0, true, {}, {}, {}});
    page->reload();
    QTest::qWait(20);
    ASSERT_EQ(page->model()->itemAt(1).id, movies[1].id);
    const QImage after = page->view()->viewport()->grab().toImage();
    const QColor heart(0xe8, 0x3b, 0x5a);
    EXPECT_NE(heartCorner(before, 1), heartCorner(after, 1)) << "the new favourite wears a heart";
    const QRect favourite = page->view()->visualRect(page->model()->index(1));
    EXPECT_GT(shareOf(after, favourite, heart), shareOf(before, favourite, heart)) << "in the heart's colour";
    EXPECT_EQ(heartCorner(before, 0), heartCorner(after, 0));
    EXPECT_EQ(heartCorner(before, 2), heartCorner(after, 2));
    EXPECT_EQ(page->model()->index(0).data(ItemRoles::SubtitleRole).toString(), QStringLiteral("1950"))
        << "sorted by name, the year alone";

    auto *sort = child<QComboBox>(*page, "sortChoice");
    sort->setCurrentIndex(sort->findText(QStringLiteral("Rating, highest first")));
    const ItemSummary best = page->model()->itemAt(0);
    ASSERT_TRUE(best.communityRating.has_value());
    EXPECT_EQ(page->model()->index(0).data(ItemRoles::SubtitleRole).toString(),
              QStringLiteral("★ %1 · %2")
                  .arg(QLocale().toString(*best.communityRating, 'f', 1))
                  .arg(*best.productionYear));
}

TEST_F(LibraryPageTest, AShowsPosterCountsItsUnplayedEpisodes)
{
    cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 2);
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 4);
    cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Night Shift"), 1, 3);
    for (const QString &id : {QStringLiteral("series-harbor-s1e1"), QStringLiteral("series-harbor-s1e2"),
                              QStringLiteral("series-night-shift-s1e1"), QStringLiteral("series-night-shift-s1e2"),
                              QStringLiteral("series-night-shift-s1e3")})
        cache.setUserData({id, true, 1, 0, false, cache.clock().nowMs(), {}, {}});
    auto page = openPage(QStringLiteral("lib-shows"));
    ASSERT_EQ(page->model()->rowCount(), 2);
    ASSERT_EQ(page->model()->itemAt(0).id, QStringLiteral("series-harbor"));
    EXPECT_EQ(page->model()->index(0).data(ItemRoles::UnplayedEpisodesRole).toInt(), 6);
    EXPECT_EQ(page->model()->index(1).data(ItemRoles::UnplayedEpisodesRole).toInt(), 0);

    const auto badgeCorner = [&](const QImage &image, int row) {
        const QRect cell = page->view()->visualRect(page->model()->index(row));
        const auto *delegate = qobject_cast<PosterDelegate *>(page->view()->itemDelegate());
        return image.copy(QRect(cell.left() + 8 + delegate->posterWidth() - 36, cell.top() + 8, 36, 36));
    };
    const QImage before = page->view()->viewport()->grab().toImage();

    // Harbor's last six episodes are watched elsewhere: its count goes, Night Shift's poster stays as it was.
    for (int e = 3; e <= 8; ++e) {
        const QString id = QStringLiteral("series-harbor-s%1e%2").arg(e <= 4 ? 1 : 2).arg(e <= 4 ? e : e - 4);
        cache.setUserData({id, true, 1, 0, false, cache.clock().nowMs(), {}, {}});
    }
    page->reload();
    QTest::qWait(20);
    EXPECT_EQ(page->model()->index(0).data(ItemRoles::UnplayedEpisodesRole).toInt(), 0);
    const QImage after = page->view()->viewport()->grab().toImage();
    EXPECT_NE(badgeCorner(before, 0), badgeCorner(after, 0)) << "the count's badge was drawn, and went";
    EXPECT_EQ(badgeCorner(before, 1), badgeCorner(after, 1)) << "nothing left to watch, no badge";
}

TEST_F(LibraryPageTest, ARightClickOnAPosterOffersPlayPlayedAndFavourite)
{
    cache.setUserData({movies[2].id, false, 0, (42 * 60 + 10) * 10'000'000LL, false, {}, {}, {}});
    auto page = openPage();
    QSignalSpy favorite(page.get(), &Page::favoriteChangeRequested);
    QSignalSpy play(page.get(), &Page::playRequested);
    const auto rightClick = [&](int row) -> ItemContextMenu * {
        QListView *view = page->view();
        const QPoint at = view->visualRect(page->model()->index(row)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        return page->findChild<ItemContextMenu *>();
    };

    ItemContextMenu *menu = rightClick(1);
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->isVisible());
    EXPECT_EQ(menu->actionTexts(),
              (QStringList{QStringLiteral("Play"), QStringLiteral("Mark played"),
                           QStringLiteral("Add to favourites")}));
    menu->actionNamed(QStringLiteral("Add to favourites"))->trigger();
    ASSERT_EQ(favorite.count(), 1);
    EXPECT_EQ(favorite.last().at(0).toString(), movies[1].id);
    EXPECT_TRUE(favorite.last().at(1).toBool());
    menu->close();
    QTest::qWait(20);

    menu = rightClick(2);
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->actionTexts(), (QStringList{QStringLiteral("Resume from 42:10"), QStringLiteral("Start over"),
                                                QStringLiteral("Mark played"), QStringLiteral("Add to favourites")}));
    menu->actionNamed(QStringLiteral("Resume from 42:10"))->trigger();
    ASSERT_EQ(play.count(), 1);
    EXPECT_EQ(play.last().at(0).toString(), movies[2].id);
    EXPECT_EQ(play.last().at(1).toLongLong(), (42 * 60 + 10) * 10'000'000LL);
    menu->close();
}

} // namespace

TEST(LibraryViewBarGermanTest, TheSortChoicesReadInGerman)
{
    const test::GermanTranslation german;
    ASSERT_TRUE(german.loaded());
    LibraryViewBar bar;
    auto *sort = bar.findChild<QComboBox *>(QStringLiteral("sortChoice"));
    ASSERT_NE(sort, nullptr);
    QStringList choices;
    for (int i = 0; i < sort->count(); ++i)
        choices << sort->itemText(i);
    EXPECT_EQ(choices, (QStringList{QStringLiteral("Name A–Z"), QStringLiteral("Name Z–A"),
                                    QStringLiteral("Jahr, neueste zuerst"), QStringLiteral("Jahr, älteste zuerst"),
                                    QStringLiteral("Zuletzt hinzugefügt"), QStringLiteral("Zuerst hinzugefügt"),
                                    QStringLiteral("Bewertung, höchste zuerst"),
                                    QStringLiteral("Bewertung, niedrigste zuerst")}));
}
