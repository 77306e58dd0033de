// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoserver/demonotifier.h"

#include "demoserver/demoformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

namespace marquee {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

DemoNotifier::DemoNotifier(Dialect dialect, QObject *parent) : QObject(parent), m_dialect(dialect)
{
}

DemoNotifier::~DemoNotifier()
{
    closeAll();
}

void DemoNotifier::addClient(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    m_clients.push_back(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.erase(std::remove(m_clients.begin(), m_clients.end(), socket), m_clients.end());
        socket->deleteLater();
    });
    if (m_dialect == Dialect::Plex)
        return; // Plex neither asks for keep-alives nor greets
    connect(socket, &QWebSocket::textMessageReceived, this, [socket](const QString &text) {
        const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
        if (msg.value(QStringLiteral("MessageType")).toString() == QLatin1String("KeepAlive")) {
            const QJsonObject reply{{QStringLiteral("MessageType"), QStringLiteral("KeepAlive")},
                                    {QStringLiteral("MessageId"),
                                     DemoFormat::idFromBits(QRandomGenerator::global()->generate64(),
                                                            QRandomGenerator::global()->generate64())}};
            socket->sendTextMessage(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
        }
    });
    // The real server asks clients to send KeepAlive at half this many seconds.
    const QJsonObject hello{{QStringLiteral("MessageType"), QStringLiteral("ForceKeepAlive")},
                            {QStringLiteral("MessageId"), DemoFormat::idFromBits(QRandomGenerator::global()->generate64(), 1)},
                            {QStringLiteral("Data"), 60}};
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
}

void DemoNotifier::closeAll()
{
    const auto clients = m_clients;
    m_clients.clear();
    for (QWebSocket *socket : clients) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void DemoNotifier::send(const QString &type, const QJsonValue &data)
{
    const QJsonObject message{{QStringLiteral("MessageType"), type},
                              {QStringLiteral("MessageId"),
                               DemoFormat::idFromBits(QRandomGenerator::global()->generate64(),
                                                      QRandomGenerator::global()->generate64())},
                              {QStringLiteral("Data"), data}};
    sendText(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void DemoNotifier::sendText(const QString &text)
{
    for (QWebSocket *socket : m_clients)
        socket->sendTextMessage(text);
}

void DemoNotifier::sendPlexTimeline(const QList<DemoPlexTimelineEntry> &entries)
{
    QJsonArray list;
    for (const DemoPlexTimelineEntry &entry : entries) {
        list.append(QJsonObject{{QStringLiteral("identifier"), QStringLiteral("com.plexapp.plugins.library")},
                                {QStringLiteral("itemID"), QString::number(entry.itemId)},
                                {QStringLiteral("sectionID"), QString::number(entry.sectionId)},
                                {QStringLiteral("type"), entry.type},
                                {QStringLiteral("state"), entry.state},
                                {QStringLiteral("metadataState"), entry.state == 0 ? QStringLiteral("created") : QString()},
                                {QStringLiteral("updatedAt"), 0}});
    }
    const QJsonObject container{{QStringLiteral("type"), QStringLiteral("timeline")},
                                {QStringLiteral("size"), int(list.size())},
                                {QStringLiteral("TimelineEntry"), list}};
    sendText(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("NotificationContainer"), container}})
                                   .toJson(QJsonDocument::Compact)));
}

void DemoNotifier::sendPlexPlaying(quint32 ratingKey, const QString &state, qint64 viewOffsetMs)
{
    const QJsonObject entry{{QStringLiteral("sessionKey"), QStringLiteral("1")},
                            {QStringLiteral("ratingKey"), QString::number(ratingKey)},
                            {QStringLiteral("key"), QStringLiteral("/library/metadata/%1").arg(ratingKey)},
                            {QStringLiteral("state"), state},
                            {QStringLiteral("viewOffset"), double(viewOffsetMs)}};
    const QJsonObject container{{QStringLiteral("type"), QStringLiteral("playing")},
                                {QStringLiteral("size"), 1},
                                {QStringLiteral("PlaySessionStateNotification"), QJsonArray{entry}}};
    sendText(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("NotificationContainer"), container}})
                                   .toJson(QJsonDocument::Compact)));
}

void DemoNotifier::sendLibraryChanged(const QStringList &added, const QStringList &updated, const QStringList &removed,
                                      const QStringList &foldersAddedTo)
{
    const bool empty = added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    send(QStringLiteral("LibraryChanged"),
         QJsonObject{{QStringLiteral("FoldersAddedTo"), toArray(foldersAddedTo)},
                     {QStringLiteral("FoldersRemovedFrom"), QJsonArray()},
                     {QStringLiteral("ItemsAdded"), toArray(added)},
                     {QStringLiteral("ItemsRemoved"), toArray(removed)},
                     {QStringLiteral("ItemsUpdated"), toArray(updated)},
                     {QStringLiteral("CollectionFolders"), QJsonArray()},
                     {QStringLiteral("IsEmpty"), empty}});
}

void DemoNotifier::sendUserDataChanged(const QString &userId, const QJsonArray &userDataList)
{
    send(QStringLiteral("UserDataChanged"),
         QJsonObject{{QStringLiteral("UserId"), userId}, {QStringLiteral("UserDataList"), userDataList}});
}

} // namespace marquee
