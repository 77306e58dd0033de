// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

/// Where the main window is: one entry of the back stack.
struct NavigationLocation
{
    enum class Kind { Home, Library, Movie, Show, Downloads, Search };

    Kind kind = Kind::Home;
    QString id;       ///< library, movie or series id; the text searched for
    QString seasonId; ///< the selected season on a show

    friend bool operator==(const NavigationLocation &, const NavigationLocation &) = default;
};

} // namespace marquee
