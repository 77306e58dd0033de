// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class CliContext;

/// `marquee-cli settings [KEY [VALUE]]`: the download settings (key, value, default, meaning), one of them, or sets
/// one. Only known keys are accepted, and numbers must be whole and not negative: a typo never becomes a setting.
class CliSettingsCommand
{
public:
    explicit CliSettingsCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    CliContext &m_context;
};

} // namespace marquee
