// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/adminroutes.h"

#include "demoserver/democontrols.h"
#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"

namespace marquee {

namespace {

QJsonObject controlsJson(DemoControls &c)
{
    return QJsonObject{{QStringLiteral("LatencyMs"), c.latencyMs()},
                       {QStringLiteral("ErrorRate"), c.errorRate()},
                       {QStringLiteral("DropMidBody"), c.dropMidBody()},
                       {QStringLiteral("Offline"), c.isOffline()},
                       {QStringLiteral("DownloadsAllowed"), c.downloadsAllowed()},
                       {QStringLiteral("BandwidthBytesPerSecond"), double(c.bandwidthLimit())}};
}

} // namespace

void AdminRoutes::addTo(DemoRouter &router, DemoState &state, std::function<void(int ms)> goOfflineFor)
{
    DemoState *s = &state;
    DemoRouter *r = &router;
    router.add({"GET", QStringLiteral("/Demo/Routes"), false, {}, [r](DemoRequest &) {
                    QJsonArray out;
                    for (const DemoRoute &route : r->routes()) {
                        if (route.pattern.startsWith(QLatin1String("/Demo/")))
                            continue;
                        out.append(QJsonObject{{QStringLiteral("Method"), QString::fromLatin1(route.method)},
                                               {QStringLiteral("Path"), route.pattern},
                                               {QStringLiteral("RequiresAuth"), route.requiresAuth},
                                               {QStringLiteral("QueryParameters"), QJsonArray::fromStringList(route.queryParams)}});
                    }
                    return DemoReply::json(out);
                }});
    router.add({"GET", QStringLiteral("/Demo/Counters"), false, {}, [s](DemoRequest &) {
                    QJsonObject byRoute;
                    const auto counts = s->controls().requestCounts();
                    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                        byRoute.insert(it.key(), double(it.value()));
                    return DemoReply::json(QJsonObject{{QStringLiteral("Requests"), byRoute},
                                                       {QStringLiteral("TotalRequests"), double(s->controls().totalRequests())},
                                                       {QStringLiteral("BytesSent"), double(s->controls().bytesSent())},
                                                       {QStringLiteral("MediaBytesSent"), double(s->controls().mediaBytesSent())}});
                }});
    router.add({"POST", QStringLiteral("/Demo/Counters/Reset"), false, {}, [s](DemoRequest &) {
                    s->controls().resetCounters();
                    return DemoReply::noContent();
                }});
    router.add({"GET", QStringLiteral("/Demo/Controls"), false, {},
                [s](DemoRequest &) { return DemoReply::json(controlsJson(s->controls())); }});
    router.add({"POST", QStringLiteral("/Demo/Controls"), false,
                {QStringLiteral("latencyMs"), QStringLiteral("errorRate"), QStringLiteral("dropMidBody"),
                 QStringLiteral("downloadsAllowed"), QStringLiteral("bandwidthBytesPerSecond")},
                [s](DemoRequest &req) {
                    if (const auto v = req.query.intValue(QLatin1String("latencyMs")))
                        s->controls().setLatencyMs(*v);
                    bool ok = false;
                    const double rate = req.query.value(QLatin1String("errorRate")).toDouble(&ok);
                    if (ok)
                        s->controls().setErrorRate(rate);
                    if (const auto v = req.query.intValue(QLatin1String("dropMidBody")))
                        s->controls().setDropMidBody(*v);
                    if (const auto v = req.query.boolValue(QLatin1String("downloadsAllowed")))
                        s->controls().setDownloadsAllowed(*v);
                    const qint64 bandwidth = req.query.value(QLatin1String("bandwidthBytesPerSecond")).toLongLong(&ok);
                    if (ok)
                        s->controls().setBandwidthLimit(bandwidth);
                    return DemoReply::json(controlsJson(s->controls()));
                }});
    router.add({"POST", QStringLiteral("/Demo/Offline"), false, {QStringLiteral("seconds")},
                [goOfflineFor](DemoRequest &req) {
                    const int seconds = qBound(1, req.query.intValue(QLatin1String("seconds")).value_or(5), 3600);
                    goOfflineFor(seconds * 1000);
                    return DemoReply::noContent();
                }});
    router.add({"POST", QStringLiteral("/Demo/Items"), false, {}, [s](DemoRequest &req) {
                    const QJsonObject body = req.jsonBody();
                    DemoNewItem item;
                    item.kind = demoItemKindFromName(body.value(QStringLiteral("Type")).toString(QStringLiteral("Movie")))
                                    .value_or(DemoItemKind::CollectionFolder);
                    item.name = body.value(QStringLiteral("Name")).toString(QStringLiteral("New Item"));
                    item.parentId = body.value(QStringLiteral("ParentId")).toString();
                    const QString id = s->addItem(item);
                    if (id.isEmpty())
                        return DemoReply::badRequest(QStringLiteral("Type must be Movie or Series, ParentId a library"));
                    return DemoReply::json(QJsonObject{{QStringLiteral("Id"), id}});
                }});
    router.add({"POST", QStringLiteral("/Demo/Items/{itemId}/Rename"), false, {QStringLiteral("name")},
                [s](DemoRequest &req) {
                    const QString name = req.query.value(QLatin1String("name"));
                    if (name.isEmpty())
                        return DemoReply::badRequest(QStringLiteral("name is required"));
                    return s->renameItem(req.args.value(0), name) ? DemoReply::noContent() : DemoReply::notFound();
                }});
    router.add({"POST", QStringLiteral("/Demo/Items/{itemId}/File"), false, {QStringLiteral("sizeBytes")},
                [s](DemoRequest &req) {
                    bool ok = false;
                    const qint64 size = req.query.value(QLatin1String("sizeBytes")).toLongLong(&ok);
                    if (!ok || !s->replaceMediaFile(req.args.value(0), size))
                        return DemoReply::badRequest(QStringLiteral("a playable item and sizeBytes of at least %1 are required")
                                                         .arg(s->mediaFiles.minimumPaddedSize()));
                    return DemoReply::noContent();
                }});
    router.add({"DELETE", QStringLiteral("/Demo/Items/{itemId}"), false, {}, [s](DemoRequest &req) {
                    return s->deleteItem(req.args.value(0)) ? DemoReply::noContent() : DemoReply::notFound();
                }});
    router.add({"POST", QStringLiteral("/Demo/Plex/Pins/{code}/Claim"), false, {}, [s](DemoRequest &req) {
                    // What the user does on plex.tv/link: approve the PIN shown by the app.
                    return s->claimPlexPin(req.args.value(0)) ? DemoReply::noContent() : DemoReply::notFound();
                }});
    router.add({"GET", QStringLiteral("/Demo/Plex/Playback"), false, {}, [s](DemoRequest &) {
                    // What the Plex face's transcoder was asked (the version of each play session) and which media
                    // parts were streamed: the server's side of a playback, for tests.
                    QJsonObject parts;
                    for (auto it = s->transcodes.plexPartRequests.cbegin(); it != s->transcodes.plexPartRequests.cend(); ++it)
                        parts.insert(it.key(), it.value());
                    QJsonArray decisions;
                    for (const QJsonObject &decision : std::as_const(s->transcodes.plexDecisions))
                        decisions.append(decision);
                    return DemoReply::json(QJsonObject{{QStringLiteral("Decisions"), decisions},
                                                       {QStringLiteral("PartRequests"), parts}});
                }});
    router.add({"POST", QStringLiteral("/Demo/Identity/Change"), false, {}, [s](DemoRequest &) {
                    s->changeIdentity();
                    return DemoReply::noContent();
                }});
    router.add({"POST", QStringLiteral("/Demo/UserData/{itemId}"), false, {}, [s](DemoRequest &req) {
                    return s->changeUserData(req.args.value(0), req.jsonBody()) ? DemoReply::noContent()
                                                                                : DemoReply::notFound();
                }});
}

} // namespace marquee
