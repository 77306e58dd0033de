// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/playstateroutes.h"

#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"
#include "demoserver/playstaterules.h"

namespace marquee {

namespace {

std::optional<qint64> positionOf(const QJsonObject &body)
{
    const QJsonValue v = jsonProperty(body, QLatin1String("PositionTicks"));
    if (v.isDouble())
        return qint64(v.toDouble());
    return std::nullopt;
}

enum class Report { Start, Progress, Stopped };

DemoReply playing(DemoState &s, DemoRequest &req, Report kind)
{
    const QJsonObject body = req.jsonBody();
    QJsonObject logged = body;
    logged.insert(QStringLiteral("Path"), req.path);
    s.playbackReports.append(logged);
    const DemoItem *item = s.library.find(jsonProperty(body, QLatin1String("ItemId")).toString());
    if (!item) // the real server ignores reports for unknown items, still with 204
        return DemoReply::noContent();
    DemoUserData data = s.userData.get(item->id);
    const DemoUserData before = data;
    switch (kind) {
    case Report::Start:
        PlaystateRules::playbackStart(data, s.nowMs());
        break;
    case Report::Progress:
        if (const auto pos = positionOf(body))
            PlaystateRules::playbackProgress(data, *pos, item->runTimeTicks);
        break;
    case Report::Stopped:
        PlaystateRules::playbackStopped(data, positionOf(body), item->runTimeTicks,
                                        jsonProperty(body, QLatin1String("Failed")).toBool(false));
        break;
    }
    if (!(data == before))
        s.saveUserData(*item, data);
    return DemoReply::noContent();
}

template <typename Change>
DemoReply changeUserData(DemoState &s, DemoRequest &req, Change change)
{
    const DemoItem *item = s.library.find(req.args.value(0));
    if (!item)
        return DemoReply::notFound(QStringLiteral("Item not found"));
    DemoUserData data = s.userData.get(item->id);
    change(data);
    s.saveUserData(*item, data);
    return DemoReply::json(s.serializer.userData(*item));
}

} // namespace

void PlaystateRoutes::addTo(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"POST", QStringLiteral("/Sessions/Playing"), true, {},
                [s](DemoRequest &req) { return playing(*s, req, Report::Start); }});
    router.add({"POST", QStringLiteral("/Sessions/Playing/Progress"), true, {},
                [s](DemoRequest &req) { return playing(*s, req, Report::Progress); }});
    router.add({"POST", QStringLiteral("/Sessions/Playing/Stopped"), true, {},
                [s](DemoRequest &req) { return playing(*s, req, Report::Stopped); }});
    router.add({"POST", QStringLiteral("/Sessions/Playing/Ping"), true, {QStringLiteral("playSessionId")},
                [](DemoRequest &) { return DemoReply::noContent(); }});

    router.add({"POST", QStringLiteral("/UserPlayedItems/{itemId}"), true,
                {QStringLiteral("userId"), QStringLiteral("datePlayed")}, [s](DemoRequest &req) {
                    const auto datePlayed = req.query.dateValue(QLatin1String("datePlayed"));
                    const qint64 now = s->nowMs();
                    return changeUserData(*s, req, [&](DemoUserData &d) { PlaystateRules::markPlayed(d, datePlayed, now); });
                }});
    router.add({"DELETE", QStringLiteral("/UserPlayedItems/{itemId}"), true, {QStringLiteral("userId")},
                [s](DemoRequest &req) {
                    return changeUserData(*s, req, [](DemoUserData &d) { PlaystateRules::markUnplayed(d); });
                }});
    router.add({"POST", QStringLiteral("/UserFavoriteItems/{itemId}"), true, {QStringLiteral("userId")},
                [s](DemoRequest &req) { return changeUserData(*s, req, [](DemoUserData &d) { d.isFavorite = true; }); }});
    router.add({"DELETE", QStringLiteral("/UserFavoriteItems/{itemId}"), true, {QStringLiteral("userId")},
                [s](DemoRequest &req) { return changeUserData(*s, req, [](DemoUserData &d) { d.isFavorite = false; }); }});
    router.add({"GET", QStringLiteral("/UserItems/{itemId}/UserData"), true, {QStringLiteral("userId")},
                [s](DemoRequest &req) {
                    const DemoItem *item = s->library.find(req.args.value(0));
                    if (!item)
                        return DemoReply::notFound(QStringLiteral("Item not found"));
                    return DemoReply::json(s->serializer.userData(*item));
                }});
    router.add({"POST", QStringLiteral("/UserItems/{itemId}/UserData"), true, {QStringLiteral("userId")},
                [s](DemoRequest &req) {
                    const QJsonObject update = req.jsonBody();
                    return changeUserData(*s, req, [&](DemoUserData &d) { PlaystateRules::applyUpdate(d, update); });
                }});
}

} // namespace marquee
