// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/navigationlocation.h"

#include <QList>

namespace marquee {

/// @brief Where the window has been and where Forward leads, as a browser keeps it: visiting a new location
/// forgets the forward entries; Back and Forward move along without forgetting anything.
class NavigationHistory
{
public:
    static constexpr int DefaultLimit = 100;

    explicit NavigationHistory(int limit = DefaultLimit);

    [[nodiscard]] const NavigationLocation &current() const { return m_current; }
    /// Updates what the current entry remembers (the season a show page shows now) without a new entry.
    void setCurrent(const NavigationLocation &location) { m_current = location; }
    /// Goes to @p location; the current one becomes the nearest Back entry, and the Forward entries are dropped.
    void visit(const NavigationLocation &location);

    [[nodiscard]] bool canGoBack() const { return !m_back.isEmpty(); }
    [[nodiscard]] bool canGoForward() const { return !m_forward.isEmpty(); }
    /// Moves @p steps entries back (at most as many as there are) and returns the new current location.
    const NavigationLocation &goBack(int steps = 1);
    /// Moves @p steps entries forward (at most as many as there are) and returns the new current location.
    const NavigationLocation &goForward(int steps = 1);

    /// The Back entries, nearest first.
    [[nodiscard]] QList<NavigationLocation> backEntries() const;
    /// The Forward entries, nearest first.
    [[nodiscard]] QList<NavigationLocation> forwardEntries() const;

private:
    int m_limit;
    NavigationLocation m_current;
    QList<NavigationLocation> m_back;    ///< oldest first
    QList<NavigationLocation> m_forward; ///< farthest first
};

} // namespace marquee
