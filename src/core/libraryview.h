// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <Qt>

namespace marquee {

enum class LibrarySort {
    Name,
    Year,
    DateAdded,
    CommunityRating,
};

/// @brief How the user looks at a library: the sort order and the filters, remembered per library.
///
/// The search text is part of the view while the page shows it, but is not remembered.
struct LibraryView
{
    LibrarySort sort = LibrarySort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool unplayedOnly = false;
    bool favouritesOnly = false;
    QString genre;      ///< empty: every genre
    QString searchText; ///< empty: no search
    bool downloadedOnly = false; ///< only what plays offline (a series: when one of its episodes does)

    [[nodiscard]] bool isFiltered() const
    {
        return unplayedOnly || favouritesOnly || !genre.isEmpty() || !searchText.trimmed().isEmpty() || downloadedOnly;
    }

    friend bool operator==(const LibraryView &, const LibraryView &) = default;
};

/// The remembered part of @p view (sort and filters, not the search) as compact JSON for the settings table.
[[nodiscard]] QString encodeLibraryView(const LibraryView &view);
/// Reads what encodeLibraryView() wrote; an unreadable or unknown value is an error naming what was wrong, so the
/// caller can fall back to the default view without losing anything else.
[[nodiscard]] Result<LibraryView> decodeLibraryView(const QString &text);

} // namespace marquee
