// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace marquee {

/// @brief What the server knows of one item's media file: its size, its version and when it last changed.
struct DemoMediaFile
{
    qint64 size = 0;
    quint32 version = 0;  ///< bumped each time the file is replaced
    qint64 modifiedMs = 0; ///< the file's mtime, sent as `Last-Modified`
};

/**
 * @brief The media file of every playable item, generated on the fly and never stored: the sample video followed,
 * when the file is larger than it, by one MP4 `free` box that players skip. Its padding is a pattern drawn from
 * the item and the file's version, so a replaced file differs from the old one in its bytes, not only its size.
 *
 * Files of any size up to several GB cost no memory: read() produces any byte range on demand.
 * Used only on the demo server's thread.
 */
class DemoMediaFiles
{
public:
    /// @p defaultSize: the size of every file not replaced (0 or too small: the sample video alone).
    DemoMediaFiles(QByteArray video, qint64 defaultSize, qint64 baseTimeMs);

    [[nodiscard]] const QByteArray &video() const { return m_video; }
    /// The smallest size a replaced file can have: the video plus a `free` box header.
    [[nodiscard]] qint64 minimumPaddedSize() const { return m_video.size() + 16; }

    [[nodiscard]] DemoMediaFile file(const QString &itemId) const;
    /// Replaces the item's file with one of @p size bytes (at least minimumPaddedSize()) made at @p nowMs; false
    /// when the size is out of range.
    bool replace(const QString &itemId, qint64 size, qint64 nowMs);
    void remove(const QString &itemId) { m_files.remove(itemId); }
    /// MediaSourceInfo.ETag: changes with every replacement (Jellyfin derives it from DateModified).
    [[nodiscard]] QString etag(const QString &itemId) const;
    /// Writes bytes [@p offset, @p offset + @p length) of version @p file of the item's file into @p out (the range
    /// must be inside it). A response under way keeps reading the version it started with, as an open file handle
    /// on a real server does when the file is replaced.
    void read(const QString &itemId, const DemoMediaFile &file, qint64 offset, char *out, qint64 length) const;
    [[nodiscard]] QByteArray read(const QString &itemId, qint64 offset, qint64 length) const;

private:
    [[nodiscard]] DemoMediaFile defaultFile() const;
    [[nodiscard]] QByteArray boxHeader(qint64 fileSize) const;
    [[nodiscard]] static QByteArray paddingPattern(const QString &itemId, quint32 version);

    QByteArray m_video;
    qint64 m_defaultSize;
    qint64 m_baseTimeMs;
    QHash<QString, DemoMediaFile> m_files; ///< replaced files only
    mutable QHash<QString, QByteArray> m_patterns; ///< by item id and version
};

} // namespace marquee
