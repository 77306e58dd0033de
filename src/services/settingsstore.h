// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settingscatalog.h"
#include "storage/settingsrepository.h"

#include <QObject>

namespace marquee {

/**
 * @brief The user's settings as the program reads and changes them: the `settings` table, seen through the
 * SettingsCatalog.
 *
 * A read gives a valid value: the stored one if it passes the catalog's checks, else the default. A write is
 * checked first and then announced with changed(), so whatever uses the setting applies it at once. The table
 * stays the only store: the preferences dialog and `marquee-cli settings` both go through this class.
 * Lives on the thread of its connection (the GUI thread in the app, the main thread in marquee-cli).
 */
class SettingsStore : public QObject
{
    Q_OBJECT

public:
    explicit SettingsStore(QSqlDatabase db, QObject *parent = nullptr);
    ~SettingsStore() override;

    /// The valid stored text of a catalogued setting, or its default; empty for a key the catalog lacks.
    [[nodiscard]] QString value(const QString &key);
    /// value() as a number (0 for a choice or an unknown key).
    [[nodiscard]] double number(const QString &key);
    /// True when a valid value is stored, i.e. the setting is not at its default.
    [[nodiscard]] bool isStored(const QString &key);
    /// Every row as stored, catalogued or not, valid or not (what CacheConfig takes).
    [[nodiscard]] QHash<QString, QString> rows();

    /// Checks @p stored against the catalog, then saves it; `problem` says why not, in words.
    SettingsCatalog::Checked set(const QString &key, const QString &stored);
    /// Deletes the row: the setting is back at its default. False if the database refused.
    bool restoreDefault(const QString &key);
    /// restoreDefault() for every catalogued setting that is stored.
    bool restoreAllDefaults();

Q_SIGNALS:
    /// @p key's value (may have) changed; read it again.
    void changed(const QString &key);

private:
    SettingsRepository m_repository;
};

} // namespace marquee
