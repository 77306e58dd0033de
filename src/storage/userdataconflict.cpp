// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/userdataconflict.h"

#include <QDateTime>

namespace marquee {

namespace {
QString timeText(std::optional<qint64> ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs) : QStringLiteral("never");
}

bool serverIsNewer(const UserData &local, const UserData &server, qint64 localChangeMs)
{
    if (!server.lastPlayedAtMs)
        return false;
    if (*server.lastPlayedAtMs != localChangeMs)
        return *server.lastPlayedAtMs > localChangeMs;
    return server.positionTicks > local.positionTicks;
}
} // namespace

UserDataConflict::Resolution UserDataConflict::resolve(const UserData &local, const UserData &server,
                                                       const PendingLocalChange &pending)
{
    Resolution resolution;
    resolution.merged = server;
    resolution.merged.localUpdatedAtMs = local.localUpdatedAtMs;
    if (pending.favoriteChanged)
        resolution.merged.isFavorite = local.isFavorite;

    QStringList parts;
    if (pending.playStateChangedAtMs) {
        resolution.serverWinsPlayState = serverIsNewer(local, server, *pending.playStateChangedAtMs);
        parts << QStringLiteral("play state: %1 wins (server last played %2, position %3; local change %4, position %5)")
                     .arg(resolution.serverWinsPlayState ? QStringLiteral("server") : QStringLiteral("local"),
                          timeText(server.lastPlayedAtMs))
                     .arg(server.positionTicks)
                     .arg(timeText(pending.playStateChangedAtMs))
                     .arg(local.positionTicks);
        if (!resolution.serverWinsPlayState) {
            resolution.merged.played = local.played;
            resolution.merged.playCount = local.playCount;
            resolution.merged.positionTicks = local.positionTicks;
            resolution.merged.lastPlayedAtMs = local.lastPlayedAtMs;
        }
    }
    if (pending.favoriteChanged)
        parts << QStringLiteral("favourite: local change kept (%1)").arg(local.isFavorite ? QStringLiteral("on") : QStringLiteral("off"));
    resolution.reason = parts.join(QStringLiteral("; "));
    return resolution;
}

} // namespace marquee
