// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief `/Items`, `/Items/{itemId}`, `/Items/Latest`, `/UserItems/Resume`, `/Shows/NextUp`,
/// `/Shows/{seriesId}/Seasons` and `/Shows/{seriesId}/Episodes`.
class ItemRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
