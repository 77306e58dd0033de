// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace marquee {

/// A top-level view of the server (Jellyfin's "UserViews"), e.g. "Movies" or "Shows".
struct Library
{
    QString id;
    QString name;
    QString collectionType; ///< "movies", "tvshows" … as the server names it
    int sortIndex = 0;      ///< the server's order
    QString primaryImageTag;

    [[nodiscard]] bool isShows() const { return collectionType == QLatin1String("tvshows"); }

    friend bool operator==(const Library &, const Library &) = default;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::Library)
