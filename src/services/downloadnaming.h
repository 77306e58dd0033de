// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QString>

namespace marquee {

/**
 * @brief Readable paths for downloaded files, so they outlive the app: `Movies/Title (Year)/Title (Year).mp4` and
 * `Shows/Series/Season 01/Series - S01E02 - Title.mkv`.
 *
 * Every name comes from server text, which is untrusted: each path segment is sanitised so that no title can
 * leave the download folder (`..`, `a/b`, a leading slash), name a device (`CON`, `NUL`, `COM1`), end in a dot or
 * a space, hold a control character, or pass the 255-byte limit of common file systems (with room for `.part`).
 */
class DownloadNaming
{
public:
    /// A file name's longest segment, in UTF-8 bytes, leaving room for ".part" within 255.
    static constexpr int MaxSegmentBytes = 200;

    /// The path of @p item's file inside the download folder, with the extension for @p container.
    [[nodiscard]] static QString relativePath(const MediaItem &item, const QString &container);
    /// One path segment made safe on Linux, macOS and Windows; never empty, never "." or "..".
    [[nodiscard]] static QString sanitize(const QString &name);
    /// "mp4" from a container ("mov,mp4,m4a" → "mov"); "mkv" when it says nothing usable.
    [[nodiscard]] static QString extensionFor(const QString &container);
    /// @p path with its extension replaced by the one for @p container.
    [[nodiscard]] static QString withContainer(const QString &path, const QString &container);
    /// @p path with " [suffix]" before its extension: two items that would share a name.
    [[nodiscard]] static QString disambiguated(const QString &path, const QString &suffix);
};

} // namespace marquee
