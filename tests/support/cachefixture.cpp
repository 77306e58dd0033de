// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/cachefixture.h"

#include "storage/cachemetarepository.h"
#include "storage/itemwriter.h"
#include "storage/libraryrepository.h"
#include "storage/userdatarepository.h"
#include "storage/writetransaction.h"

#include <gtest/gtest.h>

namespace marquee::test {

CacheFixture::CacheFixture()
    : m_database(std::make_unique<Database>(DatabasePaths::inDirectory(m_directory.path()), &m_clock))
{
    const Database::OpenReport report = m_database->open();
    EXPECT_TRUE(report.ok) << report.error.toString().toStdString();
    CacheMetaRepository(connection()).setServerId(ServerId);
}

CacheFixture::~CacheFixture() = default;

Library CacheFixture::addLibrary(const QString &id, const QString &name, const QString &collectionType, int sortIndex)
{
    const Library library{id, name, collectionType, sortIndex, {}};
    LibraryRepository repository(connection(), m_config);
    QList<Library> all = repository.all();
    all.append(library);
    WriteTransaction transaction(connection());
    EXPECT_TRUE(repository.replaceAll(all, m_clock.nowMs()));
    EXPECT_TRUE(transaction.commit());
    return library;
}

MediaItem CacheFixture::movie(const QString &libraryId, int index, const QString &namePrefix)
{
    MediaItem item;
    item.id = QStringLiteral("%1%2").arg(namePrefix.toLower().left(4)).arg(index, 28, 10, QLatin1Char('0'));
    item.libraryId = libraryId;
    item.parentId = libraryId;
    item.type = ItemType::Movie;
    item.name = QStringLiteral("%1 %2").arg(namePrefix).arg(index, 5, 10, QLatin1Char('0'));
    item.sortName = item.name.toLower();
    item.productionYear = 1950 + index % 70;
    item.runTimeTicks = qint64(90 + index % 60) * 60 * 10'000'000;
    item.communityRating = 5.0 + (index % 50) / 10.0;
    item.officialRating = QStringLiteral("PG-13");
    item.dateCreated = QDateTime::fromSecsSinceEpoch(1'600'000'000 + index * 60, Qt::UTC).toString(Qt::ISODate);
    item.overview = QStringLiteral("An overview of %1.").arg(item.name);
    item.genres = {QStringLiteral("Drama"), QStringLiteral("Adventure")};
    item.primaryImageTag = QStringLiteral("tag%1").arg(index);
    item.etag = QStringLiteral("etag%1").arg(index);
    return item;
}

QList<MediaItem> CacheFixture::addMovies(const QString &libraryId, int count, const QString &namePrefix)
{
    QList<MediaItem> movies;
    movies.reserve(count);
    for (int i = 0; i < count; ++i)
        movies.append(movie(libraryId, i, namePrefix));
    write(movies);
    return movies;
}

MediaItem CacheFixture::addSeries(const QString &libraryId, const QString &name, int seasons, int episodesPerSeason)
{
    const QString seriesId = QStringLiteral("series-") + name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    MediaItem series;
    series.id = seriesId;
    series.libraryId = libraryId;
    series.parentId = libraryId;
    series.type = ItemType::Series;
    series.name = name;
    series.sortName = name.toLower();
    series.productionYear = 2010;
    series.overview = QStringLiteral("The story of %1.").arg(name);
    series.childCount = seasons;
    series.dateCreated = QStringLiteral("2021-01-01T00:00:00Z");
    QList<MediaItem> items{series};
    for (int s = 1; s <= seasons; ++s) {
        MediaItem season;
        season.id = QStringLiteral("%1-s%2").arg(seriesId).arg(s);
        season.libraryId = libraryId;
        season.parentId = seriesId;
        season.seriesId = seriesId;
        season.seriesName = name;
        season.type = ItemType::Season;
        season.name = QStringLiteral("Season %1").arg(s);
        season.sortName = season.name.toLower();
        season.indexNumber = s;
        items.append(season);
        for (int e = 1; e <= episodesPerSeason; ++e) {
            MediaItem episode;
            episode.id = QStringLiteral("%1-s%2e%3").arg(seriesId).arg(s).arg(e);
            episode.libraryId = libraryId;
            episode.parentId = season.id;
            episode.seasonId = season.id;
            episode.seriesId = seriesId;
            episode.seriesName = name;
            episode.type = ItemType::Episode;
            episode.name = QStringLiteral("Episode %1").arg(e);
            episode.sortName = episode.name.toLower();
            episode.indexNumber = e;
            episode.parentIndexNumber = s;
            episode.runTimeTicks = qint64(42) * 60 * 10'000'000;
            items.append(episode);
        }
    }
    write(items);
    return series;
}

void CacheFixture::write(const QList<MediaItem> &items)
{
    ItemWriter writer(connection(), m_config);
    WriteTransaction transaction(connection());
    ASSERT_GE(writer.upsert(items, m_clock.nowMs()), 0) << writer.lastError().toString().toStdString();
    ASSERT_TRUE(transaction.commit());
}

void CacheFixture::setUserData(const UserData &data)
{
    ASSERT_TRUE(UserDataRepository(connection()).put(ServerId, data));
}

} // namespace marquee::test
