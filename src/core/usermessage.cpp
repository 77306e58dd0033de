// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/usermessage.h"

#include <QCoreApplication>

namespace marquee {

QString UserMessage::describe(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::Offline:
        return QCoreApplication::translate(
                "UserMessage",
                "The server cannot be reached. Check that it is running and that this computer is "
                "online; Marquee tries again by itself.");
    case ErrorKind::Timeout:
        return QCoreApplication::translate(
                "UserMessage", "The server took too long to answer. It may be busy; Marquee tries again by itself.");
    case ErrorKind::Unauthorized:
        return QCoreApplication::translate(
                "UserMessage",
                "The server no longer accepts your sign-in. Sign in again from the Server menu; "
                "the cached library stays available.");
    case ErrorKind::ServerError:
        return QCoreApplication::translate(
                "UserMessage",
                "The server ran into a problem. Try again later; if it keeps happening, look at the "
                "server's log.");
    case ErrorKind::ClientError:
        return QCoreApplication::translate(
                "UserMessage",
                "The server refused the request; what was asked for may have been removed. Refresh "
                "and try again.");
    case ErrorKind::BadResponse:
        return QCoreApplication::translate(
                "UserMessage",
                "The server sent an answer Marquee cannot read. Try again later; if it keeps "
                "happening, the server may need an update.");
    case ErrorKind::TooLarge:
        return QCoreApplication::translate(
                "UserMessage",
                "The server sent more than Marquee accepts in one answer. Try again later; if it keeps "
                "happening, the server may need an update.");
    case ErrorKind::Contradictory:
        return QCoreApplication::translate(
                "UserMessage",
                "The server's list contradicted itself. Nothing was removed from the cache; Marquee "
                "tries again at the next refresh. If this keeps happening, the server's library may need "
                "a scan.");
    case ErrorKind::Cancelled: return QCoreApplication::translate("UserMessage", "Cancelled by you.");
    case ErrorKind::UntrustedCertificate:
        return QCoreApplication::translate(
                "UserMessage",
                "The server's certificate is not one this computer trusts. Sign in again and compare "
                "its fingerprint with the one your server shows before you trust it.");
    case ErrorKind::StorageFull:
        return QCoreApplication::translate(
                "UserMessage", "The disk is full. Free some space and try again; what is cached stays as it was.");
    case ErrorKind::StorageCorrupt:
        return QCoreApplication::translate(
                "UserMessage",
                "The cache file is damaged. Restart Marquee to rebuild it; your unsent playback "
                "progress is kept.");
    case ErrorKind::Storage:
        return QCoreApplication::translate("UserMessage",
                                           "Marquee could not read or write its files. Check the disk and try again.");
    }
    return {};
}

UserMessage UserMessage::from(const Error &error)
{
    if (!error.isError())
        return {};
    // A cancel is the user's own doing: the request it stopped is no news to them, nor to the details.
    return {describe(error.kind), error.kind == ErrorKind::Cancelled ? QString() : error.toString()};
}

UserMessage UserMessage::from(const QString &whatFailed, const Error &error)
{
    UserMessage message = from(error);
    if (!message.isEmpty() && error.kind != ErrorKind::Cancelled)
        message.text = whatFailed + QStringLiteral(". ") + message.text;
    return message;
}

} // namespace marquee
