// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/settingsrepository.h"

namespace marquee {

SettingsRepository::SettingsRepository(QSqlDatabase db)
    : m_all(db, QStringLiteral("SELECT key, value FROM state.settings"))
    , m_value(db, QStringLiteral("SELECT value FROM state.settings WHERE key = :key"))
    , m_set(db, QStringLiteral("INSERT INTO state.settings (key, value) VALUES (:key, :value) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
    , m_remove(db, QStringLiteral("DELETE FROM state.settings WHERE key = :key"))
{
}

QHash<QString, QString> SettingsRepository::all()
{
    QHash<QString, QString> settings;
    if (!m_all.exec())
        return settings;
    while (m_all.next())
        settings.insert(m_all.value(0).toString(), m_all.value(1).toString());
    return settings;
}

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    m_value.bind(QStringLiteral(":key"), key);
    if (!m_value.exec() || !m_value.next())
        return fallback;
    const QString value = m_value.value(0).toString();
    m_value.finish();
    return value;
}

bool SettingsRepository::setValue(const QString &key, const QString &value)
{
    m_set.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    return m_set.exec();
}

bool SettingsRepository::remove(const QString &key)
{
    m_remove.bind(QStringLiteral(":key"), key);
    return m_remove.exec();
}

} // namespace marquee
