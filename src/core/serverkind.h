// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace marquee {

/// The kinds of media server Marquee speaks to; each has its own Backend.
enum class ServerKind { Jellyfin, Plex };

/// The name stored in the state database and accepted on the command line: "jellyfin", "plex".
[[nodiscard]] QString serverKindName(ServerKind kind);
/// The kind a stored name stands for; nullopt for a name this build does not know.
[[nodiscard]] std::optional<ServerKind> serverKindFromName(const QString &name);

} // namespace marquee
