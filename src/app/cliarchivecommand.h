// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class CliContext;

/// `marquee-cli export FILE` and `import FILE [--force]`: a portable copy of the cache (see CacheArchive).
class CliArchiveCommand
{
public:
    explicit CliArchiveCommand(CliContext &context) : m_context(context) {}
    int exportCache();
    int importCache();

private:
    CliContext &m_context;
};

} // namespace marquee
