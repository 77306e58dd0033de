// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class CliContext;

/// `marquee-cli state [--recover]`: checks the state file; with --recover, copies every row a damaged one still
/// holds into a fresh file (StateRecovery), keeps the damaged one beside it and says what could not be read.
/// Needs no server, and never opens the state file for writing.
class CliStateCommand
{
public:
    explicit CliStateCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    int recover();

    CliContext &m_context;
};

} // namespace marquee
