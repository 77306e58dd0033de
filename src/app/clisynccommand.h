// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace marquee {

class CliContext;

/// `marquee-cli sync [--library NAME] [--full]`: the library list, then each library's items, then this computer's
/// queued changes to played state and positions. Progress on stderr, one summary line per library on stdout, exit 1
/// with the first failure's reason, or with how many changes are still waiting. With several saved servers and no
/// --server, each in turn under its name.
class CliSyncCommand
{
public:
    explicit CliSyncCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    /// The signed-in server's libraries, items and queued changes.
    int syncServer();
    /// Sends the playback queue and waits until it is empty or cannot go on; empty when nothing is left, else a
    /// sentence for the user that says how many changes wait and why.
    QString drainQueue();

    CliContext &m_context;
};

} // namespace marquee
