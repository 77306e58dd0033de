// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/mpvengine.h"

#include "core/logging.h"
#include "player/mpvtracklist.h"

#include <QMetaObject>
#include <QSet>
#include <QTimer>

#include <mpv/client.h>

#include <clocale>
#include <vector>

namespace marquee {

namespace {

/// reply_userdata of each observed property.
/// reply_userdata of a loadfile command: this plus the load's serial number.
constexpr quint64 LoadReply = quint64(1) << 48;
/// m_entryId when mpv did not say which playlist entry a load made.
constexpr qint64 AnyEntry = -2;

enum class Observed : quint64 {
    TimePos = 1,
    Duration,
    Pause,
    EofReached,
    TrackList,
    Volume,
    Mute,
    Speed,
    AudioDelay,
    SubtitleDelay,
    SubtitleText
};

struct ObservedProperty
{
    Observed id;
    const char *name;
    mpv_format format;
};

constexpr ObservedProperty ObservedProperties[] = {
    {Observed::TimePos, "time-pos", MPV_FORMAT_DOUBLE},   {Observed::Duration, "duration", MPV_FORMAT_DOUBLE},
    {Observed::Pause, "pause", MPV_FORMAT_FLAG},          {Observed::EofReached, "eof-reached", MPV_FORMAT_FLAG},
    {Observed::TrackList, "track-list", MPV_FORMAT_NODE}, {Observed::Volume, "volume", MPV_FORMAT_DOUBLE},
    {Observed::Mute, "mute", MPV_FORMAT_FLAG},           {Observed::Speed, "speed", MPV_FORMAT_DOUBLE},
    {Observed::AudioDelay, "audio-delay", MPV_FORMAT_DOUBLE}, {Observed::SubtitleDelay, "sub-delay", MPV_FORMAT_DOUBLE},
    {Observed::SubtitleText, "sub-text", MPV_FORMAT_STRING},
};

/// Containers ffmpeg demuxes in any build mpv runs on, by the names Jellyfin uses.
const QStringList CommonContainers{
    QStringLiteral("mkv"),  QStringLiteral("webm"), QStringLiteral("mp4"), QStringLiteral("m4v"),
    QStringLiteral("mov"),  QStringLiteral("avi"),  QStringLiteral("ts"),  QStringLiteral("mpegts"),
    QStringLiteral("m2ts"), QStringLiteral("mpeg"), QStringLiteral("ogg"), QStringLiteral("ogv"),
    QStringLiteral("wmv"),  QStringLiteral("asf"),  QStringLiteral("flv"), QStringLiteral("3gp")};
/// Codec names Jellyfin uses, with the ffmpeg codec that decodes each.
const QList<std::pair<QString, QByteArray>> VideoCodecs{
    {QStringLiteral("h264"), "h264"},   {QStringLiteral("hevc"), "hevc"},         {QStringLiteral("vp8"), "vp8"},
    {QStringLiteral("vp9"), "vp9"},     {QStringLiteral("av1"), "av1"},           {QStringLiteral("mpeg2video"), "mpeg2video"},
    {QStringLiteral("mpeg4"), "mpeg4"}, {QStringLiteral("vc1"), "vc1"},           {QStringLiteral("msmpeg4v3"), "msmpeg4v3"},
    {QStringLiteral("theora"), "theora"}};
const QList<std::pair<QString, QByteArray>> AudioCodecs{
    {QStringLiteral("aac"), "aac"},       {QStringLiteral("mp3"), "mp3"},   {QStringLiteral("ac3"), "ac3"},
    {QStringLiteral("eac3"), "eac3"},     {QStringLiteral("dts"), "dts"},   {QStringLiteral("truehd"), "truehd"},
    {QStringLiteral("flac"), "flac"},     {QStringLiteral("opus"), "opus"}, {QStringLiteral("vorbis"), "vorbis"},
    {QStringLiteral("alac"), "alac"},     {QStringLiteral("mp2"), "mp2"},   {QStringLiteral("pcm_s16le"), "pcm_s16le"},
    {QStringLiteral("pcm_s24le"), "pcm_s24le"}, {QStringLiteral("wmav2"), "wmav2"}};
/// Subtitle formats mpv draws itself (text through libass, pictures through its own renderer).
const QStringList SubtitleFormats{QStringLiteral("srt"),    QStringLiteral("subrip"), QStringLiteral("ass"),
                                  QStringLiteral("ssa"),    QStringLiteral("vtt"),    QStringLiteral("webvtt"),
                                  QStringLiteral("mov_text"), QStringLiteral("pgssub"), QStringLiteral("dvdsub"),
                                  QStringLiteral("dvbsub"), QStringLiteral("sub"),    QStringLiteral("microdvd")};

/// Header lines for `http-header-fields`; nullopt if a name or value could smuggle in another header line.
std::optional<QList<QByteArray>> headerLines(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QByteArray> lines;
    for (const auto &[name, value] : headers) {
        const auto breaksLine = [](const QByteArray &text) { return text.contains('\r') || text.contains('\n'); };
        if (name.isEmpty() || name.contains(':') || breaksLine(name) || breaksLine(value))
            return std::nullopt;
        lines.append(name + ": " + value);
    }
    return lines;
}

} // namespace

MpvEngine::MpvEngine(Output output, QObject *parent)
    : PlayerEngine(parent)
    , m_output(output)
{
    initialize();
}

MpvEngine::~MpvEngine()
{
    Q_EMIT handleAboutToBeDestroyed();
    if (!m_mpv)
        return;
    mpv_set_wakeup_callback(m_mpv, nullptr, nullptr);
    mpv_terminate_destroy(m_mpv);
}

void MpvEngine::initialize()
{
    // libmpv parses numbers with the C library and refuses to start under a locale with a decimal comma;
    // QApplication has just set LC_NUMERIC from the environment.
    std::setlocale(LC_NUMERIC, "C");
    m_mpv = mpv_create();
    if (!m_mpv) {
        m_startError = tr("The video player (libmpv) could not be created.");
        return;
    }
    const bool headless = m_output == Output::Headless;
    const std::pair<const char *, const char *> options[] = {
        {"vo", headless ? "null" : "libmpv"},
        // Never hand a server URL to youtube-dl, and never read the user's mpv config or scripts.
        {"ytdl", "no"},
        {"config", "no"},
        {"load-scripts", "no"},
        {"input-default-bindings", "no"},
        {"input-vo-keyboard", "no"},
        {"osc", "no"},
        {"idle", "yes"},
        {"keep-open", "no"},
        {"network-timeout", "20"},
        {"user-agent", "Marquee/" MARQUEE_VERSION},
        {"audio-client-name", "Marquee"},
        // A laptop with no working sound device still plays the picture to its end, instead of failing there.
        {"audio-fallback-to-null", "yes"},
    };
    for (const auto &[name, value] : options) {
        if (mpv_set_option_string(m_mpv, name, value) < 0)
            qCWarning(lcPlayer) << "mpv option not accepted:" << name << value;
    }
    // A window plays through whatever sound device mpv finds; the null output still keeps real time.
    if (headless)
        mpv_set_option_string(m_mpv, "ao", "null");
    if (const int error = mpv_initialize(m_mpv); error < 0) {
        //: %1: libmpv's own reason, in English
        m_startError = tr("The video player (libmpv) could not start: %1.").arg(QString::fromUtf8(mpv_error_string(error)));
        mpv_terminate_destroy(m_mpv);
        m_mpv = nullptr;
        return;
    }
    // Warnings only: mpv's verbose levels print request headers, and they carry the access token.
    mpv_request_log_messages(m_mpv, "warn");
    for (const ObservedProperty &property : ObservedProperties)
        mpv_observe_property(m_mpv, quint64(property.id), property.name, property.format);
    mpv_set_wakeup_callback(
        m_mpv,
        [](void *context) {
            // Called on one of mpv's threads: only hand over to the GUI thread, once per batch.
            auto *engine = static_cast<MpvEngine *>(context);
            if (!engine->m_drainQueued.exchange(true))
                QMetaObject::invokeMethod(engine, &MpvEngine::drainEvents, Qt::QueuedConnection);
        },
        this);
}

void MpvEngine::load(const PlaybackMedia &media)
{
    if (!m_mpv) {
        failLater({PlaybackProblem::Kind::PlayerUnavailable, m_startError});
        return;
    }
    if (m_output == Output::Window && !m_renderContextReady) {
        m_waitingLoad = media;
        return;
    }
    startLoad(media);
}

void MpvEngine::setRenderContextReady(bool ready)
{
    m_renderContextReady = ready;
    if (ready && m_waitingLoad) {
        const PlaybackMedia media = *std::exchange(m_waitingLoad, std::nullopt);
        startLoad(media);
    }
}

void MpvEngine::startLoad(const PlaybackMedia &media)
{
    const std::optional<QList<QByteArray>> lines = headerLines(media.headers);
    if (!lines) {
        failLater({PlaybackProblem::Kind::InvalidAddress, tr("A request header has a line break in it.")});
        return;
    }
    if (!media.url.isValid() || media.url.isRelative()) {
        failLater({PlaybackProblem::Kind::InvalidAddress,
                   tr("Not an absolute address: %1").arg(media.url.toDisplayString(QUrl::RemoveQuery))});
        return;
    }
    // A string list as a node array: no comma or quote in a header value can be misread as a separator.
    std::vector<mpv_node> items(lines->size());
    for (qsizetype i = 0; i < lines->size(); ++i) {
        items[size_t(i)].format = MPV_FORMAT_STRING;
        items[size_t(i)].u.string = const_cast<char *>(lines->at(i).constData());
    }
    mpv_node_list list{int(items.size()), items.data(), nullptr};
    mpv_node headerNode;
    headerNode.format = MPV_FORMAT_NODE_ARRAY;
    headerNode.u.list = &list;
    if (mpv_set_property(m_mpv, "http-header-fields", MPV_FORMAT_NODE, &headerNode) < 0) {
        failLater({PlaybackProblem::Kind::InvalidAddress, tr("The video player (libmpv) refused the request headers.")});
        return;
    }
    setProperty("start", QByteArray::number(qMax(0.0, media.startSeconds), 'f', 3));
    setProperty("pause", "no");

    m_position = qMax(0.0, media.startSeconds);
    m_duration = 0.0;
    m_started = false;
    m_endAnnounced = false;
    m_seeking = false;
    m_converted = media.converted;
    m_problemLog.clear();
    // What was open ends now, before the new stream's events: the events of the old one that mpv still sends are
    // told apart by their playlist entry and dropped, so every stopped() after this is the new stream's.
    if (m_fileActive) {
        m_fileActive = false;
        m_started = false;
        Q_EMIT stopped();
    }
    m_pendingFailure.reset();
    m_entryId = -1;
    const QByteArray url = media.url.toEncoded();
    const char *command[] = {"loadfile", url.constData(), "replace", nullptr};
    mpv_command_async(m_mpv, LoadReply + ++m_loadSerial, command);
}

void MpvEngine::setPaused(bool paused)
{
    if (m_mpv)
        setProperty("pause", paused ? "yes" : "no");
}

void MpvEngine::seek(double seconds)
{
    if (!m_mpv || !m_fileActive)
        return;
    m_seeking = true;
    const QByteArray target = QByteArray::number(qMax(0.0, seconds), 'f', 3);
    const char *command[] = {"seek", target.constData(), "absolute", nullptr};
    mpv_command_async(m_mpv, 0, command);
}

void MpvEngine::stop()
{
    m_waitingLoad.reset();
    if (!m_mpv)
        return;
    const char *command[] = {"stop", nullptr};
    mpv_command_async(m_mpv, 0, command);
}

void MpvEngine::setVolume(int percent)
{
    if (m_mpv)
        setProperty("volume", QByteArray::number(qBound(0, percent, 100)));
}

void MpvEngine::setMuted(bool muted)
{
    if (m_mpv)
        setProperty("mute", muted ? "yes" : "no");
}

void MpvEngine::selectAudioTrack(int trackId)
{
    if (m_mpv)
        setProperty("aid", QByteArray::number(trackId));
}

void MpvEngine::selectSubtitleTrack(int trackId)
{
    if (m_mpv)
        setProperty("sid", trackId > 0 ? QByteArray::number(trackId) : QByteArray("no"));
}

void MpvEngine::addSubtitle(const QUrl &url, const QString &title, const QString &language)
{
    if (!m_mpv || !m_fileActive || !url.isValid())
        return;
    const QByteArray address = url.toEncoded();
    const QByteArray name = title.toUtf8();
    const QByteArray lang = language.toUtf8();
    const char *command[] = {"sub-add", address.constData(), "select", name.constData(), lang.constData(), nullptr};
    mpv_command_async(m_mpv, 0, command);
}

void MpvEngine::setSpeed(double factor)
{
    if (m_mpv)
        setProperty("speed", QByteArray::number(qBound(0.25, factor, 4.0), 'f', 3));
}

void MpvEngine::setAudioDelay(double seconds)
{
    if (m_mpv)
        setProperty("audio-delay", QByteArray::number(seconds, 'f', 3));
}

void MpvEngine::setSubtitleDelay(double seconds)
{
    if (m_mpv)
        setProperty("sub-delay", QByteArray::number(seconds, 'f', 3));
}

PlayerCapabilities MpvEngine::capabilities() const
{
    PlayerCapabilities capabilities;
    capabilities.containers = CommonContainers;
    capabilities.subtitleFormats = SubtitleFormats;
    QSet<QByteArray> decoders;
    mpv_node list;
    if (m_mpv && mpv_get_property(m_mpv, "decoder-list", MPV_FORMAT_NODE, &list) >= 0) {
        if (list.format == MPV_FORMAT_NODE_ARRAY && list.u.list) {
            for (int i = 0; i < list.u.list->num; ++i) {
                const mpv_node &entry = list.u.list->values[i];
                if (entry.format != MPV_FORMAT_NODE_MAP || !entry.u.list)
                    continue;
                for (int field = 0; field < entry.u.list->num; ++field) {
                    const mpv_node &value = entry.u.list->values[field];
                    if (qstrcmp(entry.u.list->keys[field], "codec") == 0 && value.format == MPV_FORMAT_STRING)
                        decoders.insert(QByteArray(value.u.string));
                }
            }
        }
        mpv_free_node_contents(&list);
    }
    // Only what this build decodes is claimed; without a list (libmpv did not start) nothing is.
    for (const auto &[name, decoder] : VideoCodecs) {
        if (decoders.contains(decoder))
            capabilities.videoCodecs.append(name);
    }
    for (const auto &[name, decoder] : AudioCodecs) {
        if (decoders.contains(decoder))
            capabilities.audioCodecs.append(name);
    }
    return capabilities;
}

void MpvEngine::setProperty(const char *name, const QByteArray &value)
{
    // Asynchronous: the GUI thread never waits for mpv's core, which may be busy opening a network stream.
    const char *text = value.constData();
    mpv_set_property_async(m_mpv, 0, name, MPV_FORMAT_STRING, &text);
}

void MpvEngine::failLater(const PlaybackProblem &problem)
{
    QTimer::singleShot(0, this, [this, problem] {
        Q_EMIT failed(problem);
        // What played before ends too (its end file says stopped()); with nothing open, say it here.
        if (m_mpv && m_fileActive)
            stop();
        else
            Q_EMIT stopped();
    });
}

void MpvEngine::drainEvents()
{
    m_drainQueued.store(false);
    while (m_mpv) {
        const mpv_event *event = mpv_wait_event(m_mpv, 0);
        if (event->event_id == MPV_EVENT_NONE)
            break;
        handleEvent(*event);
    }
    // mpv hands out log messages only after its other events, so a failure is told once the log that
    // explains it has been read.
    if (const std::optional<int> error = std::exchange(m_pendingFailure, std::nullopt)) {
        const QString detail = m_problemLog.isEmpty() ? QString::fromUtf8(mpv_error_string(*error))
                                                      : m_problemLog.join(QLatin1Char('\n'));
        Q_EMIT failed(PlaybackProblem::fromPlayerLog(detail, m_converted));
        Q_EMIT stopped();
    }
}

void MpvEngine::handleEvent(const mpv_event &event)
{
    switch (event.event_id) {
    case MPV_EVENT_START_FILE: {
        const qint64 entry = static_cast<const mpv_event_start_file *>(event.data)->playlist_entry_id;
        if (m_entryId == AnyEntry)
            m_entryId = entry;
        if (m_entryId >= 0 && entry == m_entryId)
            m_fileActive = true;
        break;
    }
    case MPV_EVENT_PLAYBACK_RESTART:
        onPlaybackRestart();
        break;
    case MPV_EVENT_END_FILE:
        onEndFile(*static_cast<const mpv_event_end_file *>(event.data));
        break;
    case MPV_EVENT_PROPERTY_CHANGE:
        onPropertyChange(event.reply_userdata, *static_cast<const mpv_event_property *>(event.data));
        break;
    case MPV_EVENT_LOG_MESSAGE: {
        const auto *message = static_cast<const mpv_event_log_message *>(event.data);
        const QString text = QString::fromUtf8(message->text).trimmed();
        // The cause comes first (ffmpeg's "HTTP error 404 Not Found" is a warning), its consequences after it
        // ("Failed to open …"); a few lines are enough to tell a person's *Details*.
        if (m_problemLog.size() < MaxProblemLines)
            m_problemLog.append(text);
        qCWarning(lcPlayer) << "mpv" << message->prefix << text;
        break;
    }
    case MPV_EVENT_COMMAND_REPLY:
        if (event.reply_userdata == LoadReply + m_loadSerial)
            onLoadReply(event);
        else if (event.error < 0)
            qCWarning(lcPlayer) << "mpv request failed:" << mpv_error_string(event.error);
        break;
    case MPV_EVENT_SET_PROPERTY_REPLY:
        if (event.error < 0)
            qCWarning(lcPlayer) << "mpv request failed:" << mpv_error_string(event.error);
        break;
    default:
        break;
    }
}

void MpvEngine::onPlaybackRestart()
{
    if (!m_fileActive)
        return;
    if (!m_started) {
        m_started = true;
        double duration = 0.0;
        if (mpv_get_property(m_mpv, "duration", MPV_FORMAT_DOUBLE, &duration) >= 0 && duration != m_duration) {
            m_duration = duration;
            Q_EMIT durationChanged(m_duration);
        }
        Q_EMIT started();
        return;
    }
    if (m_seeking) {
        m_seeking = false;
        double position = m_position;
        if (mpv_get_property(m_mpv, "time-pos", MPV_FORMAT_DOUBLE, &position) >= 0)
            m_position = position;
        Q_EMIT seeked(m_position);
    }
}

void MpvEngine::onLoadReply(const mpv_event &event)
{
    if (event.error < 0) {
        m_problemLog.append(QString::fromUtf8(mpv_error_string(event.error)));
        m_pendingFailure = event.error;
        return;
    }
    // An mpv too old to say which entry it made: the next file that starts is taken for it.
    m_entryId = AnyEntry;
    const mpv_node &result = static_cast<const mpv_event_command *>(event.data)->result;
    if (result.format != MPV_FORMAT_NODE_MAP || !result.u.list)
        return;
    for (int i = 0; i < result.u.list->num; ++i) {
        if (qstrcmp(result.u.list->keys[i], "playlist_entry_id") == 0
            && result.u.list->values[i].format == MPV_FORMAT_INT64)
            m_entryId = result.u.list->values[i].u.int64;
    }
}

void MpvEngine::onEndFile(const mpv_event_end_file &end)
{
    if (!m_fileActive || end.playlist_entry_id != m_entryId)
        return;
    m_fileActive = false;
    m_started = false;
    m_seeking = false;
    if (end.reason == MPV_END_FILE_REASON_ERROR) {
        m_pendingFailure = end.error;
        return;
    }
    if (end.reason == MPV_END_FILE_REASON_EOF && !m_endAnnounced) {
        m_endAnnounced = true;
        Q_EMIT endReached();
    }
    Q_EMIT stopped();
}

void MpvEngine::onPropertyChange(quint64 id, const mpv_event_property &property)
{
    if (property.format == MPV_FORMAT_NONE || !property.data) {
        // No subtitle on screen (or none selected): the text is gone, not unchanged.
        if (Observed(id) == Observed::SubtitleText && !m_subtitleText.isEmpty()) {
            m_subtitleText.clear();
            Q_EMIT subtitleTextChanged(m_subtitleText);
        }
        return;
    }
    const auto asDouble = [&property] { return *static_cast<const double *>(property.data); };
    const auto asFlag = [&property] { return *static_cast<const int *>(property.data) != 0; };
    switch (Observed(id)) {
    case Observed::TimePos:
        m_position = asDouble();
        // Before started() the position is the load's own business (it may jump from 0 to the start time).
        if (m_started)
            Q_EMIT positionChanged(m_position);
        break;
    case Observed::Duration:
        if (asDouble() != m_duration) {
            m_duration = asDouble();
            Q_EMIT durationChanged(m_duration);
        }
        break;
    case Observed::Pause:
        if (asFlag() != m_paused) {
            m_paused = asFlag();
            Q_EMIT pausedChanged(m_paused);
        }
        break;
    case Observed::EofReached:
        if (asFlag() && m_fileActive && !m_endAnnounced) {
            m_endAnnounced = true;
            Q_EMIT endReached();
        }
        break;
    case Observed::TrackList:
        if (MediaTracks tracks = MpvTrackList::parse(*static_cast<const mpv_node *>(property.data)); tracks != m_tracks) {
            m_tracks = std::move(tracks);
            Q_EMIT tracksChanged();
        }
        break;
    case Observed::Volume:
        if (const int volume = qRound(asDouble()); volume != m_volume) {
            m_volume = volume;
            Q_EMIT volumeChanged(m_volume);
        }
        break;
    case Observed::Mute:
        if (asFlag() != m_muted) {
            m_muted = asFlag();
            Q_EMIT mutedChanged(m_muted);
        }
        break;
    case Observed::Speed:
    case Observed::AudioDelay:
    case Observed::SubtitleDelay: {
        double &value = Observed(id) == Observed::Speed ? m_speed
            : Observed(id) == Observed::AudioDelay      ? m_audioDelay
                                                        : m_subtitleDelay;
        if (asDouble() != value) {
            value = asDouble();
            Q_EMIT adjustmentsChanged();
        }
        break;
    }
    case Observed::SubtitleText: {
        const QString text = QString::fromUtf8(*static_cast<const char *const *>(property.data));
        if (text != m_subtitleText) {
            m_subtitleText = text;
            Q_EMIT subtitleTextChanged(m_subtitleText);
        }
        break;
    }
    }
}

} // namespace marquee
