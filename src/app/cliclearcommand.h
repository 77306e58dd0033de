// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class CliContext;

/// `marquee-cli clear [--include-pending]`: deletes the cached metadata and the image folder. The playback queue
/// (progress the server has not received) goes only with --include-pending, after a warning on stderr.
class CliClearCommand
{
public:
    explicit CliClearCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    CliContext &m_context;
};

} // namespace marquee
