// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/trickplaythumbnails.h"

#include "core/logging.h"

namespace marquee {

TrickplayThumbnails::TrickplayThumbnails(TileFetcher fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(std::move(fetcher))
{
}

void TrickplayThumbnails::setInfo(std::optional<TrickplayInfo> info)
{
    if (info && info->isValid() && m_info == info)
        return; // a new plan of the same version (another quality, other tracks): its pictures and those on the way stay
    m_info = info && info->isValid() ? info : std::nullopt;
    m_tiles.clear();
    m_requested.clear();
}

QImage TrickplayThumbnails::thumbnail(double seconds)
{
    if (!m_info)
        return {};
    const TrickplayInfo &info = *m_info;
    const int perTile = info.tileWidth * info.tileHeight;
    const int index = qBound(0, int(seconds * 1000.0 / info.intervalMs), info.thumbnailCount - 1);
    const int tile = index / perTile;
    if (!m_tiles.contains(tile) && !m_requested.contains(tile) && m_fetcher) {
        m_requested.insert(tile);
        m_fetcher(info, tile).then(this, [this, tile, info](const Result<QImage> &image) {
            // A tile belongs to its thumbnails, not to a moment: one that set the same ones again (a new plan of the
            // same version) still wants it.
            if (m_info != info)
                return;
            if (!image) {
                qCInfo(lcPlayer).noquote() << "trickplay tile" << tile << ":" << image.error().toString();
                return;
            }
            m_tiles.insert(tile, image.value());
            Q_EMIT tileArrived();
        });
    }
    // Looked up after asking: a tile the fetcher already had arrives during the call, and is shown at once.
    const auto found = m_tiles.constFind(tile);
    if (found == m_tiles.cend())
        return {};
    const int cell = index % perTile;
    const QRect rect((cell % info.tileWidth) * info.width, (cell / info.tileWidth) * info.height, info.width,
                     info.height);
    // A tile smaller than its manifest says (a hostile or broken server) gives no picture rather than garbage.
    return found->rect().contains(rect) ? found->copy(rect) : QImage();
}

} // namespace marquee
