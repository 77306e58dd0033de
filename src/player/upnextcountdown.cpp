// SPDX-License-Identifier: GPL-3.0-or-later
#include "player/upnextcountdown.h"

namespace marquee {

UpNextCountdown::UpNextCountdown(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &UpNextCountdown::tick);
}

void UpNextCountdown::reset(std::optional<NextItem> next)
{
    hide();
    m_next = std::move(next);
    m_creditsStart.reset();
    m_duration = 0.0;
    m_cancelled = false;
}

std::optional<double> UpNextCountdown::offerAt() const
{
    if (m_creditsStart)
        return m_creditsStart;
    if (m_duration <= 0.0)
        return std::nullopt;
    return m_duration - qMin(OfferBeforeEndSeconds, m_duration / 10.0);
}

bool UpNextCountdown::offers() const
{
    return m_enabled && m_next && !m_cancelled && (!m_playable || m_playable());
}

void UpNextCountdown::setPosition(double seconds)
{
    if (!m_shown && !offers())
        return; // a card already shown stays until the viewer goes back before it
    const std::optional<double> at = offerAt();
    if (!at)
        return;
    if (seconds >= *at && !m_shown)
        show();
    else if (seconds < *at && m_shown)
        hide(); // the viewer went back: the episode is not over
}

bool UpNextCountdown::endReached()
{
    if (!offers())
        return false;
    playNow();
    return true;
}

void UpNextCountdown::show()
{
    m_shown = true;
    m_secondsLeft = m_countdownSeconds;
    Q_EMIT shown(*m_next);
    Q_EMIT secondsLeftChanged(m_secondsLeft);
    if (m_secondsLeft == 0)
        playNow();
    else
        m_timer.start();
}

void UpNextCountdown::hide()
{
    m_timer.stop();
    if (std::exchange(m_shown, false))
        Q_EMIT hidden();
}

void UpNextCountdown::tick()
{
    if (--m_secondsLeft > 0) {
        Q_EMIT secondsLeftChanged(m_secondsLeft);
        return;
    }
    playNow();
}

void UpNextCountdown::cancel()
{
    m_cancelled = true;
    hide();
}

void UpNextCountdown::playNow()
{
    if (!m_next)
        return;
    const NextItem next = *m_next;
    hide();
    m_next.reset(); // once
    Q_EMIT playNextRequested(next);
}

} // namespace marquee
