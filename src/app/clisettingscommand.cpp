// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clisettingscommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "services/downloadsettings.h"
#include "storage/settingsrepository.h"

#include <QDir>

namespace marquee {

int CliSettingsCommand::run()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    const CliOptions &options = m_context.options();
    SettingsRepository settings(m_context.services().database().connection());
    const QList<SettingDescriptor> descriptors = DownloadSettings::descriptors();
    const auto known = std::find_if(descriptors.cbegin(), descriptors.cend(),
                                     [&](const SettingDescriptor &d) { return d.key == options.settingKey; });
    if (!options.settingKey.isEmpty() && known == descriptors.cend()) {
        QStringList keys;
        for (const SettingDescriptor &d : descriptors)
            keys.append(d.key);
        return m_context.fail(QStringLiteral("unknown setting \"%1\" (known: %2)").arg(options.settingKey, keys.join(QStringLiteral(", "))),
                              CliExit::Usage);
    }
    if (options.settingValue) {
        QString value = options.settingValue->trimmed();
        if (known->key == DownloadSettings::FolderKey) {
            if (!value.isEmpty())
                value = QDir::cleanPath(QDir::current().absoluteFilePath(value));
        } else {
            bool ok = false;
            if (value.toLongLong(&ok) < 0 || !ok)
                return m_context.fail(QStringLiteral("%1 wants a whole number, 0 or more").arg(known->key), CliExit::Usage);
        }
        if (!settings.setValue(known->key, value))
            return m_context.fail(QStringLiteral("the setting could not be saved"));
    }
    for (const SettingDescriptor &d : descriptors) {
        if (!options.settingKey.isEmpty() && d.key != options.settingKey)
            continue;
        const QString value = settings.value(d.key);
        m_context.out() << d.key << " = " << (value.isEmpty() ? d.defaultValue + QStringLiteral(" (default)") : value)
                        << "\n    " << d.meaning << "\n";
    }
    return CliExit::Ok;
}

} // namespace marquee
