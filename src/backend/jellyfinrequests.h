// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendtypes.h"
#include "backend/clientidentity.h"
#include "backend/httprequest.h"

#include <QList>
#include <QPair>
#include <QUrl>

namespace marquee {

/**
 * @brief Builds Jellyfin HTTP requests: URLs under the server's base path, query parameters as the spec
 * names them (camelCase, comma-separated lists), JSON bodies in PascalCase, and the Authorization header.
 * Pure: no I/O, safe to use from any thread.
 */
class JellyfinRequests
{
public:
    JellyfinRequests(const QUrl &serverUrl, const ClientIdentity &identity);

    [[nodiscard]] const QUrl &serverUrl() const { return m_serverUrl; }
    [[nodiscard]] const ClientIdentity &identity() const { return m_identity; }
    /// The certificate every request to this server must present (see HttpRequest); set before the first request.
    void setTrustedCertificate(const QByteArray &sha256Hex) { m_trustedCertificate = sha256Hex; }
    [[nodiscard]] const QByteArray &trustedCertificate() const { return m_trustedCertificate; }

    /// @p path starts with '/'; query values are percent-encoded here ('+' included), commas kept.
    [[nodiscard]] QUrl endpoint(const QString &path, const QueryItems &query = {}) const;
    /// GET/POST/DELETE with the Authorization header; @p token may be empty (before sign-in).
    [[nodiscard]] HttpRequest request(HttpMethod method, const QString &path, const QueryItems &query,
                                      const QString &token, const QByteArray &jsonBody = {}) const;

    [[nodiscard]] static QString pathSegment(const QString &value);
    [[nodiscard]] static QString fieldsFor(DetailLevel level);
    /// /Items parameters for a listing; @p idsOnly asks for ids, types and etags only.
    [[nodiscard]] static QueryItems itemQuery(const ItemQuery &query, const QString &userId, bool idsOnly);
    [[nodiscard]] static QueryItems listingExtras(const QString &userId, DetailLevel level);

    /// /Items/{id}/Images/{type}[/{index}]?tag=…&maxWidth=…&quality=…: no credential (images are public).
    [[nodiscard]] QUrl imageUrl(const ImageRequest &image) const;
    [[nodiscard]] static QString imagePath(const ImageRequest &image);
    [[nodiscard]] static QueryItems imageQuery(const ImageRequest &image);

    [[nodiscard]] static QByteArray authenticateBody(const QString &userName, const QString &password);
    /// PlaybackStartInfo / PlaybackProgressInfo, or PlaybackStopInfo when @p stop.
    [[nodiscard]] static QByteArray playbackBody(const PlaybackReport &report, bool stop);
    /// UpdateUserItemDataDto with only the fields that are set.
    [[nodiscard]] static QByteArray userDataBody(const UserDataUpdate &update);

private:
    QUrl m_serverUrl;
    ClientIdentity m_identity;
    QByteArray m_trustedCertificate;
};

} // namespace marquee
