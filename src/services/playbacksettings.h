// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace marquee {

/**
 * @brief The playback settings (rows of the state database's settings table), read into values.
 *
 * A quality is stored as "original" or a bitrate cap in bits per second ("4000000").
 */
struct PlaybackSettings
{
    static inline const QString QualityKey = QStringLiteral("playback/quality");
    static inline const QString RemoteQualityKey = QStringLiteral("playback/quality-remote");
    static inline const QString UpNextKey = QStringLiteral("playback/up-next");
    static inline const QString UpNextSecondsKey = QStringLiteral("playback/up-next-seconds");
    static inline const QString AutoSkipKey = QStringLiteral("playback/auto-skip-intro");
    static constexpr int DefaultUpNextSeconds = 10;

    std::optional<qint64> localQuality;  ///< unset: original quality (direct play)
    std::optional<qint64> remoteQuality; ///< the same when the server is not on the local network
    bool upNext = true;
    int upNextSeconds = DefaultUpNextSeconds;
    bool autoSkipIntro = false;

    [[nodiscard]] static PlaybackSettings from(const QHash<QString, QString> &settings);
    /// "original", or the cap in bits per second.
    [[nodiscard]] static QString qualityText(std::optional<qint64> cap);
    /// nullopt for "original", anything unreadable or not positive.
    [[nodiscard]] static std::optional<qint64> parseQuality(const QString &text);
};

} // namespace marquee
