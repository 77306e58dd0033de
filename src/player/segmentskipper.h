// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/playbackinfo.h"

#include <QObject>

#include <optional>

namespace marquee {

/**
 * @brief Offers to skip an intro, a recap, a preview or the credits while playback is inside one (the server's media
 * segments), or skips intros and recaps at once when the viewer asked for that.
 */
class SegmentSkipper : public QObject
{
    Q_OBJECT

public:
    /// Nothing is offered in a segment's last moments: the skip would land where playback is about to be anyway.
    static constexpr double MinimumLeftSeconds = 1.0;

    using QObject::QObject;

    void setSegments(const QList<MediaSegment> &segments);
    void setAutoSkip(bool autoSkip) { m_autoSkip = autoSkip; }
    /// Where playback is now; offers, withdraws or skips.
    void setPosition(double seconds);
    /// The segment on offer, if any.
    [[nodiscard]] std::optional<MediaSegment> offer() const { return m_offer; }
    /// "Skip intro", "Skip credits" …
    [[nodiscard]] static QString skipText(MediaSegment::Type type);
    /// Skips the segment on offer (seekRequested to its end).
    void skip();

Q_SIGNALS:
    void offerChanged();
    /// Playback should go to @p seconds (the end of a skipped segment).
    void seekRequested(double seconds);

private:
    QList<MediaSegment> m_segments;
    std::optional<MediaSegment> m_offer;
    std::optional<MediaSegment> m_autoSkipped; ///< skipped once already: a seek back into it is the viewer's wish
    bool m_autoSkip = false;
};

} // namespace marquee
