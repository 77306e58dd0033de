// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace marquee {

class CliContext;

/// `marquee-cli clear [--include-pending]`: deletes the cached metadata and the image folder. The playback queue
/// (progress the server has not received) goes only with --include-pending, after a warning on stderr.
/// With --server NAME, that server's metadata only.
class CliClearCommand
{
public:
    explicit CliClearCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    int clearOneServer(QSqlDatabase db);

    CliContext &m_context;
};

} // namespace marquee
