// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/firstsyncdialog.h"

#include "core/usermessage.h"
#include "services/messagebroker.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/secondarytext.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace marquee {

FirstSyncDialog::FirstSyncDialog(MessageBroker *broker, const QString &scope, QWidget *parent)
    : QDialog(parent)
    , m_scope(scope)
    , m_heading(new PlainLabel(this))
    , m_count(new PlainLabel(this))
    , m_progress(new QProgressBar(this))
    , m_hint(new PlainLabel(tr("You can browse what has arrived while the rest loads."), this))
    , m_error(new PlainLabel(this))
    , m_background(new QPushButton(tr("Continue in background"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("firstSyncDialog"));
    setWindowTitle(tr("First sync"));
    setModal(false);
    setWindowModality(Qt::NonModal);
    m_heading->setObjectName(QStringLiteral("firstSyncHeading"));
    m_count->setObjectName(QStringLiteral("firstSyncCount"));
    m_error->setObjectName(QStringLiteral("firstSyncError"));
    m_background->setObjectName(QStringLiteral("continueInBackground"));
    m_retry->setObjectName(QStringLiteral("retrySync"));
    m_close->setObjectName(QStringLiteral("closeFirstSync"));

    m_heading->setScaledFont(1.2, true);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_progress->setTextVisible(false);
    m_progress->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_hint->setWordWrap(true);
    SecondaryText::apply(m_hint);
    m_error->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    buttons->addWidget(m_background);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_background, &QPushButton::clicked, this, [this] {
        Q_EMIT continuedInBackground();
        reject();
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_scope); });
    connect(m_close, &QPushButton::clicked, this, &FirstSyncDialog::reject);
    if (broker) {
        connect(broker, &MessageBroker::refreshStarted, this, &FirstSyncDialog::onStarted);
        connect(broker, &MessageBroker::refreshProgress, this, &FirstSyncDialog::onProgress);
        connect(broker, &MessageBroker::refreshFinished, this, &FirstSyncDialog::onFinished);
    }
    showSyncing();
}

FirstSyncDialog::~FirstSyncDialog() = default;

void FirstSyncDialog::setScope(const QString &scope)
{
    m_scope = scope;
    showSyncing();
}

QString FirstSyncDialog::statusText() const
{
    const QString count = m_count->text();
    return count.isEmpty() ? m_heading->text() : m_heading->text() + QLatin1Char(' ') + count;
}

QString FirstSyncDialog::errorText() const
{
    return m_failed ? m_error->text() : QString();
}

QString FirstSyncDialog::countText(int current, int total)
{
    const QLocale locale;
    if (total <= 0)
        return locale.toString(current);
    return QStringLiteral("%1 / %2").arg(locale.toString(std::min(current, total)), locale.toString(total));
}

void FirstSyncDialog::showSyncing()
{
    m_failed = false;
    m_heading->setText(tr("Syncing your library…"));
    m_count->clear();
    m_progress->setRange(0, 0); // busy until the first progress tells the total
    m_progress->show();
    m_hint->show();
    m_error->clear();
    m_error->hide();
    m_background->show();
    m_background->setDefault(true);
    m_retry->hide();
    m_close->hide();
}

void FirstSyncDialog::onStarted(const QString &scope)
{
    if (scope == m_scope && m_failed)
        showSyncing(); // a retry, from here or elsewhere
}

void FirstSyncDialog::onProgress(const QString &scope, int current, int total)
{
    if (scope != m_scope)
        return;
    if (m_failed)
        showSyncing();
    m_count->setText(countText(current, total));
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(std::min(current, total));
    } else {
        m_progress->setRange(0, 0);
    }
}

void FirstSyncDialog::onFinished(const QString &scope, const Error &error)
{
    if (scope != m_scope)
        return;
    if (!error.isError()) {
        // Decided here, in the same moment the scope finished: a next scope set later would meet a closed dialog.
        const QString next = m_nextScope ? m_nextScope(scope) : QString();
        if (next.isEmpty() || next == m_scope)
            accept();
        else
            setScope(next);
        return;
    }
    // One message in the dialog, replaced by the next; never a new window per failure.
    m_failed = true;
    m_heading->setText(error.kind == ErrorKind::Cancelled ? tr("Sync stopped") : tr("Sync failed"));
    const UserMessage message = UserMessage::from(error);
    QString text = message.text;
    if (error.kind != ErrorKind::Unauthorized)
        text += QLatin1Char(' ') + tr("What is already in the cache stays available.");
    m_count->clear();
    m_error->setText(text);
    m_error->setToolTip(message.details.isEmpty() ? QString()
                                                  : Qt::convertFromPlainText(tr("Details: %1").arg(message.details),
                                                                             Qt::WhiteSpaceNormal));
    m_error->show();
    m_hint->hide();
    m_progress->hide();
    m_background->hide();
    m_retry->show();
    m_close->show();
    m_close->setDefault(true);
}

} // namespace marquee
