// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace marquee {

/// Whether @p server is on the local network, by its address alone (no lookup): loopback, private and link-local
/// addresses, and host names a home network uses (no dot, ".local", ".lan", ".home.arpa"). Anything else counts as
/// away from home, where the remote quality setting applies.
[[nodiscard]] bool isOnLocalNetwork(const QUrl &server);

} // namespace marquee
