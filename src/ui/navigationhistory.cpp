// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/navigationhistory.h"

#include <algorithm>

namespace marquee {

NavigationHistory::NavigationHistory(int limit)
    : m_limit(std::max(1, limit))
{
}

void NavigationHistory::visit(const NavigationLocation &location)
{
    m_back.append(m_current);
    if (m_back.size() > m_limit)
        m_back.removeFirst();
    m_forward.clear();
    m_current = location;
}

const NavigationLocation &NavigationHistory::goBack(int steps)
{
    for (int i = 0; i < steps && !m_back.isEmpty(); ++i) {
        m_forward.append(m_current);
        m_current = m_back.takeLast();
    }
    return m_current;
}

const NavigationLocation &NavigationHistory::goForward(int steps)
{
    for (int i = 0; i < steps && !m_forward.isEmpty(); ++i) {
        m_back.append(m_current);
        m_current = m_forward.takeLast();
    }
    return m_current;
}

QList<NavigationLocation> NavigationHistory::backEntries() const
{
    QList<NavigationLocation> entries(m_back.crbegin(), m_back.crend());
    return entries;
}

QList<NavigationLocation> NavigationHistory::forwardEntries() const
{
    QList<NavigationLocation> entries(m_forward.crbegin(), m_forward.crend());
    return entries;
}

} // namespace marquee
