// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dialogs/aboutinfo.h"

namespace marquee {

class AppServices;

/// The libraries Marquee runs on (Qt, libmpv, SQLite, QtKeychain), with the versions in use and their licences.
[[nodiscard]] QList<ComponentInfo> componentVersions();
/// Help → About's contents: the version, componentVersions(), and the server versions seen (state database).
[[nodiscard]] AboutInfo aboutInfo(AppServices &services);

} // namespace marquee
