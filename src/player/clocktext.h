// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

/// "0:42", "12:05", "1:02:05": a media time as the player shows it.
[[nodiscard]] QString clockText(double seconds);

} // namespace marquee
