// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

class QListView;

class QPushButton;

namespace marquee {

class DownloadButton;
class DownloadService;
class HomeRepository;
class ImageCache;
class ItemListModel;
class ItemDetailsSource;
class ItemReader;
class NextUpPanel;
class PlainLabel;
class PlaybackActions;
class PosterWidget;

/// @brief One series from the cache: overview, the Next Up episode with Play / Resume, its seasons, and the
/// episodes of the selected season (Enter or a double click plays one; the context menu has the rest).
///
/// The page scrolls as one document: the lists are as tall as their rows, so a small window never gets a list
/// squeezed into a few lines.
class ShowDetailsPage : public Page
{
    Q_OBJECT

public:
    ShowDetailsPage(ItemReader &reader, HomeRepository &home, ItemDetailsSource &details, ImageCache &images,
                    QWidget *parent = nullptr);

    /// Shows the series from the top and selects @p seasonId (or the season of Next Up, or the first numbered
    /// season); announces "series:<id>".
    void showSeries(const QString &seriesId, const QString &seasonId = {});
    void selectSeason(const QString &seasonId);
    [[nodiscard]] QString seriesId() const { return m_seriesId; }
    [[nodiscard]] QString selectedSeasonId() const { return m_seasonId; }
    /// The episode the user selected in the list; empty when none.
    [[nodiscard]] QString selectedEpisodeId() const { return m_episodeId; }
    [[nodiscard]] QString scope() const override;
    [[nodiscard]] ItemListModel *seasonsModel() const { return m_seasons; }
    [[nodiscard]] ItemListModel *episodesModel() const { return m_episodes; }
    [[nodiscard]] QListView *episodeList() const { return m_episodeList; }
    [[nodiscard]] NextUpPanel *nextUp() const { return m_nextUp; }
    /// Offers Download for the series, the season and each episode (its context menu) through @p service.
    void setDownloads(DownloadService *service);
    [[nodiscard]] DownloadButton *seriesDownloadButton() const { return m_seriesDownload; }
    [[nodiscard]] QPushButton *seriesRuleButton() const { return m_seriesRule; }
    [[nodiscard]] DownloadButton *seasonDownloadButton() const { return m_seasonDownload; }

public Q_SLOTS:
    void reload() override;

private:
    /// By value: reload() passes m_seasonId, which fill() clears.
    void fill(QString seasonId);
    void setEpisodes(const QList<ItemSummary> &episodes);
    void playEpisode(const QModelIndex &index);
    void showEpisodeMenu(const QPoint &position);
    [[nodiscard]] QString defaultSeasonId(const std::optional<MediaItem> &nextEpisode) const;

    ItemReader &m_reader;
    HomeRepository &m_home;
    ItemDetailsSource &m_details;
    QString m_seriesId;
    QString m_seasonId;
    QString m_episodeId;
    bool m_restoringSelection = false; ///< a reload re-selects the episode without moving the page
    ItemListModel *m_seasons;
    ItemListModel *m_episodes;
    PosterWidget *m_poster;
    PlainLabel *m_title;
    PlainLabel *m_facts;
    PlainLabel *m_overview;
    PlaybackActions *m_seriesActions;
    DownloadButton *m_seriesDownload;
    QPushButton *m_seriesRule; ///< "Keep episodes downloaded…": the series' download rule
    DownloadButton *m_seasonDownload;
    NextUpPanel *m_nextUp;
    PlainLabel *m_seasonsHeading;
    PlainLabel *m_episodesHeading;
    PlainLabel *m_noEpisodes;
    QListView *m_seasonList;
    QListView *m_episodeList;
};

} // namespace marquee
