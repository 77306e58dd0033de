// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace marquee {

class Clock;
class ItemDetailsSource;
class ImageCache;
class ItemReader;
class LibraryRepository;
class MergedHome;
class LibrarySearch;
class ServerDirectory;
class SettingsRepository;
class SyncStateRepository;

/// The read side of the cache that the main window and its pages use, owned by the composition root. All of
/// them run on the GUI thread's connection.
struct UiContext
{
    ItemReader &items;
    ItemDetailsSource &details; ///< item details through the in-memory LRU
    MergedHome &home; ///< Home over every saved server; inUse() for the server in use alone
    LibrarySearch &search; ///< the window's search, over every saved server, off the GUI thread
    LibraryRepository &libraries;
    SyncStateRepository &syncState;
    SettingsRepository &settings; ///< per-library sort and filters
    const Clock &clock;
    ImageCache &images; ///< posters, backdrops and thumbnails, loaded off the GUI thread
    const ServerDirectory &servers; ///< every saved server and its cached libraries, for the sidebar
};

} // namespace marquee
