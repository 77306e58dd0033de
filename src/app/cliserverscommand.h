// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class CliContext;

/// `marquee-cli servers`: every server signed in to on this computer, the one used last marked, with how many
/// items the cache holds of each and when it was last synced. Reads the databases only; works offline.
class CliServersCommand
{
public:
    explicit CliServersCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    CliContext &m_context;
};

} // namespace marquee
