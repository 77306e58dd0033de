// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/userroutes.h"

#include "demoserver/demoformat.h"
#include "demoserver/demorouter.h"
#include "demoserver/demostate.h"

namespace marquee {

namespace {

QJsonObject userDto(const DemoState &state)
{
    const QString lastLogin = DemoFormat::formatDate(state.nowMs());
    return QJsonObject{
        {QStringLiteral("Name"), DemoState::UserName},
        {QStringLiteral("ServerId"), state.serverId()},
        {QStringLiteral("ServerName"), DemoState::ServerName},
        {QStringLiteral("Id"), state.userId()},
        {QStringLiteral("HasPassword"), true},
        {QStringLiteral("HasConfiguredPassword"), true},
        {QStringLiteral("HasConfiguredEasyPassword"), false},
        {QStringLiteral("EnableAutoLogin"), false},
        {QStringLiteral("LastLoginDate"), lastLogin},
        {QStringLiteral("LastActivityDate"), lastLogin},
    };
}

QJsonObject sessionDto(const DemoState &state, const DemoSession &session)
{
    return QJsonObject{
        {QStringLiteral("Id"), session.sessionId},
        {QStringLiteral("UserId"), session.userId},
        {QStringLiteral("UserName"), DemoState::UserName},
        {QStringLiteral("Client"), session.client},
        {QStringLiteral("DeviceId"), session.deviceId},
        {QStringLiteral("DeviceName"), session.device},
        {QStringLiteral("ApplicationVersion"), session.version},
        {QStringLiteral("ServerId"), state.serverId()},
        {QStringLiteral("IsActive"), true},
        {QStringLiteral("SupportsMediaControl"), false},
        {QStringLiteral("SupportsRemoteControl"), false},
        {QStringLiteral("HasCustomDeviceName"), false},
        {QStringLiteral("LastActivityDate"), DemoFormat::formatDate(state.nowMs())},
        {QStringLiteral("PlayableMediaTypes"), QJsonArray()},
        {QStringLiteral("SupportedCommands"), QJsonArray()},
        {QStringLiteral("AdditionalUsers"), QJsonArray()},
        {QStringLiteral("NowPlayingQueue"), QJsonArray()},
        {QStringLiteral("NowPlayingQueueFullItems"), QJsonArray()},
    };
}

} // namespace

void UserRoutes::addTo(DemoRouter &router, DemoState &state)
{
    DemoState *s = &state;
    router.add({"GET", QStringLiteral("/System/Info/Public"), false, {}, [s](DemoRequest &) {
                    return DemoReply::json(QJsonObject{
                        {QStringLiteral("LocalAddress"), QString()},
                        {QStringLiteral("ServerName"), DemoState::ServerName},
                        {QStringLiteral("Version"), QStringLiteral("10.11.0")},
                        {QStringLiteral("ProductName"), QStringLiteral("Jellyfin Server")},
                        {QStringLiteral("Id"), s->serverId()},
                        {QStringLiteral("StartupWizardCompleted"), true},
                    });
                }});
    router.add({"GET", QStringLiteral("/System/Ping"), false, {}, [](DemoRequest &) {
                    DemoReply r = DemoReply::json(QJsonArray());
                    r.body = "\"Jellyfin Server\"";
                    return r;
                }});
    router.add({"POST", QStringLiteral("/Users/AuthenticateByName"), false, {}, [s](DemoRequest &req) {
                    const QJsonObject body = req.jsonBody();
                    QString user;
                    QString pw;
                    for (auto it = body.begin(); it != body.end(); ++it) { // case-insensitive, as ASP.NET binds
                        if (it.key().compare(QLatin1String("Username"), Qt::CaseInsensitive) == 0)
                            user = it.value().toString();
                        else if (it.key().compare(QLatin1String("Pw"), Qt::CaseInsensitive) == 0)
                            pw = it.value().toString();
                    }
                    if (user.compare(DemoState::UserName, Qt::CaseInsensitive) != 0 || pw != DemoState::Password)
                        return DemoReply::unauthorized();
                    const DemoAuthHeader header = DemoAuth::parseHeader(req.header("Authorization")).value_or(DemoAuthHeader{});
                    const DemoSession &session = s->auth.createSession(s->userId(), header);
                    return DemoReply::json(QJsonObject{
                        {QStringLiteral("User"), userDto(*s)},
                        {QStringLiteral("SessionInfo"), sessionDto(*s, session)},
                        {QStringLiteral("AccessToken"), session.token},
                        {QStringLiteral("ServerId"), s->serverId()},
                    });
                }});
    router.add({"GET", QStringLiteral("/Users/Me"), true, {}, [s](DemoRequest &) { return DemoReply::json(userDto(*s)); }});
    router.add({"POST", QStringLiteral("/Sessions/Logout"), true, {}, [s](DemoRequest &req) {
                    s->auth.revoke(req.session->token);
                    return DemoReply::noContent();
                }});
    router.add({"GET", QStringLiteral("/UserViews"), true,
                {QStringLiteral("userId"), QStringLiteral("includeExternalContent"), QStringLiteral("presetViews"),
                 QStringLiteral("includeHidden")},
                [s](DemoRequest &) {
                    DemoDtoOptions options;
                    options.fields = {QStringLiteral("childcount"), QStringLiteral("etag"), QStringLiteral("datecreated"),
                                      QStringLiteral("sortname")};
                    QJsonArray items;
                    for (const DemoItem *view : s->library.views())
                        items.append(s->serializer.item(*view, options));
                    return DemoReply::json(QJsonObject{{QStringLiteral("Items"), items},
                                                       {QStringLiteral("TotalRecordCount"), int(items.size())},
                                                       {QStringLiteral("StartIndex"), 0}});
                }});
}

} // namespace marquee
