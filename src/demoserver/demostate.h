// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demoauth.h"
#include "demoserver/demolibrary.h"
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

/**
 * @brief Everything the demo server knows, and the changes that can happen to it.
 *
 * Owned by the HTTP server and used only on its thread. Mutations stamp DateLastSaved with the
 * clock, so `minDateLastSaved` sees them, and announce themselves on the WebSocket feed.
 * User-data changes do not touch DateLastSaved: the real `minDateLastSavedForUser` cannot see them.
 */
class DemoState
{
public:
    DemoState(const DemoLibrarySpec &spec, const Clock &clock, DemoControls &controls, QByteArray video);

    static inline const QString UserName = QStringLiteral("demo");
    static inline const QString Password = QStringLiteral("demo");

    DemoLibrary library;
    DemoUserDataStore userData;
    DemoAuth auth;
    DemoItemQuery query{library, userData};
    ItemSerializer serializer;
    ImageRenderer images;
    DemoNotifier *notifier = nullptr; ///< set by the HTTP server once it exists
    /// Every /Sessions/Playing* body received, in order, with its path under "Path" (for tests).
    QList<QJsonObject> playbackReports;
    /// Conversions, their stops and the PlaybackInfo requests (for tests).
    DemoTranscodes transcodes;

    [[nodiscard]] const QString &serverId() const { return m_serverId; }
    [[nodiscard]] const QString &userId() const { return m_userId; }
    [[nodiscard]] const QByteArray &video() const { return m_video; }
    [[nodiscard]] qint64 nowMs() const;
    [[nodiscard]] DemoControls &controls() { return m_controls; }
    [[nodiscard]] const DemoLibrarySpec &spec() const { return m_spec; }

    /// Adds an item; returns its id, or empty if the parent is wrong.
    QString addItem(const DemoNewItem &item);
    bool renameItem(const QString &id, const QString &name);
    bool deleteItem(const QString &id);
    /// Writes user data as another client would (`POST /UserItems/{id}/UserData` semantics).
    bool changeUserData(const QString &itemId, const QJsonObject &update);
    /// Stores @p data for the item and sends UserDataChanged.
    void saveUserData(const DemoItem &item, const DemoUserData &data);

private:
    DemoLibrarySpec m_spec;
    const Clock &m_clock;
    DemoControls &m_controls;
    QByteArray m_video;
    QString m_serverId;
    QString m_userId;
    quint64 m_addSerial = 0;
};

/// Reads `fields`, `enableUserData`, `enableImages` of a request into serializer options.
[[nodiscard]] DemoDtoOptions demoDtoOptions(const QueryParams &query);

} // namespace marquee
