// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace marquee {

/**
 * @brief The demo server's item store: every item in memory, with an id index and child lists.
 *
 * Not thread-safe: it lives on the demo server's thread. Every mutation bumps version(), which
 * query caches use to know when to throw their sorted orders away. Items enter through append()
 * or add() and change only through the methods below, which keep their digests up to date.
 */
class DemoLibrary
{
public:
    void clear();
    void reserve(qsizetype count);
    /// Appends without indexing (but with digests and a rating key); call rebuildIndex() after a batch (the generator does).
    void append(DemoItem item);
    void rebuildIndex();

    [[nodiscard]] const std::vector<DemoItem> &items() const { return m_items; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_items.size()); }
    /// Looks an id up after normalising it (dashes and case do not matter); nullptr if unknown.
    [[nodiscard]] const DemoItem *find(QStringView id) const;
    [[nodiscard]] const DemoItem *find(const QString &id) const;
    [[nodiscard]] int indexOf(QStringView id) const;
    /// The same without copying @p id when it is already normalised (the common case).
    [[nodiscard]] int indexOf(const QString &id) const;
    /// The item the Plex face calls @p ratingKey; nullptr if none.
    [[nodiscard]] const DemoItem *findByRatingKey(QStringView ratingKey) const;
    /// Indexes of the direct children of @p id, ordered by index number then sort name.
    [[nodiscard]] QList<int> children(const QString &id) const;
    /// The collection folders ("Movies", "Shows").
    [[nodiscard]] QList<const DemoItem *> views() const;
    [[nodiscard]] int countOf(DemoItemKind kind) const;

    void setPeople(QList<DemoPerson> people);
    [[nodiscard]] const QList<DemoPerson> &people() const { return m_people; }
    [[nodiscard]] const DemoPerson *findPerson(QStringView id) const;

    [[nodiscard]] quint64 version() const { return m_version; }

    /// Adds one item (indexed at once) and bumps the version.
    void add(DemoItem item);
    /// Renames an item, updates its sort name, DateLastSaved and image tag; false if unknown.
    bool rename(const QString &id, const QString &name, qint64 nowMs);
    /// Marks an item as saved now without other changes (e.g. a child was added below it).
    void touch(const QString &id, qint64 nowMs);
    /// Removes an item and everything below it; returns the removed ids (empty if unknown).
    QStringList remove(const QString &id);

    /// Jellyfin-like sort name: lower case, leading article ("the", "a", "an") dropped.
    [[nodiscard]] static QString makeSortName(const QString &name);

private:
    std::vector<DemoItem> m_items;
    QHash<QString, int> m_index;
    QHash<quint32, int> m_ratingKeyIndex;
    quint32 m_lastRatingKey = 0;
    QHash<QString, QList<int>> m_children;
    QList<DemoPerson> m_people;
    QHash<QString, int> m_personIndex;
    quint64 m_version = 1;
};

} // namespace marquee
