// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

class QListView;

namespace marquee {

class ImageCache;
class ItemListModel;
class ItemDetailsSource;
class ItemReader;
class PlainLabel;
class PosterWidget;

/// @brief One series from the cache: overview, its seasons, and the episodes of the selected season.
class ShowDetailsPage : public Page
{
    Q_OBJECT

public:
    ShowDetailsPage(ItemReader &reader, ItemDetailsSource &details, ImageCache &images, QWidget *parent = nullptr);

    /// Shows the series and selects @p seasonId (or the first numbered season); announces "series:<id>".
    void showSeries(const QString &seriesId, const QString &seasonId = {});
    void selectSeason(const QString &seasonId);
    [[nodiscard]] QString seriesId() const { return m_seriesId; }
    [[nodiscard]] QString selectedSeasonId() const { return m_seasonId; }
    [[nodiscard]] QString scope() const override;
    [[nodiscard]] ItemListModel *seasonsModel() const { return m_seasons; }
    [[nodiscard]] ItemListModel *episodesModel() const { return m_episodes; }

public Q_SLOTS:
    void reload() override;

private:
    void fill(const QString &seasonId);
    [[nodiscard]] QString defaultSeasonId() const;

    ItemReader &m_reader;
    ItemDetailsSource &m_details;
    QString m_seriesId;
    QString m_seasonId;
    ItemListModel *m_seasons;
    ItemListModel *m_episodes;
    PosterWidget *m_poster;
    PlainLabel *m_title;
    PlainLabel *m_facts;
    PlainLabel *m_overview;
    PlainLabel *m_episodesHeading;
    QListView *m_seasonList;
    QListView *m_episodeList;
};

} // namespace marquee
