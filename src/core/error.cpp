// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace marquee {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QCoreApplication::translate("ErrorKind", "No error");
    case ErrorKind::Offline: return QCoreApplication::translate("ErrorKind", "Server unreachable");
    case ErrorKind::Timeout: return QCoreApplication::translate("ErrorKind", "Timeout");
    case ErrorKind::Unauthorized: return QCoreApplication::translate("ErrorKind", "Signed out");
    case ErrorKind::ServerError: return QCoreApplication::translate("ErrorKind", "Server error");
    case ErrorKind::ClientError: return QCoreApplication::translate("ErrorKind", "Request refused");
    case ErrorKind::BadResponse: return QCoreApplication::translate("ErrorKind", "Bad response");
    case ErrorKind::TooLarge: return QCoreApplication::translate("ErrorKind", "Response too large");
    case ErrorKind::Contradictory: return QCoreApplication::translate("ErrorKind", "Contradictory listing");
    case ErrorKind::Cancelled: return QCoreApplication::translate("ErrorKind", "Cancelled");
    case ErrorKind::UntrustedCertificate: return QCoreApplication::translate("ErrorKind", "Untrusted certificate");
    case ErrorKind::StorageFull: return QCoreApplication::translate("ErrorKind", "Disk full");
    case ErrorKind::StorageCorrupt: return QCoreApplication::translate("ErrorKind", "Damaged database file");
    case ErrorKind::Storage: return QCoreApplication::translate("ErrorKind", "Database error");
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
