// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

#include <QStringList>

namespace marquee {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("No error");
    case ErrorKind::Offline: return QStringLiteral("Server unreachable");
    case ErrorKind::Timeout: return QStringLiteral("Timeout");
    case ErrorKind::Unauthorized: return QStringLiteral("Signed out");
    case ErrorKind::ServerError: return QStringLiteral("Server error");
    case ErrorKind::ClientError: return QStringLiteral("Request refused");
    case ErrorKind::BadResponse: return QStringLiteral("Bad response");
    case ErrorKind::TooLarge: return QStringLiteral("Response too large");
    case ErrorKind::Contradictory: return QStringLiteral("Contradictory listing");
    case ErrorKind::Cancelled: return QStringLiteral("Cancelled");
    case ErrorKind::UntrustedCertificate: return QStringLiteral("Untrusted certificate");
    case ErrorKind::StorageFull: return QStringLiteral("Disk full");
    case ErrorKind::StorageCorrupt: return QStringLiteral("Damaged database file");
    case ErrorKind::Storage: return QStringLiteral("Database error");
    }
    return {};
}

QString Error::certificateFingerprint() const
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < certificateSha256.size(); i += 2)
        pairs << certificateSha256.mid(i, 2).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QString Error::toString() const
{
    QString line = errorKindName(kind);
    if (!url.isEmpty())
        line += QStringLiteral(": ") + url;
    if (!message.isEmpty())
        line += QStringLiteral(" (") + message + QLatin1Char(')');
    return line;
}

} // namespace marquee
