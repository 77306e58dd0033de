// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bench/httpfetch.h"
#include "demoserver/demoserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace marquee::test {

/// @brief The Plex face's side of playbacks (`/Demo/Plex/Playback`): each decision and `start.m3u8` with its session
/// and version, and how often each media part was read.
struct PlexPlaybackRecord
{
    QList<QJsonObject> decisions; ///< "request", "session", "ratingKey", "mediaIndex", "partId", "decision"
    QJsonObject partRequests;     ///< part id → requests

    [[nodiscard]] static PlexPlaybackRecord of(const DemoServer &server)
    {
        QNetworkAccessManager manager;
        HttpRequest request;
        request.url = server.plexBaseUrl().resolved(QUrl(QStringLiteral("/Demo/Plex/Playback")));
        const QJsonObject answer = QJsonDocument::fromJson(bench::fetch(manager, request)).object();
        PlexPlaybackRecord record;
        for (const QJsonValue &decision : answer.value(QStringLiteral("Decisions")).toArray())
            record.decisions.append(decision.toObject());
        record.partRequests = answer.value(QStringLiteral("PartRequests")).toObject();
        return record;
    }
    /// The version (`mediaIndex`) the last decision about play session @p session was about; -1 if none.
    [[nodiscard]] int versionOf(const QString &session) const
    {
        int version = -1;
        for (const QJsonObject &decision : decisions) {
            if (decision.value(QStringLiteral("session")).toString() == session)
                version = decision.value(QStringLiteral("mediaIndex")).toInt(-1);
        }
        return version;
    }
};

} // namespace marquee::test
