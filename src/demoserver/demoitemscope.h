// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QString>

namespace marquee {

struct DemoItemFilter;

/**
 * @brief Splits an item filter into its scope (where items are and what they are: parent, recursion,
 * types, folder flag, series) and the rest (text, dates, genres, years, user data).
 *
 * The scope depends only on the library, so DemoItemQuery keeps each scope's items in sorted order
 * and a typical page (a library's movies by sort name) is a slice of that list, with no scan at all.
 * `matches(item)` is exactly `inScope(item) && matchesRest(item)`.
 */
namespace DemoItemScope {

/// Whether @p filter can be split: false for large id lists, whose scope rules differ.
[[nodiscard]] bool isScoped(const DemoItemFilter &filter);
/// A cache key that is equal for filters with the same scope.
[[nodiscard]] QString key(const DemoItemFilter &filter);
[[nodiscard]] bool inScope(const DemoItem &item, const DemoItemFilter &filter);
/// Whether the filter has anything beyond its scope; if not, every item in scope matches.
[[nodiscard]] bool hasRest(const DemoItemFilter &filter);

} // namespace DemoItemScope

} // namespace marquee
