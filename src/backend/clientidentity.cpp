// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/clientidentity.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSaveFile>
#include <QUuid>

namespace marquee {

ClientIdentity ClientIdentity::forThisDevice(const QString &deviceId)
{
    ClientIdentity identity;
    identity.device = QHostInfo::localHostName();
    if (identity.device.isEmpty())
        identity.device = QStringLiteral("Marquee device");
    identity.deviceId = deviceId;
    return identity;
}

QString ClientIdentity::loadOrCreateDeviceId(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("device-id"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QString id = QString::fromUtf8(existing.read(128)).trimmed();
        if (!id.isEmpty())
            return id;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces).remove(QLatin1Char('-'));
    QDir().mkpath(dataDir);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(id.toUtf8());
        if (file.commit())
            return id;
    }
    qCWarning(lcBackend) << "could not store the device id in" << dataDir;
    return id;
}

} // namespace marquee
