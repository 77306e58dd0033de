// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

/// "just now", "1 minute ago", "5 minutes ago", "2 hours ago", "3 days ago"; a time in the future reads "just now".
[[nodiscard]] QString relativeTimeText(qint64 thenMs, qint64 nowMs);

} // namespace marquee
