// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

class CliContext;

/**
 * @brief `marquee-cli settings [KEY [VALUE]]`: lists every setting, prints one, or changes one, through the same
 * store and the same checks as the preferences dialog. Values are read and written as the `settings` table keeps
 * them (seconds, bytes); the list adds what they mean in hours and MB. VALUE `default` restores the default.
 */
class CliSettingsCommand
{
public:
    explicit CliSettingsCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    int list();
    int show(const QString &key);
    int change(const QString &key, const QString &value);

    CliContext &m_context;
};

} // namespace marquee
