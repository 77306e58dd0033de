// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/playstaterules.h"

#include "core/ticks.h"
#include "demoserver/demoformat.h"

#include <QJsonValue>

namespace marquee {

void PlaystateRules::playbackStart(DemoUserData &data, qint64 nowMs)
{
    ++data.playCount;
    data.lastPlayedMs = nowMs;
    data.played = false; // video supports resume: a re-watch clears Played until it ends
}

void PlaystateRules::playbackProgress(DemoUserData &data, qint64 positionTicks, qint64 runTimeTicks)
{
    bool playedToCompletion = false;
    qint64 position = positionTicks;
    if (runTimeTicks > 0 && position > 0) {
        const double percent = double(position) * 100.0 / double(runTimeTicks);
        if (percent < MinResumePercent) {
            position = 0;
        } else if (percent > MaxResumePercent || position >= runTimeTicks - TicksPerSecond) {
            position = 0;
            playedToCompletion = true;
        } else if (runTimeTicks / TicksPerSecond < MinResumeDurationSeconds) {
            position = 0;
            playedToCompletion = true;
        }
    } else if (runTimeTicks <= 0) {
        // Unknown runtime: the server counts it as played.
        position = 0;
        playedToCompletion = true;
    }
    data.playbackPositionTicks = position;
    if (playedToCompletion)
        data.played = true;
}

void PlaystateRules::playbackStopped(DemoUserData &data, std::optional<qint64> positionTicks, qint64 runTimeTicks,
                                     bool failed)
{
    if (failed)
        return;
    if (!positionTicks) {
        ++data.playCount;
        data.played = true;
        data.playbackPositionTicks = 0;
        return;
    }
    playbackProgress(data, *positionTicks, runTimeTicks);
}

void PlaystateRules::markPlayed(DemoUserData &data, std::optional<qint64> datePlayedMs, qint64 nowMs)
{
    data.played = true;
    data.playbackPositionTicks = 0;
    if (datePlayedMs)
        ++data.playCount;
    else
        data.playCount = qMax(data.playCount, 1);
    if (datePlayedMs)
        data.lastPlayedMs = *datePlayedMs;
    else if (data.lastPlayedMs < 0)
        data.lastPlayedMs = nowMs;
}

void PlaystateRules::markUnplayed(DemoUserData &data)
{
    data.played = false;
    data.playCount = 0;
    data.playbackPositionTicks = 0;
    data.lastPlayedMs = -1;
}

void PlaystateRules::applyUpdate(DemoUserData &data, const QJsonObject &update)
{
    // ASP.NET binds JSON property names case-insensitively; match that.
    for (auto it = update.constBegin(); it != update.constEnd(); ++it) {
        const QString key = it.key().toLower();
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined())
            continue;
        if (key == QLatin1String("playbackpositionticks"))
            data.playbackPositionTicks = qint64(v.toDouble());
        else if (key == QLatin1String("playcount"))
            data.playCount = v.toInt();
        else if (key == QLatin1String("isfavorite"))
            data.isFavorite = v.toBool();
        else if (key == QLatin1String("played"))
            data.played = v.toBool();
        else if (key == QLatin1String("likes"))
            data.likes = v.toBool();
        else if (key == QLatin1String("rating"))
            data.rating = v.toDouble();
        else if (key == QLatin1String("lastplayeddate")) {
            if (const auto ms = DemoFormat::parseDate(v.toString()))
                data.lastPlayedMs = *ms;
        }
    }
}

} // namespace marquee
