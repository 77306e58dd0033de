// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/itemserializer.h"

#include "demoserver/democontrols.h"
#include "demoserver/demodigests.h"
#include "demoserver/demoformat.h"
#include "demoserver/demolibrary.h"
#include "demoserver/demomedia.h"
#include "demoserver/demomediafiles.h"
#include "demoserver/demovocabulary.h"
#include "demoserver/librarygenerator.h"

#include "demoserver/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace marquee {

namespace {
QString date(qint64 ms)
{
    return DemoFormat::formatDate(ms);
}

void writeNameGuidPair(JsonWriter &out, const QString &name)
{
    out.beginObject();
    out.field(QLatin1String("Name"), name);
    out.field(QLatin1String("Id"), ItemSerializer::nameId(name));
    out.endObject();
}
} // namespace

ItemSerializer::ItemSerializer(const DemoLibrary &library, const DemoUserDataStore &userData,
                               const DemoMediaFiles &mediaFiles, const DemoControls &controls, QString serverId)
    : m_library(library)
    , m_userData(userData)
    , m_mediaFiles(mediaFiles)
    , m_controls(controls)
    , m_serverId(std::move(serverId))
{
}

QString ItemSerializer::imageTag(const DemoItem &item, QLatin1String imageType)
{
    return QString::fromLatin1(DemoDigests::imageTag(item, imageType));
}

QString ItemSerializer::etag(const DemoItem &item)
{
    return QString::fromLatin1(DemoDigests::view(item.digests.etag));
}

QString ItemSerializer::personImageTag(const QString &personId)
{
    return DemoFormat::md5Hex(personId.toLatin1() + ":Primary");
}

QString ItemSerializer::nameId(const QString &name)
{
    return DemoFormat::md5Hex(name.toUtf8());
}

void ItemSerializer::writeUserData(JsonWriter &out, const DemoItem &item) const
{
    const DemoUserData *row = m_userData.find(item.id);
    static const DemoUserData none;
    const DemoUserData &data = row ? *row : none;
    bool played = data.played;
    out.beginObject();
    out.field(QLatin1String("PlaybackPositionTicks"), data.playbackPositionTicks);
    out.field(QLatin1String("PlayCount"), data.playCount);
    out.field(QLatin1String("IsFavorite"), data.isFavorite);
    out.field(QLatin1String("Key"), item.id);
    out.field(QLatin1String("ItemId"), item.id);
    if (data.lastPlayedMs >= 0)
        out.field(QLatin1String("LastPlayedDate"), date(data.lastPlayedMs));
    if (data.playbackPositionTicks > 0 && item.runTimeTicks > 0)
        out.field(QLatin1String("PlayedPercentage"), double(data.playbackPositionTicks) * 100.0 / double(item.runTimeTicks));
    if (data.likes)
        out.field(QLatin1String("Likes"), *data.likes);
    if (data.rating)
        out.field(QLatin1String("Rating"), *data.rating);
    if (item.kind == DemoItemKind::Series || item.kind == DemoItemKind::Season) {
        int total = 0;
        int unplayed = 0;
        QList<int> pending = m_library.children(item.id);
        while (!pending.isEmpty()) {
            const DemoItem &child = m_library.items()[size_t(pending.takeLast())];
            if (child.kind == DemoItemKind::Episode) {
                ++total;
                const DemoUserData *d = m_userData.find(child.id);
                if (!d || !d->played)
                    ++unplayed;
            } else {
                pending.append(m_library.children(child.id));
            }
        }
        out.field(QLatin1String("UnplayedItemCount"), unplayed);
        played = total > 0 && unplayed == 0;
    }
    out.field(QLatin1String("Played"), played);
    out.endObject();
}

QJsonObject ItemSerializer::userData(const DemoItem &item) const
{
    JsonWriter out;
    writeUserData(out, item);
    return QJsonDocument::fromJson(out.bytes()).object();
}

void ItemSerializer::writeImages(JsonWriter &out, const DemoItem &item) const
{
    const bool hasArt = item.kind == DemoItemKind::Movie || item.kind == DemoItemKind::Series;
    out.key(QLatin1String("ImageTags"));
    out.beginObject();
    out.field(QLatin1String("Primary"), DemoDigests::view(item.digests.primary));
    if (hasArt)
        out.field(QLatin1String("Thumb"), DemoDigests::view(item.digests.thumb));
    out.endObject();
    out.key(QLatin1String("BackdropImageTags"));
    out.beginArray();
    if (hasArt)
        out.value(DemoDigests::view(item.digests.backdrop));
    out.endArray();
    if (!item.seriesId.isEmpty()) {
        if (const DemoItem *series = m_library.find(item.seriesId)) {
            out.field(QLatin1String("SeriesPrimaryImageTag"), DemoDigests::view(series->digests.primary));
            out.field(QLatin1String("ParentBackdropItemId"), series->id);
            out.key(QLatin1String("ParentBackdropImageTags"));
            out.beginArray();
            out.value(DemoDigests::view(series->digests.backdrop));
            out.endArray();
            out.field(QLatin1String("ParentThumbItemId"), series->id);
            out.field(QLatin1String("ParentThumbImageTag"), DemoDigests::view(series->digests.thumb));
        }
    }
}

void ItemSerializer::writeFolderCounts(JsonWriter &out, const DemoItem &item, const DemoDtoOptions &options) const
{
    const QList<int> children = m_library.children(item.id);
    if (options.has(QLatin1String("childcount")))
        out.field(QLatin1String("ChildCount"), int(children.size()));
    if (options.has(QLatin1String("recursiveitemcount"))) {
        int count = 0;
        QList<int> pending = children;
        while (!pending.isEmpty()) {
            const DemoItem &child = m_library.items()[size_t(pending.takeLast())];
            if (!child.isFolder())
                ++count;
            else
                pending.append(m_library.children(child.id));
        }
        out.field(QLatin1String("RecursiveItemCount"), count);
    }
}

QJsonArray ItemSerializer::mediaSources(const DemoItem &item) const
{
    QJsonArray sources;
    // Every version is served from the item's one file (DemoMediaFiles), so each says its size and validator.
    const DemoMediaFile file = m_mediaFiles.file(item);
    const QString fileEtag = m_mediaFiles.etag(item);
    for (const DemoMedia::Version &version : DemoMedia::versions(item)) {
        sources.append(QJsonObject{
            {QStringLiteral("Protocol"), QStringLiteral("File")},
            {QStringLiteral("Id"), version.id},
            {QStringLiteral("Path"), QStringLiteral("/media/demo/%1.%2").arg(version.id, version.container)},
            {QStringLiteral("Type"), QStringLiteral("Default")},
            {QStringLiteral("Container"), version.container},
            {QStringLiteral("Size"), double(file.size)},
            {QStringLiteral("Name"), sources.isEmpty() ? item.name : item.name + QStringLiteral(" - ") + version.name},
            {QStringLiteral("IsRemote"), false},
            {QStringLiteral("ETag"), fileEtag},
            {QStringLiteral("RunTimeTicks"), double(item.runTimeTicks)},
            {QStringLiteral("Bitrate"), double(version.bitrate)},
            {QStringLiteral("SupportsTranscoding"), true},
            {QStringLiteral("SupportsDirectStream"), true},
            {QStringLiteral("SupportsDirectPlay"), true},
            {QStringLiteral("IsInfiniteStream"), false},
            {QStringLiteral("RequiresOpening"), false},
            {QStringLiteral("RequiresClosing"), false},
            {QStringLiteral("RequiresLooping"), false},
            {QStringLiteral("SupportsProbing"), true},
            {QStringLiteral("MediaStreams"), DemoMedia::streams(item, version)},
            {QStringLiteral("DefaultAudioStreamIndex"), 1},
            {QStringLiteral("HasSegments"), true},
        });
    }
    return sources;
}

QJsonObject ItemSerializer::item(const DemoItem &item, const DemoDtoOptions &options) const
{
    JsonWriter out;
    writeItem(out, item, options);
    return QJsonDocument::fromJson(out.bytes()).object();
}

QByteArray ItemSerializer::queryResult(const QList<const DemoItem *> &items, const DemoDtoOptions &options,
                                       int totalRecordCount, int startIndex) const
{
    JsonWriter out;
    out.beginObject();
    out.key(QLatin1String("Items"));
    out.beginArray();
    for (const DemoItem *item : items)
        writeItem(out, *item, options);
    out.endArray();
    out.field(QLatin1String("TotalRecordCount"), totalRecordCount);
    out.field(QLatin1String("StartIndex"), startIndex);
    out.endObject();
    return out.take();
}

void ItemSerializer::writeItem(JsonWriter &out, const DemoItem &item, const DemoDtoOptions &options) const
{
    out.beginObject();
    out.field(QLatin1String("Name"), item.name);
    out.field(QLatin1String("ServerId"), m_serverId);
    out.field(QLatin1String("Id"), item.id);
    out.field(QLatin1String("Type"), demoItemKindName(item.kind));
    out.field(QLatin1String("IsFolder"), item.isFolder());
    out.field(QLatin1String("MediaType"), item.isPlayable() ? QLatin1String("Video") : QLatin1String("Unknown"));
    out.field(QLatin1String("LocationType"), QLatin1String("FileSystem"));
    const bool isFolderView = item.kind == DemoItemKind::CollectionFolder;
    if (isFolderView)
        out.field(QLatin1String("CollectionType"), item.collectionType);
    if (!isFolderView) {
        if (item.premiereDateMs >= 0)
            out.field(QLatin1String("PremiereDate"), date(item.premiereDateMs));
        if (item.productionYear > 0)
            out.field(QLatin1String("ProductionYear"), item.productionYear);
        if (item.communityRating > 0)
            out.field(QLatin1String("CommunityRating"), double(qRound(item.communityRating * 10)) / 10.0);
        if (item.kind != DemoItemKind::Season)
            out.field(QLatin1String("OfficialRating"), DemoVocabulary::officialRatings().value(item.officialRating));
    }
    if (item.isPlayable() || item.kind == DemoItemKind::Series)
        out.field(QLatin1String("RunTimeTicks"), item.runTimeTicks);
    if (item.isPlayable()) {
        out.field(QLatin1String("Container"), QLatin1String("mp4"));
        out.field(QLatin1String("VideoType"), QLatin1String("VideoFile"));
        out.field(QLatin1String("HasSubtitles"), true);
    }
    if (item.kind == DemoItemKind::Series) {
        out.field(QLatin1String("Status"), item.ended ? QLatin1String("Ended") : QLatin1String("Continuing"));
        if (item.ended)
            out.field(QLatin1String("EndDate"), date(item.premiereDateMs + qint64(5) * 365 * 86'400'000));
    }
    if (item.kind == DemoItemKind::Season || item.kind == DemoItemKind::Episode) {
        out.field(QLatin1String("IndexNumber"), item.indexNumber);
        if (const DemoItem *series = m_library.find(item.seriesId)) {
            out.field(QLatin1String("SeriesId"), series->id);
            out.field(QLatin1String("SeriesName"), series->name);
        }
    }
    if (item.kind == DemoItemKind::Episode) {
        out.field(QLatin1String("ParentIndexNumber"), item.parentIndexNumber);
        if (const DemoItem *season = m_library.find(item.seasonId)) {
            out.field(QLatin1String("SeasonId"), season->id);
            out.field(QLatin1String("SeasonName"), season->name);
        }
    }

    if (options.has(QLatin1String("sortname")))
        out.field(QLatin1String("SortName"), item.sortName);
    if (options.has(QLatin1String("datecreated")))
        out.field(QLatin1String("DateCreated"), date(item.dateCreatedMs));
    if (options.has(QLatin1String("etag")))
        out.field(QLatin1String("Etag"), DemoDigests::view(item.digests.etag));
    if (options.has(QLatin1String("parentid")) && !item.parentId.isEmpty())
        out.field(QLatin1String("ParentId"), item.parentId);
    if (options.has(QLatin1String("path")))
        out.field(QLatin1String("Path"), QStringLiteral("/media/demo/%1%2").arg(item.id, item.isPlayable() ? QStringLiteral(".mp4") : QString()));
    if (options.has(QLatin1String("overview")) && !isFolderView)
        out.field(QLatin1String("Overview"), LibraryGenerator::overviewFor(item));
    if (options.has(QLatin1String("genres"))) {
        out.key(QLatin1String("Genres"));
        out.beginArray();
        for (const quint8 g : item.genres)
            out.value(DemoVocabulary::genres().value(g));
        out.endArray();
        out.key(QLatin1String("GenreItems"));
        out.beginArray();
        for (const quint8 g : item.genres)
            writeNameGuidPair(out, DemoVocabulary::genres().value(g));
        out.endArray();
    }
    if (options.has(QLatin1String("studios"))) {
        out.key(QLatin1String("Studios"));
        out.beginArray();
        for (const quint8 st : item.studios)
            writeNameGuidPair(out, DemoVocabulary::studios().value(st));
        out.endArray();
    }
    if (options.has(QLatin1String("people"))) {
        out.key(QLatin1String("People"));
        out.beginArray();
        const auto &pool = m_library.people();
        for (const DemoCredit &credit : LibraryGenerator::creditsFor(item, int(pool.size()))) {
            const DemoPerson &person = pool.at(credit.personIndex);
            out.beginObject();
            out.field(QLatin1String("Name"), person.name);
            out.field(QLatin1String("Id"), person.id);
            if (!credit.role.isEmpty())
                out.field(QLatin1String("Role"), credit.role);
            out.field(QLatin1String("Type"), credit.kind);
            out.field(QLatin1String("PrimaryImageTag"), personImageTag(person.id));
            out.endObject();
        }
        out.endArray();
    }
    if (options.has(QLatin1String("primaryimageaspectratio")))
        out.field(QLatin1String("PrimaryImageAspectRatio"), item.kind == DemoItemKind::Episode ? 16.0 / 9.0 : 2.0 / 3.0);
    if (options.has(QLatin1String("providerids"))) {
        out.key(QLatin1String("ProviderIds"));
        out.beginObject();
        out.field(QLatin1String("Demo"), item.id.left(8));
        out.endObject();
    }
    if (options.has(QLatin1String("candelete")))
        out.field(QLatin1String("CanDelete"), false);
    if (options.has(QLatin1String("candownload")))
        out.field(QLatin1String("CanDownload"), item.isPlayable() && m_controls.downloadsAllowed()); // BaseItem.CanDownload(user)
    if (options.has(QLatin1String("mediasources")) && item.isPlayable()) {
        const QJsonArray sources = mediaSources(item);
        out.key(QLatin1String("MediaSources"));
        out.raw(QJsonDocument(sources).toJson(QJsonDocument::Compact));
        if (options.has(QLatin1String("mediastreams"))) {
            out.key(QLatin1String("MediaStreams"));
            out.raw(QJsonDocument(sources.first().toObject().value(QStringLiteral("MediaStreams")).toArray())
                        .toJson(QJsonDocument::Compact));
        }
    }
    if (options.has(QLatin1String("chapters")) && item.isPlayable()) {
        out.key(QLatin1String("Chapters"));
        out.raw(QJsonDocument(DemoMedia::chapters(item)).toJson(QJsonDocument::Compact));
    }
    if (options.has(QLatin1String("trickplay")) && item.isPlayable()) {
        out.key(QLatin1String("Trickplay"));
        out.raw(QJsonDocument(DemoMedia::trickplay(item)).toJson(QJsonDocument::Compact));
    }
    if (options.has(QLatin1String("taglines"))) {
        out.key(QLatin1String("Taglines"));
        out.raw("[]");
    }
    if (options.has(QLatin1String("tags"))) {
        out.key(QLatin1String("Tags"));
        out.raw("[]");
    }
    if (item.isFolder())
        writeFolderCounts(out, item, options);
    if (options.enableImages)
        writeImages(out, item);
    if (options.enableUserData && !isFolderView) {
        out.key(QLatin1String("UserData"));
        writeUserData(out, item);
    }
    out.endObject();
}

} // namespace marquee
