// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlstatement.h"

#include <QHash>
#include <QSqlDatabase>

namespace marquee {

/// @brief User settings (TTLs, cache sizes …) as text by key, in the state database.
class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    [[nodiscard]] QHash<QString, QString> all();
    [[nodiscard]] QString value(const QString &key, const QString &fallback = {});
    bool setValue(const QString &key, const QString &value);

private:
    SqlStatement m_all;
    SqlStatement m_value;
    SqlStatement m_set;
};

} // namespace marquee
