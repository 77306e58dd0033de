// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/libraryrepository.h"

#include "storage/serverscope.h"

#include <QSqlError>
#include <QSet>

namespace marquee {

namespace {
Library libraryFrom(const SqlStatement &row)
{
    return {row.value(0).toString(), row.value(1).toString(), row.value(2).toString(), row.value(3).toInt(),
            row.value(4).toString()};
}
} // namespace

LibraryRepository::LibraryRepository(QSqlDatabase db, const CacheConfig &config, ServerScope scope)
    : m_config(config)
    , m_all(db, QStringLiteral("SELECT id, name, collection_type, sort_index, primary_image_tag FROM libraries "
                               "WHERE server_key = %1 ORDER BY sort_index, name")
                    .arg(ServerScope::serverKeySql()))
    , m_byId(db, QStringLiteral("SELECT id, name, collection_type, sort_index, primary_image_tag FROM libraries "
                                "WHERE server_key = %1 AND id = :id")
                     .arg(ServerScope::serverKeySql()))
    , m_upsert(db, QStringLiteral(
          "INSERT INTO libraries (server_key, id, name, collection_type, sort_index, primary_image_tag, fetched_at, "
          "expires_at) VALUES (%1, :id, :name, :collection_type, :sort_index, :tag, :fetched_at, :expires_at) "
          "ON CONFLICT(server_key, id) DO UPDATE SET name = excluded.name, collection_type = excluded.collection_type, "
          "sort_index = excluded.sort_index, primary_image_tag = excluded.primary_image_tag, "
          "fetched_at = excluded.fetched_at, expires_at = excluded.expires_at")
                       .arg(ServerScope::serverKeySql()))
    , m_remove(db, QStringLiteral("DELETE FROM libraries WHERE server_key = %1 AND id = :id")
                       .arg(ServerScope::serverKeySql()))
{
    scope.bindTo({&m_all, &m_byId, &m_upsert, &m_remove});
}

QList<Library> LibraryRepository::all()
{
    QList<Library> libraries;
    if (!m_all.exec())
        return libraries;
    while (m_all.next())
        libraries.append(libraryFrom(m_all));
    return libraries;
}

std::optional<Library> LibraryRepository::byId(const QString &id)
{
    m_byId.bind(QStringLiteral(":id"), id);
    if (!m_byId.exec() || !m_byId.next())
        return std::nullopt;
    Library library = libraryFrom(m_byId);
    m_byId.finish();
    return library;
}

bool LibraryRepository::replaceAll(const QList<Library> &libraries, qint64 nowMs)
{
    QSet<QString> keep;
    for (const Library &library : libraries) {
        keep.insert(library.id);
        m_upsert.bind(QStringLiteral(":id"), library.id)
            .bind(QStringLiteral(":name"), library.name)
            .bind(QStringLiteral(":collection_type"), library.collectionType)
            .bind(QStringLiteral(":sort_index"), library.sortIndex)
            .bind(QStringLiteral(":tag"), nullIfEmpty(library.primaryImageTag))
            .bind(QStringLiteral(":fetched_at"), nowMs)
            .bind(QStringLiteral(":expires_at"), m_config.expiresAt(ContentKind::Libraries, nowMs));
        if (!m_upsert.exec()) {
            m_error = m_upsert.lastError();
            return false;
        }
    }
    const QList<Library> existing = all();
    for (const Library &library : existing) {
        if (keep.contains(library.id))
            continue;
        m_remove.bind(QStringLiteral(":id"), library.id);
        if (!m_remove.exec()) {
            m_error = m_remove.lastError();
            return false;
        }
    }
    return true;
}

} // namespace marquee
