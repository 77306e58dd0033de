// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "ui/pages/page.h"

#include <optional>

class QGridLayout;
class QProgressBar;

namespace marquee {

class BackdropWidget;
class DownloadButton;
class DownloadService;
class ImageCache;
class ItemDetailsSource;
class PlainLabel;
class PlaybackActions;
class PosterWidget;

/// @brief One movie from the cache: backdrop, poster, title, facts, overview, cast, the user's played state, and
/// the Play / Resume, Start over, Mark played and Favourite buttons (which raise Page's request signals).
class MovieDetailsPage : public Page
{
    Q_OBJECT

public:
    MovieDetailsPage(ItemDetailsSource &details, ImageCache &images, QWidget *parent = nullptr);

    /// Shows the item with this id (or a "not cached" note) and announces its scope.
    void showItem(const QString &itemId);
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] QString scope() const override;
    [[nodiscard]] PlaybackActions *actions() const { return m_actions; }
    /// Offers Download, and shows how the download stands, through @p service (null: not offered).
    void setDownloads(DownloadService *service);
    [[nodiscard]] DownloadButton *downloadButton() const { return m_download; }

public Q_SLOTS:
    void reload() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill(const std::optional<MediaItem> &item);
    void fillCast(const QList<Person> &people);

    static constexpr int BackdropHeight = 170;

    ItemDetailsSource &m_details;
    QString m_itemId;
    QList<Person> m_castShown;
    bool m_wide = true; ///< the two-column layout of a wide page; see WideLayoutWidth
    BackdropWidget *m_backdrop;
    PosterWidget *m_poster;
    PlainLabel *m_title;
    PlainLabel *m_meta;
    PlainLabel *m_genres;
    PlainLabel *m_studios;
    PlainLabel *m_tagline;
    PlainLabel *m_overview;
    PlaybackActions *m_actions;
    DownloadButton *m_download;
    PlainLabel *m_playState;
    QProgressBar *m_progress;
    PlainLabel *m_castHeading;
    PlainLabel *m_detailsMissing; ///< why there is no cast yet, and what to do about it
    QWidget *m_cast;
    QGridLayout *m_castLayout;
};

} // namespace marquee
