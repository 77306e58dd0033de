// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demostate.h"
#include "demoserver/plexroutes.h"
#include "demoserver/plexserializer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace marquee {

namespace {

/// The demo's own page cap: asked for more (or for everything), it sends this many, as a real server may.
constexpr int PageCap = 1000;

const QStringList PagingParams{QStringLiteral("X-Plex-Container-Start"), QStringLiteral("X-Plex-Container-Size")};

/// The date fields a media query may filter on, with Plex's operators as they arrive in a query name
/// (`updatedAt>>=5` is the name `updatedAt>>` with the value 5; PlexKodiConnect's `updatedAt>=5` is `updatedAt>`).
const QStringList DateFields{QStringLiteral("updatedAt"), QStringLiteral("addedAt"), QStringLiteral("lastViewedAt")};
const QStringList AtLeast{QStringLiteral(">>"), QStringLiteral(">")};
const QStringList AtMost{QStringLiteral("<<"), QStringLiteral("<")};

QStringList mediaQueryParams()
{
    QStringList names{QStringLiteral("type"), QStringLiteral("sort"), QStringLiteral("includeGuids"),
                      QStringLiteral("includeFields")};
    for (const QString &field : DateFields) {
        for (const QString &op : AtLeast + AtMost)
            names.append(field + op);
    }
    return names + PagingParams;
}

struct Window
{
    int start = 0;
    std::optional<int> size;
};

std::optional<int> pagingValue(const DemoRequest &req, const char *name)
{
    QByteArray raw = req.header(name);
    if (raw.isEmpty() && req.query.has(QLatin1String(name)))
        raw = req.query.value(QLatin1String(name)).toLatin1();
    bool ok = false;
    const int value = raw.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

/// Paging from the headers, or from the query (both reach real servers).
Window windowOf(const DemoRequest &req)
{
    return {std::max(0, pagingValue(req, "X-Plex-Container-Start").value_or(0)),
            pagingValue(req, "X-Plex-Container-Size")};
}

DemoReply listing(const DemoState &s, const QList<int> &indexes, const DemoRequest &req, PlexSerializer::Detail detail,
                  bool stampsOnly = false, PlexIncludes includes = {})
{
    const Window window = windowOf(req);
    const int total = int(indexes.size());
    const int start = std::min(window.start, total);
    const int size = std::clamp(window.size.value_or(PageCap), 0, PageCap);
    QList<const DemoItem *> page;
    for (int i = start; i < std::min(total, start + size); ++i)
        page.append(&s.library.items()[size_t(indexes.at(i))]);
    const PlexSerializer serializer(s);
    DemoReply reply = DemoReply::json(QJsonObject());
    reply.body = stampsOnly ? serializer.stampContainer(page, start, total)
                            : serializer.container(page, detail, start, total, includes);
    reply.addHeader("X-Plex-Container-Start", QByteArray::number(start));
    reply.addHeader("X-Plex-Container-Total-Size", QByteArray::number(total));
    return reply;
}

qint64 dateOf(const DemoState &s, const DemoItem &item, const QString &field)
{
    if (field == QLatin1String("updatedAt"))
        return item.dateLastSavedMs / 1000;
    if (field == QLatin1String("addedAt"))
        return item.dateCreatedMs / 1000;
    const DemoUserData *data = s.userData.find(item.id);
    return data && data->lastPlayedMs >= 0 ? data->lastPlayedMs / 1000 : -1;
}

struct DateFilter
{
    QString field;
    bool atLeast = true;
    qint64 bound = 0;
};

/// The date filters a request names, read once.
QList<DateFilter> dateFiltersOf(const QueryParams &q)
{
    QList<DateFilter> filters;
    for (const QString &field : DateFields) {
        for (const QString &op : AtLeast + AtMost) {
            const QByteArray name = (field + op).toLatin1();
            if (q.has(QLatin1String(name)))
                filters.append({field, AtLeast.contains(op), q.value(QLatin1String(name)).toLongLong()});
        }
    }
    return filters;
}

bool matchesDates(const DemoState &s, const DemoItem &item, const QList<DateFilter> &filters)
{
    for (const DateFilter &filter : filters) {
        const qint64 value = dateOf(s, item, filter.field);
        if (value < 0 || (filter.atLeast ? value < filter.bound : value > filter.bound))
            return false;
    }
    return true;
}

/// `sort=titleSort,id` or `addedAt:desc`; unknown keys sort by nothing.
void sortBy(const DemoState &s, QList<int> &indexes, const QString &sort)
{
    struct Key
    {
        QString name;
        bool descending = false;
    };
    QList<Key> keys;
    for (const QString &part : sort.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.split(QLatin1Char(':'));
        keys.append({pieces.first(), pieces.contains(QStringLiteral("desc"))});
    }
    const auto &items = s.library.items();
    const auto compare = [&](const DemoItem &a, const DemoItem &b, const QString &name) -> int {
        const auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        if (name == QLatin1String("titleSort"))
            return cmp(a.sortName, b.sortName);
        if (name == QLatin1String("title"))
            return cmp(a.name, b.name);
        if (name == QLatin1String("id"))
            return cmp(a.ratingKey, b.ratingKey);
        if (name == QLatin1String("year"))
            return cmp(a.productionYear, b.productionYear);
        if (name == QLatin1String("index"))
            return cmp(a.indexNumber, b.indexNumber);
        if (name == QLatin1String("duration"))
            return cmp(a.runTimeTicks, b.runTimeTicks);
        if (DateFields.contains(name))
            return cmp(dateOf(s, a, name), dateOf(s, b, name));
        return 0;
    };
    std::stable_sort(indexes.begin(), indexes.end(), [&](int x, int y) {
        for (const Key &key : keys) {
            const int c = compare(items[size_t(x)], items[size_t(y)], key.name);
            if (c != 0)
                return key.descending ? c > 0 : c < 0;
        }
        return false;
    });
}

QList<int> episodesBelow(const DemoState &s, const DemoItem &item)
{
    QList<int> out;
    for (const int child : s.library.children(item.id)) {
        const DemoItem &entry = s.library.items()[size_t(child)];
        if (entry.kind == DemoItemKind::Episode)
            out.append(child);
        else
            out += episodesBelow(s, entry);
    }
    return out;
}

/// Sorted listings of a section and type, kept until the library (or, for sorts by watch date, the user data)
/// changes: a client paging through 50,000 items asks for the same order a hundred times.
class OrderCache
{
public:
    const QList<int> &order(const DemoState &s, const QString &folderId, int type, const QString &sort)
    {
        const QString key = folderId + QLatin1Char('/') + QString::number(type) + QLatin1Char('/') + sort;
        const quint64 userDataVersion = sort.contains(QLatin1String("lastViewedAt")) ? s.userData.version() : 0;
        Entry &entry = m_entries[key];
        if (entry.libraryVersion != s.library.version() || entry.userDataVersion != userDataVersion) {
            entry.order.clear();
            const auto &items = s.library.items();
            for (int i = 0; i < int(items.size()); ++i) {
                const DemoItem &item = items[size_t(i)];
                if (PlexSerializer::typeNumber(item.kind) == type && (folderId.isEmpty() || item.libraryId == folderId))
                    entry.order.append(i);
            }
            sortBy(s, entry.order, sort);
            entry.libraryVersion = s.library.version();
            entry.userDataVersion = userDataVersion;
        }
        return entry.order;
    }

private:
    struct Entry
    {
        quint64 libraryVersion = 0;
        quint64 userDataVersion = 0;
        QList<int> order;
    };
    QHash<QString, Entry> m_entries;
};

/// `/library/sections/{id}/all`, `/library/all`: the items of a type (the section's own when none is given).
DemoReply sectionItems(const DemoState &s, const DemoRequest &req, const DemoItem *folder, OrderCache &cache)
{
    const QueryParams &q = req.query;
    int type = q.intValue(QLatin1String("type")).value_or(0);
    if (type == 0)
        type = folder && folder->collectionType == QLatin1String("tvshows") ? 2 : 1;
    const QString sort = q.has(QLatin1String("sort")) ? q.value(QLatin1String("sort")) : QStringLiteral("titleSort,id");
    const QList<int> &ordered = cache.order(s, folder ? folder->id : QString(), type, sort);
    const QList<DateFilter> filters = dateFiltersOf(q);
    QList<int> indexes;
    indexes.reserve(ordered.size());
    for (const int i : ordered) {
        if (matchesDates(s, s.library.items()[size_t(i)], filters))
            indexes.append(i);
    }
    return listing(s, indexes, req, PlexSerializer::Detail::Listing, q.has(QLatin1String("includeFields")));
}

QJsonObject sectionJson(const DemoState &s, const DemoItem &folder)
{
    const int key = s.sectionKeyOf(folder.id);
    const bool shows = folder.collectionType == QLatin1String("tvshows");
    qint64 updated = folder.dateLastSavedMs / 1000;
    for (const DemoItem &item : s.library.items()) {
        if (item.libraryId == folder.id)
            updated = std::max(updated, item.dateLastSavedMs / 1000);
    }
    return QJsonObject{{QStringLiteral("key"), QString::number(key)},
                       {QStringLiteral("type"), shows ? QStringLiteral("show") : QStringLiteral("movie")},
                       {QStringLiteral("title"), folder.name},
                       {QStringLiteral("agent"), shows ? QStringLiteral("tv.plex.agents.series") : QStringLiteral("tv.plex.agents.movie")},
                       {QStringLiteral("scanner"), shows ? QStringLiteral("Plex TV Series") : QStringLiteral("Plex Movie")},
                       {QStringLiteral("language"), QStringLiteral("en-US")},
                       {QStringLiteral("uuid"), folder.id},
                       {QStringLiteral("thumb"), shows ? QStringLiteral("/:/resources/show.png") : QStringLiteral("/:/resources/movie.png")},
                       {QStringLiteral("composite"), QStringLiteral("/library/sections/%1/composite/%2").arg(key).arg(updated)},
                       {QStringLiteral("allowSync"), true},
                       {QStringLiteral("filters"), true},
                       {QStringLiteral("refreshing"), false},
                       {QStringLiteral("hidden"), false},
                       {QStringLiteral("createdAt"), double(folder.dateCreatedMs / 1000)},
                       {QStringLiteral("updatedAt"), double(updated)},
                       {QStringLiteral("scannedAt"), double(updated)},
                       {QStringLiteral("contentChangedAt"), double(s.library.version())}};
}

DemoReply sections(const DemoState &s)
{
    QJsonArray directories;
    for (const DemoItem *folder : s.library.views())
        directories.append(sectionJson(s, *folder));
    return DemoReply::json(QJsonObject{{QStringLiteral("MediaContainer"),
                                        QJsonObject{{QStringLiteral("size"), int(directories.size())},
                                                    {QStringLiteral("allowSync"), false},
                                                    {QStringLiteral("title1"), QStringLiteral("Plex Library")},
                                                    {QStringLiteral("Directory"), directories}}}});
}

/// In-progress movies and episodes, the most recently watched first.
QList<int> continueWatching(const DemoState &s)
{
    QList<QPair<qint64, int>> found;
    const auto &items = s.library.items();
    for (int i = 0; i < int(items.size()); ++i) {
        const DemoUserData *data = s.userData.find(items[size_t(i)].id);
        if (items[size_t(i)].isPlayable() && data && data->playbackPositionTicks > 0)
            found.append({data->lastPlayedMs, i});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<int> out;
    for (const auto &entry : std::as_const(found))
        out.append(entry.second);
    return out;
}

/// On Deck: what is in progress, then the next unwatched episode of each show being watched.
QList<int> onDeck(const DemoState &s)
{
    QList<int> out = continueWatching(s);
    QList<QPair<qint64, int>> next;
    for (const DemoItem *view : s.library.views()) {
        for (const int showIndex : s.library.children(view->id)) {
            const DemoItem &show = s.library.items()[size_t(showIndex)];
            const QList<int> episodes = episodesBelow(s, show);
            int last = -1;
            qint64 lastAt = -1;
            for (int p = 0; p < episodes.size(); ++p) {
                const DemoUserData *d = s.userData.find(s.library.items()[size_t(episodes[p])].id);
                if (d && d->played && d->lastPlayedMs >= lastAt) {
                    last = p;
                    lastAt = d->lastPlayedMs;
                }
            }
            if (last >= 0 && last + 1 < episodes.size() && !out.contains(episodes[last + 1]))
                next.append({lastAt, episodes[last + 1]});
        }
    }
    std::stable_sort(next.begin(), next.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &entry : std::as_const(next))
        out.append(entry.second);
    return out;
}

DemoReply hubReply(const DemoState &s, const QList<int> &indexes, int count)
{
    QList<const DemoItem *> page;
    for (int i = 0; i < std::min<qsizetype>(count, indexes.size()); ++i)
        page.append(&s.library.items()[size_t(indexes.at(i))]);
    // The hub's items as a listing, then wrapped: {"MediaContainer":{"Hub":[{…, "Metadata":[…]}]}}.
    const QJsonObject listed =
        QJsonDocument::fromJson(PlexSerializer(s).container(page, PlexSerializer::Detail::Listing, 0, int(page.size())))
            .object()
            .value(QStringLiteral("MediaContainer"))
            .toObject();
    QJsonObject hub{{QStringLiteral("hubIdentifier"), QStringLiteral("home.continue")},
                    {QStringLiteral("hubKey"), QStringLiteral("/hubs/continueWatching/items")},
                    {QStringLiteral("key"), QStringLiteral("/hubs/continueWatching/items")},
                    {QStringLiteral("title"), QStringLiteral("Continue Watching")},
                    {QStringLiteral("type"), QStringLiteral("mixed")},
                    {QStringLiteral("size"), int(page.size())},
                    {QStringLiteral("more"), indexes.size() > page.size()},
                    {QStringLiteral("promoted"), true}};
    if (listed.contains(QStringLiteral("Metadata")))
        hub.insert(QStringLiteral("Metadata"), listed.value(QStringLiteral("Metadata")));
    return DemoReply::json(QJsonObject{{QStringLiteral("MediaContainer"),
                                        QJsonObject{{QStringLiteral("size"), 1}, {QStringLiteral("Hub"), QJsonArray{hub}}}}});
}

QList<int> byRatingKeys(const DemoState &s, const QString &keys)
{
    QList<int> out;
    for (const QString &key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const DemoItem *item = PlexRoutes::itemByKey(s, key); item && !out.contains(s.library.indexOf(item->id)))
            out.append(s.library.indexOf(item->id));
    }
    return out;
}

} // namespace

void PlexRoutes::addLibraryRoutes(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"GET", QStringLiteral("/identity"), false, {}, [s](DemoRequest &) {
                    return DemoReply::json(QJsonObject{
                        {QStringLiteral("MediaContainer"),
                         QJsonObject{{QStringLiteral("size"), 0},
                                     {QStringLiteral("claimed"), true},
                                     {QStringLiteral("machineIdentifier"), s->plexServerId()},
                                     {QStringLiteral("version"), QStringLiteral("1.43.2.10000-demo")}}}});
                }});
    router.add({"GET", QStringLiteral("/"), true, {}, [s](DemoRequest &) {
                    return DemoReply::json(QJsonObject{
                        {QStringLiteral("MediaContainer"),
                         QJsonObject{{QStringLiteral("size"), 0},
                                     {QStringLiteral("friendlyName"), DemoState::PlexServerName},
                                     {QStringLiteral("machineIdentifier"), s->plexServerId()},
                                     {QStringLiteral("myPlexUsername"), DemoState::UserName},
                                     {QStringLiteral("myPlexSigninState"), QStringLiteral("ok")},
                                     {QStringLiteral("version"), QStringLiteral("1.43.2.10000-demo")},
                                     {QStringLiteral("platform"), QStringLiteral("Linux")}}}});
                }});
    router.add({"GET", QStringLiteral("/library/sections/all"), true, {}, [s](DemoRequest &) { return sections(*s); }});
    router.add({"GET", QStringLiteral("/library/sections/"), true, {}, [s](DemoRequest &) { return sections(*s); }});
    auto orders = std::make_shared<OrderCache>();
    router.add({"GET", QStringLiteral("/library/sections/{sectionId}/all"), true, mediaQueryParams(),
                [s, orders](DemoRequest &req) {
                    const DemoItem *folder = s->sectionFolder(req.args.value(0));
                    return folder ? sectionItems(*s, req, folder, *orders) : htmlError(404);
                }});
    router.add({"GET", QStringLiteral("/library/all"), true, mediaQueryParams(),
                [s, orders](DemoRequest &req) { return sectionItems(*s, req, nullptr, *orders); }});
    router.add({"GET", QStringLiteral("/library/sections/{sectionId}/allLeaves"), true, PagingParams,
                [s](DemoRequest &req) {
                    const DemoItem *folder = s->sectionFolder(req.args.value(0));
                    if (!folder)
                        return htmlError(404);
                    QList<int> episodes;
                    for (const int show : s->library.children(folder->id))
                        episodes += episodesBelow(*s, s->library.items()[size_t(show)]);
                    return listing(*s, episodes, req, PlexSerializer::Detail::Listing);
                }});
    router.add({"GET", QStringLiteral("/library/metadata/{ids}"), true,
                PagingParams + QStringList{QStringLiteral("includeMarkers"), QStringLiteral("includeChapters")},
                [s](DemoRequest &req) {
                    const QList<int> found = byRatingKeys(*s, req.args.value(0));
                    const PlexIncludes includes{
                        req.query.intValue(QLatin1String("includeMarkers")).value_or(0) == 1,
                        req.query.intValue(QLatin1String("includeChapters")).value_or(0) == 1};
                    return found.isEmpty() ? htmlError(404)
                                           : listing(*s, found, req, PlexSerializer::Detail::Full, false, includes);
                }});
    router.add({"GET", QStringLiteral("/library/metadata/{id}/children"), true, PagingParams, [s](DemoRequest &req) {
                    const DemoItem *parent = itemByKey(*s, req.args.value(0));
                    if (!parent)
                        return htmlError(404);
                    return listing(*s, s->library.children(parent->id), req, PlexSerializer::Detail::Listing);
                }});
    router.add({"GET", QStringLiteral("/library/metadata/{ids}/allLeaves"), true, PagingParams, [s](DemoRequest &req) {
                    const DemoItem *parent = itemByKey(*s, req.args.value(0));
                    if (!parent)
                        return htmlError(404);
                    return listing(*s, episodesBelow(*s, *parent), req, PlexSerializer::Detail::Listing);
                }});
    router.add({"GET", QStringLiteral("/hubs/continueWatching"), true, {QStringLiteral("count")}, [s](DemoRequest &req) {
                    return hubReply(*s, continueWatching(*s), req.query.intValue(QLatin1String("count")).value_or(20));
                }});
    router.add({"GET", QStringLiteral("/hubs/continueWatching/items"), true, PagingParams,
                [s](DemoRequest &req) { return listing(*s, continueWatching(*s), req, PlexSerializer::Detail::Listing); }});
    router.add({"GET", QStringLiteral("/library/onDeck"), true, PagingParams,
                [s](DemoRequest &req) { return listing(*s, onDeck(*s), req, PlexSerializer::Detail::Listing); }});
    router.add({"GET", QStringLiteral("/library/sections/{sectionId}/recentlyAdded"), true, PagingParams,
                [s](DemoRequest &req) {
                    const DemoItem *folder = s->sectionFolder(req.args.value(0));
                    if (!folder)
                        return htmlError(404);
                    QList<int> added = s->library.children(folder->id);
                    sortBy(*s, added, QStringLiteral("addedAt:desc,id"));
                    return listing(*s, added, req, PlexSerializer::Detail::Listing);
                }});
}

} // namespace marquee
