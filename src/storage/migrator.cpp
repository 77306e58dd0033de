// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrator.h"

#include "core/logging.h"
#include "storage/sqlstatement.h"
#include "storage/writetransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace marquee {

namespace {
sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int readUserVersion(const QSqlDatabase &db, Error *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = SqlStatement::errorFrom(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}
} // namespace

Migrator::Migrator(QSqlDatabase db, QString resourceFolder)
    : m_db(std::move(db))
    , m_folder(std::move(resourceFolder))
{
}

QList<Migrator::Step> Migrator::steps() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QList<Step> result;
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            result.append({match.captured(1).toInt(), QDir(m_folder).filePath(name)});
        else
            qCWarning(lcStorage) << "ignoring migration with a malformed name:" << name;
    }
    return result;
}

int Migrator::latestVersion() const
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Migrator::Report Migrator::migrate()
{
    Report report;
    // The write lock first, the version second: a second process starting on the same new file waits here, then
    // finds it migrated, instead of reading version 0 from its snapshot and creating the tables a second time.
    WriteTransaction transaction(m_db);
    if (!transaction.isActive()) {
        report.error = transaction.error();
        return report;
    }
    const int current = readUserVersion(m_db, &report.error);
    if (current < 0)
        return report;
    report.fromVersion = report.toVersion = current;
    const int latest = latestVersion();
    if (current > latest) {
        report.outcome = Outcome::TooNew;
        report.error = {ErrorKind::Storage,
                        QStringLiteral("the database has schema version %1, newer than this Marquee knows (%2)")
                            .arg(current)
                            .arg(latest),
                        {},
                        0};
        return report;
    }
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        if (!applyStep(step, &report.error))
            return report;
        report.toVersion = step.version;
        qCInfo(lcStorage) << "applied migration" << step.path;
    }
    if (report.toVersion != current && !transaction.commit()) {
        report.error = transaction.error();
        return report;
    }
    report.outcome = report.toVersion == current ? Outcome::UpToDate : Outcome::Migrated;
    return report;
}

bool Migrator::applyStep(const Step &step, Error *error)
{
    QFile file(step.path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {ErrorKind::Storage, QStringLiteral("cannot read migration ") + step.path, {}, 0};
        return false;
    }
    const QByteArray script = file.readAll();
    sqlite3 *handle = rawHandle(m_db);
    if (!handle) {
        *error = {ErrorKind::Storage, QStringLiteral("the SQLite driver gave no handle"), {}, 0};
        return false;
    }
    // A migration file holds many statements (triggers included), which QSqlQuery cannot run in one call.
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        const int primary = rc & 0xff;
        const ErrorKind kind = primary == SQLITE_FULL                                  ? ErrorKind::StorageFull
                               : primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? ErrorKind::StorageCorrupt
                                                                                       : ErrorKind::Storage;
        *error = {kind, QStringLiteral("migration %1 failed: %2").arg(step.path, text), {}, 0};
        return false;
    }
    // PRAGMA takes no bound values; the number comes from our own file name, not from input.
    return SqlStatement::execOnce(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step.version), error);
}

} // namespace marquee
