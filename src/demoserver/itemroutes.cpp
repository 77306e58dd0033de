// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/itemroutes.h"

#include "demoserver/demoformat.h"
#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"

#include <algorithm>

namespace marquee {

namespace {

QStringList withDtoParams(QStringList names)
{
    names << QStringLiteral("userId") << QStringLiteral("fields") << QStringLiteral("enableImages")
          << QStringLiteral("enableUserData") << QStringLiteral("imageTypeLimit") << QStringLiteral("enableImageTypes");
    return names;
}

/// A QueryResult reply for library indexes @p indexes; @p total < 0 means "as many as returned".
DemoReply pageReply(const DemoState &s, const QList<int> &indexes, const DemoDtoOptions &options, int total, int startIndex)
{
    QList<const DemoItem *> items;
    items.reserve(indexes.size());
    for (const int i : indexes)
        items.append(&s.library.items()[size_t(i)]);
    DemoReply reply = DemoReply::json(QJsonObject());
    reply.body = s.serializer.queryResult(items, options, total < 0 ? int(items.size()) : total, startIndex);
    return reply;
}

/// Kinds named in @p names; `ok` is false when names were given but none is a kind we have.
QList<DemoItemKind> kindsOf(const QStringList &names, bool *ok)
{
    QList<DemoItemKind> kinds;
    for (const QString &name : names) {
        if (const auto kind = demoItemKindFromName(name))
            kinds.append(*kind);
    }
    *ok = names.isEmpty() || !kinds.isEmpty();
    return kinds;
}

DemoSort sortOf(const QueryParams &q)
{
    DemoSort sort;
    sort.sortBy = q.list(QLatin1String("sortBy"));
    for (const QString &order : q.list(QLatin1String("sortOrder")))
        sort.descending.append(order.compare(QLatin1String("Descending"), Qt::CaseInsensitive) == 0);
    return sort;
}

DemoReply getItems(DemoState &s, DemoRequest &req)
{
    const QueryParams &q = req.query;
    DemoItemFilter f;
    f.parentId = DemoFormat::normalizeId(q.value(QLatin1String("parentId")));
    f.recursive = q.boolValue(QLatin1String("recursive")).value_or(false);
    bool typesOk = true;
    f.includeTypes = kindsOf(q.list(QLatin1String("includeItemTypes")), &typesOk);
    bool ignored = true;
    f.excludeTypes = kindsOf(q.list(QLatin1String("excludeItemTypes")), &ignored);
    for (const QString &id : q.list(QLatin1String("ids")))
        f.ids.insert(DemoFormat::normalizeId(id));
    f.searchTerm = q.value(QLatin1String("searchTerm")).trimmed();
    f.nameStartsWith = q.value(QLatin1String("nameStartsWith"));
    f.isPlayed = q.boolValue(QLatin1String("isPlayed"));
    f.isFavorite = q.boolValue(QLatin1String("isFavorite"));
    for (const QString &flag : q.list(QLatin1String("filters"))) {
        const QString k = flag.toLower();
        if (k == QLatin1String("isplayed"))
            f.isPlayed = true;
        else if (k == QLatin1String("isunplayed"))
            f.isPlayed = false;
        else if (k == QLatin1String("isfavorite") || k == QLatin1String("isfavoriteorlikes"))
            f.isFavorite = true;
        else if (k == QLatin1String("isresumable"))
            f.isResumable = true;
        else if (k == QLatin1String("isfolder"))
            f.isFolder = true;
        else if (k == QLatin1String("isnotfolder"))
            f.isFolder = false;
    }
    // Both compile to the same predicate on DateLastSaved in 10.10+: user data is invisible here.
    const auto minSaved = q.dateValue(QLatin1String("minDateLastSaved"));
    const auto minSavedForUser = q.dateValue(QLatin1String("minDateLastSavedForUser"));
    if (minSaved || minSavedForUser)
        f.minDateLastSavedMs = qMax(minSaved.value_or(0), minSavedForUser.value_or(0));
    for (const QString &g : q.list(QLatin1String("genres"), QLatin1Char('|')))
        f.genres.insert(g.toLower());
    for (const QString &y : q.list(QLatin1String("years")))
        f.years.insert(y.toInt());
    if (!f.parentId.isEmpty() && !s.library.find(f.parentId) && f.ids.isEmpty())
        typesOk = false; // unknown parent: nothing below it

    const int start = qMax(0, q.intValue(QLatin1String("startIndex")).value_or(0));
    const int limit = q.intValue(QLatin1String("limit")).value_or(-1);
    DemoQueryResult result;
    if (typesOk)
        result = s.query.run(f, sortOf(q), start, limit);
    const bool withTotal = q.boolValue(QLatin1String("enableTotalRecordCount")).value_or(true);
    return pageReply(s, result.indexes, demoDtoOptions(q), withTotal ? result.totalRecordCount : -1, start);
}

/// Latest and Resume share this: everything below parentId, movies and episodes unless the client names types.
DemoItemFilter homeRowFilter(const QueryParams &q, bool *typesOk)
{
    DemoItemFilter f;
    f.parentId = DemoFormat::normalizeId(q.value(QLatin1String("parentId")));
    f.recursive = true;
    f.includeTypes = kindsOf(q.list(QLatin1String("includeItemTypes")), typesOk);
    if (f.includeTypes.isEmpty())
        f.includeTypes = {DemoItemKind::Movie, DemoItemKind::Episode};
    return f;
}

DemoReply getLatest(DemoState &s, DemoRequest &req)
{
    const QueryParams &q = req.query;
    bool typesOk = true;
    DemoItemFilter f = homeRowFilter(q, &typesOk);
    f.isPlayed = q.boolValue(QLatin1String("isPlayed"));
    const int limit = q.intValue(QLatin1String("limit")).value_or(20);
    const bool group = q.boolValue(QLatin1String("groupItems")).value_or(true);
    QJsonArray out;
    if (!typesOk)
        return DemoReply::json(out);
    DemoSort sort{{QStringLiteral("DateCreated")}, {true}};
    const DemoQueryResult all = s.query.run(f, sort, 0, -1);
    const DemoDtoOptions options = demoDtoOptions(q);
    QSet<QString> seenSeries;
    for (const int i : all.indexes) {
        if (out.size() >= limit)
            break;
        const DemoItem *item = &s.library.items()[size_t(i)];
        if (group && item->kind == DemoItemKind::Episode) {
            // Episodes are grouped into their series, as the home screen shows them.
            if (seenSeries.contains(item->seriesId))
                continue;
            seenSeries.insert(item->seriesId);
            if (const DemoItem *series = s.library.find(item->seriesId))
                item = series;
        }
        out.append(s.serializer.item(*item, options));
    }
    return DemoReply::json(out);
}

DemoReply getResume(DemoState &s, DemoRequest &req)
{
    const QueryParams &q = req.query;
    bool typesOk = true;
    DemoItemFilter f = homeRowFilter(q, &typesOk);
    bool ignored = true;
    f.excludeTypes = kindsOf(q.list(QLatin1String("excludeItemTypes")), &ignored);
    f.searchTerm = q.value(QLatin1String("searchTerm")).trimmed();
    f.isResumable = true;
    f.isPlayed = false;
    const int start = qMax(0, q.intValue(QLatin1String("startIndex")).value_or(0));
    const int limit = q.intValue(QLatin1String("limit")).value_or(-1);
    DemoQueryResult result;
    if (typesOk)
        result = s.query.run(f, DemoSort{{QStringLiteral("DatePlayed")}, {true}}, start, limit);
    const bool withTotal = q.boolValue(QLatin1String("enableTotalRecordCount")).value_or(true);
    return pageReply(s, result.indexes, demoDtoOptions(q), withTotal ? result.totalRecordCount : -1, start);
}

/// Episodes of a series in aired order (season, then episode), specials excluded.
QList<int> episodesOf(const DemoState &s, const QString &seriesId)
{
    QList<int> out;
    for (const int season : s.library.children(seriesId))
        out.append(s.library.children(s.library.items()[size_t(season)].id));
    return out;
}

DemoReply getNextUp(DemoState &s, DemoRequest &req)
{
    const QueryParams &q = req.query;
    const QString onlySeries = DemoFormat::normalizeId(q.value(QLatin1String("seriesId")));
    const QString parentId = DemoFormat::normalizeId(q.value(QLatin1String("parentId")));
    const bool enableResumable = q.boolValue(QLatin1String("enableResumable")).value_or(true);
    const auto cutoff = q.dateValue(QLatin1String("nextUpDateCutoff"));
    struct Candidate { int episode; qint64 lastPlayedMs; };
    QList<Candidate> candidates;
    const auto &items = s.library.items();
    for (int i = 0; i < int(items.size()); ++i) {
        const DemoItem &series = items[size_t(i)];
        if (series.kind != DemoItemKind::Series || (!onlySeries.isEmpty() && series.id != onlySeries)
            || (!parentId.isEmpty() && series.libraryId != parentId && series.id != parentId))
            continue;
        // Next up: the first unplayed episode after the most recently played one.
        const QList<int> episodes = episodesOf(s, series.id);
        int lastPlayedPos = -1;
        qint64 lastPlayedMs = -1;
        for (int p = 0; p < episodes.size(); ++p) {
            const DemoUserData *d = s.userData.find(items[size_t(episodes[p])].id);
            if (d && d->played && d->lastPlayedMs >= lastPlayedMs) {
                lastPlayedMs = d->lastPlayedMs;
                lastPlayedPos = p;
            }
        }
        if (lastPlayedPos < 0 || (cutoff && lastPlayedMs < *cutoff))
            continue;
        for (int p = lastPlayedPos + 1; p < episodes.size(); ++p) {
            const DemoUserData *d = s.userData.find(items[size_t(episodes[p])].id);
            if (d && d->played)
                continue;
            if (!enableResumable && d && d->playbackPositionTicks > 0)
                break;
            candidates.append({episodes[p], lastPlayedMs});
            break;
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.lastPlayedMs > b.lastPlayedMs; });
    const int start = qMax(0, q.intValue(QLatin1String("startIndex")).value_or(0));
    const int limit = q.intValue(QLatin1String("limit")).value_or(-1);
    QList<int> page;
    for (int i = start; i < candidates.size() && (limit < 0 || page.size() < limit); ++i)
        page.append(candidates[i].episode);
    const bool withTotal = q.boolValue(QLatin1String("enableTotalRecordCount")).value_or(true);
    return pageReply(s, page, demoDtoOptions(q), withTotal ? int(candidates.size()) : -1, start);
}

DemoReply getSeasons(DemoState &s, DemoRequest &req)
{
    const DemoItem *series = s.library.find(req.args.value(0));
    if (!series || series->kind != DemoItemKind::Series)
        return DemoReply::notFound(QStringLiteral("Series not found"));
    QList<int> seasons = s.library.children(series->id);
    const auto special = req.query.boolValue(QLatin1String("isSpecialSeason"));
    if (special && *special)
        seasons.clear(); // the demo has no specials
    return pageReply(s, seasons, demoDtoOptions(req.query), -1, 0);
}

DemoReply getEpisodes(DemoState &s, DemoRequest &req)
{
    const QueryParams &q = req.query;
    const DemoItem *series = s.library.find(req.args.value(0));
    if (!series || series->kind != DemoItemKind::Series)
        return DemoReply::notFound(QStringLiteral("Series not found"));
    QList<int> episodes = episodesOf(s, series->id);
    const QString seasonId = DemoFormat::normalizeId(q.value(QLatin1String("seasonId")));
    const auto seasonNumber = q.intValue(QLatin1String("season"));
    const auto &items = s.library.items();
    episodes.erase(std::remove_if(episodes.begin(), episodes.end(),
                                  [&](int i) {
                                      const DemoItem &ep = items[size_t(i)];
                                      return (!seasonId.isEmpty() && ep.seasonId != seasonId)
                                          || (seasonNumber && ep.parentIndexNumber != *seasonNumber);
                                  }),
                   episodes.end());
    const QString sortBy = q.value(QLatin1String("sortBy"));
    if (!sortBy.isEmpty())
        s.query.sortIndexes(episodes, DemoSort{{sortBy}, {}});
    const QString startItem = DemoFormat::normalizeId(q.value(QLatin1String("startItemId")));
    if (!startItem.isEmpty()) {
        const auto it = std::find_if(episodes.begin(), episodes.end(), [&](int i) { return items[size_t(i)].id == startItem; });
        episodes.erase(episodes.begin(), it);
    }
    const int total = int(episodes.size());
    const int start = qMax(0, q.intValue(QLatin1String("startIndex")).value_or(0));
    const int limit = q.intValue(QLatin1String("limit")).value_or(-1);
    const QList<int> page = episodes.mid(start, limit < 0 ? -1 : limit);
    return pageReply(s, page, demoDtoOptions(q), total, start);
}

} // namespace

void ItemRoutes::addTo(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"GET", QStringLiteral("/Items"), true,
                withDtoParams({QStringLiteral("parentId"), QStringLiteral("recursive"), QStringLiteral("includeItemTypes"),
                               QStringLiteral("excludeItemTypes"), QStringLiteral("startIndex"), QStringLiteral("limit"),
                               QStringLiteral("sortBy"), QStringLiteral("sortOrder"), QStringLiteral("enableTotalRecordCount"),
                               QStringLiteral("minDateLastSaved"), QStringLiteral("minDateLastSavedForUser"),
                               QStringLiteral("ids"), QStringLiteral("searchTerm"), QStringLiteral("nameStartsWith"),
                               QStringLiteral("isPlayed"), QStringLiteral("isFavorite"), QStringLiteral("filters"),
                               QStringLiteral("genres"), QStringLiteral("years")}),
                [s](DemoRequest &req) { return getItems(*s, req); }});
    router.add({"GET", QStringLiteral("/Items/{itemId}"), true, {QStringLiteral("userId")}, [s](DemoRequest &req) {
                    const DemoItem *item = s->library.find(req.args.value(0));
                    if (!item)
                        return DemoReply::notFound(QStringLiteral("Item not found"));
                    DemoDtoOptions options;
                    options.allFields = true;
                    return DemoReply::json(s->serializer.item(*item, options));
                }});
    router.add({"GET", QStringLiteral("/Items/Latest"), true,
                withDtoParams({QStringLiteral("parentId"), QStringLiteral("includeItemTypes"), QStringLiteral("isPlayed"),
                               QStringLiteral("limit"), QStringLiteral("groupItems")}),
                [s](DemoRequest &req) { return getLatest(*s, req); }});
    router.add({"GET", QStringLiteral("/UserItems/Resume"), true,
                withDtoParams({QStringLiteral("startIndex"), QStringLiteral("limit"), QStringLiteral("searchTerm"),
                               QStringLiteral("parentId"), QStringLiteral("mediaTypes"), QStringLiteral("excludeItemTypes"),
                               QStringLiteral("includeItemTypes"), QStringLiteral("enableTotalRecordCount"),
                               QStringLiteral("excludeActiveSessions")}),
                [s](DemoRequest &req) { return getResume(*s, req); }});
    router.add({"GET", QStringLiteral("/Shows/NextUp"), true,
                withDtoParams({QStringLiteral("startIndex"), QStringLiteral("limit"), QStringLiteral("seriesId"),
                               QStringLiteral("parentId"), QStringLiteral("nextUpDateCutoff"),
                               QStringLiteral("enableTotalRecordCount"), QStringLiteral("disableFirstEpisode"),
                               QStringLiteral("enableResumable"), QStringLiteral("enableRewatching")}),
                [s](DemoRequest &req) { return getNextUp(*s, req); }});
    router.add({"GET", QStringLiteral("/Shows/{seriesId}/Seasons"), true,
                withDtoParams({QStringLiteral("isSpecialSeason"), QStringLiteral("isMissing"), QStringLiteral("adjacentTo")}),
                [s](DemoRequest &req) { return getSeasons(*s, req); }});
    router.add({"GET", QStringLiteral("/Shows/{seriesId}/Episodes"), true,
                withDtoParams({QStringLiteral("season"), QStringLiteral("seasonId"), QStringLiteral("isMissing"),
                               QStringLiteral("adjacentTo"), QStringLiteral("startItemId"), QStringLiteral("startIndex"),
                               QStringLiteral("limit"), QStringLiteral("sortBy")}),
                [s](DemoRequest &req) { return getEpisodes(*s, req); }});
}

} // namespace marquee
