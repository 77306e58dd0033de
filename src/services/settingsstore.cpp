// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/settingsstore.h"

#include "core/logging.h"

namespace marquee {

SettingsStore::SettingsStore(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_repository(std::move(db))
{
}

SettingsStore::~SettingsStore() = default;

QString SettingsStore::value(const QString &key)
{
    const SettingDescriptor *setting = SettingsCatalog::find(key);
    if (!setting)
        return {};
    const QString stored = m_repository.value(key);
    if (stored.isNull())
        return setting->defaultValue;
    const SettingsCatalog::Checked checked = SettingsCatalog::validate(*setting, stored);
    if (!checked.ok()) {
        qCWarning(lcServices).noquote() << "ignoring the stored" << key << "=" << stored << "(" << checked.problem << ")";
        return setting->defaultValue;
    }
    return checked.stored;
}

double SettingsStore::number(const QString &key)
{
    return value(key).toDouble();
}

bool SettingsStore::isStored(const QString &key)
{
    const SettingDescriptor *setting = SettingsCatalog::find(key);
    const QString stored = m_repository.value(key);
    return setting && !stored.isNull() && SettingsCatalog::validate(*setting, stored).ok();
}

QHash<QString, QString> SettingsStore::rows()
{
    return m_repository.all();
}

SettingsCatalog::Checked SettingsStore::set(const QString &key, const QString &stored)
{
    const SettingDescriptor *setting = SettingsCatalog::find(key);
    if (!setting)
        return {{}, tr("There is no setting called “%1”.").arg(key)};
    SettingsCatalog::Checked checked = SettingsCatalog::validate(*setting, stored);
    if (!checked.ok())
        return checked;
    if (!m_repository.setValue(key, checked.stored))
        return {{}, tr("The setting could not be saved. Check that the disk is not full, then try again.")};
    Q_EMIT changed(key);
    return checked;
}

bool SettingsStore::restoreDefault(const QString &key)
{
    if (!m_repository.remove(key))
        return false;
    Q_EMIT changed(key);
    return true;
}

bool SettingsStore::restoreAllDefaults()
{
    const QHash<QString, QString> stored = m_repository.all();
    bool ok = true;
    for (const SettingDescriptor &setting : SettingsCatalog::all()) {
        if (stored.contains(setting.key))
            ok = restoreDefault(setting.key) && ok;
    }
    return ok;
}

} // namespace marquee
