// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace marquee {

/// What went wrong, in terms a page or the footer can act on.
enum class ErrorKind {
    None,
    Offline,        ///< the server could not be reached (refused, DNS, no route)
    Timeout,        ///< the server did not answer in time
    Unauthorized,   ///< 401: signed out, the cache stays browsable
    ServerError,    ///< 5xx
    ClientError,    ///< 4xx other than 401
    BadResponse,    ///< malformed or hostile body
    TooLarge,       ///< the response passed the size cap
    Contradictory,  ///< a listing that contradicts itself or a second look; the message says how, in words
    Cancelled,
    UntrustedCertificate, ///< TLS failed verification; certificateSha256 says which certificate the server showed
    StorageFull,    ///< SQLITE_FULL or a full disk
    StorageCorrupt, ///< SQLITE_CORRUPT / NOTADB
    Storage,        ///< any other database failure
};

[[nodiscard]] QString errorKindName(ErrorKind kind);

/// A typed failure. `url` never carries a token: it is safe to show and to log.
struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message;
    QString url;
    int httpStatus = 0;
    QString certificateSha256{}; ///< UntrustedCertificate only: hex SHA-256 of the server's certificate

    [[nodiscard]] bool isError() const { return kind != ErrorKind::None; }
    /// certificateSha256 as certificate viewers show it: "AB:CD:…".
    [[nodiscard]] QString certificateFingerprint() const;
    /// One line for logs and the footer: "Timeout: GET http://host/Items (no answer in 30 s)".
    [[nodiscard]] QString toString() const;

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace marquee

Q_DECLARE_METATYPE(marquee::Error)
