// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

/// Registers every value type that crosses threads in a queued signal; call once at start-up.
void registerMetaTypes();

} // namespace marquee
