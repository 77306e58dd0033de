// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/jellyfinrequests.h"

#include <QString>

namespace marquee {
class DemoServer;
}

namespace marquee::bench {

/**
 * @brief Scenario 1's baseline, the practical limit: the same /Items pages the refresh lane asks for, fetched one
 * after another, parsed with QJsonDocument and upserted through the raw sqlite3 C API in one transaction, into the
 * same schema (the app's migrations) with the same PRAGMAs.
 */
class RawRefreshBaseline
{
public:
    struct Result
    {
        int items = 0;
        double ms = 0;
        double fetchMs = 0; ///< of ms: waiting for the server's pages
        double parseMs = 0; ///< of ms: QJsonDocument::fromJson
        QString error;
    };

    RawRefreshBaseline(DemoServer &server, int batchSize);
    /// The server sorts each listing once, on its first request: asks each listing once so no run pays for it.
    void warmServer();
    /// Builds a fresh cache and state database in @p directory and fills them from every library of the server.
    [[nodiscard]] Result run(const QString &directory);

private:
    struct Listing
    {
        QString libraryId;
        QList<ItemType> types;
    };
    [[nodiscard]] QList<Listing> listings() const;
    [[nodiscard]] HttpRequest pageRequest(const Listing &listing, int startIndex, int limit) const;

    DemoServer &m_server;
    JellyfinRequests m_requests;
    QString m_token;
    int m_batchSize;
};

} // namespace marquee::bench
