// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/syncactivitydialog.h"

#include "services/messagebroker.h"
#include "ui/dialogs/syncactivitymodel.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/secondarytext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QToolButton>
#include <QTableView>
#include <QVBoxLayout>

namespace marquee {

SyncActivityDialog::SyncActivityDialog(SyncStateRepository &runs, const Clock &clock, MessageBroker *broker,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(new SyncActivityModel(runs, clock, this))
    , m_view(new QTableView(this))
    , m_empty(new PlainLabel(QStringLiteral("Nothing has been synced yet."), this))
{
    setObjectName(QStringLiteral("syncActivityDialog"));
    setWindowTitle(QStringLiteral("Sync activity"));
    setModal(false);

    m_view->setObjectName(QStringLiteral("syncRuns"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SyncActivityModel::ErrorText, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(24);
    m_empty->setAlignment(Qt::AlignCenter);
    SecondaryText::apply(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncActivityDialog::reject);
    m_close = buttons->button(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    resize(900, 320);

    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncActivityDialog::placeCancelButtons);
    if (broker) {
        connect(broker, &MessageBroker::refreshStarted, this, &SyncActivityDialog::reload);
        connect(broker, &MessageBroker::refreshFinished, this, &SyncActivityDialog::reload);
        connect(broker, &MessageBroker::refreshProgress, this, &SyncActivityDialog::onProgress);
    }
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, m_model, &SyncActivityModel::tick);
    reload();
}

SyncActivityDialog::~SyncActivityDialog() = default;

void SyncActivityDialog::setNameSources(LibraryRepository *libraries, ItemReader *items)
{
    m_model->setNameSources(libraries, items);
    reload();
}

void SyncActivityDialog::setCancelFunction(CancelFunction cancel)
{
    m_cancel = std::move(cancel);
    placeCancelButtons();
}

void SyncActivityDialog::setActivePredicate(std::function<bool(const QString &)> isActive)
{
    m_model->setActivePredicate(std::move(isActive));
    reload();
}

void SyncActivityDialog::reload()
{
    m_model->reload();
}

void SyncActivityDialog::showEvent(QShowEvent *event)
{
    reload();
    QDialog::showEvent(event);
    m_close->setFocus(); // the table would otherwise open with a focus frame on its first cell
}

void SyncActivityDialog::onProgress(const QString &scope)
{
    if (!m_model->hasRunningRun(scope))
        reload();
}

void SyncActivityDialog::placeCancelButtons()
{
    bool anyRunning = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex cell = m_model->index(row, SyncActivityModel::Action);
        anyRunning = anyRunning || m_model->isRunning(row);
        if (!m_model->isRunning(row) || !m_cancel) {
            m_view->setIndexWidget(cell, nullptr);
            continue;
        }
        auto *button = new QToolButton;
        button->setText(QStringLiteral("Cancel"));
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        QPalette link = button->palette(); // reads as a link, like the footer's Refresh
        link.setColor(QPalette::ButtonText, link.color(QPalette::Link));
        button->setPalette(link);
        button->setObjectName(QStringLiteral("cancelRun"));
        const QString scope = m_model->run(row).scope;
        button->setToolTip(QStringLiteral("Stop this refresh; what it already wrote stays in the cache"));
        connect(button, &QToolButton::clicked, this, [this, button, scope] {
            button->setEnabled(false);
            button->setText(QStringLiteral("Cancelling…"));
            if (m_cancel)
                m_cancel(scope);
        });
        m_view->setIndexWidget(cell, button);
    }
    if (anyRunning)
        m_tick.start();
    else
        m_tick.stop();
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

} // namespace marquee
