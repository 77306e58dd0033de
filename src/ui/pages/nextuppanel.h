// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QFrame>
#include <optional>

class QProgressBar;

namespace marquee {

class PlainLabel;
class PlaybackActions;

/// @brief The episode of a series to watch next, set apart on the show page: its number and title, where the
/// user stopped, and Play / Resume, Start over and Mark played.
class NextUpPanel : public QFrame
{
    Q_OBJECT

public:
    explicit NextUpPanel(QWidget *parent = nullptr);

    /// Shows @p episode; hides the panel when there is none (every episode played, or none cached).
    void setEpisode(const std::optional<MediaItem> &episode);
    [[nodiscard]] QString episodeId() const;
    [[nodiscard]] PlaybackActions *actions() const { return m_actions; }

private:
    PlainLabel *m_title;
    PlainLabel *m_details;
    PlainLabel *m_overview;
    QProgressBar *m_progress;
    PlaybackActions *m_actions;
};

} // namespace marquee
