// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/library.h"
#include "core/mediaitem.h"

namespace marquee {

/// The item type a library's grid lists: series for a shows library, movies otherwise.
[[nodiscard]] inline ItemType libraryItemType(const Library &library)
{
    return library.isShows() ? ItemType::Series : ItemType::Movie;
}

} // namespace marquee
