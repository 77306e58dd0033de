// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/imagestore.h"

#include "core/clock.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <algorithm>

namespace marquee {

namespace {
// Evicting down to a little under the cap means the next few stores do not each evict again.
constexpr double EvictionTarget = 0.9;
constexpr int NameLength = 40; // SHA-1 in hex
constexpr int MaxStoredWidth = 8192; // far past any width a view asks for

/// Sets the file's modification time, the last-use stamp that outlives the process.
bool stamp(const QString &path, qint64 ms)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QFileDevice::FileModificationTime);
}

/// "<40 hex>-<width>" back into its parts; false for anything else (a half-written temporary, a stray file).
bool parseFileName(const QString &fileName, QString *name, int *width)
{
    const qsizetype dash = fileName.indexOf(QLatin1Char('-'));
    if (dash != NameLength)
        return false;
    bool ok = false;
    *width = fileName.mid(dash + 1).toInt(&ok);
    *name = fileName.left(dash);
    return ok && *width > 0;
}
} // namespace

ImageStore::ImageStore(Options options, const Clock &clock)
    : m_options(std::move(options))
    , m_clock(clock)
{
}

QString ImageStore::nameOf(const ImageSpec &spec)
{
    if (spec.serverId.isEmpty())
        return unkeyedNameOf(spec);
    const QString identity = spec.serverId + QLatin1Char('\n') + spec.itemId + QLatin1Char('\n')
        + imageTypeName(spec.type) + QLatin1Char('\n') + spec.tag;
    return QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString ImageStore::unkeyedNameOf(const ImageSpec &spec)
{
    const QString identity = spec.itemId + QLatin1Char('\n') + imageTypeName(spec.type) + QLatin1Char('\n') + spec.tag;
    return QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
}

std::optional<QString> ImageStore::storedNameOf(const ImageSpec &spec) const
{
    const QString name = nameOf(spec);
    if (m_entries.contains(name))
        return name;
    // The one server of an earlier release's store: its images stay usable until they expire.
    const QString unkeyed = unkeyedNameOf(spec);
    if (unkeyed != name && m_entries.contains(unkeyed))
        return unkeyed;
    return std::nullopt;
}

QString ImageStore::pathOf(const QString &name, int width) const
{
    return m_options.directory + QLatin1Char('/') + name.left(2) + QLatin1Char('/') + name + QLatin1Char('-')
        + QString::number(width);
}

void ImageStore::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    const qint64 now = m_clock.nowMs();
    int expired = 0;
    QDirIterator files(m_options.directory, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        files.next();
        const QFileInfo info = files.fileInfo();
        QString name;
        int width = 0;
        const qint64 stamped = info.lastModified().toMSecsSinceEpoch();
        const bool known = parseFileName(info.fileName(), &name, &width);
        if (!known || now - stamped > m_options.maxUnusedMs) {
            expired += known ? 1 : 0;
            QFile::remove(info.filePath());
            continue;
        }
        m_entries[name].insert(width, Entry{info.size(), stamped, stamped});
        m_totalBytes += info.size();
        ++m_files;
    }
    if (expired > 0)
        qCInfo(lcServices) << "image store: deleted" << expired << "images unused for longer than their TTL";
    evictToFit();
}

std::optional<ImageStore::Found> ImageStore::find(const ImageSpec &spec)
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    const std::optional<QString> stored = storedNameOf(spec);
    if (!stored)
        return std::nullopt;
    const QString name = *stored;
    auto widths = m_entries.find(name);
    if (widths == m_entries.end() || widths->isEmpty())
        return std::nullopt;
    const int wanted = spec.storedWidth();
    auto chosen = widths->lowerBound(wanted);
    const bool wideEnough = chosen != widths->end();
    if (!wideEnough)
        chosen = std::prev(widths->end());
    markUsed(name, chosen.key(), chosen.value());
    return Found{pathOf(name, chosen.key()), chosen.key(), wideEnough};
}

bool ImageStore::contains(const ImageSpec &spec)
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    const std::optional<QString> stored = storedNameOf(spec);
    if (!stored)
        return false;
    const auto widths = m_entries.constFind(*stored);
    return widths != m_entries.cend() && widths->lowerBound(spec.storedWidth()) != widths->cend();
}

void ImageStore::markUsed(const QString &name, int width, Entry &entry)
{
    entry.lastUsedMs = m_clock.nowMs();
    if (entry.lastUsedMs - entry.stampedMs >= UseStampIntervalMs && stamp(pathOf(name, width), entry.lastUsedMs))
        entry.stampedMs = entry.lastUsedMs;
}

Status ImageStore::put(const ImageSpec &spec, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    return write(nameOf(spec), spec.storedWidth(), bytes);
}

Status ImageStore::write(const QString &name, int width, const QByteArray &bytes)
{
    const QString path = pathOf(name, width);
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        const ErrorKind kind = file.error() == QFileDevice::ResourceError ? ErrorKind::StorageFull : ErrorKind::Storage;
        return Error{kind, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}, 0};
    }
    removeEntry(name, width); // a rewrite replaces, it does not add
    const qint64 now = m_clock.nowMs();
    stamp(path, now);
    m_entries[name].insert(width, Entry{bytes.size(), now, now});
    m_totalBytes += bytes.size();
    ++m_files;
    evictToFit();
    return success();
}

void ImageStore::removeEntry(const QString &name, int width)
{
    auto widths = m_entries.find(name);
    if (widths == m_entries.end())
        return;
    const auto entry = widths->constFind(width);
    if (entry == widths->cend())
        return;
    m_totalBytes -= entry->bytes;
    --m_files;
    widths->erase(entry);
    if (widths->isEmpty())
        m_entries.erase(widths);
}

void ImageStore::remove(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    QString name;
    int width = 0;
    if (parseFileName(QFileInfo(path).fileName(), &name, &width))
        removeEntry(name, width);
    QFile::remove(path);
}

void ImageStore::evictToFit()
{
    if (m_totalBytes <= m_options.maxBytes)
        return;
    struct Candidate
    {
        qint64 lastUsedMs;
        QString name;
        int width;
    };
    std::vector<Candidate> candidates;
    candidates.reserve(size_t(m_files));
    for (auto widths = m_entries.cbegin(); widths != m_entries.cend(); ++widths) {
        for (auto entry = widths->cbegin(); entry != widths->cend(); ++entry)
            candidates.push_back({entry->lastUsedMs, widths.key(), entry.key()});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.lastUsedMs < b.lastUsedMs; });
    const auto target = qint64(double(m_options.maxBytes) * EvictionTarget);
    int evicted = 0;
    for (const Candidate &candidate : candidates) {
        if (m_totalBytes <= target)
            break;
        QFile::remove(pathOf(candidate.name, candidate.width));
        removeEntry(candidate.name, candidate.width);
        ++evicted;
    }
    qCDebug(lcServices) << "image store: evicted" << evicted << "least recently used images";
}

void ImageStore::setLimits(qint64 maxBytes, qint64 maxUnusedMs)
{
    QMutexLocker lock(&m_mutex);
    m_options.maxBytes = maxBytes;
    // Disuse is only judged when the folder is first scanned; a shorter limit takes effect on the next start.
    m_options.maxUnusedMs = maxUnusedMs;
    if (m_loaded)
        evictToFit();
}

bool ImageStore::forEachFile(const std::function<bool(const QString &name, const QByteArray &bytes)> &each)
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    for (auto widths = m_entries.cbegin(); widths != m_entries.cend(); ++widths) {
        for (auto entry = widths->cbegin(); entry != widths->cend(); ++entry) {
            QFile file(pathOf(widths.key(), entry.key()));
            if (!file.open(QIODevice::ReadOnly))
                continue; // deleted behind our back: nothing to carry
            const QString fileName = widths.key() + QLatin1Char('-') + QString::number(entry.key());
            if (!each(fileName, file.readAll()))
                return false;
        }
    }
    return true;
}

Status ImageStore::addFile(const QString &fileName, const QByteArray &bytes)
{
    QString name;
    int width = 0;
    // The name comes from a file the user was handed: only the store's own shape may become a path.
    const bool hex = std::all_of(fileName.cbegin(), fileName.cbegin() + std::min<qsizetype>(NameLength, fileName.size()),
                                 [](QChar c) { return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')); });
    if (!parseFileName(fileName, &name, &width) || !hex || width > MaxStoredWidth)
        return Error{ErrorKind::BadResponse, QStringLiteral("not an image store file name: ") + fileName.left(80), {}, 0};
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    return write(name, width, bytes);
}

ImageStoreStats ImageStore::stats()
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    return {m_files, m_totalBytes};
}

Result<ImageStoreStats> ImageStore::clear()
{
    QMutexLocker lock(&m_mutex);
    ensureLoaded();
    const ImageStoreStats removed{m_files, m_totalBytes};
    QDir directory(m_options.directory);
    if (directory.exists() && !directory.removeRecursively())
        return Error{ErrorKind::Storage, QStringLiteral("could not delete ") + m_options.directory, {}, 0};
    m_entries.clear();
    m_totalBytes = 0;
    m_files = 0;
    return removed;
}

} // namespace marquee
