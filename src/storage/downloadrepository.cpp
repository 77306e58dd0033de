// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/downloadrepository.h"

#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace marquee {

namespace {

const QString Columns = QStringLiteral(
    "id, server_id, item_id, item_type, series_id, series_name, title, media_source_id, size_bytes, etag, item_etag, "
    "last_modified, root_path, relative_path, state, reason, bytes_done, synced_bytes, boot_id, attempts, "
    "next_attempt_at, last_error, priority, server_copy, kept_etag, added_at, completed_at");

enum Column {
    CId, CServerId, CItemId, CItemType, CSeriesId, CSeriesName, CTitle, CMediaSourceId, CSize, CEtag, CItemEtag,
    CLastModified, CRoot, CRelative, CState, CReason, CBytesDone, CSynced, CBootId, CAttempts, CNextAttempt,
    CLastError, CPriority, CServerCopy, CKeptEtag, CAddedAt, CCompletedAt
};

DownloadJob readJob(const SqlStatement &row)
{
    DownloadJob job;
    job.id = row.value(CId).toLongLong();
    job.serverId = row.value(CServerId).toString();
    job.itemId = row.value(CItemId).toString();
    job.itemType = itemTypeFromName(row.value(CItemType).toString());
    job.seriesId = row.value(CSeriesId).toString();
    job.seriesName = row.value(CSeriesName).toString();
    job.title = row.value(CTitle).toString();
    job.mediaSourceId = row.value(CMediaSourceId).toString();
    job.sizeBytes = row.value(CSize).toLongLong();
    job.etag = row.value(CEtag).toString();
    job.itemEtag = row.value(CItemEtag).toString();
    job.lastModified = row.value(CLastModified).toString().toLatin1();
    job.rootPath = row.value(CRoot).toString();
    job.relativePath = row.value(CRelative).toString();
    job.state = downloadStateFrom(row.value(CState).toString()).value_or(DownloadState::Queued);
    job.reason = downloadReasonFrom(row.value(CReason).toString());
    job.bytesDone = row.value(CBytesDone).toLongLong();
    job.syncedBytes = row.value(CSynced).toLongLong();
    job.bootId = row.value(CBootId).toString();
    job.attempts = row.value(CAttempts).toInt();
    job.nextAttemptAtMs = row.value(CNextAttempt).toLongLong();
    job.lastError = row.value(CLastError).toString();
    job.priority = row.value(CPriority).toInt();
    job.serverCopy = serverCopyFrom(row.value(CServerCopy).toString());
    job.keptEtag = row.value(CKeptEtag).toString();
    job.addedAtMs = row.value(CAddedAt).toLongLong();
    job.completedAtMs = optionalFrom<qint64>(row.value(CCompletedAt));
    return job;
}

} // namespace

DownloadRepository::DownloadRepository(QSqlDatabase db)
    : m_db(db)
    , m_insert(db, QStringLiteral(
          "INSERT INTO state.downloads (server_id, item_id, item_type, series_id, series_name, title, media_source_id, "
          "size_bytes, etag, item_etag, last_modified, root_path, relative_path, state, reason, bytes_done, "
          "synced_bytes, boot_id, attempts, next_attempt_at, last_error, priority, server_copy, kept_etag, added_at, "
          "completed_at) VALUES (:server_id, :item_id, :item_type, :series_id, :series_name, :title, "
          ":media_source_id, :size_bytes, :etag, :item_etag, :last_modified, :root_path, :relative_path, :state, "
          ":reason, :bytes_done, :synced_bytes, :boot_id, :attempts, :next_attempt_at, :last_error, :priority, "
          ":server_copy, :kept_etag, :added_at, :completed_at) ON CONFLICT(server_id, item_id) DO NOTHING"))
    , m_update(db, QStringLiteral(
          "UPDATE state.downloads SET server_id = :server_id, item_id = :item_id, item_type = :item_type, "
          "series_id = :series_id, series_name = :series_name, title = :title, media_source_id = :media_source_id, "
          "size_bytes = :size_bytes, etag = :etag, item_etag = :item_etag, last_modified = :last_modified, "
          "root_path = :root_path, relative_path = :relative_path, state = :state, reason = :reason, "
          "bytes_done = :bytes_done, synced_bytes = :synced_bytes, boot_id = :boot_id, attempts = :attempts, "
          "next_attempt_at = :next_attempt_at, last_error = :last_error, priority = :priority, "
          "server_copy = :server_copy, kept_etag = :kept_etag, added_at = :added_at, completed_at = :completed_at "
          "WHERE id = :id"))
    , m_progress(db, QStringLiteral("UPDATE state.downloads SET bytes_done = :bytes_done, synced_bytes = :synced, "
                                    "boot_id = :boot_id WHERE id = :id"))
    , m_remove(db, QStringLiteral("DELETE FROM state.downloads WHERE id = :id"))
    , m_requeue(db, QStringLiteral("UPDATE state.downloads SET state = 'queued' "
                                   "WHERE state IN ('transferring', 'verifying')"))
    , m_all(db, QStringLiteral("SELECT %1 FROM state.downloads ORDER BY priority, id").arg(Columns))
    , m_byId(db, QStringLiteral("SELECT %1 FROM state.downloads WHERE id = :id").arg(Columns))
    , m_byItem(db, QStringLiteral("SELECT %1 FROM state.downloads WHERE server_id = :server_id AND item_id = :item_id")
                       .arg(Columns))
    , m_lastPriority(db, QStringLiteral("SELECT coalesce(max(priority), 0) FROM state.downloads"))
    , m_neighbours(db, QStringLiteral("SELECT id, priority FROM state.downloads ORDER BY priority, id"))
    , m_setPriority(db, QStringLiteral("UPDATE state.downloads SET priority = :priority WHERE id = :id"))
    // One statement for any number of ids: the list goes in as a JSON array (bound, never spliced into the SQL).
    , m_states(db, QStringLiteral("SELECT item_id, state FROM state.downloads WHERE server_id = :server_id "
                                  "AND item_id IN (SELECT value FROM json_each(:ids))"))
    , m_ready(db, QStringLiteral("SELECT item_id FROM state.downloads WHERE server_id = :server_id AND state = 'ready'"))
    , m_saveRule(db, QStringLiteral("INSERT INTO state.download_rules (server_id, series_id, keep_unwatched, "
                                    "remove_watched_after_days) VALUES (:server_id, :series_id, :keep, :days) "
                                    "ON CONFLICT(server_id, series_id) DO UPDATE SET keep_unwatched = excluded.keep_unwatched, "
                                    "remove_watched_after_days = excluded.remove_watched_after_days"))
    , m_removeRule(db, QStringLiteral("DELETE FROM state.download_rules WHERE server_id = :server_id "
                                      "AND series_id = :series_id"))
    , m_rule(db, QStringLiteral("SELECT server_id, series_id, keep_unwatched, remove_watched_after_days "
                                "FROM state.download_rules WHERE server_id = :server_id AND series_id = :series_id"))
    , m_rules(db, QStringLiteral("SELECT server_id, series_id, keep_unwatched, remove_watched_after_days "
                                 "FROM state.download_rules WHERE server_id = :server_id ORDER BY series_id"))
{
}

bool DownloadRepository::run(SqlStatement &statement)
{
    if (statement.exec())
        return true;
    m_error = statement.lastError();
    return false;
}

void DownloadRepository::bindJob(SqlStatement &s, const DownloadJob &job)
{
    s.bind(QStringLiteral(":server_id"), job.serverId)
        .bind(QStringLiteral(":item_id"), job.itemId)
        .bind(QStringLiteral(":item_type"), itemTypeName(job.itemType))
        .bind(QStringLiteral(":series_id"), nullIfEmpty(job.seriesId))
        .bind(QStringLiteral(":series_name"), nullIfEmpty(job.seriesName))
        .bind(QStringLiteral(":title"), job.title)
        .bind(QStringLiteral(":media_source_id"), nullIfEmpty(job.mediaSourceId))
        .bind(QStringLiteral(":size_bytes"), job.sizeBytes)
        .bind(QStringLiteral(":etag"), nullIfEmpty(job.etag))
        .bind(QStringLiteral(":item_etag"), nullIfEmpty(job.itemEtag))
        .bind(QStringLiteral(":last_modified"), nullIfEmpty(QString::fromLatin1(job.lastModified)))
        .bind(QStringLiteral(":root_path"), job.rootPath)
        .bind(QStringLiteral(":relative_path"), job.relativePath)
        .bind(QStringLiteral(":state"), downloadStateName(job.state))
        .bind(QStringLiteral(":reason"), nullIfEmpty(downloadReasonName(job.reason)))
        .bind(QStringLiteral(":bytes_done"), job.bytesDone)
        .bind(QStringLiteral(":synced_bytes"), job.syncedBytes)
        .bind(QStringLiteral(":boot_id"), nullIfEmpty(job.bootId))
        .bind(QStringLiteral(":attempts"), job.attempts)
        .bind(QStringLiteral(":next_attempt_at"), job.nextAttemptAtMs)
        .bind(QStringLiteral(":last_error"), nullIfEmpty(job.lastError))
        .bind(QStringLiteral(":priority"), job.priority)
        .bind(QStringLiteral(":server_copy"), serverCopyName(job.serverCopy))
        .bind(QStringLiteral(":kept_etag"), nullIfEmpty(job.keptEtag))
        .bind(QStringLiteral(":added_at"), job.addedAtMs)
        .bind(QStringLiteral(":completed_at"), nullable(job.completedAtMs));
}

Result<DownloadJob> DownloadRepository::add(DownloadJob job)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (std::optional<DownloadJob> existing = jobForItem(job.serverId, job.itemId))
        return *existing;
    if (!run(m_lastPriority) || !m_lastPriority.next())
        return m_error;
    job.priority = m_lastPriority.value(0).toInt() + 1;
    m_lastPriority.finish();
    bindJob(m_insert, job);
    if (!run(m_insert))
        return m_error;
    job.id = m_insert.lastInsertId().toLongLong();
    if (!transaction.commit())
        return transaction.error();
    return job;
}

bool DownloadRepository::save(const DownloadJob &job)
{
    bindJob(m_update, job);
    m_update.bind(QStringLiteral(":id"), job.id);
    return run(m_update);
}

bool DownloadRepository::saveProgress(qint64 id, qint64 bytesDone, qint64 syncedBytes, const QString &bootId)
{
    m_progress.bind(QStringLiteral(":bytes_done"), bytesDone)
        .bind(QStringLiteral(":synced"), syncedBytes)
        .bind(QStringLiteral(":boot_id"), nullIfEmpty(bootId))
        .bind(QStringLiteral(":id"), id);
    return run(m_progress);
}

bool DownloadRepository::remove(qint64 id)
{
    m_remove.bind(QStringLiteral(":id"), id);
    return run(m_remove);
}

bool DownloadRepository::move(qint64 id, int steps)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive() || !run(m_neighbours)) {
        m_error = transaction.isActive() ? m_error : transaction.error();
        return false;
    }
    QList<std::pair<qint64, int>> order;
    while (m_neighbours.next())
        order.append({m_neighbours.value(0).toLongLong(), m_neighbours.value(1).toInt()});
    const auto at = std::find_if(order.cbegin(), order.cend(), [id](const auto &entry) { return entry.first == id; });
    if (at == order.cend())
        return false;
    const qsizetype from = at - order.cbegin();
    const qsizetype to = std::clamp<qsizetype>(from + steps, 0, order.size() - 1);
    if (to == from)
        return false;
    // Renumber the whole order: priorities stay distinct even where older rows shared one.
    const auto moved = order.takeAt(from);
    order.insert(to, moved);
    for (qsizetype i = 0; i < order.size(); ++i) {
        m_setPriority.bind(QStringLiteral(":priority"), int(i + 1)).bind(QStringLiteral(":id"), order.at(i).first);
        if (!run(m_setPriority))
            return false;
    }
    return transaction.commit();
}

bool DownloadRepository::requeueInterrupted()
{
    return run(m_requeue);
}

QList<DownloadJob> DownloadRepository::readJobs(SqlStatement &statement)
{
    QList<DownloadJob> jobs;
    if (!run(statement))
        return jobs;
    while (statement.next())
        jobs.append(readJob(statement));
    return jobs;
}

QList<DownloadJob> DownloadRepository::all()
{
    return readJobs(m_all);
}

std::optional<DownloadJob> DownloadRepository::job(qint64 id)
{
    m_byId.bind(QStringLiteral(":id"), id);
    const QList<DownloadJob> jobs = readJobs(m_byId);
    return jobs.isEmpty() ? std::nullopt : std::optional<DownloadJob>(jobs.first());
}

std::optional<DownloadJob> DownloadRepository::jobForItem(const QString &serverId, const QString &itemId)
{
    m_byItem.bind(QStringLiteral(":server_id"), serverId).bind(QStringLiteral(":item_id"), itemId);
    const QList<DownloadJob> jobs = readJobs(m_byItem);
    return jobs.isEmpty() ? std::nullopt : std::optional<DownloadJob>(jobs.first());
}

QHash<QString, DownloadState> DownloadRepository::statesOf(const QString &serverId, const QStringList &itemIds)
{
    QHash<QString, DownloadState> states;
    if (itemIds.isEmpty())
        return states;
    SqlStatement &query = m_states;
    query.bind(QStringLiteral(":server_id"), serverId)
        .bind(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(itemIds))
                                                            .toJson(QJsonDocument::Compact)));
    if (!run(query))
        return states;
    while (query.next()) {
        if (const auto state = downloadStateFrom(query.value(1).toString()))
            states.insert(query.value(0).toString(), *state);
    }
    return states;
}

QStringList DownloadRepository::readyItemIds(const QString &serverId)
{
    QStringList ids;
    m_ready.bind(QStringLiteral(":server_id"), serverId);
    if (!run(m_ready))
        return ids;
    while (m_ready.next())
        ids.append(m_ready.value(0).toString());
    return ids;
}

bool DownloadRepository::saveRule(const DownloadRule &rule)
{
    m_saveRule.bind(QStringLiteral(":server_id"), rule.serverId)
        .bind(QStringLiteral(":series_id"), rule.seriesId)
        .bind(QStringLiteral(":keep"), std::max(0, rule.keepUnwatched))
        .bind(QStringLiteral(":days"), nullable(rule.removeWatchedAfterDays));
    return run(m_saveRule);
}

bool DownloadRepository::removeRule(const QString &serverId, const QString &seriesId)
{
    m_removeRule.bind(QStringLiteral(":server_id"), serverId).bind(QStringLiteral(":series_id"), seriesId);
    return run(m_removeRule);
}

std::optional<DownloadRule> DownloadRepository::rule(const QString &serverId, const QString &seriesId)
{
    m_rule.bind(QStringLiteral(":server_id"), serverId).bind(QStringLiteral(":series_id"), seriesId);
    if (!run(m_rule) || !m_rule.next())
        return std::nullopt;
    DownloadRule rule{m_rule.value(0).toString(), m_rule.value(1).toString(), m_rule.value(2).toInt(),
                      optionalFrom<int>(m_rule.value(3))};
    m_rule.finish();
    return rule;
}

QList<DownloadRule> DownloadRepository::rules(const QString &serverId)
{
    QList<DownloadRule> rules;
    m_rules.bind(QStringLiteral(":server_id"), serverId);
    if (!run(m_rules))
        return rules;
    while (m_rules.next())
        rules.append({m_rules.value(0).toString(), m_rules.value(1).toString(), m_rules.value(2).toInt(),
                      optionalFrom<int>(m_rules.value(3))});
    return rules;
}

} // namespace marquee
