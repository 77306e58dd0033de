// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cacheconfig.h"
#include "core/library.h"
#include "storage/serverscope.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <optional>

namespace marquee {

/// @brief One server's libraries ("views") as cached: the active server's unless told otherwise.
class LibraryRepository
{
public:
    LibraryRepository(QSqlDatabase db, const CacheConfig &config, ServerScope scope = ServerScope::active());

    [[nodiscard]] QList<Library> all();
    [[nodiscard]] std::optional<Library> byId(const QString &id);
    /// Makes the cache hold exactly these libraries of the server; a library it dropped takes its items with it.
    /// Run inside a WriteTransaction.
    bool replaceAll(const QList<Library> &libraries, qint64 nowMs);
    [[nodiscard]] const Error &lastError() const { return m_error; }

private:
    const CacheConfig &m_config;
    SqlStatement m_all;
    SqlStatement m_byId;
    SqlStatement m_upsert;
    SqlStatement m_remove;
    Error m_error;
};

} // namespace marquee
