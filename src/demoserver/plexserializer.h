// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace marquee {

class DemoState;
class JsonWriter;

/// What `/library/metadata/{ids}` adds when asked (`includeMarkers=1`, `includeChapters=1`).
struct PlexIncludes
{
    bool markers = false;
    bool chapters = false;
};

/**
 * @brief Demo items as Plex's `Metadata` JSON (the official OpenAPI's `metadata` schema): `ratingKey`, type names,
 * milliseconds for `duration` and `viewOffset`, epoch seconds for dates, thumb and art paths that change with the
 * title, user state from the same store the Jellyfin face uses, and empty lists left out as Plex leaves them out.
 */
class PlexSerializer
{
public:
    enum class Detail { Listing, Full };
    /// The universal transcoder's answer (`mediaContainerWithDecision`): the codes and texts, and what becomes of
    /// the part and its streams.
    struct Decision
    {
        int generalCode = 0;
        QString generalText;
        int directPlayCode = 0;
        QString directPlayText;
        int transcodeCode = 0;
        QString transcodeText;
        QString part;  ///< "directplay", "transcode" or "none"
        QString video; ///< "copy" or "transcode"; empty with direct play
        QString audio;
        std::optional<int> selectedSubtitle; ///< the subtitle index chosen on the part
        std::optional<int> burntSubtitle;    ///< the subtitle index drawn into the picture
        int mediaIndex = 0;                  ///< the version decided about (DemoMedia::versions())
    };

    /// Above this, a `Media`/`Part` id names an item's later version: version v of the item with ratingKey k is
    /// k + v × VersionIdStep (the first version's ids are the ratingKey), so that a part id names item and version.
    static constexpr qint64 VersionIdStep = 100'000'000;

    explicit PlexSerializer(const DemoState &state);

    void writeMetadata(JsonWriter &out, const DemoItem &item, Detail detail, PlexIncludes includes = {}) const;
    /// `{"MediaContainer": {"size", "offset", "totalSize", "Metadata": [...]}}`; Metadata left out when empty.
    [[nodiscard]] QByteArray container(const QList<const DemoItem *> &items, Detail detail, int offset,
                                       int totalSize, PlexIncludes includes = {}) const;
    /// The decision about playing @p item: the Media decided about, its Part and Streams marked with what becomes of
    /// them.
    [[nodiscard]] QByteArray decisionContainer(const DemoItem &item, const Decision &decision) const;
    /// The id of the `Media` and of the one `Part` of @p item's version @p version.
    [[nodiscard]] static qint64 partId(const DemoItem &item, int version);
    /// The ratingKey and version a part id names; false when it names none.
    [[nodiscard]] static bool partOf(qint64 partId, qint64 *ratingKey, int *version);
    /// The Plex id of the external subtitle @p subtitleIndex (DemoMedia::subtitles()) of the part @p partId, and back.
    [[nodiscard]] static qint64 subtitleStreamId(qint64 partId, int subtitleIndex);
    /// @p partId and subtitle index of a subtitle stream id; false when it names none.
    [[nodiscard]] static bool subtitleOfStream(qint64 streamId, qint64 *partId, int *subtitleIndex);
    /// Only the fields of @p fields (API 1.x `includeFields`), for ids-only listings.
    [[nodiscard]] QByteArray stampContainer(const QList<const DemoItem *> &items, int offset, int totalSize) const;

    [[nodiscard]] static QString typeName(DemoItemKind kind);
    [[nodiscard]] static int typeNumber(DemoItemKind kind);
    /// `/library/metadata/{ratingKey}/{thumb|art}/{stamp}`; the stamp moves when the title (drawn on it) does.
    [[nodiscard]] static QString imagePath(const DemoItem &item, QLatin1String element);
    /// `/library/parts/{partId}/{stamp}/file.{container}` of @p item's version @p version.
    [[nodiscard]] static QString partKey(const DemoItem &item, int version = 0);
    [[nodiscard]] static qint64 imageStamp(const DemoItem &item);

private:
    void writeUserState(JsonWriter &out, const DemoItem &item) const;
    void writeHierarchy(JsonWriter &out, const DemoItem &item) const;
    void writeMedia(JsonWriter &out, const DemoItem &item, Detail detail, const Decision *decision = nullptr) const;
    void writeStreams(JsonWriter &out, const DemoItem &item, int version, const Decision *decision) const;
    void writeMarkersAndChapters(JsonWriter &out, const DemoItem &item, PlexIncludes includes) const;
    void writePeople(JsonWriter &out, const DemoItem &item) const;

    const DemoState &m_state;
};

} // namespace marquee
