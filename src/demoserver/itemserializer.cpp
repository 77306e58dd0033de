// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/itemserializer.h"

#include "demoserver/demoformat.h"
#include "demoserver/demolibrary.h"
#include "demoserver/demovocabulary.h"
#include "demoserver/librarygenerator.h"

#include <QJsonArray>

namespace marquee {

namespace {
const QString kPrimary = QStringLiteral("Primary");
const QString kBackdrop = QStringLiteral("Backdrop");

QString date(qint64 ms)
{
    return DemoFormat::formatDate(ms);
}

QJsonObject nameGuidPair(const QString &name)
{
    return QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("Id"), ItemSerializer::nameId(name)}};
}
} // namespace

ItemSerializer::ItemSerializer(const DemoLibrary &library, const DemoUserDataStore &userData, QString serverId,
                               qint64 videoSizeBytes)
    : m_library(library), m_userData(userData), m_serverId(std::move(serverId)), m_videoSize(videoSizeBytes)
{
}

QString ItemSerializer::imageTag(const DemoItem &item, QLatin1String imageType)
{
    return DemoFormat::md5Hex(item.id.toLatin1() + ':' + QByteArray(imageType.data(), imageType.size()) + ':'
                              + QByteArray::number(item.imageVersion));
}

QString ItemSerializer::etag(const DemoItem &item)
{
    // DateTime ticks since 0001-01-01 of DateLastSaved, as the real server hashes them.
    const qint64 ticks = item.dateLastSavedMs * 10'000 + 621'355'968'000'000'000LL;
    return DemoFormat::md5Hex(QByteArray::number(ticks));
}

QString ItemSerializer::personImageTag(const QString &personId)
{
    return DemoFormat::md5Hex(personId.toLatin1() + ":Primary");
}

QString ItemSerializer::nameId(const QString &name)
{
    return DemoFormat::md5Hex(name.toUtf8());
}

QJsonObject ItemSerializer::userDataDto(const QString &itemId, const DemoUserData &data, qint64 runTimeTicks)
{
    QJsonObject dto{
        {QStringLiteral("PlaybackPositionTicks"), double(data.playbackPositionTicks)},
        {QStringLiteral("PlayCount"), data.playCount},
        {QStringLiteral("IsFavorite"), data.isFavorite},
        {QStringLiteral("Played"), data.played},
        {QStringLiteral("Key"), itemId},
        {QStringLiteral("ItemId"), itemId},
    };
    if (data.lastPlayedMs >= 0)
        dto.insert(QStringLiteral("LastPlayedDate"), date(data.lastPlayedMs));
    if (data.playbackPositionTicks > 0 && runTimeTicks > 0)
        dto.insert(QStringLiteral("PlayedPercentage"), double(data.playbackPositionTicks) * 100.0 / double(runTimeTicks));
    if (data.likes)
        dto.insert(QStringLiteral("Likes"), *data.likes);
    if (data.rating)
        dto.insert(QStringLiteral("Rating"), *data.rating);
    return dto;
}

QJsonObject ItemSerializer::userData(const DemoItem &item) const
{
    const DemoUserData data = m_userData.get(item.id);
    QJsonObject dto = userDataDto(item.id, data, item.runTimeTicks);
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
        dto.insert(QStringLiteral("UnplayedItemCount"), unplayed);
        dto.insert(QStringLiteral("Played"), total > 0 && unplayed == 0);
    }
    return dto;
}

void ItemSerializer::addImages(const DemoItem &item, QJsonObject &dto) const
{
    QJsonObject tags{{kPrimary, imageTag(item, QLatin1String("Primary"))}};
    QJsonArray backdrops;
    if (item.kind == DemoItemKind::Movie || item.kind == DemoItemKind::Series) {
        backdrops.append(imageTag(item, QLatin1String("Backdrop")));
        tags.insert(QStringLiteral("Thumb"), imageTag(item, QLatin1String("Thumb")));
    }
    dto.insert(QStringLiteral("ImageTags"), tags);
    dto.insert(QStringLiteral("BackdropImageTags"), backdrops);
    if (!item.seriesId.isEmpty()) {
        if (const DemoItem *series = m_library.find(item.seriesId)) {
            dto.insert(QStringLiteral("SeriesPrimaryImageTag"), imageTag(*series, QLatin1String("Primary")));
            dto.insert(QStringLiteral("ParentBackdropItemId"), series->id);
            dto.insert(QStringLiteral("ParentBackdropImageTags"),
                       QJsonArray{imageTag(*series, QLatin1String("Backdrop"))});
            dto.insert(QStringLiteral("ParentThumbItemId"), series->id);
            dto.insert(QStringLiteral("ParentThumbImageTag"), imageTag(*series, QLatin1String("Thumb")));
        }
    }
}

void ItemSerializer::addFolderCounts(const DemoItem &item, QJsonObject &dto, const DemoDtoOptions &options) const
{
    const QList<int> children = m_library.children(item.id);
    if (options.has(QLatin1String("childcount")))
        dto.insert(QStringLiteral("ChildCount"), int(children.size()));
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
        dto.insert(QStringLiteral("RecursiveItemCount"), count);
    }
}

QJsonArray ItemSerializer::mediaSources(const DemoItem &item) const
{
    const QJsonArray streams{
        QJsonObject{{QStringLiteral("Codec"), QStringLiteral("h264")}, {QStringLiteral("Type"), QStringLiteral("Video")},
                    {QStringLiteral("Index"), 0}, {QStringLiteral("Width"), 320}, {QStringLiteral("Height"), 180},
                    {QStringLiteral("IsDefault"), true}, {QStringLiteral("IsForced"), false},
                    {QStringLiteral("IsHearingImpaired"), false}, {QStringLiteral("IsInterlaced"), false},
                    {QStringLiteral("IsExternal"), false}, {QStringLiteral("IsTextSubtitleStream"), false},
                    {QStringLiteral("SupportsExternalStream"), false}, {QStringLiteral("DisplayTitle"), QStringLiteral("180p H264 SDR")},
                    {QStringLiteral("VideoRange"), QStringLiteral("SDR")}, {QStringLiteral("VideoRangeType"), QStringLiteral("SDR")}},
        QJsonObject{{QStringLiteral("Codec"), QStringLiteral("aac")}, {QStringLiteral("Type"), QStringLiteral("Audio")},
                    {QStringLiteral("Index"), 1}, {QStringLiteral("Channels"), 1}, {QStringLiteral("SampleRate"), 44100},
                    {QStringLiteral("Language"), QStringLiteral("eng")}, {QStringLiteral("IsDefault"), true},
                    {QStringLiteral("IsForced"), false}, {QStringLiteral("IsHearingImpaired"), false},
                    {QStringLiteral("IsInterlaced"), false}, {QStringLiteral("IsExternal"), false},
                    {QStringLiteral("IsTextSubtitleStream"), false}, {QStringLiteral("SupportsExternalStream"), false},
                    {QStringLiteral("DisplayTitle"), QStringLiteral("English - AAC - Mono")}},
    };
    return QJsonArray{QJsonObject{
        {QStringLiteral("Protocol"), QStringLiteral("File")},
        {QStringLiteral("Id"), item.id},
        {QStringLiteral("Path"), QStringLiteral("/media/demo/%1.mp4").arg(item.id)},
        {QStringLiteral("Type"), QStringLiteral("Default")},
        {QStringLiteral("Container"), QStringLiteral("mp4")},
        {QStringLiteral("Size"), double(m_videoSize)},
        {QStringLiteral("Name"), item.name},
        {QStringLiteral("IsRemote"), false},
        {QStringLiteral("ETag"), etag(item)},
        {QStringLiteral("RunTimeTicks"), double(item.runTimeTicks)},
        {QStringLiteral("SupportsTranscoding"), false},
        {QStringLiteral("SupportsDirectStream"), true},
        {QStringLiteral("SupportsDirectPlay"), true},
        {QStringLiteral("IsInfiniteStream"), false},
        {QStringLiteral("RequiresOpening"), false},
        {QStringLiteral("RequiresClosing"), false},
        {QStringLiteral("RequiresLooping"), false},
        {QStringLiteral("SupportsProbing"), true},
        {QStringLiteral("MediaStreams"), streams},
        {QStringLiteral("DefaultAudioStreamIndex"), 1},
    }};
}

QJsonObject ItemSerializer::item(const DemoItem &item, const DemoDtoOptions &options) const
{
    QJsonObject dto{
        {QStringLiteral("Name"), item.name},
        {QStringLiteral("ServerId"), m_serverId},
        {QStringLiteral("Id"), item.id},
        {QStringLiteral("Type"), demoItemKindName(item.kind)},
        {QStringLiteral("IsFolder"), item.isFolder()},
        {QStringLiteral("MediaType"), item.isPlayable() ? QStringLiteral("Video") : QStringLiteral("Unknown")},
        {QStringLiteral("LocationType"), QStringLiteral("FileSystem")},
    };
    const bool isFolderView = item.kind == DemoItemKind::CollectionFolder;
    if (isFolderView)
        dto.insert(QStringLiteral("CollectionType"), item.collectionType);
    if (!isFolderView) {
        if (item.premiereDateMs >= 0)
            dto.insert(QStringLiteral("PremiereDate"), date(item.premiereDateMs));
        if (item.productionYear > 0)
            dto.insert(QStringLiteral("ProductionYear"), item.productionYear);
        if (item.communityRating > 0)
            dto.insert(QStringLiteral("CommunityRating"), double(qRound(item.communityRating * 10)) / 10.0);
        if (item.kind != DemoItemKind::Season)
            dto.insert(QStringLiteral("OfficialRating"), DemoVocabulary::officialRatings().value(item.officialRating));
    }
    if (item.isPlayable() || item.kind == DemoItemKind::Series)
        dto.insert(QStringLiteral("RunTimeTicks"), double(item.runTimeTicks));
    if (item.isPlayable()) {
        dto.insert(QStringLiteral("Container"), QStringLiteral("mp4"));
        dto.insert(QStringLiteral("VideoType"), QStringLiteral("VideoFile"));
        dto.insert(QStringLiteral("HasSubtitles"), false);
    }
    if (item.kind == DemoItemKind::Series) {
        dto.insert(QStringLiteral("Status"), item.ended ? QStringLiteral("Ended") : QStringLiteral("Continuing"));
        if (item.ended)
            dto.insert(QStringLiteral("EndDate"), date(item.premiereDateMs + qint64(5) * 365 * 86'400'000));
    }
    if (item.kind == DemoItemKind::Season || item.kind == DemoItemKind::Episode) {
        dto.insert(QStringLiteral("IndexNumber"), item.indexNumber);
        if (const DemoItem *series = m_library.find(item.seriesId)) {
            dto.insert(QStringLiteral("SeriesId"), series->id);
            dto.insert(QStringLiteral("SeriesName"), series->name);
        }
    }
    if (item.kind == DemoItemKind::Episode) {
        dto.insert(QStringLiteral("ParentIndexNumber"), item.parentIndexNumber);
        if (const DemoItem *season = m_library.find(item.seasonId)) {
            dto.insert(QStringLiteral("SeasonId"), season->id);
            dto.insert(QStringLiteral("SeasonName"), season->name);
        }
    }

    if (options.has(QLatin1String("sortname")))
        dto.insert(QStringLiteral("SortName"), item.sortName);
    if (options.has(QLatin1String("datecreated")))
        dto.insert(QStringLiteral("DateCreated"), date(item.dateCreatedMs));
    if (options.has(QLatin1String("etag")))
        dto.insert(QStringLiteral("Etag"), etag(item));
    if (options.has(QLatin1String("parentid")) && !item.parentId.isEmpty())
        dto.insert(QStringLiteral("ParentId"), item.parentId);
    if (options.has(QLatin1String("path")))
        dto.insert(QStringLiteral("Path"), QStringLiteral("/media/demo/%1%2").arg(item.id, item.isPlayable() ? QStringLiteral(".mp4") : QString()));
    if (options.has(QLatin1String("overview")) && !isFolderView)
        dto.insert(QStringLiteral("Overview"), LibraryGenerator::overviewFor(item));
    if (options.has(QLatin1String("genres"))) {
        QJsonArray names;
        QJsonArray pairs;
        for (const quint8 g : item.genres) {
            names.append(DemoVocabulary::genres().value(g));
            pairs.append(nameGuidPair(DemoVocabulary::genres().value(g)));
        }
        dto.insert(QStringLiteral("Genres"), names);
        dto.insert(QStringLiteral("GenreItems"), pairs);
    }
    if (options.has(QLatin1String("studios"))) {
        QJsonArray pairs;
        for (const quint8 s : item.studios)
            pairs.append(nameGuidPair(DemoVocabulary::studios().value(s)));
        dto.insert(QStringLiteral("Studios"), pairs);
    }
    if (options.has(QLatin1String("people"))) {
        QJsonArray people;
        const auto &pool = m_library.people();
        for (const DemoCredit &credit : LibraryGenerator::creditsFor(item, int(pool.size()))) {
            const DemoPerson &person = pool.at(credit.personIndex);
            QJsonObject p{{QStringLiteral("Name"), person.name},
                          {QStringLiteral("Id"), person.id},
                          {QStringLiteral("Type"), credit.kind},
                          {QStringLiteral("PrimaryImageTag"), personImageTag(person.id)}};
            if (!credit.role.isEmpty())
                p.insert(QStringLiteral("Role"), credit.role);
            people.append(p);
        }
        dto.insert(QStringLiteral("People"), people);
    }
    if (options.has(QLatin1String("primaryimageaspectratio")))
        dto.insert(QStringLiteral("PrimaryImageAspectRatio"), item.kind == DemoItemKind::Episode ? 16.0 / 9.0 : 2.0 / 3.0);
    if (options.has(QLatin1String("providerids")))
        dto.insert(QStringLiteral("ProviderIds"), QJsonObject{{QStringLiteral("Demo"), item.id.left(8)}});
    if (options.has(QLatin1String("candelete")))
        dto.insert(QStringLiteral("CanDelete"), false);
    if (options.has(QLatin1String("candownload")))
        dto.insert(QStringLiteral("CanDownload"), item.isPlayable());
    if (options.has(QLatin1String("mediasources")) && item.isPlayable()) {
        const QJsonArray sources = mediaSources(item);
        dto.insert(QStringLiteral("MediaSources"), sources);
        if (options.has(QLatin1String("mediastreams")))
            dto.insert(QStringLiteral("MediaStreams"), sources.first().toObject().value(QStringLiteral("MediaStreams")));
    }
    if (options.has(QLatin1String("taglines")))
        dto.insert(QStringLiteral("Taglines"), QJsonArray());
    if (options.has(QLatin1String("tags")))
        dto.insert(QStringLiteral("Tags"), QJsonArray());
    if (item.isFolder())
        addFolderCounts(item, dto, options);
    if (options.enableImages)
        addImages(item, dto);
    if (options.enableUserData && !isFolderView)
        dto.insert(QStringLiteral("UserData"), userData(item));
    return dto;
}

} // namespace marquee
