// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoserver/demorouter.h"

namespace marquee {

class DemoState;
struct DemoItem;

/**
 * @brief The demo server's Plex face: the routes of a Plex Media Server (and of plex.tv's sign-in) over the same
 * state the Jellyfin face serves. Paths, parameters and shapes follow Plex's official OpenAPI, and the community
 * specification where it has none; docs/plex-contract.md lists where they follow shared/plex/api-notes.md instead.
 */
namespace PlexRoutes {

/// `/identity`, `/`, sections, listings, metadata, children, hubs, On Deck, Recently Added.
void addLibraryRoutes(DemoRouter &router, DemoState &state);
/// `/:/timeline`, `/:/scrobble`, `/:/unscrobble`, `/:/progress`, `/:/rate`.
void addPlaystateRoutes(DemoRouter &router, DemoState &state);
/// `/photo/:/transcode`, raw thumb and art, media parts.
void addMediaRoutes(DemoRouter &router, DemoState &state);
/// The universal transcoder (decision, `start.m3u8`, its segments, stop), the choice of streams on a part
/// (`PUT /library/parts/{partId}`) and external subtitle streams.
void addPlaybackRoutes(DemoRouter &router, DemoState &state);
/// plex.tv: `/api/v2/pins`, `/api/v2/pins/{pinId}`, `/api/v2/resources`, `/api/v2/user`.
void addPlexTvRoutes(DemoRouter &router, DemoState &state);

/// The token of a request: the `X-Plex-Token` header, or the query item of that name.
[[nodiscard]] QString tokenOf(const QUrl &url, const QByteArray &header);
/// An empty 200, as Plex answers writes.
[[nodiscard]] DemoReply emptyOk();
/// Plex's plain HTML error page for @p status.
[[nodiscard]] DemoReply htmlError(int status);
/// The item a `ratingKey` names; nullptr if none (or a library folder).
[[nodiscard]] const DemoItem *itemByKey(const DemoState &state, QStringView ratingKey);
/// The playable item a part id names (PlexSerializer::partId()), and which of its versions; nullptr if none.
[[nodiscard]] const DemoItem *itemOfPart(const DemoState &state, QStringView partId, int *version);

} // namespace PlexRoutes

} // namespace marquee
