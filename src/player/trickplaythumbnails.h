// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackinfo.h"
#include "core/result.h"

#include <QFuture>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace marquee {

/**
 * @brief The trickplay thumbnails of what plays: which picture shows at a time, cut from the server's tiles
 * (tileWidth × tileHeight thumbnails each), which are fetched on first need and kept while the item plays.
 */
class TrickplayThumbnails : public QObject
{
    Q_OBJECT

public:
    using TileFetcher = std::function<QFuture<Result<QImage>>(const TrickplayInfo &info, int tileIndex)>;

    explicit TrickplayThumbnails(TileFetcher fetcher, QObject *parent = nullptr);

    /// A new item or version: its thumbnails (none: no pictures); tiles of the previous one are dropped. The same
    /// thumbnails again keep what is here and what is on the way.
    void setInfo(std::optional<TrickplayInfo> info);
    [[nodiscard]] bool isAvailable() const { return m_info.has_value(); }
    /// The picture at @p seconds when its tile is here; a null image (and the tile asked for) otherwise.
    [[nodiscard]] QImage thumbnail(double seconds);

Q_SIGNALS:
    /// A tile arrived: a picture asked for before may be there now.
    void tileArrived();

private:
    TileFetcher m_fetcher;
    std::optional<TrickplayInfo> m_info;
    QHash<int, QImage> m_tiles;
    QSet<int> m_requested;
};

} // namespace marquee
