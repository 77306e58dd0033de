// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "backend/clientidentity.h"
#include "backend/httprequest.h"

#include <QUrl>
#include <optional>

namespace marquee {

/**
 * @brief Builds Plex Media Server requests: JSON (`Accept: application/json`), the `X-Plex-*` client headers on
 * every request, the token in `X-Plex-Token`, paging in `X-Plex-Container-Start`/`-Size` headers (as the official
 * specification's §Pagination says), and the names Plex uses for Marquee's ids, types and sort keys.
 * Pure: no I/O, safe to use from any thread.
 */
class PlexRequests
{
public:
    static inline const QString LibraryIdentifier = QStringLiteral("com.plexapp.plugins.library");
    /// The API version we speak (the official specification's); sent on every request.
    static inline const QByteArray ApiVersion = QByteArrayLiteral("1.2.2");

    /// A page of a listing: where it starts and how many items it may hold (0: only the total).
    struct Window
    {
        int start = 0;
        int size = 0;
    };

    PlexRequests(const QUrl &serverUrl, const ClientIdentity &identity);

    [[nodiscard]] const QUrl &serverUrl() const { return m_serverUrl; }
    [[nodiscard]] const ClientIdentity &identity() const { return m_identity; }
    void setTrustedCertificate(const QByteArray &sha256Hex) { m_trustedCertificate = sha256Hex; }

    [[nodiscard]] QUrl endpoint(const QString &path, const QueryItems &query = {}) const;
    /// A request with the client headers, @p token (when not empty) and, with @p window, the paging headers.
    [[nodiscard]] HttpRequest request(HttpMethod method, const QString &path, const QueryItems &query,
                                      const QString &token, std::optional<Window> window = std::nullopt) const;
    /// `X-Plex-Product`, `-Version`, `-Client-Identifier`, `-Platform`, `-Device`, `-Device-Name`, `-Provides`,
    /// `-Pms-Api-Version`: who is asking, also for plex.tv.
    [[nodiscard]] static QList<QPair<QByteArray, QByteArray>> clientHeaders(const ClientIdentity &identity);

    /// Marquee's library id for a section key, and back. Section keys and rating keys are both small numbers on
    /// Plex; the prefix keeps a library apart from the item that happens to share its number.
    [[nodiscard]] static QString libraryId(const QString &sectionKey);
    /// The section key of a library id; empty when @p libraryId is not one.
    [[nodiscard]] static QString sectionKey(const QString &libraryId);
    /// Plex's metadata type number (movie 1, show 2, season 3, episode 4); nullopt for types Plex has no number for.
    [[nodiscard]] static std::optional<int> typeNumber(ItemType type);
    /// From Plex's type name ("movie" …) or number.
    [[nodiscard]] static ItemType itemType(const QString &nameOrNumber);
    /// Plex's `sort` value for Jellyfin-named sort keys, with a stable tie-break for paging.
    [[nodiscard]] static QString sortValue(const QStringList &sortBy, SortOrder order);
    [[nodiscard]] static QString metadataPath(const QString &ratingKey, const QString &element = {});

    /// `/photo/:/transcode?url=<the image's path>&width=…&height=…`: no credential.
    [[nodiscard]] QUrl imageUrl(const ImageRequest &image) const;
    [[nodiscard]] static QueryItems imageQuery(const ImageRequest &image);
    /// `key` and `identifier` for scrobble, unscrobble and rate.
    [[nodiscard]] static QueryItems itemKeyQuery(const QString &ratingKey);

private:
    QUrl m_serverUrl;
    ClientIdentity m_identity;
    QByteArray m_trustedCertificate;
};

} // namespace marquee
