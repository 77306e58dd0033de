// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "core/result.h"

#include <QJsonArray>
#include <functional>
#include <optional>

namespace marquee {

/// @brief What no real item does, whatever the server: parsers refuse such an answer whole rather than let a
/// hostile server decide what the cache keeps.
class ItemLimits
{
public:
    /// No real title, overview or tag comes near this; a longer one is a hostile server filling the cache.
    static constexpr qsizetype MaxTextChars = 1 << 20;

    /// BadResponse naming the first text field longer than MaxTextChars; no error when there is none.
    [[nodiscard]] static Error oversizedText(const MediaItem &item);
    /// BadResponse for an id that one answer lists twice.
    [[nodiscard]] static Error listedTwice(const QString &id);

    /// The items of @p entries as @p parse reads them (nullopt: not an item, skipped and counted in @p skipped), or
    /// BadResponse when one is hostile (oversized text, an id listed twice): storing half of such an answer would let
    /// the server decide what the cache loses.
    [[nodiscard]] static Result<QList<MediaItem>>
    collect(const QJsonArray &entries, const std::function<std::optional<MediaItem>(const QJsonValue &)> &parse,
            int *skipped);
};

} // namespace marquee
