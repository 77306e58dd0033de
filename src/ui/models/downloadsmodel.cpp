// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/downloadsmodel.h"

#include "services/downloadservice.h"
#include "ui/downloadstatustext.h"

#include <QLocale>
#include <QTextDocument>

namespace marquee {

namespace {
/// internalId of a row: the group's index + 1 for a child, 0 for a top-level row.
constexpr quintptr TopLevel = 0;

QString sizeText(qint64 bytes)
{
    return bytes > 0 ? QLocale().formattedDataSize(bytes, 1) : QString();
}
} // namespace

DownloadsModel::DownloadsModel(DownloadService &service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
{
    connect(&service, &DownloadService::jobsChanged, this, &DownloadsModel::rebuild);
    connect(&service, &DownloadService::jobChanged, this, &DownloadsModel::onJobChanged);
    rebuild();
}

void DownloadsModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    QHash<std::pair<QString, QString>, int> groupOfSeries; // by server and series: two servers may share an id
    for (const DownloadJob &job : m_service.jobs()) {
        if (job.seriesId.isEmpty()) {
            m_groups.append(Group{{}, {}, {job.id}, job.serverId});
            continue;
        }
        auto at = groupOfSeries.find({job.serverId, job.seriesId});
        if (at == groupOfSeries.end()) {
            at = groupOfSeries.insert({job.serverId, job.seriesId}, int(m_groups.size()));
            m_groups.append(Group{job.seriesId, job.seriesName, {}, job.serverId});
        }
        m_groups[*at].jobs.append(job.id);
    }
    endResetModel();
}

void DownloadsModel::setServerNames(const QHash<QString, QString> &names)
{
    if (names == m_serverNames)
        return;
    m_serverNames = names;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
}

QString DownloadsModel::withServer(const QString &title, const QString &serverId) const
{
    const QString server = serverId == m_service.serverId() ? QString() : m_serverNames.value(serverId);
    return server.isEmpty() ? title : tr("%1 · %2", "a download, then the server it is of").arg(title, server);
}

void DownloadsModel::onJobChanged(qint64 id)
{
    const QModelIndex row = indexOfJob(id);
    if (!row.isValid())
        return;
    Q_EMIT dataChanged(row.siblingAtColumn(0), row.siblingAtColumn(ColumnCount - 1));
    if (const QModelIndex group = row.parent(); group.isValid())
        Q_EMIT dataChanged(group.siblingAtColumn(0), group.siblingAtColumn(ColumnCount - 1));
}

QModelIndex DownloadsModel::indexOfJob(qint64 id) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        const qsizetype at = group.jobs.indexOf(id);
        if (at < 0)
            continue;
        if (group.seriesId.isEmpty())
            return createIndex(g, 0, TopLevel);
        return createIndex(int(at), 0, quintptr(g + 1));
    }
    return {};
}

QModelIndex DownloadsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, TopLevel) : QModelIndex();
    if (parent.internalId() != TopLevel || parent.row() >= m_groups.size())
        return {};
    const Group &group = m_groups.at(parent.row());
    if (group.seriesId.isEmpty() || row >= group.jobs.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DownloadsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int DownloadsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    const Group &group = m_groups.at(parent.row());
    return group.seriesId.isEmpty() ? 0 : int(group.jobs.size());
}

int DownloadsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QList<qint64> DownloadsModel::jobIdsAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TopLevel)
        return m_groups.value(index.row()).jobs;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return {group.jobs.value(index.row())};
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == TopLevel) {
        const Group &group = m_groups.at(index.row());
        if (group.seriesId.isEmpty()) {
            const std::optional<DownloadJob> job = m_service.job(group.jobs.value(0));
            return job ? jobData(*job, index.column(), role, false) : QVariant();
        }
        return groupData(group, index.column(), role);
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const std::optional<DownloadJob> job = m_service.job(group.jobs.value(index.row()));
    return job ? jobData(*job, index.column(), role, true) : QVariant();
}

QVariant DownloadsModel::jobData(const DownloadJob &job, int column, int role, bool inGroup) const
{
    if (role == JobIdRole)
        return job.id;
    if (role == Qt::ToolTipRole) {
        // Plain text: Qt would render a title with markup as rich text in a tooltip.
        return Qt::convertFromPlainText(DownloadStatusText::explanation(job).isEmpty()
                                            ? job.title
                                            : DownloadStatusText::explanation(job),
                                        Qt::WhiteSpaceNormal);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TitleColumn:
        if (inGroup)
            return job.title;
        return withServer(job.seriesName.isEmpty() ? job.title : job.seriesName + QStringLiteral(" · ") + job.title,
                          job.serverId);
    case StatusColumn: {
        QString status = DownloadStatusText::label(job);
        if (job.serverCopy == ServerCopy::Newer)
            status += QStringLiteral(" · ") + tr("newer version on the server");
        else if (job.serverCopy == ServerCopy::Gone)
            status += QStringLiteral(" · ") + tr("removed from the server");
        // The queue runs for the server in use: another server's downloads go on once it is switched to.
        if (job.state != DownloadState::Ready && job.serverId != m_service.serverId()
            && m_serverNames.contains(job.serverId))
            status += QStringLiteral(" · ") + tr("goes on while %1 is in use").arg(m_serverNames.value(job.serverId));
        return status;
    }
    case SizeColumn:
        if (job.state == DownloadState::Ready || job.bytesDone == 0)
            return sizeText(job.sizeBytes);
        return tr("%1 of %2").arg(sizeText(job.bytesDone), sizeText(job.sizeBytes));
    default: return {};
    }
}

QVariant DownloadsModel::groupData(const Group &group, int column, int role) const
{
    if (role == SeriesIdRole)
        return group.seriesId;
    if (role == JobIdRole)
        return qint64(0);
    if (role != Qt::DisplayRole)
        return {};
    int ready = 0;
    qint64 onDisk = 0;
    for (const qint64 id : group.jobs) {
        if (const std::optional<DownloadJob> job = m_service.job(id)) {
            ready += job->state == DownloadState::Ready ? 1 : 0;
            onDisk += job->state == DownloadState::Ready ? job->sizeBytes : job->bytesDone;
        }
    }
    switch (column) {
    case TitleColumn:
        return withServer(group.seriesName.isEmpty() ? tr("Unknown series") : group.seriesName, group.serverId);
    case StatusColumn:
        return tr("%1 of %Ln episode(s) downloaded", nullptr, int(group.jobs.size())).arg(QLocale().toString(ready));
    case SizeColumn: return sizeText(onDisk);
    default: return {};
    }
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case SizeColumn: return tr("Size");
    default: return {};
    }
}

} // namespace marquee
