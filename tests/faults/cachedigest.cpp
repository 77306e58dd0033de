// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedigest.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <ostream>

namespace marquee::test {

namespace {

/// Hashes every row of a fixed query; returns the row count, -1 when the query failed.
int hashRows(const QSqlDatabase &db, const QString &sql, QCryptographicHash &hash)
{
    static const QStringList bookkeeping = {QStringLiteral("row_id"), QStringLiteral("fetched_at"),
                                            QStringLiteral("expires_at"), QStringLiteral("last_used_at"),
                                            QStringLiteral("server_updated_at")};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return -1;
    int rows = 0;
    while (query.next()) {
        const QSqlRecord record = query.record();
        for (int column = 0; column < record.count(); ++column) {
            if (bookkeeping.contains(record.fieldName(column)))
                continue;
            const QVariant value = record.value(column);
            hash.addData(value.isNull() ? QByteArrayLiteral("\x01null") : value.toString().toUtf8());
            hash.addData(QByteArrayView("\x00", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
        ++rows;
    }
    return rows;
}

} // namespace

CacheDigest CacheDigest::of(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    CacheDigest digest;
    digest.items = hashRows(db, QStringLiteral("SELECT * FROM main.items ORDER BY id"), hash);
    digest.userData = hashRows(db, QStringLiteral("SELECT * FROM state.user_data ORDER BY server_id, item_id"), hash);
    digest.queued = hashRows(db, QStringLiteral("SELECT * FROM state.playback_queue ORDER BY seq"), hash);
    digest.sha256 = hash.result().toHex();
    return digest;
}

QString CacheDigest::describe() const
{
    return QStringLiteral("%1 items, %2 user data, %3 queued, sha256 %4")
        .arg(items)
        .arg(userData)
        .arg(queued)
        .arg(QString::fromLatin1(sha256.left(16)));
}

void PrintTo(const CacheDigest &digest, std::ostream *out)
{
    *out << digest.describe().toStdString();
}

} // namespace marquee::test
