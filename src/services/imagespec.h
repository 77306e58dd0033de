// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"

#include <QSize>
#include <QString>

namespace marquee {

/// @brief One image of an item at the size it is displayed: what a view asks the ImageCache for.
///
/// The tag is the server's name for the image's bytes (a new image gets a new tag), so it is part of every key
/// and a cached file never needs revalidating. An empty tag means the item has no such image: nothing to load.
struct ImageSpec
{
    QString itemId;
    ImageType type = ImageType::Primary;
    QString tag;
    QSize size; ///< in device pixels (logical size × devicePixelRatio); the image is cropped to cover it
    /// The server the item lives on, by its own id; empty for the server in use (ItemSummary::serverId).
    QString serverId{};

    [[nodiscard]] bool isValid() const { return !itemId.isEmpty() && !tag.isEmpty() && !size.isEmpty(); }
    /// Names this image at this size: the memory cache's key and the one a finished load is announced with.
    [[nodiscard]] QString key() const;
    /// The width the image is fetched and stored at: the display width rounded up to one of a few steps, so
    /// nearby sizes share one file and `marquee-cli warm` can fetch what the pages will ask for.
    [[nodiscard]] int storedWidth() const;
    /// What to ask the server for: the stored width, never more.
    [[nodiscard]] ImageRequest request() const;

    friend bool operator==(const ImageSpec &, const ImageSpec &) = default;
};

/// The device pixels that @p logical covers on a screen of @p devicePixelRatio (HiDPI: 2 × 150 → 300).
[[nodiscard]] QSize devicePixelSize(const QSizeF &logical, qreal devicePixelRatio);

} // namespace marquee
