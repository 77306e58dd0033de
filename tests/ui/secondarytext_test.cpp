// SPDX-License-Identifier: GPL-3.0-or-later
// Secondary text (years under posters, episode lines, "Next Up", durations, hints) must stay readable in light and
// dark palettes. The pages are rendered with each palette and every piece of secondary text is measured in the
// pixels a user sees: the contrast of its darkest (or lightest) pixel against the background around it.
#include "core/ticks.h"
#include "support/cachefixture.h"
#include "ui/mainwindow.h"
#include "ui/models/itemlistmodel.h"
#include "ui/models/itemroles.h"
#include "ui/models/librarygridmodel.h"
#include "ui/pages/homepage.h"
#include "ui/pages/homesection.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/showdetailspage.h"
#include "ui/widgets/episodedelegate.h"
#include "ui/widgets/posterdelegate.h"
#include "ui/widgets/posterrow.h"
#include "ui/widgets/secondarytext.h"
#include "testpalettes.h"
#include "uirepositories.h"

#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QListView>
#include <QStyle>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;
using marquee::test::darkPalette;
using marquee::test::lightPalette;

namespace {

/// The contrast of text in @p region of @p image: the region's most common colour is the background, the pixel
/// farthest from it the text. Anti-aliasing only lowers what this measures, never raises it.
double renderedContrast(const QImage &image, const QRect &region)
{
    const QRect inside = region.intersected(image.rect());
    QHash<QRgb, int> counts;
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, SecondaryText::contrastRatio(QColor(it.key()), QColor(background)));
    return best;
}

class SecondaryTextTest : public ::testing::Test
{
protected:
    SecondaryTextTest()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), QStringLiteral("Movies"), QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
        const QList<MediaItem> movies = cache.addMovies(QStringLiteral("lib-movies"), 12);
        m_movie = movies.at(3);
        m_movie.studios = {QStringLiteral("Northlight Pictures")};
        m_movie.people = {Person{QStringLiteral("p1"), QStringLiteral("Lucía Ferrer"), QStringLiteral("Ines"),
                                 QStringLiteral("Actor"), {}},
                          Person{QStringLiteral("p2"), QStringLiteral("Hanna Oduya"), {}, QStringLiteral("Director"), {}}};
        m_movie.detailLevel = DetailLevel::Full;
        cache.write({m_movie});
        cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 4);
        const qint64 now = cache.clock().nowMs();
        cache.setUserData({m_movie.id, false, 0, m_movie.runTimeTicks / 3, true, now, {}, {}});
        cache.setUserData({QStringLiteral("series-harbor-s1e1"), true, 1, 0, false, now - 60'000, {}, {}});
        cache.setUserData({QStringLiteral("series-harbor-s1e2"), false, 0, 10 * 60 * TicksPerSecond, false, now, {}, {}});
    }

    ~SecondaryTextTest() override { QApplication::setPalette(lightPalette()); }

    /// Grabs the window and checks every secondary label on the current page, and the secondary lines that
    /// @p delegateRegions names, against the 4.5:1 floor.
    void expectReadable(const QString &where, const QList<QRect> &delegateRegions = {})
    {
        QTest::qWait(20);
        const QImage image = window->grab().toImage();
        ASSERT_FALSE(image.isNull());
        const qreal scale = image.devicePixelRatio();
        int checked = 0;
        const QList<QWidget *> widgets = window->currentPage()->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->property("marquee-secondary-text").toBool() || !widget->isVisible())
                continue;
            const auto *label = qobject_cast<const QLabel *>(widget);
            if (label && label->text().isEmpty())
                continue;
            const QRect rect(widget->mapTo(window.get(), QPoint()), widget->size());
            const QRect pixels(rect.topLeft() * scale, rect.size() * scale);
            EXPECT_GE(renderedContrast(image, pixels), SecondaryText::MinimumContrast)
                << where.toStdString() << ": " << widget->objectName().toStdString() << " “"
                << (label ? label->text().toStdString() : std::string()) << "”";
            ++checked;
        }
        for (const QRect &rect : delegateRegions) {
            const QRect pixels(rect.topLeft() * scale, rect.size() * scale);
            const double contrast = renderedContrast(image, pixels);
            EXPECT_GE(contrast, SecondaryText::MinimumContrast)
                << where.toStdString() << ": a secondary line drawn by a delegate at " << rect.x() << "," << rect.y();
            if (contrast < SecondaryText::MinimumContrast && qEnvironmentVariableIsSet("MARQUEE_SAVE_GRABS"))
                image.copy(pixels.adjusted(-40, -40, 40, 40)).save(QStringLiteral("secondary-%1-%2.png").arg(rect.x()).arg(rect.y()));
            ++checked;
        }
        EXPECT_GT(checked, 0) << where.toStdString() << ": no secondary text found";
    }

    /// The second caption line of the first poster of each row on Home, in window coordinates.
    QList<QRect> homeCaptions()
    {
        QList<QRect> regions;
        for (HomeSection *section : {window->homePage()->continueWatching(), window->homePage()->nextUp()}) {
            PosterRow *row = section->row();
            EXPECT_TRUE(row->isVisible()) << section->objectName().toStdString();
            const QRect line = row->posterDelegate()->subtitleRect(row->visualRect(row->model()->index(0, 0)),
                                                                   row->font());
            regions << QRect(row->viewport()->mapTo(window.get(), line.topLeft()), line.size());
        }
        return regions;
    }

    QList<QRect> libraryCaptions(LibraryPage *page)
    {
        QListView *grid = page->view();
        auto *delegate = qobject_cast<PosterDelegate *>(grid->itemDelegate());
        QList<QRect> regions;
        for (int row : {0, 1}) {
            const QRect line = delegate->subtitleRect(grid->visualRect(page->model()->index(row)), grid->font());
            regions << QRect(grid->viewport()->mapTo(window.get(), line.topLeft()), line.size());
        }
        return regions;
    }

    /// The detail line of the first two episodes: one played and selected, one started.
    QList<QRect> episodeLines()
    {
        QListView *episodes = window->showDetailsPage()->episodeList();
        episodes->setCurrentIndex(episodes->model()->index(0, 0));
        QList<QRect> regions;
        for (int row : {0, 1}) {
            const QModelIndex index = episodes->model()->index(row, 0);
            const QRect line = EpisodeDelegate::detailRect(episodes->visualRect(index), episodes->font(),
                                                           index.data(ItemRoles::PlayedRole).toBool());
            regions << QRect(episodes->viewport()->mapTo(window.get(), line.topLeft()), line.size());
        }
        return regions;
    }

    void openWindow(const QPalette &palette)
    {
        QApplication::setPalette(palette);
        window = std::make_unique<MainWindow>(repos.context());
        window->resize(1100, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void checkEveryPage(const QString &palette)
    {
        window->showHome();
        expectReadable(palette + QStringLiteral(" Home"), homeCaptions());
        window->showLibrary(QStringLiteral("lib-movies"));
        auto *library = qobject_cast<LibraryPage *>(window->currentPage());
        ASSERT_NE(library, nullptr);
        library->view()->setCurrentIndex(library->model()->index(1));
        library->setOffline(true);
        expectReadable(palette + QStringLiteral(" Library"), libraryCaptions(library));
        window->openItem(m_movie.id, ItemType::Movie);
        expectReadable(palette + QStringLiteral(" Movie"));
        window->openItem(QStringLiteral("series-harbor"), ItemType::Series);
        expectReadable(palette + QStringLiteral(" Show"), episodeLines());
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    MediaItem m_movie;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST(SecondaryText, ContrastFollowsWcag)
{
    EXPECT_NEAR(SecondaryText::contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(SecondaryText::contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    EXPECT_NEAR(SecondaryText::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST(SecondaryText, IsDimmerThanTextButKeepsTheFloorOnAnyBackground)
{
    const QList<std::pair<QColor, QColor>> pairs = {
        {Qt::black, Qt::white},
        {QColor(0xe4, 0xe6, 0xeb), QColor(0x1d, 0x1e, 0x21)},
        {QColor(0xe4, 0xe6, 0xeb), QColor(0x2c, 0x2e, 0x33)},
        {Qt::white, QColor(0x2f, 0x65, 0xb8)},            // highlighted text on a selection
        {QColor(0, 0, 0, 128), QColor(0xf0, 0xf0, 0xf0)}, // a half-transparent text colour
    };
    for (const auto &[text, background] : pairs) {
        const QColor secondary = SecondaryText::color(text, background);
        const double ratio = SecondaryText::contrastRatio(secondary, background);
        EXPECT_GE(ratio, SecondaryText::MinimumContrast) << text.name().toStdString() << " on "
                                                         << background.name().toStdString();
        if (SecondaryText::contrastRatio(SecondaryText::composed(text, background), background) > 7.0)
            EXPECT_LT(ratio, SecondaryText::contrastRatio(SecondaryText::composed(text, background), background))
                << "dimmer than the text itself";
    }
    // A palette whose text itself is too faint still gets readable secondary text, darker than its text.
    const QColor faint = SecondaryText::color(QColor(0x99, 0x99, 0x99), Qt::white);
    EXPECT_GE(SecondaryText::contrastRatio(faint, Qt::white), SecondaryText::MinimumContrast);
    EXPECT_LT(faint.lightness(), 0x99);
}

TEST_F(SecondaryTextTest, EveryPageIsReadableInALightPaletteAndAfterSwitchingToADarkOne)
{
    openWindow(lightPalette());
    checkEveryPage(QStringLiteral("light"));

    // A theme chosen while the window is open (the system's, or the app's own setting).
    QApplication::setPalette(darkPalette());
    checkEveryPage(QStringLiteral("dark"));
}

TEST_F(SecondaryTextTest, EveryPageIsReadableInADarkPaletteFromTheStart)
{
    openWindow(darkPalette());
    checkEveryPage(QStringLiteral("dark"));
}
