// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace marquee {

/// @brief The demo user's data for one item, as Jellyfin's UserItemData row holds it.
struct DemoUserData
{
    qint64 playbackPositionTicks = 0;
    int playCount = 0;
    bool isFavorite = false;
    bool played = false;
    qint64 lastPlayedMs = -1;            ///< -1: never played (LastPlayedDate null)
    std::optional<bool> likes;
    std::optional<double> rating;

    [[nodiscard]] bool isDefault() const
    {
        return playbackPositionTicks == 0 && playCount == 0 && !isFavorite && !played && lastPlayedMs < 0
            && !likes && !rating;
    }
    friend bool operator==(const DemoUserData &, const DemoUserData &) = default;
};

/**
 * @brief User data of the demo user, per item id. Last write wins, as on the real server.
 *
 * Not thread-safe: it lives on the demo server's thread. version() moves on every write so
 * caches sorted by user data (DatePlayed, PlayCount) know when to re-sort.
 */
class DemoUserDataStore
{
public:
    void clear();
    /// Sets initial data without bumping the version (generator use).
    void seed(const QString &itemId, const DemoUserData &data);
    [[nodiscard]] DemoUserData get(const QString &itemId) const;
    [[nodiscard]] const DemoUserData *find(const QString &itemId) const;
    void set(const QString &itemId, const DemoUserData &data);
    void remove(const QString &itemId);
    [[nodiscard]] quint64 version() const { return m_version; }
    [[nodiscard]] const QHash<QString, DemoUserData> &all() const { return m_data; }

private:
    QHash<QString, DemoUserData> m_data;
    quint64 m_version = 1;
};

} // namespace marquee
