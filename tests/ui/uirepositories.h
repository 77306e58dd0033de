// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/awaitfuture.h" // also readable QStrings in gtest failure messages (PrintTo)
#include "services/imagecache.h"
#include "services/itemdetailscache.h"
#include "services/itemdetailssource.h"
#include "storage/mergedhome.h"
#include "services/librarysearch.h"
#include "storage/itemreader.h"
#include "storage/libraryrepository.h"
#include "storage/serverdirectory.h"
#include "storage/settingsrepository.h"
#include "storage/syncstaterepository.h"
#include "support/cachefixture.h"
#include "ui/uicontext.h"

namespace marquee::test {

/// The read repositories a MainWindow gets from the composition root, over a CacheFixture's connection.
struct UiRepositories
{
    explicit UiRepositories(CacheFixture &cache)
        : items(cache.connection())
        , home(cache.connection(), cache.config())
        , search(cache.database())
        , libraries(cache.connection(), cache.config())
        , syncState(cache.connection())
        , settings(cache.connection())
        , clock(cache.clock())
        , detailsCache(cache.clock())
        , details(items, detailsCache, nullptr)
        , images(ImageCache::Options{cache.directory().filePath(QStringLiteral("images"))}, cache.clock())
        , servers(cache.connection(), cache.config())
    {
    }

    [[nodiscard]] UiContext context() { return {items, details, home, search, libraries, syncState, settings, clock, images, servers}; }

    ItemReader items;
    MergedHome home; ///< inUse(): the server in use alone
    LibrarySearch search;
    LibraryRepository libraries;
    SyncStateRepository syncState;
    SettingsRepository settings;
    const Clock &clock;
    ItemDetailsCache detailsCache;
    ItemDetailsSource details;
    ImageCache images; ///< without a backend: what is on disk, else placeholders
    ServerDirectory servers;
};

/// A movie as CacheFixture::movie() makes it, with a chosen name (and sort name).
inline MediaItem namedMovie(const QString &libraryId, int index, const QString &name)
{
    MediaItem item = CacheFixture::movie(libraryId, index, QStringLiteral("Movie"));
    item.name = name;
    item.sortName = name.toLower();
    return item;
}

} // namespace marquee::test
