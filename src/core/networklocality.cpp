// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/networklocality.h"

#include <QHostAddress>

namespace marquee {

bool isOnLocalNetwork(const QUrl &server)
{
    const QString host = server.host().toLower();
    if (host.isEmpty())
        return false;
    QHostAddress address;
    if (address.setAddress(host)) {
        if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast())
            return true;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            for (const auto &[network, prefix] : {std::pair{QStringLiteral("10.0.0.0"), 8},
                                                  std::pair{QStringLiteral("172.16.0.0"), 12},
                                                  std::pair{QStringLiteral("192.168.0.0"), 16},
                                                  std::pair{QStringLiteral("100.64.0.0"), 10}}) {
                if (address.isInSubnet(QHostAddress(network), prefix))
                    return true;
            }
        }
        return false;
    }
    return host == QLatin1String("localhost") || !host.contains(QLatin1Char('.')) || host.endsWith(QLatin1String(".local"))
        || host.endsWith(QLatin1String(".lan")) || host.endsWith(QLatin1String(".home.arpa"));
}

} // namespace marquee
