// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/serverrepository.h"
#include "storage/serverscope.h"

#include <optional>

namespace marquee {

class CliContext;

/// `marquee-cli stats`: what the cache holds, how fresh it is, how big its files are, and the last runs; per saved
/// server (all of them, or the one `--server NAME` names), then the images and files they share.
/// Reads the databases only; works offline.
class CliStatsCommand
{
public:
    static constexpr int RecentRuns = 5;

    explicit CliStatsCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    /// One server's part: @p server as saved (none: not signed in), its rows through @p scope.
    void printServer(const std::optional<ServerRecord> &server, const QString &cachedServerId,
                     const ServerScope &scope);
    /// The image store and the database files, which every server shares.
    void printShared();

    CliContext &m_context;
};

} // namespace marquee
