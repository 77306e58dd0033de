// SPDX-License-Identifier: GPL-3.0-or-later
// Server text is untrusted: on every page, a label that shows it is plain text, and no tooltip or model tooltip
// hands raw markup to Qt's rich-text guesser.
#include "support/cachefixture.h"
#include "ui/pages/homepage.h"
#include "ui/pages/librarypage.h"
#include "ui/pages/moviedetailspage.h"
#include "ui/pages/showdetailspage.h"
#include "uirepositories.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QTest>
#include <gtest/gtest.h>

using namespace marquee;
using marquee::test::CacheFixture;
using marquee::test::UiRepositories;

namespace {

const QString Markup = QStringLiteral("<b>bold</b><img src=x onerror=alert(1)><a href=\"https://evil\">link</a>");

bool carriesRawMarkup(const QString &text)
{
    return text.contains(QLatin1String("<b>bold</b>")) || text.contains(QLatin1String("<img src=x"));
}

/// Every place on @p page where server text could be read as markup; empty when there is none.
QStringList richTextLeaks(QWidget &page)
{
    page.resize(1000, 700);
    page.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&page));
    QStringList leaks;
    int labelsWithServerText = 0;
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (!carriesRawMarkup(label->text()))
            continue;
        ++labelsWithServerText;
        if (label->textFormat() != Qt::PlainText)
            leaks << QStringLiteral("label %1 (format %2)").arg(label->objectName()).arg(int(label->textFormat()));
    }
    for (const QWidget *widget : page.findChildren<QWidget *>()) {
        if (carriesRawMarkup(widget->toolTip()))
            leaks << QStringLiteral("tooltip of %1").arg(widget->objectName());
    }
    for (const QAbstractItemView *view : page.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            if (carriesRawMarkup(model->index(row, 0).data(Qt::ToolTipRole).toString()))
                leaks << QStringLiteral("tooltip of row %1 in %2").arg(row).arg(view->objectName());
        }
    }
    EXPECT_GT(labelsWithServerText + page.findChildren<QAbstractItemView *>().size(), 0)
        << "the hostile text reached the page";
    page.grab(); // painting hostile text must not crash either
    return leaks;
}

class PlainTextEverywhere : public ::testing::Test
{
protected:
    PlainTextEverywhere()
    {
        cache.addLibrary(QStringLiteral("lib-movies"), Markup, QStringLiteral("movies"), 0);
        cache.addLibrary(QStringLiteral("lib-shows"), QStringLiteral("Shows"), QStringLiteral("tvshows"), 1);
        movie = CacheFixture::movie(QStringLiteral("lib-movies"), 1, QStringLiteral("Movie"));
        movie.name = movie.sortName = movie.originalTitle = movie.overview = movie.tagline = movie.officialRating = Markup;
        movie.genres = movie.studios = {Markup};
        movie.people = {{QStringLiteral("p1"), Markup, Markup, QStringLiteral("Actor"), {}},
                        {QStringLiteral("p2"), Markup, {}, QStringLiteral("Director"), {}}};
        cache.write({movie});
        cache.setUserData({movie.id, false, 0, movie.runTimeTicks / 2, false, cache.clock().nowMs(), {}, {}});
        MediaItem series = cache.addSeries(QStringLiteral("lib-shows"), QStringLiteral("Harbor"), 2, 3);
        series.name = series.overview = Markup;
        cache.write({series});
    }

    CacheFixture cache;
    UiRepositories repos{cache};
    MediaItem movie;
};

} // namespace

TEST_F(PlainTextEverywhere, HomePage)
{
    HomePage page(repos.home, repos.images);
    EXPECT_EQ(richTextLeaks(page), QStringList());
}

TEST_F(PlainTextEverywhere, LibraryPage)
{
    LibraryPage page(repos.items, repos.settings, repos.images, *repos.libraries.byId(QStringLiteral("lib-movies")));
    EXPECT_EQ(richTextLeaks(page), QStringList());
}

TEST_F(PlainTextEverywhere, MovieDetailsPage)
{
    MovieDetailsPage page(repos.details, repos.images);
    page.showItem(movie.id);
    EXPECT_EQ(richTextLeaks(page), QStringList());
}

TEST_F(PlainTextEverywhere, ShowDetailsPage)
{
    ShowDetailsPage page(repos.items, repos.home.inUse(), repos.details, repos.images);
    page.showSeries(QStringLiteral("series-harbor"));
    EXPECT_EQ(richTextLeaks(page), QStringList());
}
