// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demoformat.h"
#include "demoserver/demostate.h"
#include "demoserver/plexroutes.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace marquee {

namespace {

constexpr int PinLifetimeSeconds = 900;

QJsonObject pinJson(const DemoState &s, const DemoPlexAccount::Pin &pin)
{
    const qint64 now = s.nowMs();
    return QJsonObject{{QStringLiteral("id"), double(pin.id)},
                       {QStringLiteral("code"), pin.code},
                       {QStringLiteral("product"), QStringLiteral("Marquee")},
                       {QStringLiteral("trusted"), false},
                       {QStringLiteral("qr"), QString(QStringLiteral("https://plex.tv/api/v2/pins/qr/") + pin.code)},
                       {QStringLiteral("clientIdentifier"), pin.clientIdentifier},
                       {QStringLiteral("expiresIn"), PinLifetimeSeconds},
                       {QStringLiteral("createdAt"), DemoFormat::formatDate(now)},
                       {QStringLiteral("expiresAt"), DemoFormat::formatDate(now + PinLifetimeSeconds * 1000LL)},
                       {QStringLiteral("newRegistration"), false},
                       {QStringLiteral("authToken"), pin.claimed ? QJsonValue(s.plex.accountToken) : QJsonValue()}};
}

/// A device of the account's resources list, with every field plex.tv always sends.
QJsonObject device(const DemoState &s, const QString &name, const QString &product, const QString &provides,
                   const QString &clientIdentifier, const QString &accessToken, const QJsonArray &connections)
{
    const QString seen = DemoFormat::formatDate(s.nowMs()).left(19) + QLatin1Char('Z');
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("product"), product},
                       {QStringLiteral("productVersion"), QStringLiteral("1.43.2.10000-demo")},
                       {QStringLiteral("clientIdentifier"), clientIdentifier},
                       {QStringLiteral("createdAt"), QStringLiteral("2023-01-01T00:00:00Z")},
                       {QStringLiteral("lastSeenAt"), seen},
                       {QStringLiteral("provides"), provides},
                       {QStringLiteral("ownerId"), QJsonValue()},
                       {QStringLiteral("sourceTitle"), QJsonValue()},
                       {QStringLiteral("publicAddress"), QStringLiteral("127.0.0.1")},
                       {QStringLiteral("accessToken"), accessToken},
                       {QStringLiteral("owned"), true},
                       {QStringLiteral("home"), false},
                       {QStringLiteral("synced"), false},
                       {QStringLiteral("relay"), true},
                       {QStringLiteral("presence"), true},
                       {QStringLiteral("httpsRequired"), false},
                       {QStringLiteral("publicAddressMatches"), true},
                       {QStringLiteral("dnsRebindingProtection"), false},
                       {QStringLiteral("natLoopbackSupported"), true},
                       {QStringLiteral("connections"), connections}};
}

bool isAccount(const DemoState &s, const DemoRequest &req)
{
    return PlexRoutes::tokenOf(req.url, req.header("X-Plex-Token")) == s.plex.accountToken;
}

} // namespace

void PlexRoutes::addPlexTvRoutes(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"POST", QStringLiteral("/api/v2/pins"), false, {QStringLiteral("strong")}, [s](DemoRequest &req) {
                    DemoPlexAccount::Pin pin;
                    pin.id = ++s->plex.lastPinId;
                    const bool strong = req.query.boolValue(QLatin1String("strong")).value_or(false);
                    const quint64 bits = QRandomGenerator::global()->generate64();
                    pin.code = DemoFormat::idFromBits(bits, quint64(pin.id)).left(strong ? 25 : 4).toUpper();
                    pin.clientIdentifier = QString::fromUtf8(req.header("X-Plex-Client-Identifier"));
                    s->plex.pins.insert(pin.id, pin);
                    return DemoReply::json(pinJson(*s, pin));
                }});
    router.add({"GET", QStringLiteral("/api/v2/pins/{pinId}"), false, {}, [s](DemoRequest &req) {
                    const auto it = s->plex.pins.constFind(req.args.value(0).toLongLong());
                    if (it == s->plex.pins.cend())
                        return htmlError(404); // plex.tv forgets expired PINs
                    return DemoReply::json(pinJson(*s, *it));
                }});
    router.add({"GET", QStringLiteral("/api/v2/resources"), false,
                {QStringLiteral("includeHttps"), QStringLiteral("includeRelay"), QStringLiteral("includeIPv6")},
                [s](DemoRequest &req) {
                    if (!isAccount(*s, req))
                        return htmlError(401);
                    // plex.tv and the server share the demo's port: the address the request came to reaches both.
                    const QString host = QString::fromLatin1(req.header("Host"));
                    const int port = host.section(QLatin1Char(':'), -1).toInt();
                    const QString reachable = QStringLiteral("http://127.0.0.1:%1").arg(port);
                    // A local address that refuses (a server that moved), the reachable one, and a relay.
                    const QJsonArray connections{
                        QJsonObject{{QStringLiteral("protocol"), QStringLiteral("http")},
                                    {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), 1},
                                    {QStringLiteral("uri"), QStringLiteral("http://127.0.0.1:1")},
                                    {QStringLiteral("local"), true},
                                    {QStringLiteral("relay"), false},
                                    {QStringLiteral("IPv6"), false}},
                        QJsonObject{{QStringLiteral("protocol"), QStringLiteral("http")},
                                    {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), port},
                                    {QStringLiteral("uri"), reachable},
                                    {QStringLiteral("local"), false},
                                    {QStringLiteral("relay"), false},
                                    {QStringLiteral("IPv6"), false}},
                        QJsonObject{{QStringLiteral("protocol"), QStringLiteral("http")},
                                    {QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), port},
                                    {QStringLiteral("uri"), QString(reachable + QStringLiteral("/"))},
                                    {QStringLiteral("local"), false},
                                    {QStringLiteral("relay"), true},
                                    {QStringLiteral("IPv6"), false}}};
                    const QJsonObject server = device(*s, DemoState::PlexServerName,
                                                      QStringLiteral("Plex Media Server"), QStringLiteral("server"),
                                                      s->plexServerId(), s->plex.serverToken,
                                                      connections);
                    const QJsonObject player = device(*s, QStringLiteral("Living room TV"),
                                                      QStringLiteral("Plex for Android (TV)"),
                                                      QStringLiteral("player,pubsub-player"), QStringLiteral("tv-1"),
                                                      QString(), QJsonArray());
                    return DemoReply::json(QJsonArray{player, server});
                }});
    router.add({"GET", QStringLiteral("/api/v2/user"), false, {}, [s](DemoRequest &req) {
                    if (!isAccount(*s, req))
                        return htmlError(401);
                    return DemoReply::json(QJsonObject{{QStringLiteral("id"), 4242},
                                                       {QStringLiteral("uuid"), s->userId()},
                                                       {QStringLiteral("username"), DemoState::UserName},
                                                       {QStringLiteral("title"), DemoState::UserName},
                                                       {QStringLiteral("friendlyName"), QStringLiteral("Demo User")},
                                                       {QStringLiteral("email"), QStringLiteral("demo@example.org")},
                                                       {QStringLiteral("hasPassword"), true},
                                                       {QStringLiteral("twoFactorEnabled"), false},
                                                       {QStringLiteral("joinedAt"), 1672531200},
                                                       {QStringLiteral("authToken"), s->plex.accountToken}});
                }});
}

} // namespace marquee
