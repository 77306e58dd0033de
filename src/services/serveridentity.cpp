// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/serveridentity.h"

#include "core/logging.h"
#include "storage/cachemetarepository.h"
#include "storage/cacheserverrepository.h"
#include "storage/serverremoval.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>

namespace marquee {

Result<ServerIdentity::Outcome> ServerIdentity::adopt(QSqlDatabase db, const QString &serverId)
{
    if (serverId.isEmpty())
        return Error{ErrorKind::BadResponse, QStringLiteral("the server did not say its id"), {}, 0};
    const QString active = CacheMetaRepository(db).serverId();
    return active == serverId ? Result<Outcome>(Outcome::Same) : activate(db, serverId, active);
}

Result<ServerIdentity::Outcome> ServerIdentity::begin(QSqlDatabase db, const QString &serverId,
                                                      const QString &previousAtAddress)
{
    if (!previousAtAddress.isEmpty() && previousAtAddress != serverId)
        return activate(db, serverId, previousAtAddress);
    if (CacheMetaRepository(db).serverId() == serverId)
        return Outcome::Same;
    return activate(db, serverId, {});
}

Result<ServerIdentity::Outcome> ServerIdentity::activate(QSqlDatabase db, const QString &serverId,
                                                         const QString &replaced)
{
    if (serverId.isEmpty())
        return Error{ErrorKind::BadResponse, QStringLiteral("the server did not say its id"), {}, 0};
    CacheMetaRepository meta(db);
    const bool firstSeen = meta.serverId().isEmpty();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    // The replaced server's rows only: another server's stay, and so does everything in the state database.
    if (const std::optional<qint64> key = replaced.isEmpty() ? std::nullopt : CacheServerRepository(db).keyOf(replaced);
        key && !ServerRemoval(db).removeMetadata(*key))
        return Error{ErrorKind::Storage, QStringLiteral("could not clear the old server's metadata"), {}, 0};
    if (!meta.setServerId(serverId) || !transaction.commit())
        return Error{ErrorKind::Storage, QStringLiteral("could not record the server id"), {}, 0};
    if (!replaced.isEmpty()) {
        qCWarning(lcServices) << "server id changed from" << replaced << "to" << serverId << "- metadata cleared";
        return Outcome::Replaced;
    }
    return firstSeen ? Outcome::FirstSeen : Outcome::Switched;
}

QString ServerIdentity::replacedNotice()
{
    return QCoreApplication::translate(
            "ServerIdentity",
            "The server at this address is a different server now. Its cached library was cleared "
            "and is being fetched again; your unsent playback progress is kept.");
}

} // namespace marquee
