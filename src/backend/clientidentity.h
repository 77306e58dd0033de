// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

/// Who is calling: what Jellyfin records per device and session (and Plex's X-Plex-* headers).
struct ClientIdentity
{
    QString client = QStringLiteral("Marquee");
    QString device;   ///< the host name
    QString deviceId; ///< stable per installation
    QString version = QStringLiteral(MARQUEE_VERSION);

    /// This host's name, the given device id and Marquee's name and version.
    [[nodiscard]] static ClientIdentity forThisDevice(const QString &deviceId);
    /// Reads `device-id` in @p dataDir, creating it (a random UUID, file mode 0600) the first time.
    /// Returns a fresh id that is not stored when the folder cannot be written.
    [[nodiscard]] static QString loadOrCreateDeviceId(const QString &dataDir);
};

} // namespace marquee
