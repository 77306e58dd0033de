// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace marquee {

/// @brief The kinds of item the demo library holds, named as Jellyfin's BaseItemKind names them.
enum class DemoItemKind : quint8 { CollectionFolder, Movie, Series, Season, Episode };

/// Jellyfin's BaseItemKind string for @p kind ("Movie", "Series", ...).
[[nodiscard]] QString demoItemKindName(DemoItemKind kind);
/// Parses a BaseItemKind name case-insensitively; nullopt for kinds the demo does not have.
[[nodiscard]] std::optional<DemoItemKind> demoItemKindFromName(QStringView name);

/// @brief One credit of an item: an index into the library's people pool, with a role.
struct DemoCredit
{
    int personIndex = 0;
    QString role;      ///< character name for actors, empty otherwise
    QString kind;      ///< PersonKind: "Actor", "Director", "Writer"
};

/// @brief A person of the generated pool; people have their own id and a drawn portrait.
struct DemoPerson
{
    QString id;
    QString name;
};

/// 32 lower-case hex digits of an MD5, stored inline.
using DemoHexDigest = std::array<char, 32>;

/// @brief Digests derived from an item (see DemoDigests), kept so that pages never hash.
struct DemoItemDigests
{
    DemoHexDigest primary{};  ///< Primary image tag
    DemoHexDigest thumb{};    ///< Thumb image tag
    DemoHexDigest backdrop{}; ///< Backdrop image tag
    DemoHexDigest etag{};     ///< Etag (DateLastSaved)
};

/**
 * @brief One item of the generated library, in memory.
 *
 * Long text (overview, credits) is not stored: it is derived from `textSeed` when an item is
 * serialised, which keeps 100,000 items small and quick to generate.
 */
struct DemoItem
{
    QString id;          ///< 32 lower-case hex digits, as Jellyfin prints GUIDs
    quint32 ratingKey = 0; ///< the Plex face's id: a small number, given in the order items enter the library
    QString parentId;    ///< library for movies and series, series for seasons, season for episodes
    QString libraryId;   ///< the collection folder the item belongs to (itself for folders)
    QString seriesId;    ///< seasons and episodes
    QString seasonId;    ///< episodes
    QString name;
    QString sortName;
    QString collectionType; ///< folders only: "movies" or "tvshows"
    DemoItemKind kind = DemoItemKind::Movie;
    quint32 textSeed = 0;
    int productionYear = 0;
    int indexNumber = 0;       ///< season number, episode number
    int parentIndexNumber = 0; ///< episodes: season number
    qint64 runTimeTicks = 0;
    float communityRating = 0;
    quint8 officialRating = 0; ///< index into DemoVocabulary::officialRatings()
    bool ended = false;        ///< series: Status "Ended" rather than "Continuing"
    QList<quint8> genres;      ///< indexes into DemoVocabulary::genres()
    QList<quint8> studios;     ///< indexes into DemoVocabulary::studios()
    qint64 premiereDateMs = 0;
    qint64 dateCreatedMs = 0;
    qint64 dateLastSavedMs = 0; ///< what minDateLastSaved compares; bumped by every mutation
    int imageVersion = 1;       ///< part of the image tags; bumped when the title (drawn on the image) changes
    DemoItemDigests digests;    ///< derived from id, imageVersion and dateLastSavedMs; DemoLibrary refreshes it

    [[nodiscard]] bool isFolder() const
    {
        return kind == DemoItemKind::CollectionFolder || kind == DemoItemKind::Series
            || kind == DemoItemKind::Season;
    }
    [[nodiscard]] bool isPlayable() const { return kind == DemoItemKind::Movie || kind == DemoItemKind::Episode; }
};

} // namespace marquee
