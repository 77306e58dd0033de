// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace marquee {

class DemoRouter;
class DemoState;

/**
 * @brief The test-control paths under `/Demo/` (not part of Jellyfin's API; no token needed, and
 * never delayed, failed or dropped by the fault injection):
 *
 * - `GET /Demo/Routes`: every API route with the query parameters it reads (the contract test
 *   checks them against the spec)
 * - `GET /Demo/Counters`, `POST /Demo/Counters/Reset`: requests by route (downloads are
 *   `/Items/{itemId}/Download`), bytes sent, media body bytes sent
 * - `GET|POST /Demo/Controls?latencyMs=&errorRate=&dropMidBody=&downloadsAllowed=&bandwidthBytesPerSecond=`
 *   (downloadsAllowed: the user's download permission; bandwidth: per media response, 0 = unlimited)
 * - `POST /Demo/Offline?seconds=N`: refuse connections for N seconds (default 5), then come back
 * - `POST /Demo/Items` body `{"Type":"Movie"|"Series","Name":"…","ParentId":"…"}`,
 *   `POST /Demo/Items/{itemId}/Rename?name=…`, `DELETE /Demo/Items/{itemId}`
 * - `POST /Demo/Items/{itemId}/File?sizeBytes=N`: replaces the item's media file (new size, ETag, Last-Modified)
 * - `POST /Demo/UserData/{itemId}` body UpdateUserItemDataDto: a change "from another device"
 */
class AdminRoutes
{
public:
    static void addTo(DemoRouter &router, DemoState &state, std::function<void(int ms)> goOfflineFor);
};

} // namespace marquee
