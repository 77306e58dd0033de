// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/syncactivitydialog.h"

#include "services/messagebroker.h"
#include "ui/dialogs/syncactivitymodel.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/secondarytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace marquee {

SyncActivityDialog::SyncActivityDialog(SyncStateRepository &runs, const Clock &clock, MessageBroker *broker,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(new SyncActivityModel(runs, clock, this))
    , m_view(new QTableView(this))
    , m_empty(new PlainLabel(tr("Nothing has been synced yet."), this))
{
    setObjectName(QStringLiteral("syncActivityDialog"));
    setWindowTitle(tr("Sync activity"));
    setModal(false);

    m_view->setObjectName(QStringLiteral("syncRuns"));
    m_view->setAccessibleName(tr("Refreshes, newest first"));
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

    m_serverRow = new QWidget(this);
    m_servers = new QComboBox(m_serverRow);
    m_servers->setObjectName(QStringLiteral("syncActivityServer"));
    auto *serverLabel = new QLabel(tr("&Server:"), m_serverRow);
    serverLabel->setBuddy(m_servers);
    auto *serverLayout = new QHBoxLayout(m_serverRow);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    serverLayout->addWidget(serverLabel);
    serverLayout->addWidget(m_servers);
    serverLayout->addStretch(1);
    m_serverRow->hide();
    connect(m_servers, &QComboBox::activated, this, &SyncActivityDialog::showServer);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_serverRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    resize(900, 320);

    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncActivityDialog::placeCancelButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &,
                                                                     const QList<int> &roles) {
        if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole))
            return;
        placeCancelButtons();
    });
    // While the pointer is over the list, new runs wait for it to leave instead of pushing rows down.
    m_view->installEventFilter(this);
    listenTo(broker);
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

void SyncActivityDialog::setActivePredicate(ActivePredicate isActive)
{
    m_model->setActivePredicate(std::move(isActive));
    reload();
}

void SyncActivityDialog::setServers(const QList<Server> &servers)
{
    m_serverList = servers;
    m_servers->clear();
    for (const Server &server : servers)
        m_servers->addItem(server.name);
    m_serverRow->setVisible(servers.size() > 1);
    if (!servers.isEmpty())
        showServer(0);
}

void SyncActivityDialog::showServer(int index)
{
    if (index < 0 || index >= m_serverList.size())
        return;
    const Server &server = m_serverList.at(index);
    m_servers->setCurrentIndex(index);
    listenTo(server.broker);
    m_cancel = server.cancel;
    m_model->setRepository(*server.runs);
    m_model->setNameSources(server.libraries, server.items);
    setActivePredicate(server.isActive);
}

void SyncActivityDialog::listenTo(MessageBroker *broker)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_brokerConnections))
        disconnect(connection);
    m_brokerConnections.clear();
    if (!broker)
        return;
    m_brokerConnections = {
        connect(broker, &MessageBroker::refreshStarted, this, &SyncActivityDialog::reload),
        connect(broker, &MessageBroker::refreshFinished, this, &SyncActivityDialog::reload),
        connect(broker, &MessageBroker::refreshProgress, this, &SyncActivityDialog::onProgress),
    };
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

QWidget *SyncActivityDialog::runningCell(const QString &scope)
{
    // "Running" where the model's text would be, and Cancel right beside it, reading as a link like the footer's.
    auto *cell = new QWidget;
    cell->setObjectName(QStringLiteral("runningCell"));
    auto *layout = new QHBoxLayout(cell);
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    layout->setContentsMargins(margin, 0, margin, 0);
    layout->setSpacing(6);
    layout->addWidget(new PlainLabel(tr("Running"), cell));
    auto *button = new QToolButton(cell);
    button->setText(tr("Cancel"));
    button->setAutoRaise(true);
    button->setCursor(Qt::PointingHandCursor);
    QPalette link = button->palette();
    link.setColor(QPalette::ButtonText, link.color(QPalette::Link));
    button->setPalette(link);
    button->setObjectName(QStringLiteral("cancelRun"));
    button->setToolTip(tr("Stop this refresh; what it already wrote stays in the cache"));
    connect(button, &QToolButton::clicked, this, [this, button, scope] {
        button->setEnabled(false);
        button->setText(tr("Cancelling…"));
        if (m_cancel)
            m_cancel(scope);
    });
    layout->addWidget(button);
    layout->addStretch(1);
    return cell;
}

void SyncActivityDialog::placeCancelButtons()
{
    bool anyRunning = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex cell = m_model->index(row, SyncActivityModel::Status);
        const bool running = m_model->isRunning(row);
        anyRunning = anyRunning || running;
        // A button stays put while its run goes on: one recreated under the pointer would lose the click.
        if (running && m_cancel) {
            if (!m_view->indexWidget(cell))
                m_view->setIndexWidget(cell, runningCell(m_model->run(row).scope));
        } else if (m_view->indexWidget(cell)) {
            m_view->setIndexWidget(cell, nullptr);
        }
    }
    if (anyRunning)
        m_tick.start();
    else
        m_tick.stop();
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

bool SyncActivityDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::Enter || event->type() == QEvent::Leave))
        m_model->setRowsHeld(event->type() == QEvent::Enter);
    return QDialog::eventFilter(watched, event);
}

} // namespace marquee
