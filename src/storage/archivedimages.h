// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace marquee {

/**
 * @brief The image files a cache export carries beside the metadata (CacheArchive), seen as opaque named files.
 *
 * The image store (services/) implements it: it alone knows how its files are named and checks the names an
 * export brings back. Blocking file I/O: for the command line and pool threads.
 */
class ArchivedImages
{
public:
    virtual ~ArchivedImages() = default;

    /// Calls @p each with every stored file; stops at the first false, and returns false then.
    virtual bool forEachFile(const std::function<bool(const QString &name, const QByteArray &bytes)> &each) = 0;
    /// Stores a file an export brought back; an error for a name the store does not make (nothing is written).
    virtual Status addFile(const QString &name, const QByteArray &bytes) = 0;
};

} // namespace marquee
