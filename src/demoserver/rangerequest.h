// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace marquee {

/**
 * @brief One parsed HTTP `Range` header over a body of known size (RFC 9110 §14).
 *
 * Only single byte ranges are honoured (`bytes=a-b`, `bytes=a-`, `bytes=-n`); a multi-range or
 * malformed header is ignored and the whole body is served, which the RFC allows.
 */
struct RangeRequest
{
    enum class Kind { Whole, Partial, Unsatisfiable };
    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 last = 0; ///< inclusive

    [[nodiscard]] static RangeRequest parse(const QByteArray &header, qint64 size);
    [[nodiscard]] qint64 length() const { return last - first + 1; }
    /// `bytes a-b/size` for 206, `bytes */size` for 416.
    [[nodiscard]] QByteArray contentRange(qint64 size) const;
};

} // namespace marquee
