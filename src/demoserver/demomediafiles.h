// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demovideo.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace marquee {

struct DemoItem;

/// @brief What the server knows of one item's media file: its size, its version and when it last changed.
struct DemoMediaFile
{
    qint64 size = 0;
    quint32 version = 0;   ///< 0: the item's own file; bumped each time the file is replaced
    qint64 modifiedMs = 0; ///< the file's mtime, sent as `Last-Modified`
    qint64 loopTicks = 0;  ///< the runtime the looped clip at its start covers (DemoVideo::stream's argument)
};

/**
 * @brief The media file of every playable item, generated on the fly and never stored.
 *
 * An item's own file is the sample clip looped to its runtime (DemoVideo). A test control can replace it by a file
 * of any size up to several GB: a looped clip (the item's runtime when it fits, else the clip once) followed by one
 * MP4 `free` box that players skip. The box's padding is a pattern drawn from the item and the file's version, so a
 * replaced file differs from the old one in its bytes, not only in its size.
 *
 * Files of any size cost no memory: a reader produces any byte range on demand. Not thread-safe: it lives with the
 * demo state on the server's thread.
 */
class DemoMediaFiles
{
public:
    using Reader = std::function<QByteArray(qint64 offset, qint64 length)>;

    DemoMediaFiles(QByteArray clip, qint64 baseTimeMs);

    /// The sample clip, looped per item to its runtime.
    [[nodiscard]] const DemoVideo &video() const { return m_video; }
    /// The smallest size a replaced file can have: the clip once, plus a `free` box header.
    [[nodiscard]] qint64 minimumPaddedSize() const;

    [[nodiscard]] DemoMediaFile file(const DemoItem &item) const;
    /// Replaces the item's file with one of @p size bytes (at least minimumPaddedSize()) made at @p nowMs; false
    /// when the size is out of range.
    bool replace(const DemoItem &item, qint64 size, qint64 nowMs);
    void remove(const QString &itemId) { m_replaced.remove(itemId); }
    /// MediaSourceInfo.ETag: changes with every replacement (Jellyfin derives it from the file's DateModified).
    [[nodiscard]] QString etag(const DemoItem &item) const;
    /// The bytes of the item's file as it is now; null when the clip could not be read. A response under way keeps
    /// reading the version it started with, as an open file handle on a real server does when the file is replaced.
    [[nodiscard]] Reader reader(const DemoItem &item) const;

private:
    [[nodiscard]] static QByteArray boxHeader(qint64 boxSize);
    [[nodiscard]] static QByteArray paddingPattern(const QString &itemId, quint32 version);

    DemoVideo m_video;
    qint64 m_baseTimeMs;
    QHash<QString, DemoMediaFile> m_replaced; ///< by item id
};

} // namespace marquee
