// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/downloadspage.h"

#include "services/downloadservice.h"
#include "ui/downloadstatustext.h"
#include "ui/models/downloadsmodel.h"
#include "ui/widgets/plainlabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace marquee {

namespace {
QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}
} // namespace

DownloadsPage::DownloadsPage(DownloadService &service, QWidget *parent)
    : Page(parent)
    , m_service(service)
    , m_model(new DownloadsModel(service, this))
    , m_summary(new PlainLabel(this))
    , m_empty(new PlainLabel(this))
    , m_view(new QTreeView(this))
    , m_pause(makeButton(tr("Pause"), QStringLiteral("pauseDownload"), this))
    , m_resume(makeButton(tr("Resume"), QStringLiteral("resumeDownload"), this))
    , m_up(makeButton(tr("Move up"), QStringLiteral("moveDownloadUp"), this))
    , m_down(makeButton(tr("Move down"), QStringLiteral("moveDownloadDown"), this))
    , m_remove(makeButton(tr("Cancel"), QStringLiteral("removeDownload"), this))
    , m_keep(makeButton(tr("Keep this version"), QStringLiteral("keepDownload"), this))
    , m_replace(makeButton(tr("Replace with the newer one"), QStringLiteral("replaceDownload"), this))
    , m_explanation(new PlainLabel(this))
    , m_detailsToggle(new QToolButton(this))
    , m_details(new PlainLabel(this))
{
    setObjectName(QStringLiteral("downloadsPage"));
    auto *title = new PlainLabel(tr("Downloads"), this);
    title->setScaledFont(1.6, true);
    m_summary->setObjectName(QStringLiteral("downloadsSummary"));
    m_empty->setObjectName(QStringLiteral("downloadsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing is downloaded yet. Use Download on a movie, an episode, a season or a "
                        "series to keep it on this computer and play it without a connection."));

    m_view->setObjectName(QStringLiteral("downloadsView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(DownloadsModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DownloadsModel::StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DownloadsModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    m_explanation->setObjectName(QStringLiteral("downloadExplanation"));
    m_explanation->setWordWrap(true);
    m_detailsToggle->setObjectName(QStringLiteral("downloadDetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_details->setObjectName(QStringLiteral("downloadDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_pause, m_resume, m_up, m_down, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_replace);
    auto *why = new QHBoxLayout;
    why->addWidget(m_explanation, 1);
    why->addWidget(m_detailsToggle, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(why);
    layout->addWidget(m_details);

    connect(m_pause, &QPushButton::clicked, this, [this] { forEachSelected(&DownloadService::pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] { forEachSelected(&DownloadService::resume); });
    connect(m_remove, &QPushButton::clicked, this, [this] { forEachSelected(&DownloadService::remove); });
    connect(m_keep, &QPushButton::clicked, this, [this] { forEachSelected(&DownloadService::keepLocalCopy); });
    connect(m_replace, &QPushButton::clicked, this,
            [this] { forEachSelected(&DownloadService::replaceWithServerVersion); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedJobs();
        for (const qint64 id : ids)
            m_service.move(id, -1);
        if (!ids.isEmpty())
            selectJob(ids.first());
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        QList<qint64> ids = selectedJobs();
        std::reverse(ids.begin(), ids.end());
        for (const qint64 id : ids)
            m_service.move(id, 1);
        if (!ids.isEmpty())
            selectJob(ids.last());
    });
    connect(m_detailsToggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_view, &QTreeView::activated, this, &DownloadsPage::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DownloadsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateSummary();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateActions();
    });
    m_view->expandAll();
    updateSummary();
    updateActions();
}

void DownloadsPage::reload()
{
    updateSummary();
    updateActions();
}

void DownloadsPage::selectJob(qint64 jobId)
{
    const QModelIndex index = m_model->indexOfJob(jobId);
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
}

QList<qint64> DownloadsPage::selectedJobs() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        for (const qint64 id : m_model->jobIdsAt(row)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

void DownloadsPage::forEachSelected(void (DownloadService::*action)(qint64))
{
    for (const qint64 id : selectedJobs())
        (m_service.*action)(id);
    updateActions();
}

void DownloadsPage::activate(const QModelIndex &index)
{
    const QList<qint64> ids = m_model->jobIdsAt(index);
    if (ids.size() != 1)
        return;
    const std::optional<DownloadJob> job = m_service.job(ids.first());
    if (!job || job->state != DownloadState::Ready)
        return;
    // Another server's item may share its id with one of the server in use: it opens on its own server.
    if (job->serverId != m_service.serverId())
        Q_EMIT otherServerItemActivated(job->serverId, job->itemId, job->itemType);
    else
        Q_EMIT playRequested(job->itemId, 0);
}

void DownloadsPage::updateSummary()
{
    const QLocale locale;
    const qsizetype count = m_service.jobs().size();
    QString text = tr("%Ln download(s)", nullptr, int(count));
    text += QStringLiteral(" · ") + tr("%1 on disk").arg(locale.formattedDataSize(m_service.bytesOnDisk(), 1));
    const qint64 free = m_service.freeBytes();
    text += QStringLiteral(" · ")
            + (free >= 0 ? tr("%1 free in %2").arg(locale.formattedDataSize(free, 1), m_service.settings().folder)
                         : tr("the download folder %1 is not available").arg(m_service.settings().folder));
    m_summary->setText(text);
    m_empty->setVisible(count == 0);
    m_view->setVisible(count > 0);
}

void DownloadsPage::updateActions()
{
    const QList<qint64> ids = selectedJobs();
    bool canPause = false;
    bool canResume = false;
    bool allReady = !ids.isEmpty();
    bool changedOnServer = false;
    for (const qint64 id : ids) {
        const std::optional<DownloadJob> job = m_service.job(id);
        if (!job)
            continue;
        canPause = canPause || (job->state != DownloadState::Ready && job->state != DownloadState::Paused
                                && job->state != DownloadState::Failed);
        canResume = canResume || job->state == DownloadState::Paused || job->state == DownloadState::Failed
                    || job->state == DownloadState::Waiting;
        allReady = allReady && job->state == DownloadState::Ready;
        changedOnServer = changedOnServer || job->serverCopy != ServerCopy::Current;
    }
    m_pause->setEnabled(canPause);
    m_resume->setEnabled(canResume);
    m_up->setEnabled(!ids.isEmpty());
    m_down->setEnabled(!ids.isEmpty());
    m_remove->setEnabled(!ids.isEmpty());
    m_remove->setText(allReady ? tr("Delete") : tr("Cancel"));
    m_keep->setVisible(changedOnServer);
    m_replace->setVisible(changedOnServer && ids.size() == 1
                          && m_service.job(ids.first())->serverCopy == ServerCopy::Newer);

    QString explanation;
    QString details;
    if (ids.size() == 1) {
        if (const std::optional<DownloadJob> job = m_service.job(ids.first())) {
            explanation = DownloadStatusText::explanation(*job);
            details = job->lastError;
        }
    }
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    m_details->setText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_details->setVisible(!details.isEmpty() && m_detailsToggle->isChecked());
}

} // namespace marquee
