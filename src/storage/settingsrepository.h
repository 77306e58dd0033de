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
    /// Deletes the row, so the setting is back to its default (today's and any later version's).
    bool remove(const QString &key);

private:
    SqlStatement m_all;
    SqlStatement m_value;
    SqlStatement m_set;
    SqlStatement m_remove;
};

} // namespace marquee
