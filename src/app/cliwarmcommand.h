// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class CliContext;
struct ImageWarmReport;
struct Library;
struct WarmReport;

/// `marquee-cli warm [--library NAME] [--concurrency N]`: refreshes each library, then fetches the details of
/// every item not yet at full detail (LibraryWarmer), then the images its pages show (ImageWarmer); on every saved
/// server, or the one `--server` names. Resumable; Ctrl-C writes what was fetched and exits 130.
class CliWarmCommand
{
public:
    explicit CliWarmCommand(CliContext &context) : m_context(context) {}
    int run();

private:
    /// Every library of the server in use.
    int warmServer();
    /// Returns false when the run must stop (interrupt, or an error that every next request would repeat).
    bool warm(const Library &library, WarmReport *report);
    /// The same for the library's images.
    bool warmImages(const Library &library, ImageWarmReport *report);

    CliContext &m_context;
};

} // namespace marquee
