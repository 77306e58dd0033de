// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cachemaintenance.h"

#include "storage/cachemetarepository.h"
#include "storage/sqlstatement.h"
#include "storage/writetransaction.h"

namespace marquee {

namespace {
int countRows(const QSqlDatabase &db, const QString &sql)
{
    SqlStatement count(db, sql);
    if (!count.exec() || !count.next())
        return 0;
    return count.value(0).toInt();
}
} // namespace

CacheMaintenance::CacheMaintenance(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<ClearReport> CacheMaintenance::clearMetadata()
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    ClearReport report;
    report.items = countRows(m_db, QStringLiteral("SELECT count(*) FROM items"));
    report.libraries = countRows(m_db, QStringLiteral("SELECT count(*) FROM libraries"));
    if (!CacheMetaRepository(m_db).wipeMetadata())
        return Error{ErrorKind::Storage, QStringLiteral("could not delete the cached metadata"), {}, 0};
    if (!transaction.commit())
        return transaction.error();
    return report;
}

Result<int> CacheMaintenance::clearPendingPlayback()
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SqlStatement remove(m_db, QStringLiteral("DELETE FROM state.playback_queue"));
    if (!remove.exec())
        return remove.lastError();
    const int removed = remove.numRowsAffected();
    if (!transaction.commit())
        return transaction.error();
    return removed;
}

Status CacheMaintenance::compact()
{
    Error error;
    // "main" only: the state file is small and must not be rewritten for a cache clear.
    if (!SqlStatement::execOnce(m_db, QStringLiteral("VACUUM main"), &error))
        return error;
    // Truncates the WAL too, so the freed space shows in `stats` at once.
    SqlStatement::execOnce(m_db, QStringLiteral("PRAGMA main.wal_checkpoint(TRUNCATE)"));
    return success();
}

} // namespace marquee
