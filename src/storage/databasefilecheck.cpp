// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databasefilecheck.h"

#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace marquee {

namespace {
constexpr qint64 HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3";

quint32 readBigEndian32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

qint64 walSize(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() ? wal.size() : 0;
}
} // namespace

DatabaseFileHealth DatabaseFileCheck::inspect(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return DatabaseFileHealth::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseFileHealth::NotSqlite;
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArray::fromRawData(Magic, sizeof(Magic))))
        return DatabaseFileHealth::NotSqlite;

    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return DatabaseFileHealth::NotSqlite;

    // The in-header page count is only valid when the "version valid for" field matches the change counter.
    const quint32 changeCounter = readBigEndian32(header, 24);
    const quint32 pageCount = readBigEndian32(header, 28);
    const quint32 validFor = readBigEndian32(header, 92);
    // With a non-empty WAL the newest pages may live there, so the file length proves nothing.
    if (validFor == changeCounter && walSize(path) == 0 && qint64(pageCount) * pageSize > file.size())
        return DatabaseFileHealth::Truncated;
    return DatabaseFileHealth::Healthy;
}

QString DatabaseFileCheck::moveAside(const QString &path, qint64 nowMs)
{
    const QFileInfo info(path);
    QDir dir = info.dir();
    const QString brokenPrefix = info.fileName() + QStringLiteral(".broken-");
    // Keep one broken copy only: a 400 MB cache must not pile up on every recovery.
    const QStringList earlier = dir.entryList({brokenPrefix + QLatin1Char('*')}, QDir::Files);
    for (const QString &name : earlier)
        dir.remove(name);

    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = path + QStringLiteral(".broken-") + stamp;
    if (!QFile::rename(path, target)) {
        qCWarning(lcStorage) << "could not move" << path << "aside";
        return {};
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}

QString DatabaseFileCheck::keepCopy(const QString &path, qint64 nowMs)
{
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = original.readAll();
    // The same damage found again (every start until it is recovered) keeps the copy it already has.
    const QFileInfo info(path);
    const QStringList earlier =
        info.dir().entryList({info.fileName() + QStringLiteral(".damaged-*")}, QDir::Files, QDir::Name);
    for (const QString &name : earlier) {
        QFile copy(info.dir().filePath(name));
        if (!name.endsWith(QLatin1String("-wal")) && copy.size() == bytes.size() && copy.open(QIODevice::ReadOnly)
            && copy.readAll() == bytes)
            return copy.fileName();
    }
    const QString stamp = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::copy(path, target)) {
        qCWarning(lcStorage) << "could not keep a copy of" << path;
        return {};
    }
    const QString wal = path + QStringLiteral("-wal");
    if (QFile::exists(wal) && !QFile::copy(wal, target + QStringLiteral("-wal")))
        qCWarning(lcStorage) << "could not keep a copy of" << wal;
    return target;
}

} // namespace marquee
