// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QByteArray>
#include <QLatin1String>

namespace marquee {

/**
 * @brief The MD5 hex digests a BaseItemDto carries: image tags (which change with the title drawn on
 * the image) and the Etag (which changes with DateLastSaved).
 *
 * DemoLibrary keeps them on each item (DemoItem::digests) and refreshes them on every change, so a
 * 500-item page copies 2,000 digests instead of hashing them.
 */
namespace DemoDigests {

/// The tag of the image of @p imageType ("Primary", "Backdrop", "Thumb") of @p item.
[[nodiscard]] QByteArray imageTag(const DemoItem &item, QLatin1String imageType);
/// MD5 over DateLastSaved ticks, as BaseItem.GetEtag does.
[[nodiscard]] QByteArray etag(const DemoItem &item);
/// Recomputes @p item's stored digests from its id, imageVersion and dateLastSavedMs.
void refresh(DemoItem &item);
/// A stored digest as text.
[[nodiscard]] inline QLatin1String view(const DemoHexDigest &hex) { return QLatin1String(hex.data(), qsizetype(hex.size())); }

} // namespace DemoDigests

} // namespace marquee
