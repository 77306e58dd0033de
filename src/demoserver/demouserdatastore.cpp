// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demouserdatastore.h"

namespace marquee {

void DemoUserDataStore::clear()
{
    m_data.clear();
    ++m_version;
}

void DemoUserDataStore::seed(const QString &itemId, const DemoUserData &data)
{
    m_data.insert(itemId, data);
}

DemoUserData DemoUserDataStore::get(const QString &itemId) const
{
    return m_data.value(itemId);
}

const DemoUserData *DemoUserDataStore::find(const QString &itemId) const
{
    const auto it = m_data.constFind(itemId);
    return it == m_data.cend() ? nullptr : &it.value();
}

void DemoUserDataStore::set(const QString &itemId, const DemoUserData &data)
{
    if (data.isDefault())
        m_data.remove(itemId);
    else
        m_data.insert(itemId, data);
    ++m_version;
}

void DemoUserDataStore::remove(const QString &itemId)
{
    if (m_data.remove(itemId) > 0)
        ++m_version;
}

} // namespace marquee
