// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/backendchannel.h"
#include "backend/plexitemparser.h"
#include "backend/plexrequests.h"

#include <functional>
#include <memory>

namespace marquee {

/// One source of a listing: a path and the query that picks its items (one type, one filter).
struct PlexSegment
{
    QString path;
    QueryItems query;
};

/**
 * @brief Several Plex listings read as one list paged by offset, which is what Backend::items() promises.
 *
 * Plex lists one type per request (`type=2` shows, `type=3` seasons …) and a filter per request; Marquee asks for
 * "series, seasons and episodes from index 500, 500 of them". The segments are read in order, each paged with
 * `X-Plex-Container-Start`/`-Size`; an offset past a segment's `totalSize` moves into the next one. A page the server
 * cut short (its own page cap) is followed by the rest, so a short result always means the listing ended. Segments
 * that no page reached are counted (`X-Plex-Container-Size: 0`) so that the total is the whole list's.
 * An id repeated across segments or pages is kept once. Runs on the network thread, one request at a time.
 */
class PlexListing : public std::enable_shared_from_this<PlexListing>
{
public:
    /// Sends one request of a segment; the callback gets the raw answer.
    using Fetch = std::function<void(const PlexSegment &, PlexRequests::Window, BackendChannel::Callback)>;
    /// Reads one answer; more than the second argument's entries is BadResponse.
    using Parse = std::function<Result<PlexPage>(const QByteArray &, int maxItems)>;

    /// A page without a limit is read in pieces of this many.
    static constexpr int DefaultPieceSize = 1000;
    /// More than this many entries with no limit is a server that never stops.
    static constexpr int MaxUnlimitedEntries = 2'000'000;

    /// @p limit unset: everything from @p start; 0: only the total.
    [[nodiscard]] static QFuture<Result<PlexPage>> run(QList<PlexSegment> segments, int start, std::optional<int> limit,
                                                       Fetch fetch, Parse parse);

private:
    PlexListing(QList<PlexSegment> segments, int start, std::optional<int> limit, Fetch fetch, Parse parse);
    void next();
    void onPage(const PlexRequests::Window &asked, Result<PlexPage> page);
    /// Counts the segments whose total no page told, one by one, then finishes.
    void countRest();
    void take(PlexPage &page, int dropFront);
    void finish();
    void fail(const Error &error);
    [[nodiscard]] BackendChannel::Callback answer(int maxItems, std::function<void(Result<PlexPage>)> handle);

    QList<PlexSegment> m_segments;
    QList<std::optional<int>> m_totals;
    int m_start;
    std::optional<int> m_wanted; ///< still to collect; unset: everything
    int m_segment = 0;
    int m_skip; ///< offset within the current segment
    Fetch m_fetch;
    Parse m_parse;
    PlexPage m_result;
    QSet<QString> m_ids;
    ResultPromise<PlexPage> m_promise;
};

} // namespace marquee
