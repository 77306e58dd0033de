// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/downloadjob.h"

#include <QPointer>
#include <QStringList>
#include <QToolButton>

class QMenu;

namespace marquee {

class DownloadService;

/**
 * @brief "Download" on a details page, and afterwards what became of it, in words: Queued, 42 %, Downloaded,
 * Paused, Waiting: offline, Failed: not allowed. Its menu pauses, resumes, cancels or deletes, and for a newer
 * version on the server keeps or replaces. For a season or a series it downloads every episode and counts them.
 *
 * It asks the DownloadService directly and follows its signals; without a service, or for an item the server does
 * not let the user download (and that has no download), it is hidden.
 */
class DownloadButton : public QToolButton
{
    Q_OBJECT

public:
    explicit DownloadButton(QWidget *parent = nullptr);

    void setService(DownloadService *service);
    /// A movie or an episode.
    void setItem(const QString &itemId, bool canDownload);
    /// A season (its @p episodeIds) or a series (every episode with @p seriesId); @p noun: "season", "series".
    void setGroup(const QString &groupId, const QString &seriesId, const QStringList &episodeIds, const QString &noun);
    void clear();

    /// The jobs this button stands for, in queue order.
    [[nodiscard]] QList<DownloadJob> jobs() const;

private:
    void refresh();
    void onClicked();
    void fillMenu();
    [[nodiscard]] QString groupLabel(const QList<DownloadJob> &jobs) const;

    QMenu *m_menu;
    QPointer<DownloadService> m_service;
    QString m_itemId;   ///< a movie or an episode; or the season or series to download
    QString m_seriesId; ///< a group's series
    QStringList m_episodeIds; ///< a season's episodes
    QString m_noun;     ///< empty for a single item
    bool m_canDownload = false;
};

} // namespace marquee
