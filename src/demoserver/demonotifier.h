// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QWebSocket;

namespace marquee {

/**
 * @brief The `/socket` WebSocket feed: sends `LibraryChanged` and `UserDataChanged` messages in
 * the real server's shape (`{"MessageType", "MessageId", "Data"}`) to every connected client,
 * `ForceKeepAlive` on connect, and answers the client's `KeepAlive`.
 *
 * Lives on the demo server's thread.
 */
class DemoNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DemoNotifier(QObject *parent = nullptr);
    ~DemoNotifier() override;

    void addClient(std::unique_ptr<QWebSocket> socket);
    void closeAll();
    [[nodiscard]] int clientCount() const { return int(m_clients.size()); }

    void sendLibraryChanged(const QStringList &added, const QStringList &updated, const QStringList &removed,
                            const QStringList &foldersAddedTo);
    void sendUserDataChanged(const QString &userId, const QJsonArray &userDataList);

private:
    void send(const QString &type, const QJsonValue &data);

    std::vector<QWebSocket *> m_clients;
};

} // namespace marquee
