// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/librarygenerator.h"

#include "core/ticks.h"
#include "demoserver/demoformat.h"
#include "demoserver/demolibrary.h"
#include "demoserver/demouserdatastore.h"
#include "demoserver/demovocabulary.h"

#include <QDateTime>

#include <random>

namespace marquee {

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr int PeoplePoolSize = 1500;

/// Small deterministic helper over mt19937_64 (whose sequence the C++ standard fixes).
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 0 ? 0 : int(m_engine() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    QString id() { return DemoFormat::idFromBits(next(), next()); }
    template <typename List>
    const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937_64 m_engine;
};

/// SplitMix64: cheap to seed, for text derived per item at serialisation time.
class TextRng
{
public:
    explicit TextRng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    template <typename List>
    const auto &pick(const List &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

QString makeTitle(Rng &rng)
{
    const auto &adj = DemoVocabulary::adjectives();
    const auto &noun = DemoVocabulary::nouns();
    const auto &place = DemoVocabulary::places();
    switch (rng.below(6)) {
    case 0: return QStringLiteral("The ") + rng.pick(adj) + QLatin1Char(' ') + rng.pick(noun);
    case 1: return rng.pick(noun) + QStringLiteral(" of ") + rng.pick(place);
    case 2: return rng.pick(adj) + QLatin1Char(' ') + rng.pick(noun);
    case 3: return QStringLiteral("A ") + rng.pick(noun) + QStringLiteral(" in ") + rng.pick(place);
    case 4: return rng.pick(adj) + QLatin1Char(' ') + rng.pick(noun) + QStringLiteral(": ") + rng.pick(place);
    default: return QStringLiteral("The ") + rng.pick(noun) + QStringLiteral(" ") + QString::number(rng.between(2, 9));
    }
}

QList<quint8> pickDistinct(Rng &rng, int count, int poolSize)
{
    QList<quint8> out;
    while (out.size() < count) {
        const auto v = quint8(rng.below(poolSize));
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

DemoItem makeFolder(Rng &rng, const QString &name, const QString &collectionType)
{
    DemoItem folder;
    folder.id = rng.id();
    folder.libraryId = folder.id;
    folder.kind = DemoItemKind::CollectionFolder;
    folder.name = name;
    folder.sortName = DemoLibrary::makeSortName(name);
    folder.collectionType = collectionType;
    folder.dateCreatedMs = LibraryGenerator::BaseTimeMs;
    folder.dateLastSavedMs = LibraryGenerator::BaseTimeMs;
    folder.premiereDateMs = -1;
    return folder;
}

void fillCommon(Rng &rng, DemoItem &item)
{
    item.textSeed = quint32(rng.next());
    item.communityRating = float(rng.between(40, 95)) / 10.0f;
    item.officialRating = quint8(rng.below(int(DemoVocabulary::officialRatings().size())));
    item.genres = pickDistinct(rng, rng.between(1, 3), int(DemoVocabulary::genres().size()));
    item.studios = pickDistinct(rng, rng.between(1, 2), int(DemoVocabulary::studios().size()));
}

qint64 dateFromYear(Rng &rng, int year)
{
    return QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + rng.below(364) * DayMs;
}

/// Initial user data, as if the demo user had watched some of it elsewhere.
void seedMovieUserData(Rng &rng, const DemoItem &movie, DemoUserDataStore &store)
{
    const int roll = rng.below(100);
    DemoUserData data;
    if (roll < 10) {
        data.played = true;
        data.playCount = rng.between(1, 3);
        data.lastPlayedMs = LibraryGenerator::BaseTimeMs + rng.between(100, 700) * DayMs;
    } else if (roll < 16) {
        data.playCount = 1;
        data.playbackPositionTicks = movie.runTimeTicks * rng.between(10, 80) / 100;
        data.lastPlayedMs = LibraryGenerator::BaseTimeMs + rng.between(100, 700) * DayMs;
    }
    data.isFavorite = rng.chance(8);
    if (!data.isDefault())
        store.seed(movie.id, data);
}

} // namespace

void LibraryGenerator::generate(const DemoLibrarySpec &spec, DemoLibrary &library, DemoUserDataStore &userData)
{
    Rng rng(spec.seed);
    library.clear();
    userData.clear();

    QList<DemoPerson> people;
    people.reserve(PeoplePoolSize);
    for (int i = 0; i < PeoplePoolSize; ++i)
        people.append({rng.id(), rng.pick(DemoVocabulary::firstNames()) + QLatin1Char(' ') + rng.pick(DemoVocabulary::lastNames())});
    library.setPeople(std::move(people));

    const DemoItem movies = makeFolder(rng, QStringLiteral("Movies"), QStringLiteral("movies"));
    const DemoItem shows = makeFolder(rng, QStringLiteral("Shows"), QStringLiteral("tvshows"));
    library.append(movies);
    library.append(shows);

    const auto &hostile = DemoVocabulary::hostileTitles();
    for (int m = 0; m < spec.movies; ++m) {
        DemoItem movie;
        movie.id = rng.id();
        movie.kind = DemoItemKind::Movie;
        movie.parentId = movies.id;
        movie.libraryId = movies.id;
        // A few fixed positions get hostile titles: sparing, and the same for every seed.
        movie.name = (m % 97 == 7 && m / 97 < hostile.size()) ? hostile.at(m / 97) : makeTitle(rng);
        movie.sortName = DemoLibrary::makeSortName(movie.name);
        movie.productionYear = rng.between(1950, 2024);
        movie.premiereDateMs = dateFromYear(rng, movie.productionYear);
        // Whole tens of seconds: the stream (the 10 s sample looped, DemoVideo) is exactly as long as the runtime.
        movie.runTimeTicks = qint64(rng.between(80, 180)) * 60 * TicksPerSecond + rng.below(6) * 10 * TicksPerSecond;
        fillCommon(rng, movie);
        movie.dateCreatedMs = BaseTimeMs + rng.below(600) * DayMs + rng.below(int(DayMs / 1000)) * 1000;
        movie.dateLastSavedMs = movie.dateCreatedMs + rng.below(3600) * 1000;
        seedMovieUserData(rng, movie, userData);
        library.append(std::move(movie));
    }

    for (int s = 0; s < spec.series; ++s) {
        DemoItem series;
        series.id = rng.id();
        series.kind = DemoItemKind::Series;
        series.parentId = shows.id;
        series.libraryId = shows.id;
        series.name = (s % 31 == 3 && s / 31 + 1 < hostile.size()) ? hostile.at(hostile.size() - 1 - s / 31) : makeTitle(rng);
        series.sortName = DemoLibrary::makeSortName(series.name);
        series.productionYear = rng.between(1980, 2023);
        series.premiereDateMs = dateFromYear(rng, series.productionYear);
        series.ended = rng.chance(60);
        fillCommon(rng, series);
        const qint64 episodeMinutes = rng.pick(QList<int>{22, 25, 30, 42, 45, 55});
        series.runTimeTicks = episodeMinutes * 60 * TicksPerSecond;
        series.dateCreatedMs = BaseTimeMs + rng.below(500) * DayMs;
        series.dateLastSavedMs = series.dateCreatedMs + rng.below(3600) * 1000;
        // Some series are being watched: the first `watched` episodes are played.
        const bool started = rng.chance(30);
        int watchedLeft = started ? rng.between(1, 30) : 0;
        const qint64 lastWatchMs = BaseTimeMs + rng.between(300, 700) * DayMs;

        const int seasons = rng.between(spec.minSeasons, spec.maxSeasons);
        for (int sn = 1; sn <= seasons; ++sn) {
            DemoItem season;
            season.id = rng.id();
            season.kind = DemoItemKind::Season;
            season.parentId = series.id;
            season.libraryId = shows.id;
            season.seriesId = series.id;
            season.indexNumber = sn;
            season.name = QStringLiteral("Season %1").arg(sn);
            season.sortName = QStringLiteral("season %1").arg(sn, 3, 10, QLatin1Char('0'));
            season.productionYear = series.productionYear + sn - 1;
            season.premiereDateMs = series.premiereDateMs + (sn - 1) * 365 * DayMs;
            season.textSeed = quint32(rng.next());
            season.dateCreatedMs = series.dateCreatedMs;
            season.dateLastSavedMs = series.dateLastSavedMs;
            const int episodes = rng.between(spec.minEpisodes, spec.maxEpisodes);
            for (int e = 1; e <= episodes; ++e) {
                DemoItem ep;
                ep.id = rng.id();
                ep.kind = DemoItemKind::Episode;
                ep.parentId = season.id;
                ep.libraryId = shows.id;
                ep.seriesId = series.id;
                ep.seasonId = season.id;
                ep.indexNumber = e;
                ep.parentIndexNumber = sn;
                ep.name = makeTitle(rng);
                ep.sortName = DemoLibrary::makeSortName(ep.name);
                ep.premiereDateMs = season.premiereDateMs + (e - 1) * 7 * DayMs;
                ep.productionYear = QDateTime::fromMSecsSinceEpoch(ep.premiereDateMs, Qt::UTC).date().year();
                ep.runTimeTicks = series.runTimeTicks + rng.below(18) * 10 * TicksPerSecond;
                ep.textSeed = quint32(rng.next());
                ep.communityRating = float(rng.between(50, 95)) / 10.0f;
                ep.officialRating = series.officialRating;
                ep.dateCreatedMs = series.dateCreatedMs + (sn * 30 + e) * 3600'000LL;
                ep.dateLastSavedMs = ep.dateCreatedMs;
                if (watchedLeft > 0) {
                    --watchedLeft;
                    DemoUserData data;
                    data.played = true;
                    data.playCount = 1;
                    data.lastPlayedMs = lastWatchMs - watchedLeft * 3600'000LL;
                    userData.seed(ep.id, data);
                }
                library.append(std::move(ep));
            }
            library.append(std::move(season));
        }
        library.append(std::move(series));
    }
    library.rebuildIndex();
}

DemoItem LibraryGenerator::makeItem(quint64 seed, quint64 serial, DemoItemKind kind, const QString &name,
                                    const QString &parentId, qint64 nowMs)
{
    Rng rng(seed ^ (0x9e3779b97f4a7c15ULL * (serial + 1)));
    DemoItem item;
    item.id = rng.id();
    item.kind = kind;
    item.parentId = parentId;
    item.name = name;
    item.sortName = DemoLibrary::makeSortName(name);
    item.productionYear = 2025;
    item.premiereDateMs = nowMs;
    item.runTimeTicks = (kind == DemoItemKind::Episode ? 42 : 100) * 60 * TicksPerSecond;
    fillCommon(rng, item);
    item.dateCreatedMs = nowMs;
    item.dateLastSavedMs = nowMs;
    return item;
}

QString LibraryGenerator::overviewFor(const DemoItem &item)
{
    TextRng rng(item.textSeed);
    QString text = rng.pick(DemoVocabulary::overviewOpenings()) + rng.pick(DemoVocabulary::overviewMiddles())
        + rng.pick(DemoVocabulary::overviewEndings());
    text += QStringLiteral(" Set between ") + rng.pick(DemoVocabulary::places()) + QStringLiteral(" and ")
        + rng.pick(DemoVocabulary::places()) + QStringLiteral(", it is a story about ")
        + rng.pick(DemoVocabulary::nouns()).toLower() + QStringLiteral("s, ")
        + rng.pick(DemoVocabulary::adjectives()).toLower() + QStringLiteral(" choices and second chances.");
    return text;
}

QList<DemoCredit> LibraryGenerator::creditsFor(const DemoItem &item, int peopleCount)
{
    if (peopleCount <= 0 || item.kind == DemoItemKind::CollectionFolder || item.kind == DemoItemKind::Season)
        return {};
    TextRng rng(quint64(item.textSeed) * 31 + 7);
    QList<DemoCredit> credits;
    const int actors = item.kind == DemoItemKind::Episode ? rng.between(1, 2) : rng.between(3, 6);
    for (int i = 0; i < actors; ++i) {
        credits.append({rng.below(peopleCount),
                        rng.pick(DemoVocabulary::firstNames()) + QLatin1Char(' ') + rng.pick(DemoVocabulary::lastNames()),
                        QStringLiteral("Actor")});
    }
    credits.append({rng.below(peopleCount), QString(), QStringLiteral("Director")});
    credits.append({rng.below(peopleCount), QString(), QStringLiteral("Writer")});
    return credits;
}

} // namespace marquee
