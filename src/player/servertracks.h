// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/playbackplanner.h"

#include <QList>
#include <QString>

#include <optional>

namespace marquee {

class PlayerEngine;

/// One entry of the audio or subtitle menu, from the server's list.
struct TrackChoice
{
    int index = -1; ///< the server's stream index; -1: subtitles off
    QString label;  ///< "English - AAC - Stereo (default)": from the server and the file, plain text only
    QString language;
    bool selected = false;

    friend bool operator==(const TrackChoice &, const TrackChoice &) = default;
};

/**
 * @brief The audio and subtitle tracks of what plays, as the server lists them (language, title, codec, default,
 * forced, external), and how a choice among them is made real: mpv switches tracks of the original file itself and
 * loads an external subtitle from the address the server gives; a conversion has only the tracks it was asked for,
 * so another audio track, or a subtitle the server must draw into the picture, needs a new plan.
 */
class ServerTracks
{
public:
    void setPlan(const PlaybackPlan &plan);
    [[nodiscard]] bool isEmpty() const { return m_source.streams.isEmpty(); }

    [[nodiscard]] QList<TrackChoice> audio() const;
    /// "Off" first.
    [[nodiscard]] QList<TrackChoice> subtitles() const;
    [[nodiscard]] std::optional<int> audioIndex() const { return m_audio; }
    /// -1: off.
    [[nodiscard]] std::optional<int> subtitleIndex() const { return m_subtitle; }
    [[nodiscard]] const PlaybackStream *stream(int index) const { return m_source.stream(index); }

    /// Makes the engine play the chosen tracks; called once the stream has started.
    void apply(PlayerEngine &engine, const PlaybackPlanner &planner) const;
    /// Chooses the audio track @p index; false when only a new plan can (the stream is a conversion).
    [[nodiscard]] bool chooseAudio(int index, PlayerEngine &engine);
    /// Chooses the subtitle @p index (-1 off); false when only a new plan can (the server must draw it in).
    [[nodiscard]] bool chooseSubtitle(int index, PlayerEngine &engine, const PlaybackPlanner &planner);

    /// The audio and subtitle tracks to ask for, from languages remembered for a series (an empty subtitle
    /// language: off); unset where @p source has nothing in that language.
    static void preferLanguages(const PlaybackSource &source, const std::optional<QString> &audioLanguage,
                                const std::optional<QString> &subtitleLanguage, std::optional<int> *audioIndex,
                                std::optional<int> *subtitleIndex);
    [[nodiscard]] static QString label(const PlaybackStream &stream);

private:
    void selectAudio(PlayerEngine &engine) const;
    void selectSubtitle(PlayerEngine &engine, const PlaybackPlanner &planner) const;

    PlaybackSource m_source;
    bool m_converted = false;
    std::optional<int> m_audio;
    std::optional<int> m_subtitle;
};

} // namespace marquee
