// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/plexserializer.h"

#include "core/ticks.h"
#include "demoserver/demomedia.h"
#include "demoserver/demostate.h"
#include "demoserver/demovocabulary.h"
#include "demoserver/jsonwriter.h"
#include "demoserver/librarygenerator.h"

#include <QDateTime>

namespace marquee {

namespace {

QString metadataPath(const DemoItem &item)
{
    return QStringLiteral("/library/metadata/%1").arg(item.ratingKey);
}

} // namespace

PlexSerializer::PlexSerializer(const DemoState &state)
    : m_state(state)
{
}

QString PlexSerializer::typeName(DemoItemKind kind)
{
    switch (kind) {
    case DemoItemKind::Movie: return QStringLiteral("movie");
    case DemoItemKind::Series: return QStringLiteral("show");
    case DemoItemKind::Season: return QStringLiteral("season");
    case DemoItemKind::Episode: return QStringLiteral("episode");
    case DemoItemKind::CollectionFolder: break;
    }
    return QStringLiteral("folder");
}

int PlexSerializer::typeNumber(DemoItemKind kind)
{
    switch (kind) {
    case DemoItemKind::Movie: return 1;
    case DemoItemKind::Series: return 2;
    case DemoItemKind::Season: return 3;
    case DemoItemKind::Episode: return 4;
    case DemoItemKind::CollectionFolder: break;
    }
    return 0;
}

qint64 PlexSerializer::imageStamp(const DemoItem &item)
{
    return LibraryGenerator::BaseTimeMs / 1000 + item.imageVersion;
}

QString PlexSerializer::imagePath(const DemoItem &item, QLatin1String element)
{
    return metadataPath(item) + QLatin1Char('/') + element + QLatin1Char('/') + QString::number(imageStamp(item));
}

QString PlexSerializer::partKey(const DemoItem &item, int version)
{
    return QStringLiteral("/library/parts/%1/%2/file.%3")
        .arg(partId(item, version))
        .arg(LibraryGenerator::BaseTimeMs / 1000)
        .arg(DemoMedia::versions(item).value(version).container);
}

qint64 PlexSerializer::partId(const DemoItem &item, int version)
{
    return qint64(item.ratingKey) + qint64(version) * VersionIdStep;
}

bool PlexSerializer::partOf(qint64 partId, qint64 *ratingKey, int *version)
{
    if (partId <= 0 || partId / VersionIdStep > 16)
        return false;
    *ratingKey = partId % VersionIdStep;
    *version = int(partId / VersionIdStep);
    return *ratingKey > 0;
}

void PlexSerializer::writeUserState(JsonWriter &out, const DemoItem &item) const
{
    const DemoUserData *data = m_state.userData.find(item.id);
    if (item.kind == DemoItemKind::Series || item.kind == DemoItemKind::Season) {
        int leaves = 0;
        int viewed = 0;
        QList<int> pending = m_state.library.children(item.id);
        while (!pending.isEmpty()) {
            const DemoItem &child = m_state.library.items()[size_t(pending.takeLast())];
            if (child.kind != DemoItemKind::Episode) {
                pending.append(m_state.library.children(child.id));
                continue;
            }
            ++leaves;
            if (const DemoUserData *d = m_state.userData.find(child.id); d && d->played)
                ++viewed;
        }
        out.field(QLatin1String("leafCount"), leaves);
        out.field(QLatin1String("viewedLeafCount"), viewed);
    }
    if (!data)
        return;
    // Plex counts completed plays only: a started play (Jellyfin's PlayCount) is not a view until it is played.
    if (data->played && item.isPlayable())
        out.field(QLatin1String("viewCount"), std::max(1, data->playCount));
    if (data->playbackPositionTicks > 0)
        out.field(QLatin1String("viewOffset"), ticksToMs(data->playbackPositionTicks));
    if (data->lastPlayedMs >= 0)
        out.field(QLatin1String("lastViewedAt"), data->lastPlayedMs / 1000);
    if (data->rating)
        out.field(QLatin1String("userRating"), *data->rating);
    else if (data->isFavorite)
        out.field(QLatin1String("userRating"), 10.0);
}

void PlexSerializer::writeHierarchy(JsonWriter &out, const DemoItem &item) const
{
    const int section = m_state.sectionKeyOf(item.libraryId);
    out.field(QLatin1String("librarySectionID"), section);
    out.field(QLatin1String("librarySectionKey"), QStringLiteral("/library/sections/%1").arg(section));
    if (const DemoItem *folder = m_state.library.find(item.libraryId))
        out.field(QLatin1String("librarySectionTitle"), folder->name);
    const DemoItem *series = item.seriesId.isEmpty() ? nullptr : m_state.library.find(item.seriesId);
    const DemoItem *season = item.seasonId.isEmpty() ? nullptr : m_state.library.find(item.seasonId);
    if (item.kind == DemoItemKind::Season && series) {
        out.field(QLatin1String("parentRatingKey"), QString::number(series->ratingKey));
        out.field(QLatin1String("parentKey"), metadataPath(*series));
        out.field(QLatin1String("parentTitle"), series->name);
        out.field(QLatin1String("parentThumb"), imagePath(*series, QLatin1String("thumb")));
    }
    if (item.kind == DemoItemKind::Episode) {
        if (season) {
            out.field(QLatin1String("parentRatingKey"), QString::number(season->ratingKey));
            out.field(QLatin1String("parentKey"), metadataPath(*season));
            out.field(QLatin1String("parentTitle"), season->name);
        }
        out.field(QLatin1String("parentIndex"), item.parentIndexNumber);
        if (series) {
            out.field(QLatin1String("grandparentRatingKey"), QString::number(series->ratingKey));
            out.field(QLatin1String("grandparentKey"), metadataPath(*series));
            out.field(QLatin1String("grandparentTitle"), series->name);
            out.field(QLatin1String("grandparentThumb"), imagePath(*series, QLatin1String("thumb")));
        }
    }
}

qint64 PlexSerializer::subtitleStreamId(qint64 partId, int subtitleIndex)
{
    return partId * 10 + 1 + subtitleIndex; // after the video (…1) and audio (…2) streams
}

bool PlexSerializer::subtitleOfStream(qint64 streamId, qint64 *partId, int *subtitleIndex)
{
    if (streamId <= 0)
        return false;
    *partId = streamId / 10;
    *subtitleIndex = int(streamId % 10) - 1;
    for (const DemoMedia::Subtitle &subtitle : DemoMedia::subtitles()) {
        if (subtitle.index == *subtitleIndex)
            return true;
    }
    return false;
}

void PlexSerializer::writeMedia(JsonWriter &out, const DemoItem &item, Detail detail, const Decision *decision) const
{
    const qint64 durationMs = ticksToMs(item.runTimeTicks);
    const qint64 size = m_state.mediaFiles.file(item).size; // the bytes its part serves (MediaRoutes::videoReply)
    // The versions the Jellyfin face lists, in its order; a decision names only the one it is about.
    const QList<DemoMedia::Version> versions = DemoMedia::versions(item);
    out.key(QLatin1String("Media"));
    out.beginArray();
    for (int index = 0; index < versions.size(); ++index) {
        if (decision && index != decision->mediaIndex)
            continue;
        const DemoMedia::Version &version = versions.at(index);
        const qint64 id = partId(item, index);
        out.beginObject();
        out.field(QLatin1String("id"), id);
        out.field(QLatin1String("duration"), durationMs);
        out.field(QLatin1String("bitrate"), version.bitrate / 1000);
        out.field(QLatin1String("width"), version.width);
        out.field(QLatin1String("height"), version.height);
        out.field(QLatin1String("aspectRatio"), 1.78);
        out.field(QLatin1String("audioChannels"), 1);
        out.field(QLatin1String("audioCodec"), version.audioCodec);
        out.field(QLatin1String("videoCodec"), version.videoCodec);
        out.field(QLatin1String("videoResolution"),
                  version.height >= 2160 ? QStringLiteral("4k") : QString::number(version.height));
        out.field(QLatin1String("container"), version.container);
        if (decision)
            out.field(QLatin1String("selected"), true);
        out.key(QLatin1String("Part"));
        out.beginArray();
        out.beginObject();
        out.field(QLatin1String("id"), id);
        out.field(QLatin1String("key"), partKey(item, index));
        out.field(QLatin1String("duration"), durationMs);
        out.field(QLatin1String("file"), index == 0 ? QStringLiteral("/media/demo/%1.mp4").arg(item.id)
                                                    : QStringLiteral("/media/demo/%1-%2.%3").arg(item.id).arg(index).arg(version.container));
        out.field(QLatin1String("size"), size);
        out.field(QLatin1String("container"), version.container);
        out.field(QLatin1String("indexes"), QLatin1String("sd")); // preview thumbnails: /library/parts/{id}/indexes/sd
        if (decision) {
            out.field(QLatin1String("decision"), decision->part);
            out.field(QLatin1String("selected"), true);
            if (decision->part == QLatin1String("transcode"))
                out.field(QLatin1String("protocol"), QLatin1String("hls"));
        }
        if (detail == Detail::Full || decision)
            writeStreams(out, item, index, decision);
        out.endObject();
        out.endArray();
        out.endObject();
    }
    out.endArray();
}

void PlexSerializer::writeStreams(JsonWriter &out, const DemoItem &item, int index, const Decision *decision) const
{
    const bool transcoded = decision && decision->part == QLatin1String("transcode");
    const DemoMedia::Version version = DemoMedia::versions(item).value(index);
    const qint64 part = partId(item, index);
    out.key(QLatin1String("Stream"));
    out.beginArray();
    out.beginObject();
    out.field(QLatin1String("id"), part * 10 + 1);
    out.field(QLatin1String("streamType"), 1);
    out.field(QLatin1String("default"), true);
    out.field(QLatin1String("codec"), version.videoCodec);
    out.field(QLatin1String("index"), 0);
    out.field(QLatin1String("width"), version.width);
    out.field(QLatin1String("height"), version.height);
    out.field(QLatin1String("displayTitle"), QStringLiteral("%1p (%2)").arg(version.height).arg(version.videoCodec.toUpper()));
    if (transcoded)
        out.field(QLatin1String("decision"), decision->video);
    out.endObject();
    out.beginObject();
    out.field(QLatin1String("id"), part * 10 + 2);
    out.field(QLatin1String("streamType"), 2);
    out.field(QLatin1String("default"), true);
    out.field(QLatin1String("selected"), true);
    out.field(QLatin1String("codec"), version.audioCodec);
    out.field(QLatin1String("index"), 1);
    out.field(QLatin1String("languageCode"), QLatin1String("eng"));
    out.field(QLatin1String("displayTitle"), QStringLiteral("English (%1 Mono)").arg(version.audioCodec.toUpper()));
    if (transcoded)
        out.field(QLatin1String("decision"), decision->audio);
    out.endObject();
    for (const DemoMedia::Subtitle &subtitle : DemoMedia::subtitles()) {
        const qint64 id = subtitleStreamId(part, subtitle.index);
        out.beginObject();
        out.field(QLatin1String("id"), id);
        out.field(QLatin1String("streamType"), 3);
        out.field(QLatin1String("codec"), subtitle.codec);
        out.field(QLatin1String("key"), QStringLiteral("/library/streams/%1.%2").arg(id).arg(subtitle.codec));
        out.field(QLatin1String("languageCode"), subtitle.language);
        out.field(QLatin1String("displayTitle"), QStringLiteral("%1 (%2 External)").arg(subtitle.title, subtitle.codec.toUpper()));
        if (decision && decision->selectedSubtitle == subtitle.index)
            out.field(QLatin1String("selected"), true);
        if (transcoded) {
            const bool burnt = decision->burntSubtitle == subtitle.index;
            out.field(QLatin1String("decision"), burnt ? QLatin1String("burn") : QLatin1String("copy"));
            out.field(QLatin1String("location"), burnt ? QLatin1String("segments-video") : QLatin1String("sidecar"));
        }
        out.endObject();
    }
    out.endArray();
}

void PlexSerializer::writeMarkersAndChapters(JsonWriter &out, const DemoItem &item, PlexIncludes includes) const
{
    if (includes.markers) {
        out.key(QLatin1String("Marker"));
        out.beginArray();
        int id = 0;
        for (const QJsonValue &value : DemoMedia::segments(item)) {
            const QJsonObject segment = value.toObject();
            const bool intro = segment.value(QStringLiteral("Type")).toString() == QLatin1String("Intro");
            out.beginObject();
            out.field(QLatin1String("id"), qint64(item.ratingKey) * 10 + (++id));
            out.field(QLatin1String("type"), intro ? QLatin1String("intro") : QLatin1String("credits"));
            out.field(QLatin1String("startTimeOffset"), ticksToMs(qint64(segment.value(QStringLiteral("StartTicks")).toDouble())));
            out.field(QLatin1String("endTimeOffset"), ticksToMs(qint64(segment.value(QStringLiteral("EndTicks")).toDouble())));
            out.endObject();
        }
        out.endArray();
    }
    if (includes.chapters) {
        const QJsonArray chapters = DemoMedia::chapters(item);
        const qint64 lengthMs = ticksToMs(DemoMedia::streamTicks(item));
        out.key(QLatin1String("Chapter"));
        out.beginArray();
        for (qsizetype i = 0; i < chapters.size(); ++i) {
            const QJsonObject chapter = chapters.at(i).toObject();
            const qint64 startMs = ticksToMs(qint64(chapter.value(QStringLiteral("StartPositionTicks")).toDouble()));
            const qint64 endMs = i + 1 < chapters.size()
                ? ticksToMs(qint64(chapters.at(i + 1).toObject().value(QStringLiteral("StartPositionTicks")).toDouble()))
                : lengthMs;
            out.beginObject();
            out.field(QLatin1String("id"), qint64(i + 1));
            out.field(QLatin1String("index"), int(i + 1));
            out.field(QLatin1String("tag"), chapter.value(QStringLiteral("Name")).toString());
            out.field(QLatin1String("startTimeOffset"), startMs);
            out.field(QLatin1String("endTimeOffset"), endMs);
            out.endObject();
        }
        out.endArray();
    }
}

void PlexSerializer::writePeople(JsonWriter &out, const DemoItem &item) const
{
    const auto &pool = m_state.library.people();
    const QList<DemoCredit> credits = LibraryGenerator::creditsFor(item, int(pool.size()));
    for (const auto &[kind, array] : {std::pair{QLatin1String("Actor"), QLatin1String("Role")},
                                      std::pair{QLatin1String("Director"), QLatin1String("Director")},
                                      std::pair{QLatin1String("Writer"), QLatin1String("Writer")}}) {
        bool open = false;
        for (const DemoCredit &credit : credits) {
            if (credit.kind != kind)
                continue;
            if (!open) {
                out.key(array);
                out.beginArray();
                open = true;
            }
            const DemoPerson &person = pool.at(credit.personIndex);
            out.beginObject();
            out.field(QLatin1String("id"), qint64(credit.personIndex + 1));
            out.field(QLatin1String("tag"), person.name);
            if (!credit.role.isEmpty())
                out.field(QLatin1String("role"), credit.role);
            out.field(QLatin1String("thumb"), QStringLiteral("/library/people/%1/thumb").arg(credit.personIndex + 1));
            out.endObject();
        }
        if (open)
            out.endArray();
    }
}

void PlexSerializer::writeMetadata(JsonWriter &out, const DemoItem &item, Detail detail, PlexIncludes includes) const
{
    const bool container = item.kind == DemoItemKind::Series || item.kind == DemoItemKind::Season;
    out.beginObject();
    out.field(QLatin1String("ratingKey"), QString::number(item.ratingKey));
    out.field(QLatin1String("key"), container ? metadataPath(item) + QStringLiteral("/children") : metadataPath(item));
    out.field(QLatin1String("guid"), QStringLiteral("plex://%1/%2").arg(typeName(item.kind), item.id));
    out.field(QLatin1String("type"), typeName(item.kind));
    out.field(QLatin1String("title"), item.name);
    out.field(QLatin1String("titleSort"), item.sortName);
    if (item.kind != DemoItemKind::Season)
        out.field(QLatin1String("summary"), LibraryGenerator::overviewFor(item));
    if (item.productionYear > 0)
        out.field(QLatin1String("year"), item.productionYear);
    if (item.kind == DemoItemKind::Season || item.kind == DemoItemKind::Episode)
        out.field(QLatin1String("index"), item.indexNumber);
    if (item.isPlayable() || item.kind == DemoItemKind::Series)
        out.field(QLatin1String("duration"), ticksToMs(item.runTimeTicks));
    if (item.communityRating > 0)
        out.field(QLatin1String("audienceRating"), double(qRound(item.communityRating * 10)) / 10.0);
    if (item.kind != DemoItemKind::Season)
        out.field(QLatin1String("contentRating"), DemoVocabulary::officialRatings().value(item.officialRating));
    if (item.premiereDateMs > 0)
        out.field(QLatin1String("originallyAvailableAt"),
                  QDateTime::fromMSecsSinceEpoch(item.premiereDateMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")));
    out.field(QLatin1String("addedAt"), item.dateCreatedMs / 1000);
    out.field(QLatin1String("updatedAt"), item.dateLastSavedMs / 1000);
    out.field(QLatin1String("thumb"), imagePath(item, QLatin1String("thumb")));
    if (item.kind == DemoItemKind::Movie || item.kind == DemoItemKind::Series)
        out.field(QLatin1String("art"), imagePath(item, QLatin1String("art")));
    if (item.kind == DemoItemKind::Series)
        out.field(QLatin1String("childCount"), int(m_state.library.children(item.id).size()));
    if (!item.studios.isEmpty() && item.kind != DemoItemKind::Season)
        out.field(QLatin1String("studio"), DemoVocabulary::studios().value(item.studios.first()));
    writeHierarchy(out, item);
    writeUserState(out, item);
    if (!item.genres.isEmpty() && item.kind != DemoItemKind::Season && item.kind != DemoItemKind::Episode) {
        out.key(QLatin1String("Genre"));
        out.beginArray();
        for (const quint8 genre : item.genres) {
            out.beginObject();
            out.field(QLatin1String("tag"), DemoVocabulary::genres().value(genre));
            out.endObject();
        }
        out.endArray();
    }
    if (detail == Detail::Full && item.kind != DemoItemKind::Season)
        writePeople(out, item);
    if (item.isPlayable()) {
        writeMedia(out, item, detail);
        writeMarkersAndChapters(out, item, includes);
    }
    out.endObject();
}

QByteArray PlexSerializer::container(const QList<const DemoItem *> &items, Detail detail, int offset,
                                     int totalSize, PlexIncludes includes) const
{
    JsonWriter out;
    out.beginObject();
    out.key(QLatin1String("MediaContainer"));
    out.beginObject();
    out.field(QLatin1String("size"), int(items.size()));
    out.field(QLatin1String("offset"), offset);
    out.field(QLatin1String("totalSize"), totalSize);
    out.field(QLatin1String("identifier"), QLatin1String("com.plexapp.plugins.library"));
    if (!items.isEmpty()) {
        out.key(QLatin1String("Metadata"));
        out.beginArray();
        for (const DemoItem *item : items)
            writeMetadata(out, *item, detail, includes);
        out.endArray();
    }
    out.endObject();
    out.endObject();
    return out.take();
}

QByteArray PlexSerializer::decisionContainer(const DemoItem &item, const Decision &decision) const
{
    JsonWriter out;
    out.beginObject();
    out.key(QLatin1String("MediaContainer"));
    out.beginObject();
    out.field(QLatin1String("size"), 1);
    out.field(QLatin1String("identifier"), QLatin1String("com.plexapp.plugins.library"));
    out.field(QLatin1String("generalDecisionCode"), decision.generalCode);
    out.field(QLatin1String("generalDecisionText"), decision.generalText);
    out.field(QLatin1String("directPlayDecisionCode"), decision.directPlayCode);
    out.field(QLatin1String("directPlayDecisionText"), decision.directPlayText);
    if (decision.transcodeCode != 0) {
        out.field(QLatin1String("transcodeDecisionCode"), decision.transcodeCode);
        out.field(QLatin1String("transcodeDecisionText"), decision.transcodeText);
    }
    out.key(QLatin1String("Metadata"));
    out.beginArray();
    out.beginObject();
    out.field(QLatin1String("ratingKey"), QString::number(item.ratingKey));
    out.field(QLatin1String("key"), metadataPath(item));
    out.field(QLatin1String("type"), typeName(item.kind));
    out.field(QLatin1String("title"), item.name);
    out.field(QLatin1String("duration"), ticksToMs(item.runTimeTicks));
    if (decision.part != QLatin1String("none"))
        writeMedia(out, item, Detail::Full, &decision);
    out.endObject();
    out.endArray();
    out.endObject();
    out.endObject();
    return out.take();
}

QByteArray PlexSerializer::stampContainer(const QList<const DemoItem *> &items, int offset, int totalSize) const
{
    JsonWriter out;
    out.beginObject();
    out.key(QLatin1String("MediaContainer"));
    out.beginObject();
    out.field(QLatin1String("size"), int(items.size()));
    out.field(QLatin1String("offset"), offset);
    out.field(QLatin1String("totalSize"), totalSize);
    if (!items.isEmpty()) {
        out.key(QLatin1String("Metadata"));
        out.beginArray();
        for (const DemoItem *item : items) {
            out.beginObject();
            out.field(QLatin1String("ratingKey"), QString::number(item->ratingKey));
            out.field(QLatin1String("type"), typeName(item->kind));
            out.field(QLatin1String("updatedAt"), item->dateLastSavedMs / 1000);
            out.endObject();
        }
        out.endArray();
    }
    out.endObject();
    out.endObject();
    return out.take();
}

} // namespace marquee
