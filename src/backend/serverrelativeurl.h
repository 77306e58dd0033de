// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/httprequest.h"

#include <QStringList>
#include <QUrl>

namespace marquee {

/**
 * @brief An address a server gave relative to itself (a transcode playlist, a subtitle file), taken apart so that a
 * backend can request it with its credential in headers. A credential the server wrote into the query is dropped: the
 * address can then be logged and shown. An address on another site stays as it is and gets no credential.
 */
struct ServerRelativeUrl
{
    enum class Kind { Invalid, OtherSite, OnServer };

    Kind kind = Kind::Invalid;
    QUrl otherSite;  ///< Kind::OtherSite: the address, untouched
    QString path;    ///< Kind::OnServer: decoded, relative to the server's base path, with a leading '/'
    QueryItems query; ///< Kind::OnServer: decoded, without the credential

    /// @p credentialNames: query names (case-insensitive) that carry a credential.
    [[nodiscard]] static ServerRelativeUrl resolve(const QString &given, const QUrl &server,
                                                   const QStringList &credentialNames);
};

} // namespace marquee
