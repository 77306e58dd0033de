// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/userdataactions.h"

#include "core/clock.h"
#include "backend/resultpromise.h"
#include "core/synclogging.h"
#include "services/messagebroker.h"
#include "services/refreshscope.h"
#include "services/databasewriter.h"
#include "storage/cachemetarepository.h"
#include "storage/itemreader.h"
#include "storage/playbackqueuerepository.h"

namespace marquee {

namespace {
struct RecordOutcome
{
    Status status = success();
    QStringList scopes; ///< what shows the item, for the pages to re-read
};

/// The server the cache belongs to: the queue and the user data are kept per server.
QString currentServer(const QSqlDatabase &db)
{
    return CacheMetaRepository(db).serverId();
}
} // namespace

UserDataActions::UserDataActions(DatabaseWriter &writer, const Clock &clock, MessageBroker *broker, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_broker(broker)
{
}

QFuture<Status> UserDataActions::setPlayed(const QString &itemId, bool played)
{
    return recordNow(itemId, played ? PlaybackEventKind::Played : PlaybackEventKind::Unplayed);
}

QFuture<Status> UserDataActions::setFavorite(const QString &itemId, bool favorite)
{
    return recordNow(itemId, favorite ? PlaybackEventKind::Favorite : PlaybackEventKind::Unfavorite);
}

QFuture<Status> UserDataActions::recordNow(const QString &itemId, PlaybackEventKind kind)
{
    PlaybackEvent event;
    event.itemId = itemId;
    event.kind = kind;
    event.occurredAtMs = m_clock.nowMs();
    return record(event);
}

QFuture<Status> UserDataActions::recordPlayback(const PlaybackChange &change)
{
    PlaybackEvent event;
    event.itemId = change.itemId;
    event.kind = change.kind == PlaybackChange::Kind::Position ? PlaybackEventKind::Progress : PlaybackEventKind::Played;
    event.positionTicks = std::max<qint64>(0, change.positionTicks);
    event.occurredAtMs = change.occurredAtMs;
    event.playCounted = change.playCounted;
    if (change.heldForLiveReport)
        event.nextAttemptAtMs = change.occurredAtMs + LiveHoldMs;
    return record(event);
}

QFuture<Status> UserDataActions::record(const PlaybackEvent &event)
{
    if (event.itemId.isEmpty()) {
        const Error error{ErrorKind::ClientError, QStringLiteral("a user-data change needs an item id"), {}, 0};
        Q_EMIT failed(error);
        return finishedFuture<std::monostate>(error);
    }
    return m_writer
        .run([event](const QSqlDatabase &db) {
            RecordOutcome outcome;
            PlaybackEvent stamped = event;
            stamped.serverId = currentServer(db);
            if (stamped.serverId.isEmpty()) {
                outcome.status = Error{ErrorKind::Storage,
                                       QStringLiteral("no server yet: sign in once before changing played state"), {}, 0};
                return outcome;
            }
            const Result<qint64> seq = PlaybackQueueRepository(db).record(stamped);
            if (!seq) {
                outcome.status = seq.error();
                return outcome;
            }
            if (const std::optional<MediaItem> item = ItemReader(db).item(event.itemId))
                outcome.scopes = RefreshScope::keysShowing(item->id, item->libraryId, item->seriesId, item->type);
            else
                outcome.scopes = {RefreshScope::item(event.itemId).key()};
            // Home's Continue Watching follows the position and the played state.
            outcome.scopes.append(RefreshScope::home().key());
            return outcome;
        })
        .then(this, [this, event](const RecordOutcome &outcome) {
            if (!outcome.status) {
                qCWarning(lcSync).noquote() << "change of item" << event.itemId
                                            << "not stored:" << outcome.status.error().toString();
                Q_EMIT failed(outcome.status.error());
                return outcome.status;
            }
            for (const QString &scope : outcome.scopes)
                Q_EMIT m_broker->scopeUpdated(scope);
            Q_EMIT queueChanged();
            return outcome.status;
        });
}

void UserDataActions::confirmLiveReport(const QString &itemId, qint64 occurredAtMs, qint64 positionTicks)
{
    m_writer.run([itemId, occurredAtMs, positionTicks](const QSqlDatabase &db) {
        PlaybackQueueRepository(db).removeConfirmedProgress(currentServer(db), itemId, occurredAtMs, positionTicks);
    });
}

void UserDataActions::releaseLiveHold(const QString &itemId)
{
    m_writer.run([itemId](const QSqlDatabase &db) { PlaybackQueueRepository(db).releaseItem(currentServer(db), itemId); })
        .then(this, [this] { Q_EMIT queueChanged(); });
}

} // namespace marquee
