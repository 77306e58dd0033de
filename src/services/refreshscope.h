// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cacheconfig.h"
#include "core/mediaitem.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace marquee {

/// @brief What a page shows and the refresh lane keeps fresh: "libraries", "home", "library:<id>",
/// "series:<id>" or "item:<id>"; and "userdata:<library id>", the played state of the posters on screen, which
/// the server's change dates do not reveal. The text form is what pages, the broker and sync_state use.
struct RefreshScope
{
    enum class Kind { Libraries, Home, Library, Series, Item, UserData };

    Kind kind = Kind::Libraries;
    QString id;

    [[nodiscard]] static RefreshScope libraries() { return {Kind::Libraries, {}}; }
    [[nodiscard]] static RefreshScope home() { return {Kind::Home, {}}; }
    [[nodiscard]] static RefreshScope library(const QString &id) { return {Kind::Library, id}; }
    [[nodiscard]] static RefreshScope series(const QString &id) { return {Kind::Series, id}; }
    [[nodiscard]] static RefreshScope item(const QString &id) { return {Kind::Item, id}; }
    [[nodiscard]] static RefreshScope userData(const QString &libraryId) { return {Kind::UserData, libraryId}; }
    [[nodiscard]] static std::optional<RefreshScope> parse(const QString &key);
    /// The keys of the scopes that show a cached item, most specific first: the item, its series, its library.
    [[nodiscard]] static QStringList keysShowing(const QString &id, const QString &libraryId, const QString &seriesId,
                                                 ItemType type);

    [[nodiscard]] QString key() const;
    /// Which TTL of CacheConfig governs the scope.
    [[nodiscard]] ContentKind contentKind() const;

    friend bool operator==(const RefreshScope &, const RefreshScope &) = default;
};

enum class RefreshPriority {
    Low = 0,    ///< lookahead for visible scopes close to expiry
    Normal = 1, ///< manual refresh
    High = 2,   ///< visible and stale or missing
};

} // namespace marquee
