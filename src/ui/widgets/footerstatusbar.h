// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/footerstatus.h"

#include <QTimer>
#include <QWidget>

class QToolButton;

namespace marquee {

class Clock;
class PlainLabel;
class Spinner;

/// @brief The footer: how many items the cache holds, when it was refreshed, and a button to refresh now.
///
/// It only shows a FooterStatus and emits refreshRequested(); deriving the status (FooterStatusPresenter) and
/// running the refresh are someone else's job. Relative times are re-rendered every 30 s from the Clock.
class FooterStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit FooterStatusBar(const Clock &clock, QWidget *parent = nullptr);

    void setStatus(const FooterStatus &status);
    [[nodiscard]] const FooterStatus &status() const { return m_status; }
    /// The status text as shown, e.g. "Library: 18,432 items · Synced 2 hours ago".
    [[nodiscard]] QString text() const;
    /// The button's text ("Refresh", "Sync now", "Retry"), empty while it is hidden.
    [[nodiscard]] QString actionText() const;
    [[nodiscard]] bool isSpinning() const;
    /// Renders the status again, e.g. after the clock moved.
    void refreshText();
    /// The right-hand note about changes waiting for the server (FooterStatusPresenter::uploadText); hidden when
    /// @p text is empty. @p details becomes its tooltip.
    void setUploadText(const QString &text, const QString &details = {});
    [[nodiscard]] QString uploadText() const;
    /// The note about the other saved servers (FooterStatusPresenter::otherServersText); hidden when empty.
    void setOtherServersText(const QString &text);
    [[nodiscard]] QString otherServersText() const;

Q_SIGNALS:
    void refreshRequested();

private:
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString countText() const;

    const Clock &m_clock;
    FooterStatus m_status;
    Spinner *m_spinner;
    PlainLabel *m_label;
    QToolButton *m_button;
    PlainLabel *m_otherServers;
    PlainLabel *m_upload;
    QTimer m_tick;
};

} // namespace marquee
