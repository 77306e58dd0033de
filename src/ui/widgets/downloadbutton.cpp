// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/downloadbutton.h"

#include "services/downloadservice.h"
#include "ui/dialogs/messagebox.h"
#include "ui/downloadstatustext.h"

#include <QLocale>
#include <QMenu>
#include <QStyle>

namespace marquee {

DownloadButton::DownloadButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("downloadButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    setPopupMode(QToolButton::InstantPopup);
    connect(m_menu, &QMenu::aboutToShow, this, &DownloadButton::fillMenu);
    connect(this, &QToolButton::clicked, this, &DownloadButton::onClicked);
    hide();
}

void DownloadButton::setService(DownloadService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &DownloadService::jobChanged, this, &DownloadButton::refresh);
        connect(service, &DownloadService::jobsChanged, this, &DownloadButton::refresh);
    }
    refresh();
}

void DownloadButton::setItem(const QString &itemId, bool canDownload)
{
    m_itemId = itemId;
    m_seriesId.clear();
    m_episodeIds.clear();
    m_noun.clear();
    m_canDownload = canDownload;
    refresh();
}

void DownloadButton::setGroup(const QString &groupId, const QString &seriesId, const QStringList &episodeIds,
                              const QString &noun)
{
    m_itemId = groupId;
    m_seriesId = seriesId;
    m_episodeIds = episodeIds;
    m_noun = noun;
    m_canDownload = true; // each episode is checked when it is queued
    refresh();
}

void DownloadButton::clear()
{
    m_itemId.clear();
    refresh();
}

QList<DownloadJob> DownloadButton::jobs() const
{
    QList<DownloadJob> found;
    if (!m_service || m_itemId.isEmpty())
        return found;
    for (const DownloadJob &job : m_service->jobs()) {
        if (job.serverId != m_service->serverId())
            continue;
        const bool mine = m_noun.isEmpty() ? job.itemId == m_itemId
                          : m_episodeIds.isEmpty() ? job.seriesId == m_seriesId
                                                   : m_episodeIds.contains(job.itemId);
        if (mine)
            found.append(job);
    }
    return found;
}

QString DownloadButton::groupLabel(const QList<DownloadJob> &jobs) const
{
    int ready = 0;
    int active = 0;
    const DownloadJob *stuck = nullptr;
    for (const DownloadJob &job : jobs) {
        ready += job.state == DownloadState::Ready ? 1 : 0;
        active += job.state == DownloadState::Transferring || job.state == DownloadState::Verifying ? 1 : 0;
        if (!stuck && (job.state == DownloadState::Waiting || job.state == DownloadState::Failed))
            stuck = &job;
    }
    const int total = int(jobs.size());
    if (ready == total)
        return tr("Downloaded (%1)").arg(QLocale().toString(total));
    if (active > 0 || !stuck)
        return tr("Downloading: %1 of %2").arg(QLocale().toString(ready), QLocale().toString(total));
    return tr("%1 (%2 of %3)")
            .arg(DownloadStatusText::label(*stuck), QLocale().toString(ready), QLocale().toString(total));
}

void DownloadButton::refresh()
{
    const QList<DownloadJob> mine = jobs();
    const bool single = m_noun.isEmpty();
    setVisible(m_service && !m_itemId.isEmpty() && (m_canDownload || !mine.isEmpty()));
    if (mine.isEmpty()) {
        setText(single ? tr("Download")
                       : (m_noun == QLatin1String("season") ? tr("Download season") : tr("Download series")));
        setToolTip(tr("Keep a copy on this computer to play without a connection"));
        setMenu(nullptr); // a click downloads
        return;
    }
    setMenu(m_menu); // a click opens what can be done with it
    if (single) {
        const DownloadJob &job = mine.first();
        setText(DownloadStatusText::label(job)
                + (job.serverCopy != ServerCopy::Current ? QStringLiteral(" · ") + tr("check") : QString()));
        setToolTip(DownloadStatusText::explanation(job));
    } else {
        setText(groupLabel(mine));
        setToolTip({});
    }
}

void DownloadButton::onClicked()
{
    if (!m_service || m_itemId.isEmpty() || !jobs().isEmpty())
        return; // with jobs, the menu opens instead
    m_service->download({m_itemId}).then(this, [this](const Result<QList<DownloadJob>> &queued) {
        if (queued)
            return;
        MessageBox::show(this, QMessageBox::Warning, tr("Nothing could be downloaded."),
                         DownloadStatusText::whyNothingQueued(queued.error()));
    });
}

void DownloadButton::fillMenu()
{
    QMenu *list = m_menu;
    list->clear();
    const QList<DownloadJob> mine = jobs();
    if (!m_service || mine.isEmpty())
        return;
    DownloadService *service = m_service;
    QList<qint64> ids;
    bool anyRunning = false;
    bool anyStopped = false;
    bool allReady = true;
    for (const DownloadJob &job : mine) {
        ids.append(job.id);
        anyRunning = anyRunning || (job.state != DownloadState::Ready && job.state != DownloadState::Paused
                                    && job.state != DownloadState::Failed);
        anyStopped = anyStopped || job.state == DownloadState::Paused || job.state == DownloadState::Failed
                     || job.state == DownloadState::Waiting;
        allReady = allReady && job.state == DownloadState::Ready;
    }
    if (!m_noun.isEmpty())
        list->addAction(m_noun == QLatin1String("season") ? tr("Download the rest of the season")
                                                          : tr("Download the rest of the series"),
                        this, [service, id = m_itemId] { service->download({id}); });
    if (mine.size() == 1 && !DownloadStatusText::explanation(mine.first()).isEmpty()) {
        QAction *why = list->addAction(DownloadStatusText::explanation(mine.first()));
        why->setEnabled(false);
        list->addSeparator();
    }
    if (anyRunning)
        list->addAction(tr("Pause"), this, [service, ids] {
            for (const qint64 id : ids)
                service->pause(id);
        });
    if (anyStopped)
        list->addAction(tr("Resume"), this, [service, ids] {
            for (const qint64 id : ids)
                service->resume(id);
        });
    if (mine.size() == 1 && mine.first().serverCopy == ServerCopy::Newer) {
        list->addAction(tr("Replace with the newer version"), this,
                        [service, id = ids.first()] { service->replaceWithServerVersion(id); });
        list->addAction(tr("Keep this version"), this, [service, id = ids.first()] { service->keepLocalCopy(id); });
    } else if (mine.size() == 1 && mine.first().serverCopy == ServerCopy::Gone) {
        list->addAction(tr("Keep the file"), this, [service, id = ids.first()] { service->keepLocalCopy(id); });
    }
    list->addAction(allReady ? tr("Delete the download") : tr("Cancel the download"), this, [service, ids] {
        for (const qint64 id : ids)
            service->remove(id);
    });
}

} // namespace marquee
