// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace marquee {

/// @brief How Jellyfin prints and reads ids, dates and tags on the wire.
namespace DemoFormat {

/// 32 lower-case hex digits, no dashes (how Jellyfin prints a GUID).
[[nodiscard]] QString idFromBits(quint64 high, quint64 low);
/// Lower-case and strip dashes and braces, so dashed and undashed ids compare equal.
[[nodiscard]] QString normalizeId(QStringView id);
/// "2024-05-01T12:34:56.0000000Z": UTC with seven fraction digits, as the real server writes dates.
[[nodiscard]] QString formatDate(qint64 msSinceEpoch);
/// Reads ISO-8601 with 0-7 fraction digits and `Z` or an offset; nullopt when it is not a date.
[[nodiscard]] std::optional<qint64> parseDate(QStringView text);
/// RFC 7231 date for the HTTP `Date` and `Last-Modified` headers.
[[nodiscard]] QByteArray httpDate(qint64 msSinceEpoch);
/// 32 hex digits of MD5 over @p data; Jellyfin's Etag and image tags have this shape.
[[nodiscard]] QString md5Hex(const QByteArray &data);

} // namespace DemoFormat

} // namespace marquee
