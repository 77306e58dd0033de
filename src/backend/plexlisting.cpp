// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend/plexlisting.h"

#include "backend/jsonfields.h"

namespace marquee {

namespace {

int entriesOf(const PlexPage &page)
{
    return int(page.items.size() + page.stamps.size());
}

} // namespace

QFuture<Result<PlexPage>> PlexListing::run(QList<PlexSegment> segments, int start, std::optional<int> limit,
                                           Fetch fetch, Parse parse)
{
    std::shared_ptr<PlexListing> listing(
        new PlexListing(std::move(segments), start, limit, std::move(fetch), std::move(parse)));
    QFuture<Result<PlexPage>> future = listing->m_promise.future();
    listing->next();
    return future;
}

PlexListing::PlexListing(QList<PlexSegment> segments, int start, std::optional<int> limit, Fetch fetch, Parse parse)
    : m_segments(std::move(segments))
    , m_start(std::max(0, start))
    , m_wanted(limit ? std::optional<int>(std::max(0, *limit)) : std::nullopt)
    , m_skip(m_start)
    , m_fetch(std::move(fetch))
    , m_parse(std::move(parse))
{
    m_totals.resize(m_segments.size());
}

BackendChannel::Callback PlexListing::answer(int maxItems, std::function<void(Result<PlexPage>)> handle)
{
    return BackendChannel::parsing<PlexPage>(
        HttpMethod::Get,
        [parse = m_parse, maxItems](const HttpResponse &response) {
            Result<PlexPage> page = parse(response.body, maxItems);
            if (page)
                page.value().serverTimeMs = response.serverTimeMs;
            return page;
        },
        std::move(handle));
}

void PlexListing::next()
{
    if (m_segment >= m_segments.size()) {
        finish();
        return;
    }
    if (m_wanted && *m_wanted == 0) {
        countRest();
        return;
    }
    const PlexRequests::Window window{m_skip, m_wanted.value_or(DefaultPieceSize)};
    m_fetch(m_segments.at(m_segment), window,
            answer(window.size, [self = shared_from_this(), window](Result<PlexPage> page) {
                self->onPage(window, std::move(page));
            }));
}

void PlexListing::onPage(const PlexRequests::Window &asked, Result<PlexPage> result)
{
    if (!result) {
        fail(result.error());
        return;
    }
    PlexPage &page = result.value();
    m_result.skipped += page.skipped;
    // The server may ignore the offset it was given; the page says where it really starts.
    const int offset = page.offset.value_or(asked.start);
    if (offset > asked.start) {
        fail(JsonFields::badResponse(QStringLiteral("asked for items from %1, the server sent them from %2")
                                         .arg(asked.start).arg(offset)));
        return;
    }
    const int dropFront = std::min(entriesOf(page), asked.start - offset);
    const int received = entriesOf(page) - dropFront + page.skipped;
    if (received > asked.size) {
        // A server that ignores the page size could fill the cache with whatever it likes: refuse the page whole.
        fail(JsonFields::badResponse(QStringLiteral("%1 items in a page of at most %2").arg(received).arg(asked.size)));
        return;
    }
    const std::optional<int> total = page.totalSize;
    if (received == 0 && total && asked.start >= *total) { // the offset lies beyond this segment: on to the next
        m_totals[m_segment] = *total;
        m_skip = asked.start - *total;
        ++m_segment;
        next();
        return;
    }
    take(page, dropFront);
    m_skip += received;
    if (m_wanted)
        *m_wanted -= received;
    else if (m_ids.size() > MaxUnlimitedEntries) {
        fail(JsonFields::badResponse(QStringLiteral("more than %1 items in one listing").arg(MaxUnlimitedEntries)));
        return;
    }
    if (received == 0 && total && m_skip < *total) {
        fail(JsonFields::badResponse(QStringLiteral("an empty page at %1 of %2 items").arg(m_skip).arg(*total)));
        return;
    }
    // Only a short page ends a segment, and only where its total agrees (or it gave none): a total that lies low
    // must not make the rest look deleted, and a page the server cut short (its own cap) is followed by the rest.
    const bool ended = received < asked.size && (!total || m_skip >= *total);
    m_totals[m_segment] = ended ? std::max(total.value_or(0), m_skip) : total;
    if (ended) {
        m_skip = 0;
        ++m_segment;
    }
    next();
}

void PlexListing::take(PlexPage &page, int dropFront)
{
    // The server's clock at its first answer: a watermark taken later could pass over changes made meanwhile.
    if (!m_result.serverTimeMs)
        m_result.serverTimeMs = page.serverTimeMs;
    int dropped = 0;
    for (MediaItem &item : page.items) {
        if (dropped++ < dropFront || m_ids.contains(item.id))
            continue;
        m_ids.insert(item.id);
        m_result.items.append(std::move(item));
    }
    for (const ItemStamp &stamp : std::as_const(page.stamps)) {
        if (dropped++ < dropFront || m_ids.contains(stamp.id))
            continue;
        m_ids.insert(stamp.id);
        m_result.stamps.append(stamp);
    }
}

void PlexListing::countRest()
{
    for (int i = 0; i < m_segments.size(); ++i) {
        if (m_totals.at(i))
            continue;
        m_fetch(m_segments.at(i), PlexRequests::Window{0, 0},
                answer(0, [self = shared_from_this(), i](Result<PlexPage> page) {
                    if (!page) {
                        self->fail(page.error());
                        return;
                    }
                    if (!page.value().totalSize) {
                        self->fail(JsonFields::badResponse(QStringLiteral("a count without a totalSize")));
                        return;
                    }
                    self->m_totals[i] = page.value().totalSize;
                    self->countRest();
                }));
        return;
    }
    finish();
}

void PlexListing::finish()
{
    qint64 total = 0;
    for (const std::optional<int> &segmentTotal : std::as_const(m_totals))
        total += segmentTotal.value_or(0);
    m_result.offset = m_start;
    m_result.totalSize = int(std::min<qint64>(total, std::numeric_limits<int>::max()));
    m_promise.fulfil(std::move(m_result));
}

void PlexListing::fail(const Error &error)
{
    m_promise.fulfil(error);
}

} // namespace marquee
