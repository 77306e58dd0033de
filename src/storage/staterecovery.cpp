// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/staterecovery.h"

#include "core/clock.h"
#include "core/logging.h"
#include "storage/databasefilecheck.h"
#include "storage/integritycheck.h"
#include "storage/migrator.h"
#include "storage/setupconnection.h"
#include "storage/tablesalvage.h"
#include "storage/writetransaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace marquee {

namespace {

const QStringList Companions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

/// The tables of a state file at the newest schema, and their columns.
QList<std::pair<QString, QStringList>> tablesOf(const QSqlDatabase &db)
{
    QList<std::pair<QString, QStringList>> tables;
    QSqlQuery names(db);
    names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY name"));
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery info(db);
        QStringList columns;
        // PRAGMA takes no bound values; the name comes from our own schema.
        info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (info.next())
            columns << info.value(1).toString();
        tables.append({table, columns});
    }
    return tables;
}

bool insertRows(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QList<QVariantList> &rows,
                Error *error)
{
    QStringList names;
    QStringList marks;
    for (const QString &column : columns) {
        names << QLatin1Char('"') + column + QLatin1Char('"');
        marks << QStringLiteral("?");
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT OR REPLACE INTO \"%1\" (%2) VALUES (%3)")
                            .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
        *error = {ErrorKind::Storage, insert.lastError().text(), {}, 0};
        return false;
    }
    for (const QVariantList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            insert.bindValue(i, row.at(i));
        if (!insert.exec()) {
            *error = {ErrorKind::Storage, insert.lastError().text(), {}, 0};
            return false;
        }
    }
    return true;
}

/// The items the cache knows, as keys of user_data: each may have played state that a damaged page hides.
QList<QVariantMap> cachedUserDataKeys(const QString &cacheFile)
{
    QList<QVariantMap> keys;
    if (!QFile::exists(cacheFile))
        return keys;
    SetupConnection cache(cacheFile, SetupConnection::Mode::ReadOnly);
    QSqlQuery items(cache.db());
    items.setForwardOnly(true);
    if (!cache.isOpen())
        return keys;
    // A cache not yet migrated to several servers (0009) holds the rows of the one in cache_meta.
    if (!items.exec(QStringLiteral("SELECT s.server_id, i.id FROM items i "
                                   "JOIN cache_servers s ON s.server_key = i.server_key"))
        && !items.exec(QStringLiteral("SELECT (SELECT value FROM cache_meta WHERE key = 'server_id'), id FROM items")))
        return keys;
    while (items.next())
        keys.append({{QStringLiteral("server_id"), items.value(0)}, {QStringLiteral("item_id"), items.value(1)}});
    return keys;
}

/// False only when the schema says for sure that the table is not there; a schema it cannot read counts as there.
bool existsIn(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    exists.addBindValue(table);
    if (!exists.exec())
        return true;
    return exists.next() || exists.lastError().isValid();
}

} // namespace

StateRecovery::StateRecovery(DatabasePaths paths, const Clock &clock)
    : m_paths(std::move(paths))
    , m_clock(clock)
{
}

bool StateRecovery::fill(const QString &freshFile, Report *report)
{
    SetupConnection fresh(freshFile);
    SetupConnection damaged(m_paths.stateFile, SetupConnection::Mode::ReadOnly);
    if (!fresh.isOpen() || !damaged.isOpen()) {
        report->error = fresh.isOpen() ? damaged.error() : fresh.error();
        return false;
    }
    const Migrator::Report migration = Migrator(fresh.db(), QStringLiteral(":/migrations/state")).migrate();
    if (migration.outcome != Migrator::Outcome::Migrated && migration.outcome != Migrator::Outcome::UpToDate) {
        report->error = migration.error;
        return false;
    }
    WriteTransaction transaction(fresh.db());
    for (const auto &[table, columns] : tablesOf(fresh.db())) {
        if (!existsIn(damaged.db(), table))
            continue; // a table of a newer schema than the damaged file's
        TableOutcome tableOutcome;
        tableOutcome.table = table;
        const TableSalvage::Outcome salvaged = TableSalvage(damaged.db(), table, columns)
                                                   .run(table == QLatin1String("user_data")
                                                            ? cachedUserDataKeys(m_paths.cacheFile)
                                                            : QList<QVariantMap>());
        tableOutcome.lost = !salvaged.schemaReadable;
        tableOutcome.unreadable = int(salvaged.unreadable.size());
        // Columns the fresh schema no longer has (or the key alone, for a rowid table) are left behind.
        QStringList kept;
        QList<int> positions;
        for (int i = 0; i < salvaged.columns.size(); ++i) {
            if (columns.contains(salvaged.columns.at(i))) {
                kept << salvaged.columns.at(i);
                positions << i;
            }
        }
        QList<QVariantList> rows;
        for (const QVariantList &row : salvaged.rows) {
            QVariantList values;
            for (int position : std::as_const(positions))
                values << row.at(position);
            rows << values;
        }
        if (!insertRows(fresh.db(), table, kept, rows, &report->error))
            return false;
        tableOutcome.recovered = int(rows.size());
        for (const QVariantMap &known : std::as_const(salvaged.unreadable)) {
            if (const QString item = known.value(QStringLiteral("item_id")).toString(); !item.isEmpty())
                report->unreadableItems << item;
        }
        report->tables << tableOutcome;
    }
    if (!transaction.commit()) {
        report->error = transaction.error();
        return false;
    }
    return true;
}

StateRecovery::Report StateRecovery::run()
{
    Report report;
    if (!QFile::exists(m_paths.stateFile)) {
        report.error = {ErrorKind::Storage,
                        QStringLiteral("There is no state file at %1; there is nothing to recover.").arg(m_paths.stateFile),
                        {}, 0};
        return report;
    }
    const IntegrityCheck::Outcome check = IntegrityCheck::run(m_paths.stateFile, IntegrityCheck::Depth::Full);
    if (check.ran && !check.damaged()) {
        report.wasSound = true;
        return report;
    }
    const QString freshFile = m_paths.stateFile + QStringLiteral(".recovering");
    for (const QString &suffix : Companions)
        QFile::remove(freshFile + suffix);
    if (!fill(freshFile, &report)) {
        for (const QString &suffix : Companions)
            QFile::remove(freshFile + suffix);
        return report;
    }
    // Both connections are closed: the damaged file is kept byte for byte (the copy made when it was found, or a new
    // one), and the fresh one takes its name.
    report.keptAs = DatabaseFileCheck::keepCopy(m_paths.stateFile, m_clock.nowMs());
    if (report.keptAs.isEmpty()) {
        report.error = {ErrorKind::Storage,
                        QStringLiteral("The recovered rows are in %1, but no copy of %2 could be kept; free some space, "
                                       "then move it away and rename the recovered file yourself.")
                            .arg(freshFile, m_paths.stateFile),
                        {}, 0};
        return report;
    }
    for (const QString &suffix : Companions)
        QFile::remove(m_paths.stateFile + suffix);
    if (!QFile::rename(freshFile, m_paths.stateFile)) {
        report.error = {ErrorKind::Storage,
                        QStringLiteral("The recovered rows are in %1; rename it to %2.").arg(freshFile, m_paths.stateFile),
                        {}, 0};
        return report;
    }
    QFile::remove(freshFile + QStringLiteral("-journal"));
    qCInfo(lcStorage).noquote() << "state file recovered; the damaged one was kept as" << report.keptAs;
    return report;
}

} // namespace marquee
