// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/componentversions.h"

#include "app/appservices.h"

#include <mpv/client.h>
#include <sqlite3.h>

namespace marquee {

QList<ComponentInfo> componentVersions()
{
    // What runs, asked of the library itself; QtKeychain cannot say, so it is the version Marquee was built with.
    const unsigned long mpvApi = mpv_client_api_version();
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("libmpv"), QStringLiteral("client API %1.%2").arg(mpvApi >> 16).arg(mpvApi & 0xffff),
         // mpv's sources are LGPL-2.1-or-later or GPL-2.0-or-later; Debian's binary links GPL-3+ libraries.
         QStringLiteral("GPL-3.0-or-later (Debian's build)")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("Public domain")},
        {QStringLiteral("QtKeychain"), QStringLiteral(MARQUEE_QTKEYCHAIN_VERSION), QStringLiteral("BSD-2-Clause")},
    };
}

AboutInfo aboutInfo(AppServices &services)
{
    AboutInfo info;
    info.version = QStringLiteral(MARQUEE_VERSION);
    info.components = componentVersions();
    info.servers = ServerVersionRepository(services.database().connection()).all();
    return info;
}

} // namespace marquee
