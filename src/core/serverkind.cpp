// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serverkind.h"

namespace marquee {

QString serverKindName(ServerKind kind)
{
    return kind == ServerKind::Plex ? QStringLiteral("plex") : QStringLiteral("jellyfin");
}

std::optional<ServerKind> serverKindFromName(const QString &name)
{
    if (name == QLatin1String("jellyfin"))
        return ServerKind::Jellyfin;
    if (name == QLatin1String("plex"))
        return ServerKind::Plex;
    return std::nullopt;
}

} // namespace marquee
