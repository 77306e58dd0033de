// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoitem.h"

#include <QByteArray>
#include <QList>

namespace marquee {

class DemoState;
class JsonWriter;

/**
 * @brief Demo items as Plex's `Metadata` JSON (the official OpenAPI's `metadata` schema): `ratingKey`, type names,
 * milliseconds for `duration` and `viewOffset`, epoch seconds for dates, thumb and art paths that change with the
 * title, user state from the same store the Jellyfin face uses, and empty lists left out as Plex leaves them out.
 */
class PlexSerializer
{
public:
    enum class Detail { Listing, Full };

    explicit PlexSerializer(const DemoState &state);

    void writeMetadata(JsonWriter &out, const DemoItem &item, Detail detail) const;
    /// `{"MediaContainer": {"size", "offset", "totalSize", "Metadata": [...]}}`; Metadata left out when empty.
    [[nodiscard]] QByteArray container(const QList<const DemoItem *> &items, Detail detail, int offset,
                                       int totalSize) const;
    /// Only the fields of @p fields (API 1.x `includeFields`), for ids-only listings.
    [[nodiscard]] QByteArray stampContainer(const QList<const DemoItem *> &items, int offset, int totalSize) const;

    [[nodiscard]] static QString typeName(DemoItemKind kind);
    [[nodiscard]] static int typeNumber(DemoItemKind kind);
    /// `/library/metadata/{ratingKey}/{thumb|art}/{stamp}`; the stamp moves when the title (drawn on it) does.
    [[nodiscard]] static QString imagePath(const DemoItem &item, QLatin1String element);
    /// `/library/parts/{ratingKey}/{stamp}/file.mp4`.
    [[nodiscard]] static QString partKey(const DemoItem &item);
    [[nodiscard]] static qint64 imageStamp(const DemoItem &item);

private:
    void writeUserState(JsonWriter &out, const DemoItem &item) const;
    void writeHierarchy(JsonWriter &out, const DemoItem &item) const;
    void writeMedia(JsonWriter &out, const DemoItem &item, Detail detail) const;
    void writePeople(JsonWriter &out, const DemoItem &item) const;

    const DemoState &m_state;
};

} // namespace marquee
