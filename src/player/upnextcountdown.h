// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace marquee {

/// The item an Up next card offers.
struct NextItem
{
    QString itemId;
    QString title;  ///< "S1 E2 · The Lighthouse": plain text
    QString seriesId;

    friend bool operator==(const NextItem &, const NextItem &) = default;
};

/**
 * @brief Near the end of an episode (at its credits, where the server knows them, else in its last seconds) offers
 * the next one and plays it when the countdown runs out or the episode ends; the viewer can cancel it or play it now.
 */
class UpNextCountdown : public QObject
{
    Q_OBJECT

public:
    /// Without credits the card shows this long before the end (or for the last tenth of a short item).
    static constexpr double OfferBeforeEndSeconds = 30.0;

    explicit UpNextCountdown(QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    void setCountdownSeconds(int seconds) { m_countdownSeconds = qMax(0, seconds); }
    /// A new playback: what comes next (none: no card), its length, and where its credits start.
    void reset(std::optional<NextItem> next);
    void setDuration(double seconds) { m_duration = seconds; }
    void setCreditsStart(std::optional<double> seconds) { m_creditsStart = seconds; }
    /// Asked when the card would show and at the end: false, and nothing is offered (the next item cannot play).
    void setPlayableCheck(std::function<bool()> playable) { m_playable = std::move(playable); }
    void setPosition(double seconds);
    /// The episode ran to its end: the next one plays now unless the viewer cancelled (then false).
    bool endReached();

    [[nodiscard]] bool isShown() const { return m_shown; }
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] std::optional<NextItem> next() const { return m_next; }

public Q_SLOTS:
    void cancel();
    void playNow();

Q_SIGNALS:
    void shown(const marquee::NextItem &next);
    void secondsLeftChanged(int seconds);
    void hidden();
    void playNextRequested(const marquee::NextItem &next);

private:
    [[nodiscard]] std::optional<double> offerAt() const;
    [[nodiscard]] bool offers() const;
    void show();
    void hide();
    void tick();

    QTimer m_timer;
    std::function<bool()> m_playable;
    std::optional<NextItem> m_next;
    std::optional<double> m_creditsStart;
    double m_duration = 0.0;
    int m_countdownSeconds = 10;
    int m_secondsLeft = 0;
    bool m_enabled = true;
    bool m_shown = false;
    bool m_cancelled = false;
};

} // namespace marquee
