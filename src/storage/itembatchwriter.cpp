// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/itembatchwriter.h"

#include "storage/writetransaction.h"

namespace marquee {

ItemBatchWriter::ItemBatchWriter(QSqlDatabase db, const CacheConfig &config, ServerScope scope)
    : m_db(db)
    , m_items(db, config, scope)
    , m_userData(db)
{
}

namespace {
Error noServerError()
{
    return {ErrorKind::Storage, QStringLiteral("the cache does not know which server it belongs to yet"), {}, 0};
}
} // namespace

Result<int> ItemBatchWriter::write(const QString &serverId, const QList<MediaItem> &items, qint64 nowMs)
{
    if (serverId.isEmpty())
        return noServerError();
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const int changed = m_items.upsert(items, nowMs);
    if (changed < 0)
        return m_items.lastError();
    for (const MediaItem &item : items) {
        if (!item.userData)
            continue;
        UserData data = *item.userData;
        data.itemId = item.id;
        if (!m_userData.mergeFromServer(serverId, data, nowMs))
            return m_userData.lastError();
    }
    if (!transaction.commit())
        return transaction.error();
    return changed;
}

Status ItemBatchWriter::mergeUserData(const QString &serverId, const QList<UserData> &userData, qint64 nowMs)
{
    if (userData.isEmpty())
        return success();
    if (serverId.isEmpty())
        return noServerError();
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    for (const UserData &data : userData) {
        if (!m_userData.mergeFromServer(serverId, data, nowMs))
            return m_userData.lastError();
    }
    if (!transaction.commit())
        return transaction.error();
    return success();
}

Result<int> ItemBatchWriter::remove(const QStringList &ids)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const int removed = m_items.remove(ids);
    if (removed < 0)
        return m_items.lastError();
    if (!transaction.commit())
        return transaction.error();
    return removed;
}

} // namespace marquee
