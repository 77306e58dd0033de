// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class CliContext;

/// `marquee-cli stats`: what the cache holds, how fresh it is, how big its files are, and the last runs.
/// Reads the databases only; works offline.
class CliStatsCommand
{
public:
    static constexpr int RecentRuns = 5;

    explicit CliStatsCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    CliContext &m_context;
};

} // namespace marquee
