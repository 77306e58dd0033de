// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QSet>
#include <QStringList>
#include <optional>

namespace marquee {

/**
 * @brief Whether a server's listing may say what the server no longer has, and whether the removal it implies is
 * small enough to make on its word alone. One per listing: a library's pages, an id pass, a series' seasons and
 * episodes, the library list. It knows ids and counts only, so every backend's listings obey the same rules.
 *
 * A listing that contradicts itself proves nothing: it repeats an id, its announced count falls between its first
 * and its last page, it ends short of (or runs past) its own count, or it disagrees with a count made separately.
 * Its items may still be written, each as the server sent it, but it removes nothing and its run ends with
 * contradiction() as the error.
 *
 * A listing that holds together may remove up to a quarter of what the cache has of it, or a handful of items, on
 * its own. More is a mass removal (isMassRemoval()): it needs a second, independent look that agrees.
 */
class ListingPlausibility
{
public:
    /// Removals up to this many items never need a second look, whatever the share.
    static constexpr int Handful = 5;

    /// @p what names the listing for the user: "Movies", "the library list", "the episodes of Firefly".
    explicit ListingPlausibility(QString what);

    /// One page, in the order it came: its ids and the count the server announced with it (unset: none).
    void addPage(const QStringList &ids, std::optional<qint64> announcedTotal);
    /// A count made by a separate request, which the listing must match.
    void setIndependentCount(qint64 count);

    [[nodiscard]] int listedCount() const { return int(m_ids.size()); }
    [[nodiscard]] const QSet<QString> &ids() const { return m_ids; }
    /// True as soon as a page repeats an id: stop paging (a server that ignores StartIndex sends page one forever).
    [[nodiscard]] bool repeatsItself() const { return !m_repeated.isEmpty(); }
    /// Why the listing cannot be trusted to remove anything, in words for the user; nothing when it holds together.
    [[nodiscard]] std::optional<Error> contradiction() const;

    /// Removing @p removing of @p cached items needs a second look first: more than a quarter, and not a handful.
    [[nodiscard]] static bool isMassRemoval(qsizetype removing, qsizetype cached);
    /// The run's error when a second look did not agree with a mass removal (@p secondLook says what it saw).
    [[nodiscard]] Error massRemovalRefused(qsizetype removing, qsizetype cached, const QString &secondLook) const;
    /// What Sync activity records when a mass removal went ahead (@p secondLook: what agreed).
    [[nodiscard]] static QString massRemovalNote(qsizetype removed, qsizetype cached, const QString &secondLook);

private:
    QString m_what;
    QSet<QString> m_ids;
    QString m_repeated;
    std::optional<qint64> m_firstAnnounced;
    std::optional<qint64> m_lastAnnounced;
    std::optional<qint64> m_lowestAnnounced;
    std::optional<qint64> m_independentCount;
};

} // namespace marquee
