// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/singleinstance.h"

#include "core/logging.h"
#include "storage/databasepaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace marquee {

namespace {
constexpr int ConnectTimeoutMs = 2000;
constexpr int LockWaitMs = 3000;
const QByteArray RaiseRequest = QByteArrayLiteral("raise\n");
} // namespace

SingleInstance::SingleInstance(const QString &dataFolder, QObject *parent)
    : QObject(parent)
    , m_folder(QDir(dataFolder).absolutePath())
    , m_lock(QDir(m_folder).filePath(QStringLiteral("marquee.lock")))
{
    // Stale only when the holder's process is gone; a long-running instance never loses its lock to age.
    m_lock.setStaleLockTime(0);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::folderFor(const QString &dataDirOption)
{
    const DatabasePaths paths =
        dataDirOption.isEmpty() ? DatabasePaths::standard() : DatabasePaths::inDirectory(dataDirOption);
    return QFileInfo(paths.stateFile).absolutePath();
}

QString SingleInstance::socketName(const QString &dataFolder)
{
    const QByteArray folder = QDir(dataFolder).absolutePath().toUtf8();
    return QStringLiteral("marquee-")
           + QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
}

SingleInstance::Role SingleInstance::claim()
{
    if (!QDir().mkpath(m_folder)) {
        m_error = QStringLiteral("cannot create the data folder %1").arg(m_folder);
        return Role::Failed;
    }
    // A short wait covers the other instance being between taking the lock and listening.
    if (!m_lock.tryLock(LockWaitMs)) {
        if (m_lock.error() != QLockFile::LockFailedError) {
            m_error = QStringLiteral("cannot lock the data folder %1 (is it read-only?)").arg(m_folder);
            return Role::Failed;
        }
        if (askPrimaryToRaise())
            return Role::Secondary;
        m_error = QStringLiteral("another Marquee holds the data folder %1 but does not answer").arg(m_folder);
        return Role::Failed;
    }
    const QString name = socketName(m_folder);
    QLocalServer::removeServer(name); // a socket file left by a crash; we hold the lock, so it is not live
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(name))
        qCWarning(lcUi).noquote() << "a second Marquee will not be able to raise this one:" << m_server.errorString();
    return Role::Primary;
}

bool SingleInstance::askPrimaryToRaise() const
{
    QLocalSocket socket;
    socket.connectToServer(socketName(m_folder));
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return false;
    socket.write(RaiseRequest);
    const bool sent = socket.waitForBytesWritten(ConnectTimeoutMs);
    socket.disconnectFromServer();
    return sent;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->canReadLine() && socket->readLine() == RaiseRequest)
        Q_EMIT activationRequested();
}

} // namespace marquee
