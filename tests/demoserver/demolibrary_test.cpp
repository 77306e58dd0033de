// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demodigests.h"
#include "demoserver/demolibrary.h"
#include "demoserver/demouserdatastore.h"
#include "demoserver/demoitemquery.h"
#include "demoserver/librarygenerator.h"

#include <QSet>

#include <numeric>

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

TEST(DemoLibrary, KeepsDigestsInStepWithChanges)
{
    Generated g(DemoLibrarySpec{4, 30, 3});
    auto hex = [](const DemoHexDigest &digest) { return QByteArray(digest.data(), qsizetype(digest.size())); };
    auto expectFresh = [&hex](const DemoItem &item) {
        EXPECT_EQ(hex(item.digests.primary), DemoDigests::imageTag(item, QLatin1String("Primary")));
        EXPECT_EQ(hex(item.digests.thumb), DemoDigests::imageTag(item, QLatin1String("Thumb")));
        EXPECT_EQ(hex(item.digests.backdrop), DemoDigests::imageTag(item, QLatin1String("Backdrop")));
        EXPECT_EQ(hex(item.digests.etag), DemoDigests::etag(item));
    };
    for (const DemoItem &item : g.library.items())
        expectFresh(item);
    const QString id = g.library.items()[5].id;
    const QByteArray before = DemoDigests::etag(*g.library.find(id));
    ASSERT_TRUE(g.library.rename(id, QStringLiteral("Renamed"), LibraryGenerator::BaseTimeMs + 99'000));
    expectFresh(*g.library.find(id));
    EXPECT_NE(hex(g.library.find(id)->digests.etag), before);
    g.library.touch(id, LibraryGenerator::BaseTimeMs + 199'000);
    expectFresh(*g.library.find(id));
    DemoItem added = LibraryGenerator::makeItem(4, 1, DemoItemKind::Movie, QStringLiteral("New"),
                                                g.library.views().first()->id, LibraryGenerator::BaseTimeMs);
    const QString addedId = added.id;
    g.library.add(std::move(added));
    expectFresh(*g.library.find(addedId));
}

TEST(DemoItemQuery, CachedScopesAnswerLikeAFullScan)
{
    Generated g(DemoLibrarySpec{6, 60, 6});
    DemoItemQuery query(g.library, g.userData);
    const QString movies = g.library.views().at(0)->id;
    const QString shows = g.library.views().at(1)->id;
    QList<DemoItemFilter> filters;
    DemoItemFilter f;
    f.recursive = true;
    filters << f;
    f.includeTypes = {DemoItemKind::Movie, DemoItemKind::Series};
    filters << f;
    f.parentId = movies;
    f.includeTypes = {DemoItemKind::Movie};
    filters << f;
    f.minDateLastSavedMs = LibraryGenerator::BaseTimeMs + 200LL * 86'400'000;
    filters << f;
    f = {};
    f.parentId = shows;
    f.recursive = true;
    f.excludeTypes = {DemoItemKind::Episode};
    filters << f;
    f.isPlayed = false;
    filters << f;
    f = {};
    f.parentId = shows;
    filters << f;
    f.isFolder = true;
    filters << f;
    const DemoSort bySortName{{QStringLiteral("SortName")}, {}};
    const DemoSort byDateDesc{{QStringLiteral("DateCreated")}, {true}};
    for (int round = 0; round < 2; ++round) {
        for (const DemoSort &sort : {bySortName, byDateDesc}) {
            for (const DemoItemFilter &filter : filters) {
                QList<int> all(g.library.size());
                std::iota(all.begin(), all.end(), 0);
                query.sortIndexes(all, sort);
                QList<int> expected;
                for (const int i : all) {
                    if (query.matches(g.library.items()[size_t(i)], filter))
                        expected.append(i);
                }
                for (const auto &[start, limit] : {std::pair{0, -1}, std::pair{3, 7}, std::pair{0, 0},
                                                   std::pair{int(expected.size()) + 5, 10}}) {
                    const DemoQueryResult result = query.run(filter, sort, start, limit);
                    EXPECT_EQ(result.totalRecordCount, expected.size());
                    EXPECT_EQ(result.indexes, expected.mid(start, limit));
                }
            }
        }
        // The cached scopes must follow changes to the library.
        g.library.rename(g.library.items()[10].id, QStringLiteral("Aardvark"), LibraryGenerator::BaseTimeMs + 500LL * 86'400'000);
        g.library.remove(g.library.items()[40].id);
    }
}
