// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mediaitem.h"

#include <QMenu>

namespace marquee {

/**
 * @brief The right-click menu of an item wherever it is listed (a poster in a grid or a row, an episode on a show
 * page): Play or "Resume from 42:10" and Start over, Mark played or not, Add to or remove from favourites.
 *
 * Like the pages' buttons it only asks, through its request signals, and shows the cached state. For a series it
 * offers "Play next episode": a play request for the series, which the main window turns into its Next Up.
 *
 * With a download queue it adds a section of its own, as the details pages' Download button has it: Download where
 * the server allows it (a season or a series: each episode is checked when it is queued), or the download's state
 * with Pause or Resume and Cancel or Delete.
 */
class DownloadService;

class ItemContextMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ItemContextMenu(const ItemSummary &item, QWidget *parent = nullptr, DownloadService *downloads = nullptr);
    /// The menu of several selected items: mark them all played or not, and download those the server allows.
    ItemContextMenu(const QList<ItemSummary> &items, QWidget *parent, DownloadService *downloads);

    /// The actions' texts, separators left out, for tests and accessibility checks.
    [[nodiscard]] QStringList actionTexts() const;
    /// The action whose text is @p text; nullptr when there is none.
    [[nodiscard]] QAction *actionNamed(const QString &text) const;

Q_SIGNALS:
    void playRequested(const QString &itemId, qint64 startPositionTicks);
    void playedChangeRequested(const QString &itemId, bool played);
    void favoriteChangeRequested(const QString &itemId, bool favorite);

private:
    void addPlayActions(const ItemSummary &item);
    /// Downloading for offline use, in its own section below the user's marks.
    void addOfflineActions(const ItemSummary &item, DownloadService *downloads);
    /// Queues @p ids; what the queue refuses is said over the menu's page.
    void addDownloadAction(const QString &text, DownloadService *downloads, const QStringList &ids);
};

} // namespace marquee
