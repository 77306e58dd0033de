// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"
#include "demoserver/demouserdatastore.h"

#include <QJsonObject>
#include <QSet>

namespace marquee {

class DemoControls;
class DemoLibrary;
class DemoMediaFiles;
class JsonWriter;

/// @brief What a request asked to see of each item (`fields`, `enableUserData`, `enableImages`).
struct DemoDtoOptions
{
    QSet<QString> fields; ///< requested ItemFields, lower-cased
    bool allFields = false; ///< `/Items/{id}` returns the full DTO
    bool enableUserData = true;
    bool enableImages = true;

    [[nodiscard]] bool has(QLatin1String field) const { return allFields || fields.contains(field); }
};

/**
 * @brief Turns demo items and user data into Jellyfin's JSON: BaseItemDto and UserItemDataDto,
 * PascalCase names, optional fields only when asked for, as the real server does.
 */
class ItemSerializer
{
public:
    ItemSerializer(const DemoLibrary &library, const DemoUserDataStore &userData, const DemoMediaFiles &mediaFiles,
                   const DemoControls &controls, QString serverId);

    /// Writes one BaseItemDto; the fast path for pages.
    void writeItem(JsonWriter &out, const DemoItem &item, const DemoDtoOptions &options) const;
    /// Writes `{"Items": [...], "TotalRecordCount": n, "StartIndex": s}`.
    [[nodiscard]] QByteArray queryResult(const QList<const DemoItem *> &items, const DemoDtoOptions &options,
                                         int totalRecordCount, int startIndex) const;
    [[nodiscard]] QJsonObject item(const DemoItem &item, const DemoDtoOptions &options) const;
    void setServerId(const QString &serverId) { m_serverId = serverId; }
    /// UserItemDataDto of @p item; folders get Played/UnplayedItemCount from their episodes.
    [[nodiscard]] QJsonObject userData(const DemoItem &item) const;
    void writeUserData(JsonWriter &out, const DemoItem &item) const;

    /// The tag of an item's image of @p imageType ("Primary", "Backdrop", "Thumb"): changes with the title.
    [[nodiscard]] static QString imageTag(const DemoItem &item, QLatin1String imageType);
    /// Etag: MD5 over DateLastSaved ticks, as BaseItem.GetEtag does (the digest the library keeps).
    [[nodiscard]] static QString etag(const DemoItem &item);
    [[nodiscard]] static QString personImageTag(const QString &personId);
    /// Stable id for a genre or studio name (NameGuidPair.Id).
    [[nodiscard]] static QString nameId(const QString &name);
    /// MediaSources of a playable item (MediaSourceInfo as the item DTO carries them), with the Size and ETag of its
    /// file as it is now; PlaybackInfo starts from these.
    [[nodiscard]] QJsonArray mediaSources(const DemoItem &item) const;

private:
    void writeFolderCounts(JsonWriter &out, const DemoItem &item, const DemoDtoOptions &options) const;
    void writeImages(JsonWriter &out, const DemoItem &item) const;

    const DemoLibrary &m_library;
    const DemoUserDataStore &m_userData;
    const DemoMediaFiles &m_mediaFiles;
    const DemoControls &m_controls;
    QString m_serverId;
};

} // namespace marquee
