// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class CliContext;

/// `marquee-cli sync [--library NAME] [--full]`: the library list, then each library's items. Progress on
/// stderr, one summary line per library on stdout, exit 1 with the first failure's reason.
class CliSyncCommand
{
public:
    explicit CliSyncCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    CliContext &m_context;
};

} // namespace marquee
