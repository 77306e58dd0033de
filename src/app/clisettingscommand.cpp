// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clisettingscommand.h"

#include "app/appservices.h"
#include "app/clicontext.h"
#include "services/settingsstore.h"

#include <QDir>

namespace marquee {

namespace {

const QString DefaultWord = QStringLiteral("default");

QString unknownKey(const QString &key)
{
    return QStringLiteral("there is no setting \"%1\"; `marquee-cli settings` lists them").arg(key);
}

} // namespace

int CliSettingsCommand::run()
{
    if (!m_context.openStorage())
        return m_context.exitCode();
    const QStringList &arguments = m_context.options().settingArguments;
    if (arguments.isEmpty())
        return list();
    if (arguments.size() == 1)
        return show(arguments.constFirst());
    return change(arguments.at(0), arguments.at(1));
}

int CliSettingsCommand::list()
{
    SettingsStore &settings = *m_context.services().settings();
    QTextStream &out = m_context.out();
    qsizetype keyWidth = 0;
    qsizetype valueWidth = 0;
    for (const SettingDescriptor &setting : SettingsCatalog::all()) {
        keyWidth = std::max(keyWidth, setting.key.size());
        valueWidth = std::max(valueWidth, settings.value(setting.key).size());
    }
    for (const SettingDescriptor &setting : SettingsCatalog::all()) {
        const QString value = settings.value(setting.key);
        QString meaning = SettingsCatalog::format(setting, value);
        if (settings.isStored(setting.key))
            meaning += QStringLiteral(" (default %1)").arg(SettingsCatalog::format(setting, setting.defaultValue));
        else
            meaning += QStringLiteral(" (default)");
        out << setting.key.leftJustified(keyWidth + 2) << value.leftJustified(valueWidth + 2)
            << SettingsCatalog::storedUnitName(setting).leftJustified(19) << meaning << '\n';
    }
    out.flush();
    return CliExit::Ok;
}

int CliSettingsCommand::show(const QString &key)
{
    if (!SettingsCatalog::find(key))
        return m_context.fail(unknownKey(key), CliExit::Usage);
    m_context.out() << m_context.services().settings()->value(key) << Qt::endl;
    return CliExit::Ok;
}

int CliSettingsCommand::change(const QString &key, const QString &value)
{
    const SettingDescriptor *setting = SettingsCatalog::find(key);
    if (!setting)
        return m_context.fail(unknownKey(key), CliExit::Usage);
    SettingsStore &settings = *m_context.services().settings();
    if (value == DefaultWord) {
        if (!settings.restoreDefault(key))
            return m_context.fail(QStringLiteral("%1 could not be reset: the state database refused the change").arg(key));
    } else {
        // A folder is kept as a full path; one given relative to where the command runs means from there.
        const QString stored = setting->unit == SettingUnit::Folder && !value.trimmed().isEmpty()
            ? QDir::current().absoluteFilePath(value.trimmed())
            : value;
        const SettingsCatalog::Checked checked = settings.set(key, stored);
        if (!checked.ok()) {
            // A valid value that was not saved is a failure of the database, not of the arguments.
            const bool storageFailed = SettingsCatalog::validate(*setting, stored).ok();
            QString reason = key + QStringLiteral(": ") + checked.problem;
            // The table keeps seconds and bytes while the message speaks in hours and MB: name the stored unit.
            if (!storageFailed && setting->unit != SettingUnit::Choice && setting->unit != SettingUnit::Folder)
                reason += QStringLiteral(" (%1 is in %2)").arg(key, SettingsCatalog::storedUnitName(*setting));
            return m_context.fail(reason, storageFailed ? CliExit::Failure : CliExit::Usage);
        }
    }
    const QString now = settings.value(key);
    m_context.out() << key << " = " << now << " (" << SettingsCatalog::format(*setting, now) << ")" << Qt::endl;
    return CliExit::Ok;
}

} // namespace marquee
