// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/playbackproblem.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace marquee {

QString PlaybackProblem::message() const
{
    switch (kind) {
    case Kind::Unreachable:
        return QCoreApplication::translate("PlaybackProblem",
                                           "The server cannot be reached; this item is not downloaded. "
                                           "Check the connection and try again.");
    case Kind::NotFound:
        return QCoreApplication::translate("PlaybackProblem",
                                           "The server no longer has this video. Refresh the library and try again.");
    case Kind::Refused:
        return QCoreApplication::translate("PlaybackProblem",
                                           "The server refused to play this video. Sign in again, or ask the server's "
                                           "administrator for access.");
    case Kind::NoCompatibleStream:
        return QCoreApplication::translate("PlaybackProblem",
                                           "The server offers no version of this video that Marquee can play.");
    case Kind::ConversionFailed:
        return QCoreApplication::translate("PlaybackProblem",
                                           "The server could not convert this video to a lower quality. "
                                           "Play it in the original quality instead.");
    case Kind::InvalidAddress:
        return QCoreApplication::translate(
                "PlaybackProblem", "This video could not be played: the server gave an address Marquee will not use.");
    case Kind::PlayerUnavailable:
        return QCoreApplication::translate(
                "PlaybackProblem",
                "The video player could not start on this computer. Check that libmpv is installed.");
    case Kind::Unplayable:
        break;
    }
    return QCoreApplication::translate(
            "PlaybackProblem",
            "This video could not be played. The file may be damaged or in a format Marquee cannot "
            "play.");
}

PlaybackProblem PlaybackProblem::fromPlayerLog(const QString &log, bool converted)
{
    static const QRegularExpression unreachable(
        QStringLiteral("connection refused|failed to resolve|could not resolve|network is unreachable|no route to "
                       "host|connection timed out|timed out|connection reset"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression httpStatus(QStringLiteral("HTTP error (\\d{3})"));
    PlaybackProblem problem{Kind::Unplayable, log};
    if (unreachable.match(log).hasMatch()) {
        problem.kind = Kind::Unreachable;
    } else if (const QRegularExpressionMatch status = httpStatus.match(log); status.hasMatch()) {
        const int code = status.captured(1).toInt();
        if (code == 404 || code == 410)
            problem.kind = converted ? Kind::ConversionFailed : Kind::NotFound;
        else if (code == 401 || code == 403)
            problem.kind = Kind::Refused;
        else if (code >= 500 && converted)
            problem.kind = Kind::ConversionFailed;
    } else if (converted) {
        // A conversion that breaks off mid-way is the server's, not the file's.
        problem.kind = Kind::ConversionFailed;
    }
    return problem;
}

PlaybackProblem PlaybackProblem::fromError(const Error &error)
{
    PlaybackProblem problem{Kind::Unplayable, error.toString()};
    switch (error.kind) {
    case ErrorKind::Offline:
    case ErrorKind::Timeout:
        problem.kind = Kind::Unreachable;
        break;
    case ErrorKind::Unauthorized:
        problem.kind = Kind::Refused;
        break;
    case ErrorKind::ClientError:
        problem.kind = error.httpStatus == 404 ? Kind::NotFound
                                               : (error.httpStatus == 403 ? Kind::Refused : Kind::Unplayable);
        break;
    case ErrorKind::UntrustedCertificate:
        problem.kind = Kind::Refused;
        break;
    default:
        break;
    }
    return problem;
}

} // namespace marquee
