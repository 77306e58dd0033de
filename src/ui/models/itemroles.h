// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QByteArray>
#include <QHash>
#include <QVariant>

namespace marquee::ItemRoles {

/// The roles every item model of the UI answers, so delegates work with any of them.
enum Role {
    IdRole = Qt::UserRole + 1,
    TypeRole,              ///< int(ItemType)
    TitleRole,             ///< the item's own name (DisplayRole is the poster caption: an episode's series)
    SubtitleRole,          ///< the year (after "★ 7.4" when the rating was read), or "S1:E3 · Episode title"
    YearRole,              ///< int, or invalid
    IndexNumberRole,       ///< int, or invalid
    ParentIndexNumberRole, ///< int, or invalid
    PlayedRole,            ///< bool
    PositionTicksRole,     ///< qint64
    RunTimeTicksRole,      ///< qint64
    ProgressRole,          ///< double in [0, 1]; 0 when not started or played
    ImageTagRole,
    SummaryRole,           ///< the whole ItemSummary
    FavoriteRole,          ///< bool
    UnplayedEpisodesRole,  ///< int for a series whose episodes were counted, else invalid
    DownloadedRole,        ///< bool: plays offline from a download
    ServerIdRole,          ///< ItemSummary::serverId: empty for the server in use
};

[[nodiscard]] QHash<int, QByteArray> roleNames();
/// What @p role of @p item holds; an invalid QVariant for roles the UI does not know.
[[nodiscard]] QVariant data(const ItemSummary &item, int role);
/// The few columns of a full item that a list row shows.
[[nodiscard]] ItemSummary summaryOf(const MediaItem &item);
/// "1 h 52 min", "42 min"; empty for zero.
[[nodiscard]] QString runtimeText(qint64 ticks);

} // namespace marquee::ItemRoles
