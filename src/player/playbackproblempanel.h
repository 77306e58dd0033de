// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "player/playbackproblem.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace marquee {

/**
 * @brief Over the picture when a playback cannot go on: what happened and what to do, in words; what a log would
 * say only behind *Details*; *Back*, and where it can help *Try again* or *Play in original quality*.
 */
class PlaybackProblemPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlaybackProblemPanel(QWidget *parent = nullptr);

    void setProblem(const PlaybackProblem &problem);
    [[nodiscard]] const PlaybackProblem &problem() const { return m_problem; }
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    void backClicked();
    void retryClicked();
    void originalQualityClicked();
    /// The details opened or closed: the panel wants another height.
    void detailsToggled();

private:
    PlaybackProblem m_problem;
    QLabel *m_message;
    QToolButton *m_detailsToggle;
    QLabel *m_details;
    QPushButton *m_back;
    QPushButton *m_retry;
    QPushButton *m_original;
};

} // namespace marquee
