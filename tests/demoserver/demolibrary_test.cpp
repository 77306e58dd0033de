// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demolibrary.h"
#include "demoserver/demouserdatastore.h"
#include "demoserver/demoitemquery.h"
#include "demoserver/librarygenerator.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace marquee;

namespace {
struct Generated
{
    DemoLibrary library;
    DemoUserDataStore userData;
    explicit Generated(DemoLibrarySpec spec) { LibraryGenerator::generate(spec, library, userData); }
};
} // namespace

TEST(LibraryGenerator, DefaultShapeMatchesTheIssue)
{
    Generated g(DemoLibrarySpec{});
    EXPECT_EQ(g.library.countOf(DemoItemKind::Movie), 300);
    EXPECT_EQ(g.library.countOf(DemoItemKind::Series), 40);
    EXPECT_EQ(g.library.views().size(), 2);
    for (const DemoItem &item : g.library.items()) {
        if (item.kind == DemoItemKind::Series) {
            const auto seasons = g.library.children(item.id);
            EXPECT_GE(seasons.size(), 1);
            EXPECT_LE(seasons.size(), 6);
            for (const int s : seasons) {
                const auto episodes = g.library.children(g.library.items()[size_t(s)].id);
                EXPECT_GE(episodes.size(), 6);
                EXPECT_LE(episodes.size(), 24);
            }
        }
        EXPECT_EQ(item.id.size(), 32);
    }
    QStringList names;
    for (const DemoItem &item : g.library.items())
        names.append(item.name);
    EXPECT_TRUE(names.contains(QStringLiteral("<b>Bold</b> & \"Quotes\"")));
    EXPECT_FALSE(g.userData.all().isEmpty()); // some things were watched "elsewhere"
}

TEST(LibraryGenerator, SameSeedSameLibraryOtherSeedOtherLibrary)
{
    Generated a(DemoLibrarySpec{42, 50, 5});
    Generated b(DemoLibrarySpec{42, 50, 5});
    Generated c(DemoLibrarySpec{43, 50, 5});
    ASSERT_EQ(a.library.size(), b.library.size());
    for (qsizetype i = 0; i < a.library.size(); ++i) {
        EXPECT_EQ(a.library.items()[size_t(i)].id, b.library.items()[size_t(i)].id);
        EXPECT_EQ(a.library.items()[size_t(i)].name, b.library.items()[size_t(i)].name);
        EXPECT_EQ(LibraryGenerator::overviewFor(a.library.items()[size_t(i)]),
                  LibraryGenerator::overviewFor(b.library.items()[size_t(i)]));
    }
    EXPECT_NE(a.library.items()[5].id, c.library.items()[5].id);
}

TEST(DemoItemQuery, PagesCoverEverythingOnceInSortOrder)
{
    Generated g(DemoLibrarySpec{3, 237, 0});
    DemoItemQuery query(g.library, g.userData);
    DemoItemFilter filter;
    filter.recursive = true;
    filter.includeTypes = {DemoItemKind::Movie};
    QStringList seen;
    QString previous;
    for (int start = 0; start < 300; start += 50) {
        const auto page = query.run(filter, DemoSort{{QStringLiteral("SortName")}, {}}, start, 50);
        EXPECT_EQ(page.totalRecordCount, 237);
        for (const int i : page.indexes) {
            const DemoItem &item = g.library.items()[size_t(i)];
            EXPECT_LE(previous, item.sortName);
            previous = item.sortName;
            seen.append(item.id);
        }
    }
    EXPECT_EQ(seen.size(), 237);
    EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()).size(), 237);
}

TEST(DemoLibrary, RenameMovesDateLastSavedAndDeleteRemovesChildren)
{
    Generated g(DemoLibrarySpec{5, 3, 1});
    QString seriesId;
    for (const DemoItem &item : g.library.items()) {
        if (item.kind == DemoItemKind::Series)
            seriesId = item.id;
    }
    const auto before = g.library.size();
    const int seasons = int(g.library.children(seriesId).size());
    int episodes = 0;
    for (const int s : g.library.children(seriesId))
        episodes += int(g.library.children(g.library.items()[size_t(s)].id).size());
    const QString movieId = g.library.items()[2].id;
    ASSERT_TRUE(g.library.rename(movieId, QStringLiteral("The Zebra"), 9'999'999'999'999));
    EXPECT_EQ(g.library.find(movieId)->sortName, QStringLiteral("zebra"));
    EXPECT_EQ(g.library.find(movieId)->dateLastSavedMs, 9'999'999'999'999);
    const QStringList removed = g.library.remove(seriesId);
    EXPECT_EQ(removed.size(), 1 + seasons + episodes);
    EXPECT_EQ(g.library.size(), before - removed.size());
    EXPECT_EQ(g.library.find(seriesId), nullptr);
}
