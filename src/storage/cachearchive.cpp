// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cachearchive.h"

#include "core/clock.h"
#include "storage/archivedimages.h"
#include "storage/database.h"
#include "storage/databasefilecheck.h"
#include "storage/migrator.h"
#include "storage/sqlstatement.h"
#include "storage/writetransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <filesystem>
#include <system_error>

namespace marquee {

namespace {

const QString CacheMigrations = QStringLiteral(":/migrations/cache");
// In dependency order: items reference libraries. sync_runs is this device's history and stays out.
const QStringList CopiedTables = {QStringLiteral("cache_meta"), QStringLiteral("cache_servers"),
                                  QStringLiteral("libraries"), QStringLiteral("items"), QStringLiteral("sync_state")};

Error archiveError(const QString &message)
{
    return {ErrorKind::Storage, message, {}, 0};
}

/// A connection to one file alone (the export or the import copy), removed when it goes out of scope.
class FileConnection
{
public:
    explicit FileConnection(const QString &file)
        : m_name(QStringLiteral("marquee-archive-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        m_open = db.open();
    }
    ~FileConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    SqlStatement query(db, sql);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

/// rename(2) replaces the target atomically; QFile::rename refuses an existing target.
bool replaceFile(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), error);
    return !error;
}

bool writeHeader(const QSqlDatabase &db, const CacheArchiveHeader &header)
{
    if (!SqlStatement::execOnce(db, QStringLiteral("CREATE TABLE marquee_export (key TEXT PRIMARY KEY, "
                                                   "value TEXT NOT NULL) WITHOUT ROWID")))
        return false;
    SqlStatement insert(db, QStringLiteral("INSERT INTO marquee_export (key, value) VALUES (:key, :value)"));
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("format"), QString::fromLatin1(CacheArchive::FormatName)},
        {QStringLiteral("format_version"), QString::number(header.formatVersion)},
        {QStringLiteral("marquee_version"), header.marqueeVersion},
        {QStringLiteral("schema_version"), QString::number(header.schemaVersion)},
        {QStringLiteral("server_id"), header.serverId},
        {QStringLiteral("exported_at"), QString::number(header.exportedAtMs)},
        {QStringLiteral("libraries"), QString::number(header.libraries)},
        {QStringLiteral("items"), QString::number(header.items)},
        {QStringLiteral("with_images"), header.withImages ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("images"), QString::number(header.images)},
        {QStringLiteral("image_bytes"), QString::number(header.imageBytes)},
    };
    for (const auto &[key, value] : values) {
        if (!insert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value).exec())
            return false;
    }
    return true;
}

} // namespace

CacheArchive::CacheArchive(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<CacheArchiveHeader> CacheArchive::exportTo(const QString &file, ArchivedImages *images)
{
    const QString partial = file + QStringLiteral(".partial");
    QFile::remove(partial); // VACUUM INTO refuses an existing, non-empty target
    const QSqlDatabase db = m_database.connection();
    // VACUUM INTO writes a consistent snapshot even while a refresh writes: it reads inside one transaction.
    SqlStatement vacuum(db, QStringLiteral("VACUUM main INTO :path"));
    vacuum.bind(QStringLiteral(":path"), partial);
    if (!vacuum.exec()) {
        QFile::remove(partial);
        return archiveError(QStringLiteral("could not write %1: %2").arg(file, vacuum.lastError().message));
    }

    CacheArchiveHeader header;
    bool written = false;
    {
        FileConnection out(partial);
        if (out.isOpen()) {
            const QSqlDatabase copy = out.db();
            // One self-contained file, whatever journal mode the snapshot inherited.
            SqlStatement::execOnce(copy, QStringLiteral("PRAGMA journal_mode = DELETE"));
            header.formatVersion = FormatVersion;
            header.marqueeVersion = QStringLiteral(MARQUEE_VERSION);
            header.schemaVersion = scalar(copy, QStringLiteral("PRAGMA user_version")).toInt();
            header.serverId = scalar(copy, QStringLiteral("SELECT value FROM cache_meta WHERE key = 'server_id'")).toString();
            header.exportedAtMs = m_clock.nowMs();
            header.libraries = scalar(copy, QStringLiteral("SELECT count(*) FROM libraries")).toInt();
            header.items = scalar(copy, QStringLiteral("SELECT count(*) FROM items")).toInt();
            header.withImages = images != nullptr;
            written = SqlStatement::execOnce(copy, QStringLiteral("DELETE FROM sync_runs"));
            if (written && images) {
                const Status carried = writeImages(copy, *images, header);
                if (!carried) {
                    QFile::remove(partial);
                    return archiveError(QStringLiteral("could not write the images to %1: %2")
                                            .arg(file, carried.error().message));
                }
            }
            written = written && writeHeader(copy, header);
        }
    }
    if (!written || !replaceFile(partial, file)) {
        QFile::remove(partial);
        return archiveError(QStringLiteral("could not write %1").arg(file));
    }
    return header;
}

Result<CacheArchiveHeader> CacheArchive::importFrom(const QString &file, const QString &expectedServerId,
                                                    ArchivedImages *images)
{
    if (!QFileInfo(file).isFile())
        return archiveError(QStringLiteral("%1: no such file").arg(file));
    if (DatabaseFileCheck::inspect(file) != DatabaseFileHealth::Healthy)
        return archiveError(QStringLiteral("%1 is not a Marquee cache export (not an SQLite database)").arg(file));

    // Checks and migrations run on a copy: the user's file is never modified, the cache not yet touched.
    const QString copy = m_database.paths().cacheFile + QStringLiteral(".import");
    QFile::remove(copy);
    if (!QFile::copy(file, copy))
        return archiveError(QStringLiteral("could not copy %1 next to the cache").arg(file));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Result<CacheArchiveHeader> header = validateCopy(copy, file, expectedServerId);
    if (header && images && header.value().withImages) {
        FileConnection in(copy);
        const Status added = in.isOpen() ? readImages(in.db(), *images, header.value())
                                         : Status(archiveError(QStringLiteral("%1 cannot be opened").arg(file)));
        if (!added)
            header = archiveError(QStringLiteral("could not bring back the images of %1: %2").arg(file, added.error().message));
    }
    if (header) {
        const Status replaced = replaceRows(copy);
        if (!replaced)
            header = replaced.error();
    }
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-journal"));
    return header;
}

Result<CacheArchiveHeader> CacheArchive::validateCopy(const QString &copy, const QString &file,
                                                      const QString &expectedServerId)
{
    FileConnection in(copy);
    if (!in.isOpen())
        return archiveError(QStringLiteral("%1 cannot be opened").arg(file));
    const QSqlDatabase db = in.db();
    const QString notExport = QStringLiteral("%1 is not a Marquee cache export").arg(file);

    QHash<QString, QString> values;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT key, value FROM marquee_export")))
            return archiveError(notExport + QStringLiteral(" (no export header)"));
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (values.value(QStringLiteral("format")) != QLatin1String(FormatName))
        return archiveError(notExport + QStringLiteral(" (unknown format)"));

    CacheArchiveHeader header;
    header.formatVersion = values.value(QStringLiteral("format_version")).toInt();
    header.marqueeVersion = values.value(QStringLiteral("marquee_version"));
    header.schemaVersion = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    header.serverId = values.value(QStringLiteral("server_id"));
    header.exportedAtMs = values.value(QStringLiteral("exported_at")).toLongLong();
    header.withImages = values.value(QStringLiteral("with_images")) == QLatin1String("1");
    if (header.formatVersion < 1 || header.formatVersion > FormatVersion)
        return archiveError(QStringLiteral("%1 has export format %2; this Marquee reads format %3 (written by "
                                           "Marquee %4)")
                                .arg(file)
                                .arg(header.formatVersion)
                                .arg(FormatVersion)
                                .arg(header.marqueeVersion));
    Migrator migrator(db, CacheMigrations);
    if (header.schemaVersion < 1 || header.schemaVersion > migrator.latestVersion())
        return archiveError(QStringLiteral("%1 has cache schema %2; this Marquee knows up to %3 (written by "
                                           "Marquee %4, please update)")
                                .arg(file)
                                .arg(header.schemaVersion)
                                .arg(migrator.latestVersion())
                                .arg(header.marqueeVersion));
    if (!expectedServerId.isEmpty() && !header.serverId.isEmpty() && header.serverId != expectedServerId)
        return archiveError(QStringLiteral("%1 holds the metadata of server %2, not of the signed-in server %3")
                                .arg(file, header.serverId, expectedServerId));
    const QString check = scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
    if (check != QLatin1String("ok"))
        return archiveError(QStringLiteral("%1 is damaged (%2)").arg(file, check.isEmpty() ? QStringLiteral("unreadable") : check));
    const Migrator::Report migration = migrator.migrate();
    if (migration.outcome != Migrator::Outcome::UpToDate && migration.outcome != Migrator::Outcome::Migrated)
        return archiveError(QStringLiteral("%1 could not be brought to the current schema: %2").arg(file, migration.error.message));
    header.libraries = scalar(db, QStringLiteral("SELECT count(*) FROM libraries")).toInt();
    header.items = scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt();
    return header;
}

Status CacheArchive::writeImages(const QSqlDatabase &db, ArchivedImages &images, CacheArchiveHeader &header)
{
    Error error;
    if (!SqlStatement::execOnce(db, QStringLiteral("CREATE TABLE marquee_images (name TEXT PRIMARY KEY, data BLOB NOT NULL)"),
                                &error))
        return error;
    WriteTransaction transaction(db);
    SqlStatement insert(db, QStringLiteral("INSERT OR REPLACE INTO marquee_images (name, data) VALUES (:name, :data)"));
    const bool all = images.forEachFile([&](const QString &name, const QByteArray &bytes) {
        if (!insert.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":data"), bytes).exec())
            return false;
        ++header.images;
        header.imageBytes += bytes.size();
        return true;
    });
    if (!all)
        return insert.lastError();
    if (!transaction.commit())
        return transaction.error();
    return success();
}

Status CacheArchive::readImages(const QSqlDatabase &db, ArchivedImages &images, CacheArchiveHeader &header)
{
    // One row at a time: an export of a full image cache is a gigabyte, never all in memory.
    SqlStatement names(db, QStringLiteral("SELECT rowid FROM marquee_images ORDER BY rowid"));
    SqlStatement row(db, QStringLiteral("SELECT name, data FROM marquee_images WHERE rowid = :rowid"));
    QList<qint64> rowIds;
    if (names.exec()) {
        while (names.next())
            rowIds << names.value(0).toLongLong();
    }
    for (const qint64 rowId : std::as_const(rowIds)) {
        if (!row.bind(QStringLiteral(":rowid"), rowId).exec() || !row.next())
            return row.lastError();
        const QString name = row.value(0).toString();
        const QByteArray bytes = row.value(1).toByteArray();
        row.finish();
        // A name the store does not make is skipped, not trusted: the rest of the export is still good.
        const Status added = images.addFile(name, bytes);
        if (added) {
            ++header.images;
            header.imageBytes += bytes.size();
        } else if (added.error().kind != ErrorKind::BadResponse) {
            return added;
        }
    }
    return success();
}

Status CacheArchive::replaceRows(const QString &copy)
{
    const QSqlDatabase db = m_database.connection();
    Error error;
    SqlStatement attach(db, QStringLiteral("ATTACH DATABASE :path AS import"));
    attach.bind(QStringLiteral(":path"), copy);
    if (!attach.exec())
        return attach.lastError();
    Status result = success();
    {
        WriteTransaction transaction(db);
        if (!transaction.isActive())
            result = transaction.error();
        // Children first on the way out, parents first on the way in. Deleting items fires the FTS triggers,
        // inserting them rebuilds the search index through the same triggers.
        for (qsizetype i = CopiedTables.size() - 1; result && i >= 0; --i) {
            if (!SqlStatement::execOnce(db, QStringLiteral("DELETE FROM main.%1").arg(CopiedTables.at(i)), &error))
                result = error;
        }
        for (const QString &table : CopiedTables) {
            if (!result)
                break;
            // Column names come from our own schema, never from the file: both sides ran the same migrations.
            QStringList columns;
            SqlStatement info(db, QStringLiteral("SELECT name FROM pragma_table_info(:table, 'main')"));
            info.bind(QStringLiteral(":table"), table);
            if (info.exec()) {
                while (info.next())
                    columns << QLatin1Char('"') + info.value(0).toString() + QLatin1Char('"');
            }
            const QString list = columns.join(QStringLiteral(", "));
            if (columns.isEmpty()
                || !SqlStatement::execOnce(db, QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM import.%1")
                                                   .arg(table, list), &error))
                result = columns.isEmpty() ? Status(archiveError(QStringLiteral("no columns in ") + table)) : Status(error);
        }
        if (result && !transaction.commit())
            result = transaction.error();
    }
    SqlStatement::execOnce(db, QStringLiteral("DETACH DATABASE import"));
    return result;
}

} // namespace marquee
