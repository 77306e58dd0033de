// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief `/Sessions/Playing` (+ `/Progress`, `/Stopped`, `/Ping`), `/UserPlayedItems/{itemId}`,
/// `/UserFavoriteItems/{itemId}` and `/UserItems/{itemId}/UserData`, applying PlaystateRules.
class PlaystateRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
