// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ticks.h"
#include "demoserver/demostate.h"
#include "demoserver/plexplaystaterules.h"
#include "demoserver/plexroutes.h"

namespace marquee {

namespace {

const QStringList ItemKeyParams{QStringLiteral("key"), QStringLiteral("identifier"), QStringLiteral("uri")};
const QStringList TimelineParams{QStringLiteral("key"), QStringLiteral("ratingKey"), QStringLiteral("state"),
                                 QStringLiteral("time"), QStringLiteral("duration"), QStringLiteral("playQueueItemID"),
                                 QStringLiteral("continuing"), QStringLiteral("updated"), QStringLiteral("offline")};

/// The item of `key` (a ratingKey) or of `uri` (`server://…/library/metadata/{ratingKey}`).
const DemoItem *itemOf(const DemoState &s, const QueryParams &q)
{
    QString key = q.value(QLatin1String("key"));
    if (key.isEmpty())
        key = q.value(QLatin1String("uri")).section(QLatin1Char('/'), -1);
    return PlexRoutes::itemByKey(s, key);
}

template <typename Change>
DemoReply changeItem(DemoState &s, const DemoRequest &req, Change change)
{
    if (req.query.value(QLatin1String("identifier")) != QLatin1String("com.plexapp.plugins.library"))
        return PlexRoutes::htmlError(req.query.has(QLatin1String("identifier")) ? 404 : 400);
    const DemoItem *item = itemOf(s, req.query);
    if (!item)
        return PlexRoutes::htmlError(404);
    DemoUserData data = s.userData.get(item->id);
    change(data);
    s.saveUserData(*item, data);
    return PlexRoutes::emptyOk();
}

DemoReply timeline(DemoState &s, const DemoRequest &req)
{
    const QueryParams &q = req.query;
    QJsonObject logged;
    for (const QString &name : TimelineParams) {
        if (q.has(QLatin1String(name.toLatin1())))
            logged.insert(name, q.value(QLatin1String(name.toLatin1())));
    }
    logged.insert(QStringLiteral("method"), QString::fromLatin1(req.method));
    logged.insert(QStringLiteral("session"), QString::fromUtf8(req.header("X-Plex-Session-Identifier")));
    s.plexTimelineReports.append(logged);

    QString key = q.value(QLatin1String("ratingKey"));
    if (key.isEmpty())
        key = q.value(QLatin1String("key")).section(QLatin1Char('/'), -1);
    const DemoItem *item = PlexRoutes::itemByKey(s, key);
    const std::optional<qint64> time = q.int64Value(QLatin1String("time"));
    const QString state = q.value(QLatin1String("state"));
    static const QStringList states{QStringLiteral("playing"), QStringLiteral("paused"), QStringLiteral("buffering"),
                                    QStringLiteral("stopped")};
    if (!item || !time || !states.contains(state))
        return PlexRoutes::htmlError(400);
    const qint64 durationMs = q.int64Value(QLatin1String("duration")).value_or(ticksToMs(item->runTimeTicks));
    if (*time < 0 || *time > durationMs)
        return PlexRoutes::htmlError(400); // what Plex's own client clamps against
    // A report synced from offline carries the time it happened (`updated`, epoch seconds).
    const bool offline = q.intValue(QLatin1String("offline")).value_or(0) == 1;
    const std::optional<qint64> updated = q.int64Value(QLatin1String("updated"));
    const qint64 when = offline && updated && *updated > 0 ? *updated * 1000 : s.nowMs();
    DemoUserData data = s.userData.get(item->id);
    const DemoUserData before = data;
    if (state != QLatin1String("buffering"))
        PlexPlaystateRules::timeline(data, *time, durationMs, when);
    if (!(data == before))
        s.saveUserData(*item, data);
    return DemoReply::json(QJsonObject{{QStringLiteral("MediaContainer"), QJsonObject{{QStringLiteral("size"), 0}}}});
}

} // namespace

void PlexRoutes::addPlaystateRoutes(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    // The specification says PUT; real clients send GET (and POST/GET for the timeline), so both are answered.
    for (const QByteArray &method : {QByteArray("PUT"), QByteArray("GET")}) {
        router.add({method, QStringLiteral("/:/scrobble"), true, ItemKeyParams, [s](DemoRequest &req) {
                        const qint64 now = s->nowMs();
                        return changeItem(*s, req, [now](DemoUserData &d) { PlexPlaystateRules::scrobble(d, now); });
                    }});
        router.add({method, QStringLiteral("/:/unscrobble"), true, ItemKeyParams, [s](DemoRequest &req) {
                        return changeItem(*s, req, [](DemoUserData &d) { PlexPlaystateRules::unscrobble(d); });
                    }});
        router.add({method, QStringLiteral("/:/rate"), true,
                    {QStringLiteral("key"), QStringLiteral("identifier"), QStringLiteral("rating"), QStringLiteral("ratedAt")},
                    [s](DemoRequest &req) {
                        bool ok = false;
                        const double rating = req.query.value(QLatin1String("rating")).toDouble(&ok);
                        if (!ok || rating < -1 || rating > 10)
                            return htmlError(400);
                        return changeItem(*s, req, [rating](DemoUserData &d) { PlexPlaystateRules::rate(d, rating); });
                    }});
    }
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("GET")})
        router.add({method, QStringLiteral("/:/timeline"), true, TimelineParams,
                    [s](DemoRequest &req) { return timeline(*s, req); }});
    router.add({"GET", QStringLiteral("/:/progress"), true,
                {QStringLiteral("key"), QStringLiteral("time")},
                [s](DemoRequest &req) {
                    const qint64 time = req.query.int64Value(QLatin1String("time")).value_or(-1);
                    if (time < 0)
                        return htmlError(400);
                    const qint64 now = s->nowMs();
                    const DemoItem *item = itemByKey(*s, req.query.value(QLatin1String("key")));
                    if (!item)
                        return htmlError(404);
                    DemoUserData data = s->userData.get(item->id);
                    PlexPlaystateRules::progress(data, time, now);
                    s->saveUserData(*item, data);
                    return DemoReply::json(
                        QJsonObject{{QStringLiteral("MediaContainer"), QJsonObject{{QStringLiteral("size"), 0}}}});
                }});
}

} // namespace marquee
