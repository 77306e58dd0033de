// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/page.h"

class QPushButton;
class QToolButton;
class QTreeView;

namespace marquee {

class DownloadService;
class DownloadsModel;
class PlainLabel;

/**
 * @brief The Downloads page in the sidebar: the queue as a tree (movies, and each series rolled up over its
 * episodes), with Pause, Resume, Move up, Move down and Cancel/Delete for the selection, Keep or Replace when the
 * server has a newer version, what the downloads take on disk and what is left, and for the selected download what
 * it waits for in words (the technical detail behind "Details"). A double click on a downloaded item plays it.
 */
class DownloadsPage : public Page
{
    Q_OBJECT

public:
    explicit DownloadsPage(DownloadService &service, QWidget *parent = nullptr);

    /// No refresh scope: the queue is local state.
    [[nodiscard]] QString scope() const override { return {}; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] DownloadsModel *model() const { return m_model; }
    /// Selects the row of @p jobId (tests, screenshots).
    void selectJob(qint64 jobId);

public Q_SLOTS:
    void reload() override;

private:
    [[nodiscard]] QList<qint64> selectedJobs() const;
    void updateActions();
    void updateSummary();
    void forEachSelected(void (DownloadService::*action)(qint64));
    void activate(const QModelIndex &index);

    DownloadService &m_service;
    DownloadsModel *m_model;
    PlainLabel *m_summary;
    PlainLabel *m_empty;
    QTreeView *m_view;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_keep;
    QPushButton *m_replace;
    PlainLabel *m_explanation;
    QToolButton *m_detailsToggle;
    PlainLabel *m_details;
};

} // namespace marquee
