// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class DemoRouter;
class DemoState;

/// @brief `/System/Info/Public`, `/System/Ping`, `/Users/AuthenticateByName`, `/Users/Me`,
/// `/Sessions/Logout` and `/UserViews`.
class UserRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state);
};

} // namespace marquee
