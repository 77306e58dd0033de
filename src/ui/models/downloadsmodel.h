// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/downloadjob.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace marquee {

class DownloadService;

/**
 * @brief The download queue as a tree for the Downloads page: a movie is a row; a series is a row that rolls up its
 * episodes (how many are downloaded, what they take on disk) with the episodes below it. Rows keep the queue's
 * order (a series sits where its first episode is). Columns: title, status in words, size.
 *
 * Follows the DownloadService: a job's progress repaints its row and its series row; added, removed or moved jobs
 * rebuild the tree, which holds ids only (a queue is short). Another saved server's downloads say which server they
 * are of (setServerNames); two servers' series of one id are two rows.
 */
class DownloadsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, SizeColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole + 1, ///< qint64; 0 on a series row
        SeriesIdRole,                 ///< a series row's series id
    };

    explicit DownloadsModel(DownloadService &service, QObject *parent = nullptr);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// The job of a row, or every job of a series row.
    [[nodiscard]] QList<qint64> jobIdsAt(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfJob(qint64 id) const;
    /// The names of the saved servers other than the one in use, by server id.
    void setServerNames(const QHash<QString, QString> &names);

private:
    struct Group
    {
        QString seriesId; ///< empty: a lone job (a movie, or an episode without a series)
        QString seriesName;
        QList<qint64> jobs;
        QString serverId;
    };

    void rebuild();
    void onJobChanged(qint64 id);
    [[nodiscard]] QVariant groupData(const Group &group, int column, int role) const;
    [[nodiscard]] QVariant jobData(const DownloadJob &job, int column, int role, bool inGroup) const;
    /// @p title, then the server it is on when that is not the one in use.
    [[nodiscard]] QString withServer(const QString &title, const QString &serverId) const;

    DownloadService &m_service;
    QList<Group> m_groups;
    QHash<QString, QString> m_serverNames;
};

} // namespace marquee
