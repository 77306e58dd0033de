// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace marquee::ImageDecoder {

/// A 2560 × 1440 backdrop decodes to 14 MB; an image that would need more than this is refused unread.
constexpr int AllocationLimitMb = 64;

/**
 * Decodes server bytes to exactly @p size device pixels, scaled to cover it and cropped to the centre, as a
 * poster or backdrop is shown. An image smaller than @p size is not scaled up (the painter stretches it).
 * Decoding happens at the reduced size (QImageReader::setScaledSize), so a 2000-pixel poster shown at 150 never
 * exists at full size. Unreadable bytes are BadResponse; an image that declares more pixels than the allocation
 * limit (a decompression bomb) is TooLarge, refused from its header before anything is allocated.
 * Thread-safe; meant for pool threads.
 */
[[nodiscard]] Result<QImage> decode(const QByteArray &bytes, QSize size);
/// The same for an image file of the disk store.
[[nodiscard]] Result<QImage> decodeFile(const QString &path, QSize size);

} // namespace marquee::ImageDecoder
