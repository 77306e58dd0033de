// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "storage/serverscope.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>

namespace marquee {

/// The image tags of one cached item; an empty tag means the item has no such image.
struct ItemImageTags
{
    QString id;
    ItemType type = ItemType::Other;
    QString primaryTag;
    QString backdropTag;
    QString thumbTag;
};

/// @brief Which images a library's cached items have: what `marquee-cli warm` downloads for offline use.
/// Reads the whole library at once, so it is for the command line and pool threads, not the GUI thread.
class ItemImageTagReader
{
public:
    explicit ItemImageTagReader(QSqlDatabase db, ServerScope scope = ServerScope::active());

    /// Every item of the library with at least one image, in sort order (so posters come before episodes' stills).
    [[nodiscard]] QList<ItemImageTags> ofLibrary(const QString &libraryId);

private:
    SqlStatement m_ofLibrary;
};

} // namespace marquee
