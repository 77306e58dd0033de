// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/servertracks.h"

#include "core/logging.h"
#include "player/playerengine.h"
#include "player/tracklanguage.h"

#include <QCoreApplication>

namespace marquee {

namespace {

/// The delivery of a subtitle when the server did not say: its own file for an external one, else in the stream.
PlaybackStream::Delivery deliveryOf(const PlaybackStream &stream)
{
    if (stream.delivery != PlaybackStream::Delivery::None)
        return stream.delivery;
    return stream.isExternal ? PlaybackStream::Delivery::External : PlaybackStream::Delivery::Embed;
}

std::optional<int> trackWithFileIndex(const PlayerEngine &engine, MediaTrack::Kind kind, int index)
{
    for (const MediaTrack &track : engine.tracks()) {
        if (track.kind == kind && !track.external && track.ffIndex == index)
            return track.id;
    }
    return std::nullopt;
}

} // namespace

QString ServerTracks::label(const PlaybackStream &stream)
{
    QString text = stream.displayTitle;
    if (text.isEmpty()) {
        QStringList parts;
        for (const QString &part : {stream.title, TrackLanguage::name(stream.language), stream.codec.toUpper()}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        text = parts.isEmpty() ? QCoreApplication::translate("ServerTracks", "Track %1").arg(stream.index)
                               : parts.join(QStringLiteral(" - "));
    }
    QStringList flags;
    if (stream.isDefault)
        flags.append(QCoreApplication::translate("ServerTracks", "default"));
    if (stream.isForced)
        flags.append(QCoreApplication::translate("ServerTracks", "forced"));
    if (stream.type == PlaybackStream::Type::Subtitle && deliveryOf(stream) == PlaybackStream::Delivery::Encode)
        flags.append(QCoreApplication::translate("ServerTracks", "drawn in by the server"));
    return flags.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, flags.join(QStringLiteral(", ")));
}

void ServerTracks::setPlan(const PlaybackPlan &plan)
{
    m_source = plan.source;
    m_converted = plan.converted;
    m_audio = plan.audioStreamIndex ? plan.audioStreamIndex : plan.source.defaultAudioStreamIndex;
    if (!m_audio) {
        for (const PlaybackStream &stream : m_source.streams) {
            if (stream.type == PlaybackStream::Type::Audio) {
                m_audio = stream.index;
                break;
            }
        }
    }
    m_subtitle = plan.subtitleStreamIndex;
    if (!m_subtitle) {
        m_subtitle = plan.source.defaultSubtitleStreamIndex.value_or(-1);
        // A forced subtitle (the lines in another language of a film) shows unless the viewer said otherwise.
        for (const PlaybackStream &stream : m_source.streams) {
            if (*m_subtitle < 0 && stream.type == PlaybackStream::Type::Subtitle && stream.isForced)
                m_subtitle = stream.index;
        }
    }
}

QList<TrackChoice> ServerTracks::audio() const
{
    QList<TrackChoice> choices;
    for (const PlaybackStream &stream : m_source.streams) {
        if (stream.type == PlaybackStream::Type::Audio)
            choices.append({stream.index, label(stream), stream.language, m_audio == stream.index});
    }
    return choices;
}

QList<TrackChoice> ServerTracks::subtitles() const
{
    QList<TrackChoice> choices{{-1, QCoreApplication::translate("ServerTracks", "Off"), QString(), m_subtitle.value_or(-1) < 0}};
    for (const PlaybackStream &stream : m_source.streams) {
        if (stream.type == PlaybackStream::Type::Subtitle && deliveryOf(stream) != PlaybackStream::Delivery::Drop)
            choices.append({stream.index, label(stream), stream.language, m_subtitle == stream.index});
    }
    return choices;
}

void ServerTracks::apply(PlayerEngine &engine, const PlaybackPlanner &planner) const
{
    if (isEmpty())
        return;
    selectAudio(engine);
    selectSubtitle(engine, planner);
}

void ServerTracks::selectAudio(PlayerEngine &engine) const
{
    // A conversion carries the one audio track it was asked for.
    if (m_converted || !m_audio)
        return;
    if (const std::optional<int> track = trackWithFileIndex(engine, MediaTrack::Kind::Audio, *m_audio))
        engine.selectAudioTrack(*track);
}

void ServerTracks::selectSubtitle(PlayerEngine &engine, const PlaybackPlanner &planner) const
{
    const PlaybackStream *chosen = m_subtitle && *m_subtitle >= 0 ? m_source.stream(*m_subtitle) : nullptr;
    if (!chosen) {
        engine.selectSubtitleTrack(0);
        return;
    }
    switch (deliveryOf(*chosen)) {
    case PlaybackStream::Delivery::External: {
        const StreamSource source = planner.subtitleStream(*chosen);
        // Found again by its address: its title is a label in the user's language, which may have changed since.
        const QString address = QString::fromUtf8(source.url.toEncoded());
        for (const MediaTrack &track : engine.tracks()) {
            if (track.kind == MediaTrack::Kind::Subtitle && track.external && !address.isEmpty()
                && track.externalFile == address) {
                engine.selectSubtitleTrack(track.id);
                return;
            }
        }
        // The player sends the server's credential with every request; a subtitle elsewhere must not get it.
        if (source.url.isValid() && !source.headers.isEmpty())
            engine.addSubtitle(source.url, label(*chosen), chosen->language);
        else
            qCWarning(lcPlayer).noquote() << "subtitle" << chosen->index << "is not on the server; not loaded";
        return;
    }
    case PlaybackStream::Delivery::Embed:
        if (const std::optional<int> track = trackWithFileIndex(engine, MediaTrack::Kind::Subtitle, chosen->index))
            engine.selectSubtitleTrack(*track);
        return;
    default:
        // Drawn into the picture by the server (or in the HLS manifest): mpv shows no subtitle track of its own.
        engine.selectSubtitleTrack(0);
        return;
    }
}

bool ServerTracks::chooseAudio(int index, PlayerEngine &engine)
{
    if (m_converted && m_audio != index)
        return false;
    m_audio = index;
    selectAudio(engine);
    return true;
}

bool ServerTracks::chooseSubtitle(int index, PlayerEngine &engine, const PlaybackPlanner &planner)
{
    const PlaybackStream *chosen = index >= 0 ? m_source.stream(index) : nullptr;
    const PlaybackStream *current = m_subtitle && *m_subtitle >= 0 ? m_source.stream(*m_subtitle) : nullptr;
    const bool drawnIn = current && deliveryOf(*current) == PlaybackStream::Delivery::Encode;
    const bool needsServer = chosen
        && (deliveryOf(*chosen) == PlaybackStream::Delivery::Encode
            || (m_converted && deliveryOf(*chosen) == PlaybackStream::Delivery::Embed));
    // Leaving a subtitle the server draws in needs a stream without it.
    if (needsServer || drawnIn)
        return false;
    m_subtitle = index;
    selectSubtitle(engine, planner);
    return true;
}

void ServerTracks::preferLanguages(const PlaybackSource &source, const std::optional<QString> &audioLanguage,
                                   const std::optional<QString> &subtitleLanguage, std::optional<int> *audioIndex,
                                   std::optional<int> *subtitleIndex)
{
    const auto find = [&source](PlaybackStream::Type type, const QString &language) -> std::optional<int> {
        const PlaybackStream *found = nullptr;
        for (const PlaybackStream &stream : source.streams) {
            if (stream.type != type || stream.language.compare(language, Qt::CaseInsensitive) != 0)
                continue;
            // A full subtitle track rather than the forced lines of the same language.
            if (!found || (found->isForced && !stream.isForced))
                found = &stream;
        }
        return found ? std::optional<int>(found->index) : std::nullopt;
    };
    if (audioLanguage && !audioLanguage->isEmpty())
        *audioIndex = find(PlaybackStream::Type::Audio, *audioLanguage);
    if (subtitleLanguage)
        *subtitleIndex = subtitleLanguage->isEmpty() ? std::optional<int>(-1)
                                                     : find(PlaybackStream::Type::Subtitle, *subtitleLanguage);
}

} // namespace marquee
