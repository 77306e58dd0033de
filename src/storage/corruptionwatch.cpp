// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/corruptionwatch.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <atomic>
#include <sqlite3.h>

namespace marquee {

namespace {

struct Watcher
{
    QSet<QString> files;
    CorruptionWatch::Listener listener;
};

struct Registry
{
    QMutex mutex;
    quint64 nextHandle = 1;
    QHash<quint64, Watcher> watchers;
    QSet<QString> refused;
    std::atomic<bool> anyRefused{false};
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QString absolute(const QString &file)
{
    return QFileInfo(file).absoluteFilePath();
}

/// The files a connection has open: its main file and every attached one (SQLite gives absolute paths).
QStringList filesOf(sqlite3 *connection)
{
    QStringList files;
    if (!connection)
        return files;
    for (int i = 0;; ++i) {
        const char *schema = sqlite3_db_name(connection, i);
        if (!schema)
            break;
        const char *file = sqlite3_db_filename(connection, schema);
        if (file && *file)
            files << QString::fromUtf8(file);
    }
    return files;
}

} // namespace

quint64 CorruptionWatch::watch(const QStringList &files, Listener listener)
{
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    Watcher watcher;
    for (const QString &file : files)
        watcher.files.insert(absolute(file));
    watcher.listener = std::move(listener);
    const quint64 handle = r.nextHandle++;
    r.watchers.insert(handle, std::move(watcher));
    return handle;
}

void CorruptionWatch::unwatch(quint64 handle)
{
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    r.watchers.remove(handle);
}

void CorruptionWatch::report(sqlite3 *connection, const QString &message)
{
    const QStringList files = filesOf(connection);
    QList<Listener> listeners;
    {
        Registry &r = registry();
        QMutexLocker locker(&r.mutex);
        for (const Watcher &watcher : std::as_const(r.watchers)) {
            if (std::any_of(files.cbegin(), files.cend(), [&](const QString &f) { return watcher.files.contains(f); }))
                listeners << watcher.listener;
        }
    }
    // Outside the lock: a listener may watch or refuse files itself.
    for (const Listener &listener : std::as_const(listeners))
        listener(message);
}

void CorruptionWatch::refuseWrites(const QString &file, bool refuse)
{
    Registry &r = registry();
    QMutexLocker locker(&r.mutex);
    if (refuse)
        r.refused.insert(absolute(file));
    else
        r.refused.remove(absolute(file));
    r.anyRefused.store(!r.refused.isEmpty(), std::memory_order_release);
}

bool CorruptionWatch::writesRefused(sqlite3 *connection)
{
    Registry &r = registry();
    if (!r.anyRefused.load(std::memory_order_acquire))
        return false;
    const QStringList files = filesOf(connection);
    QMutexLocker locker(&r.mutex);
    return std::any_of(files.cbegin(), files.cend(), [&](const QString &f) { return r.refused.contains(f); });
}

sqlite3 *CorruptionWatch::handleOf(const QSqlDriver *driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace marquee
