// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "services/imagespec.h"
#include "storage/archivedimages.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <optional>

namespace marquee {

class Clock;

struct ImageStoreStats
{
    int files = 0;
    qint64 bytes = 0;
};

/**
 * @brief The image files under the cache folder (`<cache>/images/`): one file per image and stored width, with a
 * size cap and least-recently-used eviction.
 *
 * File names are hashes of (item, image type, tag), so nothing a server sends ever reaches a path. Use is
 * tracked in memory, exactly, within a run; across runs the file's modification time is the last-use stamp,
 * refreshed at most once an hour per file, so a disk hit seldom costs a write and no database is involved. The
 * folder is scanned once, on first use; files unused for longer than the images TTL are deleted then (a tag
 * names immutable bytes, so age alone never makes an image stale: only disuse makes it worthless).
 *
 * Thread-safe, and blocking (file I/O): for pool threads and the command line, never the GUI thread. A cache export
 * carries its files by name (ArchivedImages).
 */
class ImageStore final : public ArchivedImages
{
public:
    static constexpr qint64 DefaultMaxBytes = 1LL << 30;
    static constexpr qint64 DefaultMaxUnusedMs = 30LL * 24 * 3600'000; ///< design.md's images TTL
    static constexpr qint64 UseStampIntervalMs = 3600'000;

    struct Options
    {
        QString directory;
        qint64 maxBytes = DefaultMaxBytes;
        qint64 maxUnusedMs = DefaultMaxUnusedMs;
    };

    struct Found
    {
        QString path;
        int width = 0;
        bool wideEnough = false; ///< false: only a narrower copy exists, a fallback while the right one cannot be had
    };

    ImageStore(Options options, const Clock &clock);

    /// The narrowest copy at least @p spec's stored width wide, else the widest narrower one; marks it used.
    [[nodiscard]] std::optional<Found> find(const ImageSpec &spec);
    [[nodiscard]] bool contains(const ImageSpec &spec);
    /// Writes @p bytes as @p spec's image at its stored width (atomically), then evicts to the cap.
    Status put(const ImageSpec &spec, const QByteArray &bytes);
    /// Forgets and deletes one file, e.g. one that no longer decodes.
    void remove(const QString &path);
    [[nodiscard]] ImageStoreStats stats();
    /// New limits (the user's settings changed): evicts at once down to a smaller cap. Blocking, like put().
    void setLimits(qint64 maxBytes, qint64 maxUnusedMs);
    /// Deletes every image; returns what was there.
    Result<ImageStoreStats> clear();

    bool forEachFile(const std::function<bool(const QString &name, const QByteArray &bytes)> &each) override;
    Status addFile(const QString &name, const QByteArray &bytes) override;

    [[nodiscard]] const QString &directory() const { return m_options.directory; }

private:
    struct Entry
    {
        qint64 bytes = 0;
        qint64 lastUsedMs = 0;
        qint64 stampedMs = 0; ///< the file's modification time as last written
    };
    using Widths = QMap<int, Entry>;

    void ensureLoaded();
    void markUsed(const QString &name, int width, Entry &entry);
    void evictToFit();
    Status write(const QString &name, int width, const QByteArray &bytes);
    void removeEntry(const QString &name, int width);
    [[nodiscard]] QString pathOf(const QString &name, int width) const;
    /// The file name of @p spec's image: of its server's (two servers may use the same item id and tag).
    [[nodiscard]] static QString nameOf(const ImageSpec &spec);
    /// Where a store written before images were kept per server has it; read, never written.
    [[nodiscard]] static QString unkeyedNameOf(const ImageSpec &spec);
    /// The name @p spec's image is stored under, if it is.
    [[nodiscard]] std::optional<QString> storedNameOf(const ImageSpec &spec) const;

    Options m_options;
    const Clock &m_clock;
    QMutex m_mutex;
    bool m_loaded = false;
    QHash<QString, Widths> m_entries;
    qint64 m_totalBytes = 0;
    int m_files = 0;
};

} // namespace marquee
