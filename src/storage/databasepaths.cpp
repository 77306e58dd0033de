// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasepaths.h"

#include <QDir>
#include <QStandardPaths>

namespace marquee {

DatabasePaths DatabasePaths::standard()
{
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return {QDir(cacheDir).filePath(QStringLiteral("metadata.sqlite")),
            QDir(dataDir).filePath(QStringLiteral("state.sqlite"))};
}

DatabasePaths DatabasePaths::inDirectory(const QString &directory)
{
    const QDir dir(directory);
    return {dir.filePath(QStringLiteral("cache/metadata.sqlite")), dir.filePath(QStringLiteral("data/state.sqlite"))};
}

} // namespace marquee
