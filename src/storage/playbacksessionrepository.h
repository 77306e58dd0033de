// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sqlstatement.h"

#include <QSqlDatabase>
#include <QStringList>

namespace marquee {

/// A conversion a server runs for this device, until it is told to stop.
struct ActiveTranscode
{
    QString playSessionId;
    QString serverId;
    QString itemId;
    qint64 startedAtMs = 0;

    friend bool operator==(const ActiveTranscode &, const ActiveTranscode &) = default;
};

/// The languages last chosen in a series. Unset: no choice made; an empty subtitle language: subtitles off.
struct SeriesTrackPreference
{
    std::optional<QString> audioLanguage;
    std::optional<QString> subtitleLanguage;

    friend bool operator==(const SeriesTrackPreference &, const SeriesTrackPreference &) = default;
};

/**
 * @brief What playback keeps in the state database: the conversions not yet stopped (so a crash cannot leave one
 * running on the server) and the audio and subtitle languages chosen per series. Small rows, one statement each.
 */
class PlaybackSessionRepository
{
public:
    explicit PlaybackSessionRepository(QSqlDatabase db);

    bool rememberTranscode(const ActiveTranscode &transcode);
    bool forgetTranscode(const QString &playSessionId);
    /// The conversions of @p serverId left running, oldest first.
    [[nodiscard]] QList<ActiveTranscode> transcodes(const QString &serverId);

    [[nodiscard]] SeriesTrackPreference seriesPreference(const QString &serverId, const QString &seriesId);
    /// Stores the languages that are set in @p preference; the others keep what was stored.
    bool saveSeriesPreference(const QString &serverId, const QString &seriesId, const SeriesTrackPreference &preference,
                              qint64 nowMs);

private:
    SqlStatement m_remember;
    SqlStatement m_forget;
    SqlStatement m_transcodes;
    SqlStatement m_preference;
    SqlStatement m_savePreference;
};

} // namespace marquee
