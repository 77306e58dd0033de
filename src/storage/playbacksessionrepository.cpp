// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/playbacksessionrepository.h"

namespace marquee {

PlaybackSessionRepository::PlaybackSessionRepository(QSqlDatabase db)
    : m_remember(db, QStringLiteral("INSERT OR REPLACE INTO state.active_transcodes (play_session_id, server_id, "
                                    "item_id, started_at) VALUES (:session, :server, :item, :started)"))
    , m_forget(db, QStringLiteral("DELETE FROM state.active_transcodes WHERE play_session_id = :session"))
    , m_transcodes(db, QStringLiteral("SELECT play_session_id, server_id, item_id, started_at "
                                      "FROM state.active_transcodes WHERE server_id = :server ORDER BY started_at"))
    , m_preference(db, QStringLiteral("SELECT audio_language, subtitle_language FROM state.series_track_preferences "
                                      "WHERE server_id = :server AND series_id = :series"))
    , m_savePreference(db, QStringLiteral(
          "INSERT INTO state.series_track_preferences (server_id, series_id, audio_language, subtitle_language, "
          "updated_at) VALUES (:server, :series, :audio, :subtitle, :now) "
          "ON CONFLICT(server_id, series_id) DO UPDATE SET "
          "audio_language = coalesce(excluded.audio_language, audio_language), "
          "subtitle_language = coalesce(excluded.subtitle_language, subtitle_language), updated_at = excluded.updated_at"))
{
}

bool PlaybackSessionRepository::rememberTranscode(const ActiveTranscode &transcode)
{
    m_remember.bind(QStringLiteral(":session"), transcode.playSessionId)
        .bind(QStringLiteral(":server"), transcode.serverId)
        .bind(QStringLiteral(":item"), transcode.itemId)
        .bind(QStringLiteral(":started"), transcode.startedAtMs);
    return m_remember.exec();
}

bool PlaybackSessionRepository::forgetTranscode(const QString &playSessionId)
{
    m_forget.bind(QStringLiteral(":session"), playSessionId);
    return m_forget.exec();
}

QList<ActiveTranscode> PlaybackSessionRepository::transcodes(const QString &serverId)
{
    QList<ActiveTranscode> list;
    m_transcodes.bind(QStringLiteral(":server"), serverId);
    if (!m_transcodes.exec())
        return list;
    while (m_transcodes.next()) {
        list.append({m_transcodes.value(0).toString(), m_transcodes.value(1).toString(),
                     m_transcodes.value(2).toString(), m_transcodes.value(3).toLongLong()});
    }
    return list;
}

SeriesTrackPreference PlaybackSessionRepository::seriesPreference(const QString &serverId, const QString &seriesId)
{
    SeriesTrackPreference preference;
    m_preference.bind(QStringLiteral(":server"), serverId).bind(QStringLiteral(":series"), seriesId);
    if (!m_preference.exec() || !m_preference.next())
        return preference;
    preference.audioLanguage = optionalFrom<QString>(m_preference.value(0));
    preference.subtitleLanguage = optionalFrom<QString>(m_preference.value(1));
    m_preference.finish();
    return preference;
}

bool PlaybackSessionRepository::saveSeriesPreference(const QString &serverId, const QString &seriesId,
                                                     const SeriesTrackPreference &preference, qint64 nowMs)
{
    m_savePreference.bind(QStringLiteral(":server"), serverId)
        .bind(QStringLiteral(":series"), seriesId)
        .bind(QStringLiteral(":audio"), nullable(preference.audioLanguage))
        .bind(QStringLiteral(":subtitle"), nullable(preference.subtitleLanguage))
        .bind(QStringLiteral(":now"), nowMs);
    return m_savePreference.exec();
}

} // namespace marquee
