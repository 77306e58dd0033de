// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QWebSocket;

namespace marquee {

/// @brief One `TimelineEntry` of a Plex `timeline` notification.
struct DemoPlexTimelineEntry
{
    quint32 itemId = 0;
    int sectionId = 0;
    int type = 0;  ///< Plex type number
    int state = 0; ///< 0 created, 5 processed, 9 deleted
};

/**
 * @brief A change-feed WebSocket of one face. Jellyfin's (`/socket`) sends `LibraryChanged` and `UserDataChanged`
 * in the real server's shape (`{"MessageType", "MessageId", "Data"}`), `ForceKeepAlive` on connect, and answers
 * the client's `KeepAlive`. Plex's (`/:/websockets/notifications`) sends `NotificationContainer`s of type
 * `timeline` and `playing`.
 *
 * Lives on the demo server's thread.
 */
class DemoNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Dialect { Jellyfin, Plex };

    explicit DemoNotifier(Dialect dialect = Dialect::Jellyfin, QObject *parent = nullptr);
    ~DemoNotifier() override;

    void addClient(std::unique_ptr<QWebSocket> socket);
    void closeAll();
    [[nodiscard]] int clientCount() const { return int(m_clients.size()); }

    void sendLibraryChanged(const QStringList &added, const QStringList &updated, const QStringList &removed,
                            const QStringList &foldersAddedTo);
    void sendUserDataChanged(const QString &userId, const QJsonArray &userDataList);
    void sendPlexTimeline(const QList<DemoPlexTimelineEntry> &entries);
    /// A `playing` notification: someone's playback of @p ratingKey is at @p viewOffsetMs in @p state.
    void sendPlexPlaying(quint32 ratingKey, const QString &state, qint64 viewOffsetMs);

private:
    void send(const QString &type, const QJsonValue &data);
    void sendText(const QString &text);

    Dialect m_dialect;
    std::vector<QWebSocket *> m_clients;
};

} // namespace marquee
