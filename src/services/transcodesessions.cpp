// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/transcodesessions.h"

#include "backend/backend.h"
#include "core/clock.h"
#include "core/synclogging.h"
#include "services/databasewriter.h"
#include "storage/cachemetarepository.h"
#include "storage/playbacksessionrepository.h"

namespace marquee {

TranscodeSessions::TranscodeSessions(DatabaseWriter &writer, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
{
}

QFuture<Status> TranscodeSessions::remember(const QString &playSessionId, const QString &itemId)
{
    const qint64 now = m_clock.nowMs();
    return m_writer.run([playSessionId, itemId, now](const QSqlDatabase &db) -> Status {
        PlaybackSessionRepository sessions(db);
        if (!sessions.rememberTranscode({playSessionId, CacheMetaRepository(db).serverId(), itemId, now}))
            return Error{ErrorKind::Storage, QStringLiteral("the conversion could not be noted"), {}, 0};
        return success();
    });
}

void TranscodeSessions::stop(const QString &playSessionId)
{
    if (!m_backend || playSessionId.isEmpty())
        return;
    m_backend->stopTranscoding(playSessionId).then(this, [this, playSessionId](const Status &status) {
        if (!status) {
            qCInfo(lcSync).noquote() << "the conversion" << playSessionId << "was not stopped ("
                                     << status.error().toString() << "); it is stopped at the next start";
            return;
        }
        m_writer.run([playSessionId](const QSqlDatabase &db) {
            return PlaybackSessionRepository(db).forgetTranscode(playSessionId);
        });
        Q_EMIT stopped(playSessionId);
    });
}

void TranscodeSessions::stopLeftovers()
{
    if (!m_backend)
        return;
    m_writer
        .run([](const QSqlDatabase &db) {
            return PlaybackSessionRepository(db).transcodes(CacheMetaRepository(db).serverId());
        })
        .then(this, [this](const QList<ActiveTranscode> &leftovers) {
            for (const ActiveTranscode &transcode : leftovers) {
                qCInfo(lcSync).noquote() << "stopping the conversion" << transcode.playSessionId
                                         << "that an earlier run left on the server";
                stop(transcode.playSessionId);
            }
        });
}

} // namespace marquee
