// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"
#include "ui/pages/page.h"

#include <optional>

class QGridLayout;
class QProgressBar;

namespace marquee {

class BackdropWidget;
class ImageCache;
class ItemDetailsSource;
class PlainLabel;
class PosterWidget;

/// @brief One movie from the cache: title, facts, overview, cast and the user's played state.
class MovieDetailsPage : public Page
{
    Q_OBJECT

public:
    MovieDetailsPage(ItemDetailsSource &details, ImageCache &images, QWidget *parent = nullptr);

    /// Shows the item with this id (or a "not cached" note) and announces its scope.
    void showItem(const QString &itemId);
    [[nodiscard]] QString itemId() const { return m_itemId; }
    [[nodiscard]] QString scope() const override;

public Q_SLOTS:
    void reload() override;

private:
    void fill(const std::optional<MediaItem> &item);
    void fillCast(const QList<Person> &people);

    ItemDetailsSource &m_details;
    QString m_itemId;
    PosterWidget *m_poster;
    BackdropWidget *m_backdrop;
    PlainLabel *m_title;
    PlainLabel *m_meta;
    PlainLabel *m_genres;
    PlainLabel *m_studios;
    PlainLabel *m_tagline;
    PlainLabel *m_overview;
    PlainLabel *m_playState;
    QProgressBar *m_progress;
    PlainLabel *m_castHeading;
    QWidget *m_cast;
    QGridLayout *m_castLayout;
};

} // namespace marquee
