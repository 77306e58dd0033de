// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

/// @brief marquee-cli's log lines. stderr is for progress and one-line reasons, which scripts and people read;
/// the log (every category, Qt's own warnings included) joins them only with --verbose.
class CliLogging
{
public:
    /// Installs the process's message handler: the default with @p verbose, one that drops all but fatal
    /// messages without it.
    static void apply(bool verbose);
};

} // namespace marquee
