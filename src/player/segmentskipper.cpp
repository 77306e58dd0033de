// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/segmentskipper.h"

#include "core/ticks.h"

namespace marquee {

namespace {

double seconds(qint64 ticks)
{
    return double(ticks) / double(TicksPerSecond);
}

bool skippable(MediaSegment::Type type)
{
    return type != MediaSegment::Type::Unknown;
}

bool skippedAutomatically(MediaSegment::Type type)
{
    return type == MediaSegment::Type::Intro || type == MediaSegment::Type::Recap;
}

} // namespace

void SegmentSkipper::setSegments(const QList<MediaSegment> &segments)
{
    m_segments = segments;
    m_autoSkipped.reset();
    if (std::exchange(m_offer, std::nullopt))
        Q_EMIT offerChanged();
}

void SegmentSkipper::setPosition(double position)
{
    std::optional<MediaSegment> inside;
    for (const MediaSegment &segment : std::as_const(m_segments)) {
        if (skippable(segment.type) && position >= seconds(segment.startTicks)
            && position < seconds(segment.endTicks) - MinimumLeftSeconds) {
            inside = segment;
            break;
        }
    }
    if (inside && m_autoSkip && skippedAutomatically(inside->type) && m_autoSkipped != inside) {
        m_autoSkipped = inside;
        Q_EMIT seekRequested(seconds(inside->endTicks));
        inside.reset();
    }
    if (inside != m_offer) {
        m_offer = inside;
        Q_EMIT offerChanged();
    }
}

QString SegmentSkipper::skipText(MediaSegment::Type type)
{
    switch (type) {
    case MediaSegment::Type::Intro: return tr("Skip intro");
    case MediaSegment::Type::Outro: return tr("Skip credits");
    case MediaSegment::Type::Recap: return tr("Skip recap");
    case MediaSegment::Type::Preview: return tr("Skip preview");
    case MediaSegment::Type::Commercial: return tr("Skip commercial");
    case MediaSegment::Type::Unknown: break;
    }
    return tr("Skip");
}

void SegmentSkipper::skip()
{
    if (!m_offer)
        return;
    const double end = seconds(m_offer->endTicks);
    m_offer.reset();
    Q_EMIT offerChanged();
    Q_EMIT seekRequested(end);
}

} // namespace marquee
