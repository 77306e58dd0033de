// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoauth.h"
#include "demoserver/demolibrary.h"
#include "demoserver/demomediafiles.h"
#include "demoserver/demotranscodes.h"
#include "demoserver/demouserdatastore.h"
#include "demoserver/imagerenderer.h"
#include "demoserver/demoitemquery.h"
#include "demoserver/itemserializer.h"
#include "demoserver/librarygenerator.h"
#include "demoserver/queryparams.h"

#include <QJsonObject>

namespace marquee {

class Clock;
class DemoControls;
class DemoNotifier;

/// @brief What the add-item control creates.
struct DemoNewItem
{
    DemoItemKind kind = DemoItemKind::Movie; ///< Movie or Series (a series gets one season of 3 episodes)
    QString name;
    QString parentId; ///< empty: the matching library folder
};

/// @brief plex.tv as the demo plays it: one account, its token, the server's token, and the PINs handed out.
struct DemoPlexAccount
{
    struct Pin
    {
        qint64 id = 0;
        QString code;
        QString clientIdentifier;
        bool claimed = false;
    };

    QString accountToken;
    QString serverToken;
    QHash<qint64, Pin> pins;
    qint64 lastPinId = 7000;
};

/**
 * @brief Everything the demo server knows, and the changes that can happen to it.
 *
 * Owned by the demo server and used only on its thread; both faces (Jellyfin and Plex) serve it. Mutations stamp
 * DateLastSaved with the clock, so `minDateLastSaved` and Plex's `updatedAt` see them, and announce themselves on
 * both faces' WebSocket feeds. User-data changes do not touch DateLastSaved: the real `minDateLastSavedForUser`
 * cannot see them, and neither can Plex's `updatedAt`.
 */
class DemoState
{
public:
    DemoState(const DemoLibrarySpec &spec, const Clock &clock, DemoControls &controls, QByteArray video);

    static inline const QString UserName = QStringLiteral("demo");
    static inline const QString Password = QStringLiteral("demo");
    /// What each face calls the server: the Plex face is told apart from the Jellyfin one where both are listed.
    static inline const QString ServerName = QStringLiteral("Marquee Demo");
    static inline const QString PlexServerName = QStringLiteral("Marquee Demo (Plex)");

    DemoLibrary library;
    DemoUserDataStore userData;
    DemoAuth auth;
    DemoItemQuery query{library, userData};
    DemoMediaFiles mediaFiles;
    ItemSerializer serializer;
    ImageRenderer images;
    DemoNotifier *notifier = nullptr; ///< set by the HTTP server once it exists
    DemoNotifier *plexNotifier = nullptr; ///< set by the Plex face once it exists
    DemoPlexAccount plex;
    /// Every /Sessions/Playing* body received, in order, with its path under "Path" (for tests).
    QList<QJsonObject> playbackReports;
    /// Every Plex `/:/timeline` report received, its query as an object, oldest first (for tests).
    QList<QJsonObject> plexTimelineReports;
    /// Conversions, their stops and the PlaybackInfo requests (for tests).
    DemoTranscodes transcodes;

    [[nodiscard]] const QString &serverId() const { return m_serverId; }
    /// The Plex face's machineIdentifier: a server of its own to a client (which keys its cache by it), as a Plex
    /// and a Jellyfin server on one machine are.
    [[nodiscard]] const QString &plexServerId() const { return m_plexServerId; }
    [[nodiscard]] const QString &userId() const { return m_userId; }
    [[nodiscard]] qint64 nowMs() const;
    [[nodiscard]] DemoControls &controls() { return m_controls; }
    [[nodiscard]] const DemoLibrarySpec &spec() const { return m_spec; }

    /// Adds an item; returns its id, or empty if the parent is wrong.
    QString addItem(const DemoNewItem &item);
    bool renameItem(const QString &id, const QString &name);
    bool deleteItem(const QString &id);
    /// Replaces a playable item's media file by one of @p size bytes: new size, ETag and Last-Modified, and the
    /// item's DateLastSaved moves (the real server rescans the file). False for another item or a wrong size.
    bool replaceMediaFile(const QString &id, qint64 size);
    /// Writes user data as another client would (`POST /UserItems/{id}/UserData` semantics).
    bool changeUserData(const QString &itemId, const QJsonObject &update);
    /// Stores @p data for the item and sends UserDataChanged (and Plex's `playing` … `stopped`).
    void saveUserData(const DemoItem &item, const DemoUserData &data);
    /// What the user does on plex.tv/link: approves the PIN with @p code. False if there is none.
    bool claimPlexPin(const QString &code);
    /// A reinstalled server: a new server id (Jellyfin) and machineIdentifier (Plex); the library stays.
    void changeIdentity();
    /// The Plex section key of a library folder id: its place among the folders, from 1; 0 if it is none.
    [[nodiscard]] int sectionKeyOf(const QString &libraryId) const;
    /// The folder of a Plex section key; nullptr if none.
    [[nodiscard]] const DemoItem *sectionFolder(QStringView sectionKey) const;

private:
    void announcePlex(const QList<const DemoItem *> &items, int state);

    DemoLibrarySpec m_spec;
    const Clock &m_clock;
    DemoControls &m_controls;
    QString m_serverId;
    QString m_plexServerId;
    QString m_userId;
    quint64 m_addSerial = 0;
    quint64 m_identityGeneration = 1;
};

/// Reads `fields`, `enableUserData`, `enableImages` of a request into serializer options.
[[nodiscard]] DemoDtoOptions demoDtoOptions(const QueryParams &query);

} // namespace marquee
